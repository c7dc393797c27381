"""Accounts: registering coaches and athletes (with a coach's invite code), admins, deactivation,
and the Account view the API shows of a user."""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from app import clock
from app.athletes.models import AthleteProfile, Coach, InviteCode, PrimaryGoal
from app.audit import service as audit
from app.auth import passwords, throttle
from app.auth.models import RefreshToken, User
from app.auth.tokens import hash_secret
from app.core.actor import Actor, ClientInfo, Role
from app.core.errors import (
    Collector,
    ErrorCode,
    PermissionDenied,
    ValidationFailed,
)
from app.core.validation import normalize_email, text_length, timezone_name
from app.events.models import sessions_revoked
from app.events.publish import publish
from app.settings import Settings


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


async def _create_user(email: str, password_hash: str, role: Role) -> User:
    """The user row; the password was hashed beforehand, outside any transaction: Argon2 takes
    tens of milliseconds of CPU, and no database connection or lock waits on it."""
    try:
        return await User.create(email=email, password_hash=password_hash, role=role)
    except IntegrityError as exc:  # a concurrent registration won the race
        raise ValidationFailed.one(
            "email", ErrorCode.ALREADY_EXISTS, "An account with this email already exists."
        ) from exc


async def register_coach(
    *, email: str, password: str, display_name: str, client: ClientInfo, settings: Settings | None = None
) -> User:
    """Create a coach account and its Coach profile (registrations are throttled per client)."""
    errors = Collector()
    email = normalize_email(email, errors)
    passwords.check_password_policy(password, errors)
    name = text_length(display_name, errors, "displayName", min_length=2, max_length=100)
    errors.raise_if_any()
    password_hash = await passwords.hash_password(password)
    async with in_transaction() as connection:
        if settings is not None:
            await throttle.count_or_refuse(
                connection,
                throttle.REGISTRATION,
                settings,
                client_key=(client.ip or "unknown")[:64],
                limit=settings.registration_max_per_window,
            )
        await _ensure_email_free(email)
        user = await _create_user(email, password_hash, Role.COACH)
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
    password_hash = await passwords.hash_password(password)
    async with in_transaction():
        await _ensure_email_free(email)
        user = await _create_user(email, password_hash, Role.ADMIN)
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
    async with in_transaction() as connection:
        await throttle.count_or_refuse(
            connection,
            throttle.INVITE,
            settings,
            account_key=str(actor.coach_id),
            limit=settings.invite_max_per_window,
        )
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
    password_hash = await passwords.hash_password(password)
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
        user = await _create_user(email, password_hash, Role.ATHLETE)
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
