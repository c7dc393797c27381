"""Exercise and BenchmarkMetric tables (seed 004)."""

from __future__ import annotations

import uuid
from enum import StrEnum
from typing import TYPE_CHECKING

from tortoise import fields

from app.core.models import TimestampedModel

if TYPE_CHECKING:
    from app.athletes.models import AthleteProfile, Coach


class ExerciseCategory(StrEnum):
    SQUAT = "squat"
    HINGE = "hinge"
    PRESS = "press"
    PULL = "pull"
    ACCESSORY = "accessory"
    CORE = "core"
    PLYOMETRIC = "plyometric"


class MuscleGroup(StrEnum):
    QUADS = "quads"
    HAMSTRINGS = "hamstrings"
    GLUTES = "glutes"
    CALVES = "calves"
    ADDUCTORS = "adductors"
    HIP_FLEXORS = "hip_flexors"
    CHEST = "chest"
    UPPER_BACK = "upper_back"
    LATS = "lats"
    LOWER_BACK = "lower_back"
    TRAPS = "traps"
    SHOULDERS = "shoulders"
    BICEPS = "biceps"
    TRICEPS = "triceps"
    FOREARMS = "forearms"
    CORE = "core"
    OBLIQUES = "obliques"
    FULL_BODY = "full_body"


class MetricType(StrEnum):
    """Seed 004's benchmark kinds. ONE_RM needs an exercise."""

    ONE_RM = "1RM"
    FTP = "FTP"
    HR_ZONE_1 = "HR_zone_1"
    HR_ZONE_2 = "HR_zone_2"
    HR_ZONE_3 = "HR_zone_3"
    HR_ZONE_4 = "HR_zone_4"
    HR_ZONE_5 = "HR_zone_5"
    PACE_5K = "pace_5k"
    PACE_10K = "pace_10k"
    PACE_HALF_MARATHON = "pace_half_marathon"


class Exercise(TimestampedModel):
    """A movement in the catalogue: system ones (no creator, public, read-only) or a coach's own."""

    name = fields.CharField(max_length=100, unique=True)
    category = fields.CharEnumField(ExerciseCategory, max_length=16)
    muscle_groups: fields.JSONField[list[str]] = fields.JSONField(default=list)
    created_by: fields.ForeignKeyNullableRelation[Coach] = fields.ForeignKeyField(
        "models.Coach", related_name="exercises", null=True, on_delete=fields.CASCADE
    )
    if TYPE_CHECKING:
        created_by_id: uuid.UUID | None
    is_public = fields.BooleanField(default=False)

    class Meta:
        table = "exercise"
        indexes = (("category",), ("created_by_id",))


class BenchmarkMetric(TimestampedModel):
    """One measured benchmark; history is kept and the newest (by established_at) wins."""

    athlete: fields.ForeignKeyRelation[AthleteProfile] = fields.ForeignKeyField(
        "models.AthleteProfile", related_name="benchmarks", on_delete=fields.CASCADE
    )
    metric_type = fields.CharField(max_length=32)
    value = fields.DecimalField(max_digits=10, decimal_places=3)
    unit = fields.CharField(max_length=20)
    exercise: fields.ForeignKeyNullableRelation[Exercise] = fields.ForeignKeyField(
        "models.Exercise", related_name="benchmarks", null=True, on_delete=fields.RESTRICT
    )
    if TYPE_CHECKING:
        athlete_id: uuid.UUID
        exercise_id: uuid.UUID | None
    established_at = fields.DateField()

    class Meta:
        table = "benchmark_metric"
        indexes = (("athlete_id", "metric_type", "established_at"), ("exercise_id",))
