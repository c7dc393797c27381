"""Writes that take an idempotency key: the single mutations and the operations of a sync batch.

Every input that can be one of the sync protocol's operations (`logWorkout`'s, and the
others registered in app/sync/protocol.py) has an optional `idempotencyKey` and turns itself
into the service's keyword arguments with `arguments()`.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any, Protocol, TypeVar

from tortoise.models import Model

from app.settings import Settings
from app.sync import protocol
from graphql_schema.context import Info

M = TypeVar("M", bound=Model)

IDEMPOTENCY_KEY_DESCRIPTION = (
    "Optional idempotency key, 1-255 characters, chosen by the client (a UUID is a good key): a "
    "repeat with the same key and input writes nothing and returns the first result again; with "
    "another input it is refused (IDEMPOTENCY_KEY_REUSED). Keys expire after IDEMPOTENCY_KEY_TTL_DAYS "
    "(30 days by default). In a `sync` operation, give the key on the operation instead."
)


class OperationInput(Protocol):
    """The input of a write the sync protocol knows."""

    @property
    def idempotency_key(self) -> str | None: ...

    def arguments(self) -> dict[str, Any]:
        """The input as the service's keyword arguments (without the actor)."""
        ...


def key_ttl(settings: Settings) -> timedelta:
    """How long idempotency keys are kept."""
    return timedelta(days=settings.idempotency_key_ttl_days)


async def write_once(info: Info, operation: str, input: OperationInput, expect: type[M]) -> M:
    """Apply a single mutation through the protocol's registry: once per idempotency key, if given."""
    performed = await protocol.perform(
        actor=info.context.require_actor(),
        operation=operation,
        arguments=input.arguments(),
        idempotency_key=input.idempotency_key,
        ttl=key_ttl(info.context.settings),
    )
    row = performed.entity.row
    assert isinstance(row, expect)
    return row
