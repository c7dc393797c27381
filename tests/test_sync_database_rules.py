"""Rules of the sync tables the database holds by itself, and the triggers behind the changes feed.

These go around the services on purpose: a bug, a script or a manual fix cannot store what the
services never would, and no write to a tracked table escapes the change log.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from tortoise import connections
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from app.auth.models import User
from app.settings import Settings
from app.sync.changes import changes_since
from app.sync.entities import EntityKind
from app.sync.models import ChangeOperation, IdempotencyKey, SyncOperation
from tests.helpers import make_athlete, make_coach
from tests.sync_helpers import settled

AT = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def _key(user_id: uuid.UUID, **values: Any) -> Callable[[], Awaitable[Any]]:
    fields: dict[str, Any] = {
        "user_id": user_id,
        "key": "k",
        "operation": "logWorkout",
        "payload_hash": "a" * 64,
        "result_kind": "workout_log",
        "result_id": uuid.uuid4(),
        "result_json": "{}",
        "expires_at": AT,
        **values,
    }
    return lambda: IdempotencyKey.create(**fields)


def _record(user_id: uuid.UUID, **values: Any) -> Callable[[], Awaitable[Any]]:
    fields: dict[str, Any] = {
        "user_id": user_id,
        "client_id": "phone",
        "client_operation_id": "op-1",
        "idempotency_key": "k",
        "status": "pending",
        "attempts": 1,
        "failures": 1,
        "last_outcome": "rejected",
        **values,
    }
    return lambda: SyncOperation.create(**fields)


def _change(**values: Any) -> Callable[[], Awaitable[Any]]:
    # as the triggers write it: in SQL
    fields: dict[str, Any] = {"txid": 1, "operation": "insert", **values}
    return lambda: connections.get("default").execute_query(
        "INSERT INTO change_log (txid, entity, row_id, operation, audience, shared, created_at, updated_at)"
        " VALUES ($1, 'workout_log', $2, $3, 'athlete', false, now(), now())",
        [fields["txid"], uuid.uuid4(), fields["operation"]],
    )


@pytest.mark.parametrize(
    "case",
    [
        "a key hash that is not a SHA-256",
        "an empty key",
        "a synced operation without what it wrote",
        "more failures than attempts",
        "an unknown change",
        "a change outside any transaction",
    ],
)
async def test_the_sync_tables_refuse_rows_the_services_never_write(settings: Settings, case: str) -> None:
    coach = await make_coach(settings)
    user = coach.user.id
    makers = {
        "a key hash that is not a SHA-256": _key(user, payload_hash="not-a-hash"),
        "an empty key": _key(user, key=""),
        "a synced operation without what it wrote": _record(user, status="synced", failures=0),
        "more failures than attempts": _record(user, failures=2),
        "an unknown change": _change(operation="merge"),
        "a change outside any transaction": _change(txid=0),
    }

    with pytest.raises(IntegrityError):
        async with in_transaction():
            await makers[case]()


async def test_every_tracked_table_has_its_change_log_trigger() -> None:
    conn = connections.get("default")
    rows = await conn.execute_query_dict(
        "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
        " WHERE NOT t.tgisinternal AND t.tgname = 'change_log_' || c.relname"
    )

    assert {r["relname"] for r in rows} == {kind.value for kind in EntityKind}


async def test_a_deleted_athlete_leaves_their_coach_one_tombstone(settings: Settings) -> None:
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    assert athlete.athlete is not None
    start = (await changes_since(actor=coach.actor, since=None, first=100)).cursor

    await User.filter(id=athlete.user.id).delete()
    await settled()
    page = await changes_since(actor=coach.actor, since=start, first=100)

    assert [(c.entity, c.row_id, c.operation) for c in page.changes] == [
        ("athlete_profile", athlete.athlete.id, ChangeOperation.ATHLETE_GONE)
    ]
