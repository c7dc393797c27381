"""Mutations of the programs domain: programs and their status, phases, micro-cycles, sessions.

Coaches (for their athletes) and admins write; athletes get FORBIDDEN.
"""

from __future__ import annotations

from typing import Annotated, Any

import strawberry

from app.programs import service, sessions
from graphql_schema.errors import attempt
from graphql_schema.permissions import AUTHENTICATED
from graphql_schema.programs.types import (
    CreateMicroCycleInput,
    CreatePhaseInput,
    CreateProgramInput,
    MicroCycle,
    MicroCyclePayload,
    ProgramPayload,
    ProgramPhase,
    ProgramPhasePayload,
    ProgramTransitionInput,
    ReorderPhasesInput,
    ScheduleSessionInput,
    SkipSessionInput,
    TrainingProgram,
    TrainingSession,
    TrainingSessionPayload,
    UpdateMicroCycleInput,
    UpdatePhaseInput,
    UpdateProgramInput,
    UpdateSessionInput,
)


def _opt(value: Any) -> Any:
    """An omitted input field (UNSET) becomes the services' KEEP."""
    return service.KEEP if value is strawberry.UNSET else value


def _program(model: Any, errors: list[Any]) -> ProgramPayload:
    return ProgramPayload(program=TrainingProgram.from_model(model) if model else None, errors=errors)


def _phase(model: Any, errors: list[Any]) -> ProgramPhasePayload:
    return ProgramPhasePayload(phase=ProgramPhase.from_model(model) if model else None, errors=errors)


def _cycle(model: Any, errors: list[Any]) -> MicroCyclePayload:
    return MicroCyclePayload(micro_cycle=MicroCycle.from_model(model) if model else None, errors=errors)


def _session(model: Any, errors: list[Any]) -> TrainingSessionPayload:
    return TrainingSessionPayload(session=TrainingSession.from_model(model) if model else None, errors=errors)


