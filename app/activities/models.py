"""Activity: a device-recorded workout (seed 003), deduplicated by its source's id and matched
to the planned session it fulfils."""

from __future__ import annotations

import uuid
from enum import StrEnum
from typing import TYPE_CHECKING

from tortoise import fields

from app.wellness.models import IngestedModel

if TYPE_CHECKING:
    from app.athletes.models import AthleteProfile
    from app.ingest.models import IngestionRun
    from app.programs.models import TrainingSession


class ActivityType(StrEnum):
    """Seed 003's activity types."""

    RUNNING = "running"
    CYCLING = "cycling"
    SWIMMING = "swimming"
    WALKING = "walking"
    HIKING = "hiking"
    ROWING = "rowing"
    STRENGTH_TRAINING = "strength_training"
    HIIT = "hiit"
    YOGA = "yoga"
    CARDIO = "cardio"
    OTHER = "other"


class MatchMethod(StrEnum):
    """How an activity came to be linked to a planned session."""

    AUTO = "auto"
    MANUAL = "manual"


class Activity(IngestedModel):
    """One workout as a device recorded it. `duplicate_of` marks the same workout reported by a
    second source (kept, never lost, but not counted twice)."""

    athlete: fields.ForeignKeyRelation[AthleteProfile] = fields.ForeignKeyField(
        "models.AthleteProfile", related_name="activities", on_delete=fields.CASCADE
    )
    ingestion_run: fields.ForeignKeyNullableRelation[IngestionRun] = fields.ForeignKeyField(
        "models.IngestionRun", related_name="activities", null=True, on_delete=fields.SET_NULL
    )
    planned_session: fields.ForeignKeyNullableRelation[TrainingSession] = fields.ForeignKeyField(
        "models.TrainingSession", related_name="activities", null=True, on_delete=fields.SET_NULL
    )
    if TYPE_CHECKING:
        athlete_id: uuid.UUID
        ingestion_run_id: uuid.UUID | None
        planned_session_id: uuid.UUID | None
    external_id = fields.CharField(max_length=128)
    activity_type = fields.CharEnumField(ActivityType, max_length=32)
    name = fields.CharField(max_length=200, null=True)
    start_at = fields.DatetimeField()
    local_date = fields.DateField()
    duration_seconds = fields.IntField()
    distance_meters = fields.FloatField(null=True)
    elevation_gain_meters = fields.FloatField(null=True)
    avg_hr = fields.IntField(null=True)
    max_hr = fields.IntField(null=True)
    avg_power = fields.IntField(null=True)
    calories = fields.IntField(null=True)
    training_load = fields.FloatField(null=True)
    aerobic_effect = fields.FloatField(null=True)
    anaerobic_effect = fields.FloatField(null=True)
    hr_zone_minutes: fields.JSONField[list[float] | None] = fields.JSONField(null=True)
    # Tortoise types CharEnumField as non-null whatever `null` says; the column is nullable
    match_method: fields.Field[MatchMethod | None] = fields.CharEnumField(  # type: ignore[assignment]
        MatchMethod, max_length=8, null=True
    )
    # The activity this one duplicates (another source's report of the same workout). A foreign
    # key to this table, added by a hand-written migration (aerich cannot order a self-reference).
    duplicate_of_id = fields.UUIDField(null=True)

    class Meta:
        table = "activity"
        unique_together = (("source", "external_id"),)
        indexes = (
            ("athlete_id", "start_at"),
            ("athlete_id", "local_date"),
            ("ingestion_run_id",),
            ("duplicate_of_id",),
        )
        # planned_session_id: a partial unique index (a session is matched at most once) is
        # added by the hand-written part of the migration; it also serves the foreign key.
