"""Account services: registration, invites, login, token refresh and rotation, logout."""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from tortoise import connections
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from app import clock
from app.athletes.models import AthleteProfile, Coach, InviteCode, PrimaryGoal
from app.audit import service as audit
from app.auth import passwords, throttle
from app.auth.models import RefreshToken, User
from app.auth.tokens import InvalidToken, TokenType, decode_token, encode_token, hash_secret
from app.core.actor import Actor, ClientInfo, Role
from app.core.errors import (
    Collector,
    ErrorCode,
    NotAuthenticated,
    PermissionDenied,
    ValidationFailed,
)
from app.core.validation import normalize_email, text_length, timezone_name
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


@dataclass(frozen=True)
class IssuedInvite:
    """An invite code, shown once to the coach who created it."""

    invite: InviteCode
    code: str


async def _ensure_email_free(email: str) -> None:
    if await User.filter(email=email).exists():
        raise ValidationFailed.one(
            "email", ErrorCode.ALREADY_EXISTS, "An account with this email already exists."
        )


async def _create_user(email: str, password: str, role: Role) -> User:
    try:
        return await User.create(
            email=email, password_hash=await passwords.hash_password(password), role=role
        )
    except IntegrityError as exc:  # a concurrent registration won the race
        raise ValidationFailed.one(
            "email", ErrorCode.ALREADY_EXISTS, "An account with this email already exists."
        ) from exc


async def register_coach(*, email: str, password: str, display_name: str, client: ClientInfo) -> User:
    """Create a coach account and its Coach profile."""
    errors = Collector()
    email = normalize_email(email, errors)
    passwords.check_password_policy(password, errors)
    name = text_length(display_name, errors, "displayName", min_length=2, max_length=100)
    errors.raise_if_any()
    async with in_transaction():
        await _ensure_email_free(email)
        user = await _create_user(email, password, Role.COACH)
        coach = await Coach.create(user=user, display_name=name)
        await audit.record(
            action="register", user_id=user.id, client=client, entity_type="coach", entity_id=coach.id
        )
    return user


async def create_admin(*, email: str, password: str) -> User:
    """Create an admin account (from the command line)."""
    errors = Collector()
    email = normalize_email(email, errors)
    passwords.check_password_policy(password, errors)
    errors.raise_if_any()
    async with in_transaction():
        await _ensure_email_free(email)
        user = await _create_user(email, password, Role.ADMIN)
        await audit.record(
            action="create_admin",
            user_id=user.id,
            client=ClientInfo(user_agent="cli"),
            entity_type="user",
            entity_id=user.id,
        )
    return user


async def create_invite(*, actor: Actor, settings: Settings, email: str | None = None) -> IssuedInvite:
    """Issue a single-use invite code for the calling coach (optionally bound to one email)."""
    if not actor.is_coach or actor.coach_id is None:
        raise PermissionDenied("Only coaches can invite athletes.")
    errors = Collector()
    bound_email = normalize_email(email, errors) if email else None
    errors.raise_if_any()
    code = secrets.token_urlsafe(12)
    async with in_transaction():
        invite = await InviteCode.create(
            code_hash=hash_secret(code),
            coach_id=actor.coach_id,
            email=bound_email,
            expires_at=clock.now() + timedelta(seconds=settings.invite_ttl_seconds),
        )
        await audit.record_action(actor, "create_invite", "invite_code", invite.id)
    return IssuedInvite(invite=invite, code=code)


