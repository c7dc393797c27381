"""JSON schemas of a workout log's `actual_data` (seed 004, "Actual Data Schema").

The log mirrors its session's prescription: a strength log lists each exercise with the
sets really done (weight, reps, RPE), an endurance log the modality, duration, distance
and averages. Problems are reported one per JSON path, e.g. `actualData.exercises.0.sets.1.reps`.
"""

from __future__ import annotations

from typing import Any

from jsonschema import Draft202012Validator, FormatChecker

from app.core.errors import Collector, ErrorCode
from app.core.validation import json_document
from app.programs.models import SessionType

_NUMBER_OR_NULL = {"type": ["number", "null"], "minimum": 0}

STRENGTH_ACTUAL_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "Strength workout, as done",
    "type": "object",
    "required": ["exercises"],
    "additionalProperties": False,
    "properties": {
        "exercises": {
            "type": "array",
            "minItems": 1,
            "maxItems": 50,
            "items": {
                "type": "object",
                "required": ["exerciseId", "sets"],
                "additionalProperties": False,
                "properties": {
                    "exerciseId": {"type": "string", "format": "uuid"},
                    "sets": {
                        "type": "array",
                        "maxItems": 50,
                        "items": {
                            "type": "object",
                            "required": ["reps"],
                            "additionalProperties": False,
                            "properties": {
                                "weight": {
                                    "type": ["number", "null"],
                                    "minimum": 0,
                                    "maximum": 1000,
                                },
                                "reps": {"type": "integer", "minimum": 0, "maximum": 1000},
                                "rpe": {"type": ["number", "null"], "minimum": 1, "maximum": 10},
                            },
                        },
                    },
                    # true when the exercise was substituted or skipped
                    "modified": {"type": "boolean"},
                },
            },
        }
    },
}

ENDURANCE_ACTUAL_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "Endurance workout, as done",
    "type": "object",
    "required": ["modality", "duration"],
    "additionalProperties": False,
    "properties": {
        "modality": {"enum": ["run", "bike", "row", "swim"]},
        "duration": {
            "type": "object",
            "required": ["value", "unit"],
            "additionalProperties": False,
            "properties": {
                "value": {"type": "number", "minimum": 0},
                "unit": {"enum": ["minutes", "hours"]},
            },
        },
        "distance": {
            "type": ["object", "null"],
            "required": ["value", "unit"],
            "additionalProperties": False,
            "properties": {
                "value": {"type": "number", "minimum": 0},
                "unit": {"enum": ["km", "miles", "meters"]},
            },
        },
        "avgHeartRate": {"type": ["integer", "null"], "minimum": 20, "maximum": 250},
        "avgPower": _NUMBER_OR_NULL,
        "completed": {"type": "boolean"},
    },
}

_VALIDATORS = {
    SessionType.STRENGTH: Draft202012Validator(STRENGTH_ACTUAL_SCHEMA, format_checker=FormatChecker()),
    SessionType.ENDURANCE: Draft202012Validator(ENDURANCE_ACTUAL_SCHEMA, format_checker=FormatChecker()),
}


def validate_actual_data(
    value: Any, session_type: SessionType, collector: Collector, field: str = "actualData"
) -> None:
    """Record one INVALID error per problem in `value` at its JSON path under `field`; a document
    past the shared JSON bounds (depth, size, non-finite numbers) gets one error and no schema check."""
    if not json_document(value, collector, field):
        return
    found: dict[tuple[Any, ...], str] = {}
    for error in _VALIDATORS[session_type].iter_errors(value):
        path = list(error.absolute_path)
        if error.validator == "required" and isinstance(error.instance, dict):
            for name in error.validator_value:
                if name not in error.instance:
                    found.setdefault((*path, name), "This property is required.")
        elif error.validator == "additionalProperties" and isinstance(error.instance, dict):
            allowed = set(error.schema.get("properties", {}))
            for name in set(error.instance) - allowed:
                found.setdefault((*path, name), "Unknown property.")
        else:
            found.setdefault(tuple(path), error.message)
    for where in sorted(found, key=_path_order):
        collector.add(".".join([field, *(str(p) for p in where)]), ErrorCode.INVALID, found[where])


def _path_order(path: tuple[Any, ...]) -> list[tuple[int, Any]]:
    # array indices in numeric order, property names alphabetically
    return [(0, p) if isinstance(p, int) else (1, str(p)) for p in path]


def exercise_ids(value: Any) -> list[str]:
    """The exercise ids a (valid) strength log refers to, in order."""
    if not isinstance(value, dict) or not isinstance(value.get("exercises"), list):
        return []
    return [
        x["exerciseId"]
        for x in value["exercises"]
        if isinstance(x, dict) and isinstance(x.get("exerciseId"), str)
    ]
