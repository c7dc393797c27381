"""Connection health for operators: /health/db's answer, the history, and the connection profile."""

from __future__ import annotations

from datetime import datetime

from tortoise.queryset import QuerySet

from app.core.actor import Actor
from app.core.errors import Collector, ErrorCode, PermissionDenied, ValidationFailed
from app.core.times import client_time
from app.core.validation import text_length
from app.db.config import DatabaseAddress
from app.health.checker import get_checker, probe
from app.health.models import ConnectionHealthEvent, DatabaseConnectionProfile, HealthStatus
from app.health.readings import HealthReading
from app.settings import Settings

LIVE_CHECK_TIMEOUT_SECONDS = 2.0
MAX_ENVIRONMENT = 32  # ConnectionHealthEvent.environment


async def database_health(*, environment: str) -> tuple[HealthReading, HealthReading | None]:
    """A cheap live check now (nothing written) and the checker's newest reading, if any."""
    checker = get_checker()
    return await probe(environment, within=LIVE_CHECK_TIMEOUT_SECONDS), checker.latest if checker else None


def _require_admin(actor: Actor) -> None:
    if not actor.is_admin:
        raise PermissionDenied("Only admins see the database's health.")


def list_health_events(
    *,
    actor: Actor,
    environment: str | None = None,
    status: HealthStatus | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
) -> QuerySet[ConnectionHealthEvent]:
    """Admins: stored health readings, optionally of one environment and status, in [since, until)."""
    _require_admin(actor)
    errors = Collector()
    if environment is not None:
        text_length(environment, errors, "environment", max_length=MAX_ENVIRONMENT)
    since = client_time(since, errors, "since") if since is not None else None
    until = client_time(until, errors, "until") if until is not None else None
    errors.raise_if_any()
    if since is not None and until is not None and until <= since:
        raise ValidationFailed.one("until", ErrorCode.INVALID, "`until` must be after `since`.")
    query = ConnectionHealthEvent.all()
    if environment is not None:
        query = query.filter(environment=environment)
    if status is not None:
        query = query.filter(status=status)
    if since is not None:
        query = query.filter(checked_at__gte=since)
    if until is not None:
        query = query.filter(checked_at__lt=until)
    return query


async def list_connection_profiles(*, actor: Actor) -> list[DatabaseConnectionProfile]:
    """Admins: the connection profile of each environment."""
    _require_admin(actor)
    return await DatabaseConnectionProfile.all().order_by("environment")


def credential_reference(settings: Settings) -> str:
    """Where the credentials come from, by name only (never the secret)."""
    return "env:DATABASE_URL" if settings.database_url else f"embedded:{settings.data_dir.name}"


def profile_values(settings: Settings, address: DatabaseAddress) -> dict[str, object]:
    """The DatabaseConnectionProfile columns of the database this server runs with."""
    return {
        "host": address.host[:255],
        "port": address.port,
        "database": address.database[:128],
        "schema": "public",
        "credential_ref": credential_reference(settings),
        "rotation_interval_days": settings.credential_rotation_days,
    }


async def record_profile(*, settings: Settings, address: DatabaseAddress) -> DatabaseConnectionProfile:
    """Record (or refresh) the profile of the database this server runs with."""
    profile, _ = await DatabaseConnectionProfile.update_or_create(
        defaults=profile_values(settings, address), environment=settings.app_env.value
    )
    return profile
