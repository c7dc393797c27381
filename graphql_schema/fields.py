"""Typed helpers to declare GraphQL fields, and lazy references to object types.

GraphQL types are views over rows: a resolver returns the row (an ORM model, or a plain
value object of a service), and the field's `graphql_type` says which GraphQL type presents
it. The Python annotation stays the row's type, so mypy checks what resolvers really return.
Fields that cross modules name their type lazily (`ref`), so no type module imports another
and none can import in a circle.

Strawberry types its decorator factories as returning `Any`; `field` and `mutation` give
them a precise type and make a description mandatory (the descriptions are the API docs).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from types import GenericAlias
from typing import Any, TypeVar, cast

import strawberry
from strawberry.permission import BasePermission
from strawberry.types.lazy_type import LazyType

from app.core.updates import KEEP
from graphql_schema.context import Info

F = TypeVar("F", bound=Callable[..., Any])


def field(
    description: str,
    *,
    graphql_type: object | None = None,
    permission_classes: list[type[BasePermission]] | None = None,
    name: str | None = None,
    reads: tuple[str, ...] | None = None,
) -> Callable[[F], F]:
    """Declare a resolver as a described GraphQL field (of type `graphql_type` when given).

    `reads` names every attribute of its row the resolver reads (see `reading`).
    """
    return cast(
        "Callable[[F], F]",
        strawberry.field(
            description=description,
            graphql_type=graphql_type,
            permission_classes=permission_classes,
            name=name,
            metadata=reading(*reads) if reads is not None else None,
        ),
    )


READS = "coachgraph.reads"


def reading(*attributes: str) -> dict[str, Any]:
    """The metadata of a resolver field that reads only these attributes of its row.

    A list of rows whose every selected field says what it reads is fetched with those columns
    alone (graphql_schema/execution/columns.py): a dashboard's 4,000 sessions decode 4 columns,
    not 18. A resolver without this declaration gets whole rows. A declaration must be complete:
    a row read for it has no other column (reading one raises AttributeError).
    """
    return {READS: frozenset(attributes)}


LOADED = "coachgraph.loaded"


@dataclass(frozen=True)
class Loaded:
    """How a `loaded` field gets its value: `loader(loaders).load(row.<key>)`, then `then`."""

    loader: Callable[[Any], Any]
    key: str
    then: Callable[[Any], Any] | None = None


def loaded(
    description: str,
    *,
    graphql_type: object,
    loader: Callable[[Any], Any],
    key: str = "id",
    then: Callable[[Any], Any] | None = None,
) -> Any:
    """A field whose value one of the operation's loaders gives for the row's `key` attribute
    (`loader(info.context.loaders)`, null when the key is null), passed through `then` if given.

    Declared rather than written as a resolver, so that the executor's look-ahead walk
    (graphql_schema/execution/prefetch.py) loads it for a whole level of rows at once, with no
    coroutine, future or resolver call per row.
    """
    how = Loaded(loader, key, then)

    async def resolve(parent: strawberry.Parent[Any], info: Info) -> Any:
        value = getattr(parent, key)
        if value is None:
            return None
        found = await loader(info.context.loaders).load(value)
        return found if then is None else then(found)

    return strawberry.field(
        description=description, graphql_type=graphql_type, resolver=resolve, metadata={LOADED: how}
    )


def mutation(
    description: str,
    *,
    graphql_type: object | None = None,
    permission_classes: list[type[BasePermission]] | None = None,
) -> Callable[[F], F]:
    """Declare a resolver as a described root mutation."""
    return cast(
        "Callable[[F], F]",
        strawberry.mutation(
            description=description, graphql_type=graphql_type, permission_classes=permission_classes
        ),
    )


def ref(type_name: str, module: str) -> LazyType[str, str]:
    """The object type `type_name` of `module`, resolved when the schema is built."""
    return LazyType(type_name, module)


def list_of(item: object) -> object:
    """The GraphQL list of `item` (a type or a `ref`): `[Item!]!`."""
    return GenericAlias(list, (item,))


def keep_unset(value: object) -> object:
    """An input field the client omitted (UNSET) as the services' KEEP (leave it as it is)."""
    return KEEP if value is strawberry.UNSET else value


def subscription(
    description: str,
    *,
    graphql_type: object | None = None,
    permission_classes: list[type[BasePermission]] | None = None,
) -> Callable[[F], F]:
    """Declare an async generator as a described root subscription."""
    return cast(
        "Callable[[F], F]",
        strawberry.subscription(
            description=description, graphql_type=graphql_type, permission_classes=permission_classes
        ),
    )
