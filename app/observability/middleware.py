"""The outermost ASGI middleware: a request id on every response and log line, HTTP metrics,
and the count of open WebSockets."""

from __future__ import annotations

import time

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.observability import metrics, tracing
from app.observability.context import HEADER, REQUEST_ID, request_id_from

_HEADER = HEADER.encode()


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers") or ():
        if key == name:
            return str(value.decode("latin-1"))
    return None


class Observe:
    """Sets the request id (the client's X-Request-ID when sane, else a new one) for everything
    that serves the request, answers it in the X-Request-ID header (HTTP responses and
    WebSocket handshakes), and records the HTTP metrics."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        kind = scope["type"]
        if kind not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        request_id = request_id_from(_header(scope, _HEADER))
        token = REQUEST_ID.set(request_id)
        tracing.annotate_request(request_id)
        try:
            if kind == "http":
                await self._http(scope, receive, send, request_id.encode())
            else:
                await self._websocket(scope, receive, send, request_id.encode())
        finally:
            REQUEST_ID.reset(token)

    async def _http(self, scope: Scope, receive: Receive, send: Send, request_id: bytes) -> None:
        started = time.perf_counter()
        status = 500  # unless a response starts

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message["headers"] = [*message.get("headers", ()), (_HEADER, request_id)]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            route = metrics.route_label(scope.get("path", ""))
            metrics.HTTP_REQUESTS.labels(
                route, metrics.method_label(scope.get("method", "")), str(status)
            ).inc()
            metrics.HTTP_DURATION.labels(route).observe(time.perf_counter() - started)

    async def _websocket(self, scope: Scope, receive: Receive, send: Send, request_id: bytes) -> None:
        accepted = False

        async def send_with_id(message: Message) -> None:
            nonlocal accepted
            if message["type"] == "websocket.accept" and not accepted:
                message["headers"] = [*message.get("headers", ()), (_HEADER, request_id)]
                accepted = True
                metrics.WEBSOCKETS.inc()
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            if accepted:
                metrics.WEBSOCKETS.dec()
