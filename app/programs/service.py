"""Program services: programs and their status transitions, phases, micro-cycles.

Athletes read their programs but never write them (`require_planner`); a coach writes only
the programs of their own athletes: anything else is NOT_FOUND, so existence is not revealed.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any, Final
from zoneinfo import ZoneInfo

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q
from tortoise.functions import Max
from tortoise.transactions import in_transaction

from app import clock
from app.athletes.models import AthleteProfile
from app.audit import service as audit
from app.core.access import locked_for_write, require_planner, visible_athletes
from app.core.actor import Actor
from app.core.errors import Collector, ErrorCode, ValidationFailed
from app.core.validation import text_length
from app.programs.models import (
    MicroCycle,
    MicroCycleStatus,
    PhaseStatus,
    ProgramPhase,
    ProgramStatus,
    TrainingProgram,
    TrainingSession,
)


class _Keep:
    """Marks an update argument the caller did not send (distinct from an explicit null)."""

    _instance: _Keep | None = None

    def __new__(cls) -> _Keep:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "KEEP"

    def __bool__(self) -> bool:
        return False


KEEP: Final = _Keep()

MAX_DESCRIPTION = 5000
MAX_FOCUS = 200
MAX_MACRO_CYCLE = 200
CURRENT_INDEX = "uniq_training_program_current"
# Dates outside this window are refused: they make no sense for training, and date arithmetic
# (week ends, time-zone shifts) near the calendar's limits would overflow.
EARLIEST_DAY = date(1900, 1, 1)
LATEST_DAY = date(2199, 12, 31)
# Highest phase order and week index: far above any real program, and low enough that "after
# the last one" (+1) can never overflow the INTEGER columns.
MAX_POSITION = 10_000

# Which status each transition mutation may start from.
TRANSITIONS: dict[str, tuple[frozenset[ProgramStatus], ProgramStatus]] = {
    "activate": (frozenset({ProgramStatus.PLANNED}), ProgramStatus.CURRENT),
    "complete": (frozenset({ProgramStatus.CURRENT}), ProgramStatus.COMPLETED),
    "archive": (
        frozenset({ProgramStatus.PLANNED, ProgramStatus.CURRENT, ProgramStatus.COMPLETED}),
        ProgramStatus.ARCHIVED,
    ),
}


def given(value: Any) -> bool:
    """True when an update argument was sent (even as null)."""
    return value is not KEEP


def athlete_today(athlete: AthleteProfile) -> date:
    """The athlete's local calendar date now."""
    return clock.now().astimezone(ZoneInfo(athlete.timezone)).date()


def _conflict_current() -> ValidationFailed:
    return ValidationFailed.one(
        "status",
        ErrorCode.CONFLICT,
        "The athlete already has a current program; activate this one instead.",
    )


def _is_current_violation(exc: IntegrityError) -> bool:
    return CURRENT_INDEX in str(exc)


async def _visible_athlete_for_write(actor: Actor, athlete_id: uuid.UUID, field: str) -> AthleteProfile:
    athlete = await visible_athletes(actor).filter(id=athlete_id).select_for_update().first()
    if athlete is None:
        raise ValidationFailed.one(field, ErrorCode.NOT_FOUND, "Athlete not found.")
    return athlete


async def program_for_write(actor: Actor, program_id: uuid.UUID, field: str = "id") -> TrainingProgram:
    """The program, locked, when `actor` may change it; NOT_FOUND on `field` otherwise."""
    return await locked_for_write(
        TrainingProgram, program_id, actor, through="athlete", label="Program", field=field
    )


def check_day(value: date | None, collector: Collector, field: str) -> bool:
    """A date within the supported window (1900-01-01..2199-12-31); records OUT_OF_RANGE otherwise."""
    if value is not None and not EARLIEST_DAY <= value <= LATEST_DAY:
        collector.add(
            field,
            ErrorCode.OUT_OF_RANGE,
            f"Dates run from {EARLIEST_DAY.isoformat()} to {LATEST_DAY.isoformat()}.",
        )
        return False
    return True


def _check_position(value: int | None, collector: Collector, field: str, label: str) -> None:
    """A phase order or week index: 1..MAX_POSITION (None passes); OUT_OF_RANGE otherwise."""
    if value is not None and not 1 <= value <= MAX_POSITION:
        collector.add(field, ErrorCode.OUT_OF_RANGE, f"{label} runs from 1 to {MAX_POSITION}.")


