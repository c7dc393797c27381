"""Session services: scheduling, editing and skipping the planned workouts of a program.

A session's athlete is its program's; its athlete-local date must lie in the program, in its
phase and in its micro-cycle; its prescription follows the JSON schema of its type (seed 004).

Coaches plan, edit and skip sessions. The one session write an athlete makes is skipping one
of their own planned sessions (`skip_own_session`, the athlete path of `skip_session`): the
app lets them say "not today", offline too; the plan itself stays the coach's.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from app.analytics.pending import changed as analytics_changed
from app.athletes.models import AthleteProfile
from app.audit.service import record_action
from app.core.access import locked_for_write, require_athlete_self, require_planner
from app.core.actor import Actor
from app.core.errors import Collector, ErrorCode, ValidationFailed
from app.core.times import client_time, local_date
from app.core.updates import KEEP, given
from app.core.validation import check_required, int_range, text_length
from app.exercises.service import exercises_of_coach
from app.programs.events import PlanChange, PlanEntity, plan_changed, plan_changed_in
from app.programs.models import (
    Intensity,
    MicroCycle,
    Modality,
    ProgramPhase,
    SessionStatus,
    SessionType,
    TrainingProgram,
    TrainingSession,
)
from app.programs.prescriptions import ENDURANCE_MODALITIES, check_prescription, exercise_ids
from app.programs.programs import program_for_write
from app.programs.rules import MAX_FOCUS, MAX_SESSIONS_PER_MICRO_CYCLE, MAX_SESSIONS_PER_PROGRAM, ensure_below

MAX_TITLE = 200
MAX_PLANNED_LOAD = 10000.0
MAX_SKIP_REASON = 500


def _planned_time(value: datetime, errors: Collector) -> datetime | None:
    return client_time(value, errors, "scheduledAt", require_offset=True)


def _check_fields(
    errors: Collector,
    *,
    title: Any,
    duration_minutes: Any,
    focus: Any,
    planned_load: Any,
) -> dict[str, Any]:
    """Field-level rules of a session's scalar inputs; returns the cleaned values that were given."""
    clean: dict[str, Any] = {}
    if given(title):
        clean["title"] = text_length(title, errors, "title", min_length=1, max_length=MAX_TITLE)
    if given(duration_minutes):
        clean["duration_minutes"] = int_range(
            duration_minutes, errors, "durationMinutes", minimum=1, maximum=300
        )
    if given(focus):
        clean["focus"] = text_length(focus, errors, "focus", max_length=MAX_FOCUS, required=False) or None
    if given(planned_load):
        if planned_load is not None and not 0 <= planned_load <= MAX_PLANNED_LOAD:
            errors.add("plannedLoad", ErrorCode.OUT_OF_RANGE, f"Must be between 0 and {MAX_PLANNED_LOAD:g}.")
        clean["planned_load"] = planned_load
    return clean


async def _check_prescription(
    *,
    program: TrainingProgram,
    session_type: SessionType,
    modality: Modality,
    prescription: Any,
    errors: Collector,
) -> None:
    """Schema, exercises the program's coach may use, and matching endurance modality."""
    if not check_prescription(prescription, session_type, errors):
        return
    if session_type is SessionType.STRENGTH:
        wanted = exercise_ids(prescription)
        if not wanted:
            return
        usable = set(
            await exercises_of_coach(program.coach_id)
            .filter(id__in=list({i for _, i in wanted}))
            .values_list("id", flat=True)
        )
        for path, exercise_id in wanted:
            if exercise_id not in usable:
                errors.add(
                    f"prescription.{path}",
                    ErrorCode.INVALID_PRESCRIPTION,
                    "Unknown exercise, or one this coach may not use.",
                )
        return
    wanted_modality = prescription.get("modality")
    if modality in ENDURANCE_MODALITIES and wanted_modality != modality.value:
        errors.add(
            "prescription.modality",
            ErrorCode.INVALID_PRESCRIPTION,
            f"The prescription is for {wanted_modality}, the session for {modality.value}.",
        )


async def _placement(
    *,
    program: TrainingProgram,
    phase_id: uuid.UUID | None,
    micro_cycle_id: uuid.UUID | None,
    errors: Collector,
) -> tuple[ProgramPhase | None, MicroCycle | None]:
    """The phase and micro-cycle, which must belong to the program (the cycle to the phase)."""
    phase = cycle = None
    if micro_cycle_id is not None:
        cycle = await MicroCycle.filter(id=micro_cycle_id, program_id=program.id).first()
        if cycle is None:
            errors.add("microCycleId", ErrorCode.NOT_FOUND, "No such micro-cycle in this program.")
    if phase_id is not None:
        phase = await ProgramPhase.filter(id=phase_id, program_id=program.id).first()
        if phase is None:
            errors.add("phaseId", ErrorCode.NOT_FOUND, "No such phase in this program.")
    if cycle is not None:
        if phase is None and phase_id is None:
            phase = await ProgramPhase.get(id=cycle.phase_id)
        elif phase is not None and cycle.phase_id != phase.id:
            errors.add("microCycleId", ErrorCode.INVALID, "The micro-cycle belongs to another phase.")
    return phase, cycle


