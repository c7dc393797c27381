"""Helpers for tests: GraphQL calls over HTTP, account factories, a SQL statement counter."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import httpx

from app.athletes.models import AthleteProfile, Coach
from app.auth import service as auth
from app.auth.models import User
from app.core.actor import Actor, ClientInfo
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
    response = await client.post("/graphql", json={"query": query, "variables": variables or {}}, headers=headers)
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


async def make_coach(settings: Settings, email: str = "coach@example.com", name: str = "Coach Carter") -> Account:
    user = await auth.register_coach(email=email, password=PASSWORD, display_name=name, client=CLIENT)
    coach = await Coach.get(user_id=user.id)
    tokens = await _login(email, settings)
    actor = Actor(user_id=user.id, role=user.role, coach_id=coach.id, client=CLIENT)
    return Account(user, tokens.access_token, tokens.refresh_token, actor, coach=coach)


async def make_athlete(
    settings: Settings, coach: Account, email: str = "athlete@example.com", name: str = "Athlete One", timezone: str = "UTC"
) -> Account:
    invite = await auth.create_invite(actor=coach.actor, settings=settings)
    user = await auth.register_athlete(
        invite_code=invite.code, email=email, password=PASSWORD, display_name=name, timezone=timezone, client=CLIENT
    )
    athlete = await AthleteProfile.get(user_id=user.id)
    tokens = await _login(email, settings)
    actor = Actor(user_id=user.id, role=user.role, athlete_id=athlete.id, client=CLIENT)
    return Account(user, tokens.access_token, tokens.refresh_token, actor, athlete=athlete)


async def make_admin(settings: Settings, email: str = "admin@example.com") -> Account:
    user = await auth.create_admin(email=email, password=PASSWORD)
    tokens = await _login(email, settings)
    return Account(user, tokens.access_token, tokens.refresh_token, Actor(user_id=user.id, role=user.role, client=CLIENT))


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