def _check_dates(
    start: date | None, end: date | None, collector: Collector, end_field: str = "endDate"
) -> None:
    check_day(start, collector, "startDate")
    check_day(end, collector, end_field)
    if start is not None and end is not None and end < start:
        collector.add(end_field, ErrorCode.INVALID, "The end date must not be before the start date.")


async def _ensure_id_free(model: type[Any], new_id: uuid.UUID | None) -> None:
    if new_id is not None and await model.filter(id=new_id).exists():
        raise ValidationFailed.one("id", ErrorCode.ALREADY_EXISTS, "This id is already taken.")


async def _audit(actor: Actor, action: str, entity_type: str, entity_id: uuid.UUID, **metadata: Any) -> None:
    await audit.record(
        action=action,
        user_id=actor.user_id,
        client=actor.client,
        entity_type=entity_type,
        entity_id=entity_id,
        metadata=metadata or None,
    )


# --- programs ---------------------------------------------------------------------------


async def create_program(
    *,
    actor: Actor,
    athlete_id: uuid.UUID,
    title: str,
    start_date: date,
    end_date: date,
    description: str | None = None,
    macro_cycle: str | None = None,
    status: ProgramStatus = ProgramStatus.PLANNED,
    id: uuid.UUID | None = None,
) -> TrainingProgram:
    """Create a program for one of the caller's athletes; its coach is the athlete's coach."""
    require_planner(actor)
    errors = Collector()
    title = text_length(title, errors, "title", min_length=1, max_length=200) or ""
    description = text_length(description, errors, "description", max_length=MAX_DESCRIPTION, required=False)
    macro_cycle = text_length(macro_cycle, errors, "macroCycle", max_length=MAX_MACRO_CYCLE, required=False)
    _check_dates(start_date, end_date, errors)
    if status not in (ProgramStatus.PLANNED, ProgramStatus.CURRENT):
        errors.add("status", ErrorCode.INVALID, "A new program is planned or current.")
    errors.raise_if_any()
    try:
        async with in_transaction():
            athlete = await _visible_athlete_for_write(actor, athlete_id, "athleteId")
            await _ensure_id_free(TrainingProgram, id)
            if (
                status is ProgramStatus.CURRENT
                and await TrainingProgram.filter(athlete_id=athlete.id, status=ProgramStatus.CURRENT).exists()
            ):
                raise _conflict_current()
            program = await TrainingProgram.create(
                id=id or uuid.uuid4(),
                athlete_id=athlete.id,
                coach_id=athlete.coach_id,
                title=title,
                description=description or None,
                macro_cycle=macro_cycle or None,
                start_date=start_date,
                end_date=end_date,
                status=status,
            )
            await _audit(actor, "create_program", "training_program", program.id)
    except IntegrityError as exc:  # a concurrent write won the race
        if _is_current_violation(exc):
            raise _conflict_current() from exc
        raise ValidationFailed.one("id", ErrorCode.ALREADY_EXISTS, "This id is already taken.") from exc
    return program


async def update_program(
    *,
    actor: Actor,
    id: uuid.UUID,
    expected_version: int | None = None,
    title: Any = KEEP,
    description: Any = KEEP,
    start_date: Any = KEEP,
    end_date: Any = KEEP,
    macro_cycle: Any = KEEP,
) -> TrainingProgram:
    """Edit a program's fields; `expected_version` guards against lost updates; bumps `version`."""
    require_planner(actor)
    errors = Collector()
    if given(title):
        title = text_length(title, errors, "title", min_length=1, max_length=200)
    if given(description):
        description = text_length(
            description, errors, "description", max_length=MAX_DESCRIPTION, required=False
        )
    if given(macro_cycle):
        macro_cycle = text_length(
            macro_cycle, errors, "macroCycle", max_length=MAX_MACRO_CYCLE, required=False
        )
    if given(start_date) and start_date is None:
        errors.add("startDate", ErrorCode.REQUIRED, "A program needs a start date.")
    if given(end_date) and end_date is None:
        errors.add("endDate", ErrorCode.REQUIRED, "A program needs an end date.")
    errors.raise_if_any()
    async with in_transaction():
        program = await program_for_write(actor, id)
        if expected_version is not None and expected_version != program.version:
            raise ValidationFailed.one(
                "expectedVersion",
                ErrorCode.CONFLICT,
                f"The program changed since version {expected_version}; it is now version {program.version}.",
            )
        start = start_date if given(start_date) else program.start_date
        end = end_date if given(end_date) else program.end_date
        _check_dates(start, end, errors)
        if given(start_date) or given(end_date):
            outside = (
                await ProgramPhase.filter(program_id=program.id)
                .filter(Q(start_date__lt=start) | Q(end_date__gt=end))
                .exists()
            )
            if outside:
                field = "startDate" if given(start_date) else "endDate"
                errors.add(
                    field,
                    ErrorCode.OUT_OF_RANGE,
                    "The program's dates must contain all of its phases.",
                )
        errors.raise_if_any()
        if given(title):
            program.title = title
        if given(description):
            program.description = description or None
        if given(macro_cycle):
            program.macro_cycle = macro_cycle or None
        program.start_date, program.end_date = start, end
        program.version += 1
        await program.save()
        await _audit(actor, "update_program", "training_program", program.id, version=program.version)
    return program


