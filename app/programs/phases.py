"""Phase services: a program's blocks, ordered by date, never overlapping, and reordering them."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q
from tortoise.functions import Max
from tortoise.transactions import in_transaction

from app.audit.service import record_action
from app.core.access import locked_for_write, require_planner
from app.core.actor import Actor
from app.core.errors import Collector, ErrorCode, ValidationFailed
from app.core.updates import KEEP, given
from app.core.validation import check_required, text_length
from app.programs.events import PlanChange, PlanEntity, plan_changed, plan_changed_in
from app.programs.models import MicroCycle, PhaseStatus, ProgramPhase, TrainingProgram, TrainingSession
from app.programs.programs import program_for_write
from app.programs.rules import (
    MAX_FOCUS,
    MAX_PHASES_PER_PROGRAM,
    MAX_POSITION,
    check_dates,
    check_position,
    ensure_below,
    ensure_id_free,
)

MAX_NAME = 100


def _order_problem(others: list[ProgramPhase], order: int, start: date) -> bool:
    """True when `order` does not follow date order among `others`."""
    return any((other.phase_order < order) != (other.start_date < start) for other in others)


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


async def _next_order(program: TrainingProgram) -> int:
    """The order after the program's last phase (1 for the first)."""
    row = await ProgramPhase.filter(program_id=program.id).annotate(top=Max("phase_order")).values("top")
    order = (row[0]["top"] or 0) + 1 if row else 1
    if order > MAX_POSITION:  # the last phase sits at the top: nothing follows it
        raise ValidationFailed.one(
            "phaseOrder",
            ErrorCode.OUT_OF_RANGE,
            f"The last phase has order {MAX_POSITION}, the highest; give this phase's order.",
        )
    return order


def _changed_phases() -> ValidationFailed:
    return ValidationFailed.one("phaseOrder", ErrorCode.CONFLICT, "The program's phases changed; try again.")


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
    texts = _check_texts(errors, name=name, focus=focus)
    check_dates(start_date, end_date, errors)
    check_position(phase_order, errors, "phaseOrder", "Phase order")
    errors.raise_if_any()
    try:
        async with in_transaction():
            program = await program_for_write(actor, program_id, "programId")
            await ensure_id_free(ProgramPhase, id)
            phases = await ProgramPhase.filter(program_id=program.id).count()
            ensure_below(phases, MAX_PHASES_PER_PROGRAM, "programId", "A program's phase list")
            order = phase_order if phase_order is not None else await _next_order(program)
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
                phase_order=order,
                start_date=start_date,
                end_date=end_date,
                status=status,
                **texts,
            )
            await record_action(actor, "create_phase", "program_phase", phase.id)
            await plan_changed(program, PlanEntity.PHASE, phase.id, PlanChange.CREATED)
    except IntegrityError as exc:  # a concurrent write took the id or the order
        raise _changed_phases() from exc
    return phase


async def phase_for_write(actor: Actor, phase_id: uuid.UUID, field: str = "id") -> ProgramPhase:
    """The phase, locked, when `actor` may change it; NOT_FOUND on `field` otherwise."""
    return await locked_for_write(
        ProgramPhase, phase_id, actor, through="program__athlete", label="Phase", field=field
    )


def _check_texts(errors: Collector, *, name: Any = KEEP, focus: Any = KEEP) -> dict[str, Any]:
    """The cleaned name and focus, where given (a blank focus becomes None)."""
    clean: dict[str, Any] = {}
    if given(name):
        clean["name"] = text_length(name, errors, "name", min_length=1, max_length=MAX_NAME)
    if given(focus):
        clean["focus"] = text_length(focus, errors, "focus", max_length=MAX_FOCUS, required=False) or None
    return clean


async def _check_update(
    phase: ProgramPhase, start: date, end: date, order: int, *, order_given: bool, end_field: str | None
) -> None:
    """The edited phase as a whole: dates, place among its siblings, and (`end_field` set when
    its dates were given) still containing all of its micro-cycles."""
    errors = Collector()
    check_dates(start, end, errors)
    errors.raise_if_any()
    program = await TrainingProgram.get(id=phase.program_id)
    await _check_phase(
        program=program,
        phase_id=phase.id,
        start=start,
        end=end,
        order=order,
        order_given=order_given,
        errors=errors,
    )
    if end_field is not None and await _micro_cycles_outside(phase.id, start, end):
        errors.add(
            end_field, ErrorCode.OUT_OF_RANGE, "The phase's dates must contain all of its micro-cycles."
        )
    errors.raise_if_any()


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
    clean = _check_texts(errors, name=name, focus=focus)
    check_required(errors, startDate=start_date, endDate=end_date, phaseOrder=phase_order, status=status)
    if given(phase_order):
        check_position(phase_order, errors, "phaseOrder", "Phase order")
    if given(status):
        clean["status"] = status
    errors.raise_if_any()
    try:
        async with in_transaction():
            phase = await phase_for_write(actor, id)
            start = start_date if given(start_date) else phase.start_date
            end = end_date if given(end_date) else phase.end_date
            order = phase_order if given(phase_order) else phase.phase_order
            dates_field = "startDate" if given(start_date) else "endDate" if given(end_date) else None
            await _check_update(
                phase, start, end, order, order_given=given(phase_order), end_field=dates_field
            )
            phase.update_from_dict(clean)
            phase.start_date, phase.end_date, phase.phase_order = start, end, order
            await phase.save()
            await record_action(actor, "update_phase", "program_phase", phase.id)
            await plan_changed_in(phase.program_id, PlanEntity.PHASE, phase.id, PlanChange.UPDATED)
    except IntegrityError as exc:
        raise _changed_phases() from exc
    return phase


async def _shift_sessions(phase_id: uuid.UUID, cycle_ids: list[uuid.UUID], days: int) -> None:
    """Move the phase's sessions (directly or through its micro-cycles) by `days` days."""
    query = Q(phase_id=phase_id)
    if cycle_ids:
        query |= Q(micro_cycle_id__in=cycle_ids)
    for session in await TrainingSession.filter(query).select_for_update():
        session.scheduled_at = session.scheduled_at + timedelta(days=days)
        await session.save(update_fields=["scheduled_at", "updated_at"])


async def _move_phase(phase: ProgramPhase, order: int, start: date, cycles: list[MicroCycle]) -> date:
    """Give `phase` its new order and start (keeping its length); its weeks and sessions follow.
    Returns the day after its new end."""
    days = (start - phase.start_date).days
    length = phase.end_date - phase.start_date
    phase.phase_order = order
    phase.start_date = start
    phase.end_date = start + length
    await phase.save(update_fields=["phase_order", "start_date", "end_date", "updated_at"])
    own = [c for c in cycles if c.phase_id == phase.id]
    if days:
        for cycle in own:
            cycle.start_date += timedelta(days=days)
            cycle.end_date += timedelta(days=days)
            await cycle.save(update_fields=["start_date", "end_date", "updated_at"])
        await _shift_sessions(phase.id, [c.id for c in own], days)
    return phase.end_date + timedelta(days=1)


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
            cursor = await _move_phase(by_id[phase_id], order, cursor, cycles)
        await record_action(
            actor, "reorder_phases", "training_program", program.id, order=[str(p) for p in phase_ids]
        )
        await plan_changed(program, PlanEntity.PROGRAM, program.id, PlanChange.REORDERED)
    return program
