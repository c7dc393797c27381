"""Recomputation through the API: every write recomputes from the earliest day it affects, right
after it commits; late and revised records change the past; the result equals a recomputation
from scratch; the periodic job extends the series and closes the weeks."""

from __future__ import annotations

import math
from datetime import timedelta
from typing import Any

import httpx
import pytest
from tortoise import connections

from app.analytics import jobs
from app.analytics.recompute import recompute_all
from app.clock import FixedClock
from app.db.config import DatabaseAddress
from app.programs.models import MicroCycle
from app.settings import Settings
from tests.analytics_helpers import ingest_wellness, readiness, stored, training_load
from tests.helpers import (
    PINNED_NOW,
    direct_connection,
    gql,
    log_input,
    log_workout,
    make_athlete_session,
    make_cycle,
    make_phase,
    make_program,
    make_squat,
    make_team,
)

pytestmark = pytest.mark.usefixtures("fixed_clock")
TODAY = PINNED_NOW.date()  # Monday 2026-03-02 (also in Oslo)
VOLATILE = {"id", "created_at", "updated_at", "generated_at"}


def _days(count: int, **values: Any) -> list[dict[str, Any]]:
    """`count` daily records ending yesterday: HRV 60 +/- 3 ms, resting HR 50 +/- 1, sleep 80."""
    return [
        {
            "date": str(TODAY - timedelta(days=count - i)),
            "hrvRmssd": 60.0 + (i % 3 - 1) * 3,
            "restingHr": 50 + i % 2,
            "sleepScore": 80,
            **values,
        }
        for i in range(count)
    ]


async def _snapshot(athlete_id: Any) -> dict[str, list[dict[str, Any]]]:
    tables = ("daily_training_load", "daily_readiness", "weekly_metrics", "weekly_summary")
    return {
        t: [{k: v for k, v in r.items() if k not in VOLATILE} for r in await stored(t, athlete_id)]
        for t in tables
    }


