"""Accounts over HTTP: registration, invites, login, refresh rotation, logout, `me`, admins."""

from __future__ import annotations

import hashlib
import uuid
from datetime import timedelta
from typing import Any

import httpx
import pytest

from app import clock
from app.athletes.models import AthleteProfile, Coach, InviteCode
from app.audit.models import AuditLog
from app.auth.models import RefreshToken, User
from app.auth.tokens import TokenType, decode_token
from app.core.actor import Role
from app.db.config import DatabaseAddress
from app.settings import Settings
from tests.helpers import (
    CREATE_INVITE,
    LOGIN,
    LOGOUT,
    ME,
    PASSWORD,
    PINNED_NOW,
    REFRESH,
    REGISTER_ATHLETE,
    REGISTER_COACH,
    cli_env,
    database_url,
    error_codes,
    gql,
    make_admin,
    make_athlete,
    make_coach,
    rows_containing,
    run_cli,
    table_counts,
)

pytestmark = pytest.mark.usefixtures("fixed_clock")


async def register_coach(client: httpx.AsyncClient, **overrides: str) -> dict[str, Any]:
    values = {
        "email": "coach@example.com",
        "password": PASSWORD,
        "displayName": "Coach Carter",
    } | overrides
    return (await gql(client, REGISTER_COACH, {"input": values}))["data"]["registerCoach"]


async def login(client: httpx.AsyncClient, email: str, password: str = PASSWORD) -> dict[str, Any]:
    return (await gql(client, LOGIN, {"input": {"email": email, "password": password}}))["data"]["login"]


async def refresh(client: httpx.AsyncClient, token: str) -> dict[str, Any]:
    return (await gql(client, REFRESH, {"input": {"refreshToken": token}}))["data"]["refreshToken"]


async def me(client: httpx.AsyncClient, token: str) -> dict[str, Any]:
    return await gql(client, ME, token=token)


async def create_invite(client: httpx.AsyncClient, token: str, email: str | None = None) -> dict[str, Any]:
    return await gql(client, CREATE_INVITE, {"input": {"email": email}}, token=token)


async def register_athlete(client: httpx.AsyncClient, code: str, **overrides: str) -> dict[str, Any]:
    values = {
        "inviteCode": code,
        "email": "athlete@example.com",
        "password": PASSWORD,
        "displayName": "Athlete One",
        "timezone": "Europe/Oslo",
    } | overrides
    return (await gql(client, REGISTER_ATHLETE, {"input": values}))["data"]["registerAthlete"]


INVALID_INVITE = [
    {"field": "inviteCode", "code": "INVALID_INVITE", "message": "This invite code is not valid."}
]
INVALID_CREDENTIALS = [
    {"field": None, "code": "INVALID_CREDENTIALS", "message": "Email or password is incorrect."}
]
INVALID_REFRESH = [
    {
        "field": "refreshToken",
        "code": "INVALID_TOKEN",
        "message": "The refresh token is invalid or expired.",
    }
]
UNAUTHENTICATED = ["UNAUTHENTICATED"]


# --- registerCoach ---------------------------------------------------------------------------


async def test_register_coach_lowercases_the_email_and_stores_only_an_argon2id_hash(
    client: httpx.AsyncClient,
) -> None:
    result = await register_coach(client, email="  Coach.Carter@Example.COM ", displayName="  Coach Carter ")

    assert result["errors"] == []
    assert result["user"]["email"] == "coach.carter@example.com"
    assert result["user"]["role"] == "COACH"
    user = await User.get(id=result["user"]["id"])
    assert user.email == "coach.carter@example.com"
    assert user.role is Role.COACH
    assert user.password_hash.startswith("$argon2id$")
    coach = await Coach.get(user_id=user.id)
    assert coach.display_name == "Coach Carter"
    assert await rows_containing(PASSWORD) == []


