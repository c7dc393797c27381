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

import logging
from datetime import timedelta

from tortoise import connections

from app import clock
from app.analytics.recompute import BATCH_SIZE, recompute
from app.db.jobs import SingleRunnerJob

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


class AnalyticsJobs(SingleRunnerJob):
    """The process's periodic analytics runner (one process at a time: app/db/jobs.py)."""

    name = "analytics job"
    lock_key = JOB_LOCK

    async def run_pass(self) -> int:
        count = await run_once()
        if count:
            log.info("analytics job recomputed %d athlete(s)", count)
        return count

    async def run_if_first(self) -> bool:
        """Run a pass if no other process is running one; whether this process ran it."""
        ran, _ = await self.run_locked()
        return ran
