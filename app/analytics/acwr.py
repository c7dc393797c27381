"""Acute:chronic workload ratio (ACWR): rolling coupled, rolling uncoupled and EWMA, with zones."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from app.analytics.stats import mean


class AcwrMethod(StrEnum):
    """How acute and chronic load are averaged."""

    # acute = mean of days t-6..t; chronic = mean of days t-27..t (includes the acute week)
    ROLLING_COUPLED = "rolling_coupled"
    # acute = mean of days t-6..t; chronic = mean of days t-27..t-7 (excludes it)
    ROLLING_UNCOUPLED = "rolling_uncoupled"
    # exponentially weighted averages with lambda = 2 / (N + 1)
    EWMA = "ewma"


class AcwrZone(StrEnum):
    """Where a ratio falls against the (contested) thresholds of `AcwrZones`."""

    UNDER = "under"
    SWEET_SPOT = "sweet_spot"
    CAUTION = "caution"
    DANGER = "danger"


@dataclass(frozen=True)
class AcwrParams:
    """Method and windows. `ewma_initial` seeds both EWMAs; None seeds them with the first day's load.

    The windows are 7 and 28 days for every method (Hulin et al. 2016; Williams et al. 2017
    use N = 7 and 28 for the EWMA). Seeding matters for EWMA: starting from 0 makes a steady
    load look like a rising one for weeks (the chronic average lags further), which is why
    the default seeds with the first load.
    """

    method: AcwrMethod = AcwrMethod.ROLLING_COUPLED
    acute_days: int = 7
    chronic_days: int = 28
    ewma_initial: float | None = None

    def __post_init__(self) -> None:
        if not (1 <= self.acute_days < self.chronic_days):
            raise ValueError("windows must satisfy 1 <= acute_days < chronic_days")
        if self.ewma_initial is not None and not (
            math.isfinite(self.ewma_initial) and self.ewma_initial >= 0
        ):
            raise ValueError(f"ewma_initial must be finite and >= 0, got {self.ewma_initial!r}")


@dataclass(frozen=True)
class AcwrZones:
    """Zone thresholds; CONTESTED defaults, so they are parameters, never constants.

    0.8-1.3 is the "sweet spot" and above 1.5 the "danger zone" of Gabbett (2016, Br J
    Sports Med 50(5):273-280) and Hulin et al. (2016, Br J Sports Med 50(4):231-236), and
    seed 003's "optimal 0.8-1.3, > 1.5 high injury risk". Impellizzeri et al. (2020) and
    Lolli et al. (2019) question the ratio itself and these cut-offs; treat the zones as a
    conversation starter, not a risk estimate. Ratio < `sweet_spot_low` is UNDER;
    `sweet_spot_low` <= ratio <= `sweet_spot_high` is SWEET_SPOT; up to and including
    `danger_above` is CAUTION; above it DANGER.
    """

    sweet_spot_low: float = 0.8
    sweet_spot_high: float = 1.3
    danger_above: float = 1.5

    def __post_init__(self) -> None:
        if not (0 <= self.sweet_spot_low <= self.sweet_spot_high <= self.danger_above):
            raise ValueError("thresholds must satisfy 0 <= sweet_spot_low <= sweet_spot_high <= danger_above")


@dataclass(frozen=True)
class AcwrDay:
    """One day's acute and chronic load (None until their window is full) and their ratio."""

    acute: float | None
    chronic: float | None
    ratio: float | None


def acwr_series(loads: Sequence[float], params: AcwrParams | None = None) -> tuple[AcwrDay, ...]:
    """Acute load, chronic load and ACWR for each day of a continuous daily load series.

    ROLLING_COUPLED: chronic includes the acute week (Hulin BT et al., "The acute:chronic
    workload ratio predicts injury", Br J Sports Med 2016;50(4):231-236; Gabbett 2016).
    ROLLING_UNCOUPLED: chronic = mean of days t-27..t-7 (generally t-chronic_days+1 ..
    t-acute_days), so the acute week is not in both (Lolli L et al., Br J Sports Med 2019,
    on the mathematical coupling of the classic ratio). EWMA: each average moves by
    lambda = 2 / (N + 1) towards the day's load (Williams S et al., "Better way to determine
    the acute:chronic workload ratio?", Br J Sports Med 2017;51(3):209-210).

    Not-enough-history rule, the same for the three methods: the ratio is None until the
    series holds `chronic_days` days (index `chronic_days - 1`), and None when chronic load
    is 0 (a ratio against no training means nothing). Rolling acute and chronic values are
    None until their own window is full; EWMA values exist from the first day.
    """
    p = params or AcwrParams()
    for load in loads:
        if not (math.isfinite(load) and load >= 0):
            raise ValueError(f"a daily load must be finite and >= 0, got {load!r}")
    if p.method is AcwrMethod.EWMA:
        pairs = _ewma_pairs(loads, p)
    else:
        pairs = [_rolling_pair(loads, t, p) for t in range(len(loads))]
    result = []
    for t, (acute, chronic) in enumerate(pairs):
        enough = t >= p.chronic_days - 1
        ratio = None
        if enough and acute is not None and chronic is not None and chronic > 0:
            ratio = acute / chronic
        result.append(AcwrDay(acute=acute, chronic=chronic, ratio=ratio))
    return tuple(result)


def _rolling_pair(loads: Sequence[float], t: int, p: AcwrParams) -> tuple[float | None, float | None]:
    acute = mean(loads[t - p.acute_days + 1 : t + 1]) if t >= p.acute_days - 1 else None
    if t < p.chronic_days - 1:
        return acute, None
    first = t - p.chronic_days + 1
    last = t if p.method is AcwrMethod.ROLLING_COUPLED else t - p.acute_days
    return acute, mean(loads[first : last + 1])


def _ewma_pairs(loads: Sequence[float], p: AcwrParams) -> list[tuple[float | None, float | None]]:
    if not loads:
        return []
    seed = loads[0] if p.ewma_initial is None else p.ewma_initial
    acute = chronic = float(seed)
    pairs: list[tuple[float | None, float | None]] = []
    for load in loads:
        acute = ewma(acute, load, p.acute_days)
        chronic = ewma(chronic, load, p.chronic_days)
        pairs.append((acute, chronic))
    return pairs


def ewma(previous: float, load: float, days: int) -> float:
    """One EWMA day: `load * lambda + previous * (1 - lambda)` with lambda = 2 / (days + 1).

    Williams S, West S, Cross MJ, Stokes KA. "Better way to determine the acute:chronic
    workload ratio?" Br J Sports Med 2017;51(3):209-210 (lambda 0.25 for 7 days, 0.069 for 28).
    """
    decay = 2.0 / (days + 1)
    return load * decay + previous * (1.0 - decay)


def classify_acwr(ratio: float | None, zones: AcwrZones | None = None) -> AcwrZone | None:
    """The zone of a ratio under `zones` (contested thresholds, see `AcwrZones`); None for no ratio."""
    if ratio is None:
        return None
    z = zones or AcwrZones()
    if ratio < z.sweet_spot_low:
        return AcwrZone.UNDER
    if ratio <= z.sweet_spot_high:
        return AcwrZone.SWEET_SPOT
    if ratio <= z.danger_above:
        return AcwrZone.CAUTION
    return AcwrZone.DANGER
