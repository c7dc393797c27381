"""`make bench`'s floors answer like coachgraph, on a small data set of the benchmark's own making.

The data set is scripts/bench/data.py's (1 coach x 2 athletes here), the series computed by the
app's recompute; every workload's first request goes to the app under test and to the floor
(in process), and the two documents must be the same (as the bench checks before it measures).
The sync batch writes: the data set is put back before each server answers it.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import date
from typing import Any

import asyncpg
import httpx
import pytest

from app.analytics.recompute import recompute_all
from app.db.config import DatabaseAddress
from app.exercises.catalog import ensure_system_exercises
from app.settings import Settings
from scripts.bench import floor
from scripts.bench.data import DataSpec, generate
from scripts.bench.loadgen import fill, templated, wrk_script
from scripts.bench.measure import first_difference, in_process, mint_tokens
from scripts.bench.syncbatch import CLIENT_ID, client_uuid, operations
from scripts.bench.workloads import ROSTER, SYNC, WORKLOADS, Workload
from scripts.benchlib import database_url

SPEC = DataSpec(coaches=1, athletes_per_coach=2)


@pytest.fixture
def floor_settings(settings: Settings, database: DatabaseAddress) -> Settings:
    """The suite's settings, on the suite's database (the floor connects by DATABASE_URL)."""
    return settings.model_copy(update={"database_url": database_url(database)})


@pytest.fixture
async def bench_data(database: DatabaseAddress) -> AsyncIterator[asyncpg.Connection]:
    """The bench's data set, small, with its analytics series; a connection to it."""
    conn = await asyncpg.connect(database_url(database))
    try:
        await ensure_system_exercises()  # as `coachgraph migrate` seeds the bench's database
        await generate(conn, SPEC)
        await recompute_all()
        yield conn
    finally:
        await conn.close()


def _headers(token: str) -> dict[str, str]:
    return {"authorization": f"Bearer {token}", "content-type": "application/json"}


async def _answers(
    workload: Workload, conn: asyncpg.Connection, client: httpx.AsyncClient, settings: Settings
) -> tuple[dict[str, Any], dict[str, Any]]:
    """`settings`: the floor's (see `floor_settings`)."""
    """The app's and the floor's answer to the workload's first request (round 0), on the same data."""
    tokens = await mint_tokens(conn, settings)
    token, body = (await workload.build(conn, tokens[workload.role]))[0]
    body = fill(body, 0)
    if workload.reset is not None:
        await workload.reset(conn)
    app_answer = (await client.post("/graphql", content=body, headers=_headers(token))).json()
    if workload.reset is not None:
        await workload.reset(conn)
    async with in_process(floor.create_app(settings)) as floor_client:
        floor_answer = (await floor_client.post("/graphql", content=body, headers=_headers(token))).json()
    return app_answer, floor_answer


@pytest.mark.parametrize("workload", [w for w in WORKLOADS if w.reset is None], ids=lambda w: w.name)
async def test_read_floors_answer_like_coachgraph(
    workload: Workload, bench_data: asyncpg.Connection, client: httpx.AsyncClient, floor_settings: Settings
) -> None:
    app_answer, floor_answer = await _answers(workload, bench_data, client, floor_settings)

    assert "errors" not in app_answer, app_answer
    assert first_difference(app_answer, floor_answer) is None


async def test_roster_reads_the_stored_series(
    bench_data: asyncpg.Connection, client: httpx.AsyncClient, floor_settings: Settings
) -> None:
    app_answer, _ = await _answers(ROSTER, bench_data, client, floor_settings)

    nodes = [edge["node"] for edge in app_answer["data"]["rosterOverview"]["edges"]]
    assert len(nodes) == SPEC.athletes_per_coach
    for node in nodes:
        assert node["readiness"]["score"] is not None
        assert node["trainingLoad"]["acwr"] is not None
        assert node["lastWeekSummary"]["adherenceRate"] is not None
        assert [f["source"] for f in node["dataFreshness"]] == ["garmin"]
    # athlete 1 misses the last day of wellness (WARN once its 07:00 has passed), athlete 2 has it
    assert sorted(f["state"] for node in nodes for f in node["dataFreshness"]) in (
        ["FRESH", "WARN"],
        ["FRESH", "FRESH"],
    )


async def test_sync_floor_writes_and_answers_like_coachgraph(
    bench_data: asyncpg.Connection, client: httpx.AsyncClient, floor_settings: Settings
) -> None:
    app_answer, floor_answer = await _answers(SYNC, bench_data, client, floor_settings)

    assert "errors" not in app_answer, app_answer
    results = app_answer["data"]["sync"]["results"]
    assert [r["outcome"] for r in results] == ["APPLIED"] * 20, [r["errors"] for r in results]
    assert first_difference(app_answer, floor_answer) is None
    # the floor wrote what the app writes: versions, the sync status and the keys of every operation
    versions = await bench_data.fetchval(
        "SELECT count(*) FROM workout_log WHERE id BETWEEN $1 AND $2 AND athlete_id = "
        "(SELECT a.id FROM athlete_profile a JOIN user_account u ON u.id = a.user_id ORDER BY u.email LIMIT 1)",
        client_uuid(1, "0000", 0),
        client_uuid(1, "0000", 7),
    )
    assert versions == 8
    assert (
        await bench_data.fetchval("SELECT count(*) FROM sync_operation WHERE client_id = $1", CLIENT_ID) == 20
    )
    assert (
        await bench_data.fetchval("SELECT count(*) FROM idempotency_key WHERE key LIKE 'bench-sync:%'") == 20
    )
    assert SYNC.outcomes is not None
    assert await SYNC.outcomes(bench_data) == "20 applied"


