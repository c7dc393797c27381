"""Weekly plan drafts (seeds 002 and 003): generation runs, plan snapshots, the sessions a draft
became, and the analysis cache.

A run (seed 002's run event and run artifact in one row) keeps everything that explains it: the
inputs, the generator and its version, each attempt's raw output and validation errors, the
validated output and the timings. A valid draft becomes a snapshot the coach reviews, edits and
accepts (all or some sessions); the sessions it became are linked back to the run, so feedback on
them is feedback on the run. Retention: runs 90 days, snapshots 12 months (app/retention).
"""

from __future__ import annotations

import uuid
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from tortoise import fields

from app.core.models import TimestampedModel

if TYPE_CHECKING:
    from app.athletes.models import AthleteProfile
    from app.auth.models import User
    from app.programs.models import MicroCycle, TrainingSession


class PlanRunStatus(StrEnum):
    """success: a valid draft was produced (and snapshotted); failure: every attempt was invalid."""

    SUCCESS = "success"
    FAILURE = "failure"


class DraftStatus(StrEnum):
    """Where a draft is in its review."""

    DRAFT = "draft"
    ACCEPTED = "accepted"
    PARTIALLY_ACCEPTED = "partially_accepted"
    DISCARDED = "discarded"


class PlanChangeKind(StrEnum):
    """How a draft's session relates to the week as planned."""

    ADDED = "added"
    CHANGED = "changed"
    UNCHANGED = "unchanged"
    REMOVED = "removed"


def _athlete(related: str) -> Any:
    return fields.ForeignKeyField("models.AthleteProfile", related_name=related, on_delete=fields.CASCADE)


class AnalysisCache(TimestampedModel):
    """A generator's answer keyed by the SHA-256 of its canonical input (seed 003's ai_analysis_cache)."""

    content_hash = fields.CharField(max_length=64, unique=True)
    analysis_type = fields.CharField(max_length=32)
    generator = fields.CharField(max_length=32)
    generator_version = fields.CharField(max_length=32)
    prompt_id = fields.CharField(max_length=64)
    model_id = fields.CharField(max_length=100, null=True)
    input_context: fields.JSONField[dict[str, Any]] = fields.JSONField()
    response = fields.TextField()
    structured_output: fields.JSONField[dict[str, Any] | None] = fields.JSONField(null=True)
    hit_count = fields.IntField(default=0)
    last_accessed_at = fields.DatetimeField(null=True)
    expires_at = fields.DatetimeField(null=True)
    stored_at = fields.DatetimeField()

    class Meta:
        table = "analysis_cache"
        indexes = (("analysis_type",), ("expires_at",), ("stored_at",))


class PlanGenerationRun(TimestampedModel):
    """One weekly-plan generation for one athlete and week, successful or not, with its whole record."""

    athlete: fields.ForeignKeyRelation[AthleteProfile] = _athlete("plan_runs")
    requested_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="plan_runs", null=True, on_delete=fields.SET_NULL
    )
    cache_entry: fields.ForeignKeyNullableRelation[AnalysisCache] = fields.ForeignKeyField(
        "models.AnalysisCache", related_name="runs", null=True, on_delete=fields.SET_NULL
    )
    if TYPE_CHECKING:
        athlete_id: uuid.UUID
        requested_by_id: uuid.UUID | None
        cache_entry_id: uuid.UUID | None
    request_id = fields.UUIDField(null=True)
    status = fields.CharEnumField(PlanRunStatus, max_length=16)
    attempt = fields.IntField(null=True)
    attempts = fields.IntField(default=0)
    max_attempts = fields.IntField()
    week_start = fields.DateField()
    week_end = fields.DateField()
    generator = fields.CharField(max_length=32)
    generator_version = fields.CharField(max_length=32)
    prompt_id = fields.CharField(max_length=64)
    model_id = fields.CharField(max_length=100, null=True)
    inputs: fields.JSONField[dict[str, Any]] = fields.JSONField()
    input_hash = fields.CharField(max_length=64)
    raw_output: fields.Field[str | None] = fields.TextField(null=True)  # type: ignore[assignment]
    validated_output: fields.JSONField[dict[str, Any] | None] = fields.JSONField(null=True)
    errors: fields.JSONField[list[dict[str, Any]]] = fields.JSONField(default=list)
    error_count = fields.IntField(default=0)
    attempt_log: fields.JSONField[list[dict[str, Any]]] = fields.JSONField(default=list)
    cache_hit = fields.BooleanField(default=False)
    started_at = fields.DatetimeField()
    finished_at = fields.DatetimeField()
    duration_ms = fields.FloatField()
    timings: fields.JSONField[dict[str, float]] = fields.JSONField(default=dict)

    class Meta:
        table = "plan_generation_run"
        unique_together = (("requested_by_id", "request_id"),)
        indexes = (
            ("athlete_id", "started_at"),
            ("status", "started_at"),
            ("started_at",),
            ("cache_entry_id",),
        )


