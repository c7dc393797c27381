"""Program services: creating and editing programs, their status transitions, and listing them.

Athletes read their programs but never write them (`require_planner`); a coach writes only
the programs of their own athletes: anything else is NOT_FOUND, so existence is not revealed.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from app.athletes.models import AthleteProfile
from app.athletes.service import athlete_for_write
from app.audit.service import record_action
from app.core.access import athlete_filter, locked_for_write, require_planner
from app.core.actor import Actor
from app.core.errors import Collector, ErrorCode, ValidationFailed
from app.core.times import local_today
from app.core.updates import KEEP, given
from app.core.validation import text_length
from app.programs.events import PlanChange, PlanEntity, plan_changed
from app.programs.models import ProgramPhase, ProgramStatus, TrainingProgram
from app.programs.rules import (
    MAX_PROGRAMS_PER_ATHLETE,
    check_dates,
    check_program_length,
    ensure_below,
    ensure_id_free,
)

MAX_TITLE = 200
MAX_DESCRIPTION = 5000
MAX_MACRO_CYCLE = 200
CURRENT_INDEX = "uniq_training_program_current"

# Which statuses each transition mutation may start from, and where it leads.
TRANSITIONS: dict[str, tuple[frozenset[ProgramStatus], ProgramStatus]] = {
    "activate": (frozenset({ProgramStatus.PLANNED}), ProgramStatus.CURRENT),
    "complete": (frozenset({ProgramStatus.CURRENT}), ProgramStatus.COMPLETED),
    "archive": (
        frozenset({ProgramStatus.PLANNED, ProgramStatus.CURRENT, ProgramStatus.COMPLETED}),
        ProgramStatus.ARCHIVED,
    ),
}

_CHANGES = {
    "activate": PlanChange.ACTIVATED,
    "complete": PlanChange.COMPLETED,
    "archive": PlanChange.ARCHIVED,
}


def _conflict_current() -> ValidationFailed:
    return ValidationFailed.one(
        "status",
        ErrorCode.CONFLICT,
        "The athlete already has a current program; activate this one instead.",
    )


def _is_current_violation(exc: IntegrityError) -> bool:
    return CURRENT_INDEX in str(exc)


async def program_for_write(actor: Actor, program_id: uuid.UUID, field: str = "id") -> TrainingProgram:
    """The program, locked, when `actor` may change it; NOT_FOUND on `field` otherwise."""
    return await locked_for_write(
        TrainingProgram, program_id, actor, through="athlete", label="Program", field=field
    )


def list_programs(
    *, actor: Actor, athlete_id: uuid.UUID | None = None, status: ProgramStatus | None = None
) -> QuerySet[TrainingProgram]:
    """The programs `actor` may see, optionally one athlete's and of one status."""
    query = TrainingProgram.filter(**athlete_filter(actor))
    if athlete_id is not None:
        query = query.filter(athlete_id=athlete_id)
    if status is not None:
        query = query.filter(status=ProgramStatus(status))
    return query


def _check_texts(
    errors: Collector, *, title: Any = KEEP, description: Any = KEEP, macro_cycle: Any = KEEP
) -> dict[str, Any]:
    """The cleaned text fields that were given (blank optional texts become None)."""
    clean: dict[str, Any] = {}
    if given(title):
        clean["title"] = text_length(title, errors, "title", min_length=1, max_length=MAX_TITLE)
    if given(description):
        text = text_length(description, errors, "description", max_length=MAX_DESCRIPTION, required=False)
        clean["description"] = text or None
    if given(macro_cycle):
        text = text_length(macro_cycle, errors, "macroCycle", max_length=MAX_MACRO_CYCLE, required=False)
        clean["macro_cycle"] = text or None
    return clean


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
    clean = _check_texts(errors, title=title, description=description, macro_cycle=macro_cycle)
    check_dates(start_date, end_date, errors)
    check_program_length(start_date, end_date, errors)
    if status not in (ProgramStatus.PLANNED, ProgramStatus.CURRENT):
        errors.add("status", ErrorCode.INVALID, "A new program is planned or current.")
    errors.raise_if_any()
    try:
        async with in_transaction():
            athlete = await athlete_for_write(actor, athlete_id, "athleteId")
            await ensure_id_free(TrainingProgram, id)
            programs = await TrainingProgram.filter(athlete_id=athlete.id).count()
            ensure_below(programs, MAX_PROGRAMS_PER_ATHLETE, "athleteId", "An athlete's program list")
            if (
                status is ProgramStatus.CURRENT
                and await TrainingProgram.filter(athlete_id=athlete.id, status=ProgramStatus.CURRENT).exists()
            ):
                raise _conflict_current()
            program = await TrainingProgram.create(
                id=id or uuid.uuid4(),
                athlete_id=athlete.id,
                coach_id=athlete.coach_id,
                start_date=start_date,
                end_date=end_date,
                status=status,
                **clean,
            )
            await record_action(actor, "create_program", "training_program", program.id)
            await plan_changed(program, PlanEntity.PROGRAM, program.id, PlanChange.CREATED)
    except IntegrityError as exc:  # a concurrent write won the race
        if _is_current_violation(exc):
            raise _conflict_current() from exc
        raise ValidationFailed.one("id", ErrorCode.ALREADY_EXISTS, "This id is already taken.") from exc
    return program


