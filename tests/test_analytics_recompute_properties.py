"""A property of recomputation, checked with hypothesis: whatever arrives, in whatever order and
however late (wellness, revisions of it, device activities, check-ins), the series recomputed
incrementally after each arrival equals the series recomputed from scratch."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.activities.ingest import ingest_activities
from app.analytics.pending import collecting
from app.analytics.recompute import process_pending, recompute_all
from app.clock import FixedClock
from app.settings import Settings
from app.wellness.checkins import submit_check_in
from app.wellness.ingest import ingest_wellness
from tests.analytics_helpers import stored
from tests.helpers import PINNED_NOW, make_athlete, make_coach

TODAY = PINNED_NOW.date()
ZONE = "America/New_York"
VOLATILE = {"id", "created_at", "updated_at", "generated_at"}

wellness = st.fixed_dictionaries(
    {
        "kind": st.just("wellness"),
        "ago": st.integers(min_value=0, max_value=75),
        "hrv_rmssd": st.one_of(
            st.none(), st.floats(min_value=2.0, max_value=120.0).map(lambda v: round(v, 1))
        ),
        "resting_hr": st.one_of(st.none(), st.integers(min_value=38, max_value=80)),
        "sleep_score": st.one_of(st.none(), st.integers(min_value=20, max_value=100)),
        "source": st.sampled_from(["garmin", "oura"]),
    }
)
activity = st.fixed_dictionaries(
    {
        "kind": st.just("activity"),
        "ago": st.integers(min_value=0, max_value=75),
        "minute": st.integers(min_value=0, max_value=24 * 60 - 1),
        "load": st.integers(min_value=0, max_value=400),
        "external": st.integers(min_value=0, max_value=5),  # a repeated id revises the activity
    }
)
check_in = st.fixed_dictionaries(
    {
        "kind": st.just("check_in"),
        "ago": st.integers(min_value=0, max_value=75),
        "level": st.integers(min_value=1, max_value=5),
    }
)
arrivals = st.lists(st.one_of(wellness, activity, check_in), min_size=1, max_size=10)


async def _arrive(item: dict[str, Any], coach: Any, athlete: Any) -> None:
    day = TODAY - timedelta(days=item["ago"])
    athlete_id = athlete.athlete.id
    if item["kind"] == "wellness":
        values = {k: item[k] for k in ("hrv_rmssd", "resting_hr", "sleep_score") if item[k] is not None}
        if not values:
            values = {"steps": 1000}
        await ingest_wellness(
            actor=coach.actor, athlete_id=athlete_id, source=item["source"], records=[{"date": day, **values}]
        )
    elif item["kind"] == "activity":
        local = datetime.combine(day, time(0, 0), tzinfo=ZoneInfo(ZONE)) + timedelta(minutes=item["minute"])
        start = min(local.astimezone(UTC), PINNED_NOW - timedelta(minutes=30))
        record = {
            "external_id": f"a-{item['external']}",
            "start": start,
            "duration_seconds": 1800,
            "activity_type": "running",
            "training_load": float(item["load"]),
        }
        await ingest_activities(actor=coach.actor, athlete_id=athlete_id, source="garmin", records=[record])
    else:
        level = item["level"]
        await submit_check_in(
            actor=athlete.actor, sleep_quality=level, energy=level, soreness=6 - level, stress=3, day=day
        )


async def _snapshot(athlete_id: uuid.UUID) -> dict[str, list[dict[str, Any]]]:
    tables = ("daily_training_load", "daily_readiness", "weekly_metrics", "weekly_summary")
    return {
        t: [{k: v for k, v in r.items() if k not in VOLATILE} for r in await stored(t, athlete_id)]
        for t in tables
    }


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(items=arrivals)
async def test_incremental_recomputation_equals_starting_over(
    settings: Settings, fixed_clock: FixedClock, items: list[dict[str, Any]]
) -> None:
    run = uuid.uuid4().hex[:10]
    coach = await make_coach(settings, email=f"coach-{run}@example.com")
    athlete = await make_athlete(settings, coach, email=f"athlete-{run}@example.com", timezone=ZONE)
    assert athlete.athlete is not None

    for item in items:  # each arrival recomputes from the earliest day it affects, as after a mutation
        with collecting() as queued:
            await _arrive(item, coach, athlete)
        await process_pending(queued.ids)

    incremental = await _snapshot(athlete.athlete.id)
    await recompute_all([athlete.athlete.id])
    assert await _snapshot(athlete.athlete.id) == incremental
