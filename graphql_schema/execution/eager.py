"""Resolvers run eagerly: a coroutine is stepped once in place, and finishes there when the data
it awaits is already loaded (a done future does not suspend)."""

from __future__ import annotations

from asyncio import isfuture
from collections.abc import Generator
from types import CoroutineType, GeneratorType
from typing import Any

# Whether values of a type can be awaitable at all, by type: the awaitable check otherwise asks
# every row for an `__await__` attribute, and a row that has no such column raises to say so.
_CAN_AWAIT: dict[type, bool] = {t: False for t in (dict, list, str, int, float, bool, type(None))}


def maybe_awaitable(value: Any) -> bool:
    kind = type(value)
    can = _CAN_AWAIT.get(kind)
    if can is None:
        can = _CAN_AWAIT[kind] = issubclass(kind, CoroutineType | GeneratorType) or hasattr(kind, "__await__")
    return can


class Suspended:
    """The rest of a coroutine that was stepped once and suspended, awaitable as the coroutine.

    `await Suspended(coroutine, yielded)` hands `yielded` (what the first step yielded, e.g. a
    loader's pending future) to whoever awaits, then drives the coroutine exactly as
    `await coroutine` would have: the event loop sees the same yields.
    """

    __slots__ = ("_coroutine", "_yielded")

    def __init__(self, coroutine: CoroutineType[Any, Any, Any], yielded: Any) -> None:
        self._coroutine = coroutine
        self._yielded = yielded

    def __await__(self) -> Generator[Any, Any, Any]:
        coroutine, yielded = self._coroutine, self._yielded
        if isfuture(yielded):
            yielded._asyncio_future_blocking = True  # as the future's own await left it for its task
        while True:
            try:
                sent = yield yielded
            except GeneratorExit:
                coroutine.close()
                raise
            except BaseException as exc:  # thrown in by the awaiting task (a cancellation, say)
                try:
                    yielded = coroutine.throw(exc)
                except StopIteration as done:
                    return done.value
            else:
                try:
                    yielded = coroutine.send(sent)
                except StopIteration as done:
                    return done.value


def step(coroutine: CoroutineType[Any, Any, Any]) -> Any:
    """Run `coroutine` until it first suspends: its value if it finished (its exception raised
    if it failed), else a `Suspended` awaitable of the rest."""
    try:
        yielded = unblock(coroutine.send(None))
    except StopIteration as done:
        return done.value
    return Suspended(coroutine, yielded)


def unblock(yielded: Any) -> Any:
    """What a coroutine yielded, with the mark a future's await sets for the task it suspends
    (`_asyncio_future_blocking`) taken off, as a task does on receiving it: while it is on, any
    other await on the same pending future fails ("await wasn't used with future")."""
    if isfuture(yielded):
        yielded._asyncio_future_blocking = False
    return yielded
