"""Workout logs and session feedback for the API's views, read in batches (app/db/rows.py),
each statement filtered to what the caller may see."""

from __future__ import annotations

import uuid
from typing import Any

from app.athletes.reads import athlete_scope
from app.core.actor import Actor
from app.db.json import RawJSON
from app.db.rows import fetch, fetch_json, shape
from app.logs.models import SessionFeedback, WorkoutLog

LOG = shape(WorkoutLog)
FEEDBACK = shape(SessionFeedback)


async def current_logs_of_sessions(
    actor: Actor, session_ids: list[uuid.UUID], reading: frozenset[str] | None = None
) -> list[Any]:
    """The current version of the logs of `session_ids` (with only the attributes `reading` and
    `session_id` when given: app/db/rows.py, `Shape.narrow`)."""
    scope, params = athlete_scope(actor, "t.athlete_id", 2)
    shape = LOG if reading is None else LOG.narrow(reading | {"session_id"})
    sql = shape.select(f"t.session_id = ANY($1::uuid[]) AND t.is_current AND {scope}")
    return await fetch(shape.row, sql, session_ids, *params)


async def logs_by_id(actor: Actor, ids: list[uuid.UUID]) -> list[Any]:
    """Log versions by id."""
    scope, params = athlete_scope(actor, "t.athlete_id", 2)
    return await fetch(LOG.row, LOG.select(f"t.id = ANY($1::uuid[]) AND {scope}"), ids, *params)


async def feedback_of_sessions(actor: Actor, session_ids: list[uuid.UUID]) -> list[Any]:
    """The feedback given on `session_ids`."""
    scope, params = athlete_scope(actor, "t.athlete_id", 2)
    sql = FEEDBACK.select(f"t.session_id = ANY($1::uuid[]) AND {scope}")
    return await fetch(FEEDBACK.row, sql, session_ids, *params)


async def feedback_by_id(actor: Actor, ids: list[uuid.UUID]) -> list[Any]:
    """Session feedback by id."""
    scope, params = athlete_scope(actor, "t.athlete_id", 2)
    return await fetch(FEEDBACK.row, FEEDBACK.select(f"t.id = ANY($1::uuid[]) AND {scope}"), ids, *params)


async def actual_data(actor: Actor, log_ids: list[uuid.UUID]) -> dict[uuid.UUID, RawJSON]:
    """What was done, of log versions, by log id (rows read by this module leave it out)."""
    scope, params = athlete_scope(actor, "t.athlete_id", 2)
    return await fetch_json(LOG, "actual_data", log_ids, scope, *params)
