"""Recomputing right after an operation's transactions committed.

Writers queue the athletes whose series they changed (app/analytics/pending.py) inside their own
transaction; this extension collects what an operation queued and, once the operation is done
(every transaction of it committed or rolled back), recomputes those athletes. What committed is
recomputed before the response is sent, except when every change was queued `after_response`
(an integration hub's batch): then the process's recomputer runs it right after
(app/analytics/deferred.py). What rolled back was never queued. A failure here loses nothing:
the queue is durable and the periodic job retries it.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator

from strawberry.extensions import SchemaExtension

from app.analytics.deferred import after_response
from app.analytics.pending import collecting
from app.analytics.recompute import process_pending

log = logging.getLogger(__name__)


class RecomputeAfterCommit(SchemaExtension):
    async def on_operation(self) -> AsyncIterator[None]:
        with collecting() as queued:
            yield
        if not queued.ids:
            return
        if not queued.before_response:
            after_response.schedule(queued.ids)
            return
        try:
            await process_pending(queued.ids)
        except Exception:
            log.exception("recomputation after an operation failed; the periodic job will retry it")