async def register_athlete(
    *,
    invite_code: str,
    email: str,
    password: str,
    display_name: str,
    timezone: str = "UTC",
    primary_goal: PrimaryGoal = PrimaryGoal.GENERAL_FITNESS,
    client: ClientInfo,
) -> User:
    """Create an athlete account with a coach's invite code; the athlete joins that coach."""
    errors = Collector()
    email = normalize_email(email, errors)
    passwords.check_password_policy(password, errors)
    name = text_length(display_name, errors, "displayName", min_length=1, max_length=80)
    timezone_name(timezone, errors)
    errors.raise_if_any()
    now = clock.now()
    async with in_transaction():
        invite = await InviteCode.filter(code_hash=hash_secret(invite_code or "")).select_for_update().first()
        if invite is None or invite.used_at is not None or invite.expires_at <= now:
            raise ValidationFailed.one(
                "inviteCode", ErrorCode.INVALID_INVITE, "This invite code is not valid."
            )
        if invite.email and invite.email != email:
            raise ValidationFailed.one(
                "inviteCode", ErrorCode.INVALID_INVITE, "This invite code is not valid."
            )
        await _ensure_email_free(email)
        user = await _create_user(email, password, Role.ATHLETE)
        athlete = await AthleteProfile.create(
            user=user,
            coach_id=invite.coach_id,
            display_name=name,
            timezone=timezone,
            primary_goal=primary_goal,
        )
        invite.used_at = now
        invite.used_by = user
        await invite.save(update_fields=["used_at", "used_by_id", "updated_at"])
        await audit.record(
            action="register",
            user_id=user.id,
            client=client,
            entity_type="athlete_profile",
            entity_id=athlete.id,
            metadata={"invite": str(invite.id)},
        )
    return user


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


class LoginThrottled(Exception):
    """Too many failed logins for this account or client; try again later."""


async def login(*, email: str, password: str, settings: Settings, client: ClientInfo) -> IssuedTokens:
    """Check credentials and issue tokens. Failures never say whether the email exists.

    A failure is recorded (for throttling and in the audit log) in a transaction that
    commits: the error is raised only afterwards, so the record is not rolled back with it.
    """
    now = clock.now()
    account_key = (email or "").strip().lower()[:255]
    client_key = (client.ip or "unknown")[:64]
    outcome: IssuedTokens | Exception
    async with in_transaction() as connection:
        # One attempt per account at a time: parallel requests (or batched operations) cannot
        # all pass the throttle check before any of their failures is counted.
        await throttle.lock(connection, f"login:{account_key}")
        if await throttle.is_throttled(
            kind=throttle.LOGIN_FAILURE,
            now=now,
            window_seconds=settings.login_window_seconds,
            account_key=account_key,
            account_limit=settings.login_max_failures,
            client_key=client_key,
            client_limit=settings.login_client_max_failures,
        ):
            await audit.record(
                action="login_throttled", user_id=None, client=client, metadata={"email": account_key}
            )
            outcome = LoginThrottled()
        else:
            outcome = await _check_credentials(account_key, password or "", settings, client, now, client_key)
    if isinstance(outcome, Exception):
        raise outcome
    return outcome


async def _check_credentials(
    account_key: str, password: str, settings: Settings, client: ClientInfo, now: datetime, client_key: str
) -> IssuedTokens | ValidationFailed:
    user = await User.filter(email=account_key).first()
    if user is None:
        await passwords.dummy_verify(password)
        ok = False
    else:
        ok = user.is_active and await passwords.verify_password(user.password_hash, password)
    if not ok:
        await throttle.record_attempt(
            kind=throttle.LOGIN_FAILURE,
            now=now,
            account_key=account_key,
            client_key=client_key,
            window_seconds=settings.login_window_seconds,
        )
        await audit.record(
            action="login_failed",
            user_id=user.id if user else None,
            client=client,
            metadata={"email": account_key},
        )
        return ValidationFailed.one(None, ErrorCode.INVALID_CREDENTIALS, "Email or password is incorrect.")
    assert user is not None
    update = ["last_login_at", "updated_at"]
    if passwords.needs_rehash(user.password_hash):
        user.password_hash = await passwords.hash_password(password)
        update.append("password_hash")
    user.last_login_at = now
    await user.save(update_fields=update)
    await throttle.clear_account(kind=throttle.LOGIN_FAILURE, account_key=account_key)
    tokens = await _issue_tokens(user, settings, now)
    await audit.record(action="login", user_id=user.id, client=client, entity_type="user", entity_id=user.id)
    return tokens