async def transition_program(*, actor: Actor, id: uuid.UUID, action: str) -> TrainingProgram:
    """Move a program along planned -> current -> completed, or to archived.

    Activating demotes the athlete's previous current program in the same transaction:
    completed when its end date is before the athlete's today, archived otherwise.
    """
    require_planner(actor)
    allowed_from, target = TRANSITIONS[action]
    try:
        async with in_transaction():
            program = await program_for_write(actor, id)
            if program.status not in allowed_from:
                raise ValidationFailed.one(
                    None,
                    ErrorCode.INVALID_TRANSITION,
                    f"A {program.status.value} program cannot become {target.value}.",
                )
            previous_id = None
            if target is ProgramStatus.CURRENT:
                # Lock the athlete so concurrent activations for them run one after the other.
                athlete = await AthleteProfile.filter(id=program.athlete_id).select_for_update().get()
                previous = (
                    await TrainingProgram.filter(athlete_id=athlete.id, status=ProgramStatus.CURRENT)
                    .exclude(id=program.id)
                    .select_for_update()
                    .first()
                )
                if previous is not None:
                    previous.status = (
                        ProgramStatus.COMPLETED
                        if previous.end_date < athlete_today(athlete)
                        else ProgramStatus.ARCHIVED
                    )
                    previous.version += 1
                    await previous.save(update_fields=["status", "version", "updated_at"])
                    previous_id = previous.id
                    await _audit(
                        actor,
                        f"{previous.status.value}_program",
                        "training_program",
                        previous.id,
                        replacedBy=str(program.id),
                    )
            program.status = target
            program.version += 1
            await program.save(update_fields=["status", "version", "updated_at"])
            extra = {"previous": str(previous_id)} if previous_id else {}
            await _audit(actor, f"{action}_program", "training_program", program.id, **extra)
    except IntegrityError as exc:
        if _is_current_violation(exc):
            raise _conflict_current() from exc
        raise
    return program


# --- phases -----------------------------------------------------------------------------


def _order_problem(others: list[ProgramPhase], order: int, start: date) -> bool:
    """True when `order` does not follow date order among `others`."""
    for other in others:
        if (other.phase_order < order) != (other.start_date < start):
            return True
    return False


async def _check_phase(
    *,
    program: TrainingProgram,
    phase_id: uuid.UUID | None,
    start: date,
    end: date,
    order: int,
    order_given: bool,
    errors: Collector,
) -> None:
    """Inside the program, no overlap with sibling phases, order following dates, order free."""
    if start < program.start_date:
        errors.add("startDate", ErrorCode.OUT_OF_RANGE, "A phase must start within its program's dates.")
    if end > program.end_date:
        errors.add("endDate", ErrorCode.OUT_OF_RANGE, "A phase must end within its program's dates.")
    others = await ProgramPhase.filter(program_id=program.id).exclude(id=phase_id or uuid.UUID(int=0))
    overlapping = [o for o in others if o.start_date <= end and start <= o.end_date]
    if overlapping:
        names = ", ".join(o.name for o in overlapping)
        errors.add(
            "startDate",
            ErrorCode.OVERLAP,
            f"The dates overlap another phase of the program ({names}).",
        )
    if any(o.phase_order == order for o in others):
        errors.add("phaseOrder", ErrorCode.ALREADY_EXISTS, f"Phase order {order} is taken in this program.")
    elif not overlapping and _order_problem(others, order, start):
        errors.add(
            "phaseOrder" if order_given else "startDate",
            ErrorCode.INVALID,
            "Phases are ordered by date: this phase's order does not match its dates.",
        )


async def _micro_cycles_outside(phase_id: uuid.UUID, start: date, end: date) -> bool:
    return (
        await MicroCycle.filter(phase_id=phase_id)
        .filter(Q(start_date__lt=start) | Q(end_date__gt=end))
        .exists()
    )


