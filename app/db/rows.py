"""Rows read straight from PostgreSQL into light, read-only objects, for the API's views.

The API presents rows (its types are views over them); reading thousands of them per request
(a dashboard holds 4,000 sessions) through the ORM costs a model instance each, with every
column converted in Python and every JSON column parsed, then thrown away. A `Shape` reads a
model's table into asyncpg records instead: the record IS the row, and its class (one per model,
built once) reads each column as an attribute through a property over the record's position,
so `row.title`, `row.program_id` and `row.status` read as they do on the model:
  - enum columns read as the model's enum members;
  - JSON columns are not read at all: a row's JSON attribute is `NOT_READ`, and the view reads
    the column for the rows a response asks it for with `fetch_json` (one statement per batch),
    as `RawJSON`, the text asyncpg received, which the JSON scalar parses. A dashboard's 4,000
    sessions and 3,000 logs carry 4 MB of prescriptions and logged data it never shows;
  - everything else is what asyncpg decodes (uuid, aware UTC datetimes, dates, numbers, text).

Statements are sent through the operation's Tortoise connection (a transaction's, inside one)
and logged on `tortoise.db_client` like the ORM's, so statement counts see them. Their text is
constant (`= ANY($1::uuid[])` for a batch of keys), so asyncpg's prepared-statement cache hits.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import Enum
from functools import cache, cached_property
from operator import itemgetter
from typing import Any

import asyncpg
import orjson
from tortoise import connections
from tortoise.fields.data import CharEnumFieldInstance, IntEnumFieldInstance, JSONField
from tortoise.models import Model

from app.db.json import RawJSON

# the logger Tortoise logs each statement on (tests and the benchmark count statements with it)
statements = logging.getLogger("tortoise.db_client")


class Row(asyncpg.Record):
    """A row of a `Shape`: its columns read as attributes (each shape's class defines them)."""

    __slots__ = ()

    def __getattr__(self, name: str) -> Any:
        # only reached for a name the row's shape has no column for (or did not read: a
        # narrowed shape's, whose reader declared it would not need it)
        raise AttributeError(f"{type(self).__name__} has no column {name!r}")


class RowView:
    """A row of one shape inside a record of another (`Shape.view`): its attributes read the
    record's columns from an offset on."""

    __slots__ = ("record",)
    key_at: int  # the position of the row's primary key in the record

    def __init__(self, record: asyncpg.Record) -> None:
        self.record = record

    @classmethod
    def of(cls, record: asyncpg.Record) -> RowView | None:
        """The row in `record`, or None when an outer join found none (a null primary key)."""
        return None if record[cls.key_at] is None else cls(record)

    def __getattr__(self, name: str) -> Any:
        raise AttributeError(f"{type(self).__name__} has no column {name!r}")


def _as_is(read: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return read


def _in_record(read: Callable[[Any], Any]) -> Callable[[RowView], Any]:
    def view(row: RowView) -> Any:
        return read(row.record)

    return view


def _json_column(index: int) -> Callable[[Row], Any]:
    def read(row: Row) -> Any:
        value = row[index]
        return None if value is None else RawJSON(value)

    return read


def _parsed_json_column(index: int) -> Callable[[Row], Any]:
    def read(row: Row) -> Any:
        value = row[index]
        return None if value is None else orjson.loads(value)

    return read


class _NotRead:
    """The value of a JSON attribute of a row: the column is read on demand (`fetch_json`)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "NOT_READ"


NOT_READ: Any = _NotRead()


def _enum_column(index: int, enum: type[Enum]) -> Callable[[Row], Any]:
    members = {member.value: member for member in enum}

    def read(row: Row) -> Any:
        value = row[index]
        return None if value is None else members.get(value, value)

    return read


class Shape:
    """How one model's rows are read: the SELECT list (for table alias `t`) and the row class.

    Built on first use, once the ORM is initialised (relations add their `<name>_id` columns then).
    """

    def __init__(
        self,
        model: type[Model],
        *,
        with_json: bool = False,
        parsed: bool = False,
        only: frozenset[str] | None = None,
    ) -> None:
        self.model = model
        self.with_json = with_json
        self.parsed = parsed  # JSON columns read as the ORM reads them (parsed on each read)
        self.only = only  # the attributes a narrowed shape reads (None: every column)
        self._narrowed: dict[frozenset[str], Shape] = {}

    def narrow(self, attributes: frozenset[str]) -> Shape:
        """This shape reading only `attributes` and the primary key (JSON attributes stay
        NOT_READ); this shape itself when one of them is not a column it reads.

        A list's rows decode the columns its view shows, not every column: for a dashboard's
        4,000 sessions, 4 of 18 columns cut asyncpg's decoding from 11 to 1.7 ms, and freeing the
        rows after the response with it.
        """
        narrowed = self._narrowed.get(attributes)
        if narrowed is None:
            meta = self.model._meta
            wanted = {meta.pk_attr if name == "pk" else name for name in attributes}
            wanted -= {name for name, f in meta.fields_map.items() if isinstance(f, JSONField)}
            wanted.add(meta.pk_attr)
            readable = {name for name, _ in self._read}
            if self.only is not None or self.with_json or not wanted <= readable or wanted == readable:
                narrowed = self
            else:
                narrowed = Shape(self.model, only=frozenset(wanted))
            self._narrowed[attributes] = narrowed
        return narrowed

    @cached_property
    def table(self) -> str:
        return self.model._meta.db_table

    @cached_property
    def _read(self) -> list[tuple[str, str]]:
        """(attribute, column) of the columns a row holds: all but the JSON ones, unless `with_json`."""
        meta = self.model._meta
        return [
            (name, column)
            for name, column in meta.fields_db_projection.items()
            if (self.with_json or not isinstance(meta.fields_map[name], JSONField))
            and (self.only is None or name in self.only)
        ]

    @cached_property
    def columns(self) -> str:
        return self.columns_of("t")

    def columns_of(self, alias: str) -> str:
        """The SELECT list of this shape's columns for table alias `alias` (a joined table's)."""
        return ", ".join(f'{alias}."{column}"' for _, column in self._read)

    def _attributes(
        self, offset: int, over: Callable[[Callable[[Any], Any]], Callable[[Any], Any]]
    ) -> dict[str, Any]:
        """A row class's attributes: each column read from position `offset` on (enum columns as
        the model's members, JSON ones as text or parsed), JSON columns not read NOT_READ, `pk`;
        `over` turns a reader of the record into a reader of the row object."""
        meta = self.model._meta
        attributes: dict[str, Any] = {"__slots__": ()}
        for name, field in meta.fields_map.items():
            if isinstance(field, JSONField):
                attributes[name] = NOT_READ
        for index, (name, _) in enumerate(self._read):
            field = meta.fields_map[name]
            enum = getattr(field, "enum_type", None)
            if isinstance(field, CharEnumFieldInstance | IntEnumFieldInstance) and enum is not None:
                read = _enum_column(offset + index, enum)
            elif isinstance(field, JSONField):
                read = (_parsed_json_column if self.parsed else _json_column)(offset + index)
            else:
                read = itemgetter(offset + index)
            attributes[name] = property(over(read))
        attributes["pk"] = attributes[meta.pk_attr]  # as on the model
        return attributes

    @cache  # noqa: B019 (one class per shape and offset; shapes live as long as the process)
    def view(self, offset: int) -> type[RowView]:
        """The class of a row of this shape read from another shape's record, its columns from
        position `offset` on (a joined table's, selected with `columns_of`): the same attributes
        as `row`'s, over a record of the other shape. A week's sessions bring their current logs
        in the same statement this way (app/programs/reads.py)."""
        attributes = self._attributes(offset, _in_record)
        attributes["key_at"] = offset + [name for name, _ in self._read].index(self.model._meta.pk_attr)
        return type(f"{self.model.__name__}View", (RowView,), attributes)

    @property
    def width(self) -> int:
        """How many columns a row of this shape holds (where a joined shape's columns start)."""
        return len(self._read)

    @cached_property
    def row(self) -> type[Row]:
        attributes = self._attributes(0, _as_is)
        suffix = "RowWithJSON" if self.with_json else "Row" if self.only is None else "RowPart"
        return type(f"{self.model.__name__}{suffix}", (Row,), attributes)

    def select(self, where: str, order: str = "", *, joins: str = "", extra: str = "") -> str:
        """`SELECT <columns>[, extra] FROM <table> t <joins> WHERE <where> [ORDER BY <order>]`.

        Every piece is the caller's constant SQL text; values go in as parameters.
        """
        columns = f"{self.columns}, {extra}" if extra else self.columns
        sql = f"SELECT {columns} FROM {self.table} t {joins} WHERE {where}"  # noqa: S608
        return f"{sql} ORDER BY {order}" if order else sql


@cache
def shape(model: type[Model], *, with_json: bool = False, parsed: bool = False) -> Shape:
    """The shape of `model`'s rows (built once per model): without its JSON columns, or
    `with_json` (read as `RawJSON`) for reads of a few rows that show them anyway, or
    `with_json` and `parsed` (read as the ORM reads them) for rows whose views compute with them."""
    return Shape(model, with_json=with_json, parsed=parsed)


async def fetch_json(
    shape: Shape, column: str, ids: list[Any], scope: str, *params: Any
) -> dict[Any, RawJSON]:
    """The JSON `column` of the rows of `shape` with `ids` (where `scope` holds, its parameters
    numbered from $2), by id, as text."""
    sql = f'SELECT t.id, t."{column}" FROM {shape.table} t WHERE t.id = ANY($1::uuid[]) AND {scope}'  # noqa: S608
    rows = await fetch(Row, sql, ids, *params)
    return {row[0]: RawJSON(row[1]) for row in rows if row[1] is not None}


async def fetch(row: type[Row], sql: str, *args: Any) -> list[Any]:
    """Run `sql` on the current connection (the transaction's, inside one); records of `row`."""
    client = connections.get("default")
    statements.debug("%s: %s", sql, args)
    async with client.acquire_connection() as connection:
        return await connection.fetch(sql, *args, record_class=row)  # type: ignore[no-any-return]
