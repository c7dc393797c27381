"""Where a recomputation starts, per athlete, and the stored days it continues from.

Everything here is read set-based for a batch of athletes: one statement per kind of row,
whatever the batch's size.

The series of an athlete runs from the first day any input exists (a workout, a wellness
record, a check-in, feedback) to the athlete's local today. A recomputation asked from day X
starts on the Monday of the week of X - 1 (the weekly rollup of that week changes too; when X is
a Monday, the week that just closed gets its rollup and summary) and continues
from the stored days before it, unless it must start over from the first day: nothing stored
yet, the first input day moved, the stored days were computed with other parameters, or they
have a gap.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from tortoise import connections

from app import clock
from app.analytics.acwr import AcwrZone
from app.analytics.daily_readiness import DayValues
from app.analytics.monotony import WeekMonotony
from app.analytics.params import AnalyticsParams
from app.analytics.series import LoadDay, ModelDay
from app.core.times import local_date, week_of
from app.wellness.precedence import COACH_SOURCES, OWN_SOURCES, Precedence, precedence_of

_ATHLETES = f"""
SELECT p.id, p.timezone, p.coach_id, s.overrides::text AS overrides,
       {OWN_SOURCES.sql.replace('"athlete_profile"."id"', "p.id")} AS own,
       {COACH_SOURCES.sql.replace('"athlete_profile"."coach_id"', "p.coach_id")} AS coach,
       LEAST(
         (SELECT min(((l.completed_at - make_interval(mins => coalesce(l.duration_minutes, 0)))
                      AT TIME ZONE p.timezone)::date)
            FROM workout_log l WHERE l.athlete_id = p.id AND l.is_current),
         (SELECT min((a.start_at AT TIME ZONE p.timezone)::date) FROM activity a
           WHERE a.athlete_id = p.id AND a.duplicate_of_id IS NULL),
         (SELECT min(w.sample_date) FROM wellness_daily w WHERE w.athlete_id = p.id),
         (SELECT min(z.sleep_date) FROM sleep_session z WHERE z.athlete_id = p.id),
         (SELECT min(h.reading_date) FROM hrv_reading h WHERE h.athlete_id = p.id),
         (SELECT min(c.check_in_date) FROM check_in c WHERE c.athlete_id = p.id),
         (SELECT min((f.submitted_at AT TIME ZONE p.timezone)::date) FROM session_feedback f
           WHERE f.athlete_id = p.id)
       ) AS first_day,
       (SELECT min(d.day) FROM daily_training_load d WHERE d.athlete_id = p.id) AS stored_first,
       (SELECT max(d.day) FROM daily_training_load d WHERE d.athlete_id = p.id) AS stored_last
FROM athlete_profile p LEFT JOIN analytics_settings s ON s.coach_id = p.coach_id
WHERE p.id = ANY($1::uuid[])
"""  # noqa: S608 (fixed SQL fragments, no input)


@dataclass
class Athlete:
    """One athlete of a batch: zone, coach, parameters, source precedence and the range to compute."""

    id: uuid.UUID
    timezone: str
    coach_id: uuid.UUID
    params: AnalyticsParams
    precedence: Precedence
    first_day: date | None
    stored_first: date | None
    stored_last: date | None
    today: date
    start: date | None = None  # the first day to compute (None: nothing to compute)
    previous: list[LoadDay] = field(default_factory=list)
    previous_values: list[DayValues] = field(default_factory=list)

    @property
    def full(self) -> bool:
        """Whether this computation starts the series over from its first day."""
        return self.start is not None and self.start == self.first_day


async def load_athletes(ids: Sequence[uuid.UUID]) -> list[Athlete]:
    """The batch's athletes (those that still exist), with their parameters and stored range."""
    rows = await connections.get("default").execute_query_dict(_ATHLETES, [list(ids)])
    now = clock.now()
    found = []
    for row in rows:
        overrides = json.loads(row["overrides"]) if row["overrides"] else {}
        found.append(
            Athlete(
                id=row["id"],
                timezone=row["timezone"],
                coach_id=row["coach_id"],
                params=AnalyticsParams.from_overrides(overrides),
                precedence=precedence_of(row),
                first_day=row["first_day"],
                stored_first=row["stored_first"],
                stored_last=row["stored_last"],
                today=local_date(now, row["timezone"]),
            )
        )
    return sorted(found, key=lambda a: a.id)


