"""Ingestion tables: one run per batch (seed 003's sync history), integration tokens for hubs,
and the revision history of records a later report replaced."""

from __future__ import annotations

import uuid
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from tortoise import fields

from app.core.models import TimestampedModel

if TYPE_CHECKING:
    from app.athletes.models import AthleteProfile, Coach
    from app.auth.models import User


class IngestKind(StrEnum):
    """What a run ingested, and through which door."""

    WELLNESS = "wellness"
    SLEEP = "sleep"
    HRV = "hrv"
    HEART_RATE = "heart_rate"
    ACTIVITIES = "activities"
    CHECK_IN = "check_in"
    FIT_FILE = "fit_file"
    CSV_FILE = "csv_file"


class RunStatus(StrEnum):
    """completed: every record was taken; partial: some were rejected; failed: none was taken."""

    COMPLETED = "completed"
    PARTIAL = "partial"
    FAILED = "failed"


class IngestionRun(TimestampedModel):
    """One ingested batch for one athlete from one source, with its per-status counts."""

    athlete: fields.ForeignKeyRelation[AthleteProfile] = fields.ForeignKeyField(
        "models.AthleteProfile", related_name="ingestion_runs", on_delete=fields.CASCADE
    )
    triggered_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="ingestion_runs", null=True, on_delete=fields.SET_NULL
    )
    integration_token: fields.ForeignKeyNullableRelation[IntegrationToken] = fields.ForeignKeyField(
        "models.IntegrationToken", related_name="runs", null=True, on_delete=fields.SET_NULL
    )
    if TYPE_CHECKING:
        athlete_id: uuid.UUID
        triggered_by_id: uuid.UUID | None
        integration_token_id: uuid.UUID | None
    source = fields.CharField(max_length=32)
    kind = fields.CharEnumField(IngestKind, max_length=16)
    status = fields.CharEnumField(RunStatus, max_length=16)
    started_at = fields.DatetimeField()
    finished_at = fields.DatetimeField(null=True)
    received = fields.IntField(default=0)
    applied = fields.IntField(default=0)
    unchanged = fields.IntField(default=0)
    revised = fields.IntField(default=0)
    rejected = fields.IntField(default=0)
    late = fields.IntField(default=0)
    errors: fields.JSONField[list[dict[str, Any]]] = fields.JSONField(default=list)
    file_name = fields.CharField(max_length=255, null=True)

    class Meta:
        table = "ingestion_run"
        indexes = (("athlete_id", "started_at"), ("triggered_by_id",), ("integration_token_id",))


class IntegrationToken(TimestampedModel):
    """A coach's named bearer token for an integration hub. Only its SHA-256 is stored."""

    coach: fields.ForeignKeyRelation[Coach] = fields.ForeignKeyField(
        "models.Coach", related_name="integration_tokens", on_delete=fields.CASCADE
    )
    created_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="integration_tokens", null=True, on_delete=fields.SET_NULL
    )
    if TYPE_CHECKING:
        coach_id: uuid.UUID
        created_by_id: uuid.UUID | None
    name = fields.CharField(max_length=100)
    prefix = fields.CharField(max_length=16)
    token_hash = fields.CharField(max_length=64, unique=True)
    last_used_at = fields.DatetimeField(null=True)
    use_count = fields.IntField(default=0)
    revoked_at = fields.DatetimeField(null=True)

    class Meta:
        table = "integration_token"
        indexes = (("coach_id", "created_at"), ("created_by_id",))


class RecordRevision(TimestampedModel):
    """The values a record had before a later report replaced them (revision `revision`)."""

    athlete: fields.ForeignKeyRelation[AthleteProfile] = fields.ForeignKeyField(
        "models.AthleteProfile", related_name="record_revisions", on_delete=fields.CASCADE
    )
    ingestion_run: fields.ForeignKeyNullableRelation[IngestionRun] = fields.ForeignKeyField(
        "models.IngestionRun", related_name="revisions", null=True, on_delete=fields.SET_NULL
    )
    if TYPE_CHECKING:
        athlete_id: uuid.UUID
        ingestion_run_id: uuid.UUID | None
    record_type = fields.CharField(max_length=32)
    record_id = fields.UUIDField()
    revision = fields.IntField()
    previous: fields.JSONField[dict[str, Any]] = fields.JSONField()
    replaced_at = fields.DatetimeField()

    class Meta:
        table = "record_revision"
        indexes = (("record_type", "record_id"), ("athlete_id",), ("ingestion_run_id",))
