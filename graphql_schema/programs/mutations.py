"""Mutations of the programs domain: programs and their status, phases, micro-cycles, sessions.

Coaches (for their athletes) and admins write; athletes get FORBIDDEN.
"""

from __future__ import annotations

from typing import Annotated

import strawberry

from app.programs import micro_cycles, phases, programs, sessions
from app.programs.models import MicroCycle, ProgramPhase, TrainingProgram, TrainingSession
from graphql_schema.context import Info
from graphql_schema.errors import UserError, attempt
from graphql_schema.fields import keep_unset, mutation
from graphql_schema.permissions import AUTHENTICATED
from graphql_schema.programs.types.micro_cycle import (
    CreateMicroCycleInput,
    MicroCyclePayload,
    UpdateMicroCycleInput,
)
from graphql_schema.programs.types.phase import (
    CreatePhaseInput,
    ProgramPhasePayload,
    ReorderPhasesInput,
    UpdatePhaseInput,
)
from graphql_schema.programs.types.program import (
    CreateProgramInput,
    ProgramPayload,
    ProgramTransitionInput,
    UpdateProgramInput,
)
from graphql_schema.programs.types.session import (
    ScheduleSessionInput,
    SkipOwnSessionInput,
    SkipSessionInput,
    TrainingSessionPayload,
    UpdateSessionInput,
)
from graphql_schema.sync.once import write_once


def _program(program: TrainingProgram | None, errors: list[UserError]) -> ProgramPayload:
    return ProgramPayload(program=program, errors=errors)


def _phase(phase: ProgramPhase | None, errors: list[UserError]) -> ProgramPhasePayload:
    return ProgramPhasePayload(phase=phase, errors=errors)


def _cycle(cycle: MicroCycle | None, errors: list[UserError]) -> MicroCyclePayload:
    return MicroCyclePayload(micro_cycle=cycle, errors=errors)


def _session(session: TrainingSession | None, errors: list[UserError]) -> TrainingSessionPayload:
    return TrainingSessionPayload(session=session, errors=errors)


