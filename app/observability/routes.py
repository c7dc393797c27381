"""GET /metrics: the Prometheus metrics, behind a bearer token when METRICS_TOKEN is set."""

from __future__ import annotations

import hmac

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from app.observability.metrics import exposition
from app.observability.sampling import sample
from app.settings import Settings


def metrics_routes(settings: Settings) -> list[Route]:
    """The /metrics route when METRICS is on (by default except in production), else none."""
    if not settings.metrics_enabled:
        return []
    expected = f"Bearer {settings.metrics_token}".encode() if settings.metrics_token else None

    async def serve_metrics(request: Request) -> Response:
        if expected is not None:
            given = request.headers.get("authorization", "").encode("latin-1", "replace")
            if not hmac.compare_digest(given, expected):
                return PlainTextResponse(
                    "A bearer token (METRICS_TOKEN) is needed", 401, headers={"www-authenticate": "Bearer"}
                )
        sample()
        body, content_type = exposition()
        return Response(body, media_type=content_type)

    return [Route("/metrics", serve_metrics, methods=["GET"])]
