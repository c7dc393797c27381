"""The one base of every dataloader: scoped to the caller, shielded per waiter, matched by dictionary.

A loader is built for one operation with the caller's row-level scope (an `Actor`): its batch
query filters in SQL what that caller may see, so a row of another tenant can never enter its
cache. Keys are matched to rows through dictionaries (`by_key`, `grouped_by_key`), never by
scanning the rows once per key.

Each waiter gets its own view of a shared batch: graphql-core cancels the pending siblings of
a failed non-null field, and cancelling a task that awaits a loader's shared future would
cancel that future for every other field waiting on the same key (`asyncio.CancelledError`
escaping the whole request). `load()` hands out a shield over the shared future instead.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Hashable, Iterable
from contextvars import ContextVar
from itertools import groupby
from typing import Any, Generic, TypeVar

from aiodataloader import DataLoader

from app.core.actor import Actor

# True while the executor's look-ahead walk calls resolvers (graphql_schema/execution.py). The
# walk waits for loads together and never cancels one, so its loads skip the per-waiter shield
# (a future and two callbacks per load; thousands on a dashboard).
PREFETCHING: ContextVar[bool] = ContextVar("coachgraph_prefetching", default=False)


def _same_key(key: Any) -> Any:
    return key


K = TypeVar("K", bound=Hashable)
V = TypeVar("V")
R = TypeVar("R")


class ScopedLoader(DataLoader[K, V], Generic[K, V]):
    """A per-operation loader whose every batch query is filtered to what `actor` may see.

    Subclasses implement `fetch(keys)`: one SQL statement for the whole batch, returning one
    value per key in key order (None or [] for rows the caller may not see).
    """

    # whether `fetch_reading` reads rows with only some of their attributes
    narrows = False

    def __init__(self, actor: Actor) -> None:
        # DataLoader.__init__'s state set directly: its checks (that batch_load_fn is a coroutine
        # function, through inspect) hold for the class, and an operation builds a loader bundle
        # per domain it reads (16 loaders for programs), about a tenth of an athlete's week
        self.loop = asyncio.get_event_loop()
        self.get_cache_key = _same_key
        self._cache: dict[Any, asyncio.Future[V]] = {}
        self._queue: list[Any] = []
        self.actor = actor
        # attributes read -> key -> value, for loads that asked for part of each row
        self._partial: dict[frozenset[str], dict[K, V]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # what DataLoader.__init__ checks per instance, checked once per class
        assert asyncio.iscoroutinefunction(cls.batch_load_fn), cls

    async def batch_load_fn(self, keys: list[K]) -> list[V]:
        return await self.fetch(keys)

    async def fetch(self, keys: list[K]) -> list[V]:
        raise NotImplementedError

    async def fetch_reading(self, keys: list[K], reading: frozenset[str]) -> list[V]:
        """Like `fetch`, the rows with (at least) the attributes `reading` alone (`narrows`)."""
        raise NotImplementedError

    async def load_level(self, keys: list[K], reading: frozenset[str] | None = None) -> list[V]:
        """The values of `keys` (repeats allowed) for the executor's look-ahead walk: loaded as
        `load` does (one batch with whatever else this loader is asked for in the same tick),
        waited for together, without a coroutine or a resolver call per key. A failed batch
        raises (the normal pass then meets the error itself).

        With `reading` (the attributes every field selected on the values reads), a loader that
        `narrows` fetches rows of those attributes alone, in one statement for the missing keys,
        kept apart from whole rows (only the walk's selection sees them).
        """
        if reading is not None and self.narrows:
            known = self._partial.setdefault(reading, {})
            for key in keys:  # a whole value already loaded or primed serves any reading
                whole = self._cache.get(key)
                if key not in known and whole is not None and whole.done() and not whole.exception():
                    known[key] = whole.result()
            missing = [key for key in dict.fromkeys(keys) if key not in known]
            if missing:
                known.update(zip(missing, await self.fetch_reading(missing, reading), strict=True))
            return [known[key] for key in keys]
        futures = [DataLoader.load(self, key) for key in keys]
        values = []
        for future in futures:
            if not future.done():
                await asyncio.shield(future)  # the batch settles them all at once
            values.append(future.result())
        return values

    def load(self, key: K) -> asyncio.Future[V]:
        """The value for `key`, batched with the other keys asked for in the same tick.

        Shielded: cancelling one waiter never cancels the batch the other waiters share (a
        value already loaded, and a load of the look-ahead walk, need no shield).
        """
        future = super().load(key)
        if future.done() or PREFETCHING.get():
            return future
        return asyncio.shield(future)


def by_key(rows: Iterable[R], key: Callable[[R], K], keys: Iterable[K]) -> list[R | None]:
    """Rows matched to `keys` by `key(row)` (None where missing), in key order."""
    rows = rows if isinstance(rows, list) else list(rows)
    found = dict(zip(map(key, rows), rows, strict=True))
    return list(map(found.get, keys))


def first_by_key(rows: Iterable[R], key: Callable[[R], K], keys: Iterable[K]) -> list[R | None]:
    """Like `by_key`, but the FIRST row of each key wins (rows come ordered by preference)."""
    found: dict[K, R] = {}
    for row in rows:
        found.setdefault(key(row), row)
    return [found.get(k) for k in keys]


def grouped_by_key(rows: Iterable[R], key: Callable[[R], K], keys: Iterable[K]) -> list[list[R]]:
    """Rows grouped under each of `keys` by `key(row)` ([] where none), keeping row order.

    Each run of rows of one key is taken in one step (`groupby`): rows ordered by their key
    first group in a step per key, not one per row (a dashboard's 4,000 sessions in 800).
    """
    groups: dict[K, list[R]] = {}
    for k, run in groupby(rows, key):
        group = groups.get(k)
        if group is None:
            groups[k] = list(run)
        else:
            group.extend(run)
    return [groups.get(k, []) for k in keys]


def by_position(rows: Iterable[Any], count: int) -> list[list[Any]]:
    """Rows grouped by the 1-based position of the key they matched (`row["key_index"]`, which
    batch statements over `unnest(...) WITH ORDINALITY` return), for `count` keys."""
    groups: list[list[Any]] = [[] for _ in range(count)]
    for row in rows:
        groups[row["key_index"] - 1].append(row)
    return groups