@strawberry.type
class ProgramsMutation:
    @mutation(
        description="Create a program for one of your athletes (its coach is the athlete's coach).",
        permission_classes=AUTHENTICATED,
    )
    async def create_program(
        self,
        info: Info,
        input: Annotated[CreateProgramInput, strawberry.argument(description="The mutation's input.")],
    ) -> ProgramPayload:
        actor = info.context.require_actor()
        return _program(
            *await attempt(
                lambda: programs.create_program(
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

    @mutation(
        description="Edit a program; with `expectedVersion`, refused (CONFLICT) when someone else edited it first. "
        "Every edit bumps `version`.",
        permission_classes=AUTHENTICATED,
    )
    async def update_program(
        self,
        info: Info,
        input: Annotated[UpdateProgramInput, strawberry.argument(description="The mutation's input.")],
    ) -> ProgramPayload:
        actor = info.context.require_actor()
        return _program(
            *await attempt(
                lambda: programs.update_program(
                    actor=actor,
                    id=input.id,
                    expected_version=input.expected_version,
                    title=keep_unset(input.title),
                    description=keep_unset(input.description),
                    start_date=keep_unset(input.start_date),
                    end_date=keep_unset(input.end_date),
                    macro_cycle=keep_unset(input.macro_cycle),
                )
            )
        )

    @mutation(
        description="Make a planned program current. The athlete's previous current program becomes completed "
        "(ended before today) or archived.",
        permission_classes=AUTHENTICATED,
    )
    async def activate_program(
        self,
        info: Info,
        input: Annotated[ProgramTransitionInput, strawberry.argument(description="The mutation's input.")],
    ) -> ProgramPayload:
        actor = info.context.require_actor()
        return _program(
            *await attempt(lambda: programs.transition_program(actor=actor, id=input.id, action="activate"))
        )

    @mutation(description="Mark the current program completed.", permission_classes=AUTHENTICATED)
    async def complete_program(
        self,
        info: Info,
        input: Annotated[ProgramTransitionInput, strawberry.argument(description="The mutation's input.")],
    ) -> ProgramPayload:
        actor = info.context.require_actor()
        return _program(
            *await attempt(lambda: programs.transition_program(actor=actor, id=input.id, action="complete"))
        )

    @mutation(
        description="Archive a planned, current or completed program.",
        permission_classes=AUTHENTICATED,
    )
    async def archive_program(
        self,
        info: Info,
        input: Annotated[ProgramTransitionInput, strawberry.argument(description="The mutation's input.")],
    ) -> ProgramPayload:
        actor = info.context.require_actor()
        return _program(
            *await attempt(lambda: programs.transition_program(actor=actor, id=input.id, action="archive"))
        )

    @mutation(description="Add a phase to a program.", permission_classes=AUTHENTICATED)
    async def create_phase(
        self,
        info: Info,
        input: Annotated[CreatePhaseInput, strawberry.argument(description="The mutation's input.")],
    ) -> ProgramPhasePayload:
        actor = info.context.require_actor()
        return _phase(
            *await attempt(
                lambda: phases.create_phase(
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

    @mutation(description="Edit a phase.", permission_classes=AUTHENTICATED)
    async def update_phase(
        self,
        info: Info,
        input: Annotated[UpdatePhaseInput, strawberry.argument(description="The mutation's input.")],
    ) -> ProgramPhasePayload:
        actor = info.context.require_actor()
        return _phase(
            *await attempt(
                lambda: phases.update_phase(
                    actor=actor,
                    id=input.id,
                    name=keep_unset(input.name),
                    focus=keep_unset(input.focus),
                    start_date=keep_unset(input.start_date),
                    end_date=keep_unset(input.end_date),
                    phase_order=keep_unset(input.phase_order),
                    status=keep_unset(input.status),
                )
            )
        )

    @mutation(
        description="Reorder all of a program's phases; they are laid out back to back and their weeks and "
        "sessions move with them.",
        permission_classes=AUTHENTICATED,
    )
    async def reorder_phases(
        self,
        info: Info,
        input: Annotated[ReorderPhasesInput, strawberry.argument(description="The mutation's input.")],
    ) -> ProgramPayload:
        actor = info.context.require_actor()
        return _program(
            *await attempt(
                lambda: phases.reorder_phases(
                    actor=actor, program_id=input.program_id, phase_ids=input.phase_ids
                )
            )
        )

    @mutation(description="Add a training week to a phase.", permission_classes=AUTHENTICATED)
    async def create_micro_cycle(
        self,
        info: Info,
        input: Annotated[CreateMicroCycleInput, strawberry.argument(description="The mutation's input.")],
    ) -> MicroCyclePayload:
        actor = info.context.require_actor()
        return _cycle(
            *await attempt(
                lambda: micro_cycles.create_micro_cycle(
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

    @mutation(description="Edit a training week.", permission_classes=AUTHENTICATED)
    async def update_micro_cycle(
        self,
        info: Info,
        input: Annotated[UpdateMicroCycleInput, strawberry.argument(description="The mutation's input.")],
    ) -> MicroCyclePayload:
        actor = info.context.require_actor()
        return _cycle(
            *await attempt(
                lambda: micro_cycles.update_micro_cycle(
                    actor=actor,
                    id=input.id,
                    phase_id=keep_unset(input.phase_id),
                    week_index=keep_unset(input.week_index),
                    start_date=keep_unset(input.start_date),
                    end_date=keep_unset(input.end_date),
                    status=keep_unset(input.status),
                )
            )
        )

    @mutation(
        description="Plan a session; its prescription is validated against the session type's JSON schema.",
        permission_classes=AUTHENTICATED,
    )
    async def schedule_session(
        self,
        info: Info,
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

    @mutation(description="Edit a session.", permission_classes=AUTHENTICATED)
    async def update_session(
        self,
        info: Info,
        input: Annotated[UpdateSessionInput, strawberry.argument(description="The mutation's input.")],
    ) -> TrainingSessionPayload:
        actor = info.context.require_actor()
        return _session(
            *await attempt(
                lambda: sessions.update_session(
                    actor=actor,
                    id=input.id,
                    phase_id=keep_unset(input.phase_id),
                    micro_cycle_id=keep_unset(input.micro_cycle_id),
                    title=keep_unset(input.title),
                    scheduled_at=keep_unset(input.scheduled_at),
                    duration_minutes=keep_unset(input.duration_minutes),
                    modality=keep_unset(input.modality),
                    session_type=keep_unset(input.session_type),
                    prescription=keep_unset(input.prescription),
                    focus=keep_unset(input.focus),
                    intensity=keep_unset(input.intensity),
                    planned_load=keep_unset(input.planned_load),
                )
            )
        )

    @mutation(description="Mark a planned session as skipped.", permission_classes=AUTHENTICATED)
    async def skip_session(
        self,
        info: Info,
        input: Annotated[SkipSessionInput, strawberry.argument(description="The mutation's input.")],
    ) -> TrainingSessionPayload:
        actor = info.context.require_actor()
        return _session(
            *await attempt(lambda: sessions.skip_session(actor=actor, id=input.id, reason=input.reason))
        )

    @mutation(
        description="Athletes: skip one of your own planned sessions (coaches use `skipSession`). "
        "A session that is no longer planned is INVALID_TRANSITION; coaches and admins are refused (FORBIDDEN).",
        permission_classes=AUTHENTICATED,
    )
    async def skip_own_session(
        self,
        info: Info,
        input: Annotated[SkipOwnSessionInput, strawberry.argument(description="The session and why.")],
    ) -> TrainingSessionPayload:
        return _session(*await attempt(lambda: write_once(info, "skipOwnSession", input, TrainingSession)))
