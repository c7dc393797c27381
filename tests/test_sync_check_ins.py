"""The morning check-in joins offline sync: a sync operation like the other athlete writes (once
per idempotency key), a single mutation that takes a key, and a kind of the changes feed."""

from __future__ import annotations

import json
from typing import Any

import httpx

from app.clock import FixedClock
from app.settings import Settings
from app.wellness.models import CheckIn
from tests.helpers import gql, table_counts
from tests.sync_helpers import make_gym, op, outcomes, settled, sync

CHECK_IN = {"sleepQuality": 4, "energy": 3, "soreness": 2, "stress": 2, "mood": "ok", "hrvRmssd": 61.5}
SINGLE = """mutation($input: SubmitCheckInInput!) { submitCheckIn(input: $input) {
  checkIn { id energy } errors { field code message } } }"""
CHANGES = (
    """{ changes(first: 100) { changes { kind id operation entity { kind checkIn { id energy } } } } }"""
)


async def test_a_check_in_is_a_sync_operation_applied_once(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    gym = await make_gym(settings, sessions=0, squat=False)
    batch = [op("submitCheckIn", CHECK_IN, op_id="morning")]

    first = await sync(client, gym.athlete, batch)
    before = await table_counts()
    again = await sync(client, gym.athlete, batch)

    assert outcomes(first) == ["APPLIED"] and outcomes(again) == ["DUPLICATE"]
    assert await table_counts() == before
    entity = first["results"][0]["entity"]
    assert entity["kind"] == "CHECK_IN"
    assert json.dumps(again["results"][0]["entity"]) == json.dumps(entity)
    stored = await CheckIn.get(athlete_id=gym.athlete_id)
    assert (entity["id"], stored.energy, stored.hrv_rmssd) == (str(stored.id), 3, 61.5)


async def test_the_single_check_in_takes_an_idempotency_key(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    gym = await make_gym(settings, sessions=0, squat=False)
    keyed = {**CHECK_IN, "idempotencyKey": "morning-2026-03-02"}

    first = await gql(client, SINGLE, {"input": keyed}, token=gym.athlete.token)
    repeat = await gql(client, SINGLE, {"input": keyed}, token=gym.athlete.token)
    reused = await gql(client, SINGLE, {"input": {**keyed, "energy": 5}}, token=gym.athlete.token)

    assert first["data"]["submitCheckIn"]["errors"] == []
    assert repeat["data"]["submitCheckIn"] == first["data"]["submitCheckIn"]
    assert [e["code"] for e in reused["data"]["submitCheckIn"]["errors"]] == ["IDEMPOTENCY_KEY_REUSED"]
    assert (await CheckIn.get(athlete_id=gym.athlete_id)).energy == 3


async def test_check_ins_are_in_the_changes_feed_of_the_athlete_and_their_coach(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    gym = await make_gym(settings, sessions=0, squat=False)
    stranger = await make_gym(settings, suffix="-b", sessions=0, squat=False)
    await sync(client, gym.athlete, [op("submitCheckIn", CHECK_IN)])
    stored = await CheckIn.get(athlete_id=gym.athlete_id)
    await settled()

    feeds: dict[str, Any] = {
        who: (await gql(client, CHANGES, token=account.token))["data"]["changes"]["changes"]
        for who, account in (("athlete", gym.athlete), ("coach", gym.coach), ("stranger", stranger.coach))
    }

    expected = {"kind": "CHECK_IN", "id": str(stored.id), "operation": "INSERT"}
    for who in ("athlete", "coach"):
        [change] = [c for c in feeds[who] if c["kind"] == "CHECK_IN"]
        assert {k: change[k] for k in expected} == expected
        assert change["entity"]["checkIn"] == {"id": str(stored.id), "energy": 3}
    assert [c for c in feeds["stranger"] if c["kind"] == "CHECK_IN"] == []
