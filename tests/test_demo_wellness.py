"""Demo wearable data: a year per demo athlete, deterministic, with gaps, a revised night, late
records, a second source for some, and activities matched to the sessions done."""

from __future__ import annotations

from datetime import timedelta

import httpx

from app.activities.models import Activity
from app.clock import FixedClock
from app.demo import DEMO_ATHLETES, DEMO_COACH_EMAIL, DEMO_PASSWORD, load_demo, remove_demo
from app.ingest.models import RecordRevision
from app.settings import Settings
from app.wellness.models import SleepSession, WellnessDaily
from tests.helpers import gql

ROSTER = """
query($from: Date!, $to: Date!) { athletes { edges { node {
  displayName wellness(from: $from, to: $to) { date restingHr { source } }
  dataFreshness { source state } } } } }
"""


async def _values() -> list[tuple[object, ...]]:
    rows = (
        await WellnessDaily.all()
        .order_by("athlete__display_name", "sample_date", "source")
        .values_list(
            "athlete__display_name", "sample_date", "source", "resting_hr", "hrv_rmssd", "steps", "late"
        )
    )
    return [tuple(r) for r in rows]


async def test_every_demo_athlete_gets_a_year_of_wearable_data(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    await load_demo(reset=False, settings=settings)

    garmin = await WellnessDaily.filter(source="garmin").count()
    athletes = len(DEMO_ATHLETES)
    assert 340 * athletes <= garmin < 365 * athletes  # a year, less the gaps
    assert await WellnessDaily.filter(source="oura").count() > 0  # a second source for some
    assert await WellnessDaily.filter(late=True).count() > 0
    revised = await RecordRevision.filter(record_type="sleep_session").count()
    assert revised == athletes
    assert await SleepSession.filter(revision=2).count() == athletes
    assert await Activity.filter(planned_session_id__not_isnull=True).count() > 0
    assert await Activity.filter(start_at__gte=fixed_clock.now).count() == 0
    assert await WellnessDaily.filter(received_at__gt=fixed_clock.now).count() == 0

    login = await gql(
        client,
        "mutation($i: LoginInput!) { login(input: $i) { accessToken } }",
        {"i": {"email": DEMO_COACH_EMAIL, "password": DEMO_PASSWORD}},
    )
    today = fixed_clock.now.date()
    body = await gql(
        client,
        ROSTER,
        {"from": str(today - timedelta(days=6)), "to": str(today)},
        token=login["data"]["login"]["accessToken"],
    )
    assert "errors" not in body, body
    nodes = [e["node"] for e in body["data"]["athletes"]["edges"]]
    assert len(nodes) == athletes and all(n["wellness"] and n["dataFreshness"] for n in nodes)


async def test_the_demo_wearable_data_is_deterministic(settings: Settings, fixed_clock: FixedClock) -> None:
    await load_demo(reset=False, settings=settings)
    first = await _values()
    await remove_demo()

    await load_demo(reset=False, settings=settings)

    assert await _values() == first
