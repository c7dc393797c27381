"""Bulk record inputs, for throughput: variables coerced by a function written for each input
type, records built as plain dicts.

A 1,000-record batch of 15 fields is 15,000 input values. graphql-core coerces each through a
generic recursive walk (type checks at every level, one frame per value), and first walks the
whole value again to see whether it nests too deeply; Strawberry then converts each record into
an instance of its class. Together that cost more than writing the batch. So:

- `install_fast_coercion()` replaces the two graphql-core functions variable coercion calls
  (`graphql.execution.values.coerce_input_value` and `input_is_nested_too_deeply`) with
  equivalents that write, once per input object type, a function coercing its values (one
  branch per field: required or not, its default, Int and Float inline) and that know a
  non-recursive type cannot nest deeper than its own depth. Whatever such a function does not
  cover (a failure, a value of another shape) goes to graphql-core's own function, so results
  and errors are the same (`tests/test_bulk.py` compares them). 1,000 wellness records: 9.0 ms
  -> 1.8 ms with a table of fields read per value; code per type then took a slower machine's
  3.5 ms to 2.6 ms.
- `plain_records` makes the record input types of the ingest mutations install `from_input`
  (Strawberry's hook for types that build their own value) and become a dict keyed by the
  fields' Python names: the schema gives those GraphQL fields their Python names as
  `out_name` (`name_plain_fields`), so graphql-core's coercion (of variables and of literals)
  already builds that dict, and the hook only copies it. graphql-core has already checked and
  coerced every value against the schema (types, enums, non-null fields, published defaults) by
  then; services take records as mappings anyway.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from typing import Any, cast

import graphql.execution.values as _values
from graphql import (
    GraphQLFloat,
    GraphQLInputField,
    GraphQLInputObjectType,
    GraphQLInputType,
    GraphQLInt,
    GraphQLList,
    GraphQLNonNull,
    GraphQLSchema,
    Undefined,
    is_required_input_field,
)
from graphql.language.parser import MAX_NESTING_DEPTH
from graphql.utilities.coerce_input_value import coerce_default_value
from graphql.utilities.coerce_input_value import coerce_input_value as _generic_coerce
from strawberry.schema.config import StrawberryConfig
from strawberry.schema.schema_converter import GraphQLCoreConverter
from strawberry.types.arguments import InputContext
from strawberry.types.base import get_object_definition

_NAMES = StrawberryConfig().name_converter
_MIN_INT, _MAX_INT = -(2**31), 2**31 - 1

_generic_too_deep = _values.input_is_nested_too_deeply

_ASK = object()  # a field's default graphql-core must coerce when it is needed (it is invalid)
_depths: dict[GraphQLInputObjectType, float] = {}
_coercers: dict[GraphQLInputObjectType, Callable[[Any], Any]] = {}


def _int(value: Any) -> Any:
    if type(value) is int and _MIN_INT <= value <= _MAX_INT:
        return value
    return GraphQLInt.coerce_input_value(value)


def _float(value: Any) -> Any:
    if type(value) is float and math.isfinite(value):
        return value
    return GraphQLFloat.coerce_input_value(value)


def _leaf(type_: GraphQLInputType) -> Callable[[Any], Any] | None:
    named = type_.of_type if isinstance(type_, GraphQLNonNull) else type_
    if named is GraphQLInt:
        return _int
    if named is GraphQLFloat:
        return _float
    if isinstance(named, (GraphQLList, GraphQLInputObjectType)):
        return None
    return named.coerce_input_value


def _default(field: GraphQLInputField) -> Any:
    try:
        return coerce_default_value(field)  # memoized by graphql-core: the same object each time
    except Exception:  # an invalid default: graphql-core says so when it is needed
        return _ASK


_LEAF_CHECKS: dict[Callable[[Any], Any], str] = {
    _int: "type(item) is int and MIN_INT <= item <= MAX_INT",
    _float: "type(item) is float and isfinite(item)",
}


def _field_source(i: int, name: str, field: GraphQLInputField, constants: dict[str, Any]) -> list[str]:
    """The lines coercing one field of a value (`item`) into `out`; `Undefined` returned on failure."""
    out = repr(field.out_name or name)
    leaf, default = _leaf(field.type), _default(field)
    constants[f"T{i}"], constants[f"L{i}"], constants[f"F{i}"], constants[f"D{i}"] = (
        field.type,
        leaf,
        field,
        default,
    )
    if is_required_input_field(field):
        missing = "return Undefined"
    elif default is _ASK:
        missing = f"out[{out}] = coerce_default_value(F{i})  # raises, as graphql-core"
    elif default is Undefined:
        missing = "pass"
    else:
        missing = f"out[{out}] = D{i}"
    null = "return Undefined" if isinstance(field.type, GraphQLNonNull) else f"out[{out}] = None"
    stored = ["if result is Undefined:", "    return Undefined", f"out[{out}] = result"]
    if leaf is None:
        present = [f"result = coerce(item, T{i})", *stored]
    else:  # graphql-core's own rule: a failed leaf is no value
        present = ["try:", f"    result = L{i}(item)", "except Exception:", "    return Undefined", *stored]
        check = _LEAF_CHECKS.get(leaf)
        if check is not None:  # Int and Float inline: no call for the common value
            present = [f"if {check}:", f"    out[{out}] = item", "else:", *_indented(present)]
    return [
        f"item = get({name!r}, Undefined)",
        "if item is Undefined:",
        f"    {missing}",
        "elif item is None:",
        f"    {null}",
        "else:",
        *_indented(present),
    ]


def _indented(lines: list[str]) -> list[str]:
    return ["    " + line for line in lines]


def _coercer(type_: GraphQLInputObjectType) -> Callable[[Any], Any]:
    """A function coercing a value of `type_` as graphql-core does (Undefined where it would fail),
    written for the type: one branch per field, no loop over a field table (1,000 wellness
    records: 3.5 ms -> 2.6 ms, best of 40)."""
    coercer = _coercers.get(type_)
    if coercer is not None:
        return coercer
    constants: dict[str, Any] = {
        "Undefined": Undefined,
        "coerce": _coerce,
        "coerce_default_value": coerce_default_value,
        "isfinite": math.isfinite,
        "MIN_INT": _MIN_INT,
        "MAX_INT": _MAX_INT,
        "NAMES": frozenset(type_.fields),
        "OUT": type_.out_type,
    }
    lines = [
        "def coerce_object(value):",
        "    if type(value) is not dict or not NAMES.issuperset(value):",
        "        return Undefined",
        "    get = value.get",
        "    out = {}",
    ]
    for i, (name, field) in enumerate(type_.fields.items()):
        lines += _indented(_field_source(i, name, field, constants))
    custom_out = type(type_).out_type is not type_.out_type
    lines.append("    return OUT(out)" if custom_out else "    return out")
    exec(compile("\n".join(lines), f"<coerce {type_.name}>", "exec"), constants)  # noqa: S102 (our own text)
    coercer = _coercers[type_] = constants["coerce_object"]
    return cast("Callable[[Any], Any]", coercer)


def _coerce(value: Any, type_: GraphQLInputType) -> Any:
    """graphql-core's coerce_input_value for the shapes a plan covers; Undefined when it fails
    (or does not apply: the caller then asks graphql-core)."""
    if isinstance(type_, GraphQLNonNull):
        if value is None:
            return Undefined
        type_ = type_.of_type
    elif value is None:
        return None
    if isinstance(type_, GraphQLList):
        if type(value) is not list:
            return Undefined
        item_type, items = type_.of_type, []
        named = item_type.of_type if isinstance(item_type, GraphQLNonNull) else None
        if isinstance(named, GraphQLInputObjectType) and not named.is_one_of:
            coerce_item = _coercer(named)  # a list of records: the record's function, found once
            for item in value:
                result = coerce_item(item)  # None is not a dict: Undefined, as a non-null item
                if result is Undefined:
                    return Undefined
                items.append(result)
            return items
        for item in value:
            result = _coerce(item, item_type)
            if result is Undefined:
                return Undefined
            items.append(result)
        return items
    if isinstance(type_, GraphQLInputObjectType):
        if type_.is_one_of:
            return Undefined
        return _coercer(type_)(value)
    try:
        return type_.coerce_input_value(value)
    except Exception:  # as graphql-core: no value
        return Undefined


def coerce_input_value(input_value: Any, type_: GraphQLInputType) -> Any:
    """The same value graphql-core's coerce_input_value gives, with a plan per input type."""
    result = _coerce(input_value, type_)
    return _generic_coerce(input_value, type_) if result is Undefined else result


