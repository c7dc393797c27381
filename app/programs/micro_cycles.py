"""Micro-cycle services: a program's training weeks, each inside one phase, never overlapping."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from app.audit.service import record_action
from app.core.access import locked_for_write, require_planner
from app.core.actor import Actor
from app.core.errors import Collector, ErrorCode, ValidationFailed
from app.core.times import LATEST_DAY
from app.core.updates import KEEP, given
from app.core.validation import check_required
from app.programs.events import PlanChange, PlanEntity, plan_changed, plan_changed_in
from app.programs.models import MicroCycle, MicroCycleStatus, ProgramPhase, TrainingSession
from app.programs.programs import program_for_write
from app.programs.rules import check_dates, check_position, ensure_id_free


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
    """Inside its phase, its week index free in the program, no overlap with the other weeks."""
    if start < phase.start_date:
        errors.add("startDate", ErrorCode.OUT_OF_RANGE, "A micro-cycle must start within its phase's dates.")
    if end > phase.end_date:
        errors.add("endDate", ErrorCode.OUT_OF_RANGE, "A micro-cycle must end within its phase's dates.")
    others = await MicroCycle.filter(program_id=program_id).exclude(id=cycle_id or uuid.UUID(int=0))
    if any(o.week_index == week_index for o in others):
        errors.add(
            "weekIndex", ErrorCode.ALREADY_EXISTS, f"Week {week_index} already exists in this program."
        )
    if any(o.start_date <= end and start <= o.end_date for o in others):
        errors.add("startDate", ErrorCode.OVERLAP, "The dates overlap another micro-cycle of the program.")


async def _phase_of_program(phase_id: uuid.UUID, program_id: uuid.UUID) -> ProgramPhase:
    phase = await ProgramPhase.filter(id=phase_id, program_id=program_id).first()
    if phase is None:
        raise ValidationFailed.one("phaseId", ErrorCode.NOT_FOUND, "No such phase in this program.")
    return phase


def _changed_weeks() -> ValidationFailed:
    return ValidationFailed.one("weekIndex", ErrorCode.CONFLICT, "The program's weeks changed; try again.")


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
    check_position(week_index, errors, "weekIndex", "Week index")
    check_dates(start_date, end, errors)
    errors.raise_if_any()
    assert end is not None  # left unset only for a start date that was just refused
    try:
        async with in_transaction():
            program = await program_for_write(actor, program_id, "programId")
            phase = await _phase_of_program(phase_id, program.id)
            await ensure_id_free(MicroCycle, id)
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
            await record_action(actor, "create_micro_cycle", "micro_cycle", cycle.id)
            await plan_changed(program, PlanEntity.MICRO_CYCLE, cycle.id, PlanChange.CREATED)
    except IntegrityError as exc:
        raise _changed_weeks() from exc
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
    check_required(
        errors, phaseId=phase_id, weekIndex=week_index, startDate=start_date, endDate=end_date, status=status
    )
    if given(week_index):
        check_position(week_index, errors, "weekIndex", "Week index")
    errors.raise_if_any()
    try:
        async with in_transaction():
            cycle = await micro_cycle_for_write(actor, id)
            phase = await _phase_of_program(phase_id if given(phase_id) else cycle.phase_id, cycle.program_id)
            start = start_date if given(start_date) else cycle.start_date
            end = end_date if given(end_date) else cycle.end_date
            index = week_index if given(week_index) else cycle.week_index
            check_dates(start, end, errors)
            errors.raise_if_any()
            await _check_micro_cycle(
                program_id=cycle.program_id,
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
            await record_action(actor, "update_micro_cycle", "micro_cycle", cycle.id)
            await plan_changed_in(cycle.program_id, PlanEntity.MICRO_CYCLE, cycle.id, PlanChange.UPDATED)
    except IntegrityError as exc:
        raise _changed_weeks() from exc
    return cycle
