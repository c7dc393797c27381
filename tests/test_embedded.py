"""The embedded PostgreSQL: used when DATABASE_URL is unset, kept in the data folder, stopped on exit."""

from __future__ import annotations

import json
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import psutil
import pytest

from app.db.embedded import EmbeddedPostgres
from app.db.lifecycle import EMBEDDED_DATABASE, resolve_database
from app.demo import DEMO_COACH_EMAIL, DEMO_PASSWORD
from app.settings import Environment, Settings
from tests.helpers import REPO_ROOT, cli_env

STARTUP_DEADLINE_SECONDS = 90
HEALTH_POLL_SECONDS = 0.25


@pytest.fixture(scope="module")
def data_dir() -> Iterator[Path]:
    """One data folder for this module's servers (initdb runs once)."""
    folder = Path(tempfile.mkdtemp(prefix="coachgraph-data-"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def _postmaster_pid(pgdata: Path) -> int | None:
    pid_file = pgdata / "postmaster.pid"
    if not pid_file.exists():
        return None
    return int(pid_file.read_text().splitlines()[0])


def _running(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


async def _system_identifier(address) -> int:  # type: ignore[no-untyped-def]
    conn = await asyncpg.connect(host=address.host, port=address.port, user=address.user, database="postgres")
    try:
        return await conn.fetchval("SELECT system_identifier FROM pg_control_system()")
    finally:
        await conn.close()


async def test_embedded_server_is_created_reused_across_restarts_and_stopped(
    data_dir: Path,
) -> None:
    pgdata = data_dir / "postgres"
    server = EmbeddedPostgres(pgdata)

    first = server.start()
    try:
        first_id = await _system_identifier(first)
        first_pid = _postmaster_pid(pgdata)
        version_file = (pgdata / "PG_VERSION").stat()
    finally:
        server.stop()

    assert first.host == str(pgdata)  # a unix socket in the data folder, no TCP port opened
    assert first_pid is not None
    assert not (pgdata / "postmaster.pid").exists()
    assert not _running(first_pid)

    again = EmbeddedPostgres(pgdata)
    second = again.start()
    try:
        second_id = await _system_identifier(second)
        second_pid = _postmaster_pid(pgdata)
    finally:
        again.stop()
        again.stop()  # stopping twice is harmless

    assert second_id == first_id  # same cluster: initdb did not run again
    assert (pgdata / "PG_VERSION").stat().st_mtime_ns == version_file.st_mtime_ns
    assert (pgdata / "PG_VERSION").stat().st_ino == version_file.st_ino
    assert second_pid is not None and second_pid != first_pid
    assert not (pgdata / "postmaster.pid").exists()
    assert not _running(second_pid)


def test_resolve_database_starts_the_embedded_server_under_data_dir(data_dir: Path) -> None:
    # DATABASE_URL=None: the suite may itself run against a server named in the environment
    settings = Settings(APP_ENV=Environment.TEST, DATA_DIR=str(data_dir), DATABASE_URL=None)
    handle = resolve_database(settings, embedded_subdir="postgres")
    try:
        assert handle.embedded is not None
        assert handle.address.host == str(data_dir / "postgres")
        assert handle.address.database == EMBEDDED_DATABASE
        assert _running(_postmaster_pid(data_dir / "postgres") or 0)
    finally:
        handle.stop()
    assert handle.embedded is None
    assert not (data_dir / "postgres" / "postmaster.pid").exists()


def test_resolve_database_uses_database_url_and_starts_nothing(tmp_path: Path) -> None:
    settings = Settings(
        APP_ENV=Environment.TEST,
        DATA_DIR=str(tmp_path),
        SECRET_KEY="k" * 48,
        DATABASE_URL="postgresql://app:s%40cret@db.example.com:6543/coachgraph",
    )

    handle = resolve_database(settings)

    assert handle.embedded is None
    assert (handle.address.host, handle.address.port) == ("db.example.com", 6543)
    assert (handle.address.user, handle.address.password, handle.address.database) == (
        "app",
        "s@cret",
        "coachgraph",
    )
    assert list(tmp_path.iterdir()) == []  # no data folder, no server
    handle.stop()  # nothing to stop


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _output(log: Path) -> str:
    return log.read_text(errors="replace") if log.exists() else ""


def _wait_for_health(base: str, process: subprocess.Popen[bytes], log: Path) -> dict[str, Any]:
    """Poll /health/db until it passes. Between polls the test waits on the server process itself,
    so an early exit fails at once; the deadline bounds the whole wait."""
    deadline = time.monotonic() + STARTUP_DEADLINE_SECONDS
    last: object = None
    while time.monotonic() < deadline:
        try:
            response = httpx.get(f"{base}/health/db", timeout=5)
            if response.status_code == 200:
                return response.json()
            last = response.text
        except httpx.TransportError as exc:
            last = exc
        try:
            process.wait(timeout=HEALTH_POLL_SECONDS)
        except subprocess.TimeoutExpired:
            continue
        pytest.fail(f"coachgraph serve exited early with {process.returncode}:\n{_output(log)}")
    pytest.fail(
        f"/health/db did not pass within {STARTUP_DEADLINE_SECONDS}s (last: {last!r}):\n{_output(log)}"
    )


def test_serve_demo_on_embedded_postgres_then_sigint_stops_everything(data_dir: Path, tmp_path: Path) -> None:
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    pgdata = data_dir / "postgres"
    # The server's output goes to a file, not a pipe: a pipe nobody reads fills up and blocks the server.
    log = tmp_path / "serve.log"
    with log.open("wb") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "app.cli", "serve", "--demo"],
            cwd=REPO_ROOT,
            env=cli_env(DATA_DIR=str(data_dir), PORT=str(port), APP_ENV="development", LOG_LEVEL="warning"),
            stdout=sink,
            stderr=subprocess.STDOUT,
        )
    try:
        health = _wait_for_health(base, process, log)
        assert health["status"] == "pass"
        assert isinstance(health["latencyMs"], float)
        postgres_pid = _postmaster_pid(pgdata)
        assert postgres_pid is not None and _running(postgres_pid)

        page = httpx.get(f"{base}/graphql", headers={"accept": "text/html,application/xhtml+xml"}, timeout=10)
        assert page.status_code == 200
        assert page.headers["content-type"].startswith("text/html")
        assert "graphiql" in page.text.lower()

        login = httpx.post(
            f"{base}/graphql",
            json={
                "query": "mutation($i: LoginInput!) { login(input: $i) { accessToken user { email role } errors { code } } }",
                "variables": {"i": {"email": DEMO_COACH_EMAIL, "password": DEMO_PASSWORD}},
            },
            timeout=30,
        ).json()["data"]["login"]
        assert login["errors"] == []
        assert login["user"] == {"email": DEMO_COACH_EMAIL, "role": "COACH"}
        me = httpx.post(
            f"{base}/graphql",
            json={"query": "{ me { email } }"},
            headers={"authorization": f"Bearer {login['accessToken']}"},
            timeout=10,
        ).json()
        assert me == {"data": {"me": {"email": DEMO_COACH_EMAIL}}}
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
            pytest.fail(f"coachgraph serve did not exit after SIGINT:\n{_output(log)}")
        output = _output(log)
        print(f"--- coachgraph serve output ---\n{output}")  # pytest shows it when the test fails

    assert process.returncode == 0, output
    assert "Demo data loaded" in output
    assert not (pgdata / "postmaster.pid").exists(), output
    assert not _running(postgres_pid), output


def _serve(data_dir: Path, log: Path, port: int) -> subprocess.Popen[bytes]:
    with log.open("wb") as sink:
        return subprocess.Popen(
            [sys.executable, "-m", "app.cli", "serve"],
            cwd=REPO_ROOT,
            env=cli_env(DATA_DIR=str(data_dir), PORT=str(port), APP_ENV="development", LOG_LEVEL="warning"),
            stdout=sink,
            stderr=subprocess.STDOUT,
        )


def _handles(pgdata: Path) -> list[int]:
    path = pgdata / ".handle_pids.json"
    return json.loads(path.read_text()) if path.exists() else []


def test_sigterm_stops_the_embedded_server(tmp_path: Path) -> None:
    # what docker, systemd and process managers send; uvicorn re-raises it after shutting down
    data_dir, port, log = tmp_path / "data", _free_port(), tmp_path / "serve.log"
    process = _serve(data_dir, log, port)
    try:
        _wait_for_health(f"http://127.0.0.1:{port}", process, log)
        postgres_pid = _postmaster_pid(data_dir / "postgres")
        assert postgres_pid is not None and _running(postgres_pid)
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=60)

    assert process.returncode == -signal.SIGTERM, _output(log)
    assert not (data_dir / "postgres" / "postmaster.pid").exists(), _output(log)
    assert not _running(postgres_pid)
    assert _handles(data_dir / "postgres") == []


def test_a_killed_server_is_forgotten_and_the_next_one_stops_postgres(tmp_path: Path) -> None:
    data_dir, pgdata = tmp_path / "data", tmp_path / "data" / "postgres"
    first_log, second_log = tmp_path / "first.log", tmp_path / "second.log"
    port = _free_port()
    killed = _serve(data_dir, first_log, port)
    _wait_for_health(f"http://127.0.0.1:{port}", killed, first_log)
    killed.kill()  # no cleanup at all: its id stays in the data folder's handle list
    killed.wait(timeout=30)
    postgres_pid = _postmaster_pid(pgdata)
    assert postgres_pid is not None and _running(postgres_pid)
    assert _handles(pgdata) == [killed.pid]

    port = _free_port()
    second = _serve(data_dir, second_log, port)
    try:
        _wait_for_health(f"http://127.0.0.1:{port}", second, second_log)
        assert _handles(pgdata) == [second.pid]  # the dead id was pruned
    finally:
        second.send_signal(signal.SIGTERM)
        second.wait(timeout=60)

    assert not (pgdata / "postmaster.pid").exists(), _output(second_log)
    assert not _running(postgres_pid)
