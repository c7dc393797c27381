"""The periodic analytics job of a server: one runner at a time across every server process.

Every ANALYTICS_JOB_INTERVAL_SECONDS each process tries to take a PostgreSQL advisory lock on a
connection of its own; the one that gets it runs the pass, the others skip it. A pass:
  1. recomputes the athletes with queued changes older than `STALE_QUEUE` (a process died
     between a commit and its recomputation, or the change was written outside the API);
  2. extends every series to the athlete's local today: the days without new data (load 0,
     fitness decaying) and, when an athlete's week has just closed in their time zone, that
     week's rollup and summary (the recomputation from the Monday of the last stored day's week).
Each athlete is recomputed in its own batch transaction, skipping athletes another process is
recomputing at that moment.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import timedelta

import asyncpg
from tortoise import connections

from app import clock
from app.analytics.recompute import BATCH_SIZE, recompute
from app.db.config import DatabaseAddress

log = logging.getLogger(__name__)

JOB_LOCK = (7_300_002, 1)
STALE_QUEUE = timedelta(seconds=30)

_DUE = """
SELECT p.id, (SELECT max(d.day) FROM daily_training_load d WHERE d.athlete_id = p.id) AS last
FROM athlete_profile p
WHERE EXISTS (SELECT 1 FROM analytics_pending q WHERE q.athlete_id = p.id AND q.created_at < $2)
   OR COALESCE((SELECT max(d.day) FROM daily_training_load d WHERE d.athlete_id = p.id)
               < ($1::timestamptz AT TIME ZONE p.timezone)::date,
               EXISTS (SELECT 1 FROM workout_log l WHERE l.athlete_id = p.id)
               OR EXISTS (SELECT 1 FROM activity a WHERE a.athlete_id = p.id)
               OR EXISTS (SELECT 1 FROM wellness_daily w WHERE w.athlete_id = p.id)
               OR EXISTS (SELECT 1 FROM check_in c WHERE c.athlete_id = p.id))
ORDER BY p.id
"""


async def run_once() -> int:
    """One pass (without the cross-process lock: the runner holds it); returns the athletes recomputed."""
    now = clock.now()
    due = await connections.get("default").execute_query_dict(_DUE, [now, now - STALE_QUEUE])
    done = 0
    for at in range(0, len(due), BATCH_SIZE):
        batch = due[at : at + BATCH_SIZE]
        # from the day after the last stored one (and any earlier queued change); nothing stored: all
        asked = {r["id"]: (r["last"] + timedelta(days=1) if r["last"] else None) for r in batch}
        done += len(await recompute(asked, wait=False))
    return done


class AnalyticsJobs:
    """The process's periodic runner (started and stopped by the app's lifespan)."""

    def __init__(self, address: DatabaseAddress, *, interval: float) -> None:
        self.address = address
        self.interval = interval
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        self._task = asyncio.create_task(self._loop(), name="coachgraph-analytics-jobs")

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
            except Exception:  # the database is away, or a pass failed: the next one retries
                log.exception("analytics job pass failed")

    async def run_if_first(self) -> bool:
        """Run a pass if no other process is running one (the lock lives on a connection of its own)."""
        a = self.address
        lock = await asyncpg.connect(
            host=a.host, port=a.port, user=a.user, password=a.password, database=a.database, timeout=5
        )
        try:
            if not await lock.fetchval("SELECT pg_try_advisory_lock($1, $2)", *JOB_LOCK):
                return False
            try:
                count = await run_once()
                if count:
                    log.info("analytics job recomputed %d athlete(s)", count)
            finally:
                await lock.execute("SELECT pg_advisory_unlock($1, $2)", *JOB_LOCK)
            return True
        finally:
            await lock.close()
