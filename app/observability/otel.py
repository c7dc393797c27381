"""The OpenTelemetry side of tracing (imported only when tracing is on: see tracing.py)."""

from __future__ import annotations

import os

from opentelemetry import trace
from opentelemetry.instrumentation.asgi import OpenTelemetryMiddleware
from opentelemetry.instrumentation.asyncpg import AsyncPGInstrumentor
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor
from starlette.types import ASGIApp

# Requests not worth a trace: liveness probes and metrics scrapes.
EXCLUDED_URLS = "/health/live,/metrics"


def exporting_provider() -> TracerProvider:
    """The process's tracer provider, exporting over OTLP/HTTP (configured by OTEL_* variables)
    in batches, and installed as OpenTelemetry's global provider."""
    from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

    named = {} if os.environ.get("OTEL_SERVICE_NAME") else {"service.name": "coachgraph"}
    provider = TracerProvider(resource=Resource.create(named))
    provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter()))
    trace.set_tracer_provider(provider)
    return provider


def traced(app: ASGIApp, provider: TracerProvider) -> ASGIApp:
    """`app` with a server span per request and a span per SQL statement, sent to `provider`."""
    AsyncPGInstrumentor().instrument(tracer_provider=provider)  # type: ignore[no-untyped-call]
    return OpenTelemetryMiddleware(app, excluded_urls=EXCLUDED_URLS, tracer_provider=provider)


def annotate(attributes: dict[str, str], *, name: str | None = None) -> None:
    """Set attributes (and the name) of the span the current request runs in."""
    span = trace.get_current_span()
    if not span.is_recording():
        return
    span.set_attributes(attributes)
    if name is not None:
        span.update_name(name)
