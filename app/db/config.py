"""Tortoise ORM configuration built from a PostgreSQL address and the settings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, quote, unquote, urlparse

from app.settings import DatabasePooler, Settings

# Every module holding models, in dependency order. aerich's own table rides along.
MODEL_MODULES = [
    "app.auth.models",
    "app.athletes.models",
    "app.programs.models",
    "app.logs.models",
    "app.exercises.models",
    "app.ingest.models",
    "app.wellness.models",
    "app.activities.models",
    "app.analytics.models",
    "app.audit.models",
    "app.health.models",
    "app.sync.models",
    "app.persisted.models",
    "app.plans.models",
    "aerich.models",
]


@dataclass(frozen=True)
class DatabaseAddress:
    """Where a PostgreSQL database is: host (or socket folder), port, names and password."""

    host: str
    port: int
    user: str
    password: str | None
    database: str

    @classmethod
    def from_url(cls, url: str) -> DatabaseAddress:
        """Parse postgres:// or postgresql:// URLs, including ?host=/socket/dir forms."""
        parsed = urlparse(url)
        if parsed.scheme not in {"postgres", "postgresql", "asyncpg"}:
            raise ValueError(f"DATABASE_URL must be a postgres:// URL, got scheme {parsed.scheme!r}")
        query = parse_qs(parsed.query)
        host = query.get("host", [parsed.hostname or "127.0.0.1"])[0]
        return cls(
            host=host,
            port=parsed.port or int(query.get("port", ["5432"])[0]),
            user=unquote(parsed.username or "postgres"),
            password=unquote(parsed.password) if parsed.password else None,
            database=(parsed.path or "/").lstrip("/") or "postgres",
        )

    def with_database(self, database: str) -> DatabaseAddress:
        return DatabaseAddress(self.host, self.port, self.user, self.password, database)

    def describe(self) -> str:
        """The address without its password, for logs."""
        return f"postgres://{self.user}@{self.host}:{self.port}/{self.database}"

    def url(self) -> str:
        """The address as a DATABASE_URL (`from_url` reads it back; a socket folder goes in `?host=`)."""
        user = quote(self.user, safe="")
        password = f":{quote(self.password, safe='')}" if self.password else ""
        database = self.database  # from_url reads the path as is
        if self.host.startswith("/"):
            return f"postgres://{user}{password}@/{database}?host={quote(self.host)}&port={self.port}"
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"postgres://{user}{password}@{host}:{self.port}/{database}"


async def keep_session(connection: Any) -> None:
    """What a pooled connection needs when it goes back to the pool: nothing more.

    asyncpg's default reset sends `SELECT pg_advisory_unlock_all(); CLOSE ALL; UNLISTEN *;
    RESET ALL` on every release, one more round trip per statement (Tortoise takes a pooled
    connection for each statement outside a transaction). The app leaves no session state
    behind: its advisory locks are transaction-scoped (`pg_advisory_xact_lock`), it never runs
    SET, LISTEN (the event bus has its own connection) or holds cursors outside a transaction,
    and asyncpg still rolls back an open transaction before calling this. Bought the week view
    one round trip in two.
    """


def tortoise_config(address: DatabaseAddress, settings: Settings, *, direct: bool = False) -> dict[str, Any]:
    """The Tortoise config dict for one database (aerich reads the same shape).

    Through a pooler in transaction mode (DATABASE_POOLER, unless `direct`: migrations connect
    straight to PostgreSQL), consecutive transactions of one client connection run on different
    server connections: asyncpg's statement cache is off (statements are unnamed, parsed and run
    in one go), and nothing is set per session. PgBouncer refuses startup parameters it does not
    track, such as statement_timeout: the timeout is then asyncpg's, on the client side (a query
    running longer is cancelled), and the README says how to also set it on the database role.
    """
    pooled = settings.database_pooler is DatabasePooler.PGBOUNCER_TRANSACTION and not direct
    server_settings = {"application_name": "coachgraph", "timezone": "UTC"}
    if not pooled:
        server_settings["statement_timeout"] = str(settings.statement_timeout_ms)
    credentials: dict[str, Any] = {
        "host": address.host,
        "port": address.port,
        "user": address.user,
        "password": address.password,
        "database": address.database,
        "minsize": 1,
        "maxsize": settings.db_pool_max_size,
        "reset": keep_session,
        "server_settings": server_settings,
    }
    if pooled:
        credentials["statement_cache_size"] = 0
        credentials["command_timeout"] = settings.statement_timeout_ms / 1000
    return {
        "connections": {"default": {"engine": "tortoise.backends.asyncpg", "credentials": credentials}},
        "apps": {"models": {"models": MODEL_MODULES, "default_connection": "default"}},
        "use_tz": True,
        "timezone": "UTC",
    }


def _config_for_tools() -> dict[str, Any]:
    # aerich's command line needs a module-level config; it is only used by developers
    # generating migrations, and points at DATABASE_URL or a placeholder (offline mode).
    import os

    from app.settings import get_settings

    url = os.environ.get("DATABASE_URL") or "postgres://postgres@127.0.0.1:5432/coachgraph"
    return tortoise_config(DatabaseAddress.from_url(url), get_settings())


def __getattr__(name: str) -> Any:
    # TORTOISE_ORM is built on first access (by aerich's command line), not at import:
    # importing this module must not read the settings, so an invalid setting is reported
    # by the command that reads them, with its message, rather than as an import traceback.
    if name == "TORTOISE_ORM":
        return _config_for_tools()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