def plan(athlete: Athlete, asked: date | None) -> None:
    """Set the first day to compute from the day asked (None: everything); see the module docstring."""
    first = athlete.first_day
    if first is None or first > athlete.today:
        athlete.start = None
        return
    start = first if asked is None else max(asked, first)
    if athlete.stored_last is not None and athlete.stored_last < start - timedelta(days=1):
        start = athlete.stored_last + timedelta(days=1)
    # the Monday of the day before: a start on a Monday recomputes the week that just closed
    start = max(first, week_of(start - timedelta(days=1))[0])
    if athlete.stored_first != first or athlete.stored_last is None:
        start = first
    athlete.start = min(start, athlete.today + timedelta(days=1))


_PREVIOUS_LOADS = """
SELECT d.athlete_id, d.day, d.series_index, d.load, d.acute, d.chronic, d.acwr, d.acwr_zone,
       d.tp_fitness, d.tp_fatigue, d.tp_form, d.tp_ramp, d.gc_fitness, d.gc_fatigue, d.gc_form, d.gc_ramp,
       d.weekly_load, d.week_sd, d.monotony, d.strain, d.params_hash
FROM daily_training_load d
JOIN unnest($1::uuid[], $2::date[], $3::date[]) AS b(athlete_id, first, until)
  ON d.athlete_id = b.athlete_id AND d.day >= b.first AND d.day < b.until
ORDER BY d.athlete_id, d.day
"""
_PREVIOUS_VALUES = """
SELECT r.athlete_id, r.day, r.hrv_value, r.resting_hr_value, r.params_hash
FROM daily_readiness r
JOIN unnest($1::uuid[], $2::date[], $3::date[]) AS b(athlete_id, first, until)
  ON r.athlete_id = b.athlete_id AND r.day >= b.first AND r.day < b.until
ORDER BY r.athlete_id, r.day
"""


async def load_previous(athletes: Sequence[Athlete]) -> None:
    """The stored days before each incremental start; an athlete whose stored days do not fit
    (other parameters, a gap) starts over from the first day instead."""
    partial = [a for a in athletes if a.start is not None and not a.full]
    if not partial:
        return
    conn = connections.get("default")
    ids = [a.id for a in partial]
    untils = [a.start for a in partial if a.start is not None]
    firsts = [
        max(a.first_day or until, until - timedelta(days=a.params.lookback_days))
        for a, until in zip(partial, untils, strict=True)
    ]
    loads = await conn.execute_query_dict(_PREVIOUS_LOADS, [ids, firsts, untils])
    values = await conn.execute_query_dict(_PREVIOUS_VALUES, [ids, firsts, untils])
    by_athlete: dict[uuid.UUID, list[dict[str, Any]]] = {}
    for row in loads:
        by_athlete.setdefault(row["athlete_id"], []).append(row)
    values_by: dict[uuid.UUID, list[dict[str, Any]]] = {}
    for row in values:
        values_by.setdefault(row["athlete_id"], []).append(row)
    for athlete, first, until in zip(partial, firsts, untils, strict=True):
        expected = (until - first).days
        mine, theirs = by_athlete.get(athlete.id, []), values_by.get(athlete.id, [])
        hashes = {r["params_hash"] for r in mine} | {r["params_hash"] for r in theirs}
        if len(mine) != expected or len(theirs) != expected or hashes - {athlete.params.hash}:
            athlete.start = athlete.first_day
            continue
        athlete.previous = [_load_day(r) for r in mine]
        athlete.previous_values = [
            DayValues(r["day"], hrv=r["hrv_value"], resting_hr=r["resting_hr_value"]) for r in theirs
        ]


def _load_day(row: dict[str, Any]) -> LoadDay:
    week = None
    if row["weekly_load"] is not None:
        week = WeekMonotony(
            weekly_load=row["weekly_load"],
            mean=row["weekly_load"] / 7,
            sd=row["week_sd"],
            monotony=row["monotony"],
            strain=row["strain"],
        )
    return LoadDay(
        day=row["day"],
        index=row["series_index"],
        load=row["load"],
        acute=row["acute"],
        chronic=row["chronic"],
        acwr=row["acwr"],
        zone=AcwrZone(row["acwr_zone"]) if row["acwr_zone"] else None,
        trainingpeaks=ModelDay(row["tp_fitness"], row["tp_fatigue"], row["tp_form"], row["tp_ramp"]),
        goldencheetah=ModelDay(row["gc_fitness"], row["gc_fatigue"], row["gc_form"], row["gc_ramp"]),
        week=week,
    )
