"""Compiled completion: the items of a list of objects turned into response dicts by one function
per selection, built for the operation, with no per-field bookkeeping.

The owned executor still does, for every field of every item, a plan lookup, a path, an
awaitable check and a call or two per field (context.py); a dashboard has 4,000 sessions of
several fields each. When every field a list's objects select is one of

- a plain attribute of a leaf type (read, then output as `plan.output` does, else serialized),
- a leaf a synchronous resolver computes (`COMPUTED`: called with the row),
- a plain attribute of a concrete object type (its own selection compiled the same way),
- a field whose value the look-ahead walk resolved (a `loaded` field or a resolver the walk
  calls, found in the operation's memo): a leaf, a concrete object or a list of them,
- `__typename`,

the selection is generated as the source of one Python function (`row -> dict`) and compiled
(the code cached by its source, so an operation only binds its constants): each field is a
line or two of straight code, a nested object or list a call of its selection's function.

Anything it does not cover makes the selection fall back to the owned path (arguments,
permissions, directives that defer, abstract types, lists of lists, resolvers the walk does not
call). Anything unusual at run time raises inside the function: a null for a non-null field, a
value its serializer refuses or maps to null, a missing attribute, a resolver's error, a value
the walk did not resolve, an awaitable, an exception as a value. The whole list is then completed
again by the owned path, which reports it exactly as before: the function writes no error and
calls no resolver the walk had not already called (a COMPUTED resolver of an item before the
unusual one runs twice; they are synchronous computations of their row).

Bought: the normal pass of a dashboard (4,000 sessions, 3,000 logs) went from about 27 to 7 ms
of CPU; with the walk's memo kept by field then row (prefetch.py), the dashboard's CPU per
request in process (`make bench-cpu`, median) went from 58 to 36 ms (docs/PERFORMANCE.md).
"""

from __future__ import annotations

from collections.abc import Callable
from keyword import iskeyword
from types import CoroutineType, GeneratorType
from typing import Any, NoReturn

from graphql import (
    GraphQLBoolean,
    GraphQLEnumType,
    GraphQLID,
    GraphQLInt,
    GraphQLList,
    GraphQLObjectType,
    GraphQLString,
    is_leaf_type,
)
from graphql.execution.collect_fields import FieldDetailsList, GroupedFieldSet
from graphql.pyutils import Undefined

from graphql_schema.execution.plan import (
    ATTRIBUTE,
    COMPUTED,
    OBJECT,
    STOCK,
    PlannedField,
    definition_of,
    is_plain,
    named,
    names_of,
)
from graphql_schema.execution.prefetch import Memo
from graphql_schema.fields import LOADED

Complete = Callable[[Any], dict[str, Any]]
SelectionOf = Callable[[GraphQLObjectType, FieldDetailsList], GroupedFieldSet | None]
PlanOf = Callable[[GraphQLObjectType, GroupedFieldSet], list[PlannedField] | None]


class Unusual(Exception):
    """Raised inside a compiled function: the owned path completes the list instead."""


def unusual() -> NoReturn:
    raise Unusual


# whether a value a resolver returned must go the owned way (an awaitable, an exception, Undefined)
_UNSAFE: dict[type, bool] = {}


def unsafe(value: Any) -> bool:
    kind = type(value)
    found = _UNSAFE.get(kind)
    if found is None:
        found = _UNSAFE[kind] = (
            issubclass(kind, BaseException | CoroutineType | GeneratorType)
            or hasattr(kind, "__await__")
            or kind is type(Undefined)
        )
    return found


def _slow(serialize: Callable[[Any], Any], non_null: bool, checked: bool) -> Callable[[Any], Any]:
    """A leaf's output when it is not its own: null (nullable fields only) or serialized (a
    refusal or a null output raises); `checked`: a resolver's value, which may be unusual."""

    def slow(value: Any) -> Any:
        if value is None:
            if non_null:
                raise Unusual
            return None
        if checked and unsafe(value):
            raise Unusual
        out = serialize(value)
        if out is None or out is Undefined:
            raise Unusual
        return out

    return slow


# (id(leaf type), non-null, checked) -> (the type, kept alive so its id stays unique; its `_slow`)
_SLOWS: dict[tuple[int, bool, bool], tuple[Any, Callable[[Any], Any]]] = {}


def _slow_for(type_: Any, non_null: bool, checked: bool) -> Callable[[Any], Any]:
    key = (id(type_), non_null, checked)
    cached = _SLOWS.get(key)
    if cached is None:
        cached = _SLOWS[key] = (type_, _slow(type_.coerce_output_value, non_null, checked))
    return cached[1]


