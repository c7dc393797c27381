"""The audit log: every account mutation writes who, what, which entity, when and from where; rows
can never be changed or deleted."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from tortoise import connections
from tortoise.exceptions import OperationalError

from app.athletes.models import AthleteProfile, Coach, InviteCode
from app.audit import service as audit
from app.audit.models import AuditLog
from app.auth.models import User
from app.core.actor import ClientInfo
from tests.helpers import (
    CREATE_INVITE,
    LOGIN,
    LOGOUT,
    PASSWORD,
    REFRESH,
    REGISTER_ATHLETE,
    REGISTER_COACH,
    gql,
)

IP, AGENT = "203.0.113.7", "coachgraph-tests/1.0"  # the `client` fixture's address and user agent
FIELDS = ("action", "user_id", "entity_type", "entity_id", "metadata", "ip_address", "user_agent")


async def audit_rows() -> list[tuple[Any, ...]]:
    rows = await AuditLog.all().order_by("created_at").values_list(*FIELDS)
    return [tuple(row) for row in rows]


async def test_each_account_mutation_writes_one_exact_audit_row(client: httpx.AsyncClient) -> None:
    started = datetime.now(UTC)

    coach_payload = await gql(
        client,
        REGISTER_COACH,
        {
            "input": {
                "email": "coach@example.com",
                "password": PASSWORD,
                "displayName": "Coach Carter",
            }
        },
    )
    coach_user = await User.get(email="coach@example.com")
    coach = await Coach.get(user_id=coach_user.id)
    session = (await gql(client, LOGIN, {"input": {"email": "coach@example.com", "password": PASSWORD}}))[
        "data"
    ]["login"]
    invite = (await gql(client, CREATE_INVITE, {"input": {}}, token=session["accessToken"]))["data"][
        "createInvite"
    ]
    invite_row = await InviteCode.get()
    await gql(
        client,
        REGISTER_ATHLETE,
        {
            "input": {
                "inviteCode": invite["code"],
                "email": "athlete@example.com",
                "password": PASSWORD,
                "displayName": "Ath",
            }
        },
    )
    athlete_user = await User.get(email="athlete@example.com")
    athlete = await AthleteProfile.get(user_id=athlete_user.id)
    await gql(client, LOGIN, {"input": {"email": "coach@example.com", "password": "Wrong-Password-1"}})
    await gql(client, LOGIN, {"input": {"email": "nobody@example.com", "password": "Wrong-Password-1"}})
    rotated = (await gql(client, REFRESH, {"input": {"refreshToken": session["refreshToken"]}}))["data"][
        "refreshToken"
    ]
    await gql(
        client,
        LOGOUT,
        {"input": {"refreshToken": rotated["refreshToken"]}},
        token=rotated["accessToken"],
    )

    assert coach_payload["data"]["registerCoach"]["errors"] == []
    assert await audit_rows() == [
        ("register", coach_user.id, "coach", coach.id, None, IP, AGENT),
        ("login", coach_user.id, "user", coach_user.id, None, IP, AGENT),
        ("create_invite", coach_user.id, "invite_code", invite_row.id, None, IP, AGENT),
        (
            "register",
            athlete_user.id,
            "athlete_profile",
            athlete.id,
            {"invite": str(invite_row.id)},
            IP,
            AGENT,
        ),
        ("login_failed", coach_user.id, None, None, {"email": "coach@example.com"}, IP, AGENT),
        ("login_failed", None, None, None, {"email": "nobody@example.com"}, IP, AGENT),
        ("refresh", coach_user.id, "user", coach_user.id, None, IP, AGENT),
        ("logout", coach_user.id, "user", coach_user.id, {"everywhere": False}, IP, AGENT),
    ]
    created = await AuditLog.all().values_list("created_at", flat=True)
    assert all(started <= when <= datetime.now(UTC) for when in created)


async def test_refresh_token_reuse_and_throttled_logins_are_audited(
    client: httpx.AsyncClient, settings: Any
) -> None:
    await gql(
        client,
        REGISTER_COACH,
        {"input": {"email": "coach@example.com", "password": PASSWORD, "displayName": "Coach"}},
    )
    user = await User.get(email="coach@example.com")
    first = (await gql(client, LOGIN, {"input": {"email": "coach@example.com", "password": PASSWORD}}))[
        "data"
    ]["login"]
    await gql(client, REFRESH, {"input": {"refreshToken": first["refreshToken"]}})
    family = (await user.refresh_tokens.all().first()).family_id  # type: ignore[union-attr]
    for _ in range(settings.login_max_failures):
        await gql(client, LOGIN, {"input": {"email": "coach@example.com", "password": "Wrong-Password-1"}})
    before = await AuditLog.all().count()

    await gql(client, REFRESH, {"input": {"refreshToken": first["refreshToken"]}})
    await gql(client, LOGIN, {"input": {"email": "coach@example.com", "password": PASSWORD}})

    assert (await audit_rows())[before:] == [
        ("refresh_token_reuse", user.id, "user", user.id, {"family": str(family)}, IP, AGENT),
        ("login_throttled", None, None, None, {"email": "coach@example.com"}, IP, AGENT),
    ]


async def test_refused_mutations_write_no_audit_row(client: httpx.AsyncClient) -> None:
    await gql(client, REGISTER_COACH, {"input": {"email": "bad", "password": "weak", "displayName": "X"}})
    await gql(client, CREATE_INVITE, {"input": {}})  # no token

    assert await AuditLog.all().count() == 0


async def test_audit_entries_cannot_be_updated(client: httpx.AsyncClient) -> None:
    entry = await audit.record(
        action="probe", user_id=None, client=ClientInfo(ip="192.0.2.1", user_agent="x")
    )
    conn = connections.get("default")

    with pytest.raises(OperationalError, match="audit_log is append-only"):
        await conn.execute_query("UPDATE audit_log SET action = 'forged' WHERE id = $1", [str(entry.id)])
    with pytest.raises(OperationalError, match="audit_log is append-only"):
        await AuditLog.filter(id=entry.id).update(user_id=uuid.uuid4())
    entry.action = "forged"
    with pytest.raises(OperationalError, match="audit_log is append-only"):
        await entry.save()

    assert await audit_rows() == [("probe", None, None, None, None, "192.0.2.1", "x")]


async def test_audit_entries_cannot_be_deleted(client: httpx.AsyncClient) -> None:
    entry = await audit.record(action="probe", user_id=None, client=ClientInfo())
    conn = connections.get("default")

    with pytest.raises(OperationalError, match="audit_log is append-only"):
        await conn.execute_query("DELETE FROM audit_log")
    with pytest.raises(OperationalError, match="audit_log is append-only"):
        await entry.delete()

    assert await AuditLog.all().count() == 1


async def test_long_client_details_are_cut_to_the_column_sizes() -> None:
    entry = await audit.record(
        action="a" * 150, user_id=None, client=ClientInfo(ip="2001:db8::1", user_agent="u" * 600)
    )

    stored = await AuditLog.get(id=entry.id)
    assert (len(stored.action), stored.ip_address, len(stored.user_agent or "")) == (
        100,
        "2001:db8::1",
        512,
    )
