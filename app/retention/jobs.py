"""The retention job of a server: every RETENTION_JOB_INTERVAL_SECONDS (daily by default) each
process tries to take a PostgreSQL advisory lock on a connection of its own; the one that gets it
runs the pass, the others skip it (one runner across processes, as the analytics job)."""

from __future__ import annotations

import logging

from app.db.jobs import SingleRunnerJob
from app.retention.service import RetentionReport, run_retention

log = logging.getLogger(__name__)

JOB_LOCK = (7_300_003, 1)


class RetentionJobs(SingleRunnerJob):
    """The process's periodic retention runner (one process at a time: app/db/jobs.py)."""

    name = "retention job"
    lock_key = JOB_LOCK

    async def run_pass(self) -> RetentionReport:
        return await run_retention()

    async def run_if_first(self) -> RetentionReport | None:
        """Run a pass unless another process is running one; None when it was skipped."""
        ran, report = await self.run_locked()
        return report if ran else None
