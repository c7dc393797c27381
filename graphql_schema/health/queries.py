"""Connection-health queries (admins only): the stored readings and the connection profiles."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import strawberry

from app.health import service
from app.health.models import ConnectionHealthEvent as ReadingRow
from app.health.models import DatabaseConnectionProfile as ProfileRow
from app.health.models import HealthStatus
from graphql_schema.context import Info
from graphql_schema.fields import field, list_of
from graphql_schema.health.types import ConnectionHealthEvent, DatabaseConnectionProfile
from graphql_schema.pagination import AfterArg, Connection, FirstArg, paginate
from graphql_schema.permissions import AUTHENTICATED


@strawberry.type
class HealthQuery:
    @field(
        "Admins: stored connection-health readings, newest first (FORBIDDEN for others). Readings "
        "taken while the database was unreachable are stored once it is back.",
        graphql_type=Connection[ConnectionHealthEvent],
        permission_classes=AUTHENTICATED,
    )
    async def connection_health_events(
        self,
        info: Info,
        environment: Annotated[str | None, strawberry.argument(description="Only this environment.")] = None,
        status: Annotated[HealthStatus | None, strawberry.argument(description="Only PASS or FAIL.")] = None,
        since: Annotated[
            datetime | None, strawberry.argument(description="Checked at or after this.")
        ] = None,
        until: Annotated[datetime | None, strawberry.argument(description="Checked before this.")] = None,
        first: FirstArg = None,
        after: AfterArg = None,
    ) -> Connection[ReadingRow]:
        query = service.list_health_events(
            actor=info.context.require_actor(),
            environment=environment,
            status=status,
            since=since,
            until=until,
        )
        return await paginate(
            query,
            order_by="checked_at",
            descending=True,
            first=first,
            after=after,
            max_page_size=info.context.settings.max_page_size,
        )

    @field(
        "Admins: the database connection profile of each environment (FORBIDDEN for others).",
        graphql_type=list_of(DatabaseConnectionProfile),
        permission_classes=AUTHENTICATED,
    )
    async def database_connection_profiles(self, info: Info) -> list[ProfileRow]:
        return await service.list_connection_profiles(actor=info.context.require_actor())
