"""How each field of a selection runs: plain attributes completed in place, simple resolvers
called directly, everything else through graphql-core's stock path."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

from graphql import (
    GraphQLBoolean,
    GraphQLEnumType,
    GraphQLError,
    GraphQLField,
    GraphQLID,
    GraphQLInt,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLOutputType,
    GraphQLString,
    is_leaf_type,
)
from graphql.execution.collect_fields import FieldDetailsList, GroupedFieldSet
from graphql.execution.executor import Executor, to_nodes
from graphql.execution.values import get_argument_values
from graphql.pyutils import Path, Undefined
from strawberry.schema.schema_converter import GraphQLCoreConverter
from strawberry.types.field import StrawberryField
from strawberry.types.info import Info

DEFINITION = GraphQLCoreConverter.DEFINITION_BACKREF

# How a field of a grouped field set is executed.
STOCK = 0  # graphql-core's execute_field (resolvers called directly or eagerly where they can be)
ATTRIBUTE = 1  # a plain attribute of a leaf type
OBJECT = 2  # a plain attribute of a concrete object type
COMPUTED = 3  # a leaf computed by a synchronous resolver called directly (`call`)

Call = Callable[[Any], Any]


@dataclass(slots=True)
class PlannedField:
    """One entry of a selection's plan: a response key and how to execute it."""

    name: str
    details: FieldDetailsList
    kind: int
    attribute: str = ""
    return_type: Any = None  # the field's declared type (non-null included)
    named_type: Any = None  # the leaf or object type under a non-null wrapper
    non_null: bool = False
    field_def: GraphQLField | None = None
    # a leaf's output without its serializer: values of exactly this Python type are their own
    # output (str for String and ID, bool for Boolean, int in range for Int) ...
    exact: type | None = None
    # ... and an enum's output names by value
    names: dict[Any, str] | None = None
    # a STOCK field returning one concrete object: its type (a value the walk resolved for it
    # is completed by its sub-selection straight away)
    object_type: GraphQLObjectType | None = None
    call: Call | None = None  # COMPUTED: the resolver, called with the row


_INT_RANGE = range(-(2**31), 2**31)


def output(entry: PlannedField, value: Any) -> Any:
    """A leaf value's output the quick way, or None when only its serializer can tell."""
    exact = entry.exact
    if exact is not None and type(value) is exact:
        return value if exact is not int or value in _INT_RANGE else None
    names = entry.names
    if names is not None:
        try:
            return names.get(value)
        except TypeError:  # unhashable
            return None
    return None


UNKNOWN: Any = object()


def attribute_output(entry: PlannedField, source: Any) -> Any:
    """The output of a plain leaf attribute, or UNKNOWN when only the stock path can tell
    (a missing attribute, a null for a non-null field, a value its serializer refuses)."""
    try:
        value = getattr(source, entry.attribute)
        if value is None:
            return UNKNOWN if entry.non_null else None
        out = output(entry, value)
        if out is None:
            out = entry.named_type.coerce_output_value(value)
    except Exception:
        return UNKNOWN
    return UNKNOWN if out is None or out is Undefined else out


def _quick_output(entry: PlannedField) -> None:
    named_type = entry.named_type
    if named_type in (GraphQLString, GraphQLID):
        entry.exact = str
    elif named_type is GraphQLBoolean:
        entry.exact = bool
    elif named_type is GraphQLInt:
        entry.exact = int
    elif isinstance(named_type, GraphQLEnumType):
        entry.names = names_of(named_type)


# id(enum type) -> (the type, kept alive so its id stays unique; its names by value)
_NAMES: dict[int, tuple[GraphQLEnumType, dict[Any, str]]] = {}


def names_of(enum_type: GraphQLEnumType) -> dict[Any, str]:
    """An enum's output names by value (built once per type, not per operation)."""
    cached = _NAMES.get(id(enum_type))
    if cached is None:
        names = {value.value: name for name, value in enum_type.values.items()}
        cached = _NAMES[id(enum_type)] = (enum_type, names)
    return cached[1]


def named(type_: Any) -> Any:
    """`type_` without its non-null wrapper."""
    return type_.of_type if isinstance(type_, GraphQLNonNull) else type_


def definition_of(field_def: GraphQLField) -> StrawberryField | None:
    definition = field_def.extensions.get(DEFINITION)
    return definition if isinstance(definition, StrawberryField) else None


def is_plain(definition: StrawberryField | None) -> bool:
    """A field that reads its source's attribute: no resolver, permission or extension."""
    return definition is not None and definition.is_basic_field and definition.default_resolver is getattr


