"""The retention job of a server: every RETENTION_JOB_INTERVAL_SECONDS (daily by default) each
process tries to take a PostgreSQL advisory lock on a connection of its own; the one that gets it
runs the pass, the others skip it (one runner across processes, as the analytics job)."""

from __future__ import annotations

import asyncio
import contextlib
import logging

import asyncpg

from app.db.config import DatabaseAddress
from app.retention.service import RetentionReport, run_retention

log = logging.getLogger(__name__)

JOB_LOCK = (7_300_003, 1)


class RetentionJobs:
    """The process's periodic retention runner (started and stopped by the app's lifespan)."""

    def __init__(self, address: DatabaseAddress, *, interval: float) -> None:
        self.address = address
        self.interval = interval
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        self._task = asyncio.create_task(self._loop(), name="coachgraph-retention-jobs")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def _loop(self) -> None:
        while True:
            await asyncio.sleep(self.interval)
            try:
                await self.run_if_first()
            except asyncio.CancelledError:
                raise
            except Exception:  # the database is away, or the pass failed: the next one retries
                log.exception("retention pass failed")

    async def run_if_first(self) -> RetentionReport | None:
        """Run a pass unless another process is running one; None when it was skipped."""
        a = self.address
        lock = await asyncpg.connect(
            host=a.host, port=a.port, user=a.user, password=a.password, database=a.database, timeout=5
        )
        try:
            if not await lock.fetchval("SELECT pg_try_advisory_lock($1, $2)", *JOB_LOCK):
                return None
            try:
                return await run_retention()
            finally:
                await lock.execute("SELECT pg_advisory_unlock($1, $2)", *JOB_LOCK)
        finally:
            await lock.close()