def _depth(type_: GraphQLInputType, seen: frozenset[GraphQLInputObjectType] = frozenset()) -> float:
    """How deep `input_is_nested_too_deeply` can go into a value of this type (inf: recursive)."""
    if isinstance(type_, GraphQLNonNull):
        return _depth(type_.of_type, seen)
    if isinstance(type_, GraphQLList):
        return 1 + _depth(type_.of_type, seen)
    if not isinstance(type_, GraphQLInputObjectType):
        return 0
    if type_ in seen:
        return math.inf
    known = _depths.get(type_)
    if known is None:
        inner = [_depth(f.type, seen | {type_}) for f in type_.fields.values()]
        known = 1 + max(inner) if inner else 0
        if known != math.inf or not seen:
            _depths[type_] = known
    return known


def input_is_nested_too_deeply(value: Any, type_: GraphQLInputType) -> bool:
    """graphql-core's check follows the type only, so a type no deeper than the limit passes."""
    if _depth(type_) <= MAX_NESTING_DEPTH:
        return False
    return bool(_generic_too_deep(value, type_))


def install_fast_coercion() -> None:
    """Use the planned coercion for operation variables (idempotent)."""
    setattr(_values, "coerce_input_value", coerce_input_value)  # noqa: B010 (not a public name)
    setattr(_values, "input_is_nested_too_deeply", input_is_nested_too_deeply)  # noqa: B010


