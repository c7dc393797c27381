"""Daily load on the athlete's local calendar day: a continuous series with 0 on rest days."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo


@dataclass(frozen=True)
class TimedLoad:
    """One session's load at the moment it happened (timezone-aware, any offset)."""

    at: datetime
    load: float


@dataclass(frozen=True)
class DailyLoad:
    """The summed load of one local calendar day."""

    day: date
    load: float


def local_day(at: datetime, timezone: ZoneInfo | str) -> date:
    """The calendar date of `at` in the athlete's IANA time zone.

    The day is the local calendar date, not a 24-hour slice of UTC: a day with a daylight
    saving change has 23 or 25 hours and still counts once. Raises ValueError for a naive
    datetime (its instant is unknown).
    """
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError("a naive datetime has no instant; give it a time zone (UTC in the database)")
    zone = timezone if isinstance(timezone, ZoneInfo) else ZoneInfo(timezone)
    return at.astimezone(zone).date()


def daily_loads(
    loads: Iterable[TimedLoad], *, timezone: ZoneInfo | str, start: date, end: date
) -> tuple[DailyLoad, ...]:
    """Every local day from `start` to `end` inclusive, each with the sum of its sessions' loads.

    DESIGN.md "Derived metrics": daily load = the sum over the athlete's local day, rest
    days are 0 (the fitness and ACWR formulas need one value per calendar day, and a missing
    day is a day without training, not an unknown). Sessions whose local day falls outside
    the range are left out, so a caller can compute a window. Loads must be finite and >= 0;
    a day's sum uses `math.fsum` (no rounding beyond the final float). Raises ValueError when
    `start` is after `end`.
    """
    if start > end:
        raise ValueError(f"start {start} is after end {end}")
    zone = timezone if isinstance(timezone, ZoneInfo) else ZoneInfo(timezone)
    by_day: dict[date, list[float]] = {}
    for item in loads:
        if not (math.isfinite(item.load) and item.load >= 0):
            raise ValueError(f"a session load must be finite and >= 0, got {item.load!r}")
        day = local_day(item.at, zone)
        if start <= day <= end:
            by_day.setdefault(day, []).append(float(item.load))
    count = (end - start).days + 1
    days = (start + timedelta(days=i) for i in range(count))
    return tuple(DailyLoad(day, math.fsum(by_day.get(day, ()))) for day in days)


def load_values(series: Iterable[DailyLoad]) -> tuple[float, ...]:
    """The loads of a daily series, in order: the input of the fitness, ACWR and monotony functions."""
    return tuple(d.load for d in series)
