"""The ProgramPhase type (a view over a phase row), its payload and its inputs."""

from __future__ import annotations

import uuid
from datetime import date, datetime

import strawberry

from app.programs.models import ProgramPhase as PhaseRow
from graphql_schema import refs
from graphql_schema.errors import UserError
from graphql_schema.fields import list_of, loaded
from graphql_schema.programs.enums import PhaseStatus


@strawberry.type(
    description="A block of a program (base, build, peak...); phases are ordered and do not overlap."
)
class ProgramPhase:
    id: uuid.UUID = strawberry.field(description="The phase's id.")
    name: str = strawberry.field(description="The phase's name, 1-100 characters.")
    focus: str | None = strawberry.field(description="What the phase develops.")
    phase_order: int = strawberry.field(description="Position in the program, from 1; follows the dates.")
    start_date: date = strawberry.field(description="First day of the phase (athlete-local date).")
    end_date: date = strawberry.field(description="Last day of the phase (athlete-local date).")
    status: PhaseStatus = strawberry.field(description="Planned, active or completed.")
    created_at: datetime = strawberry.field(description="When the phase was created (UTC).")
    updated_at: datetime = strawberry.field(description="When the phase last changed (UTC).")
    program_id: strawberry.Private[uuid.UUID]

    program = loaded(
        "The program the phase belongs to.",
        graphql_type=refs.TrainingProgram,
        loader=lambda loaders: loaders.programs.program_by_id,
        key="program_id",
    )

    micro_cycles = loaded(
        "The phase's micro-cycles, by week index.",
        graphql_type=list_of(refs.MicroCycle),
        loader=lambda loaders: loaders.programs.micro_cycles_by_phase,
    )


@strawberry.type(description="The result of a phase mutation.")
class ProgramPhasePayload:
    phase: PhaseRow | None = strawberry.field(
        description="The phase as saved; null when `errors` is not empty.", graphql_type=ProgramPhase | None
    )
    errors: list[UserError] = strawberry.field(description="Why the input was refused; empty on success.")


@strawberry.input(description="A new phase of a program.")
class CreatePhaseInput:
    program_id: uuid.UUID = strawberry.field(description="The program the phase belongs to.")
    name: str = strawberry.field(description="Name, 1-100 characters.")
    start_date: date = strawberry.field(description="First day, within the program's dates.")
    end_date: date = strawberry.field(description="Last day, within the program's dates.")
    focus: str | None = strawberry.field(
        default=None, description="What the phase develops, up to 200 characters."
    )
    phase_order: int | None = strawberry.field(
        default=None,
        description="Position from 1 (default: after the last phase); must follow the dates.",
    )
    status: PhaseStatus = strawberry.field(
        default=PhaseStatus.PLANNED, description="Initial status (default PLANNED)."
    )
    id: uuid.UUID | None = strawberry.field(default=None, description="Client-generated id (optional).")


@strawberry.input(description="Changes to a phase; omitted fields stay as they are.")
class UpdatePhaseInput:
    id: uuid.UUID = strawberry.field(description="The phase to change.")
    name: str | None = strawberry.field(default=strawberry.UNSET, description="Name, 1-100 characters.")
    focus: str | None = strawberry.field(
        default=strawberry.UNSET, description="What the phase develops; null clears it."
    )
    start_date: date | None = strawberry.field(default=strawberry.UNSET, description="First day.")
    end_date: date | None = strawberry.field(default=strawberry.UNSET, description="Last day.")
    phase_order: int | None = strawberry.field(
        default=strawberry.UNSET, description="Position from 1; must follow the dates."
    )
    status: PhaseStatus | None = strawberry.field(
        default=strawberry.UNSET, description="Planned, active or completed."
    )


@strawberry.input(description="The new order of all of a program's phases.")
class ReorderPhasesInput:
    program_id: uuid.UUID = strawberry.field(description="The program.")
    phase_ids: list[uuid.UUID] = strawberry.field(
        description="Every phase of the program exactly once, in the new order. Phases are laid out back to back "
        "from the first phase's start date, keeping their lengths; their weeks and sessions move with them."
    )
