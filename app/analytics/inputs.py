"""The inputs of a recomputation, read set-based for a batch of athletes from each one's start day.

One statement per kind of input for the whole batch: current workout logs (with their planned
session), device activities (not duplicates), daily wellness, sleep sessions, HRV readings,
check-ins, session feedback and planned sessions. A log or an activity before the start day is
read too when its partner (the same session's activity or log) is on or after it, so a workout
is never split in two (workouts.py).

The day values of readiness (daily_readiness.DayValues) are chosen here, field by field, by the
athlete's source precedence (app/wellness/precedence.py): the daily summaries first; HRV from a
morning (or overnight) reading when no summary has it; a sleep score from the night's sleep
session when no summary has one.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from tortoise import connections

from app.analytics.daily_readiness import CheckInInput, DayValues, FeedbackInput
from app.analytics.readiness_params import FeedbackKind
from app.analytics.state import Athlete
from app.analytics.workouts import ActivityRecord, LogRecord

_BATCH = """
WITH b AS (
  SELECT b.athlete_id, b.first, (b.first::timestamp AT TIME ZONE p.timezone) AS since,
         ((b.first - b.subjective_days)::timestamp AT TIME ZONE p.timezone) AS subjective_since,
         b.first - b.subjective_days AS subjective_first, p.timezone
  FROM unnest($1::uuid[], $2::date[], $3::int[]) AS b(athlete_id, first, subjective_days)
  JOIN athlete_profile p ON p.id = b.athlete_id
)
"""
_LOGS = (
    _BATCH  # noqa: S608 (fixed SQL, no input)
    + """
SELECT l.id, l.athlete_id, l.session_id, l.completed_at, l.duration_minutes, l.rpe,
       l.actual_data::text AS actual_data, s.session_type, s.modality, s.intensity,
       s.prescription->'intensity'->>'zone' AS zone
FROM workout_log l JOIN b ON l.athlete_id = b.athlete_id
LEFT JOIN training_session s ON s.id = l.session_id
WHERE l.is_current AND (l.completed_at >= b.since OR l.session_id IN (
  SELECT a.planned_session_id FROM activity a
   WHERE a.athlete_id = b.athlete_id AND a.duplicate_of_id IS NULL AND a.start_at >= b.since))
"""
)
_ACTIVITIES = (
    _BATCH  # noqa: S608 (fixed SQL, no input)
    + """
SELECT a.id, a.athlete_id, a.planned_session_id, a.start_at, a.duration_seconds, a.training_load,
       a.activity_type, a.distance_meters
FROM activity a JOIN b ON a.athlete_id = b.athlete_id
WHERE a.duplicate_of_id IS NULL AND (a.start_at >= b.since OR a.planned_session_id IN (
  SELECT l.session_id FROM workout_log l
   WHERE l.athlete_id = b.athlete_id AND l.is_current AND l.completed_at >= b.since))
"""
)
_WELLNESS = (
    _BATCH
    + """
SELECT w.id, w.athlete_id, w.sample_date AS day, w.source, w.resting_hr, w.hrv_rmssd, w.hrv_sdnn,
       w.sleep_score, w.stress, w.steps
FROM wellness_daily w JOIN b ON w.athlete_id = b.athlete_id AND w.sample_date >= b.first
"""
)
_SLEEP = (
    _BATCH
    + """
SELECT z.id, z.athlete_id, z.sleep_date AS day, z.source, z.sleep_score
FROM sleep_session z JOIN b ON z.athlete_id = b.athlete_id AND z.sleep_date >= b.first
WHERE z.sleep_score IS NOT NULL
"""
)
_HRV = (
    _BATCH
    + """
SELECT h.id, h.athlete_id, h.reading_date AS day, h.source, h.metric, h.value, h.taken_at
FROM hrv_reading h JOIN b ON h.athlete_id = b.athlete_id AND h.reading_date >= b.first
WHERE h.context IN ('morning', 'sleep') AND h.metric IN ('rmssd', 'sdnn')
"""
)
_CHECK_INS = (
    _BATCH
    + """
SELECT c.id, c.athlete_id, c.check_in_date AS day, c.energy, c.soreness, c.sleep_quality, c.stress
FROM check_in c JOIN b ON c.athlete_id = b.athlete_id AND c.check_in_date >= b.subjective_first
"""
)
_FEEDBACK = (
    _BATCH
    + """
SELECT f.id, f.athlete_id, (f.submitted_at AT TIME ZONE b.timezone)::date AS day, f.submitted_at,
       f.feedback_type, f.energy, f.soreness
FROM session_feedback f JOIN b ON f.athlete_id = b.athlete_id AND f.submitted_at >= b.subjective_since
"""
)
_SESSIONS = (
    _BATCH
    + """
SELECT s.id, s.athlete_id, s.program_id, s.scheduled_at, s.status, s.session_type, s.modality,
       s.intensity, s.prescription->'intensity'->>'zone' AS zone, s.duration_minutes
FROM training_session s JOIN b ON s.athlete_id = b.athlete_id AND s.scheduled_at >= b.since
"""
)


@dataclass
class Inputs:
    """One athlete's inputs from their start day."""

    logs: list[LogRecord] = field(default_factory=list)
    activities: list[ActivityRecord] = field(default_factory=list)
    wellness: list[dict[str, Any]] = field(default_factory=list)
    sleep: list[dict[str, Any]] = field(default_factory=list)
    hrv: list[dict[str, Any]] = field(default_factory=list)
    check_ins: list[CheckInInput] = field(default_factory=list)
    feedback: list[FeedbackInput] = field(default_factory=list)
    sessions: list[dict[str, Any]] = field(default_factory=list)


