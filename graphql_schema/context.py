"""The context of one GraphQL operation: settings, caller, and the operation's loaders."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Protocol, TypeAlias

import strawberry
from starlette.requests import Request
from starlette.responses import Response
from starlette.websockets import WebSocket

from app.core.actor import Actor, ClientInfo
from app.core.errors import NotAuthenticated, PermissionDenied
from app.settings import Settings
from graphql_schema.loaders import Loaders


class LiveChannel(Protocol):
    """The WebSocket session an operation runs in (graphql_schema/live/session.py)."""

    actor: Actor

    def authorized(self) -> bool: ...

    async def close(self, code: int, reason: str) -> None: ...


@dataclass
class Context:
    """What every resolver receives as `info.context`.

    Loaders are built on first use and dropped by `fresh_loaders()` when an operation starts
    (the FreshLoaders extension), so no operation is served rows another one cached.
    """

    settings: Settings
    client: ClientInfo
    actor: Actor | None = None
    request: Request | WebSocket | None = None
    response: Response | None = None
    connection_params: dict[str, object] | None = None
    live: LiveChannel | None = None
    # An athlete's own profile row, read with the token's check (HTTP requests); it serves the
    # request's first operation only (a later one of a batch may follow a mutation changing it).
    own_profile: Any | None = field(default=None, repr=False)
    _loaders: Loaders | None = field(default=None, repr=False)
    _operations: int = field(default=0, repr=False)

    def require_actor(self) -> Actor:
        """The authenticated caller, or NotAuthenticated."""
        if self.actor is None:
            raise NotAuthenticated()
        return self.actor

    @property
    def loaders(self) -> Loaders:
        """This operation's loaders, scoped to the caller (NotAuthenticated without one)."""
        actor = self.require_actor()
        if actor.is_integration:
            # a hub's token reads nothing through nested fields: it only ingests
            raise PermissionDenied("Integration tokens may only call the ingest mutations.")
        if self._loaders is None:
            self._loaders = Loaders(actor)
        return self._loaders

    def fresh_loaders(self) -> None:
        """Forget the loaders (and their caches): the next operation builds its own."""
        self._loaders = None
        self._operations += 1
        if self._operations > 1:
            self.own_profile = None

    def for_operation(self) -> Context:
        """A context of one operation on a connection: the caller's, with loaders of its own."""
        return replace(self, _loaders=None)


Info: TypeAlias = strawberry.Info[Context, None]
