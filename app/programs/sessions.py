"""Session services: scheduling, editing and skipping sessions, and the athlete-local date views.

`scheduledAt` is stored in UTC; "which day" a session is on is the athlete's local date.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from app.athletes.models import AthleteProfile
from app.core.access import athlete_filter, locked_for_write, require_planner, visible_athletes
from app.core.actor import Actor
from app.core.errors import Collector, ErrorCode, ValidationFailed
from app.core.validation import int_range, text_length
from app.exercises.models import Exercise
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
from app.programs.service import KEEP, _audit, athlete_today, check_day, given, program_for_write

MAX_RANGE_DAYS = 366
MAX_PLANNED_LOAD = 10000.0
MAX_SKIP_REASON = 500


def local_day_bounds(tz_name: str, first: date, last: date) -> tuple[datetime, datetime]:
    """The UTC instants [start of `first`, start of the day after `last`) in zone `tz_name`."""
    zone = ZoneInfo(tz_name)
    start = datetime.combine(first, time.min, tzinfo=zone).astimezone(UTC)
    end = datetime.combine(last + timedelta(days=1), time.min, tzinfo=zone).astimezone(UTC)
    return start, end


def local_date(moment: datetime, tz_name: str) -> date:
    """The calendar date of `moment` in zone `tz_name`."""
    return moment.astimezone(ZoneInfo(tz_name)).date()


# --- reading ----------------------------------------------------------------------------


def check_range(first: date, last: date) -> None:
    """`last` not before `first`, and at most 366 days (BAD_USER_INPUT otherwise)."""
    errors = Collector()
    if not (check_day(first, errors, "from") & check_day(last, errors, "to")):
        errors.raise_if_any()
    if last < first:
        errors.add("to", ErrorCode.INVALID, "`to` must not be before `from`.")
    elif (last - first).days + 1 > MAX_RANGE_DAYS:
        errors.add("to", ErrorCode.OUT_OF_RANGE, f"A range covers at most {MAX_RANGE_DAYS} days.")
    errors.raise_if_any()


def check_window(first: date | None, last: date | None) -> None:
    """Optional bounds of a date filter: in the supported window and in order (BAD_USER_INPUT otherwise)."""
    errors = Collector()
    check_day(first, errors, "from")
    check_day(last, errors, "to")
    if not errors.errors and first is not None and last is not None and last < first:
        errors.add("to", ErrorCode.INVALID, "`to` must not be before `from`.")
    errors.raise_if_any()


def required_athlete_id(actor: Actor, athlete_id: uuid.UUID | None) -> uuid.UUID:
    """The given athlete id, or the calling athlete's own (coaches and admins must name one)."""
    if athlete_id is not None:
        return athlete_id
    if actor.athlete_id is not None:
        return actor.athlete_id
    raise ValidationFailed.one(
        "athleteId", ErrorCode.REQUIRED, "athleteId is required for coaches and admins."
    )


async def visible_athlete(actor: Actor, athlete_id: uuid.UUID | None) -> AthleteProfile | None:
    """The athlete (the calling athlete when omitted) if visible to `actor`, else None."""
    return await visible_athletes(actor).filter(id=required_athlete_id(actor, athlete_id)).first()


def _scoped(actor: Actor) -> QuerySet[TrainingSession]:
    return TrainingSession.filter(**athlete_filter(actor))


def _nothing() -> QuerySet[TrainingSession]:
    return TrainingSession.filter(id__in=[])


async def sessions_between(
    *, actor: Actor, athlete_id: uuid.UUID | None, first: date, last: date
) -> QuerySet[TrainingSession]:
    """The athlete's sessions on their local dates `first`..`last` (empty when not visible)."""
    check_range(first, last)
    athlete = await visible_athlete(actor, athlete_id)
    if athlete is None:
        return _nothing()
    start, end = local_day_bounds(athlete.timezone, first, last)
    return _scoped(actor).filter(athlete_id=athlete.id, scheduled_at__gte=start, scheduled_at__lt=end)


