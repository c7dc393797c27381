"""The owned executor (graphql_schema/execution/): the same responses as graphql-core's stock
path, errors and nulls included, with resolvers stepped eagerly and lists prefetched level by
level.

A small schema of its own (no database) runs every document through both executors and the
answers must be identical: data, error messages and error paths.
"""

from __future__ import annotations

import asyncio
import enum
import uuid
from datetime import UTC, datetime
from typing import Any

import pytest
import strawberry
from aiodataloader import DataLoader

from graphql_schema.dataloader import PREFETCHING, ScopedLoader
from graphql_schema.execution import CoachgraphExecutionContext
from graphql_schema.execution.eager import Suspended, step
from graphql_schema.fields import loaded


@strawberry.enum
class Color(enum.Enum):
    RED = "red"
    BLUE = "blue"


class Loads:
    """The loaders of one operation, recording each batch and whether the walk asked for it."""

    def __init__(self) -> None:
        self.batches: list[tuple[str, list[int], bool]] = []
        self.calls: dict[str, int] = {}
        self.children = self._loader("children", lambda key: [Node(key * 10 + i) for i in range(1, 4)])
        self.label = self._loader("label", lambda key: f"label-{key}")

    def _loader(self, name: str, make: Any) -> DataLoader[int, Any]:
        batches = self.batches

        class Recording(ScopedLoader[int, Any]):
            async def fetch(self, keys: list[int]) -> list[Any]:
                batches.append((name, list(keys), PREFETCHING.get()))
                await asyncio.sleep(0)  # a batch suspends, as a database round trip does
                return [make(key) for key in keys]

        return Recording(actor=None)  # type: ignore[arg-type]


class Context(dict[str, Any]):
    """The operation's context: `context["loads"]` for the resolvers, `.loaders` for `loaded` fields."""

    @property
    def loaders(self) -> Loads:
        return self["loads"]  # type: ignore[no-any-return]


class Node:
    def __init__(self, number: int) -> None:
        self.number = number
        self.missing: str | None = None
        self.color = Color.RED if number % 2 else Color.BLUE
        self.at = datetime(2026, 1, number % 28 + 1, tzinfo=UTC)
        self.uid = uuid.UUID(int=number)
        self.name: str | None = None if number % 4 == 0 else f"node {number}"  # non-null in the schema
        self.size = 2**40 if number % 5 == 0 else number  # Int's serializer refuses 2**40
        self.flag: Any = "yes" if number % 6 == 0 else number % 2 == 0  # Boolean's turns "yes" to True


