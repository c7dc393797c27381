"""How far along a program is: its weeks, its adherence, and its weeks' session counts."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime


def total_weeks(start_date: date, end_date: date) -> int:
    """Length of a program in weeks: ceil((end - start + 1 day) / 7)."""
    return math.ceil(((end_date - start_date).days + 1) / 7)


def completed_weeks(start_date: date, end_date: date, today: date) -> int:
    """Whole weeks elapsed from `start_date` to `today`, between 0 and the program's total weeks."""
    elapsed = (today - start_date).days // 7
    return max(0, min(elapsed, total_weeks(start_date, end_date)))


@dataclass(frozen=True)
class ProgramStats:
    """Session counts of a program as of `now`, and when its next planned session is."""

    due: int = 0
    completed_due: int = 0
    next_at: datetime | None = None

    @property
    def adherence_rate(self) -> float | None:
        return self.completed_due / self.due if self.due else None


@dataclass(frozen=True)
class MicroCycleStats:
    """How many sessions a micro-cycle has, and how many are completed."""

    planned: int = 0
    completed: int = 0
