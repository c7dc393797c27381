"""What the benchmark measures besides the load generator: SQL statements per request, the two
documents' equality, and CPU time of the servers and of their PostgreSQL backends."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import asyncpg
import httpx
import psutil
from asgi_lifespan import LifespanManager

from app.auth.tokens import TokenType, encode_token
from app.db.config import DatabaseAddress
from app.settings import Settings
from scripts.bench import floor
from scripts.benchlib import Server

TOKEN_TTL = timedelta(hours=4)


# --------------------------------------------------------------------------- tokens


async def mint_tokens(conn: asyncpg.Connection, settings: Settings) -> dict[str, list[str]]:
    """An access token for every coach and every athlete (by email), signed like a login's."""
    now = datetime.now(UTC)
    tokens: dict[str, list[str]] = {}
    for role in ("coach", "athlete"):
        rows = await conn.fetch("SELECT id FROM user_account WHERE role = $1 ORDER BY email", role)
        tokens[role] = [
            encode_token(
                settings=settings, subject=row["id"], token_type=TokenType.ACCESS, now=now, ttl=TOKEN_TTL
            )
            for row in rows
        ]
    return tokens


# --------------------------------------------------------------------------- SQL statements


class _StatementLog(logging.Handler):
    """Every statement Tortoise sends (it logs each one on `tortoise.db_client` at DEBUG)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.statements: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.statements.append(record.getMessage())


@contextmanager
def _tortoise_statements() -> Iterator[_StatementLog]:
    handler = _StatementLog()
    logger = logging.getLogger("tortoise.db_client")
    level, propagate = logger.level, logger.propagate
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    logger.addHandler(handler)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
        logger.propagate = propagate


@dataclass
class Sample:
    """One request run in-process: the SQL statements it sent, and the response."""

    statements: list[str]
    status: int
    body: bytes


@asynccontextmanager
async def in_process(app: Any) -> AsyncIterator[httpx.AsyncClient]:
    async with (
        LifespanManager(app, startup_timeout=60),
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://bench") as client,
    ):
        yield client


async def count_app_statements(
    settings: Settings,
    address: DatabaseAddress,
    requests: dict[str, tuple[str, bytes]],
    warm: dict[str, tuple[str, bytes]] | None = None,
) -> dict[str, Sample]:
    """Each workload's first request through the app in this process, its SQL statements counted.

    Each request is sent once before it is counted (or its `warm` request, for a request that
    must not repeat), so the start-up work (the first health check runs in the background) and
    first-use caches are out of the count.
    """
    from graphql_schema.app import create_app

    samples = {}
    async with in_process(create_app(settings, database=address)) as client:
        for token, body in (warm or requests).values():
            await client.post("/graphql", content=body, headers=_headers(token))
        await asyncio.sleep(0.5)
        for name, (token, body) in requests.items():
            with _tortoise_statements() as log:
                response = await client.post("/graphql", content=body, headers=_headers(token))
            samples[name] = Sample(log.statements, response.status_code, response.content)
    return samples


async def count_floor_statements(
    settings: Settings,
    requests: dict[str, tuple[str, bytes]],
    warm: dict[str, tuple[str, bytes]] | None = None,
) -> dict[str, Sample]:
    """Each workload's first request through the floor in this process, its SQL statements counted.

    Sent once before it is counted too (or its `warm` request), like the app's: asyncpg's first
    use of a type on a connection (jsonb_to_recordset's records) introspects it, once.
    """
    sent: list[str] = []
    samples = {}
    async with in_process(floor.create_app(settings, statement_log=sent)) as client:
        for token, body in (warm or requests).values():
            await client.post("/graphql", content=body, headers=_headers(token))
        for name, (token, body) in requests.items():
            sent.clear()
            response = await client.post("/graphql", content=body, headers=_headers(token))
            statements = [s for s in sent if not s.startswith(_POOL_RESET)]
            samples[name] = Sample(statements, response.status_code, response.content)
    return samples


# asyncpg's pool resets a connection (RESET ALL, UNLISTEN *, ...) when it goes back to the pool:
# the driver's statement, not the request's. The app pays it too, once per connection acquisition
# (Tortoise acquires one per statement outside a transaction), where Tortoise's log does not show it.
_POOL_RESET = "SELECT pg_advisory_unlock_all();"


def _headers(token: str) -> dict[str, str]:
    return {"authorization": f"Bearer {token}", "content-type": "application/json"}


# --------------------------------------------------------------------------- the two documents


def _normal(value: Any) -> Any:
    """`value` with numbers as floats (12 significant digits) and times with an offset in UTC."""
    if isinstance(value, dict):
        return {key: _normal(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_normal(item) for item in value]
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, (int, float)):
        return float(f"{value:.12g}")
    if isinstance(value, str) and len(value) >= 20 and value[10:11] == "T":
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return value
        if moment.tzinfo is not None:
            return moment.astimezone(UTC).isoformat()
    return value


def first_difference(left: Any, right: Any, path: str = "$") -> str | None:
    """Where two parsed JSON documents first differ (after normalising numbers and times), or None."""
    left, right = _normal(left), _normal(right)
    if isinstance(left, dict) and isinstance(right, dict):
        if list(left) != list(right):
            return f"{path}: keys {list(left)} != {list(right)}"
        for key in left:
            found = first_difference(left[key], right[key], f"{path}.{key}")
            if found:
                return found
        return None
    if isinstance(left, list) and isinstance(right, list):
        if len(left) != len(right):
            return f"{path}: {len(left)} items != {len(right)}"
        for index, (a, b) in enumerate(zip(left, right, strict=True)):
            found = first_difference(a, b, f"{path}[{index}]")
            if found:
                return found
        return None
    if left != right:
        return f"{path}: {json.dumps(left)[:120]} != {json.dumps(right)[:120]}"
    return None


# --------------------------------------------------------------------------- CPU and memory


class Backends:
    """CPU time of the PostgreSQL backends serving one application name (a local server only)."""

    def __init__(self, conn: asyncpg.Connection, address: DatabaseAddress, application_name: str) -> None:
        self.conn = conn
        self.application_name = application_name
        self.local = address.host.startswith("/") or address.host in ("127.0.0.1", "localhost", "::1")

    async def cpu_seconds(self) -> dict[int, float]:
        if not self.local:
            return {}
        pids = await self.conn.fetch(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1",
            self.application_name,
        )
        seconds = {}
        for row in pids:
            try:
                times = psutil.Process(row["pid"]).cpu_times()
            except psutil.Error:
                continue
            seconds[row["pid"]] = times.user + times.system
        return seconds


def cpu_delta(before: dict[int, float], after: dict[int, float]) -> float | None:
    """CPU seconds the backends used between two readings (a backend new since `before` from 0)."""
    if not after:
        return None
    return sum(seconds - before.get(pid, 0.0) for pid, seconds in after.items())


async def wait_idle(server: Server, patience: float = 120.0) -> None:
    """Until the server has used no more than 10 ms of CPU over 0.4 s (in-flight requests done)."""
    deadline = time.monotonic() + patience
    last = server.cpu_seconds()
    while time.monotonic() < deadline:
        await asyncio.sleep(0.4)
        now = server.cpu_seconds()
        if now - last <= 0.01:
            return
        last = now
