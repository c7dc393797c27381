"""The WeeklyPlan JSON schema every generator's output must follow, and its validation.

A generator answers with text; `parse_and_check` turns it into a plan or a list of errors
(`path`, `message`), whatever the generator (the rules and a language model go through exactly
the same checks): JSON, the WeeklyPlan schema, the week's dates, unique session keys, at most one
session per key, and each session's prescription against its type's schema (seed 004). Which
exercises the coach may use is checked by the caller (it needs the database).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from jsonschema import Draft7Validator

from app.core.errors import Collector
from app.core.validation import json_document
from app.programs.models import Intensity, Modality, SessionType
from app.programs.prescriptions import ENDURANCE_MODALITIES, check_prescription

SCHEMA_VERSION = "1.0"
MAX_SESSIONS = 14
MAX_RAW_CHARS = 200_000
_NUMBERS = {
    "type": "object",
    "maxProperties": 30,
    "additionalProperties": {"type": ["number", "string", "null"]},
}
_JUSTIFICATION = {
    "type": "object",
    "required": ["text"],
    "properties": {
        "rule": {"type": "string", "maxLength": 64},
        "text": {"type": "string", "minLength": 1, "maxLength": 1000},
        "numbers": _NUMBERS,
    },
}

SESSION_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": [
        "key",
        "day",
        "startTime",
        "title",
        "sessionType",
        "modality",
        "durationMinutes",
        "prescription",
        "justification",
    ],
    "additionalProperties": False,
    "properties": {
        "key": {"type": "string", "pattern": "^[A-Za-z0-9_-]{1,40}$"},
        "day": {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},
        "startTime": {"type": "string", "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$"},
        "title": {"type": "string", "minLength": 1, "maxLength": 200},
        "sessionType": {"enum": [t.value for t in SessionType]},
        "modality": {"enum": [m.value for m in Modality]},
        "durationMinutes": {"type": "integer", "minimum": 1, "maximum": 300},
        "intensity": {"enum": [*(i.value for i in Intensity), None]},
        "focus": {"type": ["string", "null"], "maxLength": 200},
        "plannedLoad": {"type": ["number", "null"], "minimum": 0, "maximum": 10000},
        "prescription": {"type": "object"},
        "justification": _JUSTIFICATION,
        "edited": {"type": "boolean"},
    },
}

WEEKLY_PLAN_SCHEMA: dict[str, Any] = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "title": "WeeklyPlan",
    "type": "object",
    "required": ["schemaVersion", "weekStart", "weekEnd", "weekType", "sessions", "justification"],
    "additionalProperties": False,
    "properties": {
        "schemaVersion": {"const": SCHEMA_VERSION},
        "weekStart": {"type": "string"},
        "weekEnd": {"type": "string"},
        "weekType": {"enum": ["baseline", "build", "hold", "reduce", "deload"]},
        "targetLoad": {"type": ["number", "null"], "minimum": 0, "maximum": 100000},
        "sessions": {"type": "array", "maxItems": MAX_SESSIONS, "items": SESSION_SCHEMA},
        "justification": {"type": "array", "maxItems": 30, "items": _JUSTIFICATION},
    },
}

_VALIDATOR = Draft7Validator(WEEKLY_PLAN_SCHEMA)


@dataclass(frozen=True)
class PlanError:
    """One reason an output is not a valid WeeklyPlan: where (a JSON path) and why."""

    path: str
    message: str

    def as_dict(self) -> dict[str, str]:
        return {"path": self.path, "message": self.message}


def _path(parts: Any) -> str:
    return ".".join(["$", *(str(p) for p in parts)])


def parse(raw: str) -> tuple[Any, list[PlanError]]:
    """The raw output as JSON (a fenced ```json block is unwrapped), or why it is not."""
    if len(raw) > MAX_RAW_CHARS:
        return None, [PlanError("$", f"The output is longer than {MAX_RAW_CHARS} characters.")]
    text = raw.strip()
    if text.startswith("```"):
        text = text.strip("`").removeprefix("json").strip()
    try:
        return json.loads(text), []
    except ValueError as exc:
        return None, [PlanError("$", f"Not JSON: {exc}")]


def check_plan(plan: Any, week_start: date) -> list[PlanError]:
    """Every way `plan` breaks the WeeklyPlan schema or the week it is for (empty: valid)."""
    bounds = Collector()
    if not json_document(plan, bounds, "$"):
        return [PlanError("$", e.message) for e in bounds.errors]
    errors = [PlanError(_path(e.absolute_path), e.message) for e in _VALIDATOR.iter_errors(plan)]
    if errors:
        return sorted(set(errors), key=lambda e: (e.path, e.message))
    week_end = week_start + timedelta(days=6)
    if plan["weekStart"] != week_start.isoformat():
        errors.append(PlanError("$.weekStart", f"Must be {week_start.isoformat()}."))
    if plan["weekEnd"] != week_end.isoformat():
        errors.append(PlanError("$.weekEnd", f"Must be {week_end.isoformat()}."))
    seen: set[str] = set()
    for index, session in enumerate(plan["sessions"]):
        errors.extend(_check_session(session, f"$.sessions.{index}", week_start, week_end, seen))
    return errors


def _check_session(
    session: dict[str, Any], at: str, first: date, last: date, seen: set[str]
) -> list[PlanError]:
    errors: list[PlanError] = []
    if session["key"] in seen:
        errors.append(PlanError(f"{at}.key", f"Duplicate session key {session['key']!r}."))
    seen.add(session["key"])
    try:
        day = date.fromisoformat(session["day"])
        if not first <= day <= last:
            errors.append(
                PlanError(f"{at}.day", f"Must lie in the week {first.isoformat()} to {last.isoformat()}.")
            )
    except ValueError:
        errors.append(PlanError(f"{at}.day", "Not a date."))
    session_type = SessionType(session["sessionType"])
    modality = Modality(session["modality"])
    found = Collector()
    if check_prescription(session["prescription"], session_type, found, field=f"{at}.prescription"):
        wanted = session["prescription"].get("modality")
        if (
            session_type is SessionType.ENDURANCE
            and modality in ENDURANCE_MODALITIES
            and wanted != modality.value
        ):
            errors.append(
                PlanError(
                    f"{at}.prescription.modality",
                    f"The prescription is for {wanted}, the session for {modality.value}.",
                )
            )
        if session_type is SessionType.STRENGTH and modality is not Modality.STRENGTH:
            errors.append(PlanError(f"{at}.modality", "A strength session's modality is strength."))
    errors.extend(PlanError(e.field or at, e.message) for e in found.errors)
    return errors


def parse_and_check(raw: str, week_start: date) -> tuple[dict[str, Any] | None, list[PlanError]]:
    """The valid plan in `raw`, or None and every error found."""
    plan, errors = parse(raw)
    if errors:
        return None, errors
    errors = check_plan(plan, week_start)
    return (plan, []) if not errors else (None, errors)


def strength_exercise_ids(plan: dict[str, Any]) -> list[tuple[str, str]]:
    """(JSON path, id) of every exercise a valid plan's strength sessions name."""
    found = []
    for index, session in enumerate(plan["sessions"]):
        if session["sessionType"] == SessionType.STRENGTH.value:
            for number, item in enumerate(session["prescription"].get("exercises", [])):
                found.append(
                    (f"$.sessions.{index}.prescription.exercises.{number}.exerciseId", item["exerciseId"])
                )
    return found
