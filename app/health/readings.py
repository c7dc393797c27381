"""A health reading: one database round trip by one server process, as stored and as published."""

from __future__ import annotations

import os
import socket
import uuid
from dataclasses import asdict, dataclass, field
from datetime import datetime

from app import clock
from app.events.models import Event, EventKind
from app.health.models import ConnectionHealthEvent, HealthStatus

MESSAGES = {
    "TIMEOUT": "The database did not answer in time.",
    "STARTING_UP": "The database is starting up.",
    "SHUTTING_DOWN": "The database is shutting down.",
    "AUTHENTICATION_FAILED": "The database refused the configured credentials.",
    "CONNECTION_REFUSED": "The database refused the connection or is not running.",
    "UNAVAILABLE": "The database cannot be reached.",
}


def process_name() -> str:
    """This server process, as readings name it: host name and process id."""
    return f"{socket.gethostname()}:{os.getpid()}"[:128]


@dataclass(frozen=True)
class HealthReading:
    """One check: pass (with its latency) or fail (with a stable code and a message without internals)."""

    environment: str
    status: HealthStatus
    latency_ms: float | None = None
    error_code: str | None = None
    message: str | None = None
    source: str = field(default_factory=process_name)
    checked_at: datetime = field(default_factory=clock.now)
    id: uuid.UUID = field(default_factory=uuid.uuid4)

    @classmethod
    def failed(cls, environment: str, code: str) -> HealthReading:
        return cls(
            environment,
            HealthStatus.FAIL,
            error_code=code,
            message=MESSAGES.get(code, MESSAGES["UNAVAILABLE"]),
        )

    def row(self) -> ConnectionHealthEvent:
        """The ConnectionHealthEvent that stores this reading (not saved yet)."""
        return ConnectionHealthEvent(**asdict(self))

    def event(self) -> Event:
        """The `connection_health` event that carries this reading to subscribers."""
        return Event(
            kind=EventKind.CONNECTION_HEALTH,
            entity_type="connection_health_event",
            entity_id=self.id,
            occurred_at=self.checked_at,
            data={
                "environment": self.environment,
                "status": self.status.value,
                "latencyMs": self.latency_ms,
                "errorCode": self.error_code,
                "message": self.message,
                "source": self.source,
            },
        )

    @classmethod
    def from_event(cls, event: Event) -> HealthReading:
        data = event.data
        return cls(
            environment=str(data["environment"]),
            status=HealthStatus(str(data["status"])),
            latency_ms=_number(data.get("latencyMs")),
            error_code=str(data["errorCode"]) if data.get("errorCode") is not None else None,
            message=str(data["message"]) if data.get("message") is not None else None,
            source=str(data.get("source") or ""),
            checked_at=event.occurred_at,
            id=event.entity_id or event.id,
        )


def _number(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) else None
