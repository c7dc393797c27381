"""What a selection reads of its rows, so a list's rows are fetched with those columns alone.

A selection's fields each read known attributes of the row they present: a plain field its own
attribute, a `loaded` field its key, a resolver what it declares with `reading(...)`
(graphql_schema/fields.py). When every field selected on a list's objects is one of these, the
look-ahead walk asks the list's loader for rows of exactly those attributes (`load_level(keys,
reading)`; loaders that `narrow` honour it). Anything else (a resolver that says nothing, an
interface, a deferred fragment) reads whole rows, as before.
"""

from __future__ import annotations

from typing import Any

from graphql import GraphQLObjectType
from graphql.execution.collect_fields import FieldDetailsList

from graphql_schema.execution.plan import definition_of, is_plain
from graphql_schema.fields import LOADED, READS, Loaded


def reading(
    executor: Any, object_type: GraphQLObjectType, details: FieldDetailsList
) -> frozenset[str] | None:
    """The attributes the selection `details` on `object_type` reads of each object, or None
    when one of its fields may read anything."""
    collected = executor.collect_subfields(object_type, details)
    if collected.new_defer_usages:
        return None
    attributes: set[str] = set()
    for field_details in collected.grouped_field_set.values():
        name = field_details[0].node.name.value
        if name == "__typename":
            continue
        field_def = executor.schema.get_field(object_type, name)
        definition = definition_of(field_def) if field_def is not None else None
        if definition is None:
            return None
        if is_plain(definition):
            attributes.add(definition.python_name)
            continue
        how = definition.metadata.get(LOADED)
        declared = how.key if isinstance(how, Loaded) else definition.metadata.get(READS)
        if declared is None or definition.permission_classes or definition.extensions:
            return None
        attributes.update((declared,) if isinstance(declared, str) else declared)
    return frozenset(attributes)
