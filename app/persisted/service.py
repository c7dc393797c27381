"""Automatic persisted queries: documents stored by their SHA-256, bounded in size and count.

A client sends the hash alone; an unknown hash is answered "not found", and the client sends
the hash with the document, which is checked and stored. Every server process shares the table.
Nothing here needs an actor: a document is not data of anyone's, and executing it still goes
through every authorization rule.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from datetime import timedelta

from tortoise import connections

from app import clock
from app.persisted.models import PersistedQuery

SHA256_HEX = re.compile(r"[0-9a-f]{64}")
# A hit refreshes last_used_at at most this often, so reading a cached document rarely writes.
TOUCH_INTERVAL = timedelta(hours=1)

_UPSERT = """
INSERT INTO "persisted_query" ("id", "sha256", "document", "last_used_at", "created_at", "updated_at")
VALUES ($1, $2, $3, $4, $4, $4)
ON CONFLICT ("sha256") DO UPDATE SET "last_used_at" = EXCLUDED."last_used_at", "updated_at" = EXCLUDED."updated_at"
RETURNING (xmax = 0) AS "inserted"
"""
_EVICT = """
DELETE FROM "persisted_query" WHERE "id" IN (
    SELECT "id" FROM "persisted_query" ORDER BY "last_used_at", "id" LIMIT $1
)
"""


def sha256_hex(document: str) -> str:
    """The lower-case hexadecimal SHA-256 of the document's UTF-8 bytes (what clients send)."""
    return hashlib.sha256(document.encode("utf-8")).hexdigest()


def is_sha256(value: object) -> bool:
    """Whether `value` is a lower-case hexadecimal SHA-256."""
    return isinstance(value, str) and SHA256_HEX.fullmatch(value) is not None


async def find(*, sha256: str) -> str | None:
    """The document registered under `sha256`, or None."""
    row = await PersistedQuery.get_or_none(sha256=sha256)
    if row is None:
        return None
    now = clock.now()
    if now - row.last_used_at >= TOUCH_INTERVAL:
        await PersistedQuery.filter(id=row.id).update(last_used_at=now)
    return row.document


async def register(*, sha256: str, document: str, max_count: int) -> None:
    """Store `document` under `sha256` (the caller checked the hash and the size), then evict the
    least recently used documents beyond `max_count`."""
    conn = connections.get("default")
    rows = await conn.execute_query_dict(_UPSERT, [uuid.uuid4(), sha256, document, clock.now()])
    if not rows or not rows[0]["inserted"]:
        return
    count = (await conn.execute_query_dict('SELECT count(*) AS "n" FROM "persisted_query"'))[0]["n"]
    if count > max_count:
        await conn.execute_query(_EVICT, [count - max_count])


async def count() -> int:
    """How many documents are stored."""
    return await PersistedQuery.all().count()
