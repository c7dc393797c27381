"""Sessions: logging in, rotating refresh tokens, logging out, and authenticating access tokens.

A session is a refresh-token family: each refresh rotates the token within it, and access
tokens name it (`fam`), so logging a session out stops its access tokens at once.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from typing import Any

from tortoise import connections
from tortoise.transactions import in_transaction

from app import clock
from app.athletes.reads import ATHLETE
from app.audit import service as audit
from app.auth import passwords, throttle
from app.auth.models import RefreshToken, User
from app.auth.tokens import InvalidToken, TokenType, decode_token, encode_token, hash_secret
from app.core.actor import Actor, ClientInfo, Role
from app.core.errors import (
    ErrorCode,
    NotAuthenticated,
    ValidationFailed,
)
from app.db.rows import fetch
from app.events.models import sessions_revoked
from app.events.publish import publish
from app.settings import Settings


@dataclass(frozen=True)
class IssuedTokens:
    """A fresh access token and refresh token for `user`."""

    user: User
    access_token: str
    access_expires_at: datetime
    refresh_token: str
    refresh_expires_at: datetime


async def _issue_tokens(
    user: User, settings: Settings, now: datetime, family_id: uuid.UUID | None = None
) -> IssuedTokens:
    family = family_id or uuid.uuid4()
    access_ttl = timedelta(seconds=settings.access_token_ttl_seconds)
    refresh_ttl = timedelta(seconds=settings.refresh_token_ttl_seconds)
    access = encode_token(
        settings=settings,
        subject=user.id,
        token_type=TokenType.ACCESS,
        now=now,
        ttl=access_ttl,
        family_id=family,
    )
    refresh = encode_token(
        settings=settings,
        subject=user.id,
        token_type=TokenType.REFRESH,
        now=now,
        ttl=refresh_ttl,
        family_id=family,
    )
    await RefreshToken.create(
        user=user, token_hash=hash_secret(refresh), family_id=family, expires_at=now + refresh_ttl
    )
    return IssuedTokens(user, access, now + access_ttl, refresh, now + refresh_ttl)


async def login(*, email: str, password: str, settings: Settings, client: ClientInfo) -> IssuedTokens:
    """Check credentials and issue tokens. Failures never say whether the email exists.

    Three steps, so the Argon2 check holds no database connection and no lock: (1) under the
    account's lock, refuse a throttled account or client, else count the attempt as a failure
    and read the account; (2) verify the password; (3) on success, take the failure back and
    issue tokens, else audit it. Counting before verifying means parallel requests (or batched
    operations) cannot all pass the throttle before any failure is counted.
    """
    now = clock.now()
    account_key = (email or "").strip().lower()[:255]
    client_key = (client.ip or "unknown")[:64]
    user = await _begin_login(account_key, client_key, settings, client, now)
    if user is None:
        await passwords.dummy_verify(password or "")
        ok = False
    else:
        ok = user.is_active and await passwords.verify_password(user.password_hash, password or "")
    if not ok:
        await audit.record(
            action="login_failed",
            user_id=user.id if user else None,
            client=client,
            metadata={"email": account_key},
        )
        raise ValidationFailed.one(None, ErrorCode.INVALID_CREDENTIALS, "Email or password is incorrect.")
    assert user is not None
    new_hash = await passwords.hash_password(password) if passwords.needs_rehash(user.password_hash) else None
    async with in_transaction():
        await throttle.clear_account(kind=throttle.LOGIN_FAILURE, account_key=account_key)
        update = ["last_login_at", "updated_at"]
        if new_hash is not None:
            user.password_hash = new_hash
            update.append("password_hash")
        user.last_login_at = now
        await user.save(update_fields=update)
        tokens = await _issue_tokens(user, settings, now)
        await audit.record(
            action="login", user_id=user.id, client=client, entity_type="user", entity_id=user.id
        )
    return tokens


async def _begin_login(
    account_key: str, client_key: str, settings: Settings, client: ClientInfo, now: datetime
) -> User | None:
    """Step 1 of `login`: the throttle, the provisional failure, the account (committed at once)."""
    async with in_transaction() as connection:
        await throttle.lock(connection, f"login:{account_key}")
        throttled = await throttle.is_throttled(
            kind=throttle.LOGIN_FAILURE,
            now=now,
            window_seconds=settings.login_window_seconds,
            account_key=account_key,
            account_limit=settings.login_max_failures,
            client_key=client_key,
            client_limit=settings.login_client_max_failures,
        )
        if throttled:
            await audit.record(
                action="login_throttled", user_id=None, client=client, metadata={"email": account_key}
            )
        else:
            await throttle.record_attempt(
                kind=throttle.LOGIN_FAILURE,
                now=now,
                account_key=account_key,
                client_key=client_key,
                window_seconds=settings.login_window_seconds,
            )
            user = await User.filter(email=account_key).first()
    if throttled:
        raise throttle.too_many_attempts()
    return user


def _invalid_refresh() -> ValidationFailed:
    return ValidationFailed.one(
        "refreshToken", ErrorCode.INVALID_TOKEN, "The refresh token is invalid or expired."
    )


async def _rotate(
    refresh_token: str, settings: Settings, now: datetime, client: ClientInfo
) -> IssuedTokens | ValidationFailed:
    """Use a refresh token once: new tokens, or the error to raise once the transaction commits."""
    row = await RefreshToken.filter(token_hash=hash_secret(refresh_token)).select_for_update().first()
    if row is None or row.revoked_at is not None or row.expires_at <= now:
        return _invalid_refresh()
    if row.used_at is not None:
        # A rotated token came back: someone holds a copy. Revoke the whole family.
        await RefreshToken.filter(family_id=row.family_id, revoked_at__isnull=True).update(
            revoked_at=now, revoked_reason="reuse"
        )
        await audit.record(
            action="refresh_token_reuse",
            user_id=row.user_id,
            client=client,
            entity_type="user",
            entity_id=row.user_id,
            metadata={"family": str(row.family_id)},
        )
        return _invalid_refresh()
    user = await User.get(id=row.user_id)
    if not user.is_active:
        return _invalid_refresh()
    row.used_at = now
    await row.save(update_fields=["used_at", "updated_at"])
    tokens = await _issue_tokens(user, settings, now, family_id=row.family_id)
    await audit.record(
        action="refresh", user_id=user.id, client=client, entity_type="user", entity_id=user.id
    )
    return tokens


async def refresh(*, refresh_token: str, settings: Settings, client: ClientInfo) -> IssuedTokens:
    """Rotate a refresh token. Reusing an already-rotated token revokes its whole family.

    Every attempt with a validly signed token counts towards the refresh throttle, and a
    reuse's revocation commits before the error is raised.
    """
    now = clock.now()
    client_key = (client.ip or "unknown")[:64]
    try:
        claims = decode_token(
            refresh_token or "", settings=settings, expected_type=TokenType.REFRESH, now=now
        )
    except InvalidToken as exc:
        raise _invalid_refresh() from exc
    async with in_transaction() as connection:
        await throttle.lock(connection, f"refresh:{claims.subject}")
        if await throttle.is_throttled(
            kind=throttle.REFRESH,
            now=now,
            window_seconds=settings.login_window_seconds,
            account_key=str(claims.subject),
            account_limit=settings.refresh_max_per_window,
            client_key=client_key,
            client_limit=settings.refresh_max_per_window * 4,
        ):
            raise throttle.too_many_attempts()
        await throttle.record_attempt(
            kind=throttle.REFRESH,
            now=now,
            account_key=str(claims.subject),
            client_key=client_key,
            window_seconds=settings.login_window_seconds,
        )
        outcome = await _rotate(refresh_token, settings, now, client)
    if isinstance(outcome, Exception):
        raise outcome
    return outcome


async def _revoke_session(
    actor: Actor, refresh_token: str | None, now: datetime
) -> tuple[int, uuid.UUID | None]:
    """Revoke one session: the refresh token's, or else the access token's own."""
    family = actor.session_id
    if refresh_token:
        row = await RefreshToken.filter(token_hash=hash_secret(refresh_token), user_id=actor.user_id).first()
        if row is None:
            raise ValidationFailed.one(
                "refreshToken", ErrorCode.INVALID_TOKEN, "The refresh token is invalid or expired."
            )
        family = row.family_id
    if family is None:
        return 0, None
    revoked = await RefreshToken.filter(
        family_id=family, user_id=actor.user_id, revoked_at__isnull=True
    ).update(revoked_at=now, revoked_reason="logout")
    return revoked, family


async def logout(*, actor: Actor, refresh_token: str | None, everywhere: bool) -> int:
    """End a session (the refresh token's, or the calling token's), or with `everywhere` every
    session and access token of the account. Open WebSockets of what ended are closed, in every
    server process. Returns how many refresh tokens were revoked."""
    now = clock.now()
    async with in_transaction():
        revoked, family = await _revoke_session(actor, refresh_token, now)
        if everywhere:
            revoked += await RefreshToken.filter(user_id=actor.user_id, revoked_at__isnull=True).update(
                revoked_at=now, revoked_reason="logout"
            )
            await User.filter(id=actor.user_id).update(tokens_valid_after=now)
        await audit.record_action(actor, "logout", "user", actor.user_id, everywhere=everywhere)
        await publish(sessions_revoked(actor.user_id, None if everywhere else family))
    return revoked


# One statement per request: the account, its profile ids, and whether the token's session
# (its refresh-token family) was logged out or revoked.
_AUTHENTICATE_SQL = """
SELECT u.role AS account_role, u.tokens_valid_after AS valid_after,
       (SELECT c.id FROM coach c WHERE c.user_id = u.id) AS own_coach_id,
       (SELECT a.id FROM athlete_profile a WHERE a.user_id = u.id) AS own_athlete_id,
       EXISTS (
           SELECT 1 FROM refresh_token r WHERE r.family_id = $2 AND r.revoked_at IS NOT NULL
       ) AS session_closed
