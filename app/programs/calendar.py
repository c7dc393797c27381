"""The athlete-local calendar of sessions: date ranges, today, Monday-to-Sunday weeks, program weeks.

`scheduledAt` is stored in UTC; which day a session is on is the athlete's local date, so
every range here starts from local dates and becomes a UTC window for the query.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, cast

from tortoise.queryset import QuerySet

from app.athletes import reads as athlete_reads
from app.athletes.models import AthleteProfile
from app.athletes.service import find_visible_athlete
from app.core.access import athlete_filter, athlete_or_self
from app.core.actor import Actor
from app.core.errors import Collector, ErrorCode
from app.core.times import check_day, local_day_bounds, local_today, week_of
from app.logs.models import WorkoutLog
from app.programs import reads as program_reads
from app.programs.models import SessionStatus, TrainingSession

MAX_RANGE_DAYS = 366


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


@dataclass(frozen=True)
class SessionWindow:
    """A program's sessions in [start, end) (UTC; None: unbounded)."""

    program_id: uuid.UUID
    start: datetime | None = None
    end: datetime | None = None

    def contains(self, session: TrainingSession) -> bool:
        return (
            session.program_id == self.program_id
            and (self.start is None or session.scheduled_at >= self.start)
            and (self.end is None or session.scheduled_at < self.end)
        )


def program_window(
    program_id: uuid.UUID, tz_name: str, first: date | None, last: date | None
) -> SessionWindow:
    """The UTC window of a program's sessions on athlete-local dates `first`..`last` (each optional)."""
    check_window(first, last)
    start = local_day_bounds(tz_name, first, first)[0] if first is not None else None
    end = local_day_bounds(tz_name, last, last)[1] if last is not None else None
    return SessionWindow(program_id=program_id, start=start, end=end)


async def _athlete(actor: Actor, athlete_id: uuid.UUID | None) -> AthleteProfile | None:
    return await find_visible_athlete(actor, athlete_or_self(actor, athlete_id))


async def _athlete_row(
    actor: Actor, athlete_id: uuid.UUID | None, own: Any | None = None
) -> AthleteProfile | None:
    """The athlete as a row read without the ORM (app/db/rows.py), if `actor` may see them;
    `own`, the caller's own profile row when already read (with the token's check), is taken
    as it is when the athlete asked about is the caller."""
    wanted = athlete_or_self(actor, athlete_id)
    if own is not None and own.id == wanted == actor.athlete_id:
        return cast(AthleteProfile, own)
    rows = await athlete_reads.athletes_by_id(actor, [wanted])
    return rows[0] if rows else None


@dataclass(frozen=True)
class AthleteDays:
    """An athlete's sessions on some of their local days, each with its current workout log
    (None when unlogged), read together."""

    athlete: AthleteProfile | None
    sessions: list[TrainingSession]
    logs: list[WorkoutLog | None]


async def _session_rows(actor: Actor, athlete: AthleteProfile, first: date, last: date) -> AthleteDays:
    start, end = local_day_bounds(athlete.timezone, first, last)
    sessions, logs = await program_reads.sessions_of_athlete(actor, athlete.id, start, end)
    return AthleteDays(athlete, sessions, logs)


def _sessions_on(actor: Actor, athlete: AthleteProfile, first: date, last: date) -> QuerySet[TrainingSession]:
    start, end = local_day_bounds(athlete.timezone, first, last)
    return TrainingSession.filter(**athlete_filter(actor)).filter(
        athlete_id=athlete.id, scheduled_at__gte=start, scheduled_at__lt=end
    )


async def sessions_between(
    *, actor: Actor, athlete_id: uuid.UUID | None, first: date, last: date
) -> QuerySet[TrainingSession]:
    """The athlete's sessions on their local dates `first`..`last` (empty when not visible)."""
    check_range(first, last)
    athlete = await _athlete(actor, athlete_id)
    if athlete is None:
        return TrainingSession.filter(id__in=[])
    return _sessions_on(actor, athlete, first, last)


async def sessions_today(
    *, actor: Actor, athlete_id: uuid.UUID | None, own: Any | None = None
) -> AthleteDays:
    """The athlete's sessions of their local today, in order, with their logs (rows read without
    the ORM; `own`: see `_athlete_row`); none when the athlete is not visible."""
    athlete = await _athlete_row(actor, athlete_id, own)
    if athlete is None:
        return AthleteDays(None, [], [])
    today = local_today(athlete.timezone)
    return await _session_rows(actor, athlete, today, today)


@dataclass(frozen=True)
class AthleteWeek:
    """An athlete's Monday-to-Sunday week and its sessions."""

    athlete: AthleteProfile
    week_start: date
    week_end: date
    sessions: list[TrainingSession]
    logs: list[WorkoutLog | None]  # each session's current log, read with them

    @property
    def sessions_planned(self) -> int:
        return len(self.sessions)

    @property
    def sessions_completed(self) -> int:
        return sum(1 for s in self.sessions if s.status is SessionStatus.COMPLETED)


async def athlete_week(
    *, actor: Actor, athlete_id: uuid.UUID | None, day: date | None = None, own: Any | None = None
) -> AthleteWeek | None:
    """The Monday-Sunday week containing `day` (default: the athlete's today); None when not
    visible (`own`: see `_athlete_row`)."""
    if day is not None:
        errors = Collector()
        check_day(day, errors, "date")
        errors.raise_if_any()
    athlete = await _athlete_row(actor, athlete_id, own)
    if athlete is None:
        return None
    monday, sunday = week_of(day or local_today(athlete.timezone))
    days = await _session_rows(actor, athlete, monday, sunday)
    return AthleteWeek(
        athlete=athlete, week_start=monday, week_end=sunday, sessions=days.sessions, logs=days.logs
    )
