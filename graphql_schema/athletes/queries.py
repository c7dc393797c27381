"""Queries of the athletes domain: the roster and one athlete."""

from __future__ import annotations

import uuid
from typing import Annotated

import strawberry

from app.athletes import service
from app.athletes.models import AthleteProfile as AthleteRow
from graphql_schema.athletes.types import AthleteProfile
from graphql_schema.context import Info
from graphql_schema.fields import field
from graphql_schema.pagination import AfterArg, Connection, FirstArg, paginate
from graphql_schema.permissions import AUTHENTICATED


@strawberry.type
class AthletesQuery:
    @field(
        "Athletes you may see (a coach's roster; everyone for admins; yourself for an athlete), by display name.",
        graphql_type=Connection[AthleteProfile],
        permission_classes=AUTHENTICATED,
    )
    async def athletes(
        self,
        info: Info,
        first: FirstArg = None,
        after: AfterArg = None,
        search: Annotated[
            str | None,
            strawberry.argument(description="Only athletes whose display name contains this (any case)."),
        ] = None,
    ) -> Connection[AthleteRow]:
        actor = info.context.require_actor()
        return await paginate(
            service.roster(actor=actor, search=search),
            order_by="display_name",
            first=first,
            after=after,
            max_page_size=info.context.settings.max_page_size,
        )

    @field(
        "An athlete by id; null when missing or not yours.",
        graphql_type=AthleteProfile | None,
        permission_classes=AUTHENTICATED,
    )
    async def athlete(
        self,
        info: Info,
        id: Annotated[uuid.UUID, strawberry.argument(description="The athlete's id.")],
    ) -> AthleteRow | None:
        return await info.context.loaders.athletes.athlete_by_id.load(id)
