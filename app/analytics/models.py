"""The stored series (seeds 003, 002, 004): daily training load and readiness per athlete and day,
weekly rollups and summaries, the readiness feedback of athletes, coaches' analytics settings,
the parameter sets rows were computed with, and the queue of athletes to recompute.

Every computed row names its algorithm version and its parameters (`params_hash`, the SHA-256 of
the parameters, kept once in `analytics_params`) and the inputs it read, so any number can be
explained and reproduced.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from tortoise import fields

from app.analytics.acwr import AcwrZone
from app.analytics.readiness_params import Recommendation
from app.core.models import TimestampedModel

if TYPE_CHECKING:
    from app.athletes.models import AthleteProfile, Coach
    from app.programs.models import TrainingProgram


def _athlete(related_name: str) -> fields.ForeignKeyRelation[AthleteProfile]:
    return fields.ForeignKeyField(
        "models.AthleteProfile", related_name=related_name, on_delete=fields.CASCADE
    )


class AnalyticsSettings(TimestampedModel):
    """A coach's analytics settings: the parameters they change from the defaults (params.py)."""

    coach: fields.OneToOneRelation[Coach] = fields.OneToOneField(
        "models.Coach", related_name="analytics_settings", on_delete=fields.CASCADE
    )
    if TYPE_CHECKING:
        coach_id: uuid.UUID
    overrides: fields.JSONField[dict[str, Any]] = fields.JSONField(default=dict)

    class Meta:
        table = "analytics_settings"


class AnalyticsParamsRecord(TimestampedModel):
    """One set of parameters, by its SHA-256: what `params_hash` of a stored row names."""

    hash = fields.CharField(max_length=64, unique=True)
    algorithms: fields.JSONField[list[str]] = fields.JSONField()
    params: fields.JSONField[dict[str, Any]] = fields.JSONField()

    class Meta:
        table = "analytics_params"


class DailyTrainingLoad(TimestampedModel):
    """One athlete-local day of the training-load series (seed 003's training_load_tracking).

    Fitness, fatigue, form and ramp rate are stored in both published conventions
    (TrainingPeaks `tp_`, GoldenCheetah `gc_`); ACWR by the configured method.
    """

    athlete: fields.ForeignKeyRelation[AthleteProfile] = _athlete("training_load_days")
    if TYPE_CHECKING:
        athlete_id: uuid.UUID
    day = fields.DateField()
    series_index = fields.IntField()
    load = fields.FloatField()
    session_count = fields.IntField()
    workouts: fields.JSONField[list[dict[str, Any]]] = fields.JSONField()
    acute = fields.FloatField(null=True)
    chronic = fields.FloatField(null=True)
    acwr = fields.FloatField(null=True)
    acwr_zone = fields.CharEnumField(AcwrZone, max_length=16, null=True)
    tp_fitness = fields.FloatField()
    tp_fatigue = fields.FloatField()
    tp_form = fields.FloatField()
    tp_ramp = fields.FloatField(null=True)
    gc_fitness = fields.FloatField()
    gc_fatigue = fields.FloatField()
    gc_form = fields.FloatField()
    gc_ramp = fields.FloatField(null=True)
    weekly_load = fields.FloatField(null=True)
    week_sd = fields.FloatField(null=True)
    monotony = fields.FloatField(null=True)
    strain = fields.FloatField(null=True)
    algorithm_version = fields.CharField(max_length=32)
    params_hash = fields.CharField(max_length=64)

    class Meta:
        table = "daily_training_load"
        unique_together = (("athlete_id", "day"),)


class DailyReadiness(TimestampedModel):
    """One athlete-local day's readiness (seed 003's daily_readiness), with what it read."""

    athlete: fields.ForeignKeyRelation[AthleteProfile] = _athlete("readiness_days")
    if TYPE_CHECKING:
        athlete_id: uuid.UUID
    day = fields.DateField()
    score = fields.FloatField(null=True)
    recommendation = fields.CharEnumField(Recommendation, max_length=16, null=True)
    confidence = fields.CharField(max_length=8)
    confidence_reasons: fields.JSONField[list[str]] = fields.JSONField()
    contributions: fields.JSONField[list[dict[str, Any]]] = fields.JSONField()
    red_flags: fields.JSONField[list[str]] = fields.JSONField()
    tips: fields.JSONField[list[dict[str, str]]] = fields.JSONField()
    hrv_metric = fields.CharField(max_length=8)
    hrv_value = fields.FloatField(null=True)
    resting_hr_value = fields.FloatField(null=True)
    sleep_score = fields.FloatField(null=True)
    stress = fields.FloatField(null=True)
    steps = fields.FloatField(null=True)
    baselines: fields.JSONField[dict[str, Any]] = fields.JSONField()
    acwr = fields.FloatField(null=True)
    acwr_zone = fields.CharEnumField(AcwrZone, max_length=16, null=True)
    training_load_7d = fields.FloatField(null=True)
    training_load_28d = fields.FloatField(null=True)
    sources: fields.JSONField[dict[str, str]] = fields.JSONField()
    inputs: fields.JSONField[dict[str, Any]] = fields.JSONField()
    algorithm_version = fields.CharField(max_length=32)
    params_hash = fields.CharField(max_length=64)

    class Meta:
        table = "daily_readiness"
        unique_together = (("athlete_id", "day"),)
        indexes = (("score",),)


