"""Queries of the programs domain: programs, sessions by athlete-local dates, today, a week."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated, Any

import strawberry

from app.programs import calendar, programs
from app.programs.calendar import AthleteWeek as WeekValue
from app.programs.models import TrainingProgram as ProgramRow
from app.programs.models import TrainingSession as SessionRow
from graphql_schema.context import Info
from graphql_schema.fields import field, list_of
from graphql_schema.pagination import AfterArg, Connection, FirstArg, paginate
from graphql_schema.permissions import AUTHENTICATED
from graphql_schema.programs.enums import ProgramStatus
from graphql_schema.programs.types.program import TrainingProgram
from graphql_schema.programs.types.session import TrainingSession
from graphql_schema.programs.types.week import AthleteWeek

AthleteArg = Annotated[
    uuid.UUID | None,
    strawberry.argument(description="The athlete; may be omitted by an athlete asking about themself."),
]


@strawberry.type
class ProgramsQuery:
    @field(
        "A program by id; null when missing or not yours.",
        graphql_type=TrainingProgram | None,
        permission_classes=AUTHENTICATED,
    )
    async def program(
        self,
        info: Info,
        id: Annotated[uuid.UUID, strawberry.argument(description="The program's id.")],
    ) -> ProgramRow | None:
        return await info.context.loaders.programs.program_by_id.load(id)

    @field(
        "Programs you may see, newest start date first.",
        graphql_type=Connection[TrainingProgram],
        permission_classes=AUTHENTICATED,
    )
    async def programs(
        self,
        info: Info,
        athlete_id: Annotated[
            uuid.UUID | None, strawberry.argument(description="Only this athlete's programs.")
        ] = None,
        status: Annotated[
            ProgramStatus | None, strawberry.argument(description="Only programs with this status.")
        ] = None,
        first: FirstArg = None,
        after: AfterArg = None,
    ) -> Connection[ProgramRow]:
        query = programs.list_programs(
            actor=info.context.require_actor(), athlete_id=athlete_id, status=status
        )
        return await paginate(
            query,
            order_by="start_date",
            descending=True,
            first=first,
            after=after,
            max_page_size=info.context.settings.max_page_size,
        )

    @field(
        "An athlete's sessions on athlete-local dates `from`..`to` (inclusive, at most 366 days), by "
        "scheduled time. Empty for athletes you may not see.",
        graphql_type=Connection[TrainingSession],
        permission_classes=AUTHENTICATED,
    )
    async def sessions(
        self,
        info: Info,
        from_: Annotated[date, strawberry.argument(name="from", description="First athlete-local date.")],
        to: Annotated[date, strawberry.argument(description="Last athlete-local date, not before `from`.")],
        athlete_id: AthleteArg = None,
        first: FirstArg = None,
        after: AfterArg = None,
    ) -> Connection[SessionRow]:
        query = await calendar.sessions_between(
            actor=info.context.require_actor(), athlete_id=athlete_id, first=from_, last=to
        )
        return await paginate(
            query,
            order_by="scheduled_at",
            first=first,
            after=after,
            max_page_size=info.context.settings.max_page_size,
        )

    @field(
        "An athlete's sessions of their local today, by scheduled time.",
        graphql_type=list_of(TrainingSession),
        permission_classes=AUTHENTICATED,
    )
    async def today(self, info: Info, athlete_id: AthleteArg = None) -> list[SessionRow]:
        days = await calendar.sessions_today(
            actor=info.context.require_actor(), athlete_id=athlete_id, own=info.context.own_profile
        )
        _prime(info, days.athlete, days.sessions, days.logs)
        return days.sessions

    @field(
        "The Monday-to-Sunday week containing `date` (default: the athlete's local today); null for "
        "athletes you may not see.",
        graphql_type=AthleteWeek | None,
        permission_classes=AUTHENTICATED,
    )
    async def week(
        self,
        info: Info,
        athlete_id: AthleteArg = None,
        date: Annotated[
            date | None,
            strawberry.argument(description="A day of the week wanted (athlete-local)."),
        ] = None,
    ) -> WeekValue | None:
        week = await calendar.athlete_week(
            actor=info.context.require_actor(), athlete_id=athlete_id, day=date, own=info.context.own_profile
        )
        if week is not None:
            _prime(info, week.athlete, week.sessions, week.logs)
        return week


def _prime(info: Info, athlete: Any, sessions: list[Any], logs: list[Any]) -> None:
    """What the sessions' fields read and their statement already brought, for the loaders: the
    athlete (their local dates) and each session's current log (None when unlogged)."""
    if athlete is not None:
        info.context.loaders.athletes.athlete_by_id.prime(athlete.id, athlete)
    current = info.context.loaders.logs.current_log_by_session
    for session, log in zip(sessions, logs, strict=True):
        current.prime(session.id, log)
