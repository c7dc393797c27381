"""Server logs: expected client errors are not logged as server errors; unexpected ones are, once."""

from __future__ import annotations

import logging

import httpx
import pytest
import strawberry

from app.settings import Settings
from graphql_schema.errors import ErrorCodes
from graphql_schema.schema import CoachgraphSchema
from graphql_schema.view import GraphQLEndpoint
from tests.helpers import gql


async def test_refused_and_invalid_requests_log_no_error(
    client: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO):
        unauthenticated = await gql(client, "{ me { email } }")
        invalid = await gql(client, "{ nope }")

    assert unauthenticated["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert invalid["errors"][0]["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"
    assert [r for r in caplog.records if r.levelno >= logging.ERROR] == []


async def test_an_unexpected_error_is_logged_once_with_its_traceback(
    settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    @strawberry.type(description="A schema with a failing field.")
    class Query:
        @strawberry.field(description="Fails.")
        def boom(self) -> int:
            raise RuntimeError("disk on fire")

    endpoint = GraphQLEndpoint(settings)
    endpoint.schema = CoachgraphSchema(query=Query, extensions=[ErrorCodes])
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=endpoint), base_url="http://testserver"
    ) as http:
        with caplog.at_level(logging.INFO):
            response = await http.post("/graphql", json={"query": "{ boom }"})

    assert response.json()["errors"][0]["extensions"]["code"] == "INTERNAL_SERVER_ERROR"
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1
    assert errors[0].name == "graphql_schema.errors"
    assert errors[0].exc_info is not None and "disk on fire" in str(errors[0].exc_info[1])