class ReadinessFeedback(TimestampedModel):
    """Whether the athlete agreed with a day's readiness (seed 003's user_agreement and user_feedback)."""

    athlete: fields.ForeignKeyRelation[AthleteProfile] = _athlete("readiness_feedback")
    if TYPE_CHECKING:
        athlete_id: uuid.UUID
    day = fields.DateField()
    agreed = fields.BooleanField()
    # Tortoise types TextField as `str` whatever `null` says; the column is nullable
    comment: fields.Field[str | None] = fields.TextField(null=True)  # type: ignore[assignment]
    score = fields.FloatField(null=True)
    recommendation = fields.CharEnumField(Recommendation, max_length=16, null=True)
    submitted_at = fields.DatetimeField()

    class Meta:
        table = "readiness_feedback"
        unique_together = (("athlete_id", "day"),)


class WeeklyMetrics(TimestampedModel):
    """One athlete-local week (Monday to Sunday) rolled up (seed 002's weekly_metrics)."""

    athlete: fields.ForeignKeyRelation[AthleteProfile] = _athlete("weekly_metrics")
    if TYPE_CHECKING:
        athlete_id: uuid.UUID
    week_start = fields.DateField()
    week_end = fields.DateField()
    run_count = fields.IntField()
    run_distance_km = fields.FloatField()
    run_minutes = fields.FloatField()
    ride_count = fields.IntField()
    ride_distance_km = fields.FloatField()
    ride_minutes = fields.FloatField()
    swim_count = fields.IntField()
    swim_minutes = fields.FloatField()
    other_count = fields.IntField()
    vo2_sessions = fields.IntField()
    tempo_sessions = fields.IntField()
    long_runs = fields.IntField()
    strength_count = fields.IntField()
    strength_load = fields.FloatField()
    strength_tonnage = fields.FloatField()
    total_load = fields.FloatField()
    ctl_mean = fields.FloatField(null=True)
    atl_mean = fields.FloatField(null=True)
    ramp_rate_mean = fields.FloatField(null=True)
    rest_hr_mean = fields.FloatField(null=True)
    steps_mean = fields.FloatField(null=True)
    sleep_score_mean = fields.FloatField(null=True)
    hrv_mean = fields.FloatField(null=True)
    convention = fields.CharField(max_length=16)
    inputs: fields.JSONField[dict[str, Any]] = fields.JSONField()
    algorithm_version = fields.CharField(max_length=32)
    params_hash = fields.CharField(max_length=64)

    class Meta:
        table = "weekly_metrics"
        unique_together = (("athlete_id", "week_start"),)


class WeeklySummary(TimestampedModel):
    """A rule-based, explainable summary of one athlete-local week (seed 004's AIWeeklySummary)."""

    athlete: fields.ForeignKeyRelation[AthleteProfile] = _athlete("weekly_summaries")
    program: fields.ForeignKeyNullableRelation[TrainingProgram] = fields.ForeignKeyField(
        "models.TrainingProgram", related_name="weekly_summaries", null=True, on_delete=fields.SET_NULL
    )
    if TYPE_CHECKING:
        athlete_id: uuid.UUID
        program_id: uuid.UUID | None
    week_start = fields.DateField()
    week_end = fields.DateField()
    complete = fields.BooleanField()
    adherence_rate = fields.FloatField(null=True)
    sessions_planned = fields.IntField()
    sessions_completed = fields.IntField()
    sessions_skipped = fields.IntField()
    total_volume: fields.JSONField[dict[str, Any]] = fields.JSONField()
    fatigue_analysis = fields.TextField()
    reasoning: fields.JSONField[dict[str, str]] = fields.JSONField()
    patterns: fields.JSONField[list[dict[str, str]]] = fields.JSONField()
    suggestions: fields.JSONField[list[dict[str, str]]] = fields.JSONField()
    disclaimer = fields.TextField()
    generated_at = fields.DatetimeField()
    inputs: fields.JSONField[dict[str, Any]] = fields.JSONField()
    algorithm_version = fields.CharField(max_length=32)
    params_hash = fields.CharField(max_length=64)

    class Meta:
        table = "weekly_summary"
        unique_together = (("athlete_id", "week_start"),)
        indexes = (("program_id",), ("generated_at",))


class AnalyticsPending(TimestampedModel):
    """An athlete whose series must be recomputed from `from_day` (null: from the beginning).

    Written in the same transaction as the change that caused it, so no change is ever lost;
    processed (and deleted) right after that transaction commits, or by the periodic job.
    """

    athlete: fields.ForeignKeyRelation[AthleteProfile] = _athlete("analytics_pending")
    if TYPE_CHECKING:
        athlete_id: uuid.UUID
    from_day = fields.DateField(null=True)
    reason = fields.CharField(max_length=32)

    class Meta:
        table = "analytics_pending"
        indexes = (("athlete_id", "created_at"),)
