"""Seed 004's sync status: what the server saw of each operation a client queued.

One row per (user, client id, client operation id) counts the attempts and the failures
(REJECTED or CONFLICT) and keeps the last errors. Its status is SYNCED once the operation
applied (or came back as a DUPLICATE: it had applied), ERROR after MAX_FAILURES failures
without applying, PENDING otherwise. A synced operation stays synced.

A workout log's `syncStatus` reflects this record where one exists: when the newest
operation about a log version (an edit of it) has not applied, the version shows that
operation's status (PENDING, or ERROR after three failures); otherwise the version shows the
status stored with it: SYNCED for logs written through `sync`, what the client reported for
logs written by the single mutations.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import asdict, dataclass
from typing import Any

from tortoise import connections, timezone
from tortoise.functions import Count
from tortoise.queryset import QuerySet

from app.core.actor import Actor
from app.core.errors import ErrorCode, FieldError, ValidationFailed
from app.logs.models import SyncStatus
from app.sync.entities import Entity
from app.sync.models import SyncOperation, SyncOutcome

# Seed 004: an operation that failed three times is reported as ERROR.
MAX_FAILURES = 3
MAX_CLIENT_ID = 100

_UPSERT = """
INSERT INTO "sync_operation" ("id", "created_at", "updated_at", "user_id", "athlete_id", "client_id",
    "client_operation_id", "operation", "idempotency_key", "status", "attempts", "failures", "last_outcome",
    "last_errors", "target_id", "entity_kind", "entity_id")
VALUES ($1, $2, $2, $3, $4, $5, $6, $7, $8, $9, 1, $10, $11, $12::jsonb, $13, $14, $15)
ON CONFLICT ("user_id", "client_id", "client_operation_id") DO UPDATE SET
    "updated_at" = EXCLUDED."updated_at",
    "operation" = EXCLUDED."operation",
    "idempotency_key" = EXCLUDED."idempotency_key",
    "attempts" = "sync_operation"."attempts" + 1,
    "failures" = "sync_operation"."failures" + EXCLUDED."failures",
    "last_outcome" = EXCLUDED."last_outcome",
    "last_errors" = EXCLUDED."last_errors",
    "target_id" = coalesce(EXCLUDED."target_id", "sync_operation"."target_id"),
    "entity_kind" = coalesce("sync_operation"."entity_kind", EXCLUDED."entity_kind"),
    "entity_id" = coalesce("sync_operation"."entity_id", EXCLUDED."entity_id"),
    "status" = CASE
        WHEN coalesce("sync_operation"."entity_id", EXCLUDED."entity_id") IS NOT NULL THEN 'synced'
        WHEN "sync_operation"."failures" + EXCLUDED."failures" >= $16 THEN 'error'
        ELSE 'pending' END
"""


@dataclass(frozen=True)
class Attempt:
    """One arrival of a client's operation, as recorded."""

    client_id: str
    client_operation_id: str
    operation: str | None
    idempotency_key: str
    target_id: uuid.UUID | None


async def record(
    *,
    actor: Actor,
    attempt: Attempt,
    outcome: SyncOutcome,
    errors: list[FieldError] | None = None,
    entity: Entity | None = None,
) -> SyncOperation:
    """Count one attempt of an operation (in the caller's transaction, if any) and return its record."""
    failed = outcome in (SyncOutcome.REJECTED, SyncOutcome.CONFLICT)
    # a first attempt; a repeated one is decided by the statement (see _UPSERT)
    status = SyncStatus.SYNCED if entity is not None else SyncStatus.PENDING
    problems = [{**asdict(e), "code": e.code.value} for e in errors or []]
    await connections.get("default").execute_query(
        _UPSERT,
        [
            uuid.uuid4(),
            timezone.now(),
            actor.user_id,
            actor.athlete_id,
            attempt.client_id,
            attempt.client_operation_id,
            attempt.operation,
            attempt.idempotency_key,
            status.value,
            int(failed),
            outcome.value,
            json.dumps(problems),
            attempt.target_id,
            entity.kind.value if entity else None,
            entity.row.pk if entity else None,
            MAX_FAILURES,
        ],
    )
    return await SyncOperation.get(
        user_id=actor.user_id,
        client_id=attempt.client_id,
        client_operation_id=attempt.client_operation_id,
    )


def last_errors(row: SyncOperation) -> list[FieldError]:
    """The errors of an operation's last failed attempt (none once it applied)."""
    return [FieldError(e.get("field"), ErrorCode(e["code"]), e["message"]) for e in row.last_errors]


@dataclass(frozen=True)
class SyncReport:
    """What the server holds about one client's operations: counts by status, and the records."""

    client_id: str
    pending_count: int
    synced_count: int
    error_count: int
    operations: QuerySet[SyncOperation]


def check_client_id(client_id: str, field: str = "clientId") -> None:
    """A client id: 1-100 characters, not blank."""
    if not 1 <= len(client_id) <= MAX_CLIENT_ID or not client_id.strip():
        raise ValidationFailed.one(
            field, ErrorCode.INVALID, f"A client id has 1 to {MAX_CLIENT_ID} characters."
        )


async def sync_report(*, actor: Actor, client_id: str) -> SyncReport:
    """The caller's own operations from one client (their device): another account's are never shown."""
    check_client_id(client_id)
    query = SyncOperation.filter(user_id=actor.user_id, client_id=client_id)
    rows: list[dict[str, Any]] = await query.group_by("status").annotate(n=Count("id")).values("status", "n")
    counts = {SyncStatus(r["status"]): r["n"] for r in rows}
    return SyncReport(
        client_id,
        counts.get(SyncStatus.PENDING, 0),
        counts.get(SyncStatus.SYNCED, 0),
        counts.get(SyncStatus.ERROR, 0),
        query,
    )


def report_operations(report: SyncReport, *, status: SyncStatus | None = None) -> QuerySet[SyncOperation]:
    """A report's operation records, all or those with one status."""
    return report.operations if status is None else report.operations.filter(status=status)
