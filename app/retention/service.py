"""One retention pass: every rule of app/retention/policy.py, in one transaction, counted, logged
and (unless a dry run, which only counts) audited."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from tortoise.transactions import in_transaction

from app import clock
from app.audit.service import record
from app.core.actor import ClientInfo
from app.retention.policy import RULES, Rule

log = logging.getLogger(__name__)
SYSTEM = ClientInfo(ip=None, user_agent="coachgraph retention")


@dataclass(frozen=True)
class RetentionReport:
    """What a pass removed (or, in a dry run, would remove), by kind, and the cut-offs it used."""

    dry_run: bool
    at: datetime
    counts: dict[str, int]
    cutoffs: dict[str, str]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def cutoff(rule: Rule, now: datetime) -> datetime | date:
    """Rows strictly older than this go (a row exactly at the cut-off is kept)."""
    if rule.keep is None:
        return now
    moment = now - rule.keep
    return moment.date() if rule.is_date else moment


async def run_retention(*, dry_run: bool = False, now: datetime | None = None) -> RetentionReport:
    """Delete (or count, when `dry_run`) every kind of record past its age."""
    now = now or clock.now()
    counts: dict[str, int] = {}
    cutoffs: dict[str, str] = {}
    async with in_transaction() as conn:
        for rule in RULES:
            limit = cutoff(rule, now)
            where = f'FROM "{rule.table}" WHERE "{rule.column}" < $1'
            sql = (
                f"SELECT count(*) AS n {where}"
                if dry_run
                # table and column names come from the constant RULES, never from input
                else f"WITH gone AS (DELETE {where} RETURNING 1) SELECT count(*) AS n FROM gone"  # noqa: S608
            )
            rows: list[dict[str, Any]] = await conn.execute_query_dict(sql, [limit])
            counts[rule.kind] = int(rows[0]["n"])
            cutoffs[rule.kind] = limit.isoformat()
        report = RetentionReport(dry_run, now, counts, cutoffs)
        if not dry_run:
            await record(
                action="retention",
                user_id=None,
                client=SYSTEM,
                entity_type="retention",
                metadata={"removed": counts, "cutoffs": cutoffs, "total": report.total},
            )
    log.info(
        "retention %s: %s",
        "dry run (nothing removed)" if dry_run else "pass",
        ", ".join(f"{k}={v}" for k, v in counts.items()),
    )
    return report
