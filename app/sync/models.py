"""Tables of offline sync: idempotency keys, client operations (seed 004's sync status), change log."""

from __future__ import annotations

import uuid
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from tortoise import fields
from tortoise.models import Model

from app.core.models import TimestampedModel
from app.logs.models import SyncStatus

if TYPE_CHECKING:
    from app.athletes.models import AthleteProfile
    from app.auth.models import User


class SyncOutcome(StrEnum):
    """What became of one operation of a batch."""

    APPLIED = "applied"
    DUPLICATE = "duplicate"
    CONFLICT = "conflict"
    REJECTED = "rejected"


class ChangeOperation(StrEnum):
    """What happened to a row, as the changes feed reports it."""

    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"
    # a program became archived: a tombstone, the row is not sent
    ARCHIVE = "archive"
    # the athlete left this coach (reassigned or deleted): every row of theirs goes
    ATHLETE_GONE = "athlete_gone"


class ChangeAudience(StrEnum):
    """Who may read a change-log row (see app/sync/changes.py)."""

    # a row owned by an athlete: the athlete, their current coach, admins
    ATHLETE = "athlete"
    # a catalogue exercise: everyone when shared, else its coach and the coach's athletes, admins
    EXERCISE = "exercise"
    # addressed to one coach only (coach_id): the ATHLETE_GONE tombstone
    COACH = "coach"
    # addressed to one athlete only (athlete_id): exercises appearing or going with a new coach
    ATHLETE_ONLY = "athlete_only"


class IdempotencyKey(TimestampedModel):
    """A client's idempotency key and the result it produced, kept until `expires_at`.

    Scoped to the user who sent it; `payload_hash` is the SHA-256 of the operation's canonical
    JSON, so the same key with another payload is refused. `result_json` is the written row as
    the first response showed it (text, not JSONB: JSONB would reorder the keys of JSON values).
    """

    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="idempotency_keys", on_delete=fields.CASCADE
    )
    if TYPE_CHECKING:
        user_id: uuid.UUID
    key = fields.CharField(max_length=255)
    operation = fields.CharField(max_length=64)
    payload_hash = fields.CharField(max_length=64)
    result_kind = fields.CharField(max_length=64)
    result_id = fields.UUIDField()
    result_json = fields.TextField()
    expires_at = fields.DatetimeField()

    class Meta:
        table = "idempotency_key"
        unique_together = (("user_id", "key"),)
        indexes = (("expires_at",),)


class SyncOperation(TimestampedModel):
    """One operation a client queued, as the server saw it: attempts, failures, last errors.

    Keyed by (user, client id, client operation id). Seed 004's status: PENDING until it
    applies (SYNCED), ERROR once it failed three times without applying.
    """

    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="sync_operations", on_delete=fields.CASCADE
    )
    # the calling athlete (null for coaches and admins): lets their coach see a log's status
    athlete: fields.ForeignKeyNullableRelation[AthleteProfile] = fields.ForeignKeyField(
        "models.AthleteProfile", related_name="sync_operations", null=True, on_delete=fields.CASCADE
    )
    if TYPE_CHECKING:
        user_id: uuid.UUID
        athlete_id: uuid.UUID | None
    client_id = fields.CharField(max_length=100)
    client_operation_id = fields.CharField(max_length=100)
    operation = fields.CharField(max_length=64, null=True)
    idempotency_key = fields.CharField(max_length=255)
    status = fields.CharEnumField(SyncStatus, max_length=16)
    attempts = fields.IntField(default=0)
    failures = fields.IntField(default=0)
    last_outcome = fields.CharEnumField(SyncOutcome, max_length=16)
    last_errors: fields.JSONField[list[dict[str, Any]]] = fields.JSONField(default=list)
    # the row the operation is about (the log an edit replaces, the session skipped), if known
    target_id = fields.UUIDField(null=True)
    # what it wrote, once applied
    entity_kind = fields.CharField(max_length=64, null=True)
    entity_id = fields.UUIDField(null=True)

    class Meta:
        table = "sync_operation"
        unique_together = (("user_id", "client_id", "client_operation_id"),)
        indexes = (("user_id", "client_id", "status", "updated_at"), ("athlete_id",), ("target_id",))


class ChangeLog(Model):
    """One change of a tracked row, written by PostgreSQL triggers (never by the ORM).

    `txid` is the writing transaction's id (`pg_current_xact_id()`); the feed serves rows in
    (txid, id) order, and only below the oldest transaction still running (app/sync/changes.py).
    `athlete_id` and `coach_id` are plain columns: a tombstone outlives the rows it names.
    """

    id = fields.BigIntField(primary_key=True)
    txid = fields.BigIntField()
    entity = fields.CharField(max_length=64)
    row_id = fields.UUIDField()
    operation = fields.CharEnumField(ChangeOperation, max_length=16)
    audience = fields.CharEnumField(ChangeAudience, max_length=16)
    athlete_id = fields.UUIDField(null=True)
    coach_id = fields.UUIDField(null=True)
    # exercises: system or public when written (visible to everyone)
    shared = fields.BooleanField(default=False)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "change_log"
        indexes = (("txid", "id"), ("athlete_id", "txid"), ("coach_id", "txid"))
