"""Explanations of a stored weekly rollup (see explain.py): each number, its rule and its inputs."""

from __future__ import annotations

import uuid
from enum import StrEnum
from typing import Any

from app.analytics.explain import Explanation, Input, as_json
from app.analytics.params import AnalyticsParams


class WeeklyMetric(StrEnum):
    TOTAL_LOAD = "total_load"
    STRENGTH_LOAD = "strength_load"
    STRENGTH_TONNAGE = "strength_tonnage"
    RUN_MINUTES = "run_minutes"
    RUN_DISTANCE_KM = "run_distance_km"
    RIDE_MINUTES = "ride_minutes"
    RIDE_DISTANCE_KM = "ride_distance_km"
    SWIM_MINUTES = "swim_minutes"
    VO2_SESSIONS = "vo2_sessions"
    TEMPO_SESSIONS = "tempo_sessions"
    LONG_RUNS = "long_runs"
    CTL_MEAN = "ctl_mean"
    ATL_MEAN = "atl_mean"
    RAMP_RATE_MEAN = "ramp_rate_mean"
    REST_HR_MEAN = "rest_hr_mean"
    STEPS_MEAN = "steps_mean"
    SLEEP_SCORE_MEAN = "sleep_score_mean"
    HRV_MEAN = "hrv_mean"


def _formulas(p: AnalyticsParams) -> dict[WeeklyMetric, str]:
    mean = "mean over the week's days that have a value (precedence-chosen daily values)"
    return {
        WeeklyMetric.TOTAL_LOAD: "sum of the 7 daily loads (daily_training_load.load)",
        WeeklyMetric.STRENGTH_LOAD: "sum of the loads of the week's strength workouts (seed 002's strengthTrimp)",
        WeeklyMetric.STRENGTH_TONNAGE: "sum of weight x reps over every logged strength set, kg (bodyweight sets 0)",
        WeeklyMetric.RUN_MINUTES: "sum of run minutes: the log's actual duration, else the device's",
        WeeklyMetric.RUN_DISTANCE_KM: "sum of run km: the log's actual distance, else the device's",
        WeeklyMetric.RIDE_MINUTES: "sum of ride minutes: the log's actual duration, else the device's",
        WeeklyMetric.RIDE_DISTANCE_KM: "sum of ride km: the log's actual distance, else the device's",
        WeeklyMetric.SWIM_MINUTES: "sum of swim minutes: the log's actual duration, else the device's",
        WeeklyMetric.VO2_SESSIONS: "endurance workouts prescribed at zone 5 (else planned HARD or MAX)",
        WeeklyMetric.TEMPO_SESSIONS: "endurance workouts prescribed at zone 3-4 (else planned MODERATE)",
        WeeklyMetric.LONG_RUNS: f"runs of {p.long_run_minutes:g} minutes or more",
        WeeklyMetric.CTL_MEAN: f"mean of the 7 days' fitness ({p.fitness_convention.value})",
        WeeklyMetric.ATL_MEAN: f"mean of the 7 days' fatigue ({p.fitness_convention.value})",
        WeeklyMetric.RAMP_RATE_MEAN: f"mean of the days' ramp rate, fitness(t) - fitness(t-{p.ramp_days})",
        WeeklyMetric.REST_HR_MEAN: mean,
        WeeklyMetric.STEPS_MEAN: mean,
        WeeklyMetric.SLEEP_SCORE_MEAN: mean,
        WeeklyMetric.HRV_MEAN: f"{mean}, in ms of {p.hrv_metric.value}",
    }


def explain_weekly(metric: WeeklyMetric, row: Any, params: AnalyticsParams) -> Explanation:
    """A weekly rollup value: its rule and the week's logs, activities and days."""
    used = as_json(row.inputs)
    inputs = [Input("workout log", kind="workout_log", id=uuid.UUID(i)) for i in used.get("logs", [])]
    inputs += [Input("activity", kind="activity", id=uuid.UUID(i)) for i in used.get("activities", [])]
    inputs += [
        Input("day", day=row.week_start.fromisoformat(d), kind="daily_training_load")
        for d in used.get("days", [])
    ]
    value = getattr(row, metric.value)
    return Explanation(
        metric.value,
        float(value) if value is not None else None,
        _formulas(params)[metric],
        "seed 002 weekly_metrics; app/analytics/weekly.py",
        row.algorithm_version,
        params.to_json(),
        inputs,
    )
