"""Training monotony and strain of a week of daily loads (Foster 1998)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from app.analytics.stats import SdKind, standard_deviation

WEEK_DAYS = 7


@dataclass(frozen=True)
class MonotonyParams:
    """The SD used for monotony. Default POPULATION: the 7 days are the whole week, not a sample of it.

    Tools differ (a spreadsheet's STDEV is the sample one, numpy's std the population one),
    and monotony from the population SD is sqrt(7/6) = 1.0801 times monotony from the
    sample SD, so the choice is stored with every value.
    """

    sd: SdKind = SdKind.POPULATION


@dataclass(frozen=True)
class WeekMonotony:
    """A week's load (sum), mean, SD, monotony and strain; monotony and strain are None when SD is 0."""

    weekly_load: float
    mean: float
    sd: float
    monotony: float | None
    strain: float | None


def week_monotony(loads: Sequence[float], params: MonotonyParams | None = None) -> WeekMonotony:
    """Monotony = mean daily load / SD of the 7 daily loads; strain = weekly load x monotony.

    Foster C. "Monitoring training in athletes with reference to overtraining syndrome."
    Med Sci Sports Exerc. 1998;30(7):1164-1168. Takes exactly 7 daily loads (rest days 0).
    Rule when SD is 0 (every day the same load, a full rest week included): monotony and
    strain are None, undefined rather than infinite or an invented cap, and the stored
    weekly load, mean and SD still say what happened.
    """
    if len(loads) != WEEK_DAYS:
        raise ValueError(f"monotony takes the {WEEK_DAYS} daily loads of one week, got {len(loads)}")
    for load in loads:
        if not (math.isfinite(load) and load >= 0):
            raise ValueError(f"a daily load must be finite and >= 0, got {load!r}")
    p = params or MonotonyParams()
    weekly = math.fsum(loads)
    mean = weekly / WEEK_DAYS
    sd = standard_deviation(loads, p.sd)
    if sd == 0:
        return WeekMonotony(weekly_load=weekly, mean=mean, sd=sd, monotony=None, strain=None)
    monotony = mean / sd
    return WeekMonotony(weekly_load=weekly, mean=mean, sd=sd, monotony=monotony, strain=weekly * monotony)


def rolling_monotony(
    loads: Sequence[float], params: MonotonyParams | None = None
) -> tuple[WeekMonotony | None, ...]:
    """`week_monotony` of the 7 days ending on each day of a daily series; None for the first 6 days."""
    return tuple(
        None if t < WEEK_DAYS - 1 else week_monotony(loads[t - WEEK_DAYS + 1 : t + 1], params)
        for t in range(len(loads))
    )
