"""Tortoise ORM configuration built from a PostgreSQL address and the settings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, unquote, urlparse

from app.settings import Settings

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


def tortoise_config(address: DatabaseAddress, settings: Settings) -> dict[str, Any]:
    """The Tortoise config dict for one database (aerich reads the same shape)."""
    credentials: dict[str, Any] = {
        "host": address.host,
        "port": address.port,
        "user": address.user,
        "password": address.password,
        "database": address.database,
        "minsize": 1,
        "maxsize": settings.db_pool_max_size,
        "server_settings": {
            "statement_timeout": str(settings.statement_timeout_ms),
            "application_name": "coachgraph",
            "timezone": "UTC",
        },
    }
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
