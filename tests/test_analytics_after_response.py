"""A hub's batch is answered before its recomputation, which follows right after in the process's
recomputer (app/analytics/deferred.py); what a person does in an app (a check-in) is recomputed
before its response. These tests use a client that does not wait for the recomputer."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import asyncpg
import httpx
import pytest
from tortoise import connections

from app.analytics.deferred import Recomputer, after_response
from app.analytics.pending import changed
from app.db.config import DatabaseAddress
from app.settings import Settings
from tests.analytics_helpers import INGEST_WELLNESS, stored
from tests.helpers import PINNED_NOW, direct_connection, gql, make_athlete, make_coach

pytestmark = pytest.mark.usefixtures("fixed_clock")
TODAY = PINNED_NOW.date()
SERIES_LOCK = 7_300_001  # app/analytics/recompute.py: an athlete's series lock space
CHECK_IN = """mutation($input: SubmitCheckInInput!) { submitCheckIn(input: $input) {
  checkIn { id } errors { field code } } }"""


@pytest.fixture
async def direct(app: Any) -> AsyncIterator[httpx.AsyncClient]:
    """A client that reads each response as soon as it is sent (no waiting for the recomputer)."""
    transport = httpx.ASGITransport(app=app, client=("203.0.113.9", 51000))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        yield http


@pytest.fixture
async def other(database: DatabaseAddress) -> AsyncIterator[asyncpg.Connection]:
    """Another process's connection (it holds an athlete's series lock in these tests)."""
    conn = await direct_connection(database)
    try:
        yield conn
    finally:
        await conn.close()


def _days(first: int, count: int) -> list[dict[str, Any]]:
    return [
        {
            "date": str(TODAY - timedelta(days=first - i)),
            "hrvRmssd": 60.0 + i % 3,
            "restingHr": 50,
            "sleepScore": 80,
        }
        for i in range(count)
    ]


async def _ingest(
    client: httpx.AsyncClient, token: str, athlete_id: Any, records: list[dict[str, Any]]
) -> Any:
    variables = {"input": {"athleteId": str(athlete_id), "source": "garmin", "records": records}}
    body = await asyncio.wait_for(gql(client, INGEST_WELLNESS, variables, token=token), 10)
    return body["data"]["ingestWellness"]


async def _pending() -> list[dict[str, Any]]:
    return await connections.get("default").execute_query_dict(
        "SELECT athlete_id, from_day FROM analytics_pending"
    )


async def test_a_hub_batch_is_answered_while_its_athlete_series_is_locked_then_recomputed(
    direct: httpx.AsyncClient, other: asyncpg.Connection, settings: Settings
) -> None:
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    athlete_id = athlete.athlete.id
    # another process is recomputing this athlete: a recomputation before the response would wait
    await other.execute("SELECT pg_advisory_lock($1, hashtext($2))", SERIES_LOCK, str(athlete_id))

    first = await _ingest(direct, coach.token, athlete_id, _days(10, 5))
    second = await _ingest(direct, coach.token, athlete_id, _days(5, 5))

    assert [first["run"]["applied"], second["run"]["applied"]] == [5, 5]
    assert after_response.busy
    assert await stored("daily_readiness", athlete_id) == []
    queued = await _pending()
    assert sorted(r["from_day"] for r in queued) == [TODAY - timedelta(days=10), TODAY - timedelta(days=5)]

    await other.execute("SELECT pg_advisory_unlock($1, hashtext($2))", SERIES_LOCK, str(athlete_id))
    await asyncio.wait_for(after_response.idle(), 10)

    # both batches' days are in the series (one round took both queue rows), the queue is empty
    days = [r["day"] for r in await stored("daily_readiness", athlete_id, "day")]
    assert days[0] == TODAY - timedelta(days=10) and days[-1] == TODAY
    assert len(days) == 11
    assert await _pending() == []
    assert not after_response.busy


async def test_a_check_in_is_recomputed_before_its_response(
    direct: httpx.AsyncClient, settings: Settings
) -> None:
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    payload = {"sleepQuality": 4, "energy": 3, "soreness": 2, "stress": 2, "mood": "ok", "hrvRmssd": 58.0}

    body = await gql(direct, CHECK_IN, {"input": payload}, token=athlete.token)

    assert body["data"]["submitCheckIn"]["errors"] == []
    assert not after_response.busy
    readiness = await stored("daily_readiness", athlete.athlete.id, "day, score")
    assert [r["day"] for r in readiness] == [TODAY]
    assert readiness[0]["score"] is not None
    assert await _pending() == []


async def test_shutdown_waits_for_the_rounds_in_flight(other: asyncpg.Connection, settings: Settings) -> None:
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    athlete_id = athlete.athlete.id
    recomputer = Recomputer()
    row = await connections.get("default").execute_query_dict(
        "INSERT INTO analytics_pending (id, athlete_id, from_day, reason, created_at, updated_at) "
        "VALUES (gen_random_uuid(), $1, $2, 'test', now(), now()) RETURNING id",
        [athlete_id, TODAY],
    )
    await other.execute("SELECT pg_advisory_lock($1, hashtext($2))", SERIES_LOCK, str(athlete_id))
    recomputer.schedule([row[0]["id"]])
    await recomputer.drain(seconds=0.2)  # the lock is held: the round cannot finish, shutdown goes on
    assert recomputer.busy and len(await _pending()) == 1

    await other.execute("SELECT pg_advisory_unlock($1, hashtext($2))", SERIES_LOCK, str(athlete_id))
    await recomputer.drain(seconds=10)
    assert not recomputer.busy
    assert await _pending() == []  # the round ran: it took the queue row


async def test_a_change_queued_after_the_response_in_a_service_call_is_not_lost(settings: Settings) -> None:
    """Outside the API (no operation collecting), the queue row is left for the analytics job."""
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    await changed(athlete.athlete.id, reason="test", day=TODAY, after_response=True)
    assert [r["from_day"] for r in await _pending()] == [TODAY]
