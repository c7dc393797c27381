"""The JSON schemas a session's `prescription` must follow (seed 004), and their validation.

The schemas are seed 004's "JSON Schema Definitions" unchanged: the seed lists no
`additionalProperties` rule (its endurance `intensity` even needs room for a value per
intensity type), so extra keys are accepted, as the seed allows. Formats are checked
(`exerciseId` must be a UUID).
"""

from __future__ import annotations

import uuid
from typing import Any

from jsonschema import Draft7Validator, FormatChecker

from app.core.errors import Collector, ErrorCode
from app.core.validation import json_document
from app.programs.models import Modality, SessionType

STRENGTH_SCHEMA: dict[str, Any] = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "type": "object",
    "required": ["exercises"],
    "properties": {
        "exercises": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["exerciseId", "sets", "reps", "intensity"],
                "properties": {
                    "exerciseId": {"type": "string", "format": "uuid"},
                    "sets": {"type": "integer", "minimum": 1, "maximum": 20},
                    "reps": {"type": "integer", "minimum": 1, "maximum": 50},
                    "intensity": {
                        "type": "object",
                        "required": ["type", "value"],
                        "properties": {
                            "type": {"enum": ["percent_1rm", "rpe"]},
                            "value": {"type": "number", "minimum": 0, "maximum": 100},
                        },
                    },
                    "restSeconds": {"type": "integer", "minimum": 0, "maximum": 600},
                    "tempo": {"type": "string", "pattern": "^[0-9]{4}$"},
                },
            },
        }
    },
}

ENDURANCE_SCHEMA: dict[str, Any] = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "type": "object",
    "required": ["modality", "duration", "intensity"],
    "properties": {
        "modality": {"enum": ["run", "bike", "row", "swim"]},
        "duration": {
            "type": "object",
            "required": ["value", "unit"],
            "properties": {
                "value": {"type": "number", "minimum": 1},
                "unit": {"enum": ["minutes", "hours"]},
            },
        },
        "distance": {
            "type": "object",
            "properties": {
                "value": {"type": "number", "minimum": 0.1},
                "unit": {"enum": ["km", "miles", "meters"]},
            },
        },
        "intensity": {
            "type": "object",
            "required": ["type"],
            "properties": {
                "type": {"enum": ["heart_rate_zone", "ftp_percent", "pace_zone"]},
                "zone": {"type": "integer", "minimum": 1, "maximum": 5},
            },
        },
    },
}

SCHEMAS: dict[SessionType, dict[str, Any]] = {
    SessionType.STRENGTH: STRENGTH_SCHEMA,
    SessionType.ENDURANCE: ENDURANCE_SCHEMA,
}

ENDURANCE_MODALITIES = frozenset({Modality.RUN, Modality.BIKE, Modality.ROW, Modality.SWIM})

_FORMATS = FormatChecker(formats=())


@_FORMATS.checks("uuid", raises=ValueError)
def _is_uuid(value: object) -> bool:
    if not isinstance(value, str):
        return True  # the "type" keyword reports non-strings
    uuid.UUID(value)
    return True


_VALIDATORS = {kind: Draft7Validator(schema, format_checker=_FORMATS) for kind, schema in SCHEMAS.items()}


def _path(base: str, parts: list[Any]) -> str:
    return ".".join([base, *(str(p) for p in parts)])


def check_prescription(
    prescription: Any, session_type: SessionType, collector: Collector, field: str = "prescription"
) -> bool:
    """Validate against the session type's schema; each problem becomes INVALID_PRESCRIPTION
    with `field` = the JSON path of the offending value (`prescription.exercises.0.sets`).
    Returns True when the prescription is valid. Documents past the shared JSON bounds (depth,
    size, non-finite numbers) are refused before the schema is applied."""
    if not json_document(prescription, collector, field, code=ErrorCode.INVALID_PRESCRIPTION):
        return False
    validator = _VALIDATORS[session_type]
    found: dict[tuple[str, str], None] = {}
    for error in validator.iter_errors(prescription):
        parts = list(error.absolute_path)
        if error.validator == "required" and isinstance(error.instance, dict):
            # Point at the missing property itself: prescription.exercises.0.reps
            for name in error.validator_value:
                if name not in error.instance and f"'{name}'" in error.message:
                    parts = [*parts, name]
                    break
        found[(_path(field, parts), error.message)] = None
    for path, message in sorted(found, key=lambda item: (_sort_key(item[0]), item[1])):
        collector.add(path, ErrorCode.INVALID_PRESCRIPTION, message)
    return not found


def _sort_key(path: str) -> list[tuple[int, int | str]]:
    """Order paths naturally: exercises.2 before exercises.10."""
    return [(0, int(part)) if part.isdigit() else (1, part) for part in path.split(".")]


def exercise_ids(prescription: Any) -> list[tuple[str, uuid.UUID]]:
    """(JSON path, id) of every exerciseId in a schema-valid strength prescription."""
    found: list[tuple[str, uuid.UUID]] = []
    for index, item in enumerate(prescription.get("exercises", [])):
        found.append((f"exercises.{index}.exerciseId", uuid.UUID(item["exerciseId"])))
    return found
