"""Resting heart rate baseline: the 7-day mean against the 60-day mean and a band."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from app.analytics.baseline import Baseline, DailyValue, Windows, baseline_series, compare_to_baseline


@dataclass(frozen=True)
class RestingHrReading:
    """One day's resting heart rate in beats per minute."""

    day: date
    bpm: float


@dataclass(frozen=True)
class RestingHrParams:
    """Windows and band (`Windows`) and the plausible range of a reading.

    Defaults mirror the HRV baseline (7 against 60 days, band 0.5 SD, 3 and 14 readings at
    least) so the two factors read the same way; the band width for resting HR is a
    convention borrowed from the HRV literature, not a published resting-HR threshold.
    Readings outside `valid_bpm` are artefacts, with generous limits not from a source.
    """

    windows: Windows = field(default_factory=Windows)
    valid_bpm: tuple[float, float] = (25.0, 150.0)

    def __post_init__(self) -> None:
        low, high = self.valid_bpm
        if not (0 < low < high):
            raise ValueError("valid_bpm must satisfy 0 < low < high")


@dataclass(frozen=True)
class RestingHrBaseline:
    """The comparison in bpm and the days whose reading was an artefact. ABOVE is the warning side."""

    baseline: Baseline
    rejected_days: tuple[date, ...]


def resting_hr_baseline(
    readings: Iterable[RestingHrReading], *, today: date, params: RestingHrParams | None = None
) -> RestingHrBaseline:
    """Resting HR: the 7-day mean against the 60-day mean +/- `band_sd` x SD, in bpm.

    Buchheit M. "Monitoring training status with HR measures: do all roads lead to Rome?"
    Front Physiol 2014;5:73: resting HR is a noisy day-to-day marker, read as a trend
    against the athlete's own norm, and a rise above it can reflect fatigue, illness or
    heat (a fall is ambiguous as well). Missing days are gaps, not zeros.
    """
    p = params or RestingHrParams()
    kept, rejected = _split(readings, p)
    baseline = compare_to_baseline(kept, today=today, windows=p.windows)
    return RestingHrBaseline(baseline=baseline, rejected_days=tuple(sorted(rejected)))


def _split(readings: Iterable[RestingHrReading], p: RestingHrParams) -> tuple[list[DailyValue], list[date]]:
    low, high = p.valid_bpm
    kept: list[DailyValue] = []
    rejected: list[date] = []
    for r in readings:
        if math.isfinite(r.bpm) and low <= r.bpm <= high:
            kept.append(DailyValue(r.day, float(r.bpm)))
        else:
            rejected.append(r.day)
    return kept, rejected


def resting_hr_baseline_series(
    readings: Sequence[RestingHrReading], days: Sequence[date], params: RestingHrParams | None = None
) -> list[RestingHrBaseline]:
    """`resting_hr_baseline` for each of `days` (readings sorted by day, one a day); day t's result
    equals `resting_hr_baseline` of the readings in its long window."""
    p = params or RestingHrParams()
    kept, rejected = _split(readings, p)
    first = p.windows.long_days - 1
    return [
        RestingHrBaseline(b, tuple(d for d in rejected if b.today - timedelta(days=first) <= d <= b.today))
        for b in baseline_series(kept, days, windows=p.windows)
    ]
