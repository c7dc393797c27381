"""Checks of the inputs coaches send for plan drafts: availability days and edited sessions."""

from __future__ import annotations

import re
from typing import Any

from app.core.errors import Collector, ErrorCode

TIME = re.compile(r"^([01][0-9]|2[0-3]):[0-5][0-9]$")
MIN_MINUTES, MAX_MINUTES = 20, 300


def check_availability(days: list[dict[str, Any]] | None, errors: Collector) -> None:
    """Availability: at most one entry per ISO weekday (1 = Monday), a local HH:MM start, 20-300 minutes."""
    if days is None:
        return
    if not days:
        errors.add(
            "availability", ErrorCode.REQUIRED, "Give at least one available day, or omit availability."
        )
    seen: set[int] = set()
    for index, day in enumerate(days):
        at = f"availability.{index}"
        if not 1 <= day["weekday"] <= 7:
            errors.add(f"{at}.weekday", ErrorCode.OUT_OF_RANGE, "An ISO weekday: 1 (Monday) to 7 (Sunday).")
        elif day["weekday"] in seen:
            errors.add(f"{at}.weekday", ErrorCode.DUPLICATE, "One entry per weekday.")
        seen.add(day["weekday"])
        if not TIME.match(day["startTime"]):
            errors.add(f"{at}.startTime", ErrorCode.INVALID, "A local time as HH:MM (24 h).")
        if not MIN_MINUTES <= day["maxMinutes"] <= MAX_MINUTES:
            errors.add(
                f"{at}.maxMinutes",
                ErrorCode.OUT_OF_RANGE,
                f"Between {MIN_MINUTES} and {MAX_MINUTES} minutes.",
            )


def plan_path(path: str) -> str:
    """A WeeklyPlan JSON path ($.sessions.0.title) as an input field path (sessions.0.title)."""
    return path.removeprefix("$").removeprefix(".") or "sessions"