@strawberry.type
class ProgramsMutation:
    @strawberry.mutation(
        description="Create a program for one of your athletes (its coach is the athlete's coach).",
        permission_classes=AUTHENTICATED,
    )
    async def create_program(
        self,
        info: strawberry.Info,
        input: Annotated[CreateProgramInput, strawberry.argument(description="The mutation's input.")],
    ) -> ProgramPayload:
        actor = info.context.require_actor()
        return _program(
            *await attempt(
                lambda: service.create_program(
                    actor=actor,
                    athlete_id=input.athlete_id,
                    title=input.title,
                    start_date=input.start_date,
                    end_date=input.end_date,
                    description=input.description,
                    macro_cycle=input.macro_cycle,
                    status=input.status,
                    id=input.id,
                )
            )
        )

    @strawberry.mutation(
        description="Edit a program; with `expectedVersion`, refused (CONFLICT) when someone else edited it first. "
        "Every edit bumps `version`.",
        permission_classes=AUTHENTICATED,
    )
    async def update_program(
        self,
        info: strawberry.Info,
        input: Annotated[UpdateProgramInput, strawberry.argument(description="The mutation's input.")],
    ) -> ProgramPayload:
        actor = info.context.require_actor()
        return _program(
            *await attempt(
                lambda: service.update_program(
                    actor=actor,
                    id=input.id,
                    expected_version=input.expected_version,
                    title=_opt(input.title),
                    description=_opt(input.description),
                    start_date=_opt(input.start_date),
                    end_date=_opt(input.end_date),
                    macro_cycle=_opt(input.macro_cycle),
                )
            )
        )

    @strawberry.mutation(
        description="Make a planned program current. The athlete's previous current program becomes completed "
        "(ended before today) or archived.",
        permission_classes=AUTHENTICATED,
    )
    async def activate_program(
        self,
        info: strawberry.Info,
        input: Annotated[ProgramTransitionInput, strawberry.argument(description="The mutation's input.")],
    ) -> ProgramPayload:
        actor = info.context.require_actor()
        return _program(
            *await attempt(lambda: service.transition_program(actor=actor, id=input.id, action="activate"))
        )

    @strawberry.mutation(description="Mark the current program completed.", permission_classes=AUTHENTICATED)
    async def complete_program(
        self,
        info: strawberry.Info,
        input: Annotated[ProgramTransitionInput, strawberry.argument(description="The mutation's input.")],
    ) -> ProgramPayload:
        actor = info.context.require_actor()
        return _program(
            *await attempt(lambda: service.transition_program(actor=actor, id=input.id, action="complete"))
        )

    @strawberry.mutation(
        description="Archive a planned, current or completed program.",
        permission_classes=AUTHENTICATED,
    )
    async def archive_program(
        self,
        info: strawberry.Info,
        input: Annotated[ProgramTransitionInput, strawberry.argument(description="The mutation's input.")],
    ) -> ProgramPayload:
        actor = info.context.require_actor()
        return _program(
            *await attempt(lambda: service.transition_program(actor=actor, id=input.id, action="archive"))
        )

    @strawberry.mutation(description="Add a phase to a program.", permission_classes=AUTHENTICATED)
    async def create_phase(
        self,
        info: strawberry.Info,
        input: Annotated[CreatePhaseInput, strawberry.argument(description="The mutation's input.")],
    ) -> ProgramPhasePayload:
        actor = info.context.require_actor()
        return _phase(
            *await attempt(
                lambda: service.create_phase(
                    actor=actor,
                    program_id=input.program_id,
                    name=input.name,
                    start_date=input.start_date,
                    end_date=input.end_date,
                    focus=input.focus,
                    phase_order=input.phase_order,
                    status=input.status,
                    id=input.id,
                )
            )
        )

    @strawberry.mutation(description="Edit a phase.", permission_classes=AUTHENTICATED)
    async def update_phase(
        self,
        info: strawberry.Info,
        input: Annotated[UpdatePhaseInput, strawberry.argument(description="The mutation's input.")],
    ) -> ProgramPhasePayload:
        actor = info.context.require_actor()
        return _phase(
            *await attempt(
                lambda: service.update_phase(
                    actor=actor,
                    id=input.id,
                    name=_opt(input.name),
                    focus=_opt(input.focus),
                    start_date=_opt(input.start_date),
                    end_date=_opt(input.end_date),
                    phase_order=_opt(input.phase_order),
                    status=_opt(input.status),
                )
            )
        )

    @strawberry.mutation(
        description="Reorder all of a program's phases; they are laid out back to back and their weeks and "
        "sessions move with them.",
        permission_classes=AUTHENTICATED,
    )
    async def reorder_phases(
        self,
        info: strawberry.Info,
        input: Annotated[ReorderPhasesInput, strawberry.argument(description="The mutation's input.")],
    ) -> ProgramPayload:
        actor = info.context.require_actor()
        return _program(
            *await attempt(
                lambda: service.reorder_phases(
                    actor=actor, program_id=input.program_id, phase_ids=input.phase_ids
                )
            )
        )

    @strawberry.mutation(description="Add a training week to a phase.", permission_classes=AUTHENTICATED)
    async def create_micro_cycle(
        self,
        info: strawberry.Info,
        input: Annotated[CreateMicroCycleInput, strawberry.argument(description="The mutation's input.")],
    ) -> MicroCyclePayload:
        actor = info.context.require_actor()
        return _cycle(
            *await attempt(
                lambda: service.create_micro_cycle(
                    actor=actor,
                    program_id=input.program_id,
                    phase_id=input.phase_id,
                    week_index=input.week_index,
                    start_date=input.start_date,
                    end_date=input.end_date,
                    status=input.status,
                    id=input.id,
                )
            )
        )

    @strawberry.mutation(description="Edit a training week.", permission_classes=AUTHENTICATED)
    async def update_micro_cycle(
        self,
        info: strawberry.Info,
        input: Annotated[UpdateMicroCycleInput, strawberry.argument(description="The mutation's input.")],
    ) -> MicroCyclePayload:
        actor = info.context.require_actor()
        return _cycle(
            *await attempt(
                lambda: service.update_micro_cycle(
                    actor=actor,
                    id=input.id,
                    phase_id=_opt(input.phase_id),
                    week_index=_opt(input.week_index),
                    start_date=_opt(input.start_date),
                    end_date=_opt(input.end_date),
                    status=_opt(input.status),
                )
            )
        )

    @strawberry.mutation(
        description="Plan a session; its prescription is validated against the session type's JSON schema.",
        permission_classes=AUTHENTICATED,
    )
    async def schedule_session(
        self,
        info: strawberry.Info,
        input: Annotated[ScheduleSessionInput, strawberry.argument(description="The mutation's input.")],
    ) -> TrainingSessionPayload:
        actor = info.context.require_actor()
        return _session(
            *await attempt(
                lambda: sessions.schedule_session(
                    actor=actor,
                    program_id=input.program_id,
                    title=input.title,
                    scheduled_at=input.scheduled_at,
                    modality=input.modality,
                    session_type=input.session_type,
                    prescription=input.prescription,
                    phase_id=input.phase_id,
                    micro_cycle_id=input.micro_cycle_id,
                    duration_minutes=input.duration_minutes,
                    focus=input.focus,
                    intensity=input.intensity,
                    planned_load=input.planned_load,
                    id=input.id,
                )
            )
        )

    @strawberry.mutation(description="Edit a session.", permission_classes=AUTHENTICATED)
    async def update_session(
        self,
        info: strawberry.Info,
        input: Annotated[UpdateSessionInput, strawberry.argument(description="The mutation's input.")],
    ) -> TrainingSessionPayload:
        actor = info.context.require_actor()
        return _session(
            *await attempt(
                lambda: sessions.update_session(
                    actor=actor,
                    id=input.id,
                    phase_id=_opt(input.phase_id),
                    micro_cycle_id=_opt(input.micro_cycle_id),
                    title=_opt(input.title),
                    scheduled_at=_opt(input.scheduled_at),
                    duration_minutes=_opt(input.duration_minutes),
                    modality=_opt(input.modality),
                    session_type=_opt(input.session_type),
                    prescription=_opt(input.prescription),
                    focus=_opt(input.focus),
                    intensity=_opt(input.intensity),
                    planned_load=_opt(input.planned_load),
                )
            )
        )

    @strawberry.mutation(description="Mark a planned session as skipped.", permission_classes=AUTHENTICATED)
    async def skip_session(
        self,
        info: strawberry.Info,
        input: Annotated[SkipSessionInput, strawberry.argument(description="The mutation's input.")],
    ) -> TrainingSessionPayload:
        actor = info.context.require_actor()
        return _session(
            *await attempt(lambda: sessions.skip_session(actor=actor, id=input.id, reason=input.reason))
        )