async def _check_new_dates(
    program: TrainingProgram, start: date, end: date, start_given: bool, errors: Collector
) -> None:
    """The new dates are in order, span at most two years, and still contain every phase."""
    check_dates(start, end, errors)
    check_program_length(start, end, errors, "startDate" if start_given else "endDate")
    outside = (
        await ProgramPhase.filter(program_id=program.id)
        .filter(Q(start_date__lt=start) | Q(end_date__gt=end))
        .exists()
    )
    if outside:
        field = "startDate" if start_given else "endDate"
        errors.add(field, ErrorCode.OUT_OF_RANGE, "The program's dates must contain all of its phases.")


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
    clean = _check_texts(errors, title=title, description=description, macro_cycle=macro_cycle)
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
        if given(start_date) or given(end_date):
            await _check_new_dates(program, start, end, given(start_date), errors)
        errors.raise_if_any()
        program.update_from_dict(clean)
        program.start_date, program.end_date = start, end
        program.version += 1
        await program.save()
        await record_action(actor, "update_program", "training_program", program.id, version=program.version)
        await plan_changed(program, PlanEntity.PROGRAM, program.id, PlanChange.UPDATED)
    return program


async def _demote_current(actor: Actor, program: TrainingProgram) -> uuid.UUID | None:
    """Before `program` becomes current, the athlete's current program (if any) steps down:
    completed when its end date is before the athlete's today, archived otherwise."""
    # Lock the athlete so concurrent activations for them run one after the other.
    athlete = await AthleteProfile.filter(id=program.athlete_id).select_for_update().get()
    previous = (
        await TrainingProgram.filter(athlete_id=athlete.id, status=ProgramStatus.CURRENT)
        .exclude(id=program.id)
        .select_for_update()
        .first()
    )
    if previous is None:
        return None
    ended = previous.end_date < local_today(athlete.timezone)
    previous.status = ProgramStatus.COMPLETED if ended else ProgramStatus.ARCHIVED
    previous.version += 1
    await previous.save(update_fields=["status", "version", "updated_at"])
    await record_action(
        actor, f"{previous.status.value}_program", "training_program", previous.id, replacedBy=str(program.id)
    )
    await plan_changed(previous, PlanEntity.PROGRAM, previous.id, PlanChange(previous.status.value))
    return previous.id


async def transition_program(*, actor: Actor, id: uuid.UUID, action: str) -> TrainingProgram:
    """Move a program along planned -> current -> completed, or to archived.

    Activating demotes the athlete's previous current program in the same transaction.
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
            previous_id = await _demote_current(actor, program) if target is ProgramStatus.CURRENT else None
            program.status = target
            program.version += 1
            await program.save(update_fields=["status", "version", "updated_at"])
            extra = {"previous": str(previous_id)} if previous_id else {}
            await record_action(actor, f"{action}_program", "training_program", program.id, **extra)
            await plan_changed(program, PlanEntity.PROGRAM, program.id, _CHANGES[action])
    except IntegrityError as exc:
        if _is_current_violation(exc):
            raise _conflict_current() from exc
        raise
    return program
