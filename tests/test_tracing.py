"""OpenTelemetry tracing (the otel extra): spans for requests and SQL statements when enabled,
nothing of OpenTelemetry imported when not."""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from opentelemetry.instrumentation.asyncpg import AsyncPGInstrumentor
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind

from app.observability import tracing
from tests.helpers import REPO_ROOT, cli_env, make_coach, make_settings

NOTHING_IMPORTED = """
import sys
from graphql_schema.app import create_app
from tests.helpers import make_settings
create_app(make_settings())
print(sorted(name for name in sys.modules if name.split(".")[0] == "opentelemetry"))
"""


def test_without_an_endpoint_nothing_of_opentelemetry_is_imported() -> None:
    done = subprocess.run(
        [sys.executable, "-c", NOTHING_IMPORTED],
        cwd=REPO_ROOT,
        env=cli_env(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_an_endpoint_without_the_extra_leaves_tracing_off_and_says_so(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(tracing, "installed", lambda: False)
    app = object()

    with caplog.at_level(logging.WARNING, logger="app.observability.tracing"):
        result = tracing.instrument(app, make_settings(OTEL_EXPORTER_OTLP_ENDPOINT="http://collector:4318"))  # type: ignore[arg-type]

    assert result is app
    assert [r.getMessage() for r in caplog.records] == [
        "OTEL_EXPORTER_OTLP_ENDPOINT is set but the otel extra is not installed"
        " (pip install 'coachgraph[otel]'): tracing stays off"
    ]


@pytest.fixture
def spans() -> Iterator[tuple[InMemorySpanExporter, TracerProvider]]:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    try:
        yield exporter, provider
    finally:
        AsyncPGInstrumentor().uninstrument()  # type: ignore[no-untyped-call]
        tracing._State.enabled = False


async def test_a_request_is_a_server_span_named_after_its_operation_with_sql_spans_inside(
    app: Any, settings: Any, spans: tuple[InMemorySpanExporter, TracerProvider]
) -> None:
    exporter, provider = spans
    coach = await make_coach(settings)
    traced = tracing.traced(app, provider)

    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=traced), base_url="http://testserver"
    ) as http:
        response = await http.post(
            "/graphql",
            json={"query": "query Me { me { email } }"},
            headers={"authorization": f"Bearer {coach.token}", "x-request-id": "traced-1"},
        )

    assert response.json() == {"data": {"me": {"email": coach.user.email}}}
    finished = exporter.get_finished_spans()
    [server] = [span for span in finished if span.kind is SpanKind.SERVER]
    assert server.name == "query Me"
    assert server.attributes is not None
    assert server.attributes["graphql.operation.type"] == "query"
    assert server.attributes["graphql.operation.name"] == "Me"
    assert server.attributes["coachgraph.request_id"] == "traced-1"
    sql = [
        span for span in finished if span.kind is SpanKind.CLIENT and (span.attributes or {}).get("db.system")
    ]
    assert sql, [span.name for span in finished]
    assert {span.context.trace_id for span in sql} == {server.context.trace_id}