async def create_phase(
    *,
    actor: Actor,
    program_id: uuid.UUID,
    name: str,
    start_date: date,
    end_date: date,
    focus: str | None = None,
    phase_order: int | None = None,
    status: PhaseStatus = PhaseStatus.PLANNED,
    id: uuid.UUID | None = None,
) -> ProgramPhase:
    """Add a phase to a program (appended after the last one unless `phase_order` is given)."""
    require_planner(actor)
    errors = Collector()
    name = text_length(name, errors, "name", min_length=1, max_length=100) or ""
    focus = text_length(focus, errors, "focus", max_length=MAX_FOCUS, required=False)
    _check_dates(start_date, end_date, errors)
    _check_position(phase_order, errors, "phaseOrder", "Phase order")
    errors.raise_if_any()
    try:
        async with in_transaction():
            program = await program_for_write(actor, program_id, "programId")
            await _ensure_id_free(ProgramPhase, id)
            order = phase_order
            if order is None:
                row = (
                    await ProgramPhase.filter(program_id=program.id)
                    .annotate(top=Max("phase_order"))
                    .values("top")
                )
                order = (row[0]["top"] or 0) + 1 if row else 1
                if order > MAX_POSITION:  # the last phase sits at the top: nothing follows it
                    raise ValidationFailed.one(
                        "phaseOrder",
                        ErrorCode.OUT_OF_RANGE,
                        f"The last phase has order {MAX_POSITION}, the highest; give this phase's order.",
                    )
            await _check_phase(
                program=program,
                phase_id=None,
                start=start_date,
                end=end_date,
                order=order,
                order_given=phase_order is not None,
                errors=errors,
            )
            errors.raise_if_any()
            phase = await ProgramPhase.create(
                id=id or uuid.uuid4(),
                program_id=program.id,
                name=name,
                focus=focus or None,
                phase_order=order,
                start_date=start_date,
                end_date=end_date,
                status=status,
            )
            await _audit(actor, "create_phase", "program_phase", phase.id)
    except IntegrityError as exc:  # a concurrent write took the id or the order
        raise ValidationFailed.one(
            "phaseOrder", ErrorCode.CONFLICT, "The program's phases changed; try again."
        ) from exc
    return phase


async def phase_for_write(actor: Actor, phase_id: uuid.UUID, field: str = "id") -> ProgramPhase:
    """The phase, locked, when `actor` may change it; NOT_FOUND on `field` otherwise."""
    return await locked_for_write(
        ProgramPhase, phase_id, actor, through="program__athlete", label="Phase", field=field
    )


async def update_phase(
    *,
    actor: Actor,
    id: uuid.UUID,
    name: Any = KEEP,
    focus: Any = KEEP,
    start_date: Any = KEEP,
    end_date: Any = KEEP,
    phase_order: Any = KEEP,
    status: Any = KEEP,
) -> ProgramPhase:
    """Edit a phase; it stays inside its program, apart from its siblings, in date order."""
    require_planner(actor)
    errors = Collector()
    if given(name):
        name = text_length(name, errors, "name", min_length=1, max_length=100)
    if given(focus):
        focus = text_length(focus, errors, "focus", max_length=MAX_FOCUS, required=False)
    for field, value in (
        ("startDate", start_date),
        ("endDate", end_date),
        ("phaseOrder", phase_order),
        ("status", status),
    ):
        if given(value) and value is None:
            errors.add(field, ErrorCode.REQUIRED, "This field cannot be cleared.")
    if given(phase_order):
        _check_position(phase_order, errors, "phaseOrder", "Phase order")
    errors.raise_if_any()
    try:
        async with in_transaction():
            phase = await phase_for_write(actor, id)
            program = await TrainingProgram.get(id=phase.program_id)
            start = start_date if given(start_date) else phase.start_date
            end = end_date if given(end_date) else phase.end_date
            order = phase_order if given(phase_order) else phase.phase_order
            _check_dates(start, end, errors)
            errors.raise_if_any()
            await _check_phase(
                program=program,
                phase_id=phase.id,
                start=start,
                end=end,
                order=order,
                order_given=given(phase_order),
                errors=errors,
            )
            if (given(start_date) or given(end_date)) and await _micro_cycles_outside(phase.id, start, end):
                errors.add(
                    "startDate" if given(start_date) else "endDate",
                    ErrorCode.OUT_OF_RANGE,
                    "The phase's dates must contain all of its micro-cycles.",
                )
            errors.raise_if_any()
            if given(name):
                phase.name = name
            if given(focus):
                phase.focus = focus or None
            if given(status):
                phase.status = status
            phase.start_date, phase.end_date, phase.phase_order = start, end, order
            await phase.save()
            await _audit(actor, "update_phase", "program_phase", phase.id)
    except IntegrityError as exc:
        raise ValidationFailed.one(
            "phaseOrder", ErrorCode.CONFLICT, "The program's phases changed; try again."
        ) from exc
    return phase


