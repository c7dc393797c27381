"""The clock: one place that says what time it is, so tests can pin "now" and "today"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """The current time in UTC."""
    return datetime.now(UTC)


class FixedClock:
    """A clock that returns a set time until moved; used by tests."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def set(self, now: datetime) -> None:
        self.now = now


_clock: Clock = system_clock


def now() -> datetime:
    """What time it is for the domain: the system clock unless a test pinned another."""
    return _clock()


def set_clock(clock: Clock | None) -> None:
    """Replace the clock (None restores the system clock)."""
    global _clock
    _clock = clock or system_clock
