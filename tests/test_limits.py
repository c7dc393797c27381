"""Limits every operation is validated against (cost, depth, aliases), built once so the
validation cache hits, and what production hides (introspection, field suggestions)."""

from __future__ import annotations

from typing import Any

import httpx

from app.settings import Settings
from graphql_schema.schema import build_schema
from graphql_schema.view import GraphQLEndpoint
from tests.helpers import TEST_SECRET, gql, make_coach, make_settings

# Within the limit: the README's dashboard for 50 athletes.
DASHBOARD = """{ athletes(first: 50) { edges { node { displayName currentProgram { title
  phases { name microCycles { weekIndex sessions { title log { rpe } feedback { energy } } } } } } } } }"""
# Over it: every session of every program of 100 athletes, and each session's program's again.
GREEDY = """{ athletes(first: 100) { edges { node { programs { sessions { title
  program { sessions { title log { rpe } } } } } } } } }"""


async def test_an_operation_that_could_return_too_many_rows_is_refused(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    coach = await make_coach(settings)

    refused = await gql(client, GREEDY, token=coach.token)
    allowed = await gql(client, DASHBOARD, token=coach.token)

    [error] = refused["errors"]
    assert error["extensions"]["code"] == "QUERY_TOO_COSTLY"
    assert error["extensions"]["maxCost"] == settings.max_query_cost
    assert error["extensions"]["cost"] > settings.max_query_cost
    assert "data" not in refused
    assert allowed == {"data": {"athletes": {"edges": []}}}


async def test_a_page_size_from_a_variable_counts_as_the_largest_page(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    coach = await make_coach(settings)
    query = GREEDY.replace("athletes(first: 100)", "athletes(first: $n)").replace("{", "query($n: Int) {", 1)

    body = await gql(client, query, {"n": 1}, token=coach.token)

    assert body["errors"][0]["extensions"]["code"] == "QUERY_TOO_COSTLY"


def test_the_limit_rules_are_built_once_so_the_validation_cache_hits(settings: Settings) -> None:
    schema = build_schema(settings)
    factories = [e for e in schema.extensions if callable(e) and not isinstance(e, type)]

    first = [getattr(factory(), "validation_rules", None) for factory in factories]
    second = [getattr(factory(), "validation_rules", None) for factory in factories]

    rules = [r for r in first if r]
    assert rules and [r for r in second if r] == rules  # the same rule classes every time
    assert all(a is b for a, b in zip(rules[0], next(r for r in second if r), strict=True))


async def _post(settings: Settings, query: str) -> dict[str, Any]:
    transport = httpx.ASGITransport(app=GraphQLEndpoint(settings))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        body: dict[str, Any] = (await http.post("/graphql", json={"query": query})).json()
        return body


async def test_production_hides_introspection_and_field_suggestions(app: Any) -> None:
    production = make_settings(APP_ENV="production", SECRET_KEY=TEST_SECRET)
    opened = make_settings(
        APP_ENV="production", SECRET_KEY=TEST_SECRET, INTROSPECTION="true", FIELD_SUGGESTIONS="true"
    )

    hidden = await _post(production, "{ __schema { queryType { name } } }")
    shown = await _post(opened, "{ __schema { queryType { name } } }")
    quiet = await _post(production, "{ athlets { totalCount } }")
    helpful = await _post(opened, "{ athlets { totalCount } }")

    assert "introspection" in hidden["errors"][0]["message"].lower()
    assert shown == {"data": {"__schema": {"queryType": {"name": "Query"}}}}
    assert quiet["errors"][0]["message"] == "Cannot query field 'athlets' on type 'Query'."
    assert "Did you mean 'athlete' or 'athletes'?" in helpful["errors"][0]["message"]


async def test_development_shows_introspection_and_suggestions(client: httpx.AsyncClient) -> None:
    body = await gql(client, "{ athlets { totalCount } }")

    assert "Did you mean 'athlete' or 'athletes'?" in body["errors"][0]["message"]
