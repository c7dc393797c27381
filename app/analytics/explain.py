"""Explanations: for any stored number, its formula, source, parameters and the inputs it read.

Pure: the callers hand in the stored row, the stored days before it and the parameters the row
names (`params_hash`); every input names the row it comes from, and the formula applied to the
inputs gives the value again. This module explains the training-load series; explain_readiness.py
and explain_weekly.py the others.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from app.analytics.acwr import AcwrMethod
from app.analytics.fitness import Convention, FormDay
from app.analytics.params import AnalyticsParams


class LoadMetric(StrEnum):
    LOAD = "load"
    ACUTE = "acute"
    CHRONIC = "chronic"
    ACWR = "acwr"
    FITNESS = "fitness"
    FATIGUE = "fatigue"
    FORM = "form"
    RAMP_RATE = "ramp_rate"
    MONOTONY = "monotony"
    STRAIN = "strain"


@dataclass(frozen=True)
class Input:
    """One input of a value: what it is, its value, its day, the record it came from."""

    name: str
    value: float | None = None
    day: date | None = None
    kind: str | None = None
    id: uuid.UUID | None = None
    source: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class Explanation:
    """A value, how it is computed (formula and citation), with which parameters, from what."""

    metric: str
    value: float | None
    formula: str
    source: str
    algorithm_version: str
    parameters: dict[str, Any]
    inputs: list[Input] = field(default_factory=list)


def as_json(value: Any) -> Any:
    """A JSON column as read (asyncpg hands jsonb to raw queries as text)."""
    return json.loads(value) if isinstance(value, str) else value


@dataclass(frozen=True)
class LoadContext:
    """The row explained, the stored days before it (oldest first) and its parameters."""

    row: Any
    window: Sequence[Any]
    params: AnalyticsParams
    convention: Convention

    @property
    def day(self) -> date:
        found: date = self.row.day
        return found

    @property
    def prefix(self) -> str:
        return "tp" if self.convention is Convention.TRAININGPEAKS else "gc"

    def stored(self, day: date) -> Any:
        return self.row if day == self.day else next((r for r in self.window if r.day == day), None)

    def days(self, first: date, last: date) -> list[Input]:
        """The daily loads of a window, each with its stored day."""
        rows = [*self.window, self.row]
        return [
            Input("daily load", r.load, r.day, "daily_training_load") for r in rows if first <= r.day <= last
        ]

    def value_of(self, day: date, column: str, name: str) -> list[Input]:
        row = self.stored(day)
        return [Input(name, getattr(row, column), row.day, "daily_training_load")] if row is not None else []


def _workouts(c: LoadContext) -> tuple[str, list[Input], float | None]:
    found = []
    for w in as_json(c.row.workouts):
        kind, ident = ("workout_log", w["log"]) if w.get("log") else ("activity", w.get("activity"))
        note = f"RPE {w.get('rpe')} x {w.get('minutes')} min; device load {w.get('deviceLoad')}; used {w.get('source')}"
        found.append(
            Input("workout", w.get("load"), None, kind, uuid.UUID(ident) if ident else None, None, note)
        )
    rule = f"session-RPE (RPE x minutes) or the device's load, preferring {c.params.load_preference.value}"
    return f"sum of the day's workout loads, one load per workout: {rule}; rest days 0", found, c.row.load


def _acute(c: LoadContext) -> tuple[str, list[Input], float | None]:
    p, day = c.params, c.day
    if p.acwr_method is AcwrMethod.EWMA:
        lam = 2 / (p.acwr_acute_days + 1)
        inputs = [
            *c.value_of(day - timedelta(days=1), "acute", "acute load"),
            Input("daily load", c.row.load, day),
        ]
        return (
            f"load(t) x {lam:.6f} + acute(t-1) x {1 - lam:.6f} (EWMA, lambda = 2 / (N + 1))",
            inputs,
            c.row.acute,
        )
    first = day - timedelta(days=p.acwr_acute_days - 1)
    return f"mean daily load of days t-{p.acwr_acute_days - 1}..t", c.days(first, day), c.row.acute


def _chronic(c: LoadContext) -> tuple[str, list[Input], float | None]:
    p, day = c.params, c.day
    if p.acwr_method is AcwrMethod.EWMA:
        lam = 2 / (p.acwr_chronic_days + 1)
        inputs = [
            *c.value_of(day - timedelta(days=1), "chronic", "chronic load"),
            Input("daily load", c.row.load, day),
        ]
        return f"load(t) x {lam:.6f} + chronic(t-1) x {1 - lam:.6f} (EWMA)", inputs, c.row.chronic
    coupled = p.acwr_method is AcwrMethod.ROLLING_COUPLED
    last = day if coupled else day - timedelta(days=p.acwr_acute_days)
    span = "t" if coupled else f"t-{p.acwr_acute_days}"
    first = day - timedelta(days=p.acwr_chronic_days - 1)
    return (
        f"mean daily load of days t-{p.acwr_chronic_days - 1}..{span} ({p.acwr_method.value})",
        c.days(first, last),
        c.row.chronic,
    )


def _acwr(c: LoadContext) -> tuple[str, list[Input], float | None]:
    p = c.params
    zones = (
        f"zones (contested): below {p.acwr_sweet_spot_low:g} under, up to {p.acwr_sweet_spot_high:g} sweet spot, "
        f"up to {p.acwr_danger_above:g} caution, above danger"
    )
    text = (
        f"acute / chronic ({p.acwr_method.value}); null before {p.acwr_chronic_days} days of history "
        f"or with chronic 0; {zones}"
    )
    inputs = [Input("acute load", c.row.acute, c.day), Input("chronic load", c.row.chronic, c.day)]
    return text, inputs, c.row.acwr


def _fitness_step(c: LoadContext, name: str, k: float) -> tuple[str, list[Input], float | None]:
    column = f"{c.prefix}_{name}"
    if c.convention is Convention.TRAININGPEAKS:
        text = f"{name}(t) = {name}(t-1) + (load(t) - {name}(t-1)) / {k:g} (TrainingPeaks)"
    else:
        text = f"{name}(t) = {name}(t-1) x e^(-1/{k:g}) + load(t) x (1 - e^(-1/{k:g})) (GoldenCheetah)"
    inputs = [*c.value_of(c.day - timedelta(days=1), column, f"{name} of the day before")]
    return (
        text + "; 0 before the first day",
        [*inputs, Input("daily load", c.row.load, c.day)],
        getattr(c.row, column),
    )


def _form(c: LoadContext) -> tuple[str, list[Input], float | None]:
    day = c.day if c.params.form_of is FormDay.TODAY else c.day - timedelta(days=1)
    inputs = [
        *c.value_of(day, f"{c.prefix}_fitness", "fitness"),
        *c.value_of(day, f"{c.prefix}_fatigue", "fatigue"),
    ]
    text = f"fitness - fatigue of {c.params.form_of.value} ({c.convention.value}); 0 on the first day"
    return text, inputs, getattr(c.row, f"{c.prefix}_form")


def _ramp(c: LoadContext) -> tuple[str, list[Input], float | None]:
    column, days = f"{c.prefix}_fitness", c.params.ramp_days
    inputs = [
        *c.value_of(c.day, column, "fitness"),
        *c.value_of(c.day - timedelta(days=days), column, "fitness"),
    ]
    return (
        f"fitness(t) - fitness(t-{days}) ({c.convention.value})",
        inputs,
        getattr(c.row, f"{c.prefix}_ramp"),
    )


def _monotony(c: LoadContext) -> tuple[str, list[Input], float | None]:
    text = f"mean of the 7 daily loads / their {c.params.monotony_sd.value} SD; null when the SD is 0"
    return text, c.days(c.day - timedelta(days=6), c.day), c.row.monotony


def _strain(c: LoadContext) -> tuple[str, list[Input], float | None]:
    inputs = [Input("weekly load", c.row.weekly_load, c.day), Input("monotony", c.row.monotony, c.day)]
    return (
        "weekly load (sum of the 7 daily loads) x monotony; null when monotony is null",
        inputs,
        c.row.strain,
    )


LOAD_RULES: dict[LoadMetric, tuple[Callable[[LoadContext], tuple[str, list[Input], float | None]], str]] = {
    LoadMetric.LOAD: (_workouts, "Foster C et al., J Strength Cond Res 2001;15(1):109-115 (session-RPE)"),
    LoadMetric.ACUTE: (
        _acute,
        "Hulin BT et al., Br J Sports Med 2016; Williams S et al., Br J Sports Med 2017 (EWMA)",
    ),
    LoadMetric.CHRONIC: (_chronic, "Hulin BT et al. 2016; Lolli L et al., Br J Sports Med 2019 (uncoupled)"),
    LoadMetric.ACWR: (
        _acwr,
        "Gabbett TJ, Br J Sports Med 2016;50(5):273-280; thresholds contested (Impellizzeri 2020)",
    ),
    LoadMetric.FITNESS: (
        lambda c: _fitness_step(c, "fitness", c.params.fitness_days),
        "Banister EW 1975; Coggan's Performance Management Chart (TrainingPeaks); GoldenCheetah PMC",
    ),
    LoadMetric.FATIGUE: (
        lambda c: _fitness_step(c, "fatigue", c.params.fatigue_days),
        "Banister EW 1975; Coggan's Performance Management Chart (TrainingPeaks); GoldenCheetah PMC",
    ),
    LoadMetric.FORM: (_form, "Training Stress Balance: TrainingPeaks PMC; GoldenCheetah 'SB'"),
    LoadMetric.RAMP_RATE: (_ramp, "TrainingPeaks CTL ramp rate; GoldenCheetah PMC 'RR'"),
    LoadMetric.MONOTONY: (_monotony, "Foster C, Med Sci Sports Exerc 1998;30(7):1164-1168"),
    LoadMetric.STRAIN: (_strain, "Foster C, Med Sci Sports Exerc 1998;30(7):1164-1168"),
}


def explain_load(metric: LoadMetric, context: LoadContext) -> Explanation:
    """A daily training-load value."""
    rule, source = LOAD_RULES[metric]
    formula, inputs, value = rule(context)
    version: str = context.row.algorithm_version
    return Explanation(metric.value, value, formula, source, version, context.params.to_json(), inputs)
