"""Volume from workout logs: strength tonnage (weight x reps), endurance minutes and distance."""

from __future__ import annotations

import pytest

from app.analytics.volume import (
    EnduranceTotals,
    EnduranceVolume,
    StrengthSet,
    endurance_totals,
    endurance_volume,
    strength_sets,
    strength_tonnage,
    tonnage,
)

SQUAT = "00000000-0000-4000-8000-00000000a001"
PULL_UP = "00000000-0000-4000-8000-00000000a002"

# seed 004's strength example, plus a second exercise with a bodyweight set
STRENGTH_LOG = {
    "exercises": [
        {
            "exerciseId": SQUAT,
            "sets": [{"weight": 100, "reps": 5, "rpe": 8}, {"weight": 100, "reps": 5, "rpe": 9}],
        },
        {
            "exerciseId": PULL_UP,
            "sets": [{"weight": None, "reps": 10}, {"weight": 12.5, "reps": 8}],
            "modified": False,
        },
    ]
}


def test_tonnage_sums_weight_times_reps_over_every_set() -> None:
    # 100 x 5 + 100 x 5 + (bodyweight: 0) + 12.5 x 8 = 500 + 500 + 0 + 100 = 1100
    assert strength_tonnage(STRENGTH_LOG) == 1100.0


def test_sets_are_read_in_order() -> None:
    assert strength_sets(STRENGTH_LOG) == (
        StrengthSet(100.0, 5),
        StrengthSet(100.0, 5),
        StrengthSet(None, 10),
        StrengthSet(12.5, 8),
    )
    assert tonnage([]) == 0.0


def test_malformed_strength_log_names_the_path() -> None:
    with pytest.raises(ValueError, match=r"exercises\.0\.sets\.1\.reps"):
        strength_tonnage({"exercises": [{"sets": [{"weight": 50, "reps": 3}, {"weight": 50}]}]})
    with pytest.raises(ValueError, match=r"exercises\.0\.sets\.0\.weight"):
        strength_tonnage({"exercises": [{"sets": [{"weight": True, "reps": 3}]}]})
    with pytest.raises(ValueError, match="exercises"):
        strength_tonnage({"modality": "run"})


def test_endurance_minutes_and_kilometres() -> None:
    # seed 004's endurance example: 62 minutes, 10.5 km
    log = {
        "modality": "run",
        "duration": {"value": 62, "unit": "minutes"},
        "distance": {"value": 10.5, "unit": "km"},
    }
    assert endurance_volume(log) == EnduranceVolume("run", 62.0, 10.5)


def test_endurance_units_are_converted() -> None:
    # 1.5 hours = 90 minutes; 6.2 miles x 1.609344 = 9.9779328 km; 1500 m = 1.5 km
    ride = {
        "modality": "bike",
        "duration": {"value": 1.5, "unit": "hours"},
        "distance": {"value": 6.2, "unit": "miles"},
    }
    swim = {
        "modality": "swim",
        "duration": {"value": 40, "unit": "minutes"},
        "distance": {"value": 1500, "unit": "meters"},
    }
    assert endurance_volume(ride).minutes == 90.0
    assert endurance_volume(ride).distance_km == pytest.approx(9.9779328, rel=1e-15)
    assert endurance_volume(swim).distance_km == 1.5


def test_endurance_without_distance() -> None:
    row = {"modality": "row", "duration": {"value": 30, "unit": "minutes"}, "distance": None}
    assert endurance_volume(row) == EnduranceVolume("row", 30.0, None)


def test_endurance_totals_by_modality() -> None:
    volumes = [
        EnduranceVolume("run", 62.0, 10.5),
        EnduranceVolume("run", 45.0, None),
        EnduranceVolume("bike", 90.0, 30.0),
    ]
    # all: 62 + 45 + 90 = 197 minutes, 10.5 + 30 = 40.5 km, one session without a distance
    assert endurance_totals(volumes) == EnduranceTotals(
        sessions=3, minutes=197.0, distance_km=40.5, without_distance=1
    )
    # runs only: 107 minutes, 10.5 km
    assert endurance_totals(volumes, modality="run") == EnduranceTotals(2, 107.0, 10.5, 1)


def test_malformed_endurance_log_names_the_field() -> None:
    with pytest.raises(ValueError, match="duration"):
        endurance_volume({"modality": "run"})
    with pytest.raises(ValueError, match=r"distance\.unit"):
        endurance_volume(
            {
                "modality": "run",
                "duration": {"value": 10, "unit": "minutes"},
                "distance": {"value": 2, "unit": "yards"},
            }
        )
