"""Training volume from workout logs: strength tonnage, endurance minutes and distance."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

KM_PER_MILE = 1.609344  # international mile, exact by definition
_MINUTES_PER = {"minutes": 1.0, "hours": 60.0}
_KM_PER = {"km": 1.0, "miles": KM_PER_MILE, "meters": 0.001}


@dataclass(frozen=True)
class StrengthSet:
    """One set as done: `weight` None for a bodyweight or unloaded set."""

    weight: float | None
    reps: int


@dataclass(frozen=True)
class EnduranceVolume:
    """One endurance log's volume; `distance_km` None when no distance was logged."""

    modality: str
    minutes: float
    distance_km: float | None


@dataclass(frozen=True)
class EnduranceTotals:
    """Summed endurance volume; `without_distance` counts sessions that had no distance to add."""

    sessions: int
    minutes: float
    distance_km: float
    without_distance: int


def strength_sets(actual_data: Mapping[str, object]) -> tuple[StrengthSet, ...]:
    """Every set of a strength log's `actual_data` (app/logs/actual_data.py), exercise by exercise.

    Raises ValueError naming the JSON path when the document is not the strength shape
    (`{"exercises": [{"sets": [{"weight": number | null, "reps": integer}]}]}`).
    """
    exercises = actual_data.get("exercises")
    if not isinstance(exercises, list):
        raise ValueError("exercises: a strength log lists its exercises")
    found: list[StrengthSet] = []
    for i, exercise in enumerate(exercises):
        sets = exercise.get("sets") if isinstance(exercise, dict) else None
        if not isinstance(sets, list):
            raise ValueError(f"exercises.{i}.sets: a list of sets is required")
        for j, item in enumerate(sets):
            where = f"exercises.{i}.sets.{j}"
            if not isinstance(item, dict):
                raise ValueError(f"{where}: a set is an object")
            found.append(
                StrengthSet(weight=_weight(item.get("weight"), where), reps=_reps(item.get("reps"), where))
            )
    return tuple(found)


def _number(value: object) -> float | None:
    # bool is an int in Python, but true is not a weight
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) else None


def _weight(value: object, where: str) -> float | None:
    if value is None:
        return None
    weight = _number(value)
    if weight is None or weight < 0:
        raise ValueError(f"{where}.weight: a finite number >= 0 or null")
    return weight


def _reps(value: object, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{where}.reps: an integer >= 0")
    return value


def tonnage(sets: Iterable[StrengthSet]) -> float:
    """Volume load: the sum of weight x reps over every set, in the log's weight unit (kg in seed 004).

    The usual volume-load convention of resistance-training monitoring (load x reps,
    summed over sets), and seed 004's `totalVolume` ("1200kg"). Sets without a weight (bodyweight) add 0:
    their load is unknown, and guessing a body mass would invent numbers. Sums every set of
    every exercise (seed 004's sample SQL reads only the first set of the first exercise).
    """
    return math.fsum(s.weight * s.reps for s in sets if s.weight is not None)


def strength_tonnage(actual_data: Mapping[str, object]) -> float:
    """`tonnage` of a strength log's `actual_data`."""
    return tonnage(strength_sets(actual_data))


def endurance_volume(actual_data: Mapping[str, object]) -> EnduranceVolume:
    """Minutes and kilometres of an endurance log's `actual_data` (app/logs/actual_data.py).

    Duration units minutes/hours become minutes; distance units km/miles/meters become km
    (1 mile = 1.609344 km). Raises ValueError naming the field when the shape is wrong.
    """
    modality = actual_data.get("modality")
    if not isinstance(modality, str):
        raise ValueError("modality: a string is required")
    minutes = _measure(actual_data.get("duration"), "duration", _MINUTES_PER)
    if minutes is None:
        raise ValueError("duration: an endurance log has a duration")
    distance = _measure(actual_data.get("distance"), "distance", _KM_PER)
    return EnduranceVolume(modality=modality, minutes=minutes, distance_km=distance)


def _measure(value: object, field: str, factors: Mapping[str, float]) -> float | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise ValueError(f"{field}: an object with value and unit")
    amount = _number(value.get("value"))
    unit = value.get("unit")
    if amount is None or amount < 0:
        raise ValueError(f"{field}.value: a finite number >= 0")
    if not isinstance(unit, str) or unit not in factors:
        raise ValueError(f"{field}.unit: one of {', '.join(sorted(factors))}")
    return amount * factors[unit]


def endurance_totals(volumes: Iterable[EnduranceVolume], *, modality: str | None = None) -> EnduranceTotals:
    """Sum of minutes and kilometres over endurance logs, of one modality when `modality` is given."""
    chosen = [v for v in volumes if modality is None or v.modality == modality]
    return EnduranceTotals(
        sessions=len(chosen),
        minutes=math.fsum(v.minutes for v in chosen),
        distance_km=math.fsum(v.distance_km for v in chosen if v.distance_km is not None),
        without_distance=sum(1 for v in chosen if v.distance_km is None),
    )
