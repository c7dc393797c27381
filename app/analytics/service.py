"""Reading the stored series for the API, and the weekly summary on demand."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from tortoise.transactions import in_transaction

from app.analytics.fitness import Convention
from app.analytics.models import DailyTrainingLoad, WeeklySummary
from app.analytics.recompute import recompute
from app.athletes.service import find_visible_athlete
from app.audit.service import record_action
from app.core.actor import Actor
from app.core.errors import Collector, ErrorCode, ValidationFailed
from app.core.times import check_day, local_today, week_of


@dataclass(frozen=True)
class LoadDayView:
    """A stored training-load day shown in one convention (None: the one its parameters name)."""

    row: DailyTrainingLoad
    convention: Convention | None


async def generate_weekly_summary(*, actor: Actor, athlete_id: uuid.UUID, week_start: date) -> WeeklySummary:
    """(Re)generate the summary of the athlete-local week holding `week_start`, now; a week still
    running gets an incomplete summary (regenerated when it closes)."""
    errors = Collector()
    check_day(week_start, errors, "weekStart")
    errors.raise_if_any()
    athlete = await find_visible_athlete(actor, athlete_id)
    if athlete is None:
        raise ValidationFailed.one("athleteId", ErrorCode.NOT_FOUND, "Athlete not found.")
    monday = week_of(week_start)[0]
    if monday > local_today(athlete.timezone):
        raise ValidationFailed.one("weekStart", ErrorCode.OUT_OF_WINDOW, "This week has not started yet.")
    async with in_transaction():
        await recompute({athlete.id: monday}, current_week=True)
        row = await WeeklySummary.filter(athlete_id=athlete.id, week_start=monday).first()
        if row is None:
            raise ValidationFailed.one("weekStart", ErrorCode.NOT_FOUND, "There is no data for this week.")
        await record_action(
            actor, "generate_weekly_summary", "weekly_summary", row.id, week_start=monday.isoformat()
        )
    return row
