"""Means and standard deviations used by the analytics functions, summed with math.fsum."""

from __future__ import annotations

import math
from collections.abc import Sequence
from enum import StrEnum


class SdKind(StrEnum):
    """Which standard deviation: of the values as a whole population (n), or as a sample (n - 1)."""

    POPULATION = "population"
    SAMPLE = "sample"


def mean(values: Sequence[float]) -> float:
    """Arithmetic mean; raises ValueError for no values."""
    if not values:
        raise ValueError("the mean of no values is undefined")
    return math.fsum(values) / len(values)


def standard_deviation(values: Sequence[float], kind: SdKind, *, centre: float | None = None) -> float:
    """Population (divide by n) or sample (divide by n - 1) standard deviation.

    Exactly 0 when all values are equal (the mean of equal floats can be an ulp off, which
    would otherwise fake a tiny SD). Raises ValueError for too few values (1 for a
    population SD, 2 for a sample SD). A caller that has `mean(values)` already may pass it
    as `centre` (the result is the same).
    """
    n = len(values)
    if n < (2 if kind is SdKind.SAMPLE else 1):
        raise ValueError(f"a {kind.value} SD needs more values than {n}")
    if min(values) == max(values):
        return 0.0
    if centre is None:
        centre = mean(values)
    squares = math.fsum([(v - centre) ** 2 for v in values])
    return math.sqrt(squares / (n - 1 if kind is SdKind.SAMPLE else n))
