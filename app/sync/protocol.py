"""The sync protocol: a batch of queued operations, each applied once and answered on its own.

An app queues what the athlete does offline and sends the queue as one batch: a client id
(the device) and up to MAX_OPERATIONS operations, each with a client operation id (its place
in the app's queue), an idempotency key and the payload of one registered operation.

- The envelope is checked first (client id, batch size, every operation's ids and key): a bad
  envelope refuses the whole batch, nothing applied.
- Then the operations apply in the order sent, one after the other, in one transaction with a
  savepoint per operation: a failing operation is rolled back to its savepoint and undoes
  nothing else; the batch commits once (one disk flush for the whole queue). The batch
  first takes the user's write lock (app/sync/idempotency.py), so two batches of one user
  (two devices, or a retry overlapping its original) run one after the other, never
  interleaved. If the server fails unexpectedly, the whole batch is rolled back and the
  request answers INTERNAL_SERVER_ERROR: send it again.
- Each gets its own result: APPLIED (the entity written), DUPLICATE (its key had already
  applied: the first result again, byte for byte), CONFLICT (it was based on a version the
  server has since replaced: the current version and the fields that differ), or REJECTED
  (the same typed errors the single mutation gives).
- Every attempt is recorded per client operation (app/sync/status.py, seed 004's status).

The operations are the services of the single mutations, so every rule of those (the 7-day
log window, version checks, validation, row-level access) applies per operation, with the
same error codes. A write the caller's role may never make is REJECTED with FORBIDDEN.

Registering an operation is one entry in OPERATIONS: its name in the protocol (the single
mutation's name) and an `Operation` naming the service that applies it, keyword arguments
first, `actor` among them, returning the row written. The wellness check-in, for instance:

    "submitCheckIn": Operation(checkins.submit_check_in, target="id"),

The API exposes it by one field of the same name in `SyncOperationInput`
(graphql_schema/sync/types.py), typed with the single mutation's input.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from tortoise.models import Model
from tortoise.transactions import in_transaction

from app.analytics import feedback as readiness_feedback
from app.athletes import service as athletes
from app.core.actor import Actor
from app.core.errors import Collector, ErrorCode, FieldError, PermissionDenied, ValidationFailed
from app.exercises import service as exercises
from app.logs import service as logs
from app.logs.models import SyncStatus
from app.programs import sessions
from app.sync import conflicts, idempotency, status
from app.sync.conflicts import Conflict
from app.sync.entities import Entity
from app.sync.models import SyncOperation, SyncOutcome
from app.wellness import checkins

MAX_OPERATIONS = 100
MAX_CLIENT_OPERATION_ID = 100
# Expired keys deleted after each batch, at most (the rest wait for later batches or a job).
PRUNE_PER_BATCH = 100


@dataclass(frozen=True)
class Operation:
    """One kind of write the protocol accepts."""

    # the service: keyword arguments, `actor` among them; returns the row it wrote
    apply: Callable[..., Awaitable[Model]]
    # the argument naming the existing row the write is about, if any (its sync status)
    target: str | None = None
    # arguments the server sets when the write arrives through sync
    synced: Mapping[str, Any] = field(default_factory=dict)
    # for writes based on a version: the server's current version and the differing fields
    conflict: Callable[[Actor, Mapping[str, Any]], Awaitable[Conflict | None]] | None = None


_SYNCED_LOG = {"sync_status": SyncStatus.SYNCED}

OPERATIONS: dict[str, Operation] = {
    "logWorkout": Operation(logs.log_workout, target="log_id", synced=_SYNCED_LOG),
    "editWorkoutLog": Operation(
        logs.edit_workout_log, target="log_id", synced=_SYNCED_LOG, conflict=conflicts.log_edit
    ),
    "submitSessionFeedback": Operation(logs.submit_session_feedback, target="session_id"),
    "skipOwnSession": Operation(sessions.skip_own_session, target="id"),
    "recordBenchmark": Operation(exercises.record_benchmark, target="benchmark_id"),
    "updateAthleteProfile": Operation(athletes.update_profile, target="id"),
    "submitCheckIn": Operation(checkins.submit_check_in, target="id"),
    "recordReadinessFeedback": Operation(readiness_feedback.record_readiness_feedback, target="id"),
}


@dataclass(frozen=True)
class Performed:
    """A write that applied now (APPLIED) or earlier under the same key (DUPLICATE)."""

    entity: Entity
    outcome: SyncOutcome


async def perform(
    *,
    actor: Actor,
    operation: str,
    arguments: Mapping[str, Any],
    idempotency_key: str | None,
    ttl: timedelta,
) -> Performed:
    """Apply one registered operation; with a key, at most once per key (a repeat gets the first result)."""
    spec = OPERATIONS[operation]
    if idempotency_key is None:
        return Performed(Entity.of(await spec.apply(actor=actor, **arguments)), SyncOutcome.APPLIED)
    errors = Collector()
    idempotency.check_key(idempotency_key, errors)
    errors.raise_if_any()
    async with in_transaction():
        await idempotency.lock_writes(actor)
        return await _apply_once(actor, operation, arguments, idempotency_key, ttl)


async def _apply_once(
    actor: Actor,
    operation: str,
    arguments: Mapping[str, Any],
    key: str,
    ttl: timedelta,
    *,
    synced: bool = False,
) -> Performed:
    """Inside a transaction holding the user's write lock: the key's stored result, or apply and store it.

    `synced`: the write arrived through a sync batch (the operation's `synced` arguments apply).
    """
    spec = OPERATIONS[operation]
    digest = idempotency.payload_hash(operation, arguments)
    stored = await idempotency.claim(actor=actor, key=key, operation=operation, digest=digest)
    if stored is not None:
        return Performed(stored, SyncOutcome.DUPLICATE)
    values = {**arguments, **spec.synced} if synced else dict(arguments)
    entity = Entity.of(await spec.apply(actor=actor, **values))
    await idempotency.remember(
        actor=actor, key=key, operation=operation, digest=digest, entity=entity, ttl=ttl
    )
    return Performed(entity, SyncOutcome.APPLIED)


@dataclass(frozen=True)
class OperationRequest:
    """One queued operation as the client sent it (`arguments` in the service's terms)."""

    client_operation_id: str
    idempotency_key: str
    # None when the client named no operation, or several
    operation: str | None
    arguments: Mapping[str, Any] = field(default_factory=dict)
    # what the transport already found wrong with it
    problems: tuple[FieldError, ...] = ()


@dataclass(frozen=True)
class OperationResult:
    """What became of one operation, and its sync record after this attempt."""

    client_operation_id: str
    operation: str | None
    outcome: SyncOutcome
    record: SyncOperation
    entity: Entity | None = None
    conflict: Conflict | None = None
    errors: list[FieldError] = field(default_factory=list)


def _check_envelope(client_id: str, operations: Sequence[OperationRequest]) -> None:
    status.check_client_id(client_id)
    errors = Collector()
    if len(operations) > MAX_OPERATIONS:
        errors.add("operations", ErrorCode.TOO_LONG, f"At most {MAX_OPERATIONS} operations in one batch.")
        errors.raise_if_any()
    for index, request in enumerate(operations):
        if not 1 <= len(request.client_operation_id) <= MAX_CLIENT_OPERATION_ID:
            errors.add(
                f"operations.{index}.clientOperationId",
                ErrorCode.INVALID,
                f"A client operation id has 1 to {MAX_CLIENT_OPERATION_ID} characters.",
            )
        idempotency.check_key(request.idempotency_key, errors, f"operations.{index}.idempotencyKey")
    errors.raise_if_any()


async def sync_batch(
    *, actor: Actor, client_id: str, operations: Sequence[OperationRequest], ttl: timedelta
) -> list[OperationResult]:
    """Apply a client's queued operations in order, each on its own; one result per operation."""
    _check_envelope(client_id, operations)
    async with in_transaction():
        await idempotency.lock_writes(actor)
        results = [await _run(actor, client_id, request, ttl) for request in operations]
    await idempotency.prune_expired_keys(limit=PRUNE_PER_BATCH)
    return results


def _attempt(client_id: str, request: OperationRequest, spec: Operation | None) -> status.Attempt:
    target = request.arguments.get(spec.target) if spec is not None and spec.target else None
    return status.Attempt(
        client_id,
        request.client_operation_id,
        request.operation,
        request.idempotency_key,
        target if isinstance(target, uuid.UUID) else None,
    )


async def _run(actor: Actor, client_id: str, request: OperationRequest, ttl: timedelta) -> OperationResult:
    spec = OPERATIONS.get(request.operation or "")
    attempt = _attempt(client_id, request, spec)
    if spec is None or request.problems:
        problems = list(request.problems) or [FieldError(None, ErrorCode.INVALID, "Unknown operation.")]
        return await _failed(actor, attempt, SyncOutcome.REJECTED, problems)
    assert request.operation is not None
    try:
        async with in_transaction():  # a savepoint: a failure rolls back this operation only
            performed = await _apply_once(
                actor, request.operation, request.arguments, request.idempotency_key, ttl, synced=True
            )
            record = await status.record(
                actor=actor, attempt=attempt, outcome=performed.outcome, entity=performed.entity
            )
    except ValidationFailed as failure:
        conflict = None
        if spec.conflict is not None and any(e.code is ErrorCode.CONFLICT for e in failure.errors):
            conflict = await spec.conflict(actor, request.arguments)
        outcome = SyncOutcome.CONFLICT if conflict is not None else SyncOutcome.REJECTED
        return await _failed(actor, attempt, outcome, failure.errors, conflict)
    except PermissionDenied as denial:
        problem = FieldError(None, ErrorCode.FORBIDDEN, str(denial) or "Your role may not make this change.")
        return await _failed(actor, attempt, SyncOutcome.REJECTED, [problem])
    return OperationResult(
        request.client_operation_id, request.operation, performed.outcome, record, entity=performed.entity
    )


async def _failed(
    actor: Actor,
    attempt: status.Attempt,
    outcome: SyncOutcome,
    errors: list[FieldError],
    conflict: Conflict | None = None,
) -> OperationResult:
    record = await status.record(actor=actor, attempt=attempt, outcome=outcome, errors=errors)
    return OperationResult(
        attempt.client_operation_id, attempt.operation, outcome, record, conflict=conflict, errors=errors
    )
