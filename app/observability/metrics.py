"""Prometheus metrics of the server (prometheus_client), served at /metrics.

One process: the metrics live in its memory (with the client's process and Python collectors).
Several workers: with PROMETHEUS_MULTIPROC_DIR set before the workers start (`coachgraph serve`
sets it when WORKERS > 1), each process writes its values to files in that folder and /metrics,
answered by any one worker, adds them up: counters and histograms over every process that ever
ran since the folder was emptied, gauges over the live processes (`livesum`) or their minimum
(`livemin`). A process that ends cleanly removes its gauges' files; the README says more.

Labels stay bounded: routes are the server's own paths or `other`; operation names are GraphQL
names of operations that passed validation, at most MAX_OPERATION_NAMES of them per process
(then `other`), `anonymous` without a name and `invalid` when the document did not validate.
"""

from __future__ import annotations

import os
import re
import threading

from prometheus_client import REGISTRY, CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client import multiprocess as prometheus_multiprocess
from prometheus_client.exposition import CONTENT_TYPE_LATEST

MULTIPROCESS_ENV = "PROMETHEUS_MULTIPROC_DIR"
MAX_OPERATION_NAMES = 100
ROUTES = ("/graphql", "/health/live", "/health/db", "/metrics")
METHODS = ("GET", "POST", "HEAD", "OPTIONS", "PUT", "PATCH", "DELETE")
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)

HTTP_REQUESTS = Counter(
    "coachgraph_http_requests",
    "HTTP requests answered, by route, method and status.",
    ["route", "method", "status"],
)
HTTP_DURATION = Histogram(
    "coachgraph_http_request_duration_seconds",
    "Time from a request's arrival to the end of its response, by route.",
    ["route"],
    buckets=LATENCY_BUCKETS,
)
OPERATIONS = Counter(
    "coachgraph_graphql_operations",
    "GraphQL operations run, by transport (http, ws), operation type and operation name.",
    ["transport", "operation_type", "operation_name"],
)
OPERATION_ERRORS = Counter(
    "coachgraph_graphql_errors",
    "GraphQL errors in responses (not the user errors of mutation payloads), by operation and extensions.code.",
    ["transport", "operation_type", "operation_name", "code"],
)
OPERATION_DURATION = Histogram(
    "coachgraph_graphql_operation_duration_seconds",
    "Time to run a query or mutation (parse, validate, execute), by transport, type and name.",
    ["transport", "operation_type", "operation_name"],
    buckets=LATENCY_BUCKETS,
)
WEBSOCKETS = Gauge(
    "coachgraph_websocket_connections", "Open WebSocket connections.", multiprocess_mode="livesum"
)
SUBSCRIPTIONS = Gauge(
    "coachgraph_subscriptions_active", "Subscriptions waiting for events.", multiprocess_mode="livesum"
)
POOL_SIZE = Gauge(
    "coachgraph_db_pool_size", "Connections open in the database pool.", multiprocess_mode="livesum"
)
POOL_FREE = Gauge("coachgraph_db_pool_free", "Open pool connections not in use.", multiprocess_mode="livesum")
POOL_MAX = Gauge(
    "coachgraph_db_pool_max",
    "Most connections the pool may open (DB_POOL_MAX_SIZE).",
    multiprocess_mode="livesum",
)
BUS_CONNECTED = Gauge(
    "coachgraph_event_bus_connected",
    "1 while the process's event bus LISTENs (several workers: how many do).",
    multiprocess_mode="livesum",
)
BUS_RECONNECTS = Counter(
    "coachgraph_event_bus_reconnects", "Times the event bus connected again after losing its connection."
)
HEALTH_UP = Gauge(
    "coachgraph_health_check_up",
    "1 when the newest database health check passed, 0 when it failed (several workers: the lowest).",
    multiprocess_mode="livemin",
)
HEALTH_CHECKS = Counter("coachgraph_health_checks", "Database health checks, by status.", ["status"])

_NAME = re.compile(r"[_A-Za-z][_0-9A-Za-z]{0,99}")


class OperationNames:
    """The operation-name label: bounded in how many names it lets through."""

    def __init__(self, limit: int = MAX_OPERATION_NAMES) -> None:
        self.limit = limit
        self.seen: set[str] = set()
        self._lock = threading.Lock()

    def label(self, name: str | None, *, valid: bool) -> str:
        if not valid:
            return "invalid"
        if not name:
            return "anonymous"
        if name in self.seen:
            return name
        if not _NAME.fullmatch(name):
            return "other"
        with self._lock:
            if len(self.seen) >= self.limit:
                return "other"
            self.seen.add(name)
        return name


operation_names = OperationNames()


def route_label(path: str) -> str:
    return path if path in ROUTES else "other"


def method_label(method: str) -> str:
    return method if method in METHODS else "other"


def record_operation(
    *, transport: str, operation_type: str, name: str | None, valid: bool, seconds: float, codes: list[str]
) -> None:
    """Count one GraphQL operation, its errors by code, and (queries and mutations) its duration."""
    label = operation_names.label(name, valid=valid)
    OPERATIONS.labels(transport, operation_type, label).inc()
    for code in codes:
        OPERATION_ERRORS.labels(transport, operation_type, label, code).inc()
    if operation_type != "subscription":
        OPERATION_DURATION.labels(transport, operation_type, label).observe(seconds)


def multiprocess() -> bool:
    """Whether the metrics are shared between processes through PROMETHEUS_MULTIPROC_DIR."""
    return bool(os.environ.get(MULTIPROCESS_ENV))


def exposition() -> tuple[bytes, str]:
    """The metrics in Prometheus' text format, and its content type."""
    if multiprocess():
        registry = CollectorRegistry()
        prometheus_multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
        return generate_latest(registry), CONTENT_TYPE_LATEST
    return generate_latest(REGISTRY), CONTENT_TYPE_LATEST


def process_ended(pid: int) -> None:
    """Forget the live gauges of a process that ended (multiprocess mode)."""
    if multiprocess():
        prometheus_multiprocess.mark_process_dead(pid)  # type: ignore[no-untyped-call]
