"""The daily training-load series: one day after the other, continued from the days before.

`load_days` computes, for each day of a continuous range, the values of acwr.py, fitness.py
(both conventions), monotony.py and ramp.py from the daily loads. It can start anywhere in a
series: `previous` holds the stored days just before the range (as many as the longest
window), and the result is the same as computing the whole series from its first day (the
property tests hold `load_days` equal to `acwr_series`, `fitness_series`, `rolling_monotony`
and `ramp_rates` over the whole series). That is how a late or revised record recomputes
only the days from the one it changed.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from app.analytics.acwr import AcwrMethod, AcwrZone, classify_acwr, ewma
from app.analytics.fitness import Convention, FormDay, ewma_step
from app.analytics.monotony import WEEK_DAYS, WeekMonotony, week_monotony
from app.analytics.params import AnalyticsParams
from app.analytics.stats import mean


@dataclass(frozen=True)
class ModelDay:
    """Fitness (CTL), fatigue (ATL), form (TSB) and ramp rate of one day in one convention."""

    fitness: float
    fatigue: float
    form: float
    ramp: float | None


@dataclass(frozen=True)
class LoadDay:
    """One day of the series. `index` counts the days since the series began (0 on its first day)."""

    day: date
    index: int
    load: float
    acute: float | None
    chronic: float | None
    acwr: float | None
    zone: AcwrZone | None
    trainingpeaks: ModelDay
    goldencheetah: ModelDay
    week: WeekMonotony | None

    def model(self, convention: Convention) -> ModelDay:
        """The fitness model of one convention."""
        return self.trainingpeaks if convention is Convention.TRAININGPEAKS else self.goldencheetah


def load_days(
    first: date, loads: Sequence[float], params: AnalyticsParams, previous: Sequence[LoadDay] = ()
) -> list[LoadDay]:
    """The days `first`, `first` + 1, ... with the daily `loads` (rest days 0), after `previous`.

    `previous` are the stored days right before `first`, oldest first, without a gap (at least
    `params.lookback_days` of them, or all of them when the series is younger); empty when
    `first` is the series' first day. Raises ValueError when they do not end the day before.
    """
    if previous and previous[-1].day != first - timedelta(days=1):
        raise ValueError(f"the previous days must end on {first - timedelta(days=1)}")
    history = [d.load for d in previous]
    offset = len(history)
    start_index = previous[-1].index + 1 if previous else 0
    days: list[LoadDay] = list(previous)
    for i, load in enumerate(loads):
        if not (math.isfinite(load) and load >= 0):
            raise ValueError(f"a daily load must be finite and >= 0, got {load!r}")
        history.append(float(load))
        days.append(_day(first + timedelta(days=i), start_index + i, history, offset + i, days, params))
    return days[offset:]


def _day(
    day: date, t: int, loads: list[float], p: int, before: list[LoadDay], params: AnalyticsParams
) -> LoadDay:
    """Day `t` of the series; `loads[p]` is its load, `before` the days computed so far."""
    load = loads[p]
    last = before[-1] if before else None
    acute, chronic = _acute_chronic(t, loads, p, last, params)
    ratio = None
    if t >= params.acwr_chronic_days - 1 and acute is not None and chronic is not None and chronic > 0:
        ratio = acute / chronic
    week = week_monotony(loads[p - WEEK_DAYS + 1 : p + 1], params.monotony) if t >= WEEK_DAYS - 1 else None
    ramp_from = before[len(before) - params.ramp_days] if t >= params.ramp_days else None
    return LoadDay(
        day=day,
        index=t,
        load=load,
        acute=acute,
        chronic=chronic,
        acwr=ratio,
        zone=classify_acwr(ratio, params.zones),
        trainingpeaks=_model(load, last, ramp_from, Convention.TRAININGPEAKS, params),
        goldencheetah=_model(load, last, ramp_from, Convention.GOLDENCHEETAH, params),
        week=week,
    )


def _acute_chronic(
    t: int, loads: list[float], p: int, last: LoadDay | None, params: AnalyticsParams
) -> tuple[float | None, float | None]:
    """Acute and chronic load of day t (acwr.py's rules for the method in `params`)."""
    a, c = params.acwr_acute_days, params.acwr_chronic_days
    if params.acwr_method is AcwrMethod.EWMA:
        if last is None or last.acute is None or last.chronic is None:
            seed = loads[p]  # the first day seeds both averages with its own load
            return ewma(seed, loads[p], a), ewma(seed, loads[p], c)
        return ewma(last.acute, loads[p], a), ewma(last.chronic, loads[p], c)
    acute = mean(loads[p - a + 1 : p + 1]) if t >= a - 1 else None
    if t < c - 1:
        return acute, None
    end = p if params.acwr_method is AcwrMethod.ROLLING_COUPLED else p - a
    return acute, mean(loads[p - c + 1 : end + 1])


def _model(
    load: float,
    last: LoadDay | None,
    ramp_from: LoadDay | None,
    convention: Convention,
    params: AnalyticsParams,
) -> ModelDay:
    """Fitness, fatigue, form and ramp of one convention (fitness.py, ramp.py)."""
    before = last.model(convention) if last is not None else None
    fitness0 = before.fitness if before else 0.0
    fatigue0 = before.fatigue if before else 0.0
    fitness = ewma_step(fitness0, load, params.fitness_days, convention)
    fatigue = ewma_step(fatigue0, load, params.fatigue_days, convention)
    form = fitness0 - fatigue0 if params.form_of is FormDay.YESTERDAY else fitness - fatigue
    ramp = fitness - ramp_from.model(convention).fitness if ramp_from is not None else None
    return ModelDay(fitness=fitness, fatigue=fatigue, form=form, ramp=ramp)
