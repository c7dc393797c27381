"""Stored analytics days and weeks for the API's views, read in batches without the ORM
(app/db/rows.py).

A roster shows each athlete's newest readiness and training-load day and last week's summary.
One statement finds the newest row of each (athlete, local today) in the week before it
(`DISTINCT ON`), instead of every row of that week hydrated into models to keep the last. JSON
columns are read as the ORM reads them (the views compute with them). Every statement is
filtered to what the caller may see and has constant text (keys as arrays).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from app.analytics.models import DailyReadiness, DailyTrainingLoad, WeeklySummary
from app.athletes.reads import athlete_scope
from app.core.actor import Actor
from app.db.rows import Shape, fetch, shape

READINESS = shape(DailyReadiness, with_json=True, parsed=True)
TRAINING_LOAD = shape(DailyTrainingLoad, with_json=True, parsed=True)
SUMMARY = shape(WeeklySummary, with_json=True, parsed=True)


async def _latest(
    table: Shape, actor: Actor, keys: Sequence[tuple[uuid.UUID, date]], within: timedelta
) -> list[Any]:
    scope, params = athlete_scope(actor, "t.athlete_id", 4)
    sql = (
        f"SELECT DISTINCT ON (k.i) {table.columns}, k.i AS key_index "  # noqa: S608 - constant text
        f"FROM unnest($1::uuid[], $2::date[]) WITH ORDINALITY AS k(athlete_id, today, i) "
        f"JOIN {table.table} t ON t.athlete_id = k.athlete_id AND t.day <= k.today AND t.day >= k.today - $3::int "
        f"WHERE {scope} ORDER BY k.i, t.day DESC"
    )
    athletes = [a for a, _ in keys]
    days = [d for _, d in keys]
    return await fetch(table.row, sql, athletes, days, within.days, *params)


async def latest_readiness(
    actor: Actor, keys: Sequence[tuple[uuid.UUID, date]], within: timedelta
) -> list[Any]:
    """For each (athlete, local today) of `keys`, its newest readiness day of the `within` days
    up to today (rows carry `key_index`, the key's 1-based position; none when there is none)."""
    return await _latest(READINESS, actor, keys, within)


async def latest_training_loads(
    actor: Actor, keys: Sequence[tuple[uuid.UUID, date]], within: timedelta
) -> list[Any]:
    """As `latest_readiness`, of the training-load days."""
    return await _latest(TRAINING_LOAD, actor, keys, within)


async def summaries_of_weeks(actor: Actor, keys: Sequence[tuple[uuid.UUID, date]]) -> list[Any]:
    """The weekly summaries of (athlete, Monday) `keys` that exist (rows carry `key_index`)."""
    scope, params = athlete_scope(actor, "t.athlete_id", 3)
    sql = (
        f"SELECT {SUMMARY.columns}, k.i AS key_index "  # noqa: S608 - constant text
        f"FROM unnest($1::uuid[], $2::date[]) WITH ORDINALITY AS k(athlete_id, monday, i) "
        f"JOIN {SUMMARY.table} t ON t.athlete_id = k.athlete_id AND t.week_start = k.monday WHERE {scope}"
    )
    return await fetch(SUMMARY.row, sql, [a for a, _ in keys], [d for _, d in keys], *params)