async def test_sync_rounds_keep_applying_on_either_server(
    bench_data: asyncpg.Connection, client: httpx.AsyncClient, floor_settings: Settings
) -> None:
    # given: the requests of both athletes, the data set as a run starts
    tokens = await mint_tokens(bench_data, floor_settings)
    requests = await SYNC.build(bench_data, tokens["athlete"])
    assert SYNC.reset is not None
    await SYNC.reset(bench_data)

    # when: rounds alternate between the app and the floor, as the load generator fills them
    outcomes: list[str] = []
    async with in_process(floor.create_app(floor_settings)) as floor_client:
        for round_, http in enumerate((client, floor_client, client)):
            for token, body in requests:
                answer = (
                    await http.post("/graphql", content=fill(body, round_), headers=_headers(token))
                ).json()
                outcomes += [r["outcome"] for r in answer["data"]["sync"]["results"]]

    # then: every operation wrote (fresh ids and keys, the edits on the previous round's versions)
    assert outcomes == ["APPLIED"] * 20 * len(requests) * 3


# --------------------------------------------------------------------------- pure helpers


def test_fill_puts_the_round_and_the_round_before() -> None:
    body = b'{"id": "x-@P@", "newId": "x-@R@", "key": "k:@R@"}'

    assert fill(body, 0) == b'{"id": "x-ffff", "newId": "x-0000", "key": "k:0000"}'
    assert fill(body, 26) == b'{"id": "x-0019", "newId": "x-001a", "key": "k:001a"}'
    assert fill(b"{}", 3) == b"{}"
    assert templated([("t", b"{}"), ("t", body)])
    assert not templated([("t", b"{}")])


def test_wrk_script_fills_templated_bodies_only() -> None:
    plain = wrk_script("http://127.0.0.1:1/graphql", [("token", b'{"query": "{ week { weekStart } }"}')])
    filled = wrk_script("http://127.0.0.1:1/graphql", [("token", b'{"id": "@R@"}')])

    assert "local templated = false" in plain
    assert "local templated = true" in filled
    assert 'string.gsub(bodies[plan[i][1]], "@R@"' in filled
    # wrk calls request() once to verify the script before the run: the first request sent is request 0
    assert "position = position - 1" in filled


def test_floor_settings_are_filled_as_literals() -> None:
    sql = "lag >= :freshness_stale_hours OR lag >= :freshness_warn_hours"

    assert floor.fill_settings(sql, {":freshness_warn_hours": "24.0", ":freshness_stale_hours": "48.0"}) == (
        "lag >= 48.0 OR lag >= 24.0"
    )


def test_sync_batch_is_twenty_operations_with_chained_edits() -> None:
    logs = [
        {
            "id": f"log-{n}",
            "completedAt": "2026-03-01T08:00:00+00:00",
            "actualData": {},
            "rpe": 6,
            "minutes": 40,
        }
        for n in range(4)
    ]
    batch = operations(7, "athlete-id", date(2026, 3, 2), logs, [f"session-{n}" for n in range(6)])

    names = [next(k for k in op if k not in ("clientOperationId", "idempotencyKey")) for op in batch]
    assert len(batch) == 20
    assert {name: names.count(name) for name in names} == {
        "editWorkoutLog": 8,
        "submitSessionFeedback": 6,
        "submitCheckIn": 1,
        "recordReadinessFeedback": 1,
        "recordBenchmark": 3,
        "updateAthleteProfile": 1,
    }
    edits = [op["editWorkoutLog"] for op in batch if "editWorkoutLog" in op]
    # each log: the first edit names the previous round's last version, the second the first edit's
    for index in range(4):
        first, second = edits[2 * index], edits[2 * index + 1]
        assert first["id"] == client_uuid(7, "@P@", 2 * index + 1)
        assert first["newId"] == client_uuid(7, "@R@", 2 * index) == second["id"]
        assert second["newId"] == client_uuid(7, "@R@", 2 * index + 1)
    # every operation's ids and key carry the round; none repeats another's
    assert all("@R@" in op["clientOperationId"] and "@R@" in op["idempotencyKey"] for op in batch)
    assert len({op["idempotencyKey"] for op in batch}) == 20
    assert len(json.dumps(batch)) < 20_000
    assert client_uuid(1000, "ffff", 21) == "b5c003e8-ffff-4015-8000-000000000000"
