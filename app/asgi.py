"""The ASGI application: /health/live, /health/db, /metrics, the body-size limit, request ids
and metrics (app/observability), the lifespan that opens the database, and the GraphQL endpoint
it is given to mount at /graphql.

The endpoint is passed in (`graphql_schema.app.create_app` builds it), so `app/` never imports
the GraphQL layer.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import os
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager

from starlette.applications import Starlette
from starlette.responses import PlainTextResponse
from starlette.routing import BaseRoute, Route, WebSocketRoute
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.analytics.deferred import after_response
from app.analytics.export import export_routes
from app.analytics.jobs import AnalyticsJobs
from app.db.availability import quiet_driver_logs
from app.db.config import DatabaseAddress
from app.db.lifecycle import DatabaseHandle, close_orm, direct_address, init_orm, resolve_database
from app.events.bus import EventBus, set_bus
from app.health.checker import HealthChecker, set_checker
from app.health.routes import health_routes
from app.health.service import profile_values, record_profile
from app.observability import metrics, tracing
from app.observability.logs import configure_logging
from app.observability.middleware import Observe
from app.observability.routes import metrics_routes
from app.observability.sampling import sampling
from app.retention.jobs import RetentionJobs
from app.settings import Settings

log = logging.getLogger(__name__)

# the cyclic collector's thresholds once the app has started (Python's defaults: 700, 10, 10)
GC_THRESHOLDS = (20_000, 20, 50)


class BodySizeLimit:
    """Refuse request bodies larger than the limit with 413, before anything parses them.

    The body is read (up to the limit) before the app sees the request, so an oversized body
    is refused whether or not it declares its length, and nothing has been answered yet.
    """

    def __init__(self, app: ASGIApp, max_bytes: int, max_upload_bytes: int | None = None) -> None:
        self.app = app
        self.max_bytes = max_bytes
        # multipart/form-data requests (file uploads) may be larger: MAX_UPLOAD_BYTES
        self.max_upload_bytes = max_upload_bytes or max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        upload = headers.get(b"content-type", b"").lower().startswith(b"multipart/form-data")
        limit = self.max_upload_bytes if upload else self.max_bytes
        declared = headers.get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            await _too_large(scope, receive, send)
            return
        body = bytearray()
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return  # the client went away
            body += message.get("body", b"")
            if len(body) > limit:
                await _too_large(scope, receive, send)
                return
            more = message.get("more_body", False)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": bytes(body), "more_body": False}
            return await receive()  # after the body: wait for the disconnect

        await self.app(scope, replay, send)


async def _too_large(scope: Scope, receive: Receive, send: Send) -> None:
    await PlainTextResponse("Request body too large", status_code=413)(scope, receive, send)


@asynccontextmanager
async def live_services(
    settings: Settings, address: DatabaseAddress, direct: DatabaseAddress | None = None
) -> AsyncIterator[None]:
    """The process's event bus (LISTEN, on `direct` when the pool's `address` is a pooler), health
    checker and analytics job (its lock on a connection of its own: direct too), and the sampling
    of their metrics, for as long as the app runs."""
    quiet_driver_logs()
    bus = EventBus(direct or address, queue_size=settings.ws_send_queue_size)
    checker = HealthChecker(
        environment=settings.app_env.value,
        interval=settings.health_check_interval_seconds,
        buffer_size=settings.health_buffer_size,
        bus=bus,
        profile=profile_values(settings, address),
    )
    with contextlib.suppress(Exception):  # an unreachable database is the checker's to report
        await record_profile(settings=settings, address=address)
    await bus.start()
    set_bus(bus)
    set_checker(checker)
    await checker.start()
    jobs = AnalyticsJobs(direct or address, interval=settings.analytics_job_interval_seconds)
    await jobs.start()
    retention = RetentionJobs(direct or address, interval=settings.retention_job_interval_seconds)
    await retention.start()
    try:
        async with sampling():
            yield
    finally:
        await after_response.drain()  # the hubs' batches answered before their recomputation
        await retention.stop()
        await jobs.stop()
        await checker.stop()
        set_checker(None)
        set_bus(None)
        await bus.stop()
        metrics.process_ended(os.getpid())


def create_app(
    settings: Settings,
    *,
    graphql: ASGIApp,
    database: DatabaseAddress | None = None,
    database_handle: DatabaseHandle | None = None,
    routes: Sequence[BaseRoute] = (),
) -> ASGIApp:
    """Build the app around the `graphql` endpoint (and the API layer's other `routes`, such as
    GraphiQL's static files). With `database` given the lifespan uses it; with
    `database_handle`, the lifespan also stops its embedded server at shutdown (uvicorn re-raises
    SIGTERM after shutting down, so exit handlers never run: the lifespan must); otherwise it
    resolves one from the settings (DATABASE_URL, or the embedded PostgreSQL it starts and later
    stops). Logging is configured here (LOG_FORMAT, LOG_LEVEL), so every way of serving the app
    (the command, uvicorn's or gunicorn's) writes the same lines."""
    configure_logging(settings)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        handle = database_handle
        address = database or (handle.address if handle else None)
        direct = handle.direct_address if handle else direct_address(settings)
        if address is None:
            handle = resolve_database(settings)
            address, direct = handle.address, handle.direct_address
        await init_orm(address, settings)
        # Everything built so far (modules, the schema, settings) lives as long as the process:
        # frozen, the cyclic collector stops rescanning it at every full collection, which
        # otherwise stalls large requests (a 1,000-record ingest batch allocates many objects).
        gc.collect()
        gc.freeze()
        # A dashboard allocates a few hundred thousand objects, nearly all freed when it is sent:
        # collecting the youngest generation every 20,000 allocations instead of 700 (and the
        # older ones less often) took its CPU time from 179 to 149 ms (docs/PERFORMANCE.md).
        gc.set_threshold(*GC_THRESHOLDS)
        try:
            async with live_services(settings, address, direct):
                log.info("coachgraph ready on %s", address.describe())
                yield
        finally:
            await close_orm()
            if handle is not None:
                handle.stop()

    app = Starlette(
        routes=[
            *health_routes(settings),
            *metrics_routes(settings),
            *export_routes(settings),
            Route("/graphql", graphql, methods=["GET", "POST"]),
            WebSocketRoute("/graphql", graphql),
            *routes,
        ],
        lifespan=lifespan,
    )
    app.state.settings = settings
    if settings.metrics_enabled and settings.is_production and not settings.metrics_token:
        log.warning("/metrics is served without METRICS_TOKEN: keep it off the public network")
    limited = BodySizeLimit(app, settings.max_body_bytes, settings.max_upload_bytes)
    return tracing.instrument(Observe(limited), settings)
