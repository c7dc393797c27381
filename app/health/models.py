"""ConnectionHealthEvent and DatabaseConnectionProfile (seed 001)."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields

from app.core.models import TimestampedModel


class HealthStatus(StrEnum):
    PASS = "pass"
    FAIL = "fail"


class ConnectionHealthEvent(TimestampedModel):
    """One database round-trip probe; the newest drives /health/db."""

    checked_at = fields.DatetimeField(db_index=True)
    environment = fields.CharField(max_length=32)
    status = fields.CharEnumField(HealthStatus, max_length=8)
    latency_ms = fields.FloatField(null=True)
    error_code = fields.CharField(max_length=64, null=True)
    message = fields.CharField(max_length=500, null=True)
    # which server process ran the check (host name and process id)
    source = fields.CharField(max_length=128, default="")

    class Meta:
        table = "connection_health_event"
        indexes = (("environment", "checked_at"),)


class DatabaseConnectionProfile(TimestampedModel):
    """Metadata about a database connection; `credential_ref` names a secret, never holds one."""

    environment = fields.CharField(max_length=32, unique=True)
    host = fields.CharField(max_length=255)
    port = fields.IntField()
    database = fields.CharField(max_length=128)
    schema = fields.CharField(max_length=128, default="public")
    credential_ref = fields.CharField(max_length=128)
    rotation_interval_days = fields.IntField(default=90)
    last_validated_at = fields.DatetimeField(null=True)

    class Meta:
        table = "database_connection_profile"