_INT_MIN, _INT_MAX = -(2**31), 2**31 - 1
# the generated code's own names, bound once per function
_FIXED = ("M", "warmed", "unsafe", "unsafe_kind", "unusual")
_MISSING = object()
# source -> the factory it compiles to (bounded: a server sees few distinct selections)
_FACTORIES: dict[str, Callable[..., Complete]] = {}
_MAX_FACTORIES = 1024


class Compiled:
    """One operation's compiled functions, by (object type, selection)."""

    def __init__(
        self,
        selection_of: SelectionOf,
        plan_of: PlanOf,
        memo: Memo,
        warmed: set[int],
    ) -> None:
        self.selection_of = selection_of
        self.plan_of = plan_of
        self.memo = memo
        self.fixed = (_MISSING, warmed, unsafe, _UNSAFE.get, unusual)
        # (type, id(field details)) -> (details, kept alive; the function or None)
        self.functions: dict[tuple[str, int], tuple[FieldDetailsList, Complete | None]] = {}

    def clear(self) -> None:
        self.functions.clear()

    def complete(
        self, type_: GraphQLObjectType, details: FieldDetailsList, items: list[Any]
    ) -> list[Any] | None:
        """The completed items of a list of objects of `type_` (none of them null), or None when
        the selection is not compiled or an item is unusual (the owned path then completes them)."""
        complete = self.function(type_, details)
        if complete is None:
            return None
        try:
            return [complete(item) for item in items]
        except Exception:  # something unusual: the owned path reports it
            return None

    def function(self, type_: GraphQLObjectType, details: FieldDetailsList) -> Complete | None:
        """The compiled completion of one object of `type_` by the selection `details`, or None
        when the selection has a field it does not cover."""
        key = (type_.name, id(details))
        cached = self.functions.get(key)
        if cached is None:
            self.functions[key] = (details, None)  # a selection under itself is not compiled
            cached = self.functions[key] = (details, self._build(type_, details))
        return cached[1]

    def _build(self, type_: GraphQLObjectType, details: FieldDetailsList) -> Complete | None:
        if type_.is_type_of is not None:
            return None
        grouped = self.selection_of(type_, details)
        plan = self.plan_of(type_, grouped) if grouped is not None else None
        if plan is None:
            return None
        source = _Source(type_)
        for entry in plan:
            if not self._field(source, entry):
                return None
        return source.function(self.fixed)

    def _field(self, source: _Source, entry: PlannedField) -> bool:
        """Add one field's code; False when it is not covered."""
        field_def = entry.field_def
        if field_def is None:
            return False
        if entry.details[0].node.name.value == "__typename":
            source.constant(entry.name, source.type_name)
            return True
        attribute = entry.attribute
        plain = attribute.isidentifier() and not iskeyword(attribute)
        read = f"row.{attribute}" if plain else f"getattr(row, {source.bind(attribute)})"
        if entry.kind == ATTRIBUTE:
            return source.leaf(entry, read, checked=False)
        if entry.kind == COMPUTED:
            return source.leaf(entry, f"{source.bind(entry.call)}(row)", checked=True)
        if entry.kind == OBJECT:
            complete = self.function(entry.named_type, entry.details)
            return complete is not None and source.object(entry, read, complete, checked=False)
        definition = definition_of(field_def)
        if entry.kind == STOCK and is_plain(definition) and definition is not None:  # a list
            read = f"getattr(row, {source.bind(definition.python_name)})"
            return self._objects(source, entry, read)
        if entry.kind != STOCK or not _walked(entry):
            return False
        # the field's values the walk resolved, by id(row) (it fills the same dictionary)
        memo = f"{source.bind(self.memo.setdefault(id(entry.details), {}).get)}(id(row), M)"
        if is_leaf_type(entry.named_type):
            return source.leaf(entry, memo, checked=True, resolved=True)
        if entry.object_type is not None:
            complete = self.function(entry.object_type, entry.details)
            return complete is not None and source.object(entry, memo, complete, checked=True)
        return self._objects(source, entry, memo)

    def _objects(self, source: _Source, entry: PlannedField, read: str) -> bool:
        """A list of concrete objects (the walk warmed it: its items' fields are resolved)."""
        return_type = entry.field_def.type if entry.field_def is not None else None
        list_type = named(return_type)
        item_type = named(list_type.of_type) if isinstance(list_type, GraphQLList) else None
        if not isinstance(item_type, GraphQLObjectType):
            return False
        complete = self.function(item_type, entry.details)
        non_null = list_type is not return_type
        return complete is not None and source.objects(entry.name, read, complete, non_null=non_null)