class PlanSnapshot(TimestampedModel):
    """A validated weekly plan draft (seed 002's plan snapshot), reviewed, edited and accepted by a coach."""

    run: fields.ForeignKeyNullableRelation[PlanGenerationRun] = fields.ForeignKeyField(
        "models.PlanGenerationRun", related_name="snapshots", null=True, on_delete=fields.SET_NULL
    )
    athlete: fields.ForeignKeyRelation[AthleteProfile] = _athlete("plan_snapshots")
    reviewed_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="reviewed_plans", null=True, on_delete=fields.SET_NULL
    )
    micro_cycle: fields.ForeignKeyNullableRelation[MicroCycle] = fields.ForeignKeyField(
        "models.MicroCycle", related_name="plan_snapshots", null=True, on_delete=fields.SET_NULL
    )
    if TYPE_CHECKING:
        run_id: uuid.UUID | None
        athlete_id: uuid.UUID
        reviewed_by_id: uuid.UUID | None
        micro_cycle_id: uuid.UUID | None
    attempt = fields.IntField(null=True)
    week_start = fields.DateField()
    week_end = fields.DateField()
    schema_version = fields.CharField(max_length=16)
    plan: fields.JSONField[dict[str, Any]] = fields.JSONField()
    generated_plan: fields.JSONField[dict[str, Any]] = fields.JSONField()
    justification: fields.JSONField[list[dict[str, Any]]] = fields.JSONField(default=list)
    status = fields.CharEnumField(DraftStatus, max_length=24, default=DraftStatus.DRAFT)
    version = fields.IntField(default=1)
    edited = fields.BooleanField(default=False)
    accepted_keys: fields.JSONField[list[str]] = fields.JSONField(default=list)
    generated_at = fields.DatetimeField()
    reviewed_at = fields.DatetimeField(null=True)

    class Meta:
        table = "plan_snapshot"
        indexes = (
            ("athlete_id", "week_start"),
            ("run_id",),
            ("reviewed_by_id",),
            ("micro_cycle_id",),
            ("generated_at",),
        )


class PlanSession(TimestampedModel):
    """A draft session a coach accepted, and the training session it became (so feedback on that
    session is linked to the run that proposed it, seed 002)."""

    snapshot: fields.ForeignKeyRelation[PlanSnapshot] = fields.ForeignKeyField(
        "models.PlanSnapshot", related_name="sessions", on_delete=fields.CASCADE
    )
    run: fields.ForeignKeyNullableRelation[PlanGenerationRun] = fields.ForeignKeyField(
        "models.PlanGenerationRun", related_name="sessions", null=True, on_delete=fields.SET_NULL
    )
    session: fields.ForeignKeyNullableRelation[TrainingSession] = fields.ForeignKeyField(
        "models.TrainingSession", related_name="plan_links", null=True, on_delete=fields.SET_NULL
    )
    athlete: fields.ForeignKeyRelation[AthleteProfile] = _athlete("plan_sessions")
    if TYPE_CHECKING:
        snapshot_id: uuid.UUID
        run_id: uuid.UUID | None
        session_id: uuid.UUID | None
        athlete_id: uuid.UUID
    draft_key = fields.CharField(max_length=40)
    change = fields.CharEnumField(PlanChangeKind, max_length=16)

    class Meta:
        table = "plan_session"
        indexes = (("snapshot_id",), ("run_id",), ("session_id",), ("athlete_id",))
