"""The MicroCycle type (a view over a training week's row), its payload and its inputs."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from operator import attrgetter

import strawberry

from app.programs.models import MicroCycle as MicroCycleRow
from graphql_schema import refs
from graphql_schema.errors import UserError
from graphql_schema.fields import list_of, loaded
from graphql_schema.programs.enums import MicroCycleStatus


@strawberry.type(description="One training week of a program, inside one phase.")
class MicroCycle:
    id: uuid.UUID = strawberry.field(description="The micro-cycle's id.")
    week_index: int = strawberry.field(
        description="The week's number in its program, from 1; unique in the program."
    )
    start_date: date = strawberry.field(description="First day of the week (athlete-local date).")
    end_date: date = strawberry.field(description="Last day of the week (athlete-local date).")
    status: MicroCycleStatus = strawberry.field(description="Planned, active or completed.")
    readiness_score: float | None = strawberry.field(
        description="Readiness for the week, 0-100, derived from wellness data; null until computed."
    )
    created_at: datetime = strawberry.field(description="When the micro-cycle was created (UTC).")
    updated_at: datetime = strawberry.field(description="When the micro-cycle last changed (UTC).")
    program_id: strawberry.Private[uuid.UUID]
    phase_id: strawberry.Private[uuid.UUID]

    program = loaded(
        "The program the week belongs to.",
        graphql_type=refs.TrainingProgram,
        loader=lambda loaders: loaders.programs.program_by_id,
        key="program_id",
    )

    phase = loaded(
        "The phase the week belongs to.",
        graphql_type=refs.ProgramPhase,
        loader=lambda loaders: loaders.programs.phase_by_id,
        key="phase_id",
    )

    sessions = loaded(
        "The week's sessions, by scheduled time.",
        graphql_type=list_of(refs.TrainingSession),
        loader=lambda loaders: loaders.programs.sessions_by_micro_cycle,
    )

    sessions_planned = loaded(
        "How many sessions the week has (any status).",
        graphql_type=int,
        loader=lambda loaders: loaders.programs.stats_by_micro_cycle,
        then=attrgetter("planned"),
    )

    sessions_completed = loaded(
        "How many of the week's sessions are completed.",
        graphql_type=int,
        loader=lambda loaders: loaders.programs.stats_by_micro_cycle,
        then=attrgetter("completed"),
    )


@strawberry.type(description="The result of a micro-cycle mutation.")
class MicroCyclePayload:
    micro_cycle: MicroCycleRow | None = strawberry.field(
        description="The micro-cycle as saved; null when `errors` is not empty.",
        graphql_type=MicroCycle | None,
    )
    errors: list[UserError] = strawberry.field(description="Why the input was refused; empty on success.")


@strawberry.input(description="A new training week in a phase.")
class CreateMicroCycleInput:
    program_id: uuid.UUID = strawberry.field(description="The program.")
    phase_id: uuid.UUID = strawberry.field(description="The phase of the program the week belongs to.")
    week_index: int = strawberry.field(description="The week's number, from 1, unique in the program.")
    start_date: date = strawberry.field(description="First day, within the phase.")
    end_date: date | None = strawberry.field(
        default=None, description="Last day (default: startDate + 6 days)."
    )
    status: MicroCycleStatus = strawberry.field(
        default=MicroCycleStatus.PLANNED, description="Initial status (default PLANNED)."
    )
    id: uuid.UUID | None = strawberry.field(default=None, description="Client-generated id (optional).")


@strawberry.input(description="Changes to a training week; omitted fields stay as they are.")
class UpdateMicroCycleInput:
    id: uuid.UUID = strawberry.field(description="The micro-cycle to change.")
    phase_id: uuid.UUID | None = strawberry.field(
        default=strawberry.UNSET,
        description="Move the week (and its sessions) to another phase of the program.",
    )
    week_index: int | None = strawberry.field(
        default=strawberry.UNSET, description="The week's number, unique in the program."
    )
    start_date: date | None = strawberry.field(
        default=strawberry.UNSET, description="First day, within the phase."
    )
    end_date: date | None = strawberry.field(
        default=strawberry.UNSET, description="Last day, within the phase."
    )
    status: MicroCycleStatus | None = strawberry.field(
        default=strawberry.UNSET, description="Planned, active or completed."
    )
