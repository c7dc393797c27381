"""Retention of intraday heart rate: kept one year (seed 003), then pruned by date.

The retention job (app/retention) removes them with the other kinds, by this module's
HEART_RATE_RETENTION; `prune_heart_rate` does the same alone. The BRIN index on
`heart_rate_day.sample_date` makes the range delete cheap.
"""

from __future__ import annotations

from datetime import date, timedelta

from tortoise import connections

from app import clock

HEART_RATE_RETENTION = timedelta(days=365)


async def prune_heart_rate(*, today: date | None = None) -> int:
    """Delete intraday heart-rate days older than one year; returns how many were deleted."""
    cutoff = (today or clock.now().date()) - HEART_RATE_RETENTION
    conn = connections.get("default")
    rows = await conn.execute_query_dict(
        'WITH gone AS (DELETE FROM "heart_rate_day" WHERE sample_date < $1 RETURNING 1) SELECT count(*) AS n FROM gone',
        [cutoff],
    )
    return int(rows[0]["n"])