async def read_inputs(athletes: Sequence[Athlete]) -> dict[uuid.UUID, Inputs]:
    """The inputs of every athlete of the batch with something to compute (eight statements)."""
    todo = [a for a in athletes if a.start is not None]
    found = {a.id: Inputs() for a in todo}
    if not todo:
        return found
    params = [[a.id for a in todo], [a.start for a in todo], [a.params.feedback_max_age_days for a in todo]]
    conn = connections.get("default")
    for row in await conn.execute_query_dict(_LOGS, params):
        found[row["athlete_id"]].logs.append(_log(row))
    for row in await conn.execute_query_dict(_ACTIVITIES, params):
        found[row["athlete_id"]].activities.append(_activity(row))
    for sql, name in ((_WELLNESS, "wellness"), (_SLEEP, "sleep"), (_HRV, "hrv"), (_SESSIONS, "sessions")):
        for row in await conn.execute_query_dict(sql, params):
            getattr(found[row["athlete_id"]], name).append(row)
    for row in await conn.execute_query_dict(_CHECK_INS, params):
        found[row["athlete_id"]].check_ins.append(
            CheckInInput(
                row["id"], row["day"], row["energy"], row["soreness"], row["sleep_quality"], row["stress"]
            )
        )
    for row in await conn.execute_query_dict(_FEEDBACK, params):
        found[row["athlete_id"]].feedback.append(
            FeedbackInput(
                row["id"],
                row["day"],
                row["submitted_at"],
                FeedbackKind(row["feedback_type"]),
                row["energy"],
                row["soreness"],
            )
        )
    return found


def _zone(value: Any) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _log(row: dict[str, Any]) -> LogRecord:
    return LogRecord(
        id=row["id"],
        session_id=row["session_id"],
        completed_at=row["completed_at"],
        duration_minutes=row["duration_minutes"],
        rpe=row["rpe"],
        session_type=row["session_type"],
        modality=row["modality"],
        intensity=row["intensity"],
        zone=_zone(row["zone"]),
        actual_data=json.loads(row["actual_data"]) if row["actual_data"] else None,
    )


def _activity(row: dict[str, Any]) -> ActivityRecord:
    return ActivityRecord(
        id=row["id"],
        session_id=row["planned_session_id"],
        start_at=row["start_at"],
        duration_seconds=row["duration_seconds"],
        training_load=row["training_load"],
        activity_type=row["activity_type"],
        distance_meters=row["distance_meters"],
    )


def day_values(athlete: Athlete, inputs: Inputs, first: date, last: date) -> list[DayValues]:
    """Every day from `first` to `last` with its chosen values (empty days included)."""
    rank = athlete.precedence.rank
    metric_column = f"hrv_{athlete.params.hrv_metric.value}"
    wellness = _by_day(inputs.wellness, rank)
    sleep = _by_day(inputs.sleep, rank)
    readings = _by_day(
        [r for r in inputs.hrv if r["metric"] == athlete.params.hrv_metric.value],
        rank,
        then="taken_at",
    )
    days = []
    day = first
    while day <= last:
        days.append(
            _values(day, wellness.get(day, []), sleep.get(day, []), readings.get(day, []), metric_column)
        )
        day += timedelta(days=1)
    return days


def _by_day(rows: list[dict[str, Any]], rank: Any, then: str = "id") -> dict[date, list[dict[str, Any]]]:
    grouped: dict[date, list[dict[str, Any]]] = {}
    for row in sorted(rows, key=lambda r: (r["day"], rank(r["source"]), str(r[then]))):
        grouped.setdefault(row["day"], []).append(row)
    return grouped


_FIELDS = (
    ("resting_hr", "resting_hr"),
    ("sleep_score", "sleep_score"),
    ("stress", "stress"),
    ("steps", "steps"),
)


def _values(
    day: date,
    wellness: list[dict[str, Any]],
    sleep: list[dict[str, Any]],
    readings: list[dict[str, Any]],
    metric_column: str,
) -> DayValues:
    chosen: dict[str, float] = {}
    sources: dict[str, str] = {}
    records: list[str] = []

    def take(name: str, value: Any, row: dict[str, Any], kind: str) -> None:
        chosen[name] = float(value)
        sources[name] = row["source"]
        record = f"{kind}:{row['id']}"
        if record not in records:
            records.append(record)

    for name, column in (("hrv", metric_column), *_FIELDS):
        row = next((r for r in wellness if r[column] is not None), None)
        if row is not None:
            take(name, row[column], row, "wellness_daily")
    if "hrv" not in chosen and readings:
        take("hrv", readings[0]["value"], readings[0], "hrv_reading")
    if "sleep_score" not in chosen and sleep:
        take("sleep_score", sleep[0]["sleep_score"], sleep[0], "sleep_session")
    return DayValues(
        day=day,
        hrv=chosen.get("hrv"),
        resting_hr=chosen.get("resting_hr"),
        sleep_score=chosen.get("sleep_score"),
        stress=chosen.get("stress"),
        steps=chosen.get("steps"),
        sources=sources,
        records=tuple(records),
    )
