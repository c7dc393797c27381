"""`coachgraph serve` with WORKERS=2: the parent starts the embedded PostgreSQL once, the workers
reuse it (each with its own lifespan, pool, event bus and health checker), /metrics adds the
workers up, log lines are JSON with request ids, and SIGTERM to the parent stops everything."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import psutil

from tests.helpers import PASSWORD, REPO_ROOT, cli_env
from tests.processes import free_port

STARTUP_SECONDS = 120
REGISTER = "mutation($i: RegisterCoachInput!) { registerCoach(input: $i) { user { email } errors { code } } }"
LOGIN = "mutation($i: LoginInput!) { login(input: $i) { accessToken errors { code } } }"


def _json_lines(log: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in log.read_text().splitlines() if line.startswith("{")]


def _ready_processes(log: Path) -> set[int]:
    return {
        line["process"] for line in _json_lines(log) if line["message"].startswith("coachgraph ready on ")
    }


def _wait_for_workers(base: str, process: subprocess.Popen[bytes], log: Path, count: int) -> None:
    """Until /health/db passes and `count` workers have logged that they are ready."""
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        assert process.poll() is None, f"coachgraph serve exited early:\n{log.read_text()}"
        try:
            healthy = httpx.get(f"{base}/health/db", timeout=5).status_code == 200
        except httpx.TransportError:
            healthy = False
        if healthy and len(_ready_processes(log)) == count:
            return
        time.sleep(0.2)
    raise AssertionError(f"{count} workers not ready within {STARTUP_SECONDS} s:\n{log.read_text()}")


def _postmaster_pid(pgdata: Path) -> int:
    return int((pgdata / "postmaster.pid").read_text().splitlines()[0])


def _post(base: str, query: str, variables: dict[str, Any], token: str | None = None) -> dict[str, Any]:
    headers = {"authorization": f"Bearer {token}"} if token else {}
    response = httpx.post(
        f"{base}/graphql", json={"query": query, "variables": variables}, headers=headers, timeout=30
    )
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def _metric(text: str, name: str) -> float:
    [value] = [float(line.split()[-1]) for line in text.splitlines() if line.split(" ")[0] == name]
    return value


def test_two_workers_share_the_embedded_postgres_the_parent_starts_and_stops_on_sigterm(
    tmp_path: Path,
) -> None:
    data_dir, pgdata, log, port = (
        tmp_path / "data",
        tmp_path / "data" / "postgres",
        tmp_path / "serve.log",
        free_port(),
    )
    base = f"http://127.0.0.1:{port}"
    env = cli_env(
        DATA_DIR=str(data_dir),
        PORT=str(port),
        APP_ENV="development",
        WORKERS="2",
        LOG_FORMAT="json",
        LOG_LEVEL="info",
    )
    with log.open("wb") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "app.cli", "serve"],
            cwd=REPO_ROOT,
            env=env,
            stdout=sink,
            stderr=subprocess.STDOUT,
        )
    try:
        _wait_for_workers(base, process, log, 2)
        postgres_pid = _postmaster_pid(pgdata)
        workers = {
            child.pid
            for child in psutil.Process(process.pid).children()
            if "spawn_main" in " ".join(child.cmdline())
        }
        handles = json.loads((pgdata / ".handle_pids.json").read_text())
        probe = httpx.get(f"{base}/health/live", headers={"x-request-id": "probe-1"}, timeout=5)
        email = "two.workers@example.com"
        registered = _post(
            base, REGISTER, {"i": {"email": email, "password": PASSWORD, "displayName": "Two"}}
        )
        login = _post(base, LOGIN, {"i": {"email": email, "password": PASSWORD}})["data"]["login"]
        me = _post(base, "{ me { email } }", {}, token=login["accessToken"])
        scraped = httpx.get(f"{base}/metrics", timeout=5).text
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=60)

    output = log.read_text()
    assert process.returncode == 0, output
    assert _ready_processes(log) == workers  # each worker ran its own lifespan
    assert handles == [process.pid]  # only the parent uses the embedded server
    assert probe.headers["x-request-id"] == "probe-1"
    assert registered["data"]["registerCoach"] == {"user": {"email": email}, "errors": []}
    assert me == {"data": {"me": {"email": email}}}
    assert _metric(scraped, "coachgraph_event_bus_connected") == 2  # both workers LISTEN
    assert _metric(scraped, "coachgraph_health_check_up") == 1
    [access] = [line for line in _json_lines(log) if line["request_id"] == "probe-1"]
    assert access["logger"] == "uvicorn.access"
    assert '"GET /health/live HTTP/1.1" 200' in access["message"]
    assert access["process"] in workers
    assert not (pgdata / "postmaster.pid").exists(), output
    assert (
        not psutil.pid_exists(postgres_pid) or psutil.Process(postgres_pid).status() == psutil.STATUS_ZOMBIE
    )
    assert not any(psutil.pid_exists(pid) for pid in workers)
    assert json.loads((pgdata / ".handle_pids.json").read_text()) == []
    plain = [line for line in output.splitlines() if not line.startswith("{")]
    assert len(plain) == 1 and re.fullmatch(
        r"database postgres://postgres@.+/coachgraph: \d+ migration\(s\) applied", plain[0]
    )
