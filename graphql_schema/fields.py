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
from types import GenericAlias
from typing import Any, TypeVar, cast

import strawberry
from strawberry.permission import BasePermission
from strawberry.types.lazy_type import LazyType

from app.core.updates import KEEP

F = TypeVar("F", bound=Callable[..., Any])


def field(
    description: str,
    *,
    graphql_type: object | None = None,
    permission_classes: list[type[BasePermission]] | None = None,
    name: str | None = None,
) -> Callable[[F], F]:
    """Declare a resolver as a described GraphQL field (of type `graphql_type` when given)."""
    return cast(
        "Callable[[F], F]",
        strawberry.field(
            description=description,
            graphql_type=graphql_type,
            permission_classes=permission_classes,
            name=name,
        ),
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
