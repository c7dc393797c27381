"""Recomputing right after the response: the series an integration hub's batch changed.

A hub pushes batches of up to 1,000 records (often years of backfill) and reads per-record
results, not the series. Recomputing before answering made such a batch about five times slower
than writing it (a 1,000-day recomputation after a 1,000-day upsert; docs/PERFORMANCE.md,
"Ingest"), so for these operations the API hands the committed queue rows to this process's
recomputer and answers at once (`graphql_schema/analytics/extension.py`). Everything else a
person does in an app (a log, a check-in, a file import) is still recomputed before its response.

The recomputer runs one round at a time in a task of its own. Rows queued while a round runs are
taken together by the next round, so a hub's burst of batches about one athlete (wellness, sleep,
HRV and activities one after the other) costs one recomputation from the earliest day queued,
not one per batch. `readinessChanged` and `rosterAlerts` announce the results as for any
recomputation. Nothing is lost: the queue rows committed with the batch, so if the process ends
before a round, the analytics job recomputes rows older than its `STALE_QUEUE`. Shutdown waits
for the rounds in flight (`drain`).
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Iterable

from app.analytics.pending import stop_collecting
from app.analytics.recompute import process_pending

log = logging.getLogger(__name__)

# How long shutdown waits for the rounds in flight before leaving the rest to the analytics job.
DRAIN_SECONDS = 30.0


class Recomputer:
    """One process's rounds of recomputation after responses."""

    def __init__(self) -> None:
        self._queued: set[uuid.UUID] = set()
        self._task: asyncio.Task[None] | None = None

    def schedule(self, pending_ids: Iterable[uuid.UUID]) -> None:
        """Recompute the athletes of these committed queue rows soon, without waiting for it."""
        self._queued.update(pending_ids)
        if self._queued and (self._task is None or self._task.done()):
            self._task = asyncio.get_running_loop().create_task(
                self._rounds(), name="analytics-after-response"
            )

    async def _rounds(self) -> None:
        stop_collecting()  # this task's context is a copy of the operation's: collect nothing into it
        while self._queued:
            taken, self._queued = self._queued, set()
            try:
                await process_pending(taken)
            except Exception:
                log.exception("recomputation after a response failed; the analytics job will retry it")

    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.done()

    async def idle(self) -> None:
        """Wait until every scheduled round has run (a waiter's cancellation leaves them running)."""
        while self._task is not None and not self._task.done():
            await asyncio.wait({self._task})

    async def drain(self, seconds: float = DRAIN_SECONDS) -> None:
        """At shutdown: wait for the rounds in flight, at most `seconds`."""
        try:
            async with asyncio.timeout(seconds):
                await self.idle()
        except TimeoutError:
            log.warning("shutdown left recomputations queued; the analytics job will run them")


# The process's recomputer (its rounds run on the serving event loop).
after_response = Recomputer()