def _walked(entry: PlannedField) -> bool:
    """Whether the look-ahead walk resolves the field for every object it walks
    (prefetch.py `Prefetch._field`): a `loaded` field, a resolver of objects, an async one."""
    definition = definition_of(entry.field_def) if entry.field_def is not None else None
    if definition is None or definition.is_basic_field:
        return False
    if LOADED in definition.metadata or not is_leaf_type(entry.named_type):
        return True
    resolver = definition.base_resolver
    return resolver is not None and resolver.is_async


class _Source:
    """The source of one selection's function, and the constants it binds."""

    def __init__(self, type_: GraphQLObjectType) -> None:
        self.type_name = type_.name
        self.lines: list[str] = []
        self.outputs: list[str] = []
        self.constants: list[Any] = []

    def bind(self, constant: Any) -> str:
        self.constants.append(constant)
        return f"c{len(self.constants) - 1}"

    def _output(self, key: str) -> str:
        self.outputs.append(f"{key!r}: o{len(self.outputs)}")
        return f"o{len(self.outputs) - 1}"

    def constant(self, key: str, value: str) -> None:
        self.lines.append(f"{self._output(key)} = {value!r}")

    def leaf(self, entry: PlannedField, read: str, *, checked: bool, resolved: bool = False) -> bool:
        type_ = entry.named_type
        slow = self.bind(_slow_for(type_, entry.non_null, checked))
        self.lines.append(f"v = {read}")
        if resolved:
            self.lines.append("if v is M: unusual()")
        out = self._output(entry.name)
        if type_ in (GraphQLString, GraphQLID):
            self.lines.append(f"{out} = v if type(v) is str else {slow}(v)")
        elif type_ is GraphQLBoolean:
            self.lines.append(f"{out} = v if type(v) is bool else {slow}(v)")
        elif type_ is GraphQLInt:
            self.lines.append(f"{out} = v if type(v) is int and {_INT_MIN} <= v <= {_INT_MAX} else {slow}(v)")
        elif isinstance(type_, GraphQLEnumType):
            names = self.bind(names_of(type_))
            self.lines.append(f"{out} = {names}.get(v) or {slow}(v)")
        else:
            self.lines.append(f"{out} = {slow}(v)")
        return True

    def object(self, entry: PlannedField, read: str, complete: Complete, *, checked: bool) -> bool:
        function = self.bind(complete)
        self.lines.append(f"v = {read}")
        out = self._output(entry.name)
        null = "unusual()" if entry.non_null else "None"
        if checked:  # a resolver's value: not resolved by the walk, or not a plain object
            # a type known to be safe is one dictionary lookup, not a call
            self.lines.append(
                "if v is M or v is not None and unsafe_kind(type(v), True) and unsafe(v): unusual()"
            )
        self.lines.append(f"{out} = {function}(v) if v is not None else {null}")
        return True

    def objects(self, key: str, read: str, complete: Complete, *, non_null: bool) -> bool:
        function = self.bind(complete)
        self.lines.append(f"v = {read}")
        out = self._output(key)
        null = "unusual()" if non_null else "None"
        self.lines += [
            f"if v is None: {out} = {null}",
            "else:",
            "    if type(v) is not list or v and id(v) not in warmed: unusual()",
            f"    {out} = [{function}(x) if x is not None else unusual() for x in v]",
        ]
        return True

    def function(self, fixed: tuple[Any, ...]) -> Complete:
        names = "".join(f"c{i}, " for i in range(len(self.constants)))
        body = "\n".join(f"        {line}" for line in self.lines)
        source = (
            f"def make({', '.join(_FIXED)}, constants):\n"
            f"    ({names}) = constants\n"
            f"    def complete_{self.type_name}(row):\n"
            f"{body}\n"
            f"        return {{{', '.join(self.outputs)}}}\n"
            f"    return complete_{self.type_name}\n"
        )
        factory = _FACTORIES.get(source)
        if factory is None:
            if len(_FACTORIES) >= _MAX_FACTORIES:
                _FACTORIES.clear()
            namespace: dict[str, Any] = {}
            exec(compile(source, f"<compiled {self.type_name}>", "exec"), namespace)  # noqa: S102
            factory = _FACTORIES[source] = namespace["make"]
        return factory(*fixed, tuple(self.constants))
