"""Throttling of logins and token refreshes, per account and per client, kept in the database.

Counts live in PostgreSQL rather than in process memory so every server process behind a
load balancer sees the same numbers, and GraphQL aliases (each alias is one call of the
service) cannot multiply the attempts an attacker gets.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from tortoise.backends.base.client import BaseDBAsyncClient

from app import clock
from app.auth.models import AuthAttempt
from app.core.errors import ErrorCode, ValidationFailed
from app.settings import Settings

LOGIN_FAILURE = "login_failure"
REFRESH = "refresh"
REGISTRATION = "registration"  # coach registrations, per client address
INVITE = "invite"  # invite codes, per coach


async def count_recent(
    *, kind: str, since: datetime, account_key: str | None = None, client_key: str | None = None
) -> int:
    """How many attempts of `kind` for this account (or client) since `since`."""
    query = AuthAttempt.filter(kind=kind, attempted_at__gte=since)
    if account_key is not None:
        query = query.filter(account_key=account_key)
    if client_key is not None:
        query = query.filter(client_key=client_key)
    return await query.count()


async def is_throttled(
    *,
    kind: str,
    now: datetime,
    window_seconds: int,
    account_key: str | None,
    account_limit: int,
    client_key: str | None,
    client_limit: int,
) -> bool:
    """Whether the account or the client already reached its limit in the window."""
    since = now - timedelta(seconds=window_seconds)
    if account_key is not None and (
        await count_recent(kind=kind, since=since, account_key=account_key) >= account_limit
    ):
        return True
    return client_key is not None and (
        await count_recent(kind=kind, since=since, client_key=client_key) >= client_limit
    )


async def record_attempt(
    *, kind: str, now: datetime, account_key: str | None, client_key: str | None, window_seconds: int
) -> None:
    """Remember one attempt, and forget attempts of this kind that left the window (so the table
    stays as small as the traffic of one window)."""
    await AuthAttempt.filter(kind=kind, attempted_at__lt=now - timedelta(seconds=window_seconds)).delete()
    await AuthAttempt.create(kind=kind, account_key=account_key, client_key=client_key, attempted_at=now)


async def clear_account(*, kind: str, account_key: str) -> None:
    """Forget an account's failures after a successful login."""
    await AuthAttempt.filter(kind=kind, account_key=account_key).delete()


async def lock(connection: BaseDBAsyncClient, key: str) -> None:
    """Serialise transactions on `key` (a PostgreSQL advisory lock held until commit)."""
    await connection.execute_query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", [key])


def too_many_attempts() -> ValidationFailed:
    """Too many attempts for this account or client (logins, refreshes, registrations, invites)."""
    return ValidationFailed.one(
        None, ErrorCode.THROTTLED, "Too many attempts; wait a few minutes and try again."
    )


async def count_or_refuse(
    connection: BaseDBAsyncClient,
    kind: str,
    settings: Settings,
    *,
    limit: int,
    account_key: str | None = None,
    client_key: str | None = None,
) -> None:
    """Inside the caller's transaction: count one `kind` attempt for the account or client, or
    refuse it (THROTTLED) when the window already holds `limit`. Only a call that commits
    counts, so refused input writes nothing."""
    now = clock.now()
    await lock(connection, f"{kind}:{account_key or client_key}")
    if await is_throttled(
        kind=kind,
        now=now,
        window_seconds=settings.login_window_seconds,
        account_key=account_key,
        account_limit=limit,
        client_key=client_key,
        client_limit=limit,
    ):
        raise too_many_attempts()
    await record_attempt(
        kind=kind,
        now=now,
        account_key=account_key,
        client_key=client_key,
        window_seconds=settings.login_window_seconds,
    )
