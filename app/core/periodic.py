"""A task of this process that does something every `interval` seconds until the app stops: the
health checker (app/health/checker.py) and the single-runner jobs (app/db/jobs.py)."""

from __future__ import annotations

import asyncio
import contextlib
import logging

log = logging.getLogger(__name__)


class Periodic:
    """Runs `tick()` every `interval` seconds from `start()` to `stop()`. A tick that raises is
    logged and the next one runs as planned: the task outlives anything a tick can throw."""

    name = "periodic"

    def __init__(self, *, interval: float) -> None:
        self.interval = interval
        self._task: asyncio.Task[None] | None = None

    async def tick(self) -> object:
        raise NotImplementedError

    async def start(self) -> None:
        self._task = asyncio.create_task(self._loop(), name=f"coachgraph-{self.name}")

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
                await self.tick()
            except Exception:  # the database is away, or the tick failed: the next one retries
                log.exception("%s failed; the next one runs in %s s", self.name, self.interval)
