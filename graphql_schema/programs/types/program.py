"""The TrainingProgram type (a view over a program row), its payload and its inputs."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from operator import attrgetter
from typing import Annotated

import strawberry

from app.core.times import local_today
from app.programs.calendar import program_window
from app.programs.models import ProgramPhase as PhaseRow
from app.programs.models import TrainingProgram as TrainingProgramRow
from app.programs.models import TrainingSession as SessionRow
from app.programs.progress import completed_weeks, total_weeks
from graphql_schema import refs
from graphql_schema.context import Info
from graphql_schema.errors import UserError
from graphql_schema.fields import field, list_of, loaded
from graphql_schema.programs.enums import ProgramStatus


async def _timezone(info: Info, athlete_id: uuid.UUID) -> str:
    athlete = await info.context.loaders.athletes.athlete_by_id.load(athlete_id)
    return athlete.timezone if athlete else "UTC"


@strawberry.type(description="A coach's plan for one athlete over a date range.")
class TrainingProgram:
    id: uuid.UUID = strawberry.field(description="The program's id.")
    title: str = strawberry.field(description="The program's title, 1-200 characters.")
    description: str | None = strawberry.field(description="Free text about the program.")
    start_date: date = strawberry.field(description="First day of the program (athlete-local date).")
    end_date: date = strawberry.field(description="Last day of the program (athlete-local date).")
    macro_cycle: str | None = strawberry.field(
        description="The macro-cycle (season block) the program belongs to."
    )
    status: ProgramStatus = strawberry.field(description="Planned, current, completed or archived.")
    version: int = strawberry.field(
        description="Starts at 1 and grows with every edit; send it as `expectedVersion` to detect concurrent edits."
    )
    created_at: datetime = strawberry.field(description="When the program was created (UTC).")
    updated_at: datetime = strawberry.field(description="When the program last changed (UTC).")
    athlete_id: strawberry.Private[uuid.UUID]
    coach_id: strawberry.Private[uuid.UUID]

    athlete = loaded(
        "The athlete the program is for.",
        graphql_type=refs.AthleteProfile,
        loader=lambda loaders: loaders.athletes.athlete_by_id,
        key="athlete_id",
    )

    coach = loaded(
        "The coach who plans the program.",
        graphql_type=refs.Coach,
        loader=lambda loaders: loaders.athletes.coach_by_id,
        key="coach_id",
    )

    phases = loaded(
        "The program's phases, by phase order.",
        graphql_type=list_of(refs.ProgramPhase),
        loader=lambda loaders: loaders.programs.phases_by_program,
    )

    micro_cycles = loaded(
        "The program's micro-cycles (training weeks), by week index.",
        graphql_type=list_of(refs.MicroCycle),
        loader=lambda loaders: loaders.programs.micro_cycles_by_program,
    )

    @field(
        "The program's sessions by scheduled time, optionally within athlete-local dates.",
        graphql_type=list_of(refs.TrainingSession),
    )
    async def sessions(
        self,
        info: Info,
        from_: Annotated[
            date | None,
            strawberry.argument(name="from", description="First athlete-local date to include."),
        ] = None,
        to: Annotated[
            date | None, strawberry.argument(description="Last athlete-local date to include.")
        ] = None,
    ) -> list[SessionRow]:
        zone = await _timezone(info, self.athlete_id) if from_ is not None or to is not None else "UTC"
        window = program_window(self.id, zone, from_, to)
        return await info.context.loaders.programs.sessions_by_window.load(window)

    @field("Length of the program in weeks: ceil((endDate - startDate + 1 day) / 7).")
    def total_weeks(self) -> int:
        return total_weeks(self.start_date, self.end_date)

    @field("Whole weeks elapsed from startDate to the athlete's local today, between 0 and totalWeeks.")
    async def completed_weeks(self, info: Info) -> int:
        today = local_today(await _timezone(info, self.athlete_id))
        return completed_weeks(self.start_date, self.end_date, today)

    adherence_rate = loaded(
        "Completed sessions / sessions scheduled before now (skipped and still-planned past sessions "
        "count against), 0-1; null while no session is due yet.",
        graphql_type=float | None,
        loader=lambda loaders: loaders.programs.stats_by_program,
        then=attrgetter("adherence_rate"),
    )

    @field(
        "The phase whose dates contain the athlete's local today, if any.",
        graphql_type=refs.ProgramPhase | None,
    )
    async def current_phase(self, info: Info) -> PhaseRow | None:
        today = local_today(await _timezone(info, self.athlete_id))
        return await info.context.loaders.programs.phase_by_date.load((self.id, today))

    @field(
        "The first planned session scheduled at or after now, if any.",
        graphql_type=refs.TrainingSession | None,
    )
    async def next_session(self, info: Info) -> SessionRow | None:
        stats = await info.context.loaders.programs.stats_by_program.load(self.id)
        if stats.next_at is None:
            return None
        return await info.context.loaders.programs.planned_session_by_time.load((self.id, stats.next_at))


@strawberry.type(description="The result of a program mutation.")
class ProgramPayload:
    program: TrainingProgramRow | None = strawberry.field(
        description="The program as saved; null when `errors` is not empty.",
        graphql_type=TrainingProgram | None,
    )
    errors: list[UserError] = strawberry.field(description="Why the input was refused; empty on success.")


@strawberry.input(description="A new program for one of your athletes.")
class CreateProgramInput:
    athlete_id: uuid.UUID = strawberry.field(description="The athlete the program is for.")
    title: str = strawberry.field(description="Title, 1-200 characters.")
    start_date: date = strawberry.field(description="First day (athlete-local date).")
    end_date: date = strawberry.field(description="Last day, not before startDate.")
    description: str | None = strawberry.field(default=None, description="Free text, up to 5000 characters.")
    macro_cycle: str | None = strawberry.field(
        default=None, description="Macro-cycle name, up to 200 characters."
    )
    status: ProgramStatus = strawberry.field(
        default=ProgramStatus.PLANNED,
        description="PLANNED (default) or CURRENT (refused with CONFLICT while the athlete has a current program).",
    )
    id: uuid.UUID | None = strawberry.field(default=None, description="Client-generated id (optional).")


@strawberry.input(description="Changes to a program; omitted fields stay as they are.")
class UpdateProgramInput:
    id: uuid.UUID = strawberry.field(description="The program to change.")
    expected_version: int | None = strawberry.field(
        default=None,
        description="The version the edit is based on; a different stored version is a CONFLICT.",
    )
    title: str | None = strawberry.field(default=strawberry.UNSET, description="Title, 1-200 characters.")
    description: str | None = strawberry.field(
        default=strawberry.UNSET, description="Free text; null clears it."
    )
    start_date: date | None = strawberry.field(
        default=strawberry.UNSET, description="First day; must contain every phase."
    )
    end_date: date | None = strawberry.field(
        default=strawberry.UNSET, description="Last day; must contain every phase."
    )
    macro_cycle: str | None = strawberry.field(
        default=strawberry.UNSET, description="Macro-cycle name; null clears it."
    )


@strawberry.input(description="A program to move to another status.")
class ProgramTransitionInput:
    id: uuid.UUID = strawberry.field(description="The program.")
