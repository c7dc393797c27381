"""Real processes for tests: coachgraph servers under uvicorn, and the JavaScript graphql-ws client.

A server writes its output to a file (never an unread pipe) that failures show; readiness is
polled with a deadline, never waited for with a fixed sleep.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from tests.helpers import REPO_ROOT, cli_env

STARTUP_SECONDS = 60
JS_CLIENTS = REPO_ROOT / "tests" / "js"
CHROMIUM = Path("/usr/bin/chromium")
APT_TIMEOUT = 900


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@dataclass
class Server:
    """One `uvicorn graphql_schema.app:create_app` process."""

    process: subprocess.Popen[bytes]
    port: int
    log: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def ws_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/graphql"

    def output(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""


async def _wait_until_live(server: Server) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    async with httpx.AsyncClient() as http:
        while time.monotonic() < deadline:
            if server.process.poll() is not None:
                raise AssertionError(f"server exited early:\n{server.output()}")
            try:
                if (await http.get(f"{server.url}/health/live", timeout=1)).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            await asyncio.sleep(0.1)
    raise AssertionError(f"server not live after {STARTUP_SECONDS} s:\n{server.output()}")


def spawn(folder: Path, index: int, env: dict[str, str]) -> Server:
    """Start one server process (not waiting for it), its output going to a file."""
    port = free_port()
    log = folder / f"server-{index}.log"
    command = [sys.executable, "-m", "uvicorn", "--factory", "graphql_schema.app:create_app"]
    command += ["--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"]
    with log.open("wb") as output:
        process = subprocess.Popen(
            command, cwd=REPO_ROOT, env=cli_env(**env), stdout=output, stderr=subprocess.STDOUT
        )
    return Server(process, port, log)


def stop(started: list[Server]) -> None:
    """SIGTERM each server (what process managers send), then wait for it."""
    for server in started:
        server.process.terminate()
    for server in started:
        try:
            server.process.wait(20)
        except subprocess.TimeoutExpired:
            server.process.kill()
            server.process.wait(5)


@asynccontextmanager
async def servers(count: int, folder: Path, **env: str) -> AsyncIterator[list[Server]]:
    """`count` server processes with the settings `env`, stopped (SIGTERM) at the end."""
    started = [spawn(folder, index, env) for index in range(count)]
    try:
        for server in started:
            await _wait_until_live(server)
        yield started
    finally:
        stop(started)


def ensure_js_clients() -> Path:
    """The test suite's JavaScript clients, installed from their lock file (npm ci) once."""
    marker = JS_CLIENTS / "node_modules" / ".installed"
    lock = JS_CLIENTS / "package-lock.json"
    if not marker.exists() or marker.stat().st_mtime < lock.stat().st_mtime:
        npm = shutil.which("npm")
        assert npm is not None, "npm (Node.js 20+) is needed to run the JavaScript graphql-ws client"
        subprocess.run(
            [npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"],
            cwd=JS_CLIENTS,
            check=True,
            capture_output=True,
            timeout=300,
        )
        marker.touch()
    return JS_CLIENTS


def ensure_chromium() -> Path:
    """Debian's Chromium, for the browser tests. Missing, it is installed with apt-get when this
    runs as root (as CI does, with no standard input); otherwise the test says what to install."""
    if CHROMIUM.exists():
        return CHROMIUM
    assert os.geteuid() == 0, "the browser test needs Debian's chromium: sudo apt-get install chromium"
    apt = shutil.which("apt-get")
    assert apt is not None, "the browser test needs Chromium, and this machine has no apt-get to install it"
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    install = [apt, "-o", "DPkg::Lock::Timeout=300", "install", "-y", "-qq", "chromium"]
    for command in ([apt, "update", "-qq"], install):
        done = subprocess.run(
            command, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=APT_TIMEOUT
        )
        assert done.returncode == 0, f"{' '.join(command)} failed:\n{done.stdout}\n{done.stderr}"
    assert CHROMIUM.exists(), "apt-get installed chromium, but /usr/bin/chromium is not there"
    return CHROMIUM


@asynccontextmanager
async def js_subscriber(
    url: str, token: str, query: str, variables: dict[str, Any], wanted: int
) -> AsyncIterator[asyncio.subprocess.Process]:
    """The graphql-ws JavaScript client subscribed to `query`, printing JSON lines."""
    folder = ensure_js_clients()
    node = shutil.which("node")
    assert node is not None
    process = await asyncio.create_subprocess_exec(
        node,
        str(folder / "subscribe.mjs"),
        url,
        token,
        query,
        json.dumps(variables),
        str(wanted),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
        env={**os.environ},
    )
    try:
        yield process
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()


async def next_line(process: asyncio.subprocess.Process, within: float = 15) -> dict[str, Any]:
    """The next JSON line the client printed."""
    assert process.stdout is not None
    line = await asyncio.wait_for(process.stdout.readline(), within)
    assert line, "the client exited without printing"
    message: dict[str, Any] = json.loads(line)
    return message
