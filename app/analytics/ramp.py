"""Ramp rate: how fast fitness (CTL) rises or falls over a week."""

from __future__ import annotations

from collections.abc import Sequence


def ramp_rates(fitness: Sequence[float], *, days: int = 7) -> tuple[float | None, ...]:
    """For each day, fitness today - fitness `days` days earlier; None while that day is not in the series.

    DESIGN.md "Derived metrics" (ramp rate = fitness today - 7 days ago), as TrainingPeaks
    reports CTL ramp per week and GoldenCheetah's PMC "RR" (change of long-term stress
    over the short-term window, `src/Metrics/PMCData.cpp`). Takes the fitness values of a
    continuous daily series (`FitnessDay.fitness` from `fitness_series`). To have a ramp in
    the first week, start the series a week earlier. Not the "week-over-week load change
    (>10%)" of seed 003, which is a different quantity.
    """
    if days < 1:
        raise ValueError(f"days must be >= 1, got {days}")
    return tuple(None if i < days else fitness[i] - fitness[i - days] for i in range(len(fitness)))
