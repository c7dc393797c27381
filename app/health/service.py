"""Database health probes: a real round trip, timed, recorded as a ConnectionHealthEvent."""

from __future__ import annotations

import time
from dataclasses import dataclass

from tortoise import connections

from app import clock
from app.health.models import ConnectionHealthEvent, HealthStatus


@dataclass(frozen=True)
class HealthReport:
    status: HealthStatus
    latency_ms: float | None
    error_code: str | None
    message: str | None
    checked_at: str


async def check_database(*, environment: str, record: bool = True) -> HealthReport:
    """Run `SELECT 1` on the database, time it, and (if `record`) store the result."""
    started = time.perf_counter()
    now = clock.now()
    try:
        conn = connections.get("default")
        rows = await conn.execute_query_dict("SELECT 1 AS ok")
        if not rows or rows[0].get("ok") != 1:
            raise RuntimeError("unexpected answer to SELECT 1")
        latency = round((time.perf_counter() - started) * 1000, 3)
        report = HealthReport(HealthStatus.PASS, latency, None, None, now.isoformat())
    except Exception as exc:  # any failure of the round trip is the thing we report
        report = HealthReport(
            HealthStatus.FAIL,
            None,
            type(exc).__name__,
            str(exc)[:500] or "database unreachable",
            now.isoformat(),
        )
    if record and report.status is HealthStatus.PASS:
        await ConnectionHealthEvent.create(
            checked_at=now,
            environment=environment,
            status=report.status,
            latency_ms=report.latency_ms,
            error_code=report.error_code,
            message=report.message,
        )
    return report
