"""The per-request (or per-WebSocket-operation) context: settings, caller, loaders."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.core.actor import Actor, ClientInfo
from app.core.errors import NotAuthenticated
from app.settings import Settings


@dataclass
class Context:
    """What every resolver receives as `info.context`."""

    settings: Settings
    client: ClientInfo
    actor: Actor | None = None
    request: Any = None
    response: Any = None
    loaders: Any = None
    connection_params: dict[str, Any] | None = None
    extras: dict[str, Any] = field(default_factory=dict)

    def require_actor(self) -> Actor:
        """The authenticated caller, or NotAuthenticated."""
        if self.actor is None:
            raise NotAuthenticated()
        return self.actor
