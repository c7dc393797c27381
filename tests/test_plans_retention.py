"""Retention: one pass over every kind (plan runs 90 days, expired cache entries, snapshots and weekly
rollups 12 months, ingestion runs 90 days, health events 30 days, intraday heart rate a year), exact
at the boundaries with a pinned clock; a dry run counts and removes nothing; counts are audited; one
runner across processes; the command line."""

from __future__ import annotations

import asyncio
import uuid
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from tortoise import connections

from app.analytics.models import WeeklyMetrics, WeeklySummary
from app.audit.models import AuditLog
from app.db.config import DatabaseAddress
from app.health.models import ConnectionHealthEvent, HealthStatus
from app.ingest.models import IngestionRun, IngestKind, RunStatus
from app.plans.models import AnalysisCache, PlanGenerationRun, PlanRunStatus, PlanSnapshot
from app.retention.jobs import JOB_LOCK, RetentionJobs
from app.retention.service import run_retention
from app.settings import Settings
from app.wellness.models import HeartRateDay
from tests.helpers import PINNED_NOW, cli_env, database_url, direct_connection, make_team, run_cli

pytestmark = pytest.mark.usefixtures("fixed_clock")
SECOND = timedelta(seconds=1)


async def _run(athlete_id: uuid.UUID, at: datetime) -> PlanGenerationRun:
    monday = date(2026, 3, 9)
    return await PlanGenerationRun.create(
        athlete_id=athlete_id,
        status=PlanRunStatus.FAILURE,
        attempts=1,
        max_attempts=3,
        week_start=monday,
        week_end=monday + timedelta(days=6),
        generator="rules",
        generator_version="1",
        prompt_id="p",
        inputs={},
        input_hash="0" * 64,
        started_at=at,
        finished_at=at,
        duration_ms=1.0,
    )


async def _snapshot(athlete_id: uuid.UUID, at: datetime) -> PlanSnapshot:
    monday = date(2026, 3, 9)
    return await PlanSnapshot.create(
        athlete_id=athlete_id,
        week_start=monday,
        week_end=monday + timedelta(days=6),
        schema_version="1.0",
        plan={},
        generated_plan={},
        generated_at=at,
    )


async def _cache(expires_at: datetime | None) -> AnalysisCache:
    return await AnalysisCache.create(
        content_hash=uuid.uuid4().hex * 2,
        analysis_type="weekly_plan",
        generator="rules",
        generator_version="1",
        prompt_id="p",
        input_context={},
        response="{}",
        expires_at=expires_at,
        stored_at=PINNED_NOW,
    )


async def _weekly(athlete_id: uuid.UUID, week_end: date) -> None:
    start = week_end - timedelta(days=6)
    common = {
        "athlete_id": athlete_id,
        "week_start": start,
        "week_end": week_end,
        "inputs": {},
        "algorithm_version": "t",
        "params_hash": "0" * 64,
    }
    zeros = dict.fromkeys(
        (
            "run_count",
            "run_distance_km",
            "run_minutes",
            "ride_count",
            "ride_distance_km",
            "ride_minutes",
            "swim_count",
            "swim_minutes",
            "other_count",
            "vo2_sessions",
            "tempo_sessions",
            "long_runs",
            "strength_count",
            "strength_load",
            "strength_tonnage",
            "total_load",
        ),
        0,
    )
    await WeeklyMetrics.create(**common, **zeros, convention="trainingpeaks")
    await WeeklySummary.create(
        **common,
        complete=True,
        sessions_planned=0,
        sessions_completed=0,
        sessions_skipped=0,
        total_volume={},
        fatigue_analysis="-",
        reasoning={},
        patterns=[],
        suggestions=[],
        disclaimer="-",
        generated_at=PINNED_NOW,
    )


async def _ingestion(athlete_id: uuid.UUID, at: datetime) -> None:
    await IngestionRun.create(
        athlete_id=athlete_id,
        source="garmin",
        kind=IngestKind.WELLNESS,
        status=RunStatus.COMPLETED,
        started_at=at,
    )


async def _heart_rate(athlete_id: uuid.UUID, day: date) -> None:
    await HeartRateDay.create(
        athlete_id=athlete_id,
        source="garmin",
        sample_date=day,
        day_start=datetime.combine(day, datetime.min.time(), PINNED_NOW.tzinfo),
        offsets=[0],
        bpm=[60],
        sample_count=1,
        min_bpm=60,
        max_bpm=60,
        received_at=PINNED_NOW,
    )


