"""Validation helpers shared by the domain services."""

from __future__ import annotations

import math
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from email_validator import EmailNotValidError, validate_email

from app.core.errors import Collector, ErrorCode

MAX_EMAIL_LENGTH = 255
# IANA names are at most 30-odd characters; AthleteProfile.timezone holds 64.
MAX_TIMEZONE_LENGTH = 64
# Bounds on every JSON document a client sends (prescriptions, workout logs' actual data). The
# documents the seed schemas describe nest at most 5 levels and hold at most 50 x 50 sets
# (about 10,000 values, 50 items per list); these bounds leave room for that and stop the rest.
MAX_JSON_DEPTH = 16
MAX_JSON_ITEMS = 1000
MAX_JSON_VALUES = 20_000


def normalize_email(value: str, collector: Collector, field: str = "email") -> str:
    """A syntactically valid email, lowercased; records an error otherwise."""
    candidate = (value or "").strip()
    if len(candidate) > MAX_EMAIL_LENGTH:
        collector.add(field, ErrorCode.TOO_LONG, f"Email must be at most {MAX_EMAIL_LENGTH} characters.")
        return candidate.lower()
    try:
        info = validate_email(candidate, check_deliverability=False)
    except EmailNotValidError as exc:
        collector.add(field, ErrorCode.INVALID_EMAIL, f"Not a valid email address: {exc}")
        return candidate.lower()
    return info.normalized.lower()


def text_length(
    value: str | None,
    collector: Collector,
    field: str,
    *,
    min_length: int = 0,
    max_length: int,
    required: bool = True,
) -> str | None:
    """Strip `value` and check its length; None stays None unless required."""
    if value is None:
        if required:
            collector.add(field, ErrorCode.REQUIRED, "This field is required.")
        return None
    stripped = value.strip()
    if len(stripped) < min_length:
        code = ErrorCode.REQUIRED if not stripped else ErrorCode.TOO_SHORT
        collector.add(field, code, f"Must be at least {min_length} characters.")
    elif len(stripped) > max_length:
        collector.add(field, ErrorCode.TOO_LONG, f"Must be at most {max_length} characters.")
    return stripped


_ZONES: frozenset[str] | None = None


def timezone_name(value: str, collector: Collector, field: str = "timezone") -> str:
    """An IANA time zone name such as Europe/Oslo; records INVALID_TIMEZONE otherwise."""
    global _ZONES
    if _ZONES is None:
        _ZONES = frozenset(available_timezones())
    if value in _ZONES:
        return value
    if len(value) > MAX_TIMEZONE_LENGTH:
        # never a zone (and the lookup below would ask the file system for a name too long for it)
        collector.add(field, ErrorCode.INVALID_TIMEZONE, "Not an IANA time zone.")
        return value
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        # OSError: a key naming a directory ("Europe") or an unreadable file
        collector.add(field, ErrorCode.INVALID_TIMEZONE, f"{value!r} is not an IANA time zone.")
    return value


def check_required(collector: Collector, **values: object) -> None:
    """REQUIRED on every update argument sent as null (`values`: API field name -> value)."""
    for field, value in values.items():
        if value is None:
            collector.add(field, ErrorCode.REQUIRED, "This field cannot be cleared.")


def int_range(
    value: int | None, collector: Collector, field: str, *, minimum: int, maximum: int
) -> int | None:
    """Check minimum <= value <= maximum (None passes)."""
    if value is not None and not minimum <= value <= maximum:
        collector.add(field, ErrorCode.OUT_OF_RANGE, f"Must be between {minimum} and {maximum}.")
    return value


def json_document(
    value: Any, collector: Collector, field: str, *, code: ErrorCode = ErrorCode.INVALID
) -> bool:
    """Bound a client's JSON document before anything else reads or stores it.

    At most MAX_JSON_DEPTH levels of lists and objects, MAX_JSON_ITEMS entries in one list or
    object (TOO_LONG), MAX_JSON_VALUES values in all (TOO_LONG), and only finite numbers: JSON
    has no NaN or Infinity, but Python's parser lets them (and 1e400, as infinity) through, and
    PostgreSQL cannot store them. The first problem is recorded at its JSON path under `field`
    (`code` for depth and numbers) and False returned. Walks iteratively: no depth the request
    parser accepted can exhaust the stack here.
    """
    seen = 0
    pending: list[tuple[Any, int, str]] = [(value, 0, field)]
    while pending:
        item, depth, path = pending.pop()
        seen += 1
        if seen > MAX_JSON_VALUES:
            collector.add(field, ErrorCode.TOO_LONG, f"At most {MAX_JSON_VALUES} values in all.")
            return False
        if isinstance(item, (dict, list)):
            if depth >= MAX_JSON_DEPTH:
                collector.add(path, code, f"Lists and objects nest at most {MAX_JSON_DEPTH} levels deep.")
                return False
            if len(item) > MAX_JSON_ITEMS:
                collector.add(
                    path, ErrorCode.TOO_LONG, f"At most {MAX_JSON_ITEMS} entries in one list or object."
                )
                return False
            entries = list(item.items() if isinstance(item, dict) else enumerate(item))
            # reversed: the stack then pops them in document order, so the first problem is reported
            pending.extend((inner, depth + 1, f"{path}.{key}") for key, inner in reversed(entries))
        elif isinstance(item, (int, float)) and not isinstance(item, bool) and not _finite(item):
            collector.add(path, code, "Numbers must be finite (JSON has no NaN or Infinity).")
            return False
    return True


def _finite(number: int | float) -> bool:
    try:
        return math.isfinite(number)
    except OverflowError:  # an integer beyond any float
        return False
