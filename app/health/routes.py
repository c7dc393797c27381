"""The health endpoints: /health/live (the process answers) and /health/db (the database does)."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from app.health.models import HealthStatus
from app.health.service import database_health
from app.settings import Settings


def health_routes(settings: Settings) -> list[Route]:
    """The two health routes, GET only."""

    async def live(request: Request) -> JSONResponse:
        return JSONResponse({"status": "pass"})

    async def db_health(request: Request) -> JSONResponse:
        now, latest = await database_health(environment=settings.app_env.value)
        last = None
        if latest is not None:
            last = {
                "status": latest.status.value,
                "checkedAt": latest.checked_at.isoformat(),
                "source": latest.source,
            }
        body = {
            "status": now.status.value,
            "latencyMs": now.latency_ms,
            "checkedAt": now.checked_at.isoformat(),
            "environment": now.environment,
            "errorCode": now.error_code,
            "message": now.message,
            "lastCheck": last,
        }
        return JSONResponse(body, status_code=200 if now.status is HealthStatus.PASS else 503)

    return [Route("/health/live", live, methods=["GET"]), Route("/health/db", db_health, methods=["GET"])]
