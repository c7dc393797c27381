"""Rules shared by the program services: date ranges, positions, client-supplied ids."""

from __future__ import annotations

import uuid
from datetime import date

from tortoise.models import Model

from app.core.errors import Collector, ErrorCode, ValidationFailed
from app.core.times import check_day

MAX_FOCUS = 200
# Hard caps that keep every nested list of a program bounded (the API's cost limit counts on them).
MAX_PROGRAM_DAYS = 731  # two years
MAX_PROGRAMS_PER_ATHLETE = 200
MAX_PHASES_PER_PROGRAM = 20
MAX_SESSIONS_PER_PROGRAM = 1500
MAX_SESSIONS_PER_MICRO_CYCLE = 50
# Highest phase order and week index: far above any real program, and low enough that "after
# the last one" (+1) can never overflow the INTEGER columns.
MAX_POSITION = 10_000


def check_position(value: int | None, collector: Collector, field: str, label: str) -> None:
    """A phase order or week index: 1..MAX_POSITION (None passes); OUT_OF_RANGE otherwise."""
    if value is not None and not 1 <= value <= MAX_POSITION:
        collector.add(field, ErrorCode.OUT_OF_RANGE, f"{label} runs from 1 to {MAX_POSITION}.")


def check_dates(
    start: date | None, end: date | None, collector: Collector, end_field: str = "endDate"
) -> None:
    """Both dates in the supported window, the end not before the start."""
    check_day(start, collector, "startDate")
    check_day(end, collector, end_field)
    if start is not None and end is not None and end < start:
        collector.add(end_field, ErrorCode.INVALID, "The end date must not be before the start date.")


def check_program_length(
    start: date | None, end: date | None, collector: Collector, field: str = "endDate"
) -> None:
    """A program spans at most MAX_PROGRAM_DAYS days."""
    if start is not None and end is not None and (end - start).days + 1 > MAX_PROGRAM_DAYS:
        collector.add(field, ErrorCode.OUT_OF_RANGE, f"A program spans at most {MAX_PROGRAM_DAYS} days.")


def ensure_below(query_count: int, limit: int, field: str | None, what: str) -> None:
    """TOO_LONG when a list already holds `limit` items (`query_count` of them)."""
    if query_count >= limit:
        raise ValidationFailed.one(field, ErrorCode.TOO_LONG, f"{what} holds at most {limit}.")


async def ensure_id_free(model: type[Model], new_id: uuid.UUID | None, field: str = "id") -> None:
    """ALREADY_EXISTS when a client-supplied id is taken."""
    if new_id is not None and await model.filter(id=new_id).exists():
        raise ValidationFailed.one(field, ErrorCode.ALREADY_EXISTS, "This id is already taken.")
