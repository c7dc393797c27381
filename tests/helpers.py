"""Helpers for tests: GraphQL calls over HTTP, account factories, a SQL statement counter."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from app.athletes.models import AthleteProfile, Coach
from app.auth import service as auth
from app.auth.models import User
from app.core.actor import Actor, ClientInfo
from app.db.config import DatabaseAddress
from app.settings import Settings

PASSWORD = "Correct-Horse-42"
CLIENT = ClientInfo(ip="198.51.100.1", user_agent="factory")


async def gql(
    client: httpx.AsyncClient,
    query: str,
    variables: dict[str, Any] | None = None,
    *,
    token: str | None = None,
    expect_status: int = 200,
) -> dict[str, Any]:
    """POST a GraphQL operation and return the decoded body."""
    headers = {"authorization": f"Bearer {token}"} if token else {}
    response = await client.post(
        "/graphql", json={"query": query, "variables": variables or {}}, headers=headers
    )
    assert response.status_code == expect_status, response.text
    return response.json()


@dataclass
class Account:
    user: User
    token: str
    refresh_token: str
    actor: Actor
    coach: Coach | None = None
    athlete: AthleteProfile | None = None


async def _login(email: str, settings: Settings) -> auth.IssuedTokens:
    return await auth.login(email=email, password=PASSWORD, settings=settings, client=CLIENT)


async def make_coach(
    settings: Settings, email: str = "coach@example.com", name: str = "Coach Carter"
) -> Account:
    user = await auth.register_coach(email=email, password=PASSWORD, display_name=name, client=CLIENT)
    coach = await Coach.get(user_id=user.id)
    tokens = await _login(email, settings)
    actor = Actor(user_id=user.id, role=user.role, coach_id=coach.id, client=CLIENT)
    return Account(user, tokens.access_token, tokens.refresh_token, actor, coach=coach)


async def make_athlete(
    settings: Settings,
    coach: Account,
    email: str = "athlete@example.com",
    name: str = "Athlete One",
    timezone: str = "UTC",
) -> Account:
    invite = await auth.create_invite(actor=coach.actor, settings=settings)
    user = await auth.register_athlete(
        invite_code=invite.code,
        email=email,
        password=PASSWORD,
        display_name=name,
        timezone=timezone,
        client=CLIENT,
    )
    athlete = await AthleteProfile.get(user_id=user.id)
    tokens = await _login(email, settings)
    actor = Actor(user_id=user.id, role=user.role, athlete_id=athlete.id, client=CLIENT)
    return Account(user, tokens.access_token, tokens.refresh_token, actor, athlete=athlete)


async def make_admin(settings: Settings, email: str = "admin@example.com") -> Account:
    user = await auth.create_admin(email=email, password=PASSWORD)
    tokens = await _login(email, settings)
    return Account(
        user, tokens.access_token, tokens.refresh_token, Actor(user_id=user.id, role=user.role, client=CLIENT)
    )


class QueryCounter(logging.Handler):
    """Counts SQL statements Tortoise sends (it logs each one on `tortoise.db_client`)."""

    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.statements: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.statements.append(record.getMessage())

    def __enter__(self) -> QueryCounter:
        logger = logging.getLogger("tortoise.db_client")
        self._previous = logger.level
        logger.setLevel(logging.DEBUG)
        logger.addHandler(self)
        return self

    def __exit__(self, *exc: object) -> None:
        logger = logging.getLogger("tortoise.db_client")
        logger.removeHandler(self)
        logger.setLevel(self._previous)

    @property
    def count(self) -> int:
        return len(self.statements)


# --- command-line helpers (subprocess tests) ---------------------------------------------

REPO_ROOT = Path(__file__).resolve().parents[1]


def cli_env(**overrides: str) -> dict[str, str]:
    """The current environment without any coachgraph setting, plus `overrides`."""
    from app.settings import Settings

    names = {(f.alias or name).upper() for name, f in Settings.model_fields.items()}
    names |= {"COACHGRAPH_ADMIN_PASSWORD", "LOG_LEVEL"}
    env = {k: v for k, v in os.environ.items() if k.upper() not in names}
    env.update(overrides)
    return env


def run_cli(*args: str, env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run `coachgraph <args>` in a child process and wait for it."""
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *args],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def database_url(address: DatabaseAddress) -> str:
    """A DATABASE_URL for `address` (unix socket folders go in the `host` parameter)."""
    if address.host.startswith("/"):
        return f"postgres://{address.user}@/{address.database}?host={address.host}&port={address.port}"
    password = f":{address.password}" if address.password else ""
    return f"postgres://{address.user}{password}@{address.host}:{address.port}/{address.database}"


# --- account operations, as clients send them --------------------------------------------

USER_ERRORS = "errors { field code message }"
REGISTER_COACH = (
    "mutation($input: RegisterCoachInput!) { registerCoach(input: $input) { user { id email role } "
    + USER_ERRORS
    + " } }"
)
REGISTER_ATHLETE = (
    "mutation($input: RegisterAthleteInput!) { registerAthlete(input: $input) { user { id email role } "
    + USER_ERRORS
    + " } }"
)
CREATE_INVITE = (
    "mutation($input: CreateInviteInput!) { createInvite(input: $input) { code expiresAt email "
    + USER_ERRORS
    + " } }"
)
AUTH_FIELDS = (
    "accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt user { id email role } "
    + USER_ERRORS
)
LOGIN = "mutation($input: LoginInput!) { login(input: $input) { " + AUTH_FIELDS + " } }"
REFRESH = "mutation($input: RefreshTokenInput!) { refreshToken(input: $input) { " + AUTH_FIELDS + " } }"
LOGOUT = "mutation($input: LogoutInput!) { logout(input: $input) { revokedCount " + USER_ERRORS + " } }"
ME = "{ me { id email role } }"


def error_codes(body: dict[str, Any]) -> list[str | None]:
    """The extensions.code of each GraphQL error in a response body."""
    return [(e.get("extensions") or {}).get("code") for e in body.get("errors", [])]


async def table_counts() -> dict[str, int]:
    """Rows per table (but aerich's): to assert that a refused call wrote nothing."""
    from tortoise import connections

    conn = connections.get("default")
    rows = await conn.execute_query_dict(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'aerich' ORDER BY tablename"
    )
    counts = {}
    for row in rows:
        result = await conn.execute_query_dict(f'SELECT count(*) AS n FROM "{row["tablename"]}"')
        counts[row["tablename"]] = result[0]["n"]
    return counts


async def rows_containing(text: str) -> list[str]:
    """Tables holding `text` anywhere in a row (to prove secrets are stored only hashed)."""
    from tortoise import connections

    conn = connections.get("default")
    tables = await conn.execute_query_dict(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
    )
    found = []
    for row in tables:
        name = row["tablename"]
        hits = await conn.execute_query_dict(
            f'SELECT count(*) AS n FROM "{name}" t WHERE strpos(t::text, $1) > 0',
            [text],
        )
        if hits[0]["n"]:
            found.append(name)
    return found
