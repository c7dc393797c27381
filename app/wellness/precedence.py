"""Source precedence: which source's value a day shows when several sources report a field.

The list that applies to an athlete is their own, else their coach's default, else
DEFAULT_PRECEDENCE. For each field the first listed source that has a value wins; sources the
list does not name come after it, in the default order, then alphabetically.

The default puts `manual` first (a morning measurement the athlete took deliberately, under
the standardized conditions HRV guidance asks for), then dedicated recovery wearables (Oura,
WHOOP), then sports watches, then phone and aggregator platforms, which mostly relay the others.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from tortoise.expressions import RawSQL
from tortoise.transactions import in_transaction

from app.athletes.models import AthleteProfile
from app.athletes.service import athlete_for_write
from app.audit.service import record_action
from app.core.access import athlete_filter
from app.core.actor import Actor
from app.core.errors import Collector, ErrorCode, PermissionDenied, ValidationFailed
from app.ingest.pipeline import SOURCE_PATTERN
from app.wellness.models import SourcePrecedence, WellnessDaily

DEFAULT_PRECEDENCE: tuple[str, ...] = (
    "manual",
    "oura",
    "whoop",
    "garmin",
    "polar",
    "coros",
    "suunto",
    "wahoo",
    "fitbit",
    "apple_health",
    "samsung_health",
    "google_fit",
    "strava",
)
MAX_SOURCES = 30
FIELDS = (
    "resting_hr",
    "hrv_rmssd",
    "hrv_sdnn",
    "sleep_score",
    "sleep_minutes",
    "steps",
    "calories",
    "stress",
    "body_battery",
    "spo2",
    "respiration",
)


class PrecedenceOrigin(StrEnum):
    """Where the list that applies comes from."""

    ATHLETE = "athlete"
    COACH = "coach"
    DEFAULT = "default"


@dataclass(frozen=True)
class Precedence:
    """The source order that applies to an athlete, and where it comes from."""

    sources: tuple[str, ...]
    origin: PrecedenceOrigin

    @classmethod
    def of(cls, athlete_list: Sequence[str] | None, coach_list: Sequence[str] | None) -> Precedence:
        if athlete_list:
            return cls(tuple(athlete_list), PrecedenceOrigin.ATHLETE)
        if coach_list:
            return cls(tuple(coach_list), PrecedenceOrigin.COACH)
        return cls(DEFAULT_PRECEDENCE, PrecedenceOrigin.DEFAULT)

    def rank(self, source: str) -> tuple[int, int, str]:
        listed = self.sources.index(source) if source in self.sources else len(self.sources)
        default = (
            DEFAULT_PRECEDENCE.index(source) if source in DEFAULT_PRECEDENCE else len(DEFAULT_PRECEDENCE)
        )
        return (listed, default, source)


@dataclass(frozen=True)
class ChosenValue:
    """A field's value for a day and the row (source) it was taken from."""

    value: float
    row: WellnessDaily


@dataclass
class WellnessDay:
    """One athlete-local day: every source's row, and per field the value precedence chose."""

    athlete_id: uuid.UUID
    day: date
    rows: list[WellnessDaily]
    precedence: Precedence
    chosen: dict[str, ChosenValue] = field(default_factory=dict)

    def __post_init__(self) -> None:
        ordered = sorted(self.rows, key=lambda r: self.precedence.rank(r.source))
        self.rows = ordered
        for name in FIELDS:
            for row in ordered:
                value = getattr(row, name)
                if value is not None:
                    self.chosen[name] = ChosenValue(value, row)
                    break


def days_of(
    athlete_id: uuid.UUID, rows: Sequence[WellnessDaily], precedence: Precedence
) -> list[WellnessDay]:
    """The rows of one athlete grouped into days (oldest first) with their chosen values."""
    by_day: dict[date, list[WellnessDaily]] = {}
    for row in rows:
        by_day.setdefault(row.sample_date, []).append(row)
    return [WellnessDay(athlete_id, day, by_day[day], precedence) for day in sorted(by_day)]


# The athlete's own list and their coach's default, as subqueries of an athlete_profile query
# (one statement; Tortoise aliases two joins to the same table alike, so no joins).
OWN_SOURCES = RawSQL(
    '(SELECT sp.sources::text FROM source_precedence sp WHERE sp.athlete_id = "athlete_profile"."id")'
)
COACH_SOURCES = RawSQL(
    '(SELECT sp.sources::text FROM source_precedence sp WHERE sp.coach_id = "athlete_profile"."coach_id")'
)


def precedence_of(row: dict[str, Any]) -> Precedence:
    """The precedence of an athlete_profile row annotated with `own` and `coach` (JSON text)."""
    own, coach = row.get("own"), row.get("coach")
    return Precedence.of(json.loads(own) if own else None, json.loads(coach) if coach else None)


def check_sources(sources: Sequence[str], errors: Collector) -> list[str]:
    clean = [s.strip().lower() for s in sources]
    if len(clean) > MAX_SOURCES:
        errors.add("sources", ErrorCode.TOO_LONG, f"At most {MAX_SOURCES} sources.")
    for i, source in enumerate(clean):
        if not SOURCE_PATTERN.match(source):
            errors.add(
                f"sources.{i}",
                ErrorCode.INVALID,
                "A source is 2-32 lowercase letters, digits or underscores.",
            )
    if len(set(clean)) != len(clean):
        errors.add("sources", ErrorCode.DUPLICATE, "Name each source once.")
    return clean


async def set_source_precedence(
    *, actor: Actor, athlete_id: uuid.UUID | None, sources: Sequence[str]
) -> Precedence:
    """Set an athlete's list (athlete or their coach), or with no athlete the calling coach's
    default; an empty list removes it (the next level then applies)."""
    errors = Collector()
    clean = check_sources(sources, errors)
    errors.raise_if_any()
    async with in_transaction():
        if athlete_id is None:
            if not actor.is_coach or actor.coach_id is None:
                raise ValidationFailed.one(
                    "athleteId", ErrorCode.REQUIRED, "Name the athlete (only coaches have a default)."
                )
            owner: dict[str, Any] = {"coach_id": actor.coach_id}
        else:
            athlete = await athlete_for_write(actor, athlete_id)
            owner = {"athlete_id": athlete.id}
        await SourcePrecedence.filter(**owner).delete()
        if clean:
            await SourcePrecedence.create(sources=clean, **owner)
        entity = owner.get("athlete_id") or owner["coach_id"]
        await record_action(actor, "set_source_precedence", "source_precedence", entity, sources=clean)
    return await effective_precedence(actor=actor, athlete_id=athlete_id)


async def effective_precedence(*, actor: Actor, athlete_id: uuid.UUID | None) -> Precedence:
    """The list that applies to an athlete (or the calling coach's default)."""
    if athlete_id is None:
        if actor.coach_id is None:
            raise PermissionDenied("Only coaches have a default source precedence.")
        row = await SourcePrecedence.filter(coach_id=actor.coach_id).first()
        return Precedence.of(None, row.sources if row else None)
    found = (
        await AthleteProfile.filter(**athlete_filter(actor, through=None))
        .filter(id=athlete_id)
        .annotate(own=OWN_SOURCES, coach=COACH_SOURCES)
        .values("own", "coach")
    )
    if not found:
        raise ValidationFailed.one("athleteId", ErrorCode.NOT_FOUND, "Athlete not found.")
    return precedence_of(found[0])
