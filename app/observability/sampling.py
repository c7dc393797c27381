"""Gauges read from the process's live state: the database pool, the event bus, the health checker.

They are sampled when /metrics is scraped; with several workers also every SAMPLE_SECONDS by
each worker, since a scrape reaches only one of them.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

from tortoise import connections

from app.events.bus import running_bus
from app.health.checker import get_checker
from app.health.models import HealthStatus
from app.observability import metrics

SAMPLE_SECONDS = 5.0


def sample() -> None:
    """Set the sampled gauges from this process's state now."""
    size = free = maximum = 0
    with contextlib.suppress(Exception):  # no pool yet (starting) or any more (stopping)
        pool = getattr(connections.get("default"), "_pool", None)
        if pool is not None:
            size, free, maximum = pool.get_size(), pool.get_idle_size(), pool.get_max_size()
    metrics.POOL_SIZE.set(size)
    metrics.POOL_FREE.set(free)
    metrics.POOL_MAX.set(maximum)
    bus = running_bus()
    metrics.BUS_CONNECTED.set(1 if bus is not None and bus.connected.is_set() else 0)
    checker = get_checker()
    if checker is not None and checker.latest is not None:
        metrics.HEALTH_UP.set(1 if checker.latest.status is HealthStatus.PASS else 0)


@contextlib.asynccontextmanager
async def sampling() -> AsyncIterator[None]:
    """Sample now and, with several processes, every SAMPLE_SECONDS while the block runs."""
    sample()
    task = (
        asyncio.create_task(_every(SAMPLE_SECONDS), name="coachgraph-metrics")
        if metrics.multiprocess()
        else None
    )
    try:
        yield
    finally:
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task


async def _every(seconds: float) -> None:
    while True:
        await asyncio.sleep(seconds)
        sample()
