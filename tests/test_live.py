"""Live: subscriptions over graphql-transport-ws, their row-level authorization, and the rules
of a WebSocket session (checked at init, before every operation and every event; closed at
expiry, logout and deactivation; limits). One server process here; tests/test_live_processes.py
runs several."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from typing import Any

import httpx
import pytest
from httpx_ws import AsyncWebSocketSession, WebSocketDisconnect, aconnect_ws
from httpx_ws.transport import ASGIWebSocketTransport
from tortoise.transactions import in_transaction

from app import clock
from app.auth.models import User
from app.events.bus import get_bus
from app.events.models import Event, EventKind
from app.events.publish import publish
from app.settings import Settings
from graphql_schema.view import GraphQLEndpoint
from tests.helpers import (
    Account,
    gql,
    log_input,
    log_workout,
    make_admin,
    make_athlete_session,
    make_program,
    make_settings,
    make_squat,
    make_team,
)

WORKOUT_LOGGED = """subscription($a: UUID) { workoutLogged(athleteId: $a) {
  eventId occurredAt athleteId workoutLogId version workoutLog { id rpe version } athlete { id } } }"""
PLAN_CHANGED = """subscription($a: UUID) { planChanged(athleteId: $a) {
  eventId occurredAt athleteId programId entity entityId change program { id title } } }"""
READINESS = "subscription($a: UUID) { readinessChanged(athleteId: $a) { eventId athleteId date score recommendation } }"
HEALTH = "subscription { connectionHealth { id eventId status environment source } }"
RENAME = "mutation($input: UpdateProgramInput!) { updateProgram(input: $input) { errors { code } } }"
LOGOUT = "mutation($input: LogoutInput!) { logout(input: $input) { revokedCount errors { code } } }"
DEACTIVATE = (
    "mutation($input: DeactivateAccountInput!) { deactivateAccount(input: $input) { errors { code } } }"
)
QUIET = 0.3  # seconds to wait for an event that must not come


@asynccontextmanager
async def socket(app: Any, token: str | None) -> AsyncIterator[AsyncWebSocketSession]:
    """An acknowledged graphql-transport-ws connection (with `token` in connection_init)."""
    client = httpx.AsyncClient(transport=ASGIWebSocketTransport(app), base_url="http://testserver")
    async with (
        client,
        aconnect_ws("http://testserver/graphql", client, subprotocols=["graphql-transport-ws"]) as ws,
    ):
        payload = {"authorization": f"Bearer {token}"} if token else {}
        await ws.send_json({"type": "connection_init", "payload": payload})
        if token:
            assert await ws.receive_json(timeout=5) == {"type": "connection_ack"}
        yield ws


async def subscribe(ws: AsyncWebSocketSession, op: str, query: str, **variables: Any) -> None:
    await ws.send_json({"id": op, "type": "subscribe", "payload": {"query": query, "variables": variables}})
    await asyncio.sleep(0.05)  # the subscription is registered on the bus before anything happens


async def next_payload(ws: AsyncWebSocketSession, op: str) -> dict[str, Any]:
    message = await ws.receive_json(timeout=5)
    assert message.get("id") == op and message["type"] == "next", message
    payload: dict[str, Any] = message["payload"]
    return payload


async def payloads(ws: AsyncWebSocketSession, count: int) -> dict[str, list[dict[str, Any]]]:
    """The next `count` messages, by operation id (events of two operations may interleave)."""
    found: dict[str, list[dict[str, Any]]] = {}
    for _ in range(count):
        message = await ws.receive_json(timeout=5)
        assert message["type"] == "next", message
        found.setdefault(message["id"], []).append(message["payload"])
    return found


async def nothing_arrives(ws: AsyncWebSocketSession) -> None:
    try:
        message = await ws.receive_json(timeout=QUIET)
    except TimeoutError:
        return
    pytest.fail(f"nothing should arrive, got {message}")


async def closed_with(ws: AsyncWebSocketSession) -> int:
    with pytest.raises(WebSocketDisconnect) as closed:
        for _ in range(10):  # anything still in flight, then the close
            await ws.receive_json(timeout=5)
    return closed.value.code


async def test_a_coach_sees_each_new_log_of_their_roster_live(
    app: Any, client: httpx.AsyncClient, settings: Settings, fixed_clock: clock.FixedClock
) -> None:
    team = await make_team(settings)
    await make_squat()
    session = await make_athlete_session(team.athlete)
    async with socket(app, team.coach.token) as coach_ws, socket(app, team.athlete.token) as own_ws:
        await subscribe(coach_ws, "roster", WORKOUT_LOGGED)
        await subscribe(own_ws, "mine", WORKOUT_LOGGED)

        logged = await log_workout(client, team.athlete, log_input(session))

        log_id = logged["workoutLog"]["id"]
        for ws, op in ((coach_ws, "roster"), (own_ws, "mine")):
            event = (await next_payload(ws, op))["data"]["workoutLogged"]
            assert event["workoutLogId"] == log_id
            assert event["athleteId"] == str(team.athlete_id)
            assert event["version"] == 1
            assert event["workoutLog"] == {"id": log_id, "rpe": 7, "version": 1}
            assert event["athlete"] == {"id": str(team.athlete_id)}
            uuid.UUID(event["eventId"])


async def test_no_subscription_reaches_another_coachs_athletes(
    app: Any, client: httpx.AsyncClient, settings: Settings, fixed_clock: clock.FixedClock
) -> None:
    team = await make_team(settings)
    program = await make_program(team.athlete, title="Base block")
    await make_squat()
    session = await make_athlete_session(team.athlete)
    async with (
        socket(app, team.other_coach.token) as other,
        socket(app, team.other_athlete.token) as stranger,
    ):
        for ws in (other, stranger):
            await subscribe(ws, "logs", WORKOUT_LOGGED)
            await subscribe(ws, "plans", PLAN_CHANGED)
            await subscribe(ws, "readiness", READINESS)
        # naming the victim is refused outright
        await other.send_json(
            {
                "id": "named",
                "type": "subscribe",
                "payload": {"query": PLAN_CHANGED, "variables": {"a": str(team.athlete_id)}},
            }
        )
        refused = await other.receive_json(timeout=5)
        assert await other.receive_json(timeout=5) == {"id": "named", "type": "complete"}
        await stranger.send_json({"id": "health", "type": "subscribe", "payload": {"query": HEALTH}})
        forbidden = await stranger.receive_json(timeout=5)
        assert await stranger.receive_json(timeout=5) == {"id": "health", "type": "complete"}

        await log_workout(client, team.athlete, log_input(session))
        await gql(
            client, RENAME, {"input": {"id": str(program.id), "title": "Build"}}, token=team.coach.token
        )
        async with in_transaction():
            await publish(_readiness(team.athlete_id, team.coach.actor.coach_id))

        await nothing_arrives(other)
        await nothing_arrives(stranger)
    assert refused["id"] == "named" and refused["payload"]["errors"][0]["extensions"]["code"] == "NOT_FOUND"
    assert (
        forbidden["id"] == "health" and forbidden["payload"]["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    )


def _readiness(athlete_id: uuid.UUID, coach_id: uuid.UUID | None) -> Event:
    return Event(
        kind=EventKind.READINESS_CHANGED,
        entity_type="daily_readiness",
        entity_id=uuid.uuid4(),
        athlete_id=athlete_id,
        coach_id=coach_id,
        data={"date": "2026-03-02", "score": 71.5, "recommendation": "moderate"},
    )


async def test_plan_changes_and_readiness_reach_the_athlete_and_their_coach(
    app: Any, client: httpx.AsyncClient, settings: Settings, fixed_clock: clock.FixedClock
) -> None:
    team = await make_team(settings)
    program = await make_program(team.athlete, title="Base block")
    async with socket(app, team.coach.token) as coach_ws, socket(app, team.athlete.token) as athlete_ws:
        await subscribe(coach_ws, "plans", PLAN_CHANGED, a=str(team.athlete_id))
        await subscribe(athlete_ws, "plans", PLAN_CHANGED)
        await subscribe(athlete_ws, "readiness", READINESS)

        await gql(
            client, RENAME, {"input": {"id": str(program.id), "title": "Build"}}, token=team.coach.token
        )
        async with in_transaction():  # the analytics work will publish these; the wiring is here
            await publish(_readiness(team.athlete_id, team.coach.actor.coach_id))

        received = [await payloads(coach_ws, 1), await payloads(athlete_ws, 2)]

    for got in received:
        [plans] = got["plans"]
        change = plans["data"]["planChanged"]
        assert (change["entity"], change["entityId"], change["change"]) == (
            "PROGRAM",
            str(program.id),
            "UPDATED",
        )
        assert change["programId"] == str(program.id)
        assert change["program"] == {"id": str(program.id), "title": "Build"}
    readiness = received[1]["readiness"][0]["data"]["readinessChanged"]
    assert readiness["athleteId"] == str(team.athlete_id)
    assert (readiness["date"], readiness["score"], readiness["recommendation"]) == (
        "2026-03-02",
        71.5,
        "moderate",
    )


async def test_a_rolled_back_write_publishes_nothing(app: Any, settings: Settings) -> None:
    team = await make_team(settings)
    async with socket(app, team.athlete.token) as ws:
        await subscribe(ws, "readiness", READINESS)

        with pytest.raises(RuntimeError):
            async with in_transaction():
                await publish(_readiness(team.athlete_id, team.coach.actor.coach_id))
                raise RuntimeError("the write fails after the event was queued")
        await nothing_arrives(ws)

        async with in_transaction():
            await publish(_readiness(team.athlete_id, team.coach.actor.coach_id))
        assert (await next_payload(ws, "readiness"))["data"]["readinessChanged"]["score"] == 71.5


async def test_connection_health_reaches_admins(app: Any, settings: Settings) -> None:
    admin = await make_admin(settings)
    async with socket(app, admin.token) as ws:
        await subscribe(ws, "health", HEALTH)

        checker = _checker()
        reading = await checker.check_once()

        event = (await next_payload(ws, "health"))["data"]["connectionHealth"]
    assert event == {
        "id": str(reading.id),
        "eventId": str(reading.id),
        "status": "PASS",
        "environment": "test",
        "source": reading.source,
    }


def _checker() -> Any:
    from app.health.checker import get_checker

    checker = get_checker()
    assert checker is not None
    return checker


# --- the session rules ------------------------------------------------------------------


async def test_logout_closes_the_sessions_socket_with_4403(
    app: Any, client: httpx.AsyncClient, settings: Settings
) -> None:
    team = await make_team(settings)
    async with socket(app, team.athlete.token) as ws:
        await subscribe(ws, "logs", WORKOUT_LOGGED)

        body = await gql(client, LOGOUT, {"input": {}}, token=team.athlete.token)

        assert body["data"]["logout"] == {"revokedCount": 1, "errors": []}
        assert await closed_with(ws) == 4403
    # and the access token of the ended session is refused over HTTP too
    assert (await gql(client, "{ me { id } }", token=team.athlete.token))["errors"][0]["extensions"][
        "code"
    ] == ("UNAUTHENTICATED")


async def test_deactivation_closes_every_socket_of_the_account(
    app: Any, client: httpx.AsyncClient, settings: Settings
) -> None:
    team = await make_team(settings)
    admin = await make_admin(settings)
    async with socket(app, team.coach.token) as first, socket(app, team.coach.token) as second:
        body = await gql(
            client, DEACTIVATE, {"input": {"userId": str(team.coach.user.id)}}, token=admin.token
        )

        assert body["data"]["deactivateAccount"] == {"errors": []}
        assert await closed_with(first) == 4403
        assert await closed_with(second) == 4403


async def test_every_operation_is_authorized_again(app: Any, settings: Settings) -> None:
    team = await make_team(settings)
    async with socket(app, team.coach.token) as ws:
        # the account is disabled behind the socket's back (no event tells it)
        await User.filter(id=team.coach.user.id).update(is_active=False)

        await ws.send_json({"id": "1", "type": "subscribe", "payload": {"query": "{ me { id } }"}})

        assert await closed_with(ws) == 4403


async def test_a_socket_is_closed_when_its_token_expires(
    app: Any, settings: Settings, fixed_clock: clock.FixedClock
) -> None:
    team = await make_team(settings)  # tokens issued at the pinned time, valid 15 minutes
    fixed_clock.set(fixed_clock.now + timedelta(seconds=settings.access_token_ttl_seconds - 1))
    async with socket(app, team.coach.token) as ws:
        await subscribe(ws, "logs", WORKOUT_LOGGED)
        fixed_clock.set(fixed_clock.now + timedelta(seconds=1))

        assert await closed_with(ws) == 4403


async def test_concurrent_operations_on_one_socket_have_their_own_loaders(
    app: Any, client: httpx.AsyncClient, settings: Settings, fixed_clock: clock.FixedClock
) -> None:
    team = await make_team(settings)
    program = await make_program(team.athlete, title="Base block")
    read = "query($id: UUID!) { program(id: $id) { title } }"
    async with socket(app, team.coach.token) as ws:
        await subscribe(ws, "plans", PLAN_CHANGED)
        await ws.send_json(
            {
                "id": "q1",
                "type": "subscribe",
                "payload": {"query": read, "variables": {"id": str(program.id)}},
            }
        )
        first = await ws.receive_json(timeout=5)
        assert await ws.receive_json(timeout=5) == {"id": "q1", "type": "complete"}

        await gql(
            client, RENAME, {"input": {"id": str(program.id), "title": "Build"}}, token=team.coach.token
        )
        change = await next_payload(ws, "plans")
        await ws.send_json(
            {
                "id": "q2",
                "type": "subscribe",
                "payload": {"query": read, "variables": {"id": str(program.id)}},
            }
        )
        second = await ws.receive_json(timeout=5)

    assert first["payload"] == {"data": {"program": {"title": "Base block"}}}
    assert change["data"]["planChanged"]["program"]["title"] == "Build"
    assert second["payload"] == {"data": {"program": {"title": "Build"}}}


# --- limits (a server of their own with small limits, on the same database) ---------------


@asynccontextmanager
async def limited_app(app: Any, **limits: Any) -> AsyncIterator[Any]:
    """A GraphQL endpoint with its own settings, beside the suite's app (whose lifespan runs the
    database and the bus: there is one ORM per process)."""
    yield GraphQLEndpoint(make_settings(**limits))


async def test_connections_per_account_are_limited(app: Any, settings: Settings) -> None:
    team = await make_team(settings)
    async with limited_app(app, WS_MAX_CONNECTIONS_PER_ACCOUNT=2) as small:
        async with socket(small, team.coach.token), socket(small, team.coach.token):
            client = httpx.AsyncClient(transport=ASGIWebSocketTransport(small), base_url="http://testserver")
            async with (
                client,
                aconnect_ws(
                    "http://testserver/graphql", client, subprotocols=["graphql-transport-ws"]
                ) as third,
            ):
                await third.send_json(
                    {"type": "connection_init", "payload": {"authorization": f"Bearer {team.coach.token}"}}
                )
                assert await closed_with(third) == 4429
        # closed sockets free their places
        async with socket(small, team.coach.token):
            pass


async def test_operations_per_connection_are_limited(app: Any, settings: Settings) -> None:
    team = await make_team(settings)
    async with (
        limited_app(app, WS_MAX_OPERATIONS_PER_CONNECTION=2) as small,
        socket(small, team.coach.token) as ws,
    ):
        await subscribe(ws, "1", WORKOUT_LOGGED)
        await subscribe(ws, "2", PLAN_CHANGED)
        await ws.send_json({"id": "3", "type": "subscribe", "payload": {"query": READINESS}})

        refused = await ws.receive_json(timeout=5)

    assert refused["id"] == "3" and refused["type"] == "error"
    assert refused["payload"][0]["message"] == "Subscription limit reached"


async def test_a_socket_that_never_initialises_is_closed(app: Any) -> None:
    async with limited_app(app, WS_INIT_TIMEOUT_SECONDS=0.2) as small:
        client = httpx.AsyncClient(transport=ASGIWebSocketTransport(small), base_url="http://testserver")
        async with (
            client,
            aconnect_ws("http://testserver/graphql", client, subprotocols=["graphql-transport-ws"]) as ws,
        ):
            assert await closed_with(ws) == 4408


async def test_a_subscriber_that_falls_behind_is_disconnected(app: Any, settings: Settings) -> None:
    team = await make_team(settings)
    async with limited_app(app, WS_SEND_QUEUE_SIZE=3) as small, socket(small, team.athlete.token) as ws:
        await subscribe(ws, "readiness", READINESS)

        for _ in range(10):  # a burst faster than the subscriber reads: its queue overflows
            get_bus().deliver(_readiness(team.athlete_id, team.coach.actor.coach_id))

        assert await closed_with(ws) == 4413


def _unused(account: Account) -> None:  # pragma: no cover - keeps the factory import typed
    del account
