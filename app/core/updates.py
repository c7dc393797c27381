"""Partial updates: the marker of an argument the caller did not send."""

from __future__ import annotations

from enum import Enum
from typing import Final, Literal, TypeAlias


class _Keep(Enum):
    """Marks an update argument the caller did not send (distinct from an explicit null)."""

    KEEP = "KEEP"

    def __repr__(self) -> str:
        return "KEEP"

    def __bool__(self) -> bool:
        return False


KEEP: Final = _Keep.KEEP
Keep: TypeAlias = Literal[_Keep.KEEP]


def given(value: object) -> bool:
    """True when an update argument was sent (even as null)."""
    return value is not KEEP
