"""WebSocket sessions: graphql-transport-ws with coachgraph's rules.

- The access token is checked at `connection_init` (`{"authorization": "Bearer <token>"}`;
  close 4403 when missing or bad), again before every operation, and before every event a
  subscription delivers.
- The socket is closed with 4403 when its token expires, and at once when the account's
  session is logged out or the account deactivated, in whichever server process the socket
  lives (the bus carries `sessions_revoked`). Operations are cancelled first: nothing more is
  sent after the close.
- Each operation runs with its own context and loaders (concurrent operations on one socket
  never share, or overwrite, each other's loaders).
- Limits: operations per connection (WS_MAX_OPERATIONS_PER_CONNECTION), connections per
  account in this process (WS_MAX_CONNECTIONS_PER_ACCOUNT, close 4429), the init timeout
  (WS_INIT_TIMEOUT_SECONDS, close 4408), and each subscriber's bounded event queue
  (WS_SEND_QUEUE_SIZE: a client that falls behind is closed with 4413).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Protocol, cast

from strawberry.subscriptions.protocols.graphql_transport_ws.handlers import (
    BaseGraphQLTransportWSHandler,
    Operation,
    _OperationStreamClosed,
)
from strawberry.subscriptions.protocols.graphql_transport_ws.types import (
    ConnectionInitMessage,
    SubscribeMessage,
)
from strawberry.utils.aio import aclosing

from app import clock
from app.auth import service as auth_service
from app.core.actor import Actor
from app.core.errors import NotAuthenticated
from app.db.availability import is_unavailable
from app.events.bus import get_bus
from app.events.models import Event, EventKind
from app.observability.context import REQUEST_ID, operation_request_id
from app.settings import Settings
from graphql_schema.context import Context
from graphql_schema.errors import unavailable_error
from graphql_schema.persisted.documents import DocumentRefused, PersistedDocuments

log = logging.getLogger(__name__)

FORBIDDEN = 4403
TOO_MANY_CONNECTIONS = 4429
SLOW_CONSUMER = 4413


def bearer_token(params: object) -> str | None:
    """The access token of a `connection_init` payload: `authorization: Bearer <token>`."""
    if not isinstance(params, dict):
        return None
    raw = params.get("authorization") or params.get("Authorization")
    if not isinstance(raw, str):
        return None
    scheme, _, token = raw.partition(" ")
    token = token.strip()
    return token if scheme.lower() == "bearer" and token else None


@dataclass(eq=False)
class LiveSession:
    """What an open socket knows about its caller, and how to end it."""

    actor: Actor
    token: str
    handler: LiveSocketHandler
    revoked: bool = False
    closed: bool = False
    tasks: list[asyncio.Task[None]] = field(default_factory=list)
    closing: asyncio.Task[None] | None = None

    def authorized(self) -> bool:
        """Still allowed to receive: not closed, not revoked, token not expired."""
        expires = self.actor.expires_at
        return not (self.closed or self.revoked or (expires is not None and clock.now() >= expires))

    async def close(self, code: int, reason: str) -> None:
        """Cancel every operation, then close the socket (idempotent).

        The ending runs in a task of its own: the caller may be one of the operations it
        cancels, and a cancelled caller must not stop the close half way.
        """
        if self.closed:
            return
        self.closed = True
        self.closing = asyncio.create_task(self.handler.end(code, reason))
        await asyncio.shield(self.closing)


class ConnectionCounts:
    """Open sockets per account in this process."""

    def __init__(self) -> None:
        self.open: Counter[uuid.UUID] = Counter()


class LiveView(Protocol):
    """What the handler needs of the endpoint that runs it."""

    connection_counts: ConnectionCounts
    settings: Settings
    documents: PersistedDocuments


class LiveSocketHandler(BaseGraphQLTransportWSHandler[Context, None]):
    """strawberry's graphql-transport-ws handler with coachgraph's session rules."""

    session: LiveSession | None = None

    @property
    def counts(self) -> ConnectionCounts:
        return cast(LiveView, self.view).connection_counts

    @property
    def max_per_account(self) -> int:
        return cast(LiveView, self.view).settings.ws_max_connections_per_account

    async def handle_connection_init(self, message: ConnectionInitMessage) -> None:
        if self.connection_timed_out:
            return
        if self.connection_init_timeout_task:
            self.connection_init_timeout_task.cancel()
        payload = message.get("payload", {})
        if not isinstance(payload, dict):
            await self.websocket.close(code=4400, reason="Invalid connection init payload")
            return
        if self.connection_init_received:
            await self.websocket.close(code=4429, reason="Too many initialisation requests")
            return
        self.connection_init_received = True
        self.context.connection_params = payload
        actor = await self._authenticate()
        if actor is None:
            await self.websocket.close(code=FORBIDDEN, reason="Forbidden")
            return
        if self.counts.open[actor.user_id] >= self.max_per_account:
            await self.websocket.close(
                code=TOO_MANY_CONNECTIONS, reason="Too many connections for this account"
            )
            return
        self.context.actor = actor
        self.counts.open[actor.user_id] += 1
        self.session = LiveSession(actor=actor, token=bearer_token(payload) or "", handler=self)
        self.context.live = self.session
        self._watch(self.session)
        self.connection_acknowledged = True
        await self.send_message({"type": "connection_ack"})

    async def _authenticate(self) -> Actor | None:
        token = bearer_token(self.context.connection_params)
        if token is None:
            return None
        try:
            return await auth_service.authenticate(
                access_token=token, settings=self.context.settings, client=self.context.client
            )
        except NotAuthenticated:
            return None

    def _watch(self, session: LiveSession) -> None:
        """Close the socket when its token expires, or when its session is revoked anywhere."""
        session.tasks.append(asyncio.create_task(self._expire(session)))
        session.tasks.append(asyncio.create_task(self._listen_for_revocation(session)))

    async def _expire(self, session: LiveSession) -> None:
        expires = session.actor.expires_at
        if expires is None:
            return
        await asyncio.sleep(max(0.0, (expires - clock.now()).total_seconds()))
        await session.close(FORBIDDEN, "Token expired")

    async def _listen_for_revocation(self, session: LiveSession) -> None:
        actor = session.actor

        def revokes(event: Event) -> bool:
            if event.kind is not EventKind.SESSIONS_REVOKED or event.entity_id != actor.user_id:
                return False
            only = event.data.get("session")
            return only is None or only == str(actor.session_id)

        async with get_bus().subscribe(revokes) as revocations:
            with contextlib.suppress(Exception):
                await revocations.next()
                session.revoked = True
                await session.close(FORBIDDEN, "Session ended")

    async def handle_subscribe(self, message: SubscribeMessage) -> None:
        session = self.session
        if session is not None and self.connection_acknowledged:
            if not await self._reauthorize(message) or not await self._resolve_document(message):
                return
        await super().handle_subscribe(message)

    async def _resolve_document(self, message: SubscribeMessage) -> bool:
        """The operation's document: a persisted query's, or refused outside the trusted documents."""
        payload = message["payload"]
        extensions = payload.get("extensions")
        try:
            query = await cast(LiveView, self.view).documents.resolve(
                payload.get("query"), extensions if isinstance(extensions, dict) else None
            )
        except DocumentRefused as refused:
            await self._refuse(message, [refused.error.formatted])
            return False
        except Exception as exc:
            if not is_unavailable(exc):
                raise
            await self._refuse(message, [unavailable_error().formatted])
            return False
        if query is not None:
            payload["query"] = query
        return True

    async def _refuse(self, message: SubscribeMessage, errors: list[Any]) -> None:
        await self.send_message({"id": message["id"], "type": "error", "payload": errors})

    async def _reauthorize(self, message: SubscribeMessage) -> bool:
        """The token again, against the database, before each operation."""
        try:
            actor = await self._authenticate()
        except Exception as exc:
            if not is_unavailable(exc):
                raise
            await self._refuse(message, [unavailable_error().formatted])
            return False
        if actor is None and self.session is not None:
            await self.session.close(FORBIDDEN, "Forbidden")
            return False
        return True

    async def run_operation(self, operation: Operation[Context, None]) -> None:
        """As strawberry runs it, but with a context (and loaders) of the operation's own, and
        a request id of its own (the connection's, a dot, the operation's) in its log lines."""
        REQUEST_ID.set(operation_request_id(REQUEST_ID.get(), operation.id))  # this task's only
        try:
            result_source = await self.schema.stream(
                operation.query,
                variable_values=operation.variables,
                context_value=self.context.for_operation(),
                root_value=self.root_value,
                operation_name=operation.operation_name,
            )
            async with aclosing(result_source):
                await self._send_result_stream(operation, result_source)
            await operation.send_operation_message({"id": operation.id, "type": "complete"})
        except _OperationStreamClosed:
            return

    async def end(self, code: int, reason: str) -> None:
        """Cancel every operation so nothing more is sent, then close the socket."""
        for operation_id in list(self.operations):
            await self.cleanup_operation(operation_id)
        with contextlib.suppress(Exception):
            await self.websocket.close(code=code, reason=reason)

    async def shutdown(self) -> None:
        session = self.session
        if session is not None:
            session.closed = True
            for task in session.tasks:
                task.cancel()
            self.counts.open[session.actor.user_id] -= 1
            if self.counts.open[session.actor.user_id] <= 0:
                del self.counts.open[session.actor.user_id]
        await super().shutdown()
