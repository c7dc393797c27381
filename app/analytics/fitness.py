"""Fitness (CTL), fatigue (ATL) and form (TSB): the impulse-response model in its two published forms."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum


class Convention(StrEnum):
    """How one day moves an exponentially weighted average with time constant k days."""

    # x += (load - x) / k
    TRAININGPEAKS = "trainingpeaks"
    # x = x * e^(-1/k) + load * (1 - e^(-1/k))
    GOLDENCHEETAH = "goldencheetah"


class FormDay(StrEnum):
    """Which day's fitness and fatigue give today's form."""

    YESTERDAY = "yesterday"
    TODAY = "today"


@dataclass(frozen=True)
class FitnessParams:
    """Parameters of the fitness/fatigue model; the defaults are TrainingPeaks' PMC.

    `fitness_days` 42 and `fatigue_days` 7 are the time constants of the Performance
    Management Chart (Coggan, TrainingPeaks) and GoldenCheetah's defaults. The initial
    values stand for the day before the first load (0 when the history starts from
    nothing; seed them to continue an earlier series). Form of yesterday is the
    TrainingPeaks and GoldenCheetah default display; form of today is what some other
    tools show.
    """

    convention: Convention = Convention.TRAININGPEAKS
    fitness_days: float = 42.0
    fatigue_days: float = 7.0
    initial_fitness: float = 0.0
    initial_fatigue: float = 0.0
    form_of: FormDay = FormDay.YESTERDAY

    def __post_init__(self) -> None:
        for name, k in (("fitness_days", self.fitness_days), ("fatigue_days", self.fatigue_days)):
            # k < 1 would make the TrainingPeaks step overshoot the load
            if not (math.isfinite(k) and k >= 1):
                raise ValueError(f"{name} must be a finite number >= 1, got {k!r}")


@dataclass(frozen=True)
class FitnessDay:
    """One day of the model: fitness and fatigue after the day's load, and the day's form."""

    fitness: float
    fatigue: float
    form: float


def ewma_step(previous: float, load: float, k: float, convention: Convention) -> float:
    """One day of an exponentially weighted average of daily load with time constant `k` days.

    TRAININGPEAKS: `x + (load - x) / k`, the Performance Management Chart's recursion
    (Coggan; TrainingPeaks), a discrete form of Banister's impulse-response model
    (Banister EW et al., 1975). GOLDENCHEETAH: `x * e^(-1/k) + load * (1 - e^(-1/k))`, as in
    GoldenCheetah's PMC (`src/Metrics/PMCData.cpp`). Both decay towards the load; the
    exponential form weights today's load slightly less (1 - e^(-1/42) = 0.02353 against
    1/42 = 0.02381).
    """
    if convention is Convention.TRAININGPEAKS:
        return previous + (load - previous) / k
    decay = math.exp(-1.0 / k)
    return previous * decay + load * (1.0 - decay)


def fitness_series(loads: Sequence[float], params: FitnessParams | None = None) -> tuple[FitnessDay, ...]:
    """Fitness, fatigue and form for each day of a continuous daily load series (rest days 0).

    Fitness (CTL) and fatigue (ATL) follow `ewma_step` with `params.fitness_days` and
    `params.fatigue_days`. Form (TSB) = fitness - fatigue: of yesterday (TrainingPeaks;
    GoldenCheetah by default, which offers "SB today" as an option), where the first day's
    form uses the initial values, or of today. No rounding: display code rounds.
    """
    p = params or FitnessParams()
    fitness, fatigue = p.initial_fitness, p.initial_fatigue
    result: list[FitnessDay] = []
    for load in loads:
        if not (math.isfinite(load) and load >= 0):
            raise ValueError(f"a daily load must be finite and >= 0, got {load!r}")
        yesterday_form = fitness - fatigue
        fitness = ewma_step(fitness, load, p.fitness_days, p.convention)
        fatigue = ewma_step(fatigue, load, p.fatigue_days, p.convention)
        form = yesterday_form if p.form_of is FormDay.YESTERDAY else fitness - fatigue
        result.append(FitnessDay(fitness=fitness, fatigue=fatigue, form=form))
    return tuple(result)
