"""Opening and closing the database: pick the server, create the database, migrate, init Tortoise."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import asyncpg
from tortoise import Tortoise

from app.db.config import DatabaseAddress, tortoise_config
from app.db.embedded import EmbeddedPostgres
from app.settings import Settings

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parents[2] / "migrations"
EMBEDDED_DATABASE = "coachgraph"


@dataclass
class DatabaseHandle:
    """The database the process uses, and the embedded server behind it if any.

    `address` is where the pool connects (a connection pooler, with DATABASE_POOLER); `direct`
    (DATABASE_DIRECT_URL) reaches PostgreSQL itself, for the event bus's LISTEN and migrations.
    """

    address: DatabaseAddress
    embedded: EmbeddedPostgres | None = None
    direct: DatabaseAddress | None = None

    @property
    def direct_address(self) -> DatabaseAddress:
        """A direct connection's address: DATABASE_DIRECT_URL, else the pool's own."""
        return self.direct or self.address

    def stop(self) -> None:
        if self.embedded is not None:
            self.embedded.stop()
            self.embedded = None


def resolve_database(settings: Settings, *, embedded_subdir: str = "postgres") -> DatabaseHandle:
    """DATABASE_URL when set; otherwise start the embedded server under DATA_DIR."""
    if settings.database_url:
        return DatabaseHandle(
            DatabaseAddress.from_url(settings.database_url), direct=direct_address(settings)
        )
    embedded = EmbeddedPostgres(settings.data_dir / embedded_subdir)
    address = embedded.start().with_database(EMBEDDED_DATABASE)
    return DatabaseHandle(address, embedded)


def direct_address(settings: Settings) -> DatabaseAddress | None:
    """DATABASE_DIRECT_URL's address, when set."""
    url = settings.database_direct_url
    return DatabaseAddress.from_url(url) if url else None


async def create_database_if_missing(address: DatabaseAddress) -> bool:
    """CREATE DATABASE when it does not exist yet; returns whether it was created.

    An existing database is used as is, so an account that may not connect to the
    `postgres` maintenance database (as on managed servers) works when its database exists.
    """
    try:
        conn = await asyncpg.connect(
            host=address.host,
            port=address.port,
            user=address.user,
            password=address.password,
            database=address.database,
        )
    except asyncpg.InvalidCatalogNameError:
        pass  # no such database: create it below
    else:
        await conn.close()
        return False
    conn = await asyncpg.connect(
        host=address.host,
        port=address.port,
        user=address.user,
        password=address.password,
        database="postgres",
    )
    try:
        exists = await conn.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", address.database)
        if exists:
            return False
        await conn.execute(f"CREATE DATABASE {_quoted(address.database)}")
        return True
    finally:
        await conn.close()


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


async def drop_database(address: DatabaseAddress) -> None:
    """DROP DATABASE (used by tests for their throwaway databases)."""
    conn = await asyncpg.connect(
        host=address.host,
        port=address.port,
        user=address.user,
        password=address.password,
        database="postgres",
    )
    try:
        await conn.execute(f"DROP DATABASE IF EXISTS {_quoted(address.database)} WITH (FORCE)")
    finally:
        await conn.close()


async def apply_migrations(config: dict[str, Any]) -> list[str]:
    """Apply pending aerich migrations; returns the files applied. Leaves Tortoise closed."""
    from aerich import Command

    command = Command(tortoise_config=config, app="models", location=str(MIGRATIONS_DIR))
    try:
        await command.init()
        applied = await command.upgrade(run_in_transaction=True)
    finally:
        await Tortoise.close_connections()
    for name in applied:
        log.info("applied migration %s", name)
    return applied


async def init_orm(address: DatabaseAddress, settings: Settings) -> None:
    """Open Tortoise for the app (global fallback on: the lifespan runs in its own task)."""
    await Tortoise.init(config=tortoise_config(address, settings), _enable_global_fallback=True)


async def close_orm() -> None:
    await Tortoise.close_connections()