def plain_records(*classes: type) -> None:
    """Make each input class build a plain dict {python name: coerced value} (missing: None).

    The schema names the GraphQL fields of these types by their Python names (`name_plain_fields`),
    so coercion already makes that dict; the hook copies it (each call its own dict, which the
    services may change) and fills a field graphql-core left out."""
    for cls in classes:
        definition = get_object_definition(cls, strict=True)
        pairs = tuple((_NAMES.from_field(f), f.python_name) for f in definition.fields)
        _RECORD_PAIRS[cls] = pairs
        record = _record_builder(tuple(python for _, python in pairs))
        definition.from_input = lambda _, value, context, record=record: record(value)


_RECORD_PAIRS: dict[type, tuple[tuple[str, str], ...]] = {}


def _record_builder(names: tuple[str, ...]) -> Callable[[Mapping[str, Any]], dict[str, Any]]:
    count = len(names)

    def record(value: Mapping[str, Any]) -> dict[str, Any]:
        # every field present (those with a default always are): a copy, not a lookup per field
        return {**value} if len(value) == count else {name: value.get(name) for name in names}

    return record


def name_plain_fields(schema: GraphQLSchema) -> None:
    """Name the GraphQL fields of the plain record types by their Python names (`out_name`,
    graphql-core's own way to name coerced input fields), so that variables, this module's
    coercion and literals in a document all build the dict the services take. 1,000 wellness
    records: a dict less per record, 1.4 ms -> 0.3 ms."""
    for type_ in schema.type_map.values():
        if isinstance(type_, GraphQLInputObjectType):
            definition = type_.extensions.get(GraphQLCoreConverter.DEFINITION_BACKREF)
            for graphql, python in _RECORD_PAIRS.get(getattr(definition, "origin", type), ()):
                type_.fields[graphql].out_name = python


def plain_batches(*classes: type) -> None:
    """Make each batch input class (a list of plain records among its fields) build its records
    list directly: Strawberry would convert the list item by item (a leaf test, an enum test and
    an object test per record before the record's own hook). The other fields convert as usual.
    1,000 wellness records: 3.7 ms -> 0.7 ms."""
    for cls in classes:
        definition = get_object_definition(cls, strict=True)
        plan = []
        for f in definition.fields:
            item = getattr(f.type, "of_type", None)
            pairs = _RECORD_PAIRS.get(item)  # type: ignore[arg-type]
            builder = _record_builder(tuple(p for _, p in pairs)) if pairs is not None else None
            plan.append((_NAMES.from_field(f), f.python_name, f.type, builder))

        def build(cls: type, value: Mapping[str, Any], context: InputContext, plan: Any = plan) -> Any:
            kwargs: dict[str, Any] = {}
            for graphql, python, type_, record in plan:
                if graphql not in value:
                    continue
                item = value[graphql]
                if record is not None and isinstance(item, list):
                    kwargs[python] = [record(r) for r in item]
                else:
                    kwargs[python] = context.convert(item, type_, graphql)
            return cls(**kwargs)

        definition.from_input = build


def as_mapping(record: Any) -> dict[str, Any]:
    """A record input as a dict of Python names (an instance when built without the hook). The
    hooks build a new dict per record and request, so one is taken as it is, not copied."""
    if type(record) is dict:
        return record
    return dict(record) if isinstance(record, Mapping) else dict(vars(record))
