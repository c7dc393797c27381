"""Health: liveness, /health/db (a live check that writes nothing), the checker's stored and
published readings, the connection profile, and the admin queries over them."""

from __future__ import annotations

from typing import Any

import httpx

from app import clock
from app.health.checker import get_checker
from app.health.models import ConnectionHealthEvent, DatabaseConnectionProfile, HealthStatus
from app.settings import Settings
from tests.helpers import error_codes, gql, make_admin, make_coach

HISTORY = """query($env: String, $status: HealthStatus) {
  connectionHealthEvents(environment: $env, status: $status, first: 10) {
    totalCount edges { node { id eventId checkedAt environment status latencyMs errorCode message source } }
  } }"""
PROFILES = """{ databaseConnectionProfiles { environment host port database schema credentialRef
  rotationIntervalDays lastValidatedAt } }"""


async def test_health_live_answers_without_the_database(client: httpx.AsyncClient) -> None:
    response = await client.get("/health/live")

    assert (response.status_code, response.json()) == (200, {"status": "pass"})
    assert await ConnectionHealthEvent.all().count() == 0


async def test_health_db_checks_live_and_writes_nothing(
    client: httpx.AsyncClient, fixed_clock: clock.FixedClock
) -> None:
    checker = get_checker()
    assert checker is not None and checker.latest is not None  # the check run at start

    response = await client.get("/health/db")

    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert set(body) == {
        "status",
        "latencyMs",
        "checkedAt",
        "environment",
        "errorCode",
        "message",
        "lastCheck",
    }
    assert body["status"] == "pass"
    assert isinstance(body["latencyMs"], float) and 0 <= body["latencyMs"] < 5000
    assert body["checkedAt"] == fixed_clock.now.isoformat()
    assert (body["environment"], body["errorCode"], body["message"]) == ("test", None, None)
    assert body["lastCheck"] == {
        "status": "pass",
        "checkedAt": checker.latest.checked_at.isoformat(),
        "source": checker.latest.source,
    }
    assert await ConnectionHealthEvent.all().count() == 0


async def test_a_check_is_stored_and_validates_the_connection_profile(
    app: Any, fixed_clock: clock.FixedClock
) -> None:
    checker = get_checker()
    assert checker is not None
    await DatabaseConnectionProfile.filter(environment="test").update(last_validated_at=None)

    reading = await checker.check_once()

    assert reading.status is HealthStatus.PASS
    stored = await ConnectionHealthEvent.get()
    assert (stored.id, stored.status, stored.environment, stored.checked_at, stored.source) == (
        reading.id,
        HealthStatus.PASS,
        "test",
        fixed_clock.now,
        reading.source,
    )
    assert stored.latency_ms == reading.latency_ms
    profile = await DatabaseConnectionProfile.get(environment="test")
    assert profile.last_validated_at == fixed_clock.now
    assert checker.latest == reading


async def test_admins_read_the_history_and_the_profile(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: clock.FixedClock
) -> None:
    admin = await make_admin(settings)
    checker = get_checker()
    assert checker is not None
    first = await checker.check_once()
    fixed_clock.set(fixed_clock.now.replace(minute=fixed_clock.now.minute + 1))
    second = await checker.check_once()

    body = await gql(client, HISTORY, {"env": "test", "status": "PASS"}, token=admin.token)
    profiles = await gql(client, PROFILES, token=admin.token)

    page = body["data"]["connectionHealthEvents"]
    assert page["totalCount"] == 2
    assert [e["node"]["id"] for e in page["edges"]] == [str(second.id), str(first.id)]  # newest first
    assert page["edges"][0]["node"]["eventId"] == str(second.id)
    assert page["edges"][0]["node"]["source"] == second.source
    [profile] = profiles["data"]["databaseConnectionProfiles"]
    assert profile["environment"] == "test"
    assert profile["schema"] == "public"
    assert profile["rotationIntervalDays"] == settings.credential_rotation_days
    assert profile["credentialRef"] in ("env:DATABASE_URL", f"embedded:{settings.data_dir.name}")
    assert profile["lastValidatedAt"] == fixed_clock.now.isoformat()
    assert "password" not in str(profiles).lower()


async def test_others_may_not_read_the_health_history(client: httpx.AsyncClient, settings: Settings) -> None:
    coach = await make_coach(settings)

    history = await gql(client, HISTORY, token=coach.token)
    profiles = await gql(client, PROFILES, token=coach.token)

    assert error_codes(history) == ["FORBIDDEN"]
    assert error_codes(profiles) == ["FORBIDDEN"]


async def test_health_endpoints_are_get_only(client: httpx.AsyncClient) -> None:
    assert (await client.post("/health/db")).status_code == 405
    assert (await client.post("/health/live")).status_code == 405
