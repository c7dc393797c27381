"""Cursor connections (`edges`, `node`, `pageInfo`) with keyset pagination and a page-size cap."""

from __future__ import annotations

import base64
import binascii
import json
import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Annotated, Any, Generic, TypeVar

import strawberry
from tortoise import fields as tfields
from tortoise.expressions import Q
from tortoise.models import Model
from tortoise.queryset import QuerySet

from app.core.errors import ErrorCode, ValidationFailed
from graphql_schema.fields import field

T = TypeVar("T")
M = TypeVar("M", bound=Model)

DEFAULT_PAGE_SIZE = 50

# The arguments every connection takes. The maximum is the MAX_PAGE_SIZE setting (100 unless
# the server is configured otherwise); a `first` outside 1..MAX_PAGE_SIZE is BAD_USER_INPUT.
FirstArg = Annotated[
    int | None,
    strawberry.argument(
        description=f"Page size: 1 to the server's MAX_PAGE_SIZE (100 unless configured), default {DEFAULT_PAGE_SIZE}."
    ),
]
AfterArg = Annotated[
    str | None,
    strawberry.argument(
        description="Start after this cursor (the previous page's `pageInfo.endCursor`); only cursors of the same list."
    ),
]


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

    @field("How many items the whole list has (one extra query; ask only when needed).")
    async def total_count(self) -> int:
        return await self._count_query.count() if self._count_query is not None else len(self.edges)


# Longer than any cursor `_encode` writes (even a 255-character text position of emoji is about
# 4.2 KB once JSON-escaped and base64-encoded): anything longer is refused without being decoded.
MAX_CURSOR_LENGTH = 8192
_INT_LIMIT = 2**63


def _list_key(model: type[Model], order_by: str, descending: bool) -> str:
    """Names the list a cursor belongs to: a cursor of another list is refused, not misread."""
    return f"{model._meta.db_table}.{'-' if descending else ''}{order_by}"


def _encode(list_key: str, values: Sequence[Any]) -> str:
    def plain(v: Any) -> Any:
        if isinstance(v, (datetime, date)):
            return v.isoformat()
        if isinstance(v, (uuid.UUID, Decimal)):
            return str(v)
        if hasattr(v, "value"):  # enums
            return v.value
        return v

    raw = json.dumps([list_key, *(plain(v) for v in values)], separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def _not_a_cursor() -> ValidationFailed:
    return ValidationFailed.one("after", ErrorCode.INVALID, "Not a cursor of this list.")


def _decode(cursor: str, model: type[Model], order_fields: Sequence[str], list_key: str) -> list[Any]:
    """The positions `cursor` holds, typed like their columns; INVALID unless `_encode` could have
    written it for this list (a forged value never reaches the SQL query)."""
    if len(cursor) > MAX_CURSOR_LENGTH:
        raise _not_a_cursor()
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        values = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")).decode("utf-8"))
        if not isinstance(values, list) or len(values) != len(order_fields) + 1 or values[0] != list_key:
            raise ValueError("not a cursor of this list")
        return [
            _position(model._meta.fields_map[name if name != "id" else model._meta.pk_attr], value)
            for name, value in zip(order_fields, values[1:], strict=True)
        ]
    # UnicodeError and JSONDecodeError are ValueErrors; RecursionError: "[[[[...", OverflowError:
    # a time at the calendar's very ends that has no UTC equivalent
    except (ValueError, TypeError, KeyError, binascii.Error, RecursionError, OverflowError) as exc:
        raise _not_a_cursor() from exc


def _position(field: tfields.Field[Any], value: Any) -> Any:
    """One cursor value as the column's type; ValueError when `_encode` never writes such a value."""
    if isinstance(field, tfields.DatetimeField):
        if not isinstance(value, str):
            raise ValueError("a time is written as text")
        moment = datetime.fromisoformat(value)
        if moment.utcoffset() is None:
            raise ValueError("cursor times carry their UTC offset")
        return moment.astimezone(UTC)
    if isinstance(field, tfields.DateField):
        if not isinstance(value, str):
            raise ValueError("a date is written as text")
        return date.fromisoformat(value)
    if isinstance(field, tfields.UUIDField):
        if not isinstance(value, str):
            raise ValueError("an id is written as text")
        return uuid.UUID(value)
    if isinstance(field, tfields.IntField):
        if not isinstance(value, int) or isinstance(value, bool) or not -_INT_LIMIT <= value < _INT_LIMIT:
            raise ValueError("not a stored integer")
        return value
    if isinstance(field, (tfields.CharField, tfields.TextField)):
        max_length = getattr(field, "max_length", None)
        if not isinstance(value, str) or (max_length is not None and len(value) > max_length):
            raise ValueError("not a stored text")
        if "\x00" in value:
            raise ValueError("text with NUL is never stored")
        value.encode("utf-8")  # a lone surrogate is never stored either (UnicodeEncodeError)
        return value
    raise ValueError(f"no cursor positions on {type(field).__name__} columns")


def check_page_size(first: int | None, max_page_size: int) -> int:
    """The page size to use; BAD_USER_INPUT when outside 1..max."""
    size = DEFAULT_PAGE_SIZE if first is None else first
    if size < 1 or size > max_page_size:
        raise ValidationFailed.one(
            "first", ErrorCode.OUT_OF_RANGE, f"first must be between 1 and {max_page_size}."
        )
    return min(size, max_page_size)


async def paginate(
    queryset: QuerySet[M],
    *,
    order_by: str,
    first: int | None,
    after: str | None,
    max_page_size: int,
    descending: bool = False,
) -> Connection[M]:
    """One page of `queryset`'s rows ordered by `order_by` then id (keyset pagination: stable under
    inserts). The nodes are the rows: the connection's GraphQL type says which type presents them."""
    size = check_page_size(first, max_page_size)
    model = queryset.model
    order_fields = [order_by, "id"]
    list_key = _list_key(model, order_by, descending)
    page_query = queryset
    if after:
        value, last_id = _decode(after, model, order_fields, list_key)
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
    edges = [Edge(node=row, cursor=_encode(list_key, [getattr(row, order_by), row.pk])) for row in rows]
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
