"""Queries of the athletes domain: the roster and one athlete."""

from __future__ import annotations

import uuid
from typing import Annotated

import strawberry

from app.athletes import service
from graphql_schema.athletes.types import AthleteProfile
from graphql_schema.pagination import AfterArg, Connection, FirstArg, paginate
from graphql_schema.permissions import AUTHENTICATED


@strawberry.type
class AthletesQuery:
    @strawberry.field(
        description="Athletes you may see (a coach's roster; everyone for admins; yourself for an athlete), by "
        "display name.",
        permission_classes=AUTHENTICATED,
    )
    async def athletes(
        self,
        info: strawberry.Info,
        first: FirstArg = None,
        after: AfterArg = None,
        search: Annotated[
            str | None,
            strawberry.argument(description="Only athletes whose display name contains this (any case)."),
        ] = None,
    ) -> Connection[AthleteProfile]:
        actor = info.context.require_actor()
        return await paginate(
            service.roster(actor=actor, search=search),
            order_by="display_name",
            first=first,
            after=after,
            max_page_size=info.context.settings.max_page_size,
            to_node=AthleteProfile.from_model,
        )

    @strawberry.field(
        description="An athlete by id; null when missing or not yours.",
        permission_classes=AUTHENTICATED,
    )
    async def athlete(
        self,
        info: strawberry.Info,
        id: Annotated[uuid.UUID, strawberry.argument(description="The athlete's id.")],
    ) -> AthleteProfile | None:
        info.context.require_actor()
        model = await info.context.loaders.athletes.athlete_by_id.load(id)
        return AthleteProfile.from_model(model) if model else None
