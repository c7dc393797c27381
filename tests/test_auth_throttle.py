"""Login and refresh throttling: per account, per client, and not multiplied by aliases or batches."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import httpx
import pytest
from argon2 import PasswordHasher, Type
from tortoise import connections
from tortoise.backends.base.client import TransactionalDBClient

from app import clock
from app.athletes.models import InviteCode
from app.auth import passwords
from app.auth import service as auth
from app.auth.models import AuthAttempt, RefreshToken, User
from app.core.actor import ClientInfo
from app.core.errors import ErrorCode, ValidationFailed
from app.settings import Settings
from graphql_schema.view import GraphQLEndpoint
from tests.helpers import CLIENT, LOGIN, PASSWORD, PINNED_NOW, gql, make_coach, make_settings

pytestmark = pytest.mark.usefixtures("fixed_clock")

WRONG = "Wrong-Password-99"
THROTTLED = [
    {
        "field": None,
        "code": "THROTTLED",
        "message": "Too many attempts; wait a few minutes and try again.",
    }
]
INVALID_CREDENTIALS = [
    {"field": None, "code": "INVALID_CREDENTIALS", "message": "Email or password is incorrect."}
]


async def login(client: httpx.AsyncClient, email: str, password: str) -> dict[str, Any]:
    result = (await gql(client, LOGIN, {"input": {"email": email, "password": password}}))["data"]["login"]
    return {"errors": result["errors"], "ok": result["accessToken"] is not None}


def client_from(app: Any, ip: str) -> httpx.AsyncClient:
    transport = httpx.ASGITransport(app=app, client=(ip, 40000))
    return httpx.AsyncClient(
        transport=transport, base_url="http://testserver", headers={"user-agent": "other/1.0"}
    )


async def test_failed_logins_are_recorded_for_throttling(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    await make_coach(settings)

    await login(client, "Coach@Example.com", WRONG)
    await login(client, "nobody@example.com", WRONG)

    attempts = (
        await AuthAttempt.filter(kind="login_failure")
        .order_by("account_key")
        .values_list("account_key", "client_key", "attempted_at")
    )
    assert attempts == [
        ("coach@example.com", "203.0.113.7", PINNED_NOW),
        ("nobody@example.com", "203.0.113.7", PINNED_NOW),
    ]


async def test_an_account_is_throttled_after_max_failures_until_the_window_passes(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: clock.FixedClock
) -> None:
    await make_coach(settings)
    for _ in range(settings.login_max_failures):
        assert await login(client, "coach@example.com", WRONG) == {
            "errors": INVALID_CREDENTIALS,
            "ok": False,
        }
    tokens_before = await RefreshToken.all().count()

    right_password = await login(client, "coach@example.com", PASSWORD)

    assert right_password == {"errors": THROTTLED, "ok": False}
    assert await RefreshToken.all().count() == tokens_before
    fixed_clock.set(PINNED_NOW + timedelta(seconds=settings.login_window_seconds - 1))
    assert await login(client, "coach@example.com", PASSWORD) == {"errors": THROTTLED, "ok": False}
    fixed_clock.set(PINNED_NOW + timedelta(seconds=settings.login_window_seconds + 1))
    assert await login(client, "coach@example.com", PASSWORD) == {"errors": [], "ok": True}


async def test_the_account_limit_ignores_the_case_of_the_email(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    await make_coach(settings)
    for i in range(settings.login_max_failures):
        await login(client, ("COACH" if i % 2 else "coach") + "@Example.com", WRONG)

    assert await login(client, "coach@example.com", PASSWORD) == {"errors": THROTTLED, "ok": False}


async def test_a_successful_login_clears_the_account_failures(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    await make_coach(settings)
    for _ in range(settings.login_max_failures - 1):
        await login(client, "coach@example.com", WRONG)
    assert (await login(client, "coach@example.com", PASSWORD))["ok"] is True

    for _ in range(settings.login_max_failures - 1):
        assert (await login(client, "coach@example.com", WRONG))["errors"] == INVALID_CREDENTIALS
    assert (await login(client, "coach@example.com", PASSWORD))["ok"] is True


async def test_one_client_is_throttled_across_many_accounts(
    app: Any, client: httpx.AsyncClient, settings: Settings
) -> None:
    await make_coach(settings)
    for i in range(settings.login_client_max_failures):
        assert (await login(client, f"guess{i}@example.com", WRONG))["errors"] == INVALID_CREDENTIALS

    assert await login(client, "coach@example.com", PASSWORD) == {"errors": THROTTLED, "ok": False}
    assert await login(client, "another@example.com", WRONG) == {"errors": THROTTLED, "ok": False}
    async with client_from(app, "198.51.100.99") as elsewhere:
        assert await login(elsewhere, "coach@example.com", PASSWORD) == {"errors": [], "ok": True}


async def test_aliases_cannot_multiply_login_attempts(client: httpx.AsyncClient, settings: Settings) -> None:
    await make_coach(settings)
    fields = " ".join(
        f'a{i}: login(input: {{email: "coach@example.com", password: "{WRONG if i < 9 else PASSWORD}"}})'
        " { accessToken errors { field code message } }"
        for i in range(10)
    )

    body = await gql(client, f"mutation {{ {fields} }}")

    results = [body["data"][f"a{i}"] for i in range(10)]
    limit = settings.login_max_failures
    assert [r["errors"] for r in results] == [INVALID_CREDENTIALS] * limit + [THROTTLED] * (10 - limit)
    assert all(r["accessToken"] is None for r in results)  # the right password came too late
    assert await AuthAttempt.filter(kind="login_failure", account_key="coach@example.com").count() == limit


async def test_batched_operations_cannot_multiply_login_attempts(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    await make_coach(settings)
    operation = {
        "query": LOGIN,
        "variables": {"input": {"email": "coach@example.com", "password": WRONG}},
    }

    response = await client.post("/graphql", json=[operation] * settings.max_operations_per_request)

    assert response.status_code == 200, response.text
    errors = [item["data"]["login"]["errors"] for item in response.json()]
    limit = settings.login_max_failures
    assert errors == [INVALID_CREDENTIALS] * limit + [THROTTLED] * (
        settings.max_operations_per_request - limit
    )
    assert await AuthAttempt.filter(kind="login_failure").count() == limit


async def test_refresh_is_throttled_per_account(settings: Settings) -> None:
    strict = make_settings(REFRESH_MAX_PER_WINDOW=2)
    coach = await make_coach(settings)
    client = ClientInfo(ip="192.0.2.10", user_agent="app")
    token = coach.refresh_token
    for _ in range(2):
        token = (await auth.refresh(refresh_token=token, settings=strict, client=client)).refresh_token

    with pytest.raises(ValidationFailed) as refused:
        await auth.refresh(refresh_token=token, settings=strict, client=client)
    assert [e.code for e in refused.value.errors] == [ErrorCode.THROTTLED]

    clock.set_clock(clock.FixedClock(PINNED_NOW + timedelta(seconds=strict.login_window_seconds + 1)))
    assert (await auth.refresh(refresh_token=token, settings=strict, client=client)).user.id == coach.user.id


async def test_concurrent_requests_cannot_overshoot_the_account_limit(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    import asyncio

    await make_coach(settings)
    attempts = settings.login_max_failures + 3

    results = await asyncio.gather(*(login(client, "coach@example.com", WRONG) for _ in range(attempts)))

    errors = sorted(r["errors"][0]["code"] for r in results)
    assert errors == ["INVALID_CREDENTIALS"] * settings.login_max_failures + ["THROTTLED"] * 3
    assert await AuthAttempt.filter(kind="login_failure").count() == settings.login_max_failures


async def test_attempts_that_left_the_window_are_forgotten(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: Any
) -> None:
    # given failures for two accounts, then a window's time passes
    await login(client, "one@example.com", WRONG)
    await login(client, "two@example.com", WRONG)
    fixed_clock.set(PINNED_NOW + timedelta(seconds=settings.login_window_seconds + 1))

    # when another failure is recorded
    await login(client, "three@example.com", WRONG)

    # then only that one remains: the table holds one window of attempts, not all of history
    assert await AuthAttempt.filter(kind="login_failure").values_list("account_key", flat=True) == [
        "three@example.com"
    ]


REGISTER = "mutation($i: RegisterCoachInput!) { registerCoach(input: $i) { user { id } errors { code } } }"
INVITE = "mutation { createInvite(input: {}) { code errors { code } } }"


async def test_coach_registrations_are_throttled_per_client(app: Any, database: Any) -> None:
    strict = make_settings(REGISTRATION_MAX_PER_WINDOW=2)
    endpoint = GraphQLEndpoint(strict)
    transport = httpx.ASGITransport(app=endpoint, client=("203.0.113.9", 4000))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        answers = []
        for index in range(3):
            variables = {
                "i": {"email": f"c{index}@example.com", "password": PASSWORD, "displayName": "Coach"}
            }
            body = (await http.post("/graphql", json={"query": REGISTER, "variables": variables})).json()
            answers.append(body["data"]["registerCoach"]["errors"])

    assert answers == [[], [], [{"code": "THROTTLED"}]]
    assert await User.filter(email__startswith="c").count() == 2


async def test_invites_are_throttled_per_coach(client: httpx.AsyncClient, settings: Settings) -> None:
    coach = await make_coach(settings)
    strict = make_settings(INVITE_MAX_PER_WINDOW=3)
    transport = httpx.ASGITransport(app=GraphQLEndpoint(strict))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        codes = [
            (
                await http.post(
                    "/graphql", json={"query": INVITE}, headers={"authorization": f"Bearer {coach.token}"}
                )
            ).json()["data"]["createInvite"]["errors"]
            for _ in range(4)
        ]

    assert codes == [[], [], [], [{"code": "THROTTLED"}]]
    assert await InviteCode.all().count() == 3


class _WatchingHasher(PasswordHasher):
    """Records, for every hash and verification, whether a database transaction was open."""

    def __init__(self, inside: list[bool]) -> None:
        super().__init__(time_cost=1, memory_cost=1024, parallelism=1, type=Type.ID)
        self.inside = inside

    def hash(self, password: str | bytes, *, salt: bytes | None = None) -> str:
        self.inside.append(isinstance(connections.get("default"), TransactionalDBClient))
        return super().hash(password, salt=salt)

    def verify(self, hash: str | bytes, password: str | bytes) -> bool:
        self.inside.append(isinstance(connections.get("default"), TransactionalDBClient))
        return super().verify(hash, password)


async def test_argon2_never_runs_inside_a_transaction(client: httpx.AsyncClient, settings: Settings) -> None:
    inside: list[bool] = []
    passwords.set_hasher(_WatchingHasher(inside))
    coach = await make_coach(settings)  # registers (hash) and logs in (verify)
    with pytest.raises(ValidationFailed):
        await auth.login(
            email=coach.user.email, password="Wrong-Password-1", settings=settings, client=CLIENT
        )
    with pytest.raises(ValidationFailed):
        await auth.login(
            email="nobody@example.com", password="Wrong-Password-1", settings=settings, client=CLIENT
        )
    invite = await auth.create_invite(actor=coach.actor, settings=settings)
    await auth.register_athlete(
        invite_code=invite.code, email="a@example.com", password=PASSWORD, display_name="A", client=CLIENT
    )

    assert len(inside) == 5
    assert inside == [False] * 5