async def _arrange(settings: Settings) -> dict[str, Any]:
    """For each kind, a row exactly at its cut-off (kept) and one a second or a day older (removed)."""
    team = await make_team(settings)
    athlete = team.athlete_id
    now = PINNED_NOW
    kept = {
        "run": await _run(athlete, now - timedelta(days=90)),
        "snapshot": await _snapshot(athlete, now - timedelta(days=365)),
        "cache": await _cache(now),
        "forever": await _cache(None),
    }
    await _run(athlete, now - timedelta(days=90) - SECOND)
    await _snapshot(athlete, now - timedelta(days=365) - SECOND)
    await _cache(now - SECOND)
    cutoff_day = (now - timedelta(days=365)).date()  # 2025-03-02
    await _weekly(athlete, cutoff_day)  # a Sunday: that week is kept, the one before goes
    await _weekly(athlete, cutoff_day - timedelta(days=7))
    await _ingestion(athlete, now - timedelta(days=90))
    await _ingestion(athlete, now - timedelta(days=90) - SECOND)
    for at in (now - timedelta(days=30), now - timedelta(days=30) - SECOND):
        await ConnectionHealthEvent.create(checked_at=at, environment="test", status=HealthStatus.PASS)
    await _heart_rate(athlete, cutoff_day)
    await _heart_rate(athlete, cutoff_day - timedelta(days=1))
    return kept


EXPECTED = {
    "plan_generation_runs": 1,
    "analysis_cache_expired": 1,
    "plan_snapshots": 1,
    "weekly_metrics": 1,
    "weekly_summaries": 1,
    "ingestion_runs": 1,
    "health_events": 1,
    "heart_rate_days": 1,
}
TABLES = (
    "plan_generation_run",
    "analysis_cache",
    "plan_snapshot",
    "weekly_metrics",
    "weekly_summary",
    "ingestion_run",
    "connection_health_event",
    "heart_rate_day",
)


async def _counts() -> dict[str, int]:
    conn = connections.get("default")
    return {t: (await conn.execute_query_dict(f'SELECT count(*) AS n FROM "{t}"'))[0]["n"] for t in TABLES}


async def test_a_dry_run_counts_and_removes_nothing(settings: Settings) -> None:
    await _arrange(settings)
    before = await _counts()

    report = await run_retention(dry_run=True)

    assert (report.dry_run, report.counts, report.total) == (True, EXPECTED, 8)
    assert report.cutoffs["plan_generation_runs"] == (PINNED_NOW - timedelta(days=90)).isoformat()
    assert report.cutoffs["weekly_metrics"] == "2025-03-02"
    assert await _counts() == before
    assert not await AuditLog.filter(action="retention").exists()


async def test_a_pass_removes_exactly_what_is_past_its_age_and_audits_the_counts(settings: Settings) -> None:
    kept = await _arrange(settings)
    before = await _counts()

    report = await run_retention()

    assert report.counts == EXPECTED
    assert await _counts() == {t: n - 1 for t, n in before.items()}
    assert await PlanGenerationRun.filter(id=kept["run"].id).exists()
    assert await PlanSnapshot.filter(id=kept["snapshot"].id).exists()
    assert await AnalysisCache.filter(id__in=[kept["cache"].id, kept["forever"].id]).count() == 2
    entry = await AuditLog.get(action="retention")
    assert (entry.user_id, entry.entity_type) == (None, "retention")
    assert entry.metadata == {"removed": EXPECTED, "cutoffs": report.cutoffs, "total": 8}
    # a second pass has nothing left to do
    assert (await run_retention()).total == 0


async def test_a_snapshot_outlives_its_pruned_run(settings: Settings) -> None:
    team = await make_team(settings)
    run = await _run(team.athlete_id, PINNED_NOW - timedelta(days=100))
    snapshot = await _snapshot(team.athlete_id, PINNED_NOW - timedelta(days=100))
    snapshot.run_id = run.id
    await snapshot.save()

    await run_retention()

    assert not await PlanGenerationRun.filter(id=run.id).exists()
    assert (await PlanSnapshot.get(id=snapshot.id)).run_id is None


async def test_one_runner_at_a_time_across_processes(settings: Settings, database: DatabaseAddress) -> None:
    jobs = RetentionJobs(database, interval=3600)
    other = await direct_connection(database)
    try:
        assert await other.fetchval("SELECT pg_try_advisory_lock($1, $2)", *JOB_LOCK) is True
        assert await jobs.run_if_first() is None  # another process holds the lock: skipped
        await other.execute("SELECT pg_advisory_unlock($1, $2)", *JOB_LOCK)
        report = await jobs.run_if_first()
        assert report is not None and report.total == 0
        assert await other.fetchval("SELECT pg_try_advisory_lock($1, $2)", *JOB_LOCK) is True  # released
        await other.execute("SELECT pg_advisory_unlock($1, $2)", *JOB_LOCK)
    finally:
        await other.close()


async def test_the_command_line_dry_run_lists_every_kind(
    settings: Settings, database: DatabaseAddress
) -> None:
    await _arrange(settings)
    before = await _counts()
    env = cli_env(APP_ENV="test", DATABASE_URL=database_url(database), SECRET_KEY="s" * 48)

    result = await asyncio.to_thread(run_cli, "retention", "--dry-run", env=env)

    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert [line.split(":")[0] for line in lines] == [*EXPECTED, "total"]
    assert all("would remove" in line for line in lines)
    assert await _counts() == before