async def test_a_logged_workout_is_in_the_series_when_the_mutation_answers(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    team = await make_team(settings, timezone="Europe/Oslo")
    await make_squat()
    session = await make_athlete_session(team.athlete)

    logged = await log_workout(client, team.athlete, log_input(session))
    day = (await training_load(client, team.coach.token, team.athlete_id, TODAY, TODAY))[0]

    # RPE 7 x 60 minutes = 420 AU, the series' first day: fitness 420 / 42 = 10, fatigue 420 / 7 = 60
    assert (day["load"], day["sessionCount"], day["fitness"], day["fatigue"]) == (420.0, 1, 10.0, 60.0)
    assert day["workouts"][0]["workoutLogId"] == logged["workoutLog"]["id"]
    assert day["workouts"][0]["source"] == "SESSION_RPE"
    assert await connections.get("default").execute_query_dict("SELECT * FROM analytics_pending") == []


async def test_an_edit_moves_the_load_and_equals_starting_over(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    team = await make_team(settings)
    await make_squat()
    session = await make_athlete_session(team.athlete, scheduled_at=PINNED_NOW - timedelta(days=3))
    logged = await log_workout(
        client, team.athlete, log_input(session, completedAt=(PINNED_NOW - timedelta(days=3)).isoformat())
    )
    await ingest_wellness(client, team.coach.token, team.athlete_id, _days(20))
    edit = """mutation($input: EditWorkoutLogInput!) { editWorkoutLog(input: $input) { errors { code } } }"""
    moved = {
        "id": logged["workoutLog"]["id"],
        "completedAt": (PINNED_NOW - timedelta(days=1)).isoformat(),
        "actualData": log_input(session)["actualData"],
        "rpe": 5,
        "durationMinutes": 40,
    }

    body = await gql(client, edit, {"input": moved}, token=team.athlete.token)

    assert body["data"]["editWorkoutLog"]["errors"] == []
    days = {
        d["date"]: d["load"]
        for d in await training_load(
            client, team.coach.token, team.athlete_id, TODAY - timedelta(days=3), TODAY
        )
    }
    # the first version's 420 AU left its day; the edit's 5 x 40 = 200 AU counts on its own day
    assert days[str(TODAY - timedelta(days=3))] == 0.0 and days[str(TODAY - timedelta(days=1))] == 200.0
    incremental = await _snapshot(team.athlete_id)
    await recompute_all([team.athlete_id])
    assert await _snapshot(team.athlete_id) == incremental


async def test_late_and_revised_wellness_changes_the_past_from_its_day_on(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    team = await make_team(settings, timezone="Europe/Oslo")
    await ingest_wellness(client, team.coach.token, team.athlete_id, _days(70))
    before = {r["day"]: r for r in await stored("daily_readiness", team.athlete_id)}
    revised_day = TODAY - timedelta(days=10)

    # the watch revises that night: HRV far below normal, for three days (one of them arrives late)
    await ingest_wellness(
        client,
        team.coach.token,
        team.athlete_id,
        [
            {
                "date": str(revised_day + timedelta(days=i)),
                "hrvRmssd": 30.0,
                "restingHr": 58,
                "sleepScore": 45,
            }
            for i in range(3)
        ],
    )

    after = {r["day"]: r for r in await stored("daily_readiness", team.athlete_id)}
    assert set(after) == set(before)
    unchanged = [d for d in before if d < revised_day - timedelta(days=7)]
    assert all(after[d]["updated_at"] == before[d]["updated_at"] for d in unchanged)
    day = await readiness(client, team.coach.token, team.athlete_id, revised_day + timedelta(days=2))
    assert day is not None and {"LOW_HRV", "POOR_SLEEP", "ELEVATED_RESTING_HR"} <= set(day["redFlags"])
    assert after[revised_day]["score"] < before[revised_day]["score"]
    incremental = await _snapshot(team.athlete_id)
    await recompute_all([team.athlete_id])
    assert await _snapshot(team.athlete_id) == incremental


async def test_hrv_gaps_and_outliers(client: httpx.AsyncClient, settings: Settings) -> None:
    team = await make_team(settings)
    records = _days(40)
    for record in records[-10:-1]:
        del record["hrvRmssd"]  # a 9-day gap before yesterday
    records[-1]["hrvRmssd"] = 2.0  # yesterday: a failed reading (accepted by ingestion, an artefact here)
    await ingest_wellness(client, team.coach.token, team.athlete_id, records)

    day = await readiness(client, team.coach.token, team.athlete_id, TODAY - timedelta(days=1))

    assert day is not None and day["hrvBaseline"]["rejectedDays"] == [str(TODAY - timedelta(days=1))]
    # no valid reading in the last 7 days: no short mean, no HRV factor, LOW confidence
    assert day["hrvBaseline"]["shortCount"] == 0 and day["hrvBaseline"]["band"] is None
    assert "HRV" not in {c["factor"] for c in day["contributions"]}
    assert day["confidence"] == "LOW" and "FEW_HRV_READINGS" in day["confidenceReasons"]
    # the gap is a gap, not zeros: the 60-day window holds the 30 valid mornings
    assert day["hrvBaseline"]["longCount"] == 30


async def test_a_new_time_zone_recomputes_every_day(client: httpx.AsyncClient, settings: Settings) -> None:
    team = await make_team(settings, timezone="Europe/Oslo")
    await ingest_wellness(client, team.coach.token, team.athlete_id, _days(10))
    update = "mutation($input: UpdateAthleteProfileInput!) { updateAthleteProfile(input: $input) { errors { code } } }"

    await gql(
        client,
        update,
        {"input": {"id": str(team.athlete_id), "timezone": "Pacific/Pago_Pago"}},
        token=team.coach.token,
    )

    # 09:30 UTC is 22:30 the evening before in Pago Pago (UTC-11): the athlete's today is Sunday,
    # and Monday's rows (a day that has not begun there) are gone
    rows = await stored("daily_training_load", team.athlete_id)
    assert rows[-1]["day"] == TODAY - timedelta(days=1)
    incremental = await _snapshot(team.athlete_id)
    await recompute_all([team.athlete_id])
    assert await _snapshot(team.athlete_id) == incremental


async def test_the_job_extends_the_series_and_closes_the_week(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    team = await make_team(settings)
    await ingest_wellness(client, team.coach.token, team.athlete_id, _days(30))
    assert (await stored("daily_training_load", team.athlete_id))[-1]["day"] == TODAY
    summaries = await stored("weekly_summary", team.athlete_id, "week_start")

    fixed_clock.set(PINNED_NOW + timedelta(days=7))
    recomputed = await jobs.run_once()

    assert recomputed == 1
    rows = await stored("daily_training_load", team.athlete_id)
    assert rows[-1]["day"] == TODAY + timedelta(days=7)
    # a week without data: load 0, fitness decaying day after day
    assert [r["load"] for r in rows[-7:]] == [0.0] * 7
    assert all(b["tp_fitness"] <= a["tp_fitness"] for a, b in zip(rows[-8:], rows[-7:], strict=False))
    after = await stored("weekly_summary", team.athlete_id, "week_start, complete")
    assert [r["week_start"] for r in after] == [*[r["week_start"] for r in summaries], TODAY]
    assert after[-1]["complete"] is True
    assert await jobs.run_once() == 0  # nothing left to do


async def test_a_weeks_readiness_score_is_the_mean_of_its_days(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    team = await make_team(settings)
    program = await make_program(
        team.athlete, start=TODAY - timedelta(days=14), end=TODAY + timedelta(days=13)
    )
    phase = await make_phase(program, 1, TODAY - timedelta(days=14), TODAY + timedelta(days=13))
    cycle = await make_cycle(phase, 2, TODAY - timedelta(days=7), TODAY - timedelta(days=1))
    later = await make_cycle(phase, 4, TODAY + timedelta(days=7), TODAY + timedelta(days=13))

    await ingest_wellness(client, team.coach.token, team.athlete_id, _days(30))

    scores = [
        r["score"]
        for r in await stored("daily_readiness", team.athlete_id)
        if cycle.start_date <= r["day"] <= cycle.end_date
    ]
    assert len(scores) == 7
    assert (await MicroCycle.get(id=cycle.id)).readiness_score == pytest.approx(
        math.fsum(scores) / 7, rel=1e-12
    )
    assert (await MicroCycle.get(id=later.id)).readiness_score is None


async def test_one_job_runner_at_a_time_across_processes(database: DatabaseAddress) -> None:
    runner = jobs.AnalyticsJobs(database, interval=3600)
    other = await direct_connection(database)
    try:
        # another process holds the job lock: this one skips the pass
        assert await other.fetchval("SELECT pg_try_advisory_lock($1, $2)", *jobs.JOB_LOCK) is True
        assert await runner.run_if_first() is False
        await other.execute("SELECT pg_advisory_unlock($1, $2)", *jobs.JOB_LOCK)
        assert await runner.run_if_first() is True
        # and the lock was let go after the pass
        assert await other.fetchval("SELECT pg_try_advisory_lock($1, $2)", *jobs.JOB_LOCK) is True
    finally:
        await other.close()
