"""Periodic jobs run by one server process at a time, whatever the number of processes.

Every `interval` seconds each process tries to take a PostgreSQL advisory lock on a connection
of its own (not a pooled one: the lock must outlive no statement but the pass, and a pooler in
transaction mode would not keep it); the one that gets it runs the pass, the others skip it. A
failed pass is logged and the next one retries. The analytics job and the retention job are the
two (app/analytics/jobs.py, app/retention/jobs.py).
"""

from __future__ import annotations

from typing import Any

import asyncpg

from app.core.periodic import Periodic
from app.db.config import DatabaseAddress


class SingleRunnerJob(Periodic):
    """A periodic job of this process, run when it holds the job's lock (started and stopped by
    the app's lifespan). Subclasses name the job, give its lock and write `run_pass`."""

    name = "job"
    lock_key: tuple[int, int] = (0, 0)

    def __init__(self, address: DatabaseAddress, *, interval: float) -> None:
        super().__init__(interval=interval)
        self.address = address

    async def run_pass(self) -> Any:
        raise NotImplementedError

    async def tick(self) -> tuple[bool, Any]:
        return await self.run_locked()

    async def run_locked(self) -> tuple[bool, Any]:
        """(True, the pass's result) when this process ran a pass; (False, None) when another
        process holds the lock."""
        a = self.address
        lock = await asyncpg.connect(
            host=a.host, port=a.port, user=a.user, password=a.password, database=a.database, timeout=5
        )
        try:
            if not await lock.fetchval("SELECT pg_try_advisory_lock($1, $2)", *self.lock_key):
                return False, None
            try:
                return True, await self.run_pass()
            finally:
                await lock.execute("SELECT pg_advisory_unlock($1, $2)", *self.lock_key)
        finally:
            await lock.close()
