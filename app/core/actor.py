"""Who is calling and from where: passed to every service for authorization and audit."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class Role(StrEnum):
    """What an account is; decides which rows and calls it may reach."""

    COACH = "coach"
    ATHLETE = "athlete"
    ADMIN = "admin"


@dataclass(frozen=True)
class ClientInfo:
    """The request's origin, recorded in the audit log and used to throttle per client."""

    ip: str | None = None
    user_agent: str | None = None


@dataclass(frozen=True)
class Actor:
    """An authenticated user with the ids row-level rules need.

    `session_id` names the login session (the refresh-token family) the access token belongs
    to, and `expires_at` when that token stops being accepted: a WebSocket authenticated with
    it is closed then, and when the session is logged out.
    """

    user_id: uuid.UUID
    role: Role
    coach_id: uuid.UUID | None = None
    athlete_id: uuid.UUID | None = None
    client: ClientInfo = ClientInfo()
    session_id: uuid.UUID | None = None
    expires_at: datetime | None = None
    # Set when the caller is an integration hub using a coach's integration token: it acts
    # for that coach's athletes, and may call the ingest mutations only.
    integration_token_id: uuid.UUID | None = None

    @property
    def is_admin(self) -> bool:
        return self.role is Role.ADMIN

    @property
    def is_coach(self) -> bool:
        return self.role is Role.COACH

    @property
    def is_athlete(self) -> bool:
        return self.role is Role.ATHLETE

    @property
    def is_integration(self) -> bool:
        return self.integration_token_id is not None
