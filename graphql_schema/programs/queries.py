"""Queries of the programs domain: programs, sessions by athlete-local dates, today, a week."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated

import strawberry

from app.core.access import athlete_filter
from app.programs import sessions as session_service
from app.programs.models import ProgramStatus as ProgramStatusEnum
from app.programs.models import TrainingProgram as ProgramModel
from graphql_schema.pagination import AfterArg, Connection, FirstArg, paginate
from graphql_schema.permissions import AUTHENTICATED
from graphql_schema.programs.types import (
    AthleteWeek,
    ProgramStatus,
    TrainingProgram,
    TrainingSession,
)

AthleteArg = Annotated[
    uuid.UUID | None,
    strawberry.argument(description="The athlete; may be omitted by an athlete asking about themself."),
]


@strawberry.type
class ProgramsQuery:
    @strawberry.field(
        description="A program by id; null when missing or not yours.",
        permission_classes=AUTHENTICATED,
    )
    async def program(
        self,
        info: strawberry.Info,
        id: Annotated[uuid.UUID, strawberry.argument(description="The program's id.")],
    ) -> TrainingProgram | None:
        info.context.require_actor()
        model = await info.context.loaders.programs.program_by_id.load(id)
        return TrainingProgram.from_model(model) if model else None

    @strawberry.field(
        description="Programs you may see, newest start date first.",
        permission_classes=AUTHENTICATED,
    )
    async def programs(
        self,
        info: strawberry.Info,
        athlete_id: Annotated[
            uuid.UUID | None, strawberry.argument(description="Only this athlete's programs.")
        ] = None,
        status: Annotated[
            ProgramStatus | None, strawberry.argument(description="Only programs with this status.")  # type: ignore[valid-type]
        ] = None,
        first: FirstArg = None,
        after: AfterArg = None,
    ) -> Connection[TrainingProgram]:
        actor = info.context.require_actor()
        query = ProgramModel.filter(**athlete_filter(actor))
        if athlete_id is not None:
            query = query.filter(athlete_id=athlete_id)
        if status is not None:
            query = query.filter(status=ProgramStatusEnum(status))
        return await paginate(
            query,
            order_by="start_date",
            descending=True,
            first=first,
            after=after,
            max_page_size=info.context.settings.max_page_size,
            to_node=TrainingProgram.from_model,
        )

    @strawberry.field(
        description="An athlete's sessions on athlete-local dates `from`..`to` (inclusive, at most 366 days), by "
        "scheduled time. Empty for athletes you may not see.",
        permission_classes=AUTHENTICATED,
    )
    async def sessions(
        self,
        info: strawberry.Info,
        from_: Annotated[date, strawberry.argument(name="from", description="First athlete-local date.")],
        to: Annotated[date, strawberry.argument(description="Last athlete-local date, not before `from`.")],
        athlete_id: AthleteArg = None,
        first: FirstArg = None,
        after: AfterArg = None,
    ) -> Connection[TrainingSession]:
        actor = info.context.require_actor()
        query = await session_service.sessions_between(
            actor=actor, athlete_id=athlete_id, first=from_, last=to
        )
        return await paginate(
            query,
            order_by="scheduled_at",
            first=first,
            after=after,
            max_page_size=info.context.settings.max_page_size,
            to_node=TrainingSession.from_model,
        )

    @strawberry.field(
        description="An athlete's sessions of their local today, by scheduled time.",
        permission_classes=AUTHENTICATED,
    )
    async def today(self, info: strawberry.Info, athlete_id: AthleteArg = None) -> list[TrainingSession]:
        actor = info.context.require_actor()
        models = await session_service.sessions_today(actor=actor, athlete_id=athlete_id)
        return [TrainingSession.from_model(m) for m in models]

    @strawberry.field(
        description="The Monday-to-Sunday week containing `date` (default: the athlete's local today); null for "
        "athletes you may not see.",
        permission_classes=AUTHENTICATED,
    )
    async def week(
        self,
        info: strawberry.Info,
        athlete_id: AthleteArg = None,
        date: Annotated[
            date | None,
            strawberry.argument(description="A day of the week wanted (athlete-local)."),
        ] = None,
    ) -> AthleteWeek | None:
        actor = info.context.require_actor()
        week = await session_service.athlete_week(actor=actor, athlete_id=athlete_id, day=date)
        return AthleteWeek.from_model(week) if week else None
