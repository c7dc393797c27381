"""Automatic persisted queries as Apollo Client and urql speak them: hash first, the
PERSISTED_QUERY_NOT_FOUND round trip, registration with the query, GET by hash; stored in
PostgreSQL, hash-checked, bounded in size and count."""

from __future__ import annotations

import hashlib
import json
from typing import Any

import httpx
import pytest
from httpx_ws import aconnect_ws
from httpx_ws.transport import ASGIWebSocketTransport
from tortoise.exceptions import IntegrityError

from app import clock
from app.persisted.models import PersistedQuery
from app.settings import Settings
from graphql_schema.view import GraphQLEndpoint
from tests.helpers import make_coach, make_settings

ME = "query Me { me { email role } }"
EXERCISES = "query Few { exercises(first: 1) { totalCount } }"


def sha256(document: str) -> str:
    return hashlib.sha256(document.encode()).hexdigest()


def persisted(document: str) -> dict[str, Any]:
    return {"persistedQuery": {"version": 1, "sha256Hash": sha256(document)}}


async def _post(client: httpx.AsyncClient, body: dict[str, Any], token: str | None = None) -> httpx.Response:
    headers = {"authorization": f"Bearer {token}"} if token else {}
    return await client.post("/graphql", json=body, headers=headers)


async def test_an_apollo_client_round_trip_registers_the_query_then_runs_it_by_hash(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    coach = await make_coach(settings)

    # the client sends the hash alone: unknown
    first = await _post(client, {"operationName": "Me", "extensions": persisted(ME)}, coach.token)
    # it retries with the query: run, and stored
    second = await _post(
        client, {"query": ME, "operationName": "Me", "extensions": persisted(ME)}, coach.token
    )
    # every later request sends the hash alone
    third = await _post(client, {"operationName": "Me", "extensions": persisted(ME)}, coach.token)

    assert (first.status_code, first.json()) == (
        200,
        {
            "errors": [
                {"message": "PersistedQueryNotFound", "extensions": {"code": "PERSISTED_QUERY_NOT_FOUND"}}
            ]
        },
    )
    assert first.headers["cache-control"] == "private, no-cache, must-revalidate"
    me = {"data": {"me": {"email": "coach@example.com", "role": "COACH"}}}
    assert (second.status_code, second.json()) == (200, me)
    assert (third.status_code, third.json()) == (200, me)
    assert [(q.sha256, q.document) for q in await PersistedQuery.all()] == [(sha256(ME), ME)]


async def test_a_persisted_query_is_fetched_with_get_by_its_hash(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    coach = await make_coach(settings)
    headers = {"authorization": f"Bearer {coach.token}", "accept": "application/json"}
    params = {"operationName": "Me", "extensions": json.dumps(persisted(ME))}

    missing = await client.get("/graphql", params=params, headers=headers)
    await _post(client, {"query": ME, "extensions": persisted(ME)}, coach.token)
    found = await client.get("/graphql", params=params, headers=headers)

    assert missing.json()["errors"][0]["extensions"] == {"code": "PERSISTED_QUERY_NOT_FOUND"}
    assert (found.status_code, found.json()) == (
        200,
        {"data": {"me": {"email": "coach@example.com", "role": "COACH"}}},
    )
    assert found.headers["vary"] == "Authorization"


async def test_a_browser_style_get_with_only_a_hash_is_not_served_the_graphiql_page(
    client: httpx.AsyncClient,
) -> None:
    params = {"extensions": json.dumps(persisted(ME))}

    response = await client.get("/graphql", params=params, headers={"accept": "*/*"})

    assert response.json()["errors"][0]["extensions"] == {"code": "PERSISTED_QUERY_NOT_FOUND"}


async def test_not_found_is_200_even_for_graphql_response_json(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/graphql",
        json={"extensions": persisted(ME)},
        headers={"accept": "application/graphql-response+json"},
    )

    assert response.status_code == 200
    assert response.headers["content-type"] == "application/graphql-response+json"
    assert response.json()["errors"][0]["message"] == "PersistedQueryNotFound"


async def test_a_hash_that_is_not_the_querys_is_refused_and_nothing_is_stored(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    coach = await make_coach(settings)
    wrong = {"persistedQuery": {"version": 1, "sha256Hash": sha256(EXERCISES)}}

    response = await _post(client, {"query": ME, "extensions": wrong}, coach.token)

    assert response.json() == {
        "errors": [
            {
                "message": "persistedQuery.sha256Hash is not the SHA-256 of the query.",
                "extensions": {"code": "BAD_USER_INPUT"},
            }
        ]
    }
    assert await PersistedQuery.all().count() == 0


async def test_malformed_persisted_query_extensions_are_bad_input(client: httpx.AsyncClient) -> None:
    cases = [
        {"persistedQuery": {"version": 2, "sha256Hash": sha256(ME)}},
        {"persistedQuery": {"version": 1, "sha256Hash": sha256(ME).upper()}},
        {"persistedQuery": {"version": 1, "sha256Hash": "abc"}},
        {"persistedQuery": "yes"},
    ]

    bodies = [(await _post(client, {"query": ME, "extensions": extensions})).json() for extensions in cases]

    assert [[e["extensions"]["code"] for e in body["errors"]] for body in bodies] == [["BAD_USER_INPUT"]] * 4
    assert await PersistedQuery.all().count() == 0


async def test_a_document_that_does_not_validate_runs_but_is_not_stored(client: httpx.AsyncClient) -> None:
    bad = "query { nope }"

    response = await _post(client, {"query": bad, "extensions": persisted(bad)})

    assert [e["extensions"]["code"] for e in response.json()["errors"]] == ["GRAPHQL_VALIDATION_FAILED"]
    assert await PersistedQuery.all().count() == 0


async def test_a_document_over_the_size_limit_runs_but_is_not_stored(settings: Settings) -> None:
    coach = await make_coach(settings)
    small = GraphQLEndpoint(make_settings(PERSISTED_QUERY_MAX_BYTES=256))
    padded = ME + " " * 300

    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=small), base_url="http://testserver"
    ) as http:
        response = await _post(http, {"query": padded, "extensions": persisted(padded)}, coach.token)

    assert response.json() == {"data": {"me": {"email": "coach@example.com", "role": "COACH"}}}
    assert await PersistedQuery.all().count() == 0


async def test_the_store_keeps_the_most_recently_used_documents_up_to_its_bound(settings: Settings) -> None:
    bounded = GraphQLEndpoint(make_settings(PERSISTED_QUERY_MAX_COUNT=2))
    documents = [f"query Q{n} {{ __typename }}" for n in range(3)]

    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=bounded), base_url="http://testserver"
    ) as http:
        for document in documents:
            response = await _post(http, {"query": document, "extensions": persisted(document)})
            assert response.json() == {"data": {"__typename": "Query"}}
        oldest = await _post(http, {"extensions": persisted(documents[0])})

    assert sorted(q.document for q in await PersistedQuery.all()) == documents[1:]
    assert oldest.json()["errors"][0]["extensions"] == {"code": "PERSISTED_QUERY_NOT_FOUND"}