@pytest.mark.parametrize("email", ["not-an-email", "two@@example.com", "a@b", "", "x" * 250 + "@example.com"])
async def test_register_coach_refuses_an_invalid_email_and_writes_nothing(
    client: httpx.AsyncClient, email: str
) -> None:
    before = await table_counts()

    result = await register_coach(client, email=email)

    assert result["user"] is None
    assert [(e["field"], e["code"]) for e in result["errors"]] == [
        ("email", "TOO_LONG" if len(email) > 255 else "INVALID_EMAIL")
    ]
    assert await table_counts() == before


async def test_register_coach_refuses_a_taken_email_in_any_case(client: httpx.AsyncClient) -> None:
    await register_coach(client, email="coach@example.com")
    before = await table_counts()

    result = await register_coach(client, email="COACH@example.com")

    assert result == {
        "user": None,
        "errors": [
            {
                "field": "email",
                "code": "ALREADY_EXISTS",
                "message": "An account with this email already exists.",
            }
        ],
    }
    assert await table_counts() == before


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("Short1Pass", "Password must be at least 12 characters."),
        ("lowercase-only-42", "Password must contain an upper-case letter."),
        ("UPPERCASE-ONLY-42", "Password must contain a lower-case letter."),
        ("No-Digits-At-All", "Password must contain a digit."),
    ],
)
async def test_register_coach_enforces_each_password_rule(
    client: httpx.AsyncClient, password: str, message: str
) -> None:
    before = await table_counts()

    result = await register_coach(client, password=password)

    assert result == {
        "user": None,
        "errors": [{"field": "password", "code": "WEAK_PASSWORD", "message": message}],
    }
    assert await table_counts() == before


async def test_register_coach_reports_every_problem_at_once(client: httpx.AsyncClient) -> None:
    result = await register_coach(client, email="nope", password="weak", displayName="X")

    assert [(e["field"], e["code"]) for e in result["errors"]] == [
        ("email", "INVALID_EMAIL"),
        ("password", "WEAK_PASSWORD"),
        ("password", "WEAK_PASSWORD"),
        ("displayName", "TOO_SHORT"),
    ]
    assert await User.all().count() == 0


# --- createInvite / registerAthlete ------------------------------------------------------------


