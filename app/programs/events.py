"""What the programs domain publishes: `plan_changed` events, sent inside the writing transaction."""

from __future__ import annotations

import uuid
from enum import StrEnum

from app.events.models import Event, EventKind
from app.events.publish import publish
from app.programs.models import TrainingProgram


class PlanEntity(StrEnum):
    """Which part of a plan changed."""

    PROGRAM = "program"
    PHASE = "phase"
    MICRO_CYCLE = "micro_cycle"
    SESSION = "session"


class PlanChange(StrEnum):
    """How it changed."""

    CREATED = "created"
    UPDATED = "updated"
    RESCHEDULED = "rescheduled"
    SKIPPED = "skipped"
    ACTIVATED = "activated"
    COMPLETED = "completed"
    ARCHIVED = "archived"
    REORDERED = "reordered"


async def plan_changed(
    program: TrainingProgram, entity: PlanEntity, entity_id: uuid.UUID, change: PlanChange
) -> None:
    """Tell the program's athlete (and their coach) that part of the plan changed."""
    await publish(
        Event(
            kind=EventKind.PLAN_CHANGED,
            entity_type=entity.value,
            entity_id=entity_id,
            athlete_id=program.athlete_id,
            coach_id=program.coach_id,
            data={"program": str(program.id), "change": change.value},
        )
    )


async def plan_changed_in(
    program_id: uuid.UUID, entity: PlanEntity, entity_id: uuid.UUID, change: PlanChange
) -> None:
    """`plan_changed` for a program known by id."""
    await plan_changed(await TrainingProgram.get(id=program_id), entity, entity_id, change)
