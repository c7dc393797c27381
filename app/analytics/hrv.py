"""HRV baseline: the 7-day mean of ln rMSSD (or ln SDNN, never both) against the 60-day norm."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from app.analytics.baseline import Baseline, DailyValue, Windows, baseline_series, compare_to_baseline


class HrvMetric(StrEnum):
    """The HRV statistic a reading reports; the two are on different scales and never share a baseline."""

    RMSSD = "rmssd"
    SDNN = "sdnn"


@dataclass(frozen=True)
class HrvReading:
    """One morning (or night) HRV value in milliseconds, with its statistic."""

    day: date
    value_ms: float
    metric: HrvMetric


@dataclass(frozen=True)
class HrvParams:
    """The statistic to use, windows and band (`Windows`), and the plausible range of a reading.

    Defaults: 7-day mean against the 60-day mean and sample SD, band 0.5 SD (the smallest
    worthwhile change), at least 3 valid readings in the 7 days (DESIGN.md) and 14 in the
    60 (this project's choice: fewer make the SD, and so the band, too unsteady). Readings
    outside `valid_ms` are artefacts (a failed measurement: 0, or missed beats
    read as huge intervals), not physiology; the limits are deliberately generous and are
    not from a published source.
    """

    metric: HrvMetric = HrvMetric.RMSSD
    windows: Windows = field(default_factory=Windows)
    valid_ms: tuple[float, float] = (3.0, 300.0)

    def __post_init__(self) -> None:
        low, high = self.valid_ms
        if not (0 < low < high):
            raise ValueError("valid_ms must satisfy 0 < low < high")


@dataclass(frozen=True)
class HrvBaseline:
    """The comparison in ln(ms) units, the statistic used, and the days whose reading was an artefact."""

    metric: HrvMetric
    baseline: Baseline
    rejected_days: tuple[date, ...]


def hrv_baseline(
    readings: Iterable[HrvReading], *, today: date, params: HrvParams | None = None
) -> HrvBaseline:
    """ln-transformed HRV: the 7-day rolling mean against the 60-day mean +/- 0.5 SD.

    Plews DJ, Laursen PB, Kilding AE, Buchheit M. Eur J Appl Physiol 2012;112(11):3729-3741
    and Plews DJ et al. Sports Med 2013;43(9):773-781 (the 7-day rolling average of
    ln rMSSD, with 0.5 SD as the smallest worthwhile change); HRV-guided training after
    Kiviniemi AM et al. Eur J Appl Physiol 2007;101(6):743-751. The log makes the skewed
    HRV distribution closer to normal. Takes readings of `params.metric` only: a reading of
    the other statistic raises ValueError, since rMSSD and SDNN are never mixed. A single
    odd but plausible night is kept: the 7-day mean is what dampens it. Missing days are
    gaps, not zeros; `baseline.short_count` counts the valid readings of the last 7 days.
    """
    p = params or HrvParams()
    kept, rejected = _split(readings, p)
    baseline = compare_to_baseline(kept, today=today, windows=p.windows)
    return HrvBaseline(metric=p.metric, baseline=baseline, rejected_days=tuple(sorted(rejected)))


def _split(readings: Iterable[HrvReading], p: HrvParams) -> tuple[list[DailyValue], list[date]]:
    """The valid readings as ln values, and the days whose reading was an artefact."""
    low, high = p.valid_ms
    kept: list[DailyValue] = []
    rejected: list[date] = []
    for r in readings:
        if r.metric is not p.metric:
            raise ValueError(
                f"a {r.metric.value} reading on {r.day} given to a {p.metric.value} baseline: "
                "rMSSD and SDNN are never mixed"
            )
        if math.isfinite(r.value_ms) and low <= r.value_ms <= high:
            kept.append(DailyValue(r.day, math.log(r.value_ms)))
        else:
            rejected.append(r.day)
    return kept, rejected


def hrv_baseline_series(
    readings: Sequence[HrvReading], days: Sequence[date], params: HrvParams | None = None
) -> list[HrvBaseline]:
    """`hrv_baseline` for each of `days`, given the readings (sorted by day, one a day) of the series.

    Day t's result equals `hrv_baseline` of the readings in t's long window (days
    t - long_days + 1 .. t), whose artefacts are its `rejected_days`.
    """
    p = params or HrvParams()
    kept, rejected = _split(readings, p)
    baselines = baseline_series(kept, days, windows=p.windows)
    return [HrvBaseline(p.metric, b, _in_window(rejected, b.today, p.windows.long_days)) for b in baselines]


def _in_window(days: list[date], today: date, long_days: int) -> tuple[date, ...]:
    first = today - timedelta(days=long_days - 1)
    return tuple(d for d in days if first <= d <= today)
