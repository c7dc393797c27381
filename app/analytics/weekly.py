"""The weekly rollup (seed 002's weekly_metrics) and the rule-based weekly summary (seed 004's
AIWeeklySummary) of one athlete-local week, Monday to Sunday.

No model writes them: fixed rules do, and each finding carries the numbers and the rule that
produced it (`reasoning`), so a coach can check every sentence. The rules and their sources:

- adherence = completed / planned sessions of the week (seed 004's adherenceRate, 0-1);
- volume: strength tonnage (volume.py), endurance minutes and kilometres (volume.py for logs, the
  device's duration and distance for activities without a log), total load (sum of daily loads);
- weekly load change over the week before: more than 10% is a spike (seed 003's "weekly ramp
  rate, > 10% = risky", the common "10% rule", a rule of thumb rather than a proven threshold);
- monotony above 2.0 at the week's end: Foster (1998) associated it with illness and overtraining;
- form (TSB) below -30 at the week's end: beyond the -10..-30 "productive" band of TrainingPeaks'
  PMC guidance (Coggan), above +25 fresh enough to be losing fitness;
- the ACWR zone at the week's end (acwr.py's contested zones);
- red flags of the week's readiness, hard and painful sessions, RPE of 9 or more in strength work.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.analytics.acwr import AcwrZone
from app.analytics.daily_readiness import FeedbackInput, ReadinessDay
from app.analytics.params import AnalyticsParams
from app.analytics.series import LoadDay
from app.analytics.volume import endurance_volume, strength_tonnage
from app.analytics.workouts import Workout

DISCLAIMER = (
    "This summary is produced by fixed rules from logged training and wearable data; every finding "
    "shows the numbers behind it. It is not medical advice: for pain, illness or injury, see a "
    "qualified professional."
)
SPIKE = 0.10
HIGH_MONOTONY = 2.0
DEEP_FATIGUE = -30.0
VERY_FRESH = 25.0
HARD_RPE = 9
LOW_ADHERENCE = 0.7
ENDURANCE_KINDS = ("run", "ride", "swim", "row")


@dataclass(frozen=True)
class PlannedSession:
    """A planned session of the week: its id, status, type, and planned intensity."""

    id: str
    program_id: str
    day: date
    status: str
    session_type: str
    intensity: str | None
    zone: int | None


@dataclass(frozen=True)
class Week:
    """Everything one week's rollup and summary read."""

    start: date
    end: date
    complete: bool
    sessions: Sequence[PlannedSession]
    workouts: Sequence[Workout]
    load_days: Sequence[LoadDay]
    readiness: Sequence[ReadinessDay]
    feedback: Sequence[FeedbackInput]
    previous_load: float | None
    params: AnalyticsParams


@dataclass
class Volume:
    """A week's volume by kind of workout."""

    counts: Counter[str] = field(default_factory=Counter)
    minutes: dict[str, float] = field(default_factory=lambda: dict.fromkeys(ENDURANCE_KINDS, 0.0))
    km: dict[str, float] = field(default_factory=lambda: dict.fromkeys(ENDURANCE_KINDS, 0.0))
    tonnage: float = 0.0
    strength_load: float = 0.0
    vo2: int = 0
    tempo: int = 0
    long_runs: int = 0


def volume_of(workouts: Sequence[Workout], params: AnalyticsParams) -> Volume:
    """Counts, minutes, kilometres, tonnage and the interval, tempo and long sessions of a week."""
    v = Volume()
    for w in workouts:
        v.counts[w.kind] += 1
        minutes, km = _endurance(w)
        if w.kind in ENDURANCE_KINDS:
            v.minutes[w.kind] += minutes or 0.0
            v.km[w.kind] += km or 0.0
        if w.kind == "strength":
            v.tonnage += _tonnage(w)
            v.strength_load += w.load or 0.0
        zone = w.log.zone if w.log is not None else None
        intensity = w.log.intensity if w.log is not None else None
        if w.kind in ENDURANCE_KINDS and (zone == 5 or (zone is None and intensity in ("hard", "max"))):
            v.vo2 += 1
        elif w.kind in ENDURANCE_KINDS and (zone in (3, 4) or (zone is None and intensity == "moderate")):
            v.tempo += 1
        if w.kind == "run" and (minutes or 0.0) >= params.long_run_minutes:
            v.long_runs += 1
    return v


def _endurance(w: Workout) -> tuple[float | None, float | None]:
    """Minutes and km: the log's actual data (volume.py), else the device's duration and distance."""
    if w.log is not None and isinstance(w.log.actual_data, dict) and "modality" in w.log.actual_data:
        try:
            found = endurance_volume(w.log.actual_data)
            return found.minutes, found.distance_km
        except ValueError:
            pass
    if w.activity is not None:
        meters = w.activity.distance_meters
        return w.activity.duration_seconds / 60.0, meters / 1000.0 if meters is not None else None
    return w.minutes, None


