"""Behind PgBouncer in transaction mode (DATABASE_POOLER=pgbouncer-transaction): the pool goes
through a real PgBouncer from Debian's packages (installed here when missing, as CI runs as
root), with asyncpg's statement cache off, while the event bus LISTENs and the migrations run
on DATABASE_DIRECT_URL. Queries, mutations and a subscription event end to end, two workers."""

from __future__ import annotations

import asyncio
import os
import pwd
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import pytest
from httpx_ws import aconnect_ws

from app.db.config import DatabaseAddress, tortoise_config
from app.settings import SettingsError, load_settings
from tests.helpers import (
    PASSWORD,
    REPO_ROOT,
    cli_env,
    database_url,
    log_input,
    make_athlete_session,
    make_settings,
    make_squat,
    make_team,
)
from tests.processes import free_port

STARTUP_SECONDS = 120
PGBOUNCER = "/usr/sbin/pgbouncer"
LOGIN = "mutation($e: String!, $p: String!) { login(input: {email: $e, password: $p}) { accessToken errors { code } } }"
LOG_WORKOUT = (
    "mutation($input: LogWorkoutInput!) { logWorkout(input: $input) { workoutLog { id } errors { code } } }"
)
WORKOUT_LOGGED = "subscription { workoutLogged { workoutLogId athleteId } }"
ROSTER = "{ athletes(first: 10) { totalCount edges { node { displayName currentProgram { title } } } } }"


def _pgbouncer_binary() -> str:
    """Debian's pgbouncer, installed with apt-get when missing (CI runs as root)."""
    found = shutil.which("pgbouncer") or (PGBOUNCER if Path(PGBOUNCER).exists() else None)
    if found:
        return found
    if os.geteuid() != 0:
        pytest.fail(
            "PgBouncer is not installed and this run is not root, so it cannot install it:"
            " run `apt-get install -y pgbouncer` (Debian's package) once, or run the suite as root as CI does"
        )
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    apt_get = shutil.which("apt-get") or "/usr/bin/apt-get"
    install = [apt_get, "install", "-y", "--no-install-recommends", "pgbouncer"]
    done = subprocess.run(install, env=env, capture_output=True, text=True, timeout=600, check=False)
    if done.returncode != 0:  # a fresh machine may have no package lists yet
        subprocess.run([apt_get, "update"], env=env, capture_output=True, timeout=600, check=False)
        done = subprocess.run(install, env=env, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, f"apt-get install pgbouncer failed:\n{done.stdout}\n{done.stderr}"
    return shutil.which("pgbouncer") or PGBOUNCER


def _run_as(address: DatabaseAddress) -> str | None:
    """PgBouncer refuses to run as root: as root, run it as the owner of the PostgreSQL socket
    folder (the embedded server's user), or as `nobody` for a server reached over TCP."""
    if os.geteuid() != 0:
        return None
    if address.host.startswith("/"):
        return pwd.getpwuid(Path(address.host).stat().st_uid).pw_name
    return "nobody"


def _config(folder: Path, address: DatabaseAddress, port: int) -> Path:
    password = f" password={address.password}" if address.password else ""
    (folder / "users.txt").write_text(f'"{address.user}" ""\n')
    config = folder / "pgbouncer.ini"
    config.write_text(
        "[databases]\n"
        f"* = host={address.host} port={address.port} user={address.user}{password}\n"
        "[pgbouncer]\n"
        f"listen_addr = 127.0.0.1\nlisten_port = {port}\nunix_socket_dir =\n"
        f"auth_type = trust\nauth_file = {folder / 'users.txt'}\nadmin_users = {address.user}\n"
        "pool_mode = transaction\ndefault_pool_size = 3\nmax_client_conn = 200\n"
        f"logfile = {folder / 'pgbouncer.log'}\npidfile = {folder / 'pgbouncer.pid'}\n"
        "log_connections = 1\nlog_disconnections = 0\n"
    )
    return config


@dataclass
class Bouncer:
    address: DatabaseAddress
    log: Path

    def logins(self) -> int:
        """Client connections PgBouncer accepted for the test database so far."""
        return self.log.read_text().count(f"login attempt: db={self.address.database} ")


@pytest.fixture(scope="module")
def pgbouncer(database: DatabaseAddress) -> Iterator[Bouncer]:
    """A PgBouncer in transaction mode in front of the test database."""
    binary = _pgbouncer_binary()
    # a folder of its own under the system's temporary folder, which PgBouncer's user can reach
    folder = Path(tempfile.mkdtemp(prefix="coachgraph-pgbouncer-"))
    port = free_port()
    config = _config(folder, database, port)
    user = _run_as(database)
    if user is not None:
        shutil.chown(folder, user)
        for path in folder.iterdir():
            shutil.chown(path, user)
    command = [binary, *(["-u", user] if user else []), str(config)]
    with (folder / "output.log").open("wb") as output:
        process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT)
    address = DatabaseAddress("127.0.0.1", port, database.user, None, database.database)
    try:
        asyncio.run(_wait_for_pgbouncer(address, process, folder))
        yield Bouncer(address, folder / "pgbouncer.log")
    finally:
        process.terminate()
        process.wait(timeout=30)
        shutil.rmtree(folder, ignore_errors=True)


