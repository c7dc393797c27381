"""Whether an error means "the database is unreachable", and one log line per outage.

While PostgreSQL is down (stopped, restarting, the network gone), every database call fails
with one of a handful of connection errors. The API answers those with SERVICE_UNAVAILABLE and
a retry hint instead of an internal error, and the log says once that the outage began and
once that it ended, rather than a traceback per request.
"""

from __future__ import annotations

import logging
import socket
import time
from dataclasses import dataclass

import asyncpg
from tortoise.exceptions import DBConnectionError

log = logging.getLogger("coachgraph.database")

# Seconds a client should wait before trying again while the database is away.
RETRY_AFTER_SECONDS = 5

_UNAVAILABLE: tuple[type[BaseException], ...] = (
    ConnectionError,  # refused, reset, aborted
    FileNotFoundError,  # the server's unix socket is gone (a stopped local server)
    socket.gaierror,  # the host name does not resolve
    TimeoutError,
    asyncpg.PostgresConnectionError,  # SQLSTATE class 08
    asyncpg.CannotConnectNowError,  # the server is starting up
    asyncpg.OperatorInterventionError,  # shutdown, crash, admin termination (class 57)
    asyncpg.ConnectionDoesNotExistError,
    asyncpg.InterfaceError,  # the connection was closed under a query
    DBConnectionError,
)


def is_unavailable(exc: BaseException | None) -> bool:
    """True when `exc` (or what caused it) says the database cannot be reached."""
    seen = 0
    while exc is not None and seen < 10:
        if isinstance(exc, _UNAVAILABLE) and not isinstance(exc, asyncpg.TooManyConnectionsError):
            return True
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return False


def reason(exc: BaseException) -> str:
    """A stable code for why the database is unreachable (no internals, no addresses)."""
    if isinstance(exc, TimeoutError):
        return "TIMEOUT"
    if isinstance(exc, asyncpg.CannotConnectNowError):
        # SQLSTATE 57P03 says both "the database system is starting up" and "... is shutting down"
        return "SHUTTING_DOWN" if "shutting down" in str(exc) else "STARTING_UP"
    if isinstance(exc, asyncpg.OperatorInterventionError):
        return "SHUTTING_DOWN"
    if isinstance(exc, asyncpg.InvalidAuthorizationSpecificationError):
        return "AUTHENTICATION_FAILED"
    if isinstance(exc, ConnectionRefusedError | FileNotFoundError):
        return "CONNECTION_REFUSED"
    return "UNAVAILABLE"


@dataclass
class _Outage:
    since: float | None = None


_outage = _Outage()


def note_unavailable(cause: BaseException | str) -> None:
    """Record that the database is unreachable (logged once, when an outage begins); `cause` is
    the error or its code from `reason`."""
    if _outage.since is None:
        _outage.since = time.monotonic()
        code = cause if isinstance(cause, str) else reason(cause)
        log.warning("database unreachable (%s): answering SERVICE_UNAVAILABLE until it is back", code)


def note_available() -> None:
    """Record that the database answered (logged once, when an outage ends)."""
    if _outage.since is not None:
        log.warning("database reachable again after %.1f s", time.monotonic() - _outage.since)
        _outage.since = None


def in_outage() -> bool:
    return _outage.since is not None


class QuietOutages(logging.Filter):
    """A log filter for the database driver: a connection error while the database is away is
    one line (no traceback), and none at all once the outage is already logged."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        if error is None or not is_unavailable(error):
            return True
        if in_outage():
            return False
        record.exc_info = None
        record.exc_text = None
        record.msg = f"{record.msg} ({reason(error)})"
        return True


def quiet_driver_logs() -> None:
    """Install QuietOutages on the loggers of asyncpg and Tortoise (once)."""
    for name in ("asyncpg", "asyncpg.pool", "tortoise", "tortoise.db_client"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, QuietOutages) for f in logger.filters):
            logger.addFilter(QuietOutages())
