"""The loader base: scoped to the caller, shielded per waiter, and the last line of defence in
execution (nothing that escapes a resolver becomes a bare 500)."""

from __future__ import annotations

import asyncio
import logging

import httpx
import pytest
import strawberry

from app.auth import service as auth
from app.demo import DEMO_ATHLETES, DEMO_PASSWORD, load_demo
from app.settings import Settings
from graphql_schema.dataloader import ScopedLoader, by_key, first_by_key, grouped_by_key
from graphql_schema.schema import CoachgraphSchema
from tests.helpers import CLIENT, make_coach

# A valid query as a demo athlete: `sessions(to: ...)` fails (a date beyond the supported
# window) while its non-null siblings wait on batches they share with other fields. graphql-core
# cancels those siblings; before the loader base shielded each waiter, the cancellation reached
# the shared futures and the whole request answered "500 Internal Server Error" in plain text.
CANCELLING_SIBLINGS = """
{ week { sessions { program { adherenceRate } } athlete { currentProgram {
    sessions(to: "8279-08-20") { localDate }
    nextSession { microCycle { sessions { log { session { id } } } } } } } } }
"""


async def test_a_failing_field_never_cancels_the_batches_its_siblings_share(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    await load_demo(reset=False)
    email = DEMO_ATHLETES[0][1]
    tokens = await auth.login(email=email, password=DEMO_PASSWORD, settings=settings, client=CLIENT)

    response = await client.post(
        "/graphql",
        json={"query": CANCELLING_SIBLINGS},
        headers={"authorization": f"Bearer {tokens.access_token}"},
    )

    assert response.status_code == 200, response.text
    body = response.json()
    assert [(e["path"], e["extensions"]["code"]) for e in body["errors"]] == [
        (["week", "athlete", "currentProgram", "sessions"], "BAD_USER_INPUT")
    ]
    # the failed non-null list nulls its parent; the siblings outside it resolved normally
    assert body["data"]["week"]["athlete"]["currentProgram"] is None
    assert body["data"]["week"]["sessions"]
    assert all(s["program"]["adherenceRate"] is not None for s in body["data"]["week"]["sessions"])


class _Slow(ScopedLoader[int, str]):
    """Answers after the event loop has had time to cancel a waiter."""

    batches: list[list[int]]

    async def fetch(self, keys: list[int]) -> list[str]:
        self.batches.append(list(keys))
        await asyncio.sleep(0.01)
        return [f"value {key}" for key in keys]


async def test_cancelling_one_waiter_leaves_the_shared_batch_to_the_others(settings: Settings) -> None:
    coach = await make_coach(settings)
    loader = _Slow(coach.actor)
    loader.batches = []

    cancelled = asyncio.ensure_future(loader.load(1))
    kept = asyncio.ensure_future(loader.load(1))
    other = asyncio.ensure_future(loader.load(2))
    await asyncio.sleep(0)
    cancelled.cancel()

    assert await kept == "value 1"
    assert await other == "value 2"
    assert cancelled.cancelled()
    assert loader.batches == [[1, 2]]
    # the cached value survives the cancelled waiter: a later load is served from the cache
    assert await loader.load(1) == "value 1"
    assert loader.batches == [[1, 2]]


def test_a_loader_cannot_be_built_without_a_scope() -> None:
    with pytest.raises(TypeError):
        _Slow()  # type: ignore[call-arg]


def test_keys_are_matched_to_rows_by_dictionary() -> None:
    rows = [{"id": 2, "g": "b"}, {"id": 1, "g": "a"}, {"id": 3, "g": "a"}]
    key = lambda row: row["id"]  # noqa: E731
    group = lambda row: row["g"]  # noqa: E731

    assert by_key(rows, key, [1, 4, 2]) == [rows[1], None, rows[0]]
    assert first_by_key(rows, group, ["a", "c"]) == [rows[1], None]
    assert grouped_by_key(rows, group, ["a", "b", "c"]) == [[rows[1], rows[2]], [rows[0]], []]


@strawberry.type
class _Escaping:
    @strawberry.field
    async def cancelled_inside(self) -> int:
        raise asyncio.CancelledError  # not a cancellation of the request: a bug that escapes

    @strawberry.field
    def fine(self) -> int:
        return 1


async def test_an_error_escaping_execution_becomes_a_coded_graphql_error(
    caplog: pytest.LogCaptureFixture,
) -> None:
    schema = CoachgraphSchema(query=_Escaping)

    with caplog.at_level(logging.ERROR, logger="graphql_schema.schema"):
        result = await schema.execute("{ fine cancelledInside }")
        streamed = [r async for r in await schema.stream("{ cancelledInside }")]

    assert result.data is None
    assert [(e.message, e.extensions) for e in result.errors or []] == [
        ("Unexpected error; it has been logged.", {"code": "INTERNAL_SERVER_ERROR"})
    ]
    assert len(streamed) == 1
    assert [e.extensions for e in getattr(streamed[0], "errors", None) or []] == [
        {"code": "INTERNAL_SERVER_ERROR"}
    ]
    escaped = [r for r in caplog.records if "escaped GraphQL execution" in r.getMessage()]
    assert len(escaped) == 2 and all(r.exc_info for r in escaped)


async def test_a_real_cancellation_is_not_swallowed() -> None:
    schema = CoachgraphSchema(query=_SlowQuery)
    task = asyncio.ensure_future(schema.execute("{ slow }"))
    await asyncio.sleep(0.01)
    task.cancel()

    with pytest.raises(asyncio.CancelledError):
        await task


@strawberry.type
class _SlowQuery:
    @strawberry.field
    async def slow(self) -> int:
        await asyncio.sleep(5)
        return 1