FROM user_account u
WHERE u.id = $1 AND u.is_active
"""


@cache
def _authenticate_with_profile_sql() -> str:
    """The same check with the athlete's own profile: its row's columns first (the row of
    app/athletes/reads.py, NULLs for a coach or an admin), then the check's."""
    return (
        f"SELECT {ATHLETE.columns}, u.role AS account_role, u.tokens_valid_after AS valid_after, "  # noqa: S608
        "(SELECT c.id FROM coach c WHERE c.user_id = u.id) AS own_coach_id, t.id AS own_athlete_id, "
        "EXISTS (SELECT 1 FROM refresh_token r WHERE r.family_id = $2 AND r.revoked_at IS NOT NULL) "
        "AS session_closed "
        "FROM user_account u LEFT JOIN athlete_profile t ON t.user_id = u.id WHERE u.id = $1 AND u.is_active"
    )


async def authenticate(*, access_token: str, settings: Settings, client: ClientInfo) -> Actor:
    """The Actor behind an access token, or NotAuthenticated: a valid signature and expiry, an
    active account, a token issued after "log out everywhere", and a session not logged out."""
    actor, _ = await _authenticate(access_token, settings, client, with_profile=False)
    return actor


async def authenticate_with_profile(
    *, access_token: str, settings: Settings, client: ClientInfo
) -> tuple[Actor, Any | None]:
    """`authenticate`, and an athlete's own profile row read by the same statement (None for
    other roles): an HTTP request's query about the athlete themselves needs no statement more."""
    return await _authenticate(access_token, settings, client, with_profile=True)


