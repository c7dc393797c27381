"""What a recomputation tells live subscribers: changed readiness and roster alerts.

Only recent days are announced (the athlete's local today and the `RECENT_DAYS` - 1 days
before): a coach watches today's roster, not a score of last spring that a late record moved.

- readinessChanged: a day whose score or recommendation differs from what was stored (or a
  day computed for the first time).
- rosterAlerts, a new red flag: a flag a day has now that it did not have before (a day seen
  for the first time is compared with the day before it, so a flag that persists from
  yesterday is not new).
- rosterAlerts, ACWR out of band: a day whose ACWR zone left the sweet spot (or appeared
  outside it), compared the same way.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from app.analytics.acwr import AcwrZone
from app.analytics.daily_readiness import ReadinessDay
from app.analytics.series import LoadDay

RECENT_DAYS = 7


class RosterAlertKind(StrEnum):
    """What a roster alert is about."""

    RED_FLAG = "red_flag"
    ACWR_OUT_OF_BAND = "acwr_out_of_band"


@dataclass(frozen=True)
class Stored:
    """A day as it was stored before the recomputation."""

    score: float | None
    recommendation: str | None
    flags: frozenset[str]
    zone: str | None


@dataclass(frozen=True)
class Notice:
    """One event to publish: its kind ("readiness" or "alert") and data."""

    kind: str
    day: date
    data: dict[str, Any]


def recent_from(today: date) -> date:
    """The first day announced."""
    return today - timedelta(days=RECENT_DAYS - 1)


def notices(
    today: date,
    readiness: Sequence[ReadinessDay],
    loads: Sequence[LoadDay],
    stored: Mapping[date, Stored],
    stored_zones: Mapping[date, str | None],
) -> list[Notice]:
    """The events of a recomputation (see the module docstring), oldest day first."""
    first = recent_from(today)
    new_flags = {r.day: frozenset(f.value for f in r.result.red_flags) for r in readiness}
    new_zones = {d.day: d.zone.value if d.zone else None for d in loads}
    found: list[Notice] = []
    for r in readiness:
        if r.day < first:
            continue
        before = stored.get(r.day)
        score, recommendation = r.result.score, r.result.recommendation
        rec = recommendation.value if recommendation else None
        if before is None or before.score != score or before.recommendation != rec:
            data: dict[str, Any] = {"date": r.day.isoformat(), "score": score, "recommendation": rec}
            found.append(Notice("readiness", r.day, data))
        earlier = before.flags if before else _flags_before(r.day, new_flags, stored)
        for flag in sorted(new_flags[r.day] - earlier):
            found.append(
                Notice(
                    "alert",
                    r.day,
                    {"date": r.day.isoformat(), "alert": RosterAlertKind.RED_FLAG.value, "flag": flag},
                )
            )
    for d in loads:
        if d.day < first or d.zone in (None, AcwrZone.SWEET_SPOT):
            continue
        zone = d.zone.value if d.zone else None
        was = stored_zones[d.day] if d.day in stored_zones else _zone_before(d.day, new_zones, stored_zones)
        if was != zone and _worse(zone, was):
            found.append(
                Notice(
                    "alert",
                    d.day,
                    {
                        "date": d.day.isoformat(),
                        "alert": RosterAlertKind.ACWR_OUT_OF_BAND.value,
                        "zone": zone,
                        "acwr": d.acwr,
                    },
                )
            )
    return sorted(found, key=lambda n: (n.day, n.kind))


def _flags_before(
    day: date, new: Mapping[date, frozenset[str]], stored: Mapping[date, Stored]
) -> frozenset[str]:
    yesterday = day - timedelta(days=1)
    if yesterday in new:
        return new[yesterday]
    found = stored.get(yesterday)
    return found.flags if found else frozenset()


def _zone_before(day: date, new: Mapping[date, str | None], stored: Mapping[date, str | None]) -> str | None:
    yesterday = day - timedelta(days=1)
    return new[yesterday] if yesterday in new else stored.get(yesterday)


_SEVERITY = {None: 0, "sweet_spot": 0, "under": 1, "caution": 2, "danger": 3}


def _worse(zone: str | None, was: str | None) -> bool:
    """A move out of the band, or to a zone further from it (under < caution < danger)."""
    return _SEVERITY.get(zone, 0) > _SEVERITY.get(was, 0)