async def test_the_database_refuses_a_row_whose_hash_is_not_its_documents() -> None:
    with pytest.raises(IntegrityError, match="ck_persisted_query_sha256"):
        await PersistedQuery.create(sha256=sha256(EXERCISES), document=ME, last_used_at=clock.now())

    assert await PersistedQuery.all().count() == 0


async def test_a_persisted_query_runs_by_hash_over_websocket(app: Any, settings: Settings) -> None:
    coach = await make_coach(settings)
    transport = ASGIWebSocketTransport(app)
    async with (
        httpx.AsyncClient(transport=transport, base_url="http://testserver") as http,
        aconnect_ws("http://testserver/graphql", http, subprotocols=["graphql-transport-ws"]) as ws,
    ):
        await ws.send_json({"type": "connection_init", "payload": {"authorization": f"Bearer {coach.token}"}})
        assert await ws.receive_json(timeout=5) == {"type": "connection_ack"}
        await ws.send_json(
            {"id": "1", "type": "subscribe", "payload": {"query": "", "extensions": persisted(ME)}}
        )
        missing = await ws.receive_json(timeout=5)
        await ws.send_json(
            {"id": "2", "type": "subscribe", "payload": {"query": ME, "extensions": persisted(ME)}}
        )
        registered = [await ws.receive_json(timeout=5), await ws.receive_json(timeout=5)]
        await ws.send_json(
            {"id": "3", "type": "subscribe", "payload": {"query": "", "extensions": persisted(ME)}}
        )
        by_hash = await ws.receive_json(timeout=5)

    assert missing == {
        "id": "1",
        "type": "error",
        "payload": [
            {"message": "PersistedQueryNotFound", "extensions": {"code": "PERSISTED_QUERY_NOT_FOUND"}}
        ],
    }
    me = {"data": {"me": {"email": "coach@example.com", "role": "COACH"}}}
    assert registered == [{"id": "2", "type": "next", "payload": me}, {"id": "2", "type": "complete"}]
    assert by_hash == {"id": "3", "type": "next", "payload": me}
