"""readinessChanged and rosterAlerts: published by the recomputation a write causes, delivered when
it commits, to the athlete's coach and the athlete, never to another tenant."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from app.settings import Settings
from tests.analytics_helpers import ingest_activities, ingest_wellness, received, socket, subscribe
from tests.helpers import PINNED_NOW, make_team, mutate

pytestmark = pytest.mark.usefixtures("fixed_clock")
TODAY = PINNED_NOW.date()
READINESS = "subscription($a: UUID) { readinessChanged(athleteId: $a) { eventId athleteId date score recommendation } }"
ALERTS = """subscription($a: UUID) { rosterAlerts(athleteId: $a) { eventId occurredAt athleteId date alert redFlag
  acwrZone acwr athlete { id } readiness { date redFlags } } }"""
CHECK_IN = "mutation($input: SubmitCheckInInput!) { submitCheckIn(input: $input) { errors { code } } }"


def _wellness(days: int) -> list[dict[str, Any]]:
    return [
        {
            "date": str(TODAY - timedelta(days=days - i)),
            "hrvRmssd": 60.0 + i % 3,
            "restingHr": 50,
            "sleepScore": 80,
        }
        for i in range(days)
    ]


def _payloads(messages: list[dict[str, Any]], op: str, name: str) -> list[dict[str, Any]]:
    return [m["payload"]["data"][name] for m in messages if m.get("id") == op and m["type"] == "next"]


async def test_a_new_red_flag_reaches_the_coach_and_the_athlete_only(
    app: Any, client: httpx.AsyncClient, settings: Settings
) -> None:
    team = await make_team(settings)
    await ingest_wellness(client, team.coach.token, team.athlete_id, _wellness(40))
    async with (
        socket(app, team.coach.token) as coach_ws,
        socket(app, team.athlete.token) as athlete_ws,
        socket(app, team.other_coach.token) as other_ws,
    ):
        for ws in (coach_ws, other_ws):
            await subscribe(ws, "ready", READINESS)
            await subscribe(ws, "alerts", ALERTS)
        await subscribe(athlete_ws, "alerts", ALERTS)

        body = await mutate(
            client, team.athlete.token, CHECK_IN, {"sleepQuality": 4, "energy": 2, "soreness": 3, "stress": 5}
        )
        assert body["errors"] == []

        coach = await received(coach_ws, expect=2)
        athlete, other = await received(athlete_ws, expect=1), await received(other_ws)

    [changed] = _payloads(coach, "ready", "readinessChanged")
    assert (changed["athleteId"], changed["date"]) == (str(team.athlete_id), str(TODAY))
    assert changed["recommendation"] == "easy"  # the published contract: the stored value
    [alert] = _payloads(coach, "alerts", "rosterAlerts")
    assert (alert["alert"], alert["redFlag"], alert["date"]) == ("RED_FLAG", "high_stress", str(TODAY))
    assert alert["readiness"]["redFlags"] == ["HIGH_STRESS"] and alert["athlete"]["id"] == str(
        team.athlete_id
    )
    assert _payloads(athlete, "alerts", "rosterAlerts") == [alert]
    assert other == []


async def test_an_acwr_leaving_its_band_is_an_alert(
    app: Any, client: httpx.AsyncClient, settings: Settings
) -> None:
    team = await make_team(settings)
    steady = [
        {
            "externalId": f"d-{i}",
            "start": datetime.combine(TODAY - timedelta(days=40 - i), datetime.min.time(), UTC)
            .replace(hour=7)
            .isoformat(),
            "durationSeconds": 3600,
            "type": "RUNNING",
            "trainingLoad": 100,
        }
        for i in range(40)
    ]
    await ingest_activities(client, team.coach.token, team.athlete_id, steady)
    spike = {
        **steady[0],
        "externalId": "spike",
        "start": (PINNED_NOW - timedelta(hours=1)).isoformat(),
        "trainingLoad": 2000,
    }
    async with socket(app, team.coach.token) as ws, socket(app, team.other_coach.token) as other_ws:
        await subscribe(ws, "alerts", ALERTS, a=str(team.athlete_id))
        await subscribe(other_ws, "alerts", ALERTS)

        await ingest_activities(client, team.coach.token, team.athlete_id, [spike])

        found, other = await received(ws, expect=1), await received(other_ws)

    [alert] = [a for a in _payloads(found, "alerts", "rosterAlerts") if a["alert"] == "ACWR_OUT_OF_BAND"]
    # acute (6 x 100 + 2000) / 7 = 371.4; chronic (27 x 100 + 2000) / 28 = 167.9: ratio 2.21, danger (> 1.5)
    assert (alert["date"], alert["acwrZone"]) == (str(TODAY), "danger")
    assert alert["acwr"] == pytest.approx((2600 / 7) / (4700 / 28))
    assert other == []


async def test_another_tenants_athlete_cannot_be_watched(
    app: Any, client: httpx.AsyncClient, settings: Settings
) -> None:
    team = await make_team(settings)
    await ingest_wellness(client, team.coach.token, team.athlete_id, _wellness(40))
    async with socket(app, team.other_coach.token) as ws:
        await subscribe(ws, "alerts", ALERTS, a=str(team.athlete_id))
        await subscribe(ws, "ready", READINESS, a=str(team.athlete_id))

        await mutate(
            client, team.athlete.token, CHECK_IN, {"sleepQuality": 1, "energy": 1, "soreness": 5, "stress": 5}
        )

        messages = await received(ws, expect=4)

    # refused when they subscribe (the athlete reads as missing), completed, and nothing after
    assert sorted((m["id"], m["type"]) for m in messages) == [
        ("alerts", "complete"),
        ("alerts", "next"),
        ("ready", "complete"),
        ("ready", "next"),
    ]
    refusals = [m for m in messages if m["type"] == "next"]
    assert all(m["payload"]["errors"][0]["extensions"]["code"] == "NOT_FOUND" for m in refusals)
