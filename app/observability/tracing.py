"""OpenTelemetry tracing: an optional extra, `pip install 'coachgraph[otel]'`.

With the extra installed and OTEL_EXPORTER_OTLP_ENDPOINT set, every HTTP request and WebSocket
connection becomes a server span (named after its GraphQL operation's type and name, with the
request id), each SQL statement a child span (asyncpg), exported over OTLP/HTTP with a batch
processor; the exporter reads the standard OTEL_* variables (OTEL_SERVICE_NAME,
OTEL_EXPORTER_OTLP_HEADERS, ...). Without the endpoint, or without the extra, nothing of
OpenTelemetry is imported (`app/observability/otel.py` is the only module that imports it).
"""

from __future__ import annotations

import importlib.util
import logging
from typing import Any

from starlette.types import ASGIApp

from app.settings import Settings

log = logging.getLogger(__name__)

EXTRA_MODULES = (
    "opentelemetry.sdk",
    "opentelemetry.instrumentation.asgi",
    "opentelemetry.instrumentation.asyncpg",
    "opentelemetry.exporter.otlp.proto.http",
)


class _State:
    enabled = False


def installed() -> bool:
    """Whether the otel extra is installed (checked without importing it)."""
    try:
        return all(importlib.util.find_spec(name) is not None for name in EXTRA_MODULES)
    except ModuleNotFoundError:  # a parent package is missing
        return False


def instrument(app: ASGIApp, settings: Settings) -> ASGIApp:
    """`app` traced when OTEL_EXPORTER_OTLP_ENDPOINT is set and the extra installed, else as is."""
    if not settings.otel_exporter_otlp_endpoint:
        return app
    if not installed():
        log.warning(
            "OTEL_EXPORTER_OTLP_ENDPOINT is set but the otel extra is not installed"
            " (pip install 'coachgraph[otel]'): tracing stays off"
        )
        return app
    from app.observability import otel

    return traced(app, otel.exporting_provider())


def traced(app: ASGIApp, provider: Any) -> ASGIApp:
    """`app` traced into `provider` (an OpenTelemetry TracerProvider; tests pass one with an
    in-memory exporter), and the annotations below switched on in this process."""
    from app.observability import otel

    wrapped = otel.traced(app, provider)
    _State.enabled = True
    return wrapped


def annotate_request(request_id: str) -> None:
    """Put the request id on the current server span (when tracing)."""
    if _State.enabled:
        from app.observability import otel

        otel.annotate({"coachgraph.request_id": request_id})


def annotate_operation(operation_type: str, name: str | None) -> None:
    """Name the current server span after the GraphQL operation, with its type and name (when tracing)."""
    if _State.enabled:
        from app.observability import otel

        attributes = {"graphql.operation.type": operation_type}
        if name:
            attributes["graphql.operation.name"] = name
        otel.annotate(attributes, name=f"{operation_type} {name}" if name else operation_type)
