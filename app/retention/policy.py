"""How long each kind of record is kept (seeds 001, 002, 003), and the column its age is read from.

Ages are read from the domain's own time (when a run started, when a check ran, the last day of a
week), which the app's clock writes, never from `created_at`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from app.wellness.retention import HEART_RATE_RETENTION


@dataclass(frozen=True)
class Rule:
    """Rows of `table` whose `column` is older than `keep` go (`keep` None: past the column's own time,
    as an expiry is)."""

    kind: str
    table: str
    column: str
    keep: timedelta | None
    is_date: bool = False
    why: str = ""


RULES: tuple[Rule, ...] = (
    Rule(
        "plan_generation_runs",
        "plan_generation_run",
        "started_at",
        timedelta(days=90),
        why="seed 002 run events and run artifacts (a run row holds its artifacts): 90 days",
    ),
    Rule(
        "analysis_cache_expired",
        "analysis_cache",
        "expires_at",
        None,
        why="seed 003 analysis cache: until it expires",
    ),
    Rule(
        "plan_snapshots",
        "plan_snapshot",
        "generated_at",
        timedelta(days=365),
        why="seed 002 plan snapshots: 12 months",
    ),
    Rule(
        "weekly_metrics",
        "weekly_metrics",
        "week_end",
        timedelta(days=365),
        is_date=True,
        why="seed 002 weekly rollups: 12 months",
    ),
    Rule(
        "weekly_summaries",
        "weekly_summary",
        "week_end",
        timedelta(days=365),
        is_date=True,
        why="weekly rollups' summaries: 12 months",
    ),
    Rule(
        "ingestion_runs",
        "ingestion_run",
        "started_at",
        timedelta(days=90),
        why="seed 003 sync history: 90 days",
    ),
    Rule(
        "health_events",
        "connection_health_event",
        "checked_at",
        timedelta(days=30),
        why="seed 001 connection health events: 30 days",
    ),
    Rule(
        "heart_rate_days",
        "heart_rate_day",
        "sample_date",
        HEART_RATE_RETENTION,
        is_date=True,
        why="seed 003 intraday heart rate: one year",
    ),
)
