"""Health endpoints: liveness, and a real database round trip that is recorded."""

from __future__ import annotations

from typing import Any

import httpx

from app import clock
from app.health.models import ConnectionHealthEvent, HealthStatus
from app.health.service import check_database


async def test_health_live_answers_without_the_database(client: httpx.AsyncClient) -> None:
    response = await client.get("/health/live")

    assert (response.status_code, response.json()) == (200, {"status": "pass"})
    assert await ConnectionHealthEvent.all().count() == 0


async def test_health_db_does_a_round_trip_and_records_it(
    client: httpx.AsyncClient, fixed_clock: clock.FixedClock
) -> None:
    response = await client.get("/health/db")

    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert set(body) == {"status", "latencyMs", "checkedAt", "environment", "errorCode", "message"}
    assert body["status"] == "pass"
    assert isinstance(body["latencyMs"], float) and 0 <= body["latencyMs"] < 5000
    assert body["checkedAt"] == fixed_clock.now.isoformat()
    assert (body["environment"], body["errorCode"], body["message"]) == ("test", None, None)
    event = await ConnectionHealthEvent.get()
    assert (event.status, event.environment, event.checked_at) == (
        HealthStatus.PASS,
        "test",
        fixed_clock.now,
    )
    assert event.latency_ms == body["latencyMs"]
    assert (event.error_code, event.message) == (None, None)


async def test_each_probe_is_recorded(client: httpx.AsyncClient) -> None:
    for _ in range(3):
        assert (await client.get("/health/db")).json()["status"] == "pass"

    assert await ConnectionHealthEvent.filter(status=HealthStatus.PASS).count() == 3


async def test_a_probe_without_recording_writes_nothing(app: Any) -> None:
    report = await check_database(environment="test", record=False)

    assert report.status is HealthStatus.PASS
    assert report.latency_ms is not None and report.latency_ms >= 0
    assert await ConnectionHealthEvent.all().count() == 0


async def test_health_endpoints_are_get_only(client: httpx.AsyncClient) -> None:
    assert (await client.post("/health/db")).status_code == 405
    assert (await client.post("/health/live")).status_code == 405
