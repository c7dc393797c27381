"""Shared pieces of the benchmark scripts: a throwaway database, servers started like production
(uvicorn, no reload, log level warning, no access log), and process measurements.

Benchmarks print figures and assert nothing; run them with `make bench` and `make bench-*`.
"""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import psutil

from app.db.config import DatabaseAddress
from app.db.lifecycle import create_database_if_missing, drop_database, resolve_database
from app.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
# A fixed key for the benchmark's own throwaway servers only: tokens are minted in the script.
BENCH_SECRET = "coachgraph-benchmark-only-" + uuid.uuid4().hex


def database_url(address: DatabaseAddress) -> str:
    if address.host.startswith("/"):
        return f"postgres://{address.user}@/{address.database}?host={address.host}&port={address.port}"
    password = f":{address.password}" if address.password else ""
    return f"postgres://{address.user}{password}@{address.host}:{address.port}/{address.database}"


def environment(**settings: str) -> dict[str, str]:
    """The process environment without coachgraph settings, plus `settings`."""
    names = {(f.alias or n).upper() for n, f in Settings.model_fields.items()}
    env = {k: v for k, v in os.environ.items() if k.upper() not in names}
    env.update(settings)
    return env


@asynccontextmanager
async def throwaway_database() -> AsyncIterator[DatabaseAddress]:
    """A new, migrated database (embedded PostgreSQL unless DATABASE_URL is set), dropped at the end."""
    settings = Settings(APP_ENV="test", DATABASE_URL=os.environ.get("DATABASE_URL"))
    handle = resolve_database(settings, embedded_subdir="bench-postgres")
    address = handle.address.with_database(f"coachgraph_bench_{uuid.uuid4().hex[:8]}")
    await create_database_if_missing(address)
    try:
        env = environment(APP_ENV="test", DATABASE_URL=database_url(address), SECRET_KEY=BENCH_SECRET)
        migrate = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "app.cli",
            "migrate",
            cwd=ROOT,
            env=env,
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.PIPE,
        )
        _, errors = await migrate.communicate()
        if migrate.returncode != 0:
            raise RuntimeError(f"migrate failed: {errors.decode(errors='replace')}")
        yield address
    finally:
        await drop_database(address)
        handle.stop()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@dataclass
class Server:
    process: subprocess.Popen[bytes]
    port: int
    log: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def ws_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/graphql"

    def processes(self) -> list[psutil.Process]:
        """The server process and its children (uvicorn's workers when it runs several)."""
        process = psutil.Process(self.process.pid)
        return [process, *process.children(recursive=True)]

    def rss_bytes(self) -> int:
        """Resident memory of the server process (and its children, if any)."""
        return int(sum(p.memory_info().rss for p in self.processes()))

    def peak_rss_bytes(self) -> int:
        """Peak resident memory (VmHWM) since start, summed over the server's processes.

        With several processes the sum is an upper bound: their peaks need not coincide.
        """
        return sum(_vm_hwm(p.pid) for p in self.processes())

    def cpu_seconds(self) -> float:
        """User and system CPU time of the server process and its live children."""
        total = 0.0
        for process in self.processes():
            times = process.cpu_times()
            total += times.user + times.system
        return total


def _vm_hwm(pid: int) -> int:
    """A process's peak resident set size in bytes, from /proc/<pid>/status (Linux)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    raise RuntimeError(f"no VmHWM for process {pid}")


APP_TARGET = "graphql_schema.app:create_app"


def spawn(
    address: DatabaseAddress,
    folder: Path,
    name: str,
    *,
    target: str = APP_TARGET,
    workers: int = 1,
    app_env: str = "test",
    **extra: str,
) -> Server:
    """Start `uvicorn --factory target` on a free port with `workers` processes; not yet live."""
    port = free_port()
    log = folder / f"{name}.log"
    command = [sys.executable, "-m", "uvicorn", "--factory", target]
    command += ["--host", "127.0.0.1", "--port", str(port), "--log-level", "warning", "--no-access-log"]
    if workers > 1:
        command += ["--workers", str(workers)]
    settings = {
        "APP_ENV": app_env,
        "DATABASE_URL": database_url(address),
        "SECRET_KEY": BENCH_SECRET,
        "LOG_LEVEL": "warning",
    }
    env = environment(**{**settings, **extra})
    with log.open("wb") as output:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=output, stderr=subprocess.STDOUT)
    return Server(process, port, log)


async def wait_live(server: Server, path: str = "/health/live") -> None:
    """Until `path` answers 200 (RuntimeError with the server's log when it exits or takes 60 s)."""
    deadline = time.monotonic() + 60
    async with httpx.AsyncClient() as http:
        while time.monotonic() < deadline:
            if server.process.poll() is not None:
                raise RuntimeError(f"server exited:\n{server.log.read_text(errors='replace')}")
            try:
                if (await http.get(f"{server.url}{path}", timeout=1)).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            await asyncio.sleep(0.1)
    raise RuntimeError("server not live in 60 s")


def stop(server: Server) -> None:
    """SIGTERM, then SIGKILL after 20 s."""
    server.process.terminate()
    try:
        server.process.wait(20)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait()


@asynccontextmanager
async def servers(address: DatabaseAddress, count: int, **extra: str) -> AsyncIterator[list[Server]]:
    """`count` servers on `address`, each one uvicorn worker; stopped with SIGTERM at the end."""
    with temporary_folder() as folder:
        started = [spawn(address, folder, f"server-{index}", **extra) for index in range(count)]
        try:
            for server in started:
                await wait_live(server)
            yield started
        finally:
            for server in started:
                server.process.terminate()
            for server in started:
                try:
                    server.process.wait(20)
                except subprocess.TimeoutExpired:
                    server.process.kill()


@contextmanager
def temporary_folder() -> Iterator[Path]:
    """A temporary folder for server logs and load-generator scripts, removed at the end."""
    with tempfile.TemporaryDirectory(prefix="coachgraph-bench-") as name:
        yield Path(name)


def percentile(values: list[float], share: float) -> float:
    """The `share` (0-1) percentile of `values`, nearest rank."""
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * len(ordered) + 0.5) - 1))
    return ordered[index]
