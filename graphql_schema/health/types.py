"""GraphQL types of connection health (views over readings and profiles)."""

from __future__ import annotations

import uuid
from datetime import datetime

import strawberry

from app.health.models import HealthStatus

strawberry.enum(HealthStatus, name="HealthStatus", description="Whether a database round trip succeeded.")


def _event_id(reading: strawberry.Parent[ConnectionHealthEvent]) -> uuid.UUID:
    return reading.id


@strawberry.type(
    description="One database round trip by one server process (seed 001); the newest drives /health/db."
)
class ConnectionHealthEvent:
    id: uuid.UUID = strawberry.field(description="The reading's id.")
    event_id: uuid.UUID = strawberry.field(
        description="The event's id (the reading's id): lets a client skip duplicates.", resolver=_event_id
    )
    checked_at: datetime = strawberry.field(description="When the check ran (UTC).")
    environment: str = strawberry.field(description="The environment of the server that checked.")
    status: HealthStatus = strawberry.field(description="PASS or FAIL.")
    latency_ms: float | None = strawberry.field(description="Round-trip time in milliseconds, for a pass.")
    error_code: str | None = strawberry.field(
        description="Why a check failed: TIMEOUT, STARTING_UP, SHUTTING_DOWN, AUTHENTICATION_FAILED, "
        "CONNECTION_REFUSED or UNAVAILABLE."
    )
    message: str | None = strawberry.field(description="A human-readable reason, without internals.")
    source: str = strawberry.field(description="The server process that checked (host name and process id).")


@strawberry.type(
    description="The database connection a server environment runs with (seed 001); never holds a secret."
)
class DatabaseConnectionProfile:
    environment: str = strawberry.field(description="development, test or production.")
    host: str = strawberry.field(description="Database host (or socket folder).")
    port: int = strawberry.field(description="Database port.")
    database: str = strawberry.field(description="Database name.")
    schema: str = strawberry.field(description="The schema the tables live in.")
    credential_ref: str = strawberry.field(
        description="Where the credentials come from, by name only (e.g. env:DATABASE_URL)."
    )
    rotation_interval_days: int = strawberry.field(description="How often the credentials should rotate.")
    last_validated_at: datetime | None = strawberry.field(
        description="When a health check last reached the database with this profile (UTC)."
    )
    updated_at: datetime = strawberry.field(description="When the profile was last recorded (UTC).")
