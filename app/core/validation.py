"""Validation helpers shared by the domain services."""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from email_validator import EmailNotValidError, validate_email

from app.core.errors import Collector, ErrorCode

MAX_EMAIL_LENGTH = 255


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
    if value not in _ZONES:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            collector.add(field, ErrorCode.INVALID_TIMEZONE, f"{value!r} is not an IANA time zone.")
            return value
    return value


def int_range(
    value: int | None, collector: Collector, field: str, *, minimum: int, maximum: int
) -> int | None:
    """Check minimum <= value <= maximum (None passes)."""
    if value is not None and not minimum <= value <= maximum:
        collector.add(field, ErrorCode.OUT_OF_RANGE, f"Must be between {minimum} and {maximum}.")
    return value