async def _shift_sessions(phase_id: uuid.UUID, cycle_ids: list[uuid.UUID], days: int) -> None:
    """Move the phase's sessions (directly or through its micro-cycles) by `days` days."""
    query = Q(phase_id=phase_id)
    if cycle_ids:
        query |= Q(micro_cycle_id__in=cycle_ids)
    for session in await TrainingSession.filter(query).select_for_update():
        session.scheduled_at = session.scheduled_at + timedelta(days=days)
        await session.save(update_fields=["scheduled_at", "updated_at"])


async def reorder_phases(
    *, actor: Actor, program_id: uuid.UUID, phase_ids: list[uuid.UUID]
) -> TrainingProgram:
    """Put the program's phases in the given order, back to back from the first phase's start.

    Each phase keeps its length; its micro-cycles and sessions move by the same number of days.
    """
    require_planner(actor)
    async with in_transaction():
        program = await program_for_write(actor, program_id, "programId")
        phases = await ProgramPhase.filter(program_id=program.id).select_for_update().order_by("phase_order")
        if len(set(phase_ids)) != len(phase_ids) or set(phase_ids) != {p.id for p in phases}:
            raise ValidationFailed.one(
                "phaseIds", ErrorCode.INVALID, "List every phase of the program exactly once."
            )
        if not phases:
            return program
        by_id = {p.id: p for p in phases}
        cursor = min(p.start_date for p in phases)
        # Step aside first: (program, phase_order) is unique.
        for index, phase in enumerate(phases):
            phase.phase_order = -(index + 1)
            await phase.save(update_fields=["phase_order", "updated_at"])
        cycles = await MicroCycle.filter(phase_id__in=list(by_id)).select_for_update()
        for order, phase_id in enumerate(phase_ids, start=1):
            phase = by_id[phase_id]
            days = (cursor - phase.start_date).days
            length = phase.end_date - phase.start_date
            phase.phase_order = order
            phase.start_date = cursor
            phase.end_date = cursor + length
            await phase.save(update_fields=["phase_order", "start_date", "end_date", "updated_at"])
            own = [c for c in cycles if c.phase_id == phase.id]
            if days:
                for cycle in own:
                    cycle.start_date += timedelta(days=days)
                    cycle.end_date += timedelta(days=days)
                    await cycle.save(update_fields=["start_date", "end_date", "updated_at"])
                await _shift_sessions(phase.id, [c.id for c in own], days)
            cursor = phase.end_date + timedelta(days=1)
        await _audit(
            actor,
            "reorder_phases",
            "training_program",
            program.id,
            order=[str(p) for p in phase_ids],
        )
    return program


# --- micro-cycles -----------------------------------------------------------------------


async def _check_micro_cycle(
    *,
    program_id: uuid.UUID,
    cycle_id: uuid.UUID | None,
    phase: ProgramPhase,
    week_index: int,
    start: date,
    end: date,
    errors: Collector,
) -> None:
    if start < phase.start_date:
        errors.add(
            "startDate",
            ErrorCode.OUT_OF_RANGE,
            "A micro-cycle must start within its phase's dates.",
        )
    if end > phase.end_date:
        errors.add("endDate", ErrorCode.OUT_OF_RANGE, "A micro-cycle must end within its phase's dates.")
    others = await MicroCycle.filter(program_id=program_id).exclude(id=cycle_id or uuid.UUID(int=0))
    if any(o.week_index == week_index for o in others):
        errors.add(
            "weekIndex",
            ErrorCode.ALREADY_EXISTS,
            f"Week {week_index} already exists in this program.",
        )
    if any(o.start_date <= end and start <= o.end_date for o in others):
        errors.add("startDate", ErrorCode.OVERLAP, "The dates overlap another micro-cycle of the program.")


