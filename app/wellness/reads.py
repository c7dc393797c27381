"""Wellness rows for the API's views, read in batches without the ORM (app/db/rows.py): one
statement per batch, filtered to what the caller may see, with constant text (keys as arrays)."""

from __future__ import annotations

import uuid
from typing import Any

from app.athletes.reads import athlete_scope
from app.core.actor import Actor
from app.db.rows import fetch, shape
from app.wellness.models import DataFreshness

FRESHNESS = shape(DataFreshness)


async def freshness_of_athletes(actor: Actor, athlete_ids: list[uuid.UUID]) -> list[Any]:
    """The freshness watermarks (every source and kind) of the athletes, by source and kind."""
    scope, params = athlete_scope(actor, "t.athlete_id", 2)
    sql = FRESHNESS.select(f"t.athlete_id = ANY($1::uuid[]) AND {scope}", "t.source, t.kind")
    return await fetch(FRESHNESS.row, sql, athlete_ids, *params)
