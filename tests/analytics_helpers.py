"""What the analytics test modules share: operations, ingestion and WebSocket helpers."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
from httpx_ws import AsyncWebSocketSession, aconnect_ws
from httpx_ws.transport import ASGIWebSocketTransport
from tortoise import connections

from tests.helpers import call, mutate

LOAD_FIELDS = """date load sessionCount acuteLoad chronicLoad acwr acwrZone acwrMethod convention fitness fatigue
  form rampRate weeklyLoad monotony strain algorithmVersion paramsHash
  workouts { workoutLogId activityId start minutes rpe deviceLoad load source }"""
TRAINING_LOAD = (
    "query($a: UUID, $from: Date!, $to: Date!, $c: FitnessConvention) {"
    " trainingLoad(athleteId: $a, from: $from, to: $to, convention: $c) { " + LOAD_FIELDS + " } }"
)
READINESS_FIELDS = """date score recommendation confidence confidenceReasons redFlags hrvValue restingHr sleepScore
  stress acwr acwrZone trainingLoad7d trainingLoad28d algorithmVersion paramsHash hrvMetric
  contributions { factor detail subScore weight share points } tips { code text }
  hrvBaseline { shortMean shortCount longMean longSd longCount bandLow bandHigh band latestDay rejectedDays }
  restingHrBaseline { band shortCount } sources { field source } inputs"""
READINESS = "query($a: UUID, $d: Date!) { readiness(athleteId: $a, date: $d) { " + READINESS_FIELDS + " } }"
HISTORY = (
    "query($a: UUID, $from: Date!, $to: Date!) { readinessHistory(athleteId: $a, from: $from, to: $to) {"
    " date score recommendation redFlags } }"
)
EXPLANATION = (
    "metric value formula source algorithmVersion parameters inputs { name value date kind id source note }"
)
INGEST_WELLNESS = """mutation($input: IngestWellnessInput!) { ingestWellness(input: $input) {
  run { status applied revised } results { status errors { field code } } errors { code } } }"""
INGEST_ACTIVITIES = """mutation($input: IngestActivitiesInput!) { ingestActivities(input: $input) {
  run { status applied } results { status errors { field code } } errors { code } } }"""


async def ingest_wellness(
    client: httpx.AsyncClient,
    token: str,
    athlete_id: Any,
    records: list[dict[str, Any]],
    source: str = "garmin",
) -> dict[str, Any]:
    payload = await mutate(
        client, token, INGEST_WELLNESS, {"athleteId": str(athlete_id), "source": source, "records": records}
    )
    assert payload["errors"] == [], payload
    return payload


async def ingest_activities(
    client: httpx.AsyncClient,
    token: str,
    athlete_id: Any,
    records: list[dict[str, Any]],
    source: str = "garmin",
) -> dict[str, Any]:
    payload = await mutate(
        client, token, INGEST_ACTIVITIES, {"athleteId": str(athlete_id), "source": source, "records": records}
    )
    assert payload["errors"] == [], payload
    return payload


async def training_load(
    client: httpx.AsyncClient, token: str, athlete_id: Any, first: Any, last: Any, **extra: Any
) -> list[dict[str, Any]]:
    data = await call(
        client, token, TRAINING_LOAD, a=str(athlete_id), **{"from": str(first), "to": str(last)}, **extra
    )
    days: list[dict[str, Any]] = data["trainingLoad"]
    return days


async def readiness(
    client: httpx.AsyncClient, token: str, athlete_id: Any, day: Any
) -> dict[str, Any] | None:
    data = await call(client, token, READINESS, a=str(athlete_id), d=str(day))
    found: dict[str, Any] | None = data["readiness"]
    return found


async def stored(table: str, athlete_id: Any, columns: str = "*") -> list[dict[str, Any]]:
    """The athlete's stored rows of a series table, oldest first."""
    key = "week_start" if table.startswith("weekly") else "day"
    rows: list[dict[str, Any]] = await connections.get("default").execute_query_dict(
        f'SELECT {columns} FROM "{table}" WHERE athlete_id = $1 ORDER BY {key}',
        [athlete_id],
    )
    return rows


@asynccontextmanager
async def socket(app: Any, token: str) -> AsyncIterator[AsyncWebSocketSession]:
    """An acknowledged graphql-transport-ws connection."""
    client = httpx.AsyncClient(transport=ASGIWebSocketTransport(app), base_url="http://testserver")
    async with (
        client,
        aconnect_ws("http://testserver/graphql", client, subprotocols=["graphql-transport-ws"]) as ws,
    ):
        await ws.send_json({"type": "connection_init", "payload": {"authorization": f"Bearer {token}"}})
        assert await ws.receive_json(timeout=5) == {"type": "connection_ack"}
        yield ws


async def subscribe(ws: AsyncWebSocketSession, op: str, query: str, **variables: Any) -> None:
    await ws.send_json({"id": op, "type": "subscribe", "payload": {"query": query, "variables": variables}})
    await asyncio.sleep(0.05)  # the subscription is registered on the bus before anything happens


async def received(ws: AsyncWebSocketSession, expect: int = 0, quiet: float = 0.5) -> list[dict[str, Any]]:
    """The messages that arrive: at least `expect` (waiting up to 10 s for them), then every other
    one until `quiet` seconds pass without any."""
    found = []
    while True:
        try:
            found.append(await ws.receive_json(timeout=10 if len(found) < expect else quiet))
        except TimeoutError:
            return found
