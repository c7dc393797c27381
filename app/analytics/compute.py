"""One athlete's recomputation in memory: workouts, the load series, readiness and the closed weeks.

No database access: `state.py` and `inputs.py` read, `store.py` writes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from app.analytics.daily_load import TimedLoad, daily_loads, load_values
from app.analytics.daily_readiness import ReadinessDay, readiness_days
from app.analytics.inputs import Inputs, day_values
from app.analytics.series import LoadDay, load_days
from app.analytics.state import Athlete
from app.analytics.weekly import PlannedSession, Week, rollup, week_inputs
from app.analytics.weekly_rules import summary
from app.analytics.workouts import Workout, loads_by_day, workouts
from app.core.times import local_date, week_of


@dataclass
class WeekResult:
    """A week's rollup and summary columns, and the program most of its sessions belong to."""

    start: date
    end: date
    program_id: str | None
    metrics: dict[str, Any]
    summary: dict[str, Any]
    inputs: dict[str, Any]


@dataclass
class Computed:
    """What one athlete's recomputation produced, from `athlete.start` to their local today."""

    athlete: Athlete
    loads: list[LoadDay] = field(default_factory=list)
    workouts: dict[date, list[Workout]] = field(default_factory=dict)
    readiness: list[ReadinessDay] = field(default_factory=list)
    weeks: list[WeekResult] = field(default_factory=list)


def compute(athlete: Athlete, inputs: Inputs, *, current_week: bool = False) -> Computed:
    """The athlete's series from their start day through today, and every week closed since
    (with `current_week`, also the week running today, marked incomplete)."""
    result = Computed(athlete)
    start, end = athlete.start, athlete.today
    if start is None or start > end:
        return result
    p = athlete.params
    every = workouts(inputs.logs, inputs.activities, timezone=athlete.timezone, prefer=p.load_preference)
    mine = [w for w in every if start <= w.day <= end]
    result.workouts = loads_by_day(mine)
    timed = [TimedLoad(w.start, w.load) for w in mine if w.load is not None]
    series = daily_loads(timed, timezone=athlete.timezone, start=start, end=end)
    result.loads = load_days(start, load_values(series), p, athlete.previous)
    known = {d.day: d for d in [*athlete.previous[-1:], *result.loads]}
    result.readiness = readiness_days(
        day_values(athlete, inputs, start, end),
        previous=athlete.previous_values[-(p.baseline_long_days - 1) :] if p.baseline_long_days > 1 else [],
        load_days=known,
        check_ins=inputs.check_ins,
        feedback=inputs.feedback,
        params=p,
    )
    result.weeks = _weeks(result, inputs, current_week)
    return result


def _weeks(result: Computed, inputs: Inputs, current_week: bool) -> list[WeekResult]:
    """Every closed week (its Sunday before today) that starts on or after the first computed day's
    Monday, and the running week when asked."""
    athlete = result.athlete
    assert athlete.start is not None
    monday = week_of(athlete.start)[0]
    weeks = []
    sessions = [_planned(row, athlete.timezone) for row in inputs.sessions]
    loads = {d.day: d for d in [*athlete.previous, *result.loads]}
    readiness = {r.day: r for r in result.readiness}
    while monday + timedelta(days=6) < athlete.today or (current_week and monday <= athlete.today):
        sunday = monday + timedelta(days=6)
        days = [monday + timedelta(days=i) for i in range(7)]
        week = Week(
            start=monday,
            end=sunday,
            complete=sunday < athlete.today,
            sessions=[s for s in sessions if monday <= s.day <= sunday],
            workouts=[w for d in days for w in result.workouts.get(d, [])],
            load_days=[loads[d] for d in days if d in loads],
            readiness=[readiness[d] for d in days if d in readiness],
            feedback=[f for f in inputs.feedback if monday <= f.day <= sunday],
            previous_load=_previous_week_load(loads.get(monday - timedelta(days=1))),
            params=athlete.params,
        )
        weeks.append(_week_result(week))
        monday += timedelta(days=7)
    return weeks


def _previous_week_load(sunday: LoadDay | None) -> float | None:
    return sunday.week.weekly_load if sunday is not None and sunday.week is not None else None


def _planned(row: dict[str, Any], timezone: str) -> PlannedSession:
    zone = row.get("zone")
    return PlannedSession(
        id=str(row["id"]),
        program_id=str(row["program_id"]),
        day=local_date(row["scheduled_at"], timezone),
        status=row["status"],
        session_type=row["session_type"],
        intensity=row["intensity"],
        zone=int(zone) if isinstance(zone, str) and zone.isdigit() else None,
    )


def week_result(week: Week) -> WeekResult:
    """A week's rollup and summary (for a week computed on demand)."""
    return _week_result(week)


def _week_result(week: Week) -> WeekResult:
    programs = [s.program_id for s in week.sessions]
    program = max(set(programs), key=lambda p: (programs.count(p), p)) if programs else None
    return WeekResult(week.start, week.end, program, rollup(week), summary(week), week_inputs(week))
