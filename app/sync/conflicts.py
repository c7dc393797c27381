"""Conflicts: a write based on a version the server has since replaced.

A conflict answers with the server's current version and the fields where the write differs
from it, so the app can show both and let the athlete choose (resend the edit based on the
current version, or drop it).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.core.actor import Actor
from app.logs import versions
from app.sync.entities import Entity


@dataclass(frozen=True)
class Conflict:
    """The server's current version of the row, and the API fields where the write differs from it."""

    server: Entity
    fields: list[str]


async def log_edit(actor: Actor, arguments: Mapping[str, Any]) -> Conflict | None:
    """An edit of a replaced log version: the log's current version and the differing fields."""
    base = arguments.get("log_id")
    if not isinstance(base, uuid.UUID):
        return None
    current = await versions.current_version(actor=actor, log_id=base)
    if current is None:
        return None
    return Conflict(Entity.of(current), versions.differing_fields(current, **arguments))
