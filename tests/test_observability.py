"""Observability: request ids on responses and log lines (HTTP and WebSocket), JSON log lines,
and the Prometheus metrics at /metrics (one process; several workers: tests/test_workers.py)."""

from __future__ import annotations

import asyncio
import io
import json
import logging
import re
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
import strawberry
from httpx_ws import aconnect_ws
from httpx_ws.transport import ASGIWebSocketTransport
from prometheus_client.exposition import CONTENT_TYPE_LATEST
from prometheus_client.parser import text_string_to_metric_families
from starlette.applications import Starlette

from app.observability.context import operation_request_id, request_id_from
from app.observability.logs import JsonFormatter, RequestIdFilter
from app.observability.metrics import OperationNames
from app.observability.middleware import Observe
from app.observability.routes import metrics_routes
from app.settings import Environment, LogFormat, Settings
from graphql_schema.errors import ErrorCodes
from graphql_schema.schema import CoachgraphSchema
from graphql_schema.view import GraphQLEndpoint
from tests.helpers import TEST_SECRET, gql, make_coach, make_settings

HEX_ID = re.compile(r"[0-9a-f]{32}")
Samples = dict[tuple[str, tuple[tuple[str, str], ...]], float]


async def _scrape(client: httpx.AsyncClient) -> Samples:
    response = await client.get("/metrics")
    assert response.status_code == 200, response.text
    samples: Samples = {}
    for family in text_string_to_metric_families(response.text):
        for sample in family.samples:
            samples[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return samples


def _value(samples: Samples, name: str, **labels: str) -> float:
    return samples.get((name, tuple(sorted(labels.items()))), 0.0)


async def _scrape_until(
    client: httpx.AsyncClient, done: Callable[[Samples], bool], within: float = 5
) -> Samples:
    """Scrape until `done` holds (the server finishes closing a socket after the client left)."""
    deadline = time.monotonic() + within
    samples = await _scrape(client)
    while not done(samples) and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
        samples = await _scrape(client)
    return samples


# --- request ids --------------------------------------------------------------------------


def test_a_sane_client_request_id_is_kept_and_anything_else_replaced() -> None:
    assert request_id_from("3f2a9c1e-7b4d-4e8a-9c0f-1a2b3c4d5e6f") == "3f2a9c1e-7b4d-4e8a-9c0f-1a2b3c4d5e6f"
    assert (
        request_id_from("Root=1-67891233-abcdef012345678912345678")
        == "Root=1-67891233-abcdef012345678912345678"
    )
    assert request_id_from("a" * 128) == "a" * 128
    for insane in (
        None,
        "",
        "a" * 129,
        "two words",
        "line\nbreak",
        '"quoted"',
        "-leading-dash",
        "semi;colon",
    ):
        assert HEX_ID.fullmatch(request_id_from(insane)), insane
    assert operation_request_id("conn1", "7") == "conn1.7"
    assert re.fullmatch(r"conn1\.[0-9a-f]{12}", operation_request_id("conn1", "not a sane id!"))


async def test_every_http_response_carries_the_request_id(client: httpx.AsyncClient) -> None:
    given = await client.post(
        "/graphql", json={"query": "{ __typename }"}, headers={"x-request-id": "req-42"}
    )
    generated = await client.get("/health/live")
    replaced = await client.get("/health/live", headers={"x-request-id": "no spaces allowed"})
    too_large = await client.post("/graphql", content=b"x" * 2_000_000, headers={"x-request-id": "big-1"})
    not_found = await client.get("/nowhere", headers={"x-request-id": "lost-1"})

    assert (given.status_code, given.headers["x-request-id"]) == (200, "req-42")
    assert HEX_ID.fullmatch(generated.headers["x-request-id"])
    assert HEX_ID.fullmatch(replaced.headers["x-request-id"])
    assert (too_large.status_code, too_large.headers["x-request-id"]) == (413, "big-1")
    assert (not_found.status_code, not_found.headers["x-request-id"]) == (404, "lost-1")


@strawberry.type(description="A schema whose one field fails unexpectedly (the error is logged).")
class Boom:
    @strawberry.field(description="Fails.")
    def boom(self) -> int:
        raise RuntimeError("disk on fire")


@pytest.fixture
def error_lines() -> Iterator[io.StringIO]:
    """JSON lines of the GraphQL error log, with the request id filter, as production writes them."""
    buffer = io.StringIO()
    handler = logging.StreamHandler(buffer)
    handler.addFilter(RequestIdFilter())
    handler.setFormatter(JsonFormatter())
    logger = logging.getLogger("graphql_schema.errors")
    logger.addHandler(handler)
    try:
        yield buffer
    finally:
        logger.removeHandler(handler)


def _boom_endpoint(settings: Settings) -> Observe:
    endpoint = GraphQLEndpoint(settings)
    endpoint.schema = CoachgraphSchema(query=Boom, extensions=[ErrorCodes])
    return Observe(endpoint)


async def test_log_lines_carry_the_request_id_of_the_http_request(
    settings: Settings, error_lines: io.StringIO
) -> None:
    transport = httpx.ASGITransport(app=_boom_endpoint(settings))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        response = await http.post(
            "/graphql", json={"query": "{ boom }"}, headers={"x-request-id": "req-boom"}
        )

    assert response.json()["errors"][0]["extensions"]["code"] == "INTERNAL_SERVER_ERROR"
    [line] = [json.loads(text) for text in error_lines.getvalue().splitlines()]
    assert line["request_id"] == "req-boom"
    assert (line["level"], line["logger"]) == ("ERROR", "graphql_schema.errors")
    assert line["message"] == "unexpected error in ['boom']"
    assert line["exception"].startswith("Traceback (most recent call last):")
    assert line["exception"].endswith("RuntimeError: disk on fire")
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00", line["time"])


async def test_log_lines_of_a_websocket_operation_carry_the_connection_and_operation_ids(
    settings: Settings, error_lines: io.StringIO
) -> None:
    coach = await make_coach(settings)
    transport = ASGIWebSocketTransport(_boom_endpoint(settings))
    async with (
        httpx.AsyncClient(transport=transport, base_url="http://testserver") as http,
        aconnect_ws(
            "http://testserver/graphql",
            http,
            subprotocols=["graphql-transport-ws"],
            headers={"x-request-id": "socket-7"},
        ) as ws,
    ):
        await ws.send_json({"type": "connection_init", "payload": {"authorization": f"Bearer {coach.token}"}})
        assert await ws.receive_json(timeout=5) == {"type": "connection_ack"}
        await ws.send_json({"id": "op-1", "type": "subscribe", "payload": {"query": "{ boom }"}})
        result = await ws.receive_json(timeout=5)
        accepted_id = ws.response.headers["x-request-id"] if ws.response is not None else None

    assert accepted_id == "socket-7"
    assert result["payload"]["errors"][0]["extensions"]["code"] == "INTERNAL_SERVER_ERROR"
    [line] = [json.loads(text) for text in error_lines.getvalue().splitlines()]
    assert line["request_id"] == "socket-7.op-1"


def test_log_format_is_text_by_default_and_json_in_production() -> None:
    production = Settings(APP_ENV=Environment.PRODUCTION, SECRET_KEY=TEST_SECRET)

    assert make_settings().log_format_effective is LogFormat.TEXT
    assert production.log_format_effective is LogFormat.JSON
    assert make_settings(LOG_FORMAT="json").log_format_effective is LogFormat.JSON
    assert Settings(
        APP_ENV=Environment.PRODUCTION, SECRET_KEY=TEST_SECRET, LOG_FORMAT="text"
    ).log_format_effective is (LogFormat.TEXT)


# --- metrics ------------------------------------------------------------------------------


async def test_metrics_count_http_requests_and_graphql_operations_by_type_name_and_error(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    coach = await make_coach(settings)
    before = await _scrape(client)

    await gql(client, "query Me { me { email } }", token=coach.token)
    await gql(client, "query Me { me { email } }")  # UNAUTHENTICATED
    await gql(client, "{ __typename }")
    await gql(client, "mutation Out { logout(input: {}) { revokedCount } }", token=coach.token)
    await gql(client, "query Broken { me {", expect_status=200)
    after = await _scrape(client)

    def delta(name: str, **labels: str) -> float:
        return _value(after, name, **labels) - _value(before, name, **labels)

    ops = "coachgraph_graphql_operations_total"
    errors = "coachgraph_graphql_errors_total"
    http = {"transport": "http"}
    assert delta(ops, **http, operation_type="query", operation_name="Me") == 2
    assert delta(ops, **http, operation_type="query", operation_name="anonymous") == 1
    assert delta(ops, **http, operation_type="mutation", operation_name="Out") == 1
    assert delta(ops, **http, operation_type="unknown", operation_name="invalid") == 1
    assert delta(errors, **http, operation_type="query", operation_name="Me", code="UNAUTHENTICATED") == 1
    assert (
        delta(
            errors,
            **http,
            operation_type="unknown",
            operation_name="invalid",
            code="GRAPHQL_VALIDATION_FAILED",
        )
        == 1
    )
    duration = "coachgraph_graphql_operation_duration_seconds_count"
    assert delta(duration, **http, operation_type="query", operation_name="Me") == 2
    requests = "coachgraph_http_requests_total"
    assert delta(requests, route="/graphql", method="POST", status="200") == 5
    assert delta(requests, route="/metrics", method="GET", status="200") == 1  # the first scrape
    assert delta("coachgraph_http_request_duration_seconds_count", route="/graphql") == 5


async def test_metrics_show_the_pool_the_event_bus_and_the_health_check(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    samples = await _scrape(client)

    assert _value(samples, "coachgraph_db_pool_max") == settings.db_pool_max_size
    assert 1 <= _value(samples, "coachgraph_db_pool_size") <= settings.db_pool_max_size
    assert 0 <= _value(samples, "coachgraph_db_pool_free") <= _value(samples, "coachgraph_db_pool_size")
    assert _value(samples, "coachgraph_event_bus_connected") == 1
    assert _value(samples, "coachgraph_health_check_up") == 1
    assert _value(samples, "coachgraph_health_checks_total", status="pass") >= 1
    assert ("coachgraph_event_bus_reconnects_total", ()) in samples


async def test_metrics_count_open_websockets_and_active_subscriptions(app: Any, settings: Settings) -> None:
    coach = await make_coach(settings)
    transport = ASGIWebSocketTransport(app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        idle = await _scrape(http)
        async with aconnect_ws(
            "http://testserver/graphql", http, subprotocols=["graphql-transport-ws"]
        ) as ws:
            await ws.send_json(
                {"type": "connection_init", "payload": {"authorization": f"Bearer {coach.token}"}}
            )
            assert await ws.receive_json(timeout=5) == {"type": "connection_ack"}
            await ws.send_json(
                {
                    "id": "w",
                    "type": "subscribe",
                    "payload": {"query": "subscription { workoutLogged { athleteId } }"},
                }
            )
            await ws.send_json(
                {"id": "q", "type": "subscribe", "payload": {"query": "query Mine { me { email } }"}}
            )
            assert (await ws.receive_json(timeout=5))["id"] == "q"
            assert await ws.receive_json(timeout=5) == {"id": "q", "type": "complete"}
            open_ = await _scrape(http)
        closed = await _scrape_until(
            http, lambda samples: _value(samples, "coachgraph_websocket_connections") == 0
        )

    sockets, subscriptions = "coachgraph_websocket_connections", "coachgraph_subscriptions_active"
    assert _value(open_, sockets) - _value(idle, sockets) == 1
    assert _value(open_, subscriptions) - _value(idle, subscriptions) == 1
    assert (_value(closed, sockets), _value(closed, subscriptions)) == (
        _value(idle, sockets),
        _value(idle, subscriptions),
    )
    ops = "coachgraph_graphql_operations_total"
    assert (
        _value(open_, ops, transport="ws", operation_type="query", operation_name="Mine")
        - _value(idle, ops, transport="ws", operation_type="query", operation_name="Mine")
        == 1
    )


def test_operation_names_are_bounded() -> None:
    names = OperationNames(limit=2)

    labels = [
        names.label("Dashboard", valid=True),
        names.label("Week", valid=True),
        names.label("Third", valid=True),
        names.label("Dashboard", valid=True),
        names.label(None, valid=True),
        names.label("Spam1", valid=False),
        names.label("bad-name", valid=True),
    ]

    assert labels == ["Dashboard", "Week", "other", "Dashboard", "anonymous", "invalid", "other"]


async def _get_metrics(settings: Settings, **headers: str) -> httpx.Response:
    app = Observe(Starlette(routes=metrics_routes(settings)))
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://testserver"
    ) as http:
        return await http.get("/metrics", headers=headers)


async def test_metrics_token_is_required_when_set() -> None:
    settings = make_settings(METRICS_TOKEN="scrape-secret-0123456789")

    missing = await _get_metrics(settings)
    wrong = await _get_metrics(settings, authorization="Bearer guess")
    right = await _get_metrics(settings, authorization="Bearer scrape-secret-0123456789")

    assert (missing.status_code, missing.headers["www-authenticate"]) == (401, "Bearer")
    assert wrong.status_code == 401
    assert right.status_code == 200
    assert right.headers["content-type"] == CONTENT_TYPE_LATEST
    assert "coachgraph_http_requests_total" in right.text


async def test_metrics_are_off_in_production_unless_enabled() -> None:
    production = Settings(APP_ENV=Environment.PRODUCTION, SECRET_KEY=TEST_SECRET)
    enabled = Settings(APP_ENV=Environment.PRODUCTION, SECRET_KEY=TEST_SECRET, METRICS="true")

    assert (production.metrics_enabled, enabled.metrics_enabled, make_settings().metrics_enabled) == (
        False,
        True,
        True,
    )
    assert (await _get_metrics(production)).status_code == 404
    assert (await _get_metrics(enabled)).status_code == 200
