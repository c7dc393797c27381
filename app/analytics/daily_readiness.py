"""Daily readiness over a range of days: each morning's inputs gathered, then `readiness.readiness`.

What day D's readiness reads (each with the record it came from, so it can be explained):
- HRV and resting HR: the baselines of hrv.py and resting_hr.py on D, from the day values of the
  baseline's long window (the value of a day is the one source precedence chose);
- sleep score and stress: D's values (the night that ended on D);
- the ACWR zone of D - 1: readiness is the morning's, before D's own training;
- the latest check-in and the latest session feedback given on D or before (up to
  `feedback_max_age_days` old).
Like the load series, the range may start anywhere: `previous` carries the day values of the
stored days before it, and the result equals a computation from the series' first day.
"""

from __future__ import annotations

import uuid
from bisect import bisect_right
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TypeVar

from app.analytics.hrv import HrvReading, hrv_baseline_series
from app.analytics.params import AnalyticsParams
from app.analytics.readiness import CheckInValues, Feedback, Readiness, ReadinessInputs, readiness
from app.analytics.readiness_params import FeedbackKind
from app.analytics.resting_hr import RestingHrReading, resting_hr_baseline_series
from app.analytics.series import LoadDay

T = TypeVar("T")


@dataclass(frozen=True)
class DayValues:
    """One day's wellness values as chosen (HRV in ms of the configured statistic), their sources
    (field -> source) and the ids of the records they came from."""

    day: date
    hrv: float | None = None
    resting_hr: float | None = None
    sleep_score: float | None = None
    stress: float | None = None
    steps: float | None = None
    sources: Mapping[str, str] = field(default_factory=dict)
    records: tuple[str, ...] = ()


@dataclass(frozen=True)
class CheckInInput:
    """A morning check-in (its 1-5 scales) and its id."""

    id: uuid.UUID
    day: date
    energy: int
    soreness: int
    sleep_quality: int
    stress: int


@dataclass(frozen=True)
class FeedbackInput:
    """Session feedback, dated by the athlete-local day it was given."""

    id: uuid.UUID
    day: date
    submitted_at: datetime
    kind: FeedbackKind
    energy: int | None
    soreness: int | None


@dataclass(frozen=True)
class ReadinessDay:
    """Day D's readiness, what it read, and the load day whose ACWR zone it used (D - 1)."""

    day: date
    result: Readiness
    values: DayValues
    load_day: LoadDay | None
    check_in: CheckInInput | None
    feedback: FeedbackInput | None


def readiness_days(
    days: Sequence[DayValues],
    *,
    previous: Sequence[DayValues],
    load_days: Mapping[date, LoadDay],
    check_ins: Sequence[CheckInInput],
    feedback: Sequence[FeedbackInput],
    params: AnalyticsParams,
) -> list[ReadinessDay]:
    """Readiness for each of `days` (continuous, oldest first).

    `previous`: the day values of the days before (the baseline window); `load_days`: at
    least the day before each day; `check_ins` and `feedback`: those that may be the latest on
    one of the days (any order).
    """
    every = [*previous, *days]
    targets = [d.day for d in days]
    hrv = hrv_baseline_series(
        [HrvReading(v.day, v.hrv, params.hrv_metric) for v in every if v.hrv is not None], targets, params.hrv
    )
    rhr = resting_hr_baseline_series(
        [RestingHrReading(v.day, v.resting_hr) for v in every if v.resting_hr is not None],
        targets,
        params.resting_hr,
    )
    latest_check_in = _latest(sorted(check_ins, key=lambda c: (c.day, str(c.id))), lambda c: c.day)
    latest_feedback = _latest(
        sorted(feedback, key=lambda f: (f.day, f.submitted_at, str(f.id))), lambda f: f.day
    )
    result = []
    for values, hrv_day, rhr_day in zip(days, hrv, rhr, strict=True):
        load_day = load_days.get(values.day - timedelta(days=1))
        check_in = _recent(latest_check_in(values.day), values.day, params)
        given = _recent(latest_feedback(values.day), values.day, params)
        wellness_day = values.day if values.sleep_score is not None or values.stress is not None else None
        inputs = ReadinessInputs(
            today=values.day,
            hrv=hrv_day,
            resting_hr=rhr_day,
            sleep_score=values.sleep_score,
            stress_score=values.stress,
            wellness_day=wellness_day,
            acwr_zone=load_day.zone if load_day is not None else None,
            feedback=_feedback(given),
            check_in=_check_in(check_in),
        )
        outcome = readiness(inputs, params.readiness)
        result.append(ReadinessDay(values.day, outcome, values, load_day, check_in, given))
    return result


def _latest(items: list[T], day_of: Callable[[T], date]) -> Callable[[date], T | None]:
    """A lookup of the last item dated on or before a day (items sorted by day)."""
    keys = [day_of(item) for item in items]

    def find(day: date) -> T | None:
        at = bisect_right(keys, day)
        return items[at - 1] if at else None

    return find


C = TypeVar("C", "CheckInInput", "FeedbackInput")


def _recent(found: C | None, day: date, params: AnalyticsParams) -> C | None:
    """The check-in or feedback if it is recent enough to be read (`feedback_max_age_days`)."""
    return found if found is not None and (day - found.day).days <= params.feedback_max_age_days else None


def _feedback(given: FeedbackInput | None) -> Feedback | None:
    if given is None:
        return None
    return Feedback(day=given.day, kind=given.kind, energy=given.energy, soreness=given.soreness)


def _check_in(found: CheckInInput | None) -> CheckInValues | None:
    if found is None:
        return None
    return CheckInValues(found.day, found.energy, found.soreness, found.sleep_quality, found.stress)