async def sessions_today(*, actor: Actor, athlete_id: uuid.UUID | None) -> list[TrainingSession]:
    """The athlete's sessions of their local today, in order."""
    athlete = await visible_athlete(actor, athlete_id)
    if athlete is None:
        return []
    today = athlete_today(athlete)
    start, end = local_day_bounds(athlete.timezone, today, today)
    return (
        await _scoped(actor)
        .filter(athlete_id=athlete.id, scheduled_at__gte=start, scheduled_at__lt=end)
        .order_by("scheduled_at", "id")
    )


@dataclass(frozen=True)
class AthleteWeek:
    """An athlete's Monday-to-Sunday week and its sessions."""

    athlete: AthleteProfile
    week_start: date
    week_end: date
    sessions: list[TrainingSession]

    @property
    def sessions_planned(self) -> int:
        return len(self.sessions)

    @property
    def sessions_completed(self) -> int:
        return sum(1 for s in self.sessions if s.status is SessionStatus.COMPLETED)


async def athlete_week(
    *, actor: Actor, athlete_id: uuid.UUID | None, day: date | None = None
) -> AthleteWeek | None:
    """The Monday-Sunday week containing `day` (default: the athlete's today); None when not visible."""
    if day is not None:
        errors = Collector()
        check_day(day, errors, "date")
        errors.raise_if_any()
    athlete = await visible_athlete(actor, athlete_id)
    if athlete is None:
        return None
    anchor = day or athlete_today(athlete)
    monday = anchor - timedelta(days=anchor.weekday())
    sunday = monday + timedelta(days=6)
    start, end = local_day_bounds(athlete.timezone, monday, sunday)
    sessions = (
        await _scoped(actor)
        .filter(athlete_id=athlete.id, scheduled_at__gte=start, scheduled_at__lt=end)
        .order_by("scheduled_at", "id")
    )
    return AthleteWeek(athlete=athlete, week_start=monday, week_end=sunday, sessions=sessions)


# --- writing ----------------------------------------------------------------------------


def _utc(value: datetime, errors: Collector, field: str = "scheduledAt") -> datetime | None:
    """`value` in UTC; None (with an error recorded) when it has no offset or is out of range."""
    if value.tzinfo is None or value.utcoffset() is None:
        errors.add(field, ErrorCode.INVALID, "Give the time with a UTC offset, e.g. 2026-03-02T07:00:00Z.")
        return None
    # Compare as naive UTC so times near the calendar's limits cannot overflow.
    try:
        day = (value.replace(tzinfo=None) - (value.utcoffset() or timedelta(0))).date()
    except OverflowError:
        day = date.min
    if not check_day(day, errors, field):
        return None
    return value.astimezone(UTC)


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
        clean["title"] = text_length(title, errors, "title", min_length=1, max_length=200)
    if given(duration_minutes):
        clean["duration_minutes"] = int_range(
            duration_minutes, errors, "durationMinutes", minimum=1, maximum=300
        )
    if given(focus):
        clean["focus"] = text_length(focus, errors, "focus", max_length=200, required=False) or None
    if given(planned_load):
        if planned_load is not None and not 0 <= planned_load <= MAX_PLANNED_LOAD:
            errors.add(
                "plannedLoad",
                ErrorCode.OUT_OF_RANGE,
                f"Must be between 0 and {MAX_PLANNED_LOAD:g}.",
            )
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
        if wanted:
            coach_id = program.coach_id
            usable = set(
                await Exercise.filter(id__in=list({i for _, i in wanted}))
                .filter(Q(created_by_id=None) | Q(is_public=True) | Q(created_by_id=coach_id))
                .values_list("id", flat=True)
            )
            for path, exercise_id in wanted:
                if exercise_id not in usable:
                    errors.add(
                        f"prescription.{path}",
                        ErrorCode.INVALID_PRESCRIPTION,
                        "Unknown exercise, or one this coach may not use.",
                    )
    else:
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
        errors,
        title=title,
        duration_minutes=duration_minutes,
        focus=focus,
        planned_load=planned_load,
    )
    utc_at = _utc(scheduled_at, errors)
    try:
        async with in_transaction():
            program = await program_for_write(actor, program_id, "programId")
            if id is not None and await TrainingSession.filter(id=id).exists():
                errors.add("id", ErrorCode.ALREADY_EXISTS, "This id is already taken.")
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
            await _audit(actor, "schedule_session", "training_session", session.id)
    except IntegrityError as exc:
        raise ValidationFailed.one("id", ErrorCode.ALREADY_EXISTS, "This id is already taken.") from exc
    return session