async def test_coach_creates_a_single_use_invite_stored_as_a_hash(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    coach = await make_coach(settings)

    body = await create_invite(client, coach.token)

    invite = body["data"]["createInvite"]
    assert invite["errors"] == []
    assert invite["email"] is None
    assert invite["expiresAt"] == (PINNED_NOW + timedelta(days=7)).isoformat()
    assert len(invite["code"]) >= 16
    row = await InviteCode.get()
    assert row.coach_id == coach.coach.id  # type: ignore[union-attr]
    assert row.code_hash == hashlib.sha256(invite["code"].encode()).hexdigest()
    assert (row.used_at, row.used_by_id) == (None, None)
    assert await rows_containing(invite["code"]) == []


async def test_create_invite_can_bind_the_code_to_one_email(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    coach = await make_coach(settings)

    invite = (await create_invite(client, coach.token, email="Runner@Example.com"))["data"]["createInvite"]

    assert invite["email"] == "runner@example.com"
    assert (await InviteCode.get()).email == "runner@example.com"


async def test_athletes_and_admins_may_not_create_invites(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    admin = await make_admin(settings)
    before = await table_counts()

    for account in (athlete, admin):
        body = await create_invite(client, account.token)
        assert body["data"] is None
        assert error_codes(body) == ["FORBIDDEN"]
        assert body["errors"][0]["message"] == "Only coaches can invite athletes."

    assert await table_counts() == before


async def test_an_athlete_registers_with_an_invite_and_joins_that_coach(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: clock.FixedClock
) -> None:
    coach = await make_coach(settings)
    code = (await create_invite(client, coach.token))["data"]["createInvite"]["code"]
    fixed_clock.set(PINNED_NOW + timedelta(hours=1))

    result = await register_athlete(client, code, email="Athlete@Example.com")

    assert result["errors"] == []
    assert result["user"]["email"] == "athlete@example.com"
    assert result["user"]["role"] == "ATHLETE"
    profile = await AthleteProfile.get(user_id=result["user"]["id"])
    assert profile.coach_id == coach.coach.id  # type: ignore[union-attr]
    assert (profile.display_name, profile.timezone) == ("Athlete One", "Europe/Oslo")
    invite = await InviteCode.get()
    assert invite.used_at == PINNED_NOW + timedelta(hours=1)
    assert str(invite.used_by_id) == result["user"]["id"]
    assert (await User.get(id=result["user"]["id"])).password_hash.startswith("$argon2id$")


async def test_an_invite_works_only_once(client: httpx.AsyncClient, settings: Settings) -> None:
    coach = await make_coach(settings)
    code = (await create_invite(client, coach.token))["data"]["createInvite"]["code"]
    assert (await register_athlete(client, code))["errors"] == []
    before = await table_counts()

    result = await register_athlete(client, code, email="second@example.com")

    assert result == {"user": None, "errors": INVALID_INVITE}
    assert await table_counts() == before


async def test_an_unknown_invite_code_is_refused(client: httpx.AsyncClient, settings: Settings) -> None:
    coach = await make_coach(settings)
    await create_invite(client, coach.token)
    before = await table_counts()

    for code in ("not-a-code", "", "x" * 500):
        assert await register_athlete(client, code) == {"user": None, "errors": INVALID_INVITE}

    assert await table_counts() == before


async def test_an_expired_invite_is_refused(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: clock.FixedClock
) -> None:
    coach = await make_coach(settings)
    code = (await create_invite(client, coach.token))["data"]["createInvite"]["code"]
    fixed_clock.set(PINNED_NOW + timedelta(seconds=settings.invite_ttl_seconds))
    before = await table_counts()

    result = await register_athlete(client, code)

    assert result == {"user": None, "errors": INVALID_INVITE}
    assert await table_counts() == before
    invite = await InviteCode.get()
    assert (invite.used_at, invite.used_by_id) == (None, None)


async def test_an_invite_just_before_expiry_still_works(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: clock.FixedClock
) -> None:
    coach = await make_coach(settings)
    code = (await create_invite(client, coach.token))["data"]["createInvite"]["code"]
    fixed_clock.set(PINNED_NOW + timedelta(seconds=settings.invite_ttl_seconds - 1))

    assert (await register_athlete(client, code))["errors"] == []


async def test_an_email_bound_invite_refuses_other_emails(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    coach = await make_coach(settings)
    code = (await create_invite(client, coach.token, email="runner@example.com"))["data"]["createInvite"][
        "code"
    ]
    before = await table_counts()

    refused = await register_athlete(client, code, email="someone.else@example.com")

    assert refused == {"user": None, "errors": INVALID_INVITE}
    assert await table_counts() == before
    accepted = await register_athlete(client, code, email="RUNNER@example.com")
    assert accepted["errors"] == []
    assert accepted["user"]["email"] == "runner@example.com"


async def test_register_athlete_validates_before_spending_the_invite(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    coach = await make_coach(settings)
    code = (await create_invite(client, coach.token))["data"]["createInvite"]["code"]
    before = await table_counts()

    result = await register_athlete(client, code, password="weak", timezone="Mars/Olympus_Mons")

    assert [(e["field"], e["code"]) for e in result["errors"]] == [
        ("password", "WEAK_PASSWORD"),
        ("password", "WEAK_PASSWORD"),
        ("timezone", "INVALID_TIMEZONE"),
    ]
    assert await table_counts() == before
    assert (await register_athlete(client, code))["errors"] == []  # the code still works


# --- login ----------------------------------------------------------------------------------


async def test_login_returns_a_15_minute_access_token_and_a_refresh_token(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    coach = await make_coach(settings)

    result = await login(client, "COACH@example.com")

    assert result["errors"] == []
    assert result["user"] == {
        "id": str(coach.user.id),
        "email": "coach@example.com",
        "role": "COACH",
    }
    assert result["accessTokenExpiresAt"] == (PINNED_NOW + timedelta(minutes=15)).isoformat()
    assert result["refreshTokenExpiresAt"] == (PINNED_NOW + timedelta(days=14)).isoformat()
    access = decode_token(
        result["accessToken"], settings=settings, expected_type=TokenType.ACCESS, now=PINNED_NOW
    )
    assert access.subject == coach.user.id
    assert access.expires_at - access.issued_at == timedelta(minutes=15)
    refresh_claims = decode_token(
        result["refreshToken"], settings=settings, expected_type=TokenType.REFRESH, now=PINNED_NOW
    )
    assert refresh_claims.subject == coach.user.id
    assert (await User.get(id=coach.user.id)).last_login_at == PINNED_NOW
    assert await me(client, result["accessToken"]) == {
        "data": {"me": {"id": str(coach.user.id), "email": "coach@example.com", "role": "COACH"}}
    }


async def test_a_wrong_password_and_an_unknown_email_fail_identically(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    await make_coach(settings)

    wrong_password = await login(client, "coach@example.com", "Wrong-Password-1")
    unknown_email = await login(client, "nobody@example.com", "Wrong-Password-1")

    empty = {
        "accessToken": None,
        "accessTokenExpiresAt": None,
        "refreshToken": None,
        "refreshTokenExpiresAt": None,
        "user": None,
    }
    assert wrong_password == unknown_email == empty | {"errors": INVALID_CREDENTIALS}
    assert await RefreshToken.all().count() == 1  # only make_coach's own login


async def test_a_deactivated_account_cannot_log_in(client: httpx.AsyncClient, settings: Settings) -> None:
    coach = await make_coach(settings)
    await User.filter(id=coach.user.id).update(is_active=False)

    assert (await login(client, "coach@example.com"))["errors"] == INVALID_CREDENTIALS
    assert error_codes(await me(client, coach.token)) == UNAUTHENTICATED


async def test_refresh_tokens_are_stored_only_as_sha256_hashes(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    await make_coach(settings)

    result = await login(client, "coach@example.com")

    row = await RefreshToken.get(token_hash=hashlib.sha256(result["refreshToken"].encode()).hexdigest())
    assert row.expires_at == PINNED_NOW + timedelta(days=14)
    assert await rows_containing(result["refreshToken"]) == []
    assert await rows_containing(result["accessToken"]) == []


# --- refreshToken -----------------------------------------------------------------------------


async def test_refresh_rotates_the_pair_and_refuses_the_old_refresh_token(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: clock.FixedClock
) -> None:
    coach = await make_coach(settings)
    first = await login(client, "coach@example.com")
    fixed_clock.set(PINNED_NOW + timedelta(minutes=5))

    second = await refresh(client, first["refreshToken"])

    assert second["errors"] == []
    assert second["user"]["id"] == str(coach.user.id)
    assert second["refreshToken"] != first["refreshToken"]
    assert second["accessTokenExpiresAt"] == (PINNED_NOW + timedelta(minutes=20)).isoformat()
    assert (await me(client, second["accessToken"]))["data"]["me"]["id"] == str(coach.user.id)
    old_row = await RefreshToken.get(token_hash=hashlib.sha256(first["refreshToken"].encode()).hexdigest())
    new_row = await RefreshToken.get(token_hash=hashlib.sha256(second["refreshToken"].encode()).hexdigest())
    assert old_row.used_at == PINNED_NOW + timedelta(minutes=5)
    assert new_row.family_id == old_row.family_id
    third = await refresh(client, second["refreshToken"])
    assert third["errors"] == []


async def test_reusing_a_rotated_refresh_token_revokes_the_whole_family(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    await make_coach(settings)
    other_session = await login(client, "coach@example.com")
    first = await login(client, "coach@example.com")
    second = await refresh(client, first["refreshToken"])

    replay = await refresh(client, first["refreshToken"])

    assert replay["errors"] == INVALID_REFRESH
    assert replay["accessToken"] is None
    assert (await refresh(client, second["refreshToken"]))["errors"] == INVALID_REFRESH  # the newest, too
    family = await RefreshToken.filter(
        token_hash=hashlib.sha256(second["refreshToken"].encode()).hexdigest()
    ).first()
    assert family is not None and family.revoked_reason == "reuse"
    assert (await refresh(client, other_session["refreshToken"]))["errors"] == []  # other sessions live on


async def test_refresh_refuses_garbage_access_tokens_and_expired_tokens(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: clock.FixedClock
) -> None:
    await make_coach(settings)
    tokens = await login(client, "coach@example.com")
    before = await table_counts()

    assert (await refresh(client, "garbage"))["errors"] == INVALID_REFRESH
    assert (await refresh(client, tokens["accessToken"]))["errors"] == INVALID_REFRESH
    assert await table_counts() == before
    fixed_clock.set(PINNED_NOW + timedelta(seconds=settings.refresh_token_ttl_seconds))
    assert (await refresh(client, tokens["refreshToken"]))["errors"] == INVALID_REFRESH


# --- logout ---------------------------------------------------------------------------------


async def test_logout_revokes_the_session_refresh_token(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    await make_coach(settings)
    session = await login(client, "coach@example.com")
    other = await login(client, "coach@example.com")

    result = await gql(
        client,
        LOGOUT,
        {"input": {"refreshToken": session["refreshToken"]}},
        token=session["accessToken"],
    )

    assert result == {"data": {"logout": {"revokedCount": 1, "errors": []}}}
    assert (await refresh(client, session["refreshToken"]))["errors"] == INVALID_REFRESH
    assert (await refresh(client, other["refreshToken"]))["errors"] == []


async def test_logout_refuses_another_users_refresh_token(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    coach = await make_coach(settings)
    other = await make_coach(settings, email="other@example.com")
    before = await table_counts()

    result = await gql(client, LOGOUT, {"input": {"refreshToken": other.refresh_token}}, token=coach.token)

    assert result == {"data": {"logout": {"revokedCount": 0, "errors": INVALID_REFRESH}}}
    assert await table_counts() == before
    assert (await refresh(client, other.refresh_token))["errors"] == []


async def test_logout_everywhere_refuses_earlier_access_tokens_and_every_refresh_token(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: clock.FixedClock
) -> None:
    coach = await make_coach(settings)
    laptop = await login(client, "coach@example.com")
    fixed_clock.set(PINNED_NOW + timedelta(minutes=1))

    result = await gql(client, LOGOUT, {"input": {"everywhere": True}}, token=laptop["accessToken"])

    assert result == {"data": {"logout": {"revokedCount": 2, "errors": []}}}
    for token in (coach.token, laptop["accessToken"]):
        assert error_codes(await me(client, token)) == UNAUTHENTICATED
    for token in (coach.refresh_token, laptop["refreshToken"]):
        assert (await refresh(client, token))["errors"] == INVALID_REFRESH
    fixed_clock.set(PINNED_NOW + timedelta(minutes=2))
    fresh = await login(client, "coach@example.com")
    assert (await me(client, fresh["accessToken"]))["data"]["me"]["id"] == str(coach.user.id)


async def test_logging_in_again_right_after_logout_everywhere_works(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: clock.FixedClock
) -> None:
    coach = await make_coach(settings)
    fixed_clock.set(PINNED_NOW + timedelta(minutes=1, microseconds=250_000))
    await gql(client, LOGOUT, {"input": {"everywhere": True}}, token=coach.token)
    fixed_clock.set(PINNED_NOW + timedelta(minutes=1, microseconds=750_000))  # the same second

    fresh = await login(client, "coach@example.com")

    assert (await me(client, fresh["accessToken"]))["data"]["me"]["id"] == str(coach.user.id)
    assert error_codes(await me(client, coach.token)) == UNAUTHENTICATED


async def test_logout_needs_a_token(client: httpx.AsyncClient) -> None:
    body = await gql(client, LOGOUT, {"input": {"everywhere": True}})

    assert body["data"] is None
    assert error_codes(body) == UNAUTHENTICATED


# --- me -------------------------------------------------------------------------------------


async def test_me_returns_the_caller_with_their_profile(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    query = "{ me { email role coach { displayName } athlete { displayName } } }"

    as_coach = await gql(client, query, token=coach.token)
    as_athlete = await gql(client, query, token=athlete.token)

    assert as_coach == {
        "data": {
            "me": {
                "email": "coach@example.com",
                "role": "COACH",
                "coach": {"displayName": "Coach Carter"},
                "athlete": None,
            }
        }
    }
    assert as_athlete == {
        "data": {
            "me": {
                "email": "athlete@example.com",
                "role": "ATHLETE",
                "coach": None,
                "athlete": {"displayName": "Athlete One"},
            }
        }
    }


async def test_me_without_a_token_is_unauthenticated(client: httpx.AsyncClient) -> None:
    body = await gql(client, ME)

    assert body["data"] is None
    assert error_codes(body) == UNAUTHENTICATED
    assert body["errors"][0]["message"] == "Authentication required: send a valid access token."


# --- admins -----------------------------------------------------------------------------------


async def test_create_admin_command_creates_an_admin_who_can_log_in(
    client: httpx.AsyncClient, database: DatabaseAddress
) -> None:
    env = cli_env(
        APP_ENV="test",
        DATABASE_URL=database_url(database),
        COACHGRAPH_ADMIN_PASSWORD="Admin-Password-2026",
    )

    result = run_cli("create-admin", "--email", "Root@Example.com", env=env)

    assert result.returncode == 0, result.stderr
    user = await User.get(email="root@example.com")
    assert result.stdout.strip() == f"admin root@example.com created ({user.id})"
    assert user.role is Role.ADMIN
    assert user.password_hash.startswith("$argon2id$")
    assert await AuditLog.filter(action="create_admin", user_id=user.id, entity_id=user.id).count() == 1
    tokens = await login(client, "root@example.com", "Admin-Password-2026")
    assert tokens["user"]["role"] == "ADMIN"


async def test_create_admin_command_refuses_a_weak_password(database: DatabaseAddress) -> None:
    env = cli_env(
        APP_ENV="test",
        DATABASE_URL=database_url(database),
        COACHGRAPH_ADMIN_PASSWORD="weak",
        LOG_LEVEL="warning",
    )

    result = run_cli("create-admin", "--email", "root@example.com", env=env)

    assert result.returncode == 1
    assert result.stderr == (
        "coachgraph: password: Password must be at least 12 characters.;"
        " password: Password must contain an upper-case letter, a digit.\n"
    )
    assert await User.all().count() == 0


async def test_ids_in_tokens_must_name_an_existing_user(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    from app.auth.tokens import encode_token

    ghost = encode_token(
        settings=settings,
        subject=uuid.uuid4(),
        token_type=TokenType.ACCESS,
        now=PINNED_NOW,
        ttl=timedelta(minutes=5),
    )

    assert error_codes(await me(client, ghost)) == UNAUTHENTICATED


async def test_a_deactivated_account_cannot_refresh(client: httpx.AsyncClient, settings: Settings) -> None:
    coach = await make_coach(settings)
    await User.filter(id=coach.user.id).update(is_active=False)

    assert (await refresh(client, coach.refresh_token))["errors"] == INVALID_REFRESH
    row = await RefreshToken.get(token_hash=hashlib.sha256(coach.refresh_token.encode()).hexdigest())
    assert row.used_at is None
