"""Queries of activities: activities (a connection) and activity(id)."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated

import strawberry

from app.activities import service
from app.activities.models import Activity as ActivityRow
from graphql_schema.activities.types import Activity
from graphql_schema.context import Info
from graphql_schema.fields import field
from graphql_schema.pagination import AfterArg, Connection, FirstArg, paginate
from graphql_schema.permissions import AUTHENTICATED


@strawberry.type
class ActivitiesQuery:
    @field(
        description="Device activities, newest start first; another coach's athlete gives an empty list. "
        "Another source's duplicate of a workout is left out unless `includeDuplicates`.",
        graphql_type=Connection[Activity],
        permission_classes=AUTHENTICATED,
    )
    async def activities(
        self,
        info: Info,
        athlete_id: Annotated[
            uuid.UUID | None, strawberry.argument(description="Whose; omitted: every athlete you see.")
        ] = None,
        from_: Annotated[
            date | None, strawberry.argument(name="from", description="First local day.")
        ] = None,
        to: Annotated[date | None, strawberry.argument(description="Last local day.")] = None,
        include_duplicates: Annotated[
            bool, strawberry.argument(description="Also list other sources' duplicates.")
        ] = False,
        first: FirstArg = None,
        after: AfterArg = None,
    ) -> Connection[ActivityRow]:
        query = service.list_activities(
            actor=info.context.require_actor(),
            athlete_id=athlete_id,
            first=from_,
            last=to,
            include_duplicates=include_duplicates,
        )
        return await paginate(
            query,
            order_by="start_at",
            descending=True,
            first=first,
            after=after,
            max_page_size=info.context.settings.max_page_size,
        )

    @field(
        description="One activity by id; null when missing or not visible.",
        graphql_type=Activity | None,
        permission_classes=AUTHENTICATED,
    )
    async def activity(
        self, info: Info, id: Annotated[uuid.UUID, strawberry.argument(description="The activity's id.")]
    ) -> ActivityRow | None:
        return await service.get_activity(actor=info.context.require_actor(), activity_id=id)