async def _authenticate(
    access_token: str, settings: Settings, client: ClientInfo, *, with_profile: bool
) -> tuple[Actor, Any | None]:
    now = clock.now()
    try:
        claims = decode_token(access_token, settings=settings, expected_type=TokenType.ACCESS, now=now)
    except InvalidToken as exc:
        raise NotAuthenticated(str(exc)) from exc
    if with_profile:
        rows = await fetch(ATHLETE.row, _authenticate_with_profile_sql(), claims.subject, claims.family_id)
    else:
        rows = await connections.get("default").execute_query_dict(
            _AUTHENTICATE_SQL, [claims.subject, claims.family_id]
        )
    if not rows:
        raise NotAuthenticated("unknown or deactivated user")
    row = rows[0]
    valid_after = row["valid_after"]
    if valid_after is not None and claims.issued_at <= valid_after:
        raise NotAuthenticated("token revoked")
    if row["session_closed"]:
        raise NotAuthenticated("session logged out")
    actor = Actor(
        user_id=claims.subject,
        role=Role(row["account_role"]),
        coach_id=row["own_coach_id"],
        athlete_id=row["own_athlete_id"],
        client=client,
        session_id=claims.family_id,
        expires_at=claims.expires_at,
    )
    return actor, row if with_profile and actor.athlete_id is not None else None
