"""Look-ahead prefetch: the loader batches a list's whole subtree asks for, warmed level by level
before its first item completes."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import repeat
from operator import attrgetter, is_
from types import CoroutineType
from typing import Any

from graphql import GraphQLField, GraphQLList, GraphQLObjectType
from graphql.execution.collect_fields import FieldDetailsList
from graphql.execution.executor import Executor

from graphql_schema.dataloader import PREFETCHING
from graphql_schema.execution.eager import Suspended, unblock
from graphql_schema.execution.plan import Call, definition_of, is_plain, named
from graphql_schema.fields import LOADED, Loaded

# objects of one level: their type, the selection they complete, the objects
Level = tuple[GraphQLObjectType, FieldDetailsList, list[Any]]
CallFor = Callable[[GraphQLObjectType, GraphQLField, FieldDetailsList], Call | None]
# what a selection reads of each object it completes (graphql_schema/execution/columns.py)
ReadingFor = Callable[[GraphQLObjectType, FieldDetailsList], frozenset[str] | None]

# tasks of the walks (level loads, resolvers waiting on what only the event loop drives)
_BACKGROUND: set[asyncio.Future[Any]] = set()


Child = tuple[GraphQLObjectType, FieldDetailsList] | None
# what the walks resolved: id(field details) -> id(source) -> the resolver's value
Memo = dict[int, dict[int, Any]]


@dataclass(slots=True)
class _Waiting:
    """A resolver (or a level's load) of the walk that suspended: the rest of it, what it
    yielded, and what takes its value."""

    coroutine: CoroutineType[Any, Any, Any]
    yielded: Any
    done: Callable[[Any], None]


async def _await(awaitable: Awaitable[Any]) -> Any:
    return await awaitable


class Prefetch:
    """One walk over the selection below a list of objects.

        Level by level: every resolver field of the level is called for all of the level's objects
        (so each loader sees the whole level's keys in one batch), suspended resolvers are driven
        together until they finish, and the objects they (and plain object fields) return form the
        next level. Loads made during the walk skip the per-waiter shield (`PREFETCHING`): the walk
        waits for them together and never cancels one. Errors are ignored here; the normal pass
        meets them again and reports them. `warmed` collects the ids of every list walked, so the
        normal pass does not walk them again, and `memo` every value a resolver returned, keyed by
    id(field details) and id(source), so the normal pass takes it instead of calling it again.
    """

    def __init__(
        self,
        executor: Executor[Any],
        call_for: CallFor,
        reading_for: ReadingFor,
        warmed: set[int],
        memo: Memo,
    ) -> None:
        self.executor = executor
        self.call_for = call_for
        self.reading_for = reading_for
        self.warmed = warmed
        self.memo = memo
        self.waiting: list[_Waiting] = []
        self.found: dict[tuple[str, int], Level] = {}

    def walk(
        self, item_type: GraphQLObjectType, details: FieldDetailsList, items: list[Any]
    ) -> Awaitable[None] | None:
        """Warm what `items` will ask for: None when nothing had to wait, else the rest of the walk."""
        self.warmed.add(id(items))
        token = PREFETCHING.set(True)
        try:
            self._expand([(item_type, details, items)])
        finally:
            PREFETCHING.reset(token)
        return self._drive() if self.waiting else None

    async def _drive(self) -> None:
        while self.waiting:
            waiting, self.waiting = self.waiting, []
            if any(w.yielded is None for w in waiting):
                await asyncio.sleep(0)  # a bare yield: resume on the loop's next turn
            # A loader settles all the futures of a batch at once: wait for one pending future at
            # a time, not with a callback on each of thousands.
            pending = list(
                {id(w.yielded): w.yielded for w in waiting if asyncio.isfuture(w.yielded)}.values()
            )
            while pending := [f for f in pending if not f.done()]:
                await asyncio.wait(pending[:1])
            token = PREFETCHING.set(True)
            try:
                self._resume(waiting)
            finally:
                PREFETCHING.reset(token)

    def _resume(self, waiting: list[_Waiting]) -> None:
        """Drive each suspended resolver on; then walk the next level of what they returned."""
        for item in waiting:
            try:
                item.yielded = unblock(item.coroutine.send(None))
            except StopIteration as done:
                item.done(done.value)
                continue
            except Exception:  # noqa: S112 - the normal pass reports it
                continue
            if asyncio.isfuture(item.yielded) or item.yielded is None:
                self.waiting.append(item)
            else:
                # something only the event loop knows how to wait for: it drives the rest
                task = asyncio.ensure_future(Suspended(item.coroutine, item.yielded))
                _BACKGROUND.add(task)
                task.add_done_callback(_BACKGROUND.discard)
        level = list(self.found.values())
        self.found.clear()
        self._expand(level)

    def _found(self, child: Child, value: Any) -> None:
        if child is not None and value is not None:
            self._found_all(child, (value,))

    def _found_all(self, child: tuple[GraphQLObjectType, FieldDetailsList], values: Iterable[Any]) -> None:
        """The values of a field on some of a level's objects (objects, lists of them, nulls):
        their objects join the next level."""
        child_type, details = child
        key = (child_type.name, id(details))
        level = self.found.get(key)
        if level is None:
            level = self.found[key] = (child_type, details, [])
        objects = level[2]
        warmed = self.warmed
        for value in values:
            if value is None:
                continue
            if isinstance(value, list):
                warmed.add(id(value))
                objects.extend([v for v in value if v is not None])
            else:
                objects.append(value)

    def _expand(self, level: Sequence[Level]) -> None:
        """Call the level's resolvers on all its objects; plain object fields descend at once."""
        while level:
            for parent_type, details, objects in level:
                if objects:
                    grouped = self.executor.collect_subfields(parent_type, details).grouped_field_set
                    for field_details in grouped.values():
                        self._field(parent_type, field_details, objects)
            level = list(self.found.values())
            self.found.clear()
            if self.waiting:
                # resolvers are pending: these objects join the level their results make
                self.found.update(((entry[0].name, id(entry[1])), entry) for entry in level)
                return

    def _field(self, parent_type: GraphQLObjectType, details: FieldDetailsList, objects: list[Any]) -> None:
        field_def = self.executor.schema.get_field(parent_type, details[0].node.name.value)
        definition = definition_of(field_def) if field_def is not None else None
        if field_def is None or definition is None:
            return
        child_type = named(field_def.type)
        if isinstance(child_type, GraphQLList):
            child_type = named(child_type.of_type)
        concrete = isinstance(child_type, GraphQLObjectType) and child_type.is_type_of is None
        child = (child_type, details) if concrete else None
        if definition.is_basic_field:
            if child is not None and is_plain(definition):
                name = definition.python_name
                self._found_all(child, [getattr(obj, name, None) for obj in objects])
            return
        how = definition.metadata.get(LOADED)
        if isinstance(how, Loaded) and self._level(how, details, objects, child):
            return
        if child is None and not (definition.base_resolver and definition.base_resolver.is_async):
            return  # a synchronous computation of a leaf: nothing to warm
        call = self.call_for(parent_type, field_def, details)
        if call is not None:
            memo = self.memo.setdefault(id(details), {})
            for obj in objects:
                self._call(call, obj, self._taker(memo, id(obj), child))

    def _taker(self, memo: dict[int, Any], key: int, child: Child) -> Callable[[Any], None]:
        """What takes a resolver's value: the memo, and the next level when it has objects."""

        def take(value: Any) -> None:
            memo[key] = value
            self._found(child, value)

        return take

    def _level(self, how: Loaded, details: FieldDetailsList, objects: list[Any], child: Child) -> bool:
        """A `loaded` field of the whole level: its loader fetches every row's key in one call,
        rows with only the attributes the field's selection reads where that is known (False
        when the operation has no loaders: the resolvers then say why)."""
        try:
            loader = how.loader(self.executor.context_value.loaders)
        except Exception:
            return False
        memo = self.memo.setdefault(id(details), {})
        keys = list(map(attrgetter(how.key), objects))
        if any(map(is_, keys, repeat(None))):
            memo.update((id(obj), None) for obj, key in zip(objects, keys, strict=True) if key is None)
            objects = [obj for obj, key in zip(objects, keys, strict=True) if key is not None]
            keys = [key for key in keys if key is not None]
        ids = list(map(id, objects))
        then = how.then

        def take(values: list[Any]) -> None:
            if then is not None:
                values = list(map(then, values))
            memo.update(zip(ids, values, strict=True))
            if child is not None:
                self._found_all(child, values)

        if keys:
            reading = self.reading_for(*child) if child is not None and then is None else None
            level = loader.load_level(keys, reading)
            task = asyncio.ensure_future(level)
            _BACKGROUND.add(task)
            task.add_done_callback(_BACKGROUND.discard)
            self._call(lambda _: task, None, take)
        return True

    def _call(self, call: Call, obj: Any, take: Callable[[Any], None]) -> None:
        try:
            result = call(obj)
            if asyncio.isfuture(result):
                result = _await(result)
            if type(result) is not CoroutineType:
                take(result)
                return
            yielded = unblock(result.send(None))
        except StopIteration as done:
            take(done.value)
        except Exception:  # noqa: S110 - the normal pass reports it
            pass
        else:
            self.waiting.append(_Waiting(result, yielded, take))
