"""Data freshness for a roster, the way CDC monitors report it: per athlete and source, the
newest record, its lag behind now, and whether that lag passed the warn or stale threshold
(FRESHNESS_WARN_HOURS, FRESHNESS_STALE_HOURS)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from app.wellness.models import DataFreshness


class FreshnessState(StrEnum):
    FRESH = "fresh"
    WARN = "warn"
    STALE = "stale"


@dataclass(frozen=True)
class SourceFreshness:
    """One source of one athlete: its newest record over every kind, and per kind."""

    athlete_id: uuid.UUID
    source: str
    newest_date: date
    newest_at: datetime
    last_received_at: datetime
    lag_hours: float
    state: FreshnessState
    kinds: tuple[DataFreshness, ...]


def state_of(lag_hours: float, warn_hours: float, stale_hours: float) -> FreshnessState:
    if lag_hours >= stale_hours:
        return FreshnessState.STALE
    return FreshnessState.WARN if lag_hours >= warn_hours else FreshnessState.FRESH


def assess(
    rows: Sequence[DataFreshness], now: datetime, *, warn_hours: float, stale_hours: float
) -> list[SourceFreshness]:
    """One entry per (athlete, source) of `rows`, stalest first."""
    groups: dict[tuple[uuid.UUID, str], list[DataFreshness]] = {}
    for row in rows:
        groups.setdefault((row.athlete_id, row.source), []).append(row)
    entries = []
    for (athlete_id, source), kinds in groups.items():
        newest = max(kinds, key=lambda k: k.newest_at)
        lag = max((now - newest.newest_at).total_seconds() / 3600, 0.0)
        entries.append(
            SourceFreshness(
                athlete_id=athlete_id,
                source=source,
                newest_date=max(k.newest_date for k in kinds),
                newest_at=newest.newest_at,
                last_received_at=max(k.last_received_at for k in kinds),
                lag_hours=round(lag, 2),
                state=state_of(lag, warn_hours, stale_hours),
                kinds=tuple(sorted(kinds, key=lambda k: k.kind)),
            )
        )
    return sorted(entries, key=lambda e: (-e.lag_hours, e.source))