class RefreshFailed(Exception):
    """The refresh token was refused; the reason is kept for the audit log only."""


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
            raise LoginThrottled()
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


async def deactivate_account(*, actor: Actor, user_id: uuid.UUID) -> User:
    """Admins: stop an account from logging in or using any token; its sockets are closed."""
    if not actor.is_admin:
        raise PermissionDenied("Only admins deactivate accounts.")
    now = clock.now()
    async with in_transaction():
        user = await User.filter(id=user_id).select_for_update().first()
        if user is None:
            raise ValidationFailed.one("userId", ErrorCode.NOT_FOUND, "Account not found.")
        if user.id == actor.user_id:
            raise ValidationFailed.one("userId", ErrorCode.INVALID, "Admins cannot deactivate themselves.")
        user.is_active = False
        user.tokens_valid_after = now
        await user.save(update_fields=["is_active", "tokens_valid_after", "updated_at"])
        await RefreshToken.filter(user_id=user.id, revoked_at__isnull=True).update(
            revoked_at=now, revoked_reason="deactivated"
        )
        await audit.record_action(actor, "deactivate_account", "user", user.id)
        await publish(sessions_revoked(user.id, None))
    return user


@dataclass(frozen=True)
class Account:
    """What the API shows of an account: the user and its coach or athlete profile.

    Only ever one account at a time reaches a client (its own, or the one a registration or
    login just produced), so the profile is read with it rather than through a loader.
    """

    id: uuid.UUID
    email: str
    role: Role
    created_at: datetime
    last_login_at: datetime | None
    coach: Coach | None
    athlete: AthleteProfile | None


async def account_of(user: User) -> Account:
    """The account of `user`, with its profile."""
    coach = await Coach.filter(user_id=user.id).first() if user.role is Role.COACH else None
    athlete = await AthleteProfile.filter(user_id=user.id).first() if user.role is Role.ATHLETE else None
    return Account(
        id=user.id,
        email=user.email,
        role=user.role,
        created_at=user.created_at,
        last_login_at=user.last_login_at,
        coach=coach,
        athlete=athlete,
    )


async def current_account(*, actor: Actor) -> Account:
    """The caller's own account."""
    return await account_of(await User.get(id=actor.user_id))


# One statement per request: the account, its profile ids, and whether the token's session
# (its refresh-token family) was logged out or revoked.
_AUTHENTICATE_SQL = """
SELECT u.role, u.tokens_valid_after,
       (SELECT c.id FROM coach c WHERE c.user_id = u.id) AS coach_id,
       (SELECT a.id FROM athlete_profile a WHERE a.user_id = u.id) AS athlete_id,
       EXISTS (
           SELECT 1 FROM refresh_token r WHERE r.family_id = $2 AND r.revoked_at IS NOT NULL
       ) AS session_closed
FROM user_account u
WHERE u.id = $1 AND u.is_active
"""


async def authenticate(*, access_token: str, settings: Settings, client: ClientInfo) -> Actor:
    """The Actor behind an access token, or NotAuthenticated: a valid signature and expiry, an
    active account, a token issued after "log out everywhere", and a session not logged out."""
    now = clock.now()
    try:
        claims = decode_token(access_token, settings=settings, expected_type=TokenType.ACCESS, now=now)
    except InvalidToken as exc:
        raise NotAuthenticated(str(exc)) from exc
    rows = await connections.get("default").execute_query_dict(
        _AUTHENTICATE_SQL, [claims.subject, claims.family_id]
    )
    if not rows:
        raise NotAuthenticated("unknown or deactivated user")
    row = rows[0]
    valid_after = row["tokens_valid_after"]
    if valid_after is not None and claims.issued_at <= valid_after:
        raise NotAuthenticated("token revoked")
    if row["session_closed"]:
        raise NotAuthenticated("session logged out")
    return Actor(
        user_id=claims.subject,
        role=Role(row["role"]),
        coach_id=row["coach_id"],
        athlete_id=row["athlete_id"],
        client=client,
        session_id=claims.family_id,
        expires_at=claims.expires_at,
    )
