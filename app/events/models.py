"""The events coachgraph publishes: their kinds, and their small wire form.

An event names what changed (kind, entity, owning athlete and coach), never the row itself:
subscribers load the row through their own row-level scope. The wire form is compact JSON,
well under PostgreSQL's 8,000-byte NOTIFY limit.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from app import clock

# PostgreSQL refuses a NOTIFY payload of 8000 bytes or more; keep well below it.
MAX_PAYLOAD_BYTES = 7000


class EventKind(StrEnum):
    """What happened."""

    WORKOUT_LOGGED = "workout_logged"  # a new or edited workout log
    PLAN_CHANGED = "plan_changed"  # a program, phase, micro-cycle or session changed
    CONNECTION_HEALTH = "connection_health"  # a database health check ran
    READINESS_CHANGED = "readiness_changed"  # an athlete's daily readiness was (re)computed
    ROSTER_ALERT = "roster_alert"  # a new red flag or an ACWR out of its band
    SESSIONS_REVOKED = "sessions_revoked"  # logout or deactivation: close the account's sockets


Scalar = str | int | float | bool | None


@dataclass(frozen=True)
class Event:
    """One thing that happened, with the ids a subscriber needs to authorize and refetch it."""

    kind: EventKind
    entity_type: str
    entity_id: uuid.UUID | None = None
    athlete_id: uuid.UUID | None = None
    coach_id: uuid.UUID | None = None
    data: dict[str, Scalar] = field(default_factory=dict)
    id: uuid.UUID = field(default_factory=uuid.uuid4)
    occurred_at: datetime = field(default_factory=clock.now)

    def encode(self) -> str:
        """The compact JSON payload sent with NOTIFY (ValueError when too large)."""
        text = json.dumps(
            {
                "i": str(self.id),
                "k": self.kind.value,
                "t": self.occurred_at.isoformat(),
                "e": self.entity_type,
                "ei": _text(self.entity_id),
                "a": _text(self.athlete_id),
                "c": _text(self.coach_id),
                "d": self.data,
            },
            separators=(",", ":"),
        )
        if len(text.encode()) > MAX_PAYLOAD_BYTES:
            raise ValueError(f"event payload over {MAX_PAYLOAD_BYTES} bytes: send ids, not rows")
        return text

    @classmethod
    def decode(cls, text: str) -> Event:
        """The event a payload describes (ValueError or KeyError when it is not one of ours)."""
        raw = json.loads(text)
        return cls(
            id=uuid.UUID(raw["i"]),
            kind=EventKind(raw["k"]),
            occurred_at=datetime.fromisoformat(raw["t"]),
            entity_type=str(raw["e"]),
            entity_id=_uuid(raw.get("ei")),
            athlete_id=_uuid(raw.get("a")),
            coach_id=_uuid(raw.get("c")),
            data=dict(raw.get("d") or {}),
        )


def _text(value: uuid.UUID | None) -> str | None:
    return str(value) if value is not None else None


def _uuid(value: object) -> uuid.UUID | None:
    return uuid.UUID(str(value)) if value is not None else None


def sessions_revoked(user_id: uuid.UUID, session_id: uuid.UUID | None) -> Event:
    """An account's session (or, with no session, every session) ended: close its sockets."""
    return Event(
        kind=EventKind.SESSIONS_REVOKED,
        entity_type="user",
        entity_id=user_id,
        data={"session": str(session_id) if session_id else None},
    )
