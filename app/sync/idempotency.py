"""Idempotency keys, as payment APIs treat them.

A client sends a key with a write it may have to retry (after a timeout, from a queue that
syncs twice). The first request that carries a key applies the write and stores, under the
caller's user id and that key: a SHA-256 of the operation's canonical JSON and the row it
wrote, exactly as the response showed it. A later request with the same key and the same
payload writes nothing and gets that row back (DUPLICATE), byte for byte; with another
payload it is refused (IDEMPOTENCY_KEY_REUSED). Only writes that applied are stored: a
refused write leaves its key unused.

Two requests racing with one key apply it once: every write that carries a key first takes a
transaction-scoped advisory lock on the caller's user id (`lock_writes`), then looks the key
up. The second request waits until the first commits, then finds its stored result. The lock
is per user rather than per key so that it is always taken first, before any row lock: a
batch holding rows for seconds and a single write with one of its keys then wait for each
other in one order and never deadlock (a user's keyed writes run one after the other).

Keys expire after IDEMPOTENCY_KEY_TTL_DAYS (30 by default); an expired key is forgotten when
next used, and `prune_expired_keys` deletes them in bulk (the sync batch calls it
opportunistically; a retention job can call it on a schedule).

What a DUPLICATE returns is a snapshot of the written row's columns (`snapshot`/`restore`);
relations of that row (a log's session, say) are read live.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from enum import Enum
from typing import Any

from tortoise import connections, fields
from tortoise.models import Model

from app import clock
from app.core.actor import Actor
from app.core.errors import Collector, ErrorCode, ValidationFailed
from app.core.updates import KEEP
from app.core.validation import json_document
from app.sync.entities import MODELS, Entity, EntityKind
from app.sync.models import IdempotencyKey

# First key of the advisory lock that serialises the keyed writes of one user.
_WRITES_LOCK_CLASS = 0x69646B79  # "idky"
MAX_KEY_LENGTH = 255
# Set on rows rebuilt from a snapshot: fields read live elsewhere show the snapshot instead.
_REPLAYED = "_sync_replayed"


def check_key(key: str, errors: Collector, field: str = "idempotencyKey") -> None:
    """An idempotency key: 1-255 characters."""
    if not 1 <= len(key) <= MAX_KEY_LENGTH or not key.strip():
        errors.add(field, ErrorCode.INVALID, f"An idempotency key has 1 to {MAX_KEY_LENGTH} characters.")


def _api_name(argument: str) -> str:
    """A service argument's name as the API spells it (actual_data -> actualData)."""
    return re.sub(r"_([a-z])", lambda m: m.group(1).upper(), argument)


def _plain(value: Any) -> Any:
    """A value as canonical JSON writes it: times in UTC, ids and decimals as text."""
    if isinstance(value, datetime):
        moment = value if value.utcoffset() is not None else value.replace(tzinfo=UTC)
        return moment.astimezone(UTC).isoformat()
    if isinstance(value, (date, uuid.UUID, Decimal)):
        return value.isoformat() if isinstance(value, date) else str(value)
    if isinstance(value, Enum):
        return value.value
    raise TypeError(f"no canonical JSON for {type(value).__name__}")


def payload_hash(operation: str, arguments: Mapping[str, Any]) -> str:
    """SHA-256 of the operation and its arguments as canonical JSON (sorted keys, no spaces).

    Arguments the caller did not send (KEEP) are left out. JSON documents are bounded first
    (app/core/validation.json_document): the error is the one the write itself would give.
    """
    errors = Collector()
    for name, value in arguments.items():
        if isinstance(value, (dict, list)):
            json_document(value, errors, _api_name(name))
    errors.raise_if_any()
    sent = {name: value for name, value in arguments.items() if value is not KEEP}
    text = json.dumps(
        {"operation": operation, "arguments": sent},
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
        default=_plain,
    )
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


# --- snapshots of written rows ----------------------------------------------------------------