def plan_fields(
    executor: Executor[Any], parent_type: GraphQLObjectType, grouped: GroupedFieldSet
) -> list[PlannedField]:
    """The plan of a selection on `parent_type`."""
    return [plan_field(executor, parent_type, name, details) for name, details in grouped.items()]


def plan_field(
    executor: Executor[Any], parent_type: GraphQLObjectType, name: str, details: FieldDetailsList
) -> PlannedField:
    node = details[0].node
    field_def = executor.schema.get_field(parent_type, node.name.value)
    stock = PlannedField(name, details, STOCK, field_def=field_def)
    if field_def is None or field_def.args or node.arguments:
        return stock
    return_type: GraphQLOutputType = field_def.type
    named_type = named(return_type)
    definition = definition_of(field_def)
    if definition is None or not is_plain(definition):
        return _planned_resolver(executor, parent_type, stock, definition)
    if is_leaf_type(named_type):
        kind = ATTRIBUTE
    elif isinstance(named_type, GraphQLObjectType) and named_type.is_type_of is None:
        kind = OBJECT
    else:
        return stock
    non_null = named_type is not return_type
    entry = PlannedField(
        name, details, kind, definition.python_name, return_type, named_type, non_null, field_def
    )
    if kind == ATTRIBUTE:
        _quick_output(entry)
    return entry


def _planned_resolver(
    executor: Executor[Any],
    parent_type: GraphQLObjectType,
    entry: PlannedField,
    definition: StrawberryField | None,
) -> PlannedField:
    """A resolver field's plan: COMPUTED for a synchronous leaf resolver called directly, else
    STOCK (knowing its concrete object type, if it returns one)."""
    field_def = entry.field_def
    if field_def is None:
        return entry
    return_type = field_def.type
    named_type = named(return_type)
    entry.return_type = return_type
    entry.named_type = named_type
    entry.non_null = named_type is not return_type
    if isinstance(named_type, GraphQLObjectType) and named_type.is_type_of is None:
        entry.object_type = named_type
    resolver = definition.base_resolver if definition is not None else None
    if resolver is not None and not resolver.is_async and is_leaf_type(named_type):
        call = direct_call(executor, parent_type, field_def, entry.details)
        if call is not None:
            entry.kind = COMPUTED
            entry.call = call
            _quick_output(entry)
    return entry


def direct_call(
    executor: Executor[Any],
    parent_type: GraphQLObjectType,
    field_def: GraphQLField,
    details: FieldDetailsList,
) -> Call | None:
    """A call of the field's resolver function itself, where Strawberry's wrappers add nothing:
    a `(self | parent[, info])` resolver without arguments, permission classes or extensions, given one
    `Info` for every call (its path is the field's first; resolvers do not read it)."""
    definition = definition_of(field_def)
    resolver = definition.base_resolver if definition is not None else None
    if (
        definition is None
        or resolver is None
        or definition.extensions
        or field_def.args
        or details[0].node.arguments
        or resolver.arguments
        or resolver.root_parameter is not None
    ):
        return None
    function = cast("Callable[..., Any]", resolver.wrapped_func)
    kwargs: dict[str, Any] = {}
    if resolver.info_parameter is not None:
        path = Path(None, details[0].node.name.value, parent_type.name)
        raw = executor.build_resolve_info(field_def, to_nodes(details), parent_type, path)
        kwargs[resolver.info_parameter.name] = Info(_raw_info=raw, _field=definition)
    with_self = resolver.self_parameter is not None
    if resolver.parent_parameter is not None:
        parent = resolver.parent_parameter.name
        if with_self:
            return lambda source: function(source, **{parent: source}, **kwargs)
        return lambda source: function(**{parent: source}, **kwargs)
    if with_self:
        return (lambda source: function(source, **kwargs)) if kwargs else function
    return lambda _source: function(**kwargs)


def resolver_call(
    executor: Executor[Any],
    parent_type: GraphQLObjectType,
    field_def: GraphQLField,
    details: FieldDetailsList,
) -> Call | None:
    """The field's resolver with its arguments bound, through Strawberry's wrappers, given one
    resolve info for every call (None when the arguments do not coerce)."""
    first = details[0]
    path = Path(None, first.node.name.value, parent_type.name)
    info = executor.build_resolve_info(field_def, to_nodes(details), parent_type, path)
    try:
        args = (
            get_argument_values(
                field_def,
                first.node,
                executor.variable_values,
                first.fragment_variable_values,
                executor.hide_suggestions,
            )
            if field_def.args or first.node.arguments
            else {}
        )
    except GraphQLError:
        return None
    resolve = field_def.resolve or executor.field_resolver
    return lambda source: resolve(source, info, **args)
