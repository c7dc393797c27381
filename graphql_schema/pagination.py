"""Cursor connections (`edges`, `node`, `pageInfo`) with keyset pagination and a page-size cap."""

from __future__ import annotations

import base64
import binascii
import json
import uuid
from collections.abc import Awaitable, Callable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Generic, TypeVar

import strawberry
from tortoise import fields as tfields
from tortoise.expressions import Q
from tortoise.models import Model
from tortoise.queryset import QuerySet

from app.core.errors import ErrorCode, ValidationFailed

T = TypeVar("T")

DEFAULT_PAGE_SIZE = 50


@strawberry.type(description="Where a page sits in its list.")
class PageInfo:
    has_next_page: bool = strawberry.field(description="More items follow this page.")
    has_previous_page: bool = strawberry.field(
        description="Items precede this page (an `after` cursor was given)."
    )
    start_cursor: str | None = strawberry.field(description="Cursor of the first item of the page.")
    end_cursor: str | None = strawberry.field(
        description="Cursor of the last item; pass it as `after` for the next page."
    )


@strawberry.type(description="An item of a page and its cursor.")
class Edge(Generic[T]):
    node: T = strawberry.field(description="The item.")
    cursor: str = strawberry.field(description="Opaque position of the item, for `after`.")


@strawberry.type(description="A page of a list.")
class Connection(Generic[T]):
    edges: list[Edge[T]] = strawberry.field(description="The items of this page, in order.")
    page_info: PageInfo = strawberry.field(description="Paging state.")
    _count_query: strawberry.Private[QuerySet[Any] | None] = None

    @strawberry.field(
        description="How many items the whole list has (one extra query; ask only when needed)."
    )
    async def total_count(self) -> int:
        return await self._count_query.count() if self._count_query is not None else len(self.edges)


def _encode(values: Sequence[Any]) -> str:
    def plain(v: Any) -> Any:
        if isinstance(v, (datetime, date)):
            return v.isoformat()
        if isinstance(v, (uuid.UUID, Decimal)):
            return str(v)
        if hasattr(v, "value"):  # enums
            return v.value
        return v

    raw = json.dumps([plain(v) for v in values], separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def _decode(cursor: str, model: type[Model], order_fields: Sequence[str]) -> list[Any]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        values = json.loads(base64.urlsafe_b64decode(padded.encode()).decode())
        if not isinstance(values, list) or len(values) != len(order_fields):
            raise ValueError("wrong length")
        out = []
        for name, value in zip(order_fields, values, strict=True):
            field = model._meta.fields_map[name if name != "id" else model._meta.pk_attr]
            if value is None:
                out.append(None)
            elif isinstance(field, tfields.DatetimeField):
                out.append(datetime.fromisoformat(value))
            elif isinstance(field, tfields.DateField):
                out.append(date.fromisoformat(value))
            elif isinstance(field, tfields.UUIDField) or name == "id":
                out.append(uuid.UUID(str(value)))
            elif isinstance(field, tfields.IntField):
                out.append(int(value))
            else:
                out.append(str(value))
        return out
    except (ValueError, TypeError, KeyError, binascii.Error, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValidationFailed.one("after", ErrorCode.INVALID, "Not a cursor of this list.") from exc


def check_page_size(first: int | None, max_page_size: int) -> int:
    """The page size to use; BAD_USER_INPUT when outside 1..max."""
    size = DEFAULT_PAGE_SIZE if first is None else first
    if size < 1 or size > max_page_size:
        raise ValidationFailed.one(
            "first", ErrorCode.OUT_OF_RANGE, f"first must be between 1 and {max_page_size}."
        )
    return min(size, max_page_size)


async def paginate(
    queryset: QuerySet[Any],
    *,
    order_by: str,
    first: int | None,
    after: str | None,
    max_page_size: int,
    to_node: Callable[[Any], T] | Callable[[Any], Awaitable[T]],
    descending: bool = False,
) -> Connection[T]:
    """One page of `queryset` ordered by `order_by` then id (keyset pagination: stable under inserts)."""
    size = check_page_size(first, max_page_size)
    model = queryset.model
    order_fields = [order_by, "id"]
    page_query = queryset
    if after:
        value, last_id = _decode(after, model, order_fields)
        if descending:
            page_query = page_query.filter(
                Q(**{f"{order_by}__lt": value}) | Q(**{order_by: value, "id__lt": last_id})
            )
        else:
            page_query = page_query.filter(
                Q(**{f"{order_by}__gt": value}) | Q(**{order_by: value, "id__gt": last_id})
            )
    prefix = "-" if descending else ""
    rows = await page_query.order_by(f"{prefix}{order_by}", f"{prefix}id").limit(size + 1)
    has_next = len(rows) > size
    rows = rows[:size]
    edges = []
    for row in rows:
        node = to_node(row)
        if isinstance(node, Awaitable):
            node = await node
        edges.append(Edge(node=node, cursor=_encode([getattr(row, order_by), row.id])))
    return Connection(
        edges=edges,
        page_info=PageInfo(
            has_next_page=has_next,
            has_previous_page=after is not None,
            start_cursor=edges[0].cursor if edges else None,
            end_cursor=edges[-1].cursor if edges else None,
        ),
        _count_query=queryset,
    )