def _encode(field: fields.Field[Any], value: Any) -> Any:
    if value is None or isinstance(field, fields.JSONField):
        return value
    if isinstance(value, (datetime, date, uuid.UUID, Decimal, Enum)):
        return _plain(value) if not isinstance(value, datetime) else value.isoformat()
    return value


def _decode(field: fields.Field[Any], value: Any) -> Any:
    if value is None or isinstance(field, fields.JSONField):
        return value
    if isinstance(field, fields.DatetimeField):
        return datetime.fromisoformat(value)
    if isinstance(field, fields.DateField):
        return date.fromisoformat(value)
    if isinstance(field, fields.DecimalField):
        return Decimal(value)
    if isinstance(field, fields.UUIDField) or field.reference is not None:
        return uuid.UUID(value)
    return field.to_python_value(value)


def snapshot(row: Model) -> str:
    """The row's columns as JSON text, in column order (JSON values keep their key order)."""
    meta = row._meta
    values = {name: _encode(meta.fields_map[name], getattr(row, name)) for name in meta.fields_db_projection}
    return json.dumps(values, ensure_ascii=False)


def restore(kind: EntityKind, text: str) -> Model:
    """The row a snapshot was taken of, as it was then (not saved; marked as a replay)."""
    model = MODELS[kind]
    meta = model._meta
    values = {name: _decode(meta.fields_map[name], value) for name, value in json.loads(text).items()}
    row = model(**values)
    setattr(row, _REPLAYED, True)
    return row


def is_replay(row: Model) -> bool:
    """True for a row rebuilt from a snapshot (a DUPLICATE's result)."""
    return bool(getattr(row, _REPLAYED, False))


# --- the keys -----------------------------------------------------------------------------------


async def lock_writes(actor: Actor) -> None:
    """Inside the caller's transaction, before anything else: wait for the user's other keyed writes."""
    await connections.get("default").execute_query(
        "SELECT pg_advisory_xact_lock($1, hashtext($2))", [_WRITES_LOCK_CLASS, str(actor.user_id)]
    )


async def claim(*, actor: Actor, key: str, operation: str, digest: str) -> Entity | None:
    """Inside a transaction holding `lock_writes`: the result the key already produced (None when
    the key is new or expired). The same key with another payload is IDEMPOTENCY_KEY_REUSED."""
    stored = await IdempotencyKey.filter(user_id=actor.user_id, key=key).first()
    if stored is None:
        return None
    if stored.expires_at <= clock.now():
        await IdempotencyKey.filter(id=stored.id).delete()
        return None
    if stored.operation != operation or stored.payload_hash != digest:
        raise ValidationFailed.one(
            "idempotencyKey",
            ErrorCode.IDEMPOTENCY_KEY_REUSED,
            "This idempotency key was already used with another operation or payload.",
        )
    kind = EntityKind(stored.result_kind)
    return Entity(kind, restore(kind, stored.result_json))


async def remember(
    *, actor: Actor, key: str, operation: str, digest: str, entity: Entity, ttl: timedelta
) -> None:
    """Inside the write's transaction: store the key with the row the write produced."""
    await IdempotencyKey.create(
        user_id=actor.user_id,
        key=key,
        operation=operation,
        payload_hash=digest,
        result_kind=entity.kind.value,
        result_id=entity.row.pk,
        result_json=snapshot(entity.row),
        expires_at=clock.now() + ttl,
    )


async def prune_expired_keys(*, limit: int = 1000) -> int:
    """Delete up to `limit` expired keys (any user's); returns how many. Safe to run concurrently."""
    conn = connections.get("default")
    rows = await conn.execute_query_dict(
        'DELETE FROM "idempotency_key" WHERE "id" IN (SELECT "id" FROM "idempotency_key"'
        ' WHERE "expires_at" <= $1 ORDER BY "expires_at" LIMIT $2 FOR UPDATE SKIP LOCKED) RETURNING "id"',
        [clock.now(), limit],
    )
    return len(rows)
