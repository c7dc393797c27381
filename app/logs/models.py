"""WorkoutLog and SessionFeedback tables (seeds 000, 002, 004)."""

from __future__ import annotations

import uuid
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from tortoise import fields

from app.core.models import TimestampedModel, UniquePartialIndex

if TYPE_CHECKING:
    from app.athletes.models import AthleteProfile
    from app.programs.models import TrainingSession


class SyncStatus(StrEnum):
    PENDING = "pending"
    SYNCED = "synced"
    ERROR = "error"


class FeedbackType(StrEnum):
    DONE = "done"
    SKIPPED = "skipped"
    HARD = "hard"
    PAIN = "pain"


class WorkoutLog(TimestampedModel):
    """A record of a session as done. Immutable: an edit writes a new version that `replaces` this one."""

    # Kept when the session is deleted (seed 004: nullify, preserve the log).
    session: fields.ForeignKeyNullableRelation[TrainingSession] = fields.ForeignKeyField(
        "models.TrainingSession", related_name="logs", null=True, on_delete=fields.SET_NULL
    )
    athlete: fields.ForeignKeyRelation[AthleteProfile] = fields.ForeignKeyField(
        "models.AthleteProfile", related_name="logs", on_delete=fields.CASCADE
    )
    if TYPE_CHECKING:
        session_id: uuid.UUID | None
        athlete_id: uuid.UUID
    completed_at = fields.DatetimeField()
    actual_data: fields.JSONField[dict[str, Any]] = fields.JSONField()
    rpe = fields.IntField(null=True)
    duration_minutes = fields.IntField(null=True)
    # Tortoise types TextField as `str` whatever `null` says; the column is nullable
    notes: fields.Field[str | None] = fields.TextField(null=True)  # type: ignore[assignment]
    sync_status = fields.CharEnumField(SyncStatus, max_length=16, default=SyncStatus.SYNCED)
    version = fields.IntField(default=1)
    # The version this one replaces. A foreign key to this table, added by a hand-written
    # migration (aerich cannot order a self-reference when creating the table).
    replaces_id = fields.UUIDField(null=True, db_index=True)
    # Only the newest version of a log is current; older versions stay readable.
    is_current = fields.BooleanField(default=True)

    class Meta:
        table = "workout_log"
        indexes = (
            ("athlete_id", "completed_at"),
            ("sync_status",),
            ("session_id",),
            UniquePartialIndex(
                fields=("session_id", "athlete_id"),
                condition={"is_current": True},
                name="uniq_workout_log_current",
            ),
        )


class SessionFeedback(TimestampedModel):
    """How a session felt (seed 002's done/skipped/hard/pain plus seed 000's mood, energy, soreness)."""

    session: fields.ForeignKeyRelation[TrainingSession] = fields.ForeignKeyField(
        "models.TrainingSession", related_name="feedback", on_delete=fields.CASCADE
    )
    athlete: fields.ForeignKeyRelation[AthleteProfile] = fields.ForeignKeyField(
        "models.AthleteProfile", related_name="feedback", on_delete=fields.CASCADE
    )
    if TYPE_CHECKING:
        session_id: uuid.UUID
        athlete_id: uuid.UUID
    feedback_type = fields.CharEnumField(FeedbackType, max_length=16)
    mood = fields.CharField(max_length=50, null=True)
    energy = fields.IntField(null=True)
    soreness = fields.IntField(null=True)
    # Tortoise types TextField as `str` whatever `null` says; the column is nullable
    comments: fields.Field[str | None] = fields.TextField(null=True)  # type: ignore[assignment]
    submitted_at = fields.DatetimeField()

    class Meta:
        table = "session_feedback"
        unique_together = (("session_id", "athlete_id"),)
        indexes = (("athlete_id", "submitted_at"),)
