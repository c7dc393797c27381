"""A short-window mean compared with a long-window baseline and its band (HRV, resting HR)."""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from itertools import pairwise

from app.analytics.stats import SdKind, mean, standard_deviation


class Band(StrEnum):
    """Where the short-window mean lies against the baseline band."""

    BELOW = "below"
    WITHIN = "within"
    ABOVE = "above"


@dataclass(frozen=True)
class DailyValue:
    """One day's value (already transformed, e.g. ln rMSSD)."""

    day: date
    value: float


@dataclass(frozen=True)
class Windows:
    """Window lengths (days, both ending today), band width in SDs and the minimum values per window."""

    short_days: int = 7
    long_days: int = 60
    band_sd: float = 0.5
    min_short_values: int = 3
    min_long_values: int = 14

    def __post_init__(self) -> None:
        if not (1 <= self.short_days <= self.long_days):
            raise ValueError("windows must satisfy 1 <= short_days <= long_days")
        if not (1 <= self.min_short_values <= self.short_days):
            raise ValueError("min_short_values must be between 1 and short_days")
        if not (2 <= self.min_long_values <= self.long_days):
            raise ValueError("min_long_values must be between 2 (a sample SD) and long_days")
        if not (math.isfinite(self.band_sd) and self.band_sd >= 0):
            raise ValueError("band_sd must be finite and >= 0")


@dataclass(frozen=True)
class Baseline:
    """The comparison on `today`; means, SD and band are None when a window has too few values."""

    today: date
    short_mean: float | None
    short_count: int
    long_mean: float | None
    long_sd: float | None
    long_count: int
    band_low: float | None
    band_high: float | None
    band: Band | None
    latest_day: date | None


def compare_to_baseline(values: Iterable[DailyValue], *, today: date, windows: Windows) -> Baseline:
    """The mean of the last `short_days` days against the mean +/- `band_sd` x SD of the last `long_days`.

    Both windows end today, so the long one includes the short one. Days after `today` are
    ignored; a day may appear once only (a second value for a day raises ValueError: the
    source precedence is decided before this function). The SD is the sample SD (n - 1):
    the window is a sample of the athlete's day-to-day variation. The short mean is None
    with fewer than `min_short_values` values, the long mean and SD with fewer than
    `min_long_values`; the band needs both. The band edges count as WITHIN.
    """
    by_day: dict[date, float] = {}
    for item in values:
        if item.day in by_day:
            raise ValueError(f"two values for {item.day}: pick one source before computing a baseline")
        by_day[item.day] = item.value
    short = _window(by_day, today, windows.short_days)
    long = _window(by_day, today, windows.long_days)
    seen = [d for d in by_day if d <= today]
    return _compare(today, short, long, max(seen) if seen else None, windows)


def _window(by_day: dict[date, float], today: date, days: int) -> list[float]:
    first = today - timedelta(days=days - 1)
    return [v for d, v in sorted(by_day.items()) if first <= d <= today]


def baseline_series(
    values: Sequence[DailyValue], days: Sequence[date], *, windows: Windows
) -> list[Baseline]:
    """`compare_to_baseline` for each of `days`, in one pass over values sorted by day.

    For every day t the result equals `compare_to_baseline` of the values in t's long window
    (the same windows, the same means and SD: math.fsum makes them independent of order; the
    latest day is the newest value of the long window), without rebuilding the windows from the
    whole history each day. `values` must be sorted by day with one value per day (ValueError
    otherwise).
    """
    keys = [v.day for v in values]
    if any(b <= a for a, b in pairwise(keys)):
        raise ValueError("values must be sorted by day, one value per day")
    numbers = [v.value for v in values]
    result = []
    for today in days:
        end = bisect_right(keys, today)
        short = numbers[bisect_left(keys, today - timedelta(days=windows.short_days - 1)) : end]
        begin = bisect_left(keys, today - timedelta(days=windows.long_days - 1))
        long = numbers[begin:end]
        result.append(_compare(today, short, long, keys[end - 1] if end > begin else None, windows))
    return result


def _compare(
    today: date, short: list[float], long: list[float], latest: date | None, windows: Windows
) -> Baseline:
    short_mean = mean(short) if len(short) >= windows.min_short_values else None
    long_mean = long_sd = low = high = None
    if len(long) >= windows.min_long_values:
        long_mean = mean(long)
        long_sd = standard_deviation(long, SdKind.SAMPLE, centre=long_mean)
        low, high = long_mean - windows.band_sd * long_sd, long_mean + windows.band_sd * long_sd
    band = None
    if short_mean is not None and low is not None and high is not None:
        band = Band.BELOW if short_mean < low else Band.ABOVE if short_mean > high else Band.WITHIN
    return Baseline(
        today=today,
        short_mean=short_mean,
        short_count=len(short),
        long_mean=long_mean,
        long_sd=long_sd,
        long_count=len(long),
        band_low=low,
        band_high=high,
        band=band,
        latest_day=latest,
    )