async def create_micro_cycle(
    *,
    actor: Actor,
    program_id: uuid.UUID,
    phase_id: uuid.UUID,
    week_index: int,
    start_date: date,
    end_date: date | None = None,
    status: MicroCycleStatus = MicroCycleStatus.PLANNED,
    id: uuid.UUID | None = None,
) -> MicroCycle:
    """Add a training week to a phase of a program (ending 6 days after its start by default)."""
    require_planner(actor)
    errors = Collector()
    end = end_date
    if end is None and start_date <= LATEST_DAY:  # a week by default
        # (from the last supported day too: that week's end is then refused as out of range,
        # where an end left unset reached the checks below as None, an internal error)
        end = start_date + timedelta(days=6)
    _check_position(week_index, errors, "weekIndex", "Week index")
    _check_dates(start_date, end, errors)
    errors.raise_if_any()
    assert end is not None  # left unset only for a start date that was just refused
    try:
        async with in_transaction():
            program = await program_for_write(actor, program_id, "programId")
            phase = await ProgramPhase.filter(id=phase_id, program_id=program.id).first()
            if phase is None:
                raise ValidationFailed.one("phaseId", ErrorCode.NOT_FOUND, "No such phase in this program.")
            await _ensure_id_free(MicroCycle, id)
            await _check_micro_cycle(
                program_id=program.id,
                cycle_id=None,
                phase=phase,
                week_index=week_index,
                start=start_date,
                end=end,
                errors=errors,
            )
            errors.raise_if_any()
            cycle = await MicroCycle.create(
                id=id or uuid.uuid4(),
                program_id=program.id,
                phase_id=phase.id,
                week_index=week_index,
                start_date=start_date,
                end_date=end,
                status=status,
            )
            await _audit(actor, "create_micro_cycle", "micro_cycle", cycle.id)
    except IntegrityError as exc:
        raise ValidationFailed.one(
            "weekIndex", ErrorCode.CONFLICT, "The program's weeks changed; try again."
        ) from exc
    return cycle


async def micro_cycle_for_write(actor: Actor, cycle_id: uuid.UUID, field: str = "id") -> MicroCycle:
    """The micro-cycle, locked, when `actor` may change it; NOT_FOUND on `field` otherwise."""
    return await locked_for_write(
        MicroCycle, cycle_id, actor, through="program__athlete", label="Micro-cycle", field=field
    )


async def update_micro_cycle(
    *,
    actor: Actor,
    id: uuid.UUID,
    phase_id: Any = KEEP,
    week_index: Any = KEEP,
    start_date: Any = KEEP,
    end_date: Any = KEEP,
    status: Any = KEEP,
) -> MicroCycle:
    """Edit a micro-cycle; it stays inside its phase and apart from the program's other weeks."""
    require_planner(actor)
    errors = Collector()
    for field, value in (
        ("phaseId", phase_id),
        ("weekIndex", week_index),
        ("startDate", start_date),
        ("endDate", end_date),
        ("status", status),
    ):
        if given(value) and value is None:
            errors.add(field, ErrorCode.REQUIRED, "This field cannot be cleared.")
    if given(week_index):
        _check_position(week_index, errors, "weekIndex", "Week index")
    errors.raise_if_any()
    try:
        async with in_transaction():
            cycle = await micro_cycle_for_write(actor, id)
            program_id = cycle.program_id
            target_phase_id = phase_id if given(phase_id) else cycle.phase_id
            phase = await ProgramPhase.filter(id=target_phase_id, program_id=program_id).first()
            if phase is None:
                raise ValidationFailed.one("phaseId", ErrorCode.NOT_FOUND, "No such phase in this program.")
            start = start_date if given(start_date) else cycle.start_date
            end = end_date if given(end_date) else cycle.end_date
            index = week_index if given(week_index) else cycle.week_index
            _check_dates(start, end, errors)
            errors.raise_if_any()
            await _check_micro_cycle(
                program_id=program_id,
                cycle_id=cycle.id,
                phase=phase,
                week_index=index,
                start=start,
                end=end,
                errors=errors,
            )
            errors.raise_if_any()
            cycle.phase_id = phase.id
            cycle.week_index, cycle.start_date, cycle.end_date = index, start, end
            if given(status):
                cycle.status = status
            await cycle.save()
            if given(phase_id):
                # The cycle's sessions follow it into its new phase.
                await TrainingSession.filter(micro_cycle_id=cycle.id).update(phase_id=phase.id)
            await _audit(actor, "update_micro_cycle", "micro_cycle", cycle.id)
    except IntegrityError as exc:
        raise ValidationFailed.one(
            "weekIndex", ErrorCode.CONFLICT, "The program's weeks changed; try again."
        ) from exc
    return cycle