async def session_for_write(actor: Actor, session_id: uuid.UUID, field: str = "id") -> TrainingSession:
    """The session, locked, when `actor` may change it; NOT_FOUND on `field` otherwise."""
    return await locked_for_write(
        TrainingSession, session_id, actor, through="athlete", label="Session", field=field
    )


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
    clean = _check_fields(
        errors,
        title=title,
        duration_minutes=duration_minutes,
        focus=focus,
        planned_load=planned_load,
    )
    for field, value in (
        ("scheduledAt", scheduled_at),
        ("modality", modality),
        ("sessionType", session_type),
        ("prescription", prescription),
    ):
        if given(value) and value is None:
            errors.add(field, ErrorCode.REQUIRED, "This field cannot be cleared.")
    if given(scheduled_at) and scheduled_at is not None:
        scheduled_at = _utc(scheduled_at, errors)
    errors.raise_if_any()
    async with in_transaction():
        session = await session_for_write(actor, id)
        program = await TrainingProgram.get(id=session.program_id)
        new_phase_id = phase_id if given(phase_id) else session.phase_id
        new_cycle_id = micro_cycle_id if given(micro_cycle_id) else session.micro_cycle_id
        if given(micro_cycle_id) and micro_cycle_id is not None and not given(phase_id):
            new_phase_id = None  # take the new micro-cycle's phase
        phase, cycle = await _placement(
            program=program, phase_id=new_phase_id, micro_cycle_id=new_cycle_id, errors=errors
        )
        when = scheduled_at if given(scheduled_at) else session.scheduled_at
        await _check_date(program=program, phase=phase, cycle=cycle, scheduled_at=when, errors=errors)
        new_type = session_type if given(session_type) else session.session_type
        new_modality = modality if given(modality) else session.modality
        new_prescription = prescription if given(prescription) else session.prescription
        if given(session_type) or given(modality) or given(prescription):
            await _check_prescription(
                program=program,
                session_type=new_type,
                modality=new_modality,
                prescription=new_prescription,
                errors=errors,
            )
        errors.raise_if_any()
        for name, value in clean.items():
            setattr(session, name, value)
        session.phase_id = phase.id if phase else None
        session.micro_cycle_id = cycle.id if cycle else None
        session.scheduled_at = when
        session.session_type, session.modality, session.prescription = (
            new_type,
            new_modality,
            new_prescription,
        )
        if given(intensity):
            session.intensity = intensity
        await session.save()
        await _audit(actor, "update_session", "training_session", session.id)
    return session


async def skip_session(*, actor: Actor, id: uuid.UUID, reason: str | None = None) -> TrainingSession:
    """Mark a planned session as skipped, with an optional reason (at most 500 characters)."""
    require_planner(actor)
    errors = Collector()
    reason = text_length(reason, errors, "reason", max_length=MAX_SKIP_REASON, required=False) or None
    errors.raise_if_any()
    async with in_transaction():
        session = await session_for_write(actor, id)
        if session.status is not SessionStatus.PLANNED:
            raise ValidationFailed.one(
                None,
                ErrorCode.INVALID_TRANSITION,
                f"A {session.status.value} session cannot be skipped.",
            )
        session.status = SessionStatus.SKIPPED
        session.skipped_reason = reason
        await session.save(update_fields=["status", "skipped_reason", "updated_at"])
        await _audit(actor, "skip_session", "training_session", session.id)
    return session
