"""Why the database is unreachable, as the health readings and SERVICE_UNAVAILABLE name it."""

from __future__ import annotations

import asyncpg
import pytest

from app.db.availability import reason


@pytest.mark.parametrize(
    ("exc", "code"),
    [
        (asyncpg.CannotConnectNowError("the database system is starting up"), "STARTING_UP"),
        (asyncpg.CannotConnectNowError("the database system is shutting down"), "SHUTTING_DOWN"),
        (asyncpg.AdminShutdownError("terminating connection due to administrator command"), "SHUTTING_DOWN"),
        (ConnectionRefusedError(111, "Connection refused"), "CONNECTION_REFUSED"),
        (TimeoutError(), "TIMEOUT"),
    ],
)
def test_the_reason_names_what_postgresql_said(exc: BaseException, code: str) -> None:
    assert reason(exc) == code