def _tonnage(w: Workout) -> float:
    if w.log is None or not isinstance(w.log.actual_data, dict) or "exercises" not in w.log.actual_data:
        return 0.0
    try:
        return strength_tonnage(w.log.actual_data)
    except ValueError:
        return 0.0


def _mean(values: Sequence[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return math.fsum(present) / len(present) if present else None


def rollup(week: Week) -> dict[str, Any]:
    """The week's rollup: seed 002's weekly_metrics fields (a dict of the stored columns)."""
    v = volume_of(week.workouts, week.params)
    convention = week.params.fitness_convention
    models = [d.model(convention) for d in week.load_days]
    values = [r.values for r in week.readiness]
    return {
        "run_count": v.counts["run"],
        "run_distance_km": v.km["run"],
        "run_minutes": v.minutes["run"],
        "ride_count": v.counts["ride"],
        "ride_distance_km": v.km["ride"],
        "ride_minutes": v.minutes["ride"],
        "swim_count": v.counts["swim"],
        "swim_minutes": v.minutes["swim"],
        "other_count": v.counts["row"] + v.counts["other"],
        "vo2_sessions": v.vo2,
        "tempo_sessions": v.tempo,
        "long_runs": v.long_runs,
        "strength_count": v.counts["strength"],
        "strength_load": v.strength_load,
        "strength_tonnage": v.tonnage,
        "total_load": math.fsum(d.load for d in week.load_days),
        "ctl_mean": _mean([m.fitness for m in models]),
        "atl_mean": _mean([m.fatigue for m in models]),
        "ramp_rate_mean": _mean([m.ramp for m in models]),
        "rest_hr_mean": _mean([x.resting_hr for x in values]),
        "steps_mean": _mean([x.steps for x in values]),
        "sleep_score_mean": _mean([x.sleep_score for x in values]),
        "hrv_mean": _mean([x.hrv for x in values]),
        "convention": convention.value,
    }


def week_inputs(week: Week) -> dict[str, Any]:
    """The ids a week's rollup and summary read (JSON-ready)."""
    return {
        "sessions": [s.id for s in week.sessions],
        "logs": [str(w.log.id) for w in week.workouts if w.log is not None],
        "activities": [str(w.activity.id) for w in week.workouts if w.activity is not None],
        "feedback": [str(f.id) for f in week.feedback],
        "days": [d.day.isoformat() for d in week.load_days],
        "previousWeekLoad": week.previous_load,
    }


def adherence(week: Week) -> tuple[float | None, int, int, int, str]:
    """(rate, planned, completed, skipped, reasoning) of the week's planned sessions."""
    planned = len(week.sessions)
    completed = sum(1 for s in week.sessions if s.status == "completed")
    skipped = sum(1 for s in week.sessions if s.status == "skipped")
    if planned == 0:
        return None, 0, 0, 0, "No sessions were planned this week, so there is no adherence to measure."
    rate = completed / planned
    open_ = planned - completed - skipped
    reasoning = f"{completed} of {planned} planned sessions were completed ({rate:.0%}); {skipped} skipped"
    reasoning += f", {open_} not done." if open_ else "."
    return rate, planned, completed, skipped, reasoning


def last_day(week: Week) -> LoadDay | None:
    """The week's last computed day (its Sunday once the week has closed)."""
    return week.load_days[-1] if week.load_days else None


def flag_days(week: Week) -> Counter[str]:
    """How many days of the week carried each red flag."""
    return Counter(flag.value for r in week.readiness for flag in r.result.red_flags)


def week_load(week: Week) -> float:
    return math.fsum(d.load for d in week.load_days)


def zone_text(zone: AcwrZone | None, ratio: float | None, p: AnalyticsParams) -> str:
    if zone is None or ratio is None:
        return "ACWR is not available yet (it needs 28 days of history)"
    bands = {
        AcwrZone.UNDER: f"under {p.acwr_sweet_spot_low:g}",
        AcwrZone.SWEET_SPOT: f"{p.acwr_sweet_spot_low:g}-{p.acwr_sweet_spot_high:g}",
        AcwrZone.CAUTION: f"{p.acwr_sweet_spot_high:g}-{p.acwr_danger_above:g}",
        AcwrZone.DANGER: f"above {p.acwr_danger_above:g}",
    }
    return f"ACWR {ratio:.2f} ({zone.value.replace('_', ' ')}: {bands[zone]}; contested thresholds)"
