"""Cursors: a list accepts only the cursors it wrote; anything else is BAD_USER_INPUT, never a 500."""

from __future__ import annotations

import base64
import json

import pytest

from tests.helpers import error_codes, gql, make_program, make_session, make_team, utc

SESSIONS = """query($athleteId: UUID, $after: String) {
  sessions(athleteId: $athleteId, from: "2026-03-02", to: "2026-03-08", first: 1, after: $after) {
    edges { node { title } } pageInfo { hasNextPage hasPreviousPage endCursor } } }"""
PROGRAMS = "query { programs(first: 1) { pageInfo { endCursor } } }"
ATHLETES = """query($after: String) {
  athletes(first: 1, after: $after) { edges { node { displayName } } pageInfo { endCursor } } }"""


def _cursor(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


async def test_a_cursor_pages_on_and_one_of_another_list_is_refused(client, settings):
    # A programs cursor holds a date; read as a sessions position it became a naive datetime, which
    # the query could not use: an internal error. Cursors now name their list.
    team = await make_team(settings)
    program = await make_program(team.athlete)
    await make_session(program, utc(2026, 3, 3, 7), title="Easy run")
    await make_session(program, utc(2026, 3, 5, 7), title="Tempo run")
    athlete = str(team.athlete_id)

    first = await gql(client, SESSIONS, {"athleteId": athlete}, token=team.coach.token)
    cursor = first["data"]["sessions"]["pageInfo"]["endCursor"]
    second = await gql(client, SESSIONS, {"athleteId": athlete, "after": cursor}, token=team.coach.token)
    programs = await gql(client, PROGRAMS, token=team.coach.token)
    foreign = await gql(
        client,
        SESSIONS,
        {"athleteId": athlete, "after": programs["data"]["programs"]["pageInfo"]["endCursor"]},
        token=team.coach.token,
    )

    assert second["data"]["sessions"] == {
        "edges": [{"node": {"title": "Tempo run"}}],
        "pageInfo": {
            "hasNextPage": False,
            "hasPreviousPage": True,
            "endCursor": second["data"]["sessions"]["pageInfo"]["endCursor"],
        },
    }
    assert foreign["data"] is None
    assert [(e["message"], e["extensions"]["code"]) for e in foreign["errors"]] == [
        ("after: Not a cursor of this list.", "BAD_USER_INPUT")
    ]


def _forge(cursor: str, position: object) -> str:
    """`cursor` with its position (the value before the id) replaced."""
    values = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    values[-2] = position
    return _cursor(json.dumps(values))


@pytest.mark.parametrize(
    ("list_query", "position"),
    [
        # positions no list ever wrote; each reached the SQL query and failed there (a 500)
        (SESSIONS, "2026-03-03T07:00:00"),  # a naive time
        (SESSIONS, "0001-01-01T00:00:00+14:00"),  # no UTC equivalent
        (SESSIONS, "2026-03-03"),  # a date
        (SESSIONS, None),
        (ATHLETES, "a\u0000b"),  # NUL
        (ATHLETES, "\ud800"),  # a lone surrogate
        (ATHLETES, "x" * 81),  # longer than the column
        (ATHLETES, 10**100),
    ],
    ids=["naive time", "year 1 at +14:00", "date", "null", "NUL", "surrogate", "too long text", "number"],
)
async def test_a_forged_position_is_bad_user_input(client, settings, list_query, position):
    team = await make_team(settings)
    program = await make_program(team.athlete)
    await make_session(program, utc(2026, 3, 3, 7))
    variables = {"athleteId": str(team.athlete_id)}  # athletes ignores it
    page = await gql(client, list_query, variables, token=team.coach.token)
    genuine = next(iter(page["data"].values()))["pageInfo"]["endCursor"]

    body = await gql(
        client, list_query, {**variables, "after": _forge(genuine, position)}, token=team.coach.token
    )

    assert body["data"] is None
    assert error_codes(body) == ["BAD_USER_INPUT"]
    assert body["errors"][0]["message"] == "after: Not a cursor of this list."


@pytest.mark.parametrize(
    "cursor",
    [_cursor("[" * 3000 + "]" * 3000), "A" * 8193],
    ids=["nested past the JSON parser's recursion limit", "longer than any cursor"],
)
async def test_a_malformed_cursor_is_bad_user_input(client, settings, cursor):
    team = await make_team(settings)

    body = await gql(client, ATHLETES, {"after": cursor}, token=team.coach.token)

    assert body["data"] is None
    assert error_codes(body) == ["BAD_USER_INPUT"]
    assert body["errors"][0]["message"] == "after: Not a cursor of this list."