async def _check_date(
    *,
    program: TrainingProgram,
    phase: ProgramPhase | None,
    cycle: MicroCycle | None,
    scheduled_at: datetime | None,
    errors: Collector,
) -> None:
    """The athlete-local date of the session lies in the program, its phase and its micro-cycle."""
    if scheduled_at is None:  # unusable, already reported
        return
    athlete = await AthleteProfile.get(id=program.athlete_id)
    day = local_date(scheduled_at, athlete.timezone)
    for label, container in (("program", program), ("phase", phase), ("micro-cycle", cycle)):
        if container is not None and not container.start_date <= day <= container.end_date:
            errors.add(
                "scheduledAt",
                ErrorCode.OUT_OF_RANGE,
                f"The session's date ({day.isoformat()}) is outside its {label}'s dates.",
            )
            return


async def _ensure_room(program_id: uuid.UUID, micro_cycle_id: uuid.UUID | None) -> None:
    """A program holds at most MAX_SESSIONS_PER_PROGRAM sessions, a week MAX_SESSIONS_PER_MICRO_CYCLE."""
    count = await TrainingSession.filter(program_id=program_id).count()
    ensure_below(count, MAX_SESSIONS_PER_PROGRAM, "programId", "A program's session list")
    if micro_cycle_id is not None:
        count = await TrainingSession.filter(micro_cycle_id=micro_cycle_id).count()
        ensure_below(count, MAX_SESSIONS_PER_MICRO_CYCLE, "microCycleId", "A week's session list")


async def schedule_session(
    *,
    actor: Actor,
    program_id: uuid.UUID,
    title: str,
    scheduled_at: datetime,
    modality: Modality,
    session_type: SessionType,
    prescription: Any,
    phase_id: uuid.UUID | None = None,
    micro_cycle_id: uuid.UUID | None = None,
    duration_minutes: int | None = None,
    focus: str | None = None,
    intensity: Intensity | None = None,
    planned_load: float | None = None,
    id: uuid.UUID | None = None,
) -> TrainingSession:
    """Plan a session in a program; its athlete is the program's."""
    require_planner(actor)
    errors = Collector()
    clean = _check_fields(
        errors, title=title, duration_minutes=duration_minutes, focus=focus, planned_load=planned_load
    )
    utc_at = _planned_time(scheduled_at, errors)
    try:
        async with in_transaction():
            program = await program_for_write(actor, program_id, "programId")
            if id is not None and await TrainingSession.filter(id=id).exists():
                errors.add("id", ErrorCode.ALREADY_EXISTS, "This id is already taken.")
            await _ensure_room(program.id, micro_cycle_id)
            phase, cycle = await _placement(
                program=program, phase_id=phase_id, micro_cycle_id=micro_cycle_id, errors=errors
            )
            await _check_date(program=program, phase=phase, cycle=cycle, scheduled_at=utc_at, errors=errors)
            await _check_prescription(
                program=program,
                session_type=session_type,
                modality=modality,
                prescription=prescription,
                errors=errors,
            )
            errors.raise_if_any()
            session = await TrainingSession.create(
                id=id or uuid.uuid4(),
                program_id=program.id,
                phase_id=phase.id if phase else None,
                micro_cycle_id=cycle.id if cycle else None,
                athlete_id=program.athlete_id,
                scheduled_at=utc_at,
                modality=modality,
                session_type=session_type,
                prescription=prescription,
                intensity=intensity,
                **clean,
            )
            await record_action(actor, "schedule_session", "training_session", session.id)
            await plan_changed(program, PlanEntity.SESSION, session.id, PlanChange.CREATED)
    except IntegrityError as exc:
        raise ValidationFailed.one("id", ErrorCode.ALREADY_EXISTS, "This id is already taken.") from exc
    return session


async def session_for_write(actor: Actor, session_id: uuid.UUID, field: str = "id") -> TrainingSession:
    """The session, locked, when `actor` may change it; NOT_FOUND on `field` otherwise."""
    return await locked_for_write(
        TrainingSession, session_id, actor, through="athlete", label="Session", field=field
    )


