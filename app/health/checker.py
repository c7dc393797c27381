"""The connection-health checker of one server process (seed 001).

Every HEALTH_CHECK_INTERVAL_SECONDS it runs a real round trip to the database and turns the
outcome into a HealthReading:
  - pass: stored as a ConnectionHealthEvent, published to every process's subscribers (a
    NOTIFY in the same transaction), and the connection profile marked validated;
  - fail: delivered at once to this process's subscribers (the database cannot carry it) and
    kept in a bounded buffer, written to the database as soon as it answers again, so alerting
    sees the whole outage afterwards.
The newest reading answers /health/db together with a cheap live check.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque

from tortoise import connections
from tortoise.transactions import in_transaction

from app.core.periodic import Periodic
from app.db.availability import is_unavailable, note_available, note_unavailable, reason
from app.events.bus import EventBus
from app.events.publish import publish
from app.health.models import ConnectionHealthEvent, DatabaseConnectionProfile, HealthStatus
from app.health.readings import HealthReading
from app.observability import metrics

log = logging.getLogger(__name__)


async def probe(environment: str, *, within: float) -> HealthReading:
    """One timed `SELECT 1` through the pool; never raises, never writes."""
    started = time.perf_counter()
    try:
        async with asyncio.timeout(within):
            await connections.get("default").execute_query("SELECT 1")
    except Exception as exc:  # whatever failed, the reading says so (without internals)
        return HealthReading.failed(environment, reason(exc) if is_unavailable(exc) else "UNAVAILABLE")
    return HealthReading(
        environment, HealthStatus.PASS, latency_ms=round((time.perf_counter() - started) * 1000, 3)
    )


class HealthChecker(Periodic):
    """Runs the periodic checks of this process and remembers the newest reading."""

    name = "health check"

    def __init__(
        self,
        *,
        environment: str,
        interval: float,
        buffer_size: int,
        bus: EventBus | None,
        profile: dict[str, object] | None = None,
    ) -> None:
        self.environment = environment
        self.profile = profile or {}
        super().__init__(interval=interval)
        self.bus = bus
        self.latest: HealthReading | None = None
        self.buffer: deque[HealthReading] = deque(maxlen=buffer_size)

    async def start(self) -> None:
        """Check once now (the server starts knowing its database's health), then every interval."""
        try:
            await self.check_once()
        except Exception:  # the checker must never stop the server from starting
            log.exception("health check failed unexpectedly")
        await super().start()

    async def tick(self) -> HealthReading:
        return await self.check_once()

    async def check_once(self) -> HealthReading:
        """Check now: store and publish a pass (with the buffered failures), or buffer a failure."""
        reading = await probe(self.environment, within=min(5.0, max(self.interval, 1.0)))
        if reading.status is HealthStatus.PASS:
            try:
                await self._store(reading)
            except Exception as exc:  # the database went away between the probe and the write
                if not is_unavailable(exc):
                    raise
                reading = HealthReading.failed(self.environment, reason(exc))
        if reading.status is HealthStatus.FAIL:
            note_unavailable(reading.error_code or "UNAVAILABLE")
            self.buffer.append(reading)
            if self.bus is not None:
                self.bus.deliver(reading.event())
        self.latest = reading
        metrics.HEALTH_CHECKS.labels(reading.status.value).inc()
        metrics.HEALTH_UP.set(1 if reading.status is HealthStatus.PASS else 0)
        return reading

    async def _store(self, reading: HealthReading) -> None:
        backlog = list(self.buffer)
        async with in_transaction():
            if backlog:
                await ConnectionHealthEvent.bulk_create([r.row() for r in backlog])
            await reading.row().save()
            await DatabaseConnectionProfile.update_or_create(
                defaults={**self.profile, "last_validated_at": reading.checked_at},
                environment=self.environment,
            )
            await publish(reading.event())
        note_available()
        for _ in backlog:
            self.buffer.popleft()
        if backlog:
            log.info("stored %d health reading(s) buffered while the database was unreachable", len(backlog))


_checker: HealthChecker | None = None


def set_checker(checker: HealthChecker | None) -> None:
    """Install the process's checker (done by the app's lifespan)."""
    global _checker
    _checker = checker


def get_checker() -> HealthChecker | None:
    """The process's checker, if it runs."""
    return _checker
