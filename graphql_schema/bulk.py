"""Bulk record inputs arrive as plain dicts, for throughput.

Strawberry converts an input value field by field into an instance of its class; for a batch of
1,000 records of 15 fields that conversion costs more than writing the batch. graphql-core has
already checked and coerced every value against the schema (types, enums, non-null fields,
published defaults) by then, so the record input types of the ingest mutations install
`from_input` (strawberry's hook for types that build their own value) and become a dict keyed
by the fields' Python names. Services take records as mappings anyway.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from strawberry.schema.config import StrawberryConfig
from strawberry.types.arguments import InputContext
from strawberry.types.base import get_object_definition

_NAMES = StrawberryConfig().name_converter


def plain_records(*classes: type) -> None:
    """Make each input class build a plain dict {python name: coerced value} (missing: None)."""
    for cls in classes:
        definition = get_object_definition(cls, strict=True)
        pairs = tuple((_NAMES.from_field(f), f.python_name) for f in definition.fields)

        def build(_: type, value: Mapping[str, Any], context: InputContext, pairs: Any = pairs) -> Any:
            return {python: value.get(graphql) for graphql, python in pairs}

        definition.from_input = build


def as_mapping(record: Any) -> dict[str, Any]:
    """A record input as a dict of Python names (an instance when built without the hook)."""
    return dict(record) if isinstance(record, Mapping) else dict(vars(record))
