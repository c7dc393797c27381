"""Checks of single ingested values: physical ranges, times, statuses (fast: run per record)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any

from app.core.errors import Collector, ErrorCode
from app.wellness.models import RecordStatus

# (column, API name, integer?, minimum, maximum)
Bound = tuple[str, str, bool, float, float]


def measure(value: Any, errors: Collector, name: str, integer: bool, low: float, high: float) -> Any:
    """A number within [low, high] (None passes); OUT_OF_RANGE or INVALID otherwise."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        errors.add(name, ErrorCode.INVALID, "Must be a number.")
        return None
    if isinstance(value, float) and not math.isfinite(value):
        errors.add(name, ErrorCode.INVALID, "Must be a finite number.")
        return None
    if not low <= value <= high:
        errors.add(name, ErrorCode.OUT_OF_RANGE, f"Must be between {_show(low)} and {_show(high)}.")
        return None
    if integer:
        return round(value)
    return float(value)


def _show(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else str(number)


def measures(record: Mapping[str, Any], bounds: tuple[Bound, ...], errors: Collector) -> dict[str, Any]:
    """Every bounded value of `record` (keys are the column names)."""
    found: dict[str, Any] = {}
    for column, name, integer, low, high in bounds:
        value = record.get(column)
        if value is None:
            found[column] = None
        elif type(value) in (int, float) and low <= value <= high:  # the common case (NaN fails it)
            found[column] = round(value) if integer else float(value)
        else:
            found[column] = measure(value, errors, name, integer, low, high)
    return found


def utc(value: datetime) -> datetime:
    """A client time in UTC (a time without an offset is UTC, as everywhere in the API)."""
    return value.replace(tzinfo=UTC) if value.utcoffset() is None else value.astimezone(UTC)


def moment(value: Any, errors: Collector, name: str, *, required: bool = True) -> datetime | None:
    if value is None:
        if required:
            errors.add(name, ErrorCode.REQUIRED, "This field is required.")
        return None
    if not isinstance(value, datetime):
        errors.add(name, ErrorCode.INVALID, "Must be a date and time.")
        return None
    try:
        return utc(value)
    except (OverflowError, ValueError):
        errors.add(name, ErrorCode.OUT_OF_RANGE, "Not a usable time.")
        return None


def day(value: Any, errors: Collector, name: str) -> date | None:
    if not isinstance(value, date) or isinstance(value, datetime):
        errors.add(name, ErrorCode.REQUIRED if value is None else ErrorCode.INVALID, "A date is required.")
        return None
    return value


def status(value: Any) -> str:
    return RecordStatus(value or RecordStatus.FINAL).value


def text(value: Any, errors: Collector, name: str, max_length: int, *, required: bool = False) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            errors.add(name, ErrorCode.REQUIRED, "This field is required.")
        return None
    clean = str(value).strip()
    if len(clean) > max_length:
        errors.add(name, ErrorCode.TOO_LONG, f"Must be at most {max_length} characters.")
        return None
    if "\x00" in clean:
        errors.add(name, ErrorCode.INVALID, "Text may not contain NUL.")
        return None
    return clean
