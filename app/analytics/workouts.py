"""Workouts: what an athlete did, one unit per session, from workout logs and device activities.

A session can be reported twice: by the athlete (a workout log, with RPE) and by a device (an
activity matched to the planned session). It is one workout, never two, so its load is counted
once (`session_load`: session-RPE, else the device load; `LoadPreference` decides when both
exist). The rule, by case:

- a current log and the activity matched to the same session: one workout, starting when the
  activity started (a device's clock is the more exact one); its minutes are the log's
  `durationMinutes`, else the activity's duration;
- a log alone: it started `durationMinutes` before it was completed (at completion when the
  duration is missing);
- an activity alone (no session, or a session without a log): the device's load.

A workout belongs to the athlete-local day it started on, so a session from 23:30 to 00:40 counts
on the day it began. Activities another source already reported (`duplicate_of`) are not here.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from app.analytics.session_load import LoadPreference, LoadSource, session_load

# Activity types by the endurance kind they count as (seed 002's run / ride counts).
RUN_TYPES = frozenset({"running"})
RIDE_TYPES = frozenset({"cycling"})
SWIM_TYPES = frozenset({"swimming"})
STRENGTH_TYPES = frozenset({"strength_training", "hiit"})
MODALITY_KINDS = {"run": "run", "bike": "ride", "swim": "swim", "row": "row", "strength": "strength"}
ACTIVITY_KINDS = {"running": "run", "cycling": "ride", "swimming": "swim", "rowing": "row"}


@dataclass(frozen=True)
class LogRecord:
    """A current workout log, with what its session says (type, modality, planned intensity)."""

    id: uuid.UUID
    session_id: uuid.UUID | None
    completed_at: datetime
    duration_minutes: int | None
    rpe: int | None
    session_type: str | None = None
    modality: str | None = None
    intensity: str | None = None
    zone: int | None = None
    actual_data: object = None


@dataclass(frozen=True)
class ActivityRecord:
    """A device activity (not a duplicate), and the planned session it was matched to."""

    id: uuid.UUID
    session_id: uuid.UUID | None
    start_at: datetime
    duration_seconds: int
    training_load: float | None
    activity_type: str
    distance_meters: float | None = None


@dataclass(frozen=True)
class Workout:
    """One workout: its start, local day, minutes, load and where the load came from."""

    start: datetime
    day: date
    minutes: float | None
    load: float | None
    source: LoadSource
    kind: str
    log: LogRecord | None
    activity: ActivityRecord | None

    @property
    def id(self) -> uuid.UUID:
        """The log's id, else the activity's."""
        found = self.log.id if self.log is not None else self.activity.id if self.activity else None
        assert found is not None
        return found

    def describe(self) -> dict[str, object]:
        """The workout as an explanation's input (JSON-ready)."""
        return {
            "log": str(self.log.id) if self.log else None,
            "activity": str(self.activity.id) if self.activity else None,
            "start": self.start.isoformat(),
            "minutes": self.minutes,
            "rpe": self.log.rpe if self.log else None,
            "deviceLoad": self.activity.training_load if self.activity else None,
            "load": self.load,
            "source": self.source.value,
        }


def log_start(completed_at: datetime, duration_minutes: int | None) -> datetime:
    """When a logged workout started: its completion minus its duration (the completion without one)."""
    return completed_at - timedelta(minutes=duration_minutes or 0)


def workouts(
    logs: Iterable[LogRecord],
    activities: Iterable[ActivityRecord],
    *,
    timezone: ZoneInfo | str,
    prefer: LoadPreference,
) -> list[Workout]:
    """Every workout of the logs and activities (see the module docstring), oldest first."""
    zone = timezone if isinstance(timezone, ZoneInfo) else ZoneInfo(timezone)
    every = list(activities)
    by_session = {a.session_id: a for a in every if a.session_id is not None}
    paired: set[uuid.UUID] = set()
    found: list[Workout] = []
    for log in logs:
        activity = by_session.get(log.session_id) if log.session_id is not None else None
        if activity is not None:
            paired.add(activity.id)
        found.append(_workout(log, activity, zone, prefer))
    found.extend(_workout(None, a, zone, prefer) for a in every if a.id not in paired)
    return sorted(found, key=lambda w: (w.start, str(w.id)))


def _workout(
    log: LogRecord | None, activity: ActivityRecord | None, zone: ZoneInfo, prefer: LoadPreference
) -> Workout:
    device_minutes = activity.duration_seconds / 60.0 if activity is not None else None
    minutes: float | None = None
    if log is not None and log.duration_minutes is not None:
        minutes = float(log.duration_minutes)
    elif device_minutes is not None:
        minutes = device_minutes
    if activity is not None:
        start = activity.start_at
    else:
        assert log is not None
        start = log_start(log.completed_at, log.duration_minutes)
    load = session_load(
        rpe=log.rpe if log is not None else None,
        duration_minutes=minutes if log is not None and log.rpe is not None else None,
        device_load=activity.training_load if activity is not None else None,
        prefer=prefer,
    )
    return Workout(
        start=start,
        day=start.astimezone(zone).date(),
        minutes=minutes,
        load=load.value,
        source=load.source,
        kind=_kind(log, activity),
        log=log,
        activity=activity,
    )


def _kind(log: LogRecord | None, activity: ActivityRecord | None) -> str:
    """run, ride, swim, row, strength or other: the session's modality, else the activity's type."""
    if log is not None and log.modality in MODALITY_KINDS:
        return MODALITY_KINDS[log.modality]
    if log is not None and log.session_type == "strength":
        return "strength"
    if activity is not None:
        if activity.activity_type in STRENGTH_TYPES:
            return "strength"
        return ACTIVITY_KINDS.get(activity.activity_type, "other")
    return "other"


def loads_by_day(items: Sequence[Workout]) -> dict[date, list[Workout]]:
    """The workouts grouped by their local day."""
    grouped: dict[date, list[Workout]] = {}
    for item in items:
        grouped.setdefault(item.day, []).append(item)
    return grouped