async def _wait_for_pgbouncer(
    address: DatabaseAddress, process: subprocess.Popen[bytes], folder: Path
) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        logs = [folder / "output.log", folder / "pgbouncer.log"]
        assert process.poll() is None, "pgbouncer exited:\n" + "".join(
            p.read_text() for p in logs if p.exists()
        )
        try:
            conn = await asyncpg.connect(
                host=address.host,
                port=address.port,
                user=address.user,
                database=address.database,
                statement_cache_size=0,
            )
        except (OSError, asyncpg.PostgresError):
            await asyncio.sleep(0.1)
            continue
        await conn.close()
        return
    raise AssertionError("pgbouncer did not accept connections within 30 s")


def test_the_pooler_setting_needs_a_direct_url_and_turns_the_statement_cache_off(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("APP_ENV", "test")
    monkeypatch.setenv("DATABASE_URL", "postgres://app@pgbouncer:6432/coachgraph")
    monkeypatch.setenv("DATABASE_POOLER", "pgbouncer-transaction")
    monkeypatch.delenv("DATABASE_DIRECT_URL", raising=False)
    with pytest.raises(SettingsError) as missing:
        load_settings()
    settings = make_settings(
        DATABASE_URL="postgres://app@pgbouncer:6432/coachgraph",
        DATABASE_DIRECT_URL="postgres://app@db:5432/coachgraph",
        DATABASE_POOLER="pgbouncer-transaction",
    )
    address = DatabaseAddress.from_url("postgres://app@pgbouncer:6432/coachgraph")

    pooled = tortoise_config(address, settings)["connections"]["default"]["credentials"]
    direct = tortoise_config(address, settings, direct=True)["connections"]["default"]["credentials"]

    assert str(missing.value) == (
        "DATABASE_POOLER=pgbouncer-transaction needs DATABASE_DIRECT_URL: the event bus's LISTEN and the"
        " migrations need a direct connection to PostgreSQL, not one through the pooler"
    )
    assert (pooled["statement_cache_size"], pooled["command_timeout"]) == (0, 10.0)
    assert pooled["server_settings"] == {"application_name": "coachgraph", "timezone": "UTC"}
    assert "statement_cache_size" not in direct
    assert direct["server_settings"]["statement_timeout"] == "10000"


async def _post(base: str, query: str, variables: dict[str, Any], token: str | None = None) -> dict[str, Any]:
    headers = {"authorization": f"Bearer {token}"} if token else {}
    async with httpx.AsyncClient(timeout=30) as http:
        response = await http.post(
            f"{base}/graphql", json={"query": query, "variables": variables}, headers=headers
        )
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def _listeners(database: DatabaseAddress) -> int:
    conn = await asyncpg.connect(
        host=database.host, port=database.port, user=database.user, database=database.database
    )
    try:
        count: int = await conn.fetchval(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = $1 AND application_name = 'coachgraph-events'",
            database.database,
        )
        return count
    finally:
        await conn.close()


async def _serve(env: dict[str, str], log: Path, database: DatabaseAddress) -> subprocess.Popen[bytes]:
    """`coachgraph serve`, waited for until it answers and both workers' event buses LISTEN
    (beside this test process's own)."""
    listening = await _listeners(database)
    process = _start(env, log)
    base, deadline = f"http://127.0.0.1:{env['PORT']}", time.monotonic() + STARTUP_SECONDS
    async with httpx.AsyncClient() as http:
        while time.monotonic() < deadline:
            assert process.poll() is None, f"coachgraph serve exited:\n{_output(log)}"
            try:
                healthy = (await http.get(f"{base}/health/db", timeout=5)).status_code == 200
            except httpx.TransportError:
                healthy = False
            if healthy and await _listeners(database) == listening + 2:
                return process
            await asyncio.sleep(0.2)
    process.kill()
    raise AssertionError(f"coachgraph serve not ready within {STARTUP_SECONDS} s:\n{_output(log)}")


def _start(env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("wb") as sink:
        return subprocess.Popen(
            [sys.executable, "-m", "app.cli", "serve"],
            cwd=REPO_ROOT,
            env=env,
            stdout=sink,
            stderr=subprocess.STDOUT,
        )


def _output(log: Path) -> str:
    return log.read_text(errors="replace")


async def test_pgbouncer_refuses_the_startup_parameters_of_a_direct_connection(pgbouncer: Bouncer) -> None:
    # why DATABASE_POOLER exists: without it the pool asks for statement_timeout at startup
    address = pgbouncer.address
    with pytest.raises(asyncpg.PostgresError) as refused:
        await asyncpg.connect(
            host=address.host,
            port=address.port,
            user=address.user,
            database=address.database,
            server_settings={"statement_timeout": "10000"},
        )

    assert str(refused.value) == "unsupported startup parameter: statement_timeout"


async def test_queries_mutations_and_subscriptions_through_pgbouncer_in_transaction_mode(
    pgbouncer: Bouncer, database: DatabaseAddress, settings: Any, tmp_path: Path
) -> None:
    team = await make_team(settings)
    await make_squat()
    session = await make_athlete_session(team.athlete)
    port = free_port()
    env = cli_env(
        APP_ENV="test",
        SECRET_KEY=settings.secret_key,
        PORT=str(port),
        WORKERS="2",
        DB_POOL_MAX_SIZE="4",
        DATABASE_URL=database_url(pgbouncer.address),
        DATABASE_DIRECT_URL=database_url(database),
        DATABASE_POOLER="pgbouncer-transaction",
    )
    base, log = f"http://127.0.0.1:{port}", tmp_path / "serve.log"
    logins_before = pgbouncer.logins()
    process = await _serve(env, log, database)
    try:
        login = await _post(base, LOGIN, {"e": team.coach.user.email, "p": PASSWORD})
        token = login["data"]["login"]["accessToken"]
        # many at once: both workers' pools hold several connections through PgBouncer's three
        rosters = await asyncio.gather(*(_post(base, ROSTER, {}, token=token) for _ in range(24)))
        async with (
            httpx.AsyncClient() as http,
            aconnect_ws(f"ws://127.0.0.1:{port}/graphql", http, subprotocols=["graphql-transport-ws"]) as ws,
        ):
            await ws.send_json({"type": "connection_init", "payload": {"authorization": f"Bearer {token}"}})
            assert await ws.receive_json(timeout=10) == {"type": "connection_ack"}
            await ws.send_json({"id": "1", "type": "subscribe", "payload": {"query": WORKOUT_LOGGED}})
            await asyncio.sleep(0.5)  # the subscription is in place before the write
            logged = await _post(base, LOG_WORKOUT, {"input": log_input(session)}, token=team.athlete.token)
            event = await ws.receive_json(timeout=15)
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=60)

    output = _output(log)
    assert process.returncode == 0, output
    assert login["data"]["login"]["errors"] == []
    assert all(roster == rosters[0] for roster in rosters)
    assert rosters[0]["data"]["athletes"]["totalCount"] == 1
    assert (
        rosters[0]["data"]["athletes"]["edges"][0]["node"]["displayName"] == team.athlete.athlete.display_name
    )
    log_id = logged["data"]["logWorkout"]["workoutLog"]["id"]
    assert logged["data"]["logWorkout"]["errors"] == []
    assert event == {
        "id": "1",
        "type": "next",
        "payload": {
            "data": {"workoutLogged": {"workoutLogId": log_id, "athleteId": str(team.athlete.athlete.id)}}
        },
    }
    assert "ERROR" not in output, output
    assert pgbouncer.logins() > logins_before  # the pools connected through PgBouncer