async def _apply_update(session: TrainingSession, changes: dict[str, Any], errors: Collector) -> None:
    """Check the session as it would be after `changes` (placement, date, prescription), then set them."""
    program = await TrainingProgram.get(id=session.program_id)
    phase_id = changes.get("phase_id", session.phase_id)
    if "micro_cycle_id" in changes and changes["micro_cycle_id"] is not None and "phase_id" not in changes:
        phase_id = None  # take the new micro-cycle's phase
    phase, cycle = await _placement(
        program=program,
        phase_id=phase_id,
        micro_cycle_id=changes.get("micro_cycle_id", session.micro_cycle_id),
        errors=errors,
    )
    if cycle is not None and cycle.id != session.micro_cycle_id:
        count = await TrainingSession.filter(micro_cycle_id=cycle.id).count()
        ensure_below(count, MAX_SESSIONS_PER_MICRO_CYCLE, "microCycleId", "A week's session list")
    when = changes.get("scheduled_at", session.scheduled_at)
    await _check_date(program=program, phase=phase, cycle=cycle, scheduled_at=when, errors=errors)
    if {"session_type", "modality", "prescription"} & changes.keys():
        await _check_prescription(
            program=program,
            session_type=changes.get("session_type", session.session_type),
            modality=changes.get("modality", session.modality),
            prescription=changes.get("prescription", session.prescription),
            errors=errors,
        )
    errors.raise_if_any()
    session.update_from_dict({k: v for k, v in changes.items() if k not in ("phase_id", "micro_cycle_id")})
    session.phase_id = phase.id if phase else None
    session.micro_cycle_id = cycle.id if cycle else None


async def update_session(
    *,
    actor: Actor,
    id: uuid.UUID,
    phase_id: Any = KEEP,
    micro_cycle_id: Any = KEEP,
    title: Any = KEEP,
    scheduled_at: Any = KEEP,
    duration_minutes: Any = KEEP,
    modality: Any = KEEP,
    session_type: Any = KEEP,
    prescription: Any = KEEP,
    focus: Any = KEEP,
    intensity: Any = KEEP,
    planned_load: Any = KEEP,
) -> TrainingSession:
    """Edit a session; the result is checked as a whole (placement, date, prescription)."""
    require_planner(actor)
    errors = Collector()
    changes = _check_fields(
        errors, title=title, duration_minutes=duration_minutes, focus=focus, planned_load=planned_load
    )
    check_required(
        errors,
        scheduledAt=scheduled_at,
        modality=modality,
        sessionType=session_type,
        prescription=prescription,
    )
    if given(scheduled_at) and scheduled_at is not None:
        changes["scheduled_at"] = _planned_time(scheduled_at, errors)
    errors.raise_if_any()
    for name, value in (
        ("phase_id", phase_id),
        ("micro_cycle_id", micro_cycle_id),
        ("modality", modality),
        ("session_type", session_type),
        ("prescription", prescription),
        ("intensity", intensity),
    ):
        if given(value):
            changes[name] = value
    async with in_transaction():
        session = await session_for_write(actor, id)
        moved = changes.get("scheduled_at", session.scheduled_at) != session.scheduled_at
        await _apply_update(session, changes, errors)
        await session.save()
        await record_action(actor, "update_session", "training_session", session.id)
        change = PlanChange.RESCHEDULED if moved else PlanChange.UPDATED
        await plan_changed_in(session.program_id, PlanEntity.SESSION, session.id, change)
    return session


def _skip_reason(reason: str | None) -> str | None:
    errors = Collector()
    clean = text_length(reason, errors, "reason", max_length=MAX_SKIP_REASON, required=False) or None
    errors.raise_if_any()
    return clean


async def _skip(actor: Actor, session: TrainingSession, reason: str | None, action: str) -> None:
    if session.status is not SessionStatus.PLANNED:
        raise ValidationFailed.one(
            None, ErrorCode.INVALID_TRANSITION, f"A {session.status.value} session cannot be skipped."
        )
    session.status = SessionStatus.SKIPPED
    session.skipped_reason = reason
    await session.save(update_fields=["status", "skipped_reason", "updated_at"])
    await record_action(actor, action, "training_session", session.id)
    await plan_changed_in(session.program_id, PlanEntity.SESSION, session.id, PlanChange.SKIPPED)
    await analytics_changed(session.athlete_id, reason=action, at=session.scheduled_at)


async def skip_session(*, actor: Actor, id: uuid.UUID, reason: str | None = None) -> TrainingSession:
    """Mark a planned session as skipped, with an optional reason (at most 500 characters)."""
    require_planner(actor)
    clean = _skip_reason(reason)
    async with in_transaction():
        session = await session_for_write(actor, id)
        await _skip(actor, session, clean, "skip_session")
    return session


async def skip_own_session(*, actor: Actor, id: uuid.UUID, reason: str | None = None) -> TrainingSession:
    """Athletes: skip one of your own planned sessions, with an optional reason (at most 500 characters)."""
    athlete_id = require_athlete_self(actor)
    clean = _skip_reason(reason)
    async with in_transaction():
        session = await TrainingSession.filter(id=id, athlete_id=athlete_id).select_for_update().first()
        if session is None:
            raise ValidationFailed.one("id", ErrorCode.NOT_FOUND, "Session not found.")
        await _skip(actor, session, clean, "skip_own_session")
    return session