@strawberry.type
class Item:
    number: int
    missing: str | None
    color: Color
    at: datetime
    uid: uuid.UUID
    name: str
    size: int
    flag: bool

    @strawberry.field
    async def children(self, info: strawberry.Info) -> list[Item]:
        return await info.context["loads"].children.load(self.number)  # type: ignore[no-any-return]

    @strawberry.field
    async def label(self, info: strawberry.Info) -> str:
        loads = info.context["loads"]
        loads.calls["label"] = loads.calls.get("label", 0) + 1
        return await loads.label.load(self.number)  # type: ignore[no-any-return]

    @strawberry.field
    async def shout(self, info: strawberry.Info) -> str:
        # the same loader key as `label`: both wait on one future in the walk
        loads = info.context["loads"]
        loads.calls["shout"] = loads.calls.get("shout", 0) + 1
        return (await loads.label.load(self.number)).upper()  # type: ignore[no-any-return]

    @strawberry.field
    def twice(self, times: int = 2) -> int:
        return self.number * times

    # declared loader fields: the walk loads them a level at a time, no resolver call per item
    label_loaded = loaded(
        "The label, loaded.", graphql_type=str, loader=lambda loads: loads.label, key="number"
    )
    label_length = loaded(
        "The label's length.", graphql_type=int, loader=lambda loads: loads.label, key="number", then=len
    )

    @strawberry.field
    def with_parent(self, parent: strawberry.Parent[Node], info: strawberry.Info) -> int:
        return self.number + parent.number

    @strawberry.field
    def only_parent(parent: strawberry.Parent[Node]) -> int:
        return parent.number * 10

    @strawberry.field
    def broken(self) -> int:
        if self.number % 2:
            raise ValueError(f"broken {self.number}")
        return self.number

    @strawberry.field
    async def broken_later(self, info: strawberry.Info) -> str | None:
        label = await info.context["loads"].label.load(self.number)
        if self.number % 3 == 0:
            raise ValueError(f"later {label}")
        return str(label)

    @strawberry.field
    def must(self) -> str:  # non-null, but None for some items
        return None if self.number % 4 == 0 else "ok"  # type: ignore[return-value]

    @strawberry.field
    def not_an_int(self) -> int:
        return "abc"  # type: ignore[return-value]

    @strawberry.field
    def parent(self) -> Item | None:
        return Node(self.number // 10) if self.number >= 10 else None  # type: ignore[return-value]


@strawberry.type
class Wrapper:
    item: Item
    items: list[Item]
    maybe: Item | None


@strawberry.type
class Pair:
    """Plain object and list attributes, completed by the compiled path inside a list."""

    first: Item
    second: Item | None
    rest: list[Item]


@strawberry.type
class Query:
    @strawberry.field
    def items(self, count: int = 3) -> list[Item]:
        return [Node(n) for n in range(1, count + 1)]  # type: ignore[misc]

    @strawberry.field
    async def wrapper(self) -> Wrapper:
        return Wrapper(item=Node(7), items=[Node(8), Node(9)], maybe=None)  # type: ignore[arg-type]

    @strawberry.field
    def pairs(self, count: int = 3, broken_at: int = 0) -> list[Pair]:
        return [
            Pair(
                first=None if n == broken_at else Node(n),  # type: ignore[arg-type]
                second=Node(n + 1) if n % 2 else None,  # type: ignore[arg-type]
                rest=[Node(n * 10 + i) for i in range(1, 3)],  # type: ignore[misc]
            )
            for n in range(1, count + 1)
        ]

    @strawberry.field
    def plain_required(self) -> Wrapper:
        return Wrapper(item=None, items=[], maybe=None)  # type: ignore[arg-type]


STOCK = strawberry.Schema(Query)
OWNED = strawberry.Schema(Query, execution_context_class=CoachgraphExecutionContext)

DOCUMENTS = [
    "{ items { number missing color at uid twice(times: 3) label withParent onlyParent } }",
    "{ items(count: 4) { number children { number label children { number color label } } } }",
    "{ a: items(count: 2) { n: number ...F } b: items(count: 1) { __typename number } } "
    "fragment F on Item { label l2: label children { twice } }",
    "{ items(count: 5) { number broken } }",
    "{ items(count: 6) { number brokenLater children { brokenLater } } }",
    "{ items(count: 8) { number must } }",
    "{ items { notAnInt } }",
    "{ items(count: 2) { children { parent { number parent { number } } } } }",
    "{ items(count: 3) { labelLoaded labelLength label children { labelLength labelLoaded } } }",
    "{ wrapper { item { number label } items { number children { label } } maybe { number } } }",
    "{ plainRequired { maybe { number } item { number } } }",
    "query ($skip: Boolean!) { items(count: 2) { number @skip(if: $skip) label @include(if: $skip) } }",
    # compiled completion (graphql_schema/execution/compiled.py): whole selections it covers, ...
    "{ items(count: 3) { __typename t: __typename number color at uid missing labelLoaded labelLength"
    " label children { number onlyParent parent { number color } children { label } } } }",
    "{ pairs { first { number label } second { number } rest { number labelLoaded children { number } } } }",
    "{ items(count: 3) { number name flag size } }",
    # ... and the unusual values that send a list back to the owned path: a null in a non-null
    # plain field, a plain value its serializer refuses, a computed value it refuses, a null in a
    # non-null plain object, deep inside a compiled list, next to fields that do compile
    "{ items(count: 5) { number name } }",
    "{ items(count: 6) { number size } }",
    "{ items(count: 6) { number children { number parent { number size } } } }",
    "{ items(count: 7) { flag } }",
    "{ items(count: 2) { number children { number notAnInt } } }",
    "{ items(count: 4) { number children { number labelLoaded parent { number must } } } }",
    "{ pairs(count: 3, brokenAt: 2) { first { number } second { number } } }",
    "{ items(count: 3) { number children { brokenLater } } }",
    "{ items(count: 3) { twice(times: 3) children { number label } } }",
]


async def _run(schema: strawberry.Schema, document: str) -> tuple[Any, list[tuple[str, Any]], Loads]:
    loads = Loads()
    result = await schema.execute(
        document, context_value=Context(loads=loads), variable_values={"skip": True}
    )
    errors = sorted((e.message, e.path) for e in result.errors or [])
    return result.data, errors, loads


@pytest.mark.parametrize("document", DOCUMENTS)
async def test_the_owned_executor_answers_as_graphql_core_does(document: str) -> None:
    stock_data, stock_errors, stock_loads = await _run(STOCK, document)
    owned_data, owned_errors, owned_loads = await _run(OWNED, document)

    assert owned_data == stock_data
    assert owned_errors == stock_errors
    # the same keys are loaded, in as many batches or fewer
    assert sorted(k for _, keys, _ in owned_loads.batches for k in keys) == sorted(
        k for _, keys, _ in stock_loads.batches for k in keys
    )
    assert len(owned_loads.batches) <= len(stock_loads.batches)


async def test_a_list_whose_selection_compiles_completes_without_a_pass_per_field(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    document = "{ items(count: 4) { number color label children { labelLoaded parent { number } } } }"
    counted: list[str] = []
    execute_fields = CoachgraphExecutionContext.execute_fields

    def counting(self: Any, parent_type: Any, *args: Any) -> Any:
        counted.append(parent_type.name)
        return execute_fields(self, parent_type, *args)

    monkeypatch.setattr(CoachgraphExecutionContext, "execute_fields", counting)
    data, errors, _ = await _run(OWNED, document)

    assert errors == []
    assert data == (await _run(STOCK, document))[0]
    assert counted == ["Query"]  # the 4 items, 12 children and 12 parents: compiled functions

    counted.clear()
    data, errors, _ = await _run(OWNED, "{ items(count: 4) { number name children { number } } }")
    # item 4's name is null: the list goes back to the owned path, whose children still compile
    assert errors == [("Cannot return null for non-nullable field Item.name.", ["items", 3, "name"])]
    assert data is None
    assert counted == ["Query", "Item", "Item", "Item", "Item"]


async def test_errors_and_nulls_are_reported_where_they_happen() -> None:
    data, errors, _ = await _run(OWNED, DOCUMENTS[5])

    assert data is None  # `must` is non-null in a non-null list of non-null items
    assert errors == [("Cannot return null for non-nullable field Item.must.", ["items", 3, "must"])]

    data, errors, _ = await _run(OWNED, "{ items(count: 4) { number brokenLater children { brokenLater } } }")
    assert [item["brokenLater"] for item in data["items"]] == ["label-1", "label-2", None, "label-4"]
    assert errors == [
        ("later label-12", ["items", 0, "children", 1, "brokenLater"]),
        ("later label-21", ["items", 1, "children", 0, "brokenLater"]),
        ("later label-3", ["items", 2, "brokenLater"]),
        ("later label-33", ["items", 2, "children", 2, "brokenLater"]),
        ("later label-42", ["items", 3, "children", 1, "brokenLater"]),
    ]


async def test_a_list_subtree_is_loaded_by_the_walk_one_batch_per_level() -> None:
    document = "{ items(count: 4) { label children { label children { label } } } }"

    _, _, loads = await _run(OWNED, document)

    # every batch was asked for by the look-ahead walk, a level at a time: the normal pass then
    # completes from the loaders' caches without waiting
    assert [(name, len(keys), walk) for name, keys, walk in loads.batches] == [
        ("label", 4, True),
        ("children", 4, True),
        ("label", 12, True),
        ("children", 12, True),
        ("label", 36, True),
    ]
    _, _, stock = await _run(STOCK, document)
    assert [(name, len(keys), walk) for name, keys, walk in stock.batches] == [
        ("label", 4, False),
        ("children", 4, False),
        ("label", 12, False),
        ("children", 12, False),
        ("label", 36, False),
    ]


async def test_each_resolver_of_a_walked_list_runs_once_per_item() -> None:
    document = "{ items(count: 4) { label shout children { label shout } } }"

    data, errors, loads = await _run(OWNED, document)

    assert errors == []
    assert [item["shout"] for item in data["items"]] == ["LABEL-1", "LABEL-2", "LABEL-3", "LABEL-4"]
    # the walk's values are the response's: no resolver runs twice, none is dropped because
    # another waited on the same future
    assert loads.calls == {"label": 16, "shout": 16}
    assert [(name, len(keys)) for name, keys, _ in loads.batches] == [
        ("label", 4),
        ("children", 4),
        ("label", 12),
    ]


async def test_a_loaded_field_is_loaded_for_a_whole_level_with_the_resolvers_batch() -> None:
    document = "{ items(count: 3) { label labelLoaded labelLength children { labelLoaded } } }"

    data, errors, loads = await _run(OWNED, document)

    assert errors == []
    assert [(i["label"], i["labelLoaded"], i["labelLength"]) for i in data["items"]] == [
        ("label-1", "label-1", 7),
        ("label-2", "label-2", 7),
        ("label-3", "label-3", 7),
    ]
    # `label` (a resolver) and the two declared fields share one batch per level
    assert [(name, len(keys), walk) for name, keys, walk in loads.batches] == [
        ("label", 3, True),
        ("children", 3, True),
        ("label", 9, True),
    ]
    assert loads.calls == {"label": 3}  # the declared fields call no resolver


async def test_coroutines_stepped_on_one_pending_future_all_finish() -> None:
    shared: asyncio.Future[int] = asyncio.get_running_loop().create_future()
    rests = [step(_value(shared)) for _ in range(3)]
    assert all(isinstance(rest, Suspended) for rest in rests)

    asyncio.get_running_loop().call_soon(shared.set_result, 1)
    assert await asyncio.gather(*(_await(rest) for rest in rests)) == [2, 2, 2]


async def _value(future: asyncio.Future[int]) -> int:
    return await future + 1


async def test_a_coroutine_whose_data_is_loaded_finishes_in_one_step() -> None:
    done: asyncio.Future[int] = asyncio.get_running_loop().create_future()
    done.set_result(41)

    assert step(_value(done)) == 42


async def test_a_suspended_coroutine_is_finished_by_the_event_loop() -> None:
    pending: asyncio.Future[int] = asyncio.get_running_loop().create_future()
    rest = step(_value(pending))
    assert isinstance(rest, Suspended)

    asyncio.get_running_loop().call_soon(pending.set_result, 1)
    assert await rest == 2


async def test_a_suspended_coroutine_is_cancelled_with_its_waiter() -> None:
    pending: asyncio.Future[int] = asyncio.get_running_loop().create_future()
    reached_finally = asyncio.Event()

    async def guarded() -> int:
        try:
            return await pending
        finally:
            reached_finally.set()

    task = asyncio.ensure_future(_await(step(guarded())))
    await asyncio.sleep(0)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert reached_finally.is_set()
    assert pending.cancelled()  # the waiter's own future: cancelling it is what a task does


async def _await(awaitable: Any) -> Any:
    return await awaitable


def test_a_failing_coroutine_raises_from_its_first_step() -> None:
    async def fails() -> None:
        raise ValueError("no")

    with pytest.raises(ValueError, match="no"):
        step(fails())
