"""Athlete services: which athletes a caller sees, the roster, and editing an athlete's profile."""

from __future__ import annotations

import uuid
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from app.analytics.pending import changed as analytics_changed
from app.athletes.models import AthleteProfile, PrimaryGoal
from app.audit.service import record_action
from app.core.access import athlete_filter
from app.core.actor import Actor
from app.core.errors import Collector, ErrorCode, NotFound, PermissionDenied, ValidationFailed
from app.core.updates import KEEP, given
from app.core.validation import check_required, int_range, text_length, timezone_name

MAX_SEARCH = 80
MAX_COACH_NOTES = 5000
HEIGHT_CM = (Decimal("50.0"), Decimal("260.0"))
WEIGHT_KG = (Decimal("20.0"), Decimal("400.0"))


def visible_athletes(actor: Actor) -> QuerySet[AthleteProfile]:
    """The AthleteProfile rows `actor` may see (all for admins, a coach's own, an athlete themself)."""
    return AthleteProfile.filter(**athlete_filter(actor, through=None))


async def get_visible_athlete(actor: Actor, athlete_id: uuid.UUID) -> AthleteProfile:
    """The athlete if `actor` may see them; NotFound otherwise (existence is not revealed)."""
    athlete = await visible_athletes(actor).filter(id=athlete_id).first()
    if athlete is None:
        raise NotFound("Athlete not found.")
    return athlete


async def find_visible_athlete(actor: Actor, athlete_id: uuid.UUID) -> AthleteProfile | None:
    """The athlete if `actor` may see them, else None."""
    return await visible_athletes(actor).filter(id=athlete_id).first()


async def athlete_for_write(actor: Actor, athlete_id: uuid.UUID, field: str = "athleteId") -> AthleteProfile:
    """The athlete, locked FOR UPDATE, when `actor` may see them; NOT_FOUND on `field` otherwise.

    Writes about one athlete (a new program, a benchmark, a profile edit) lock the athlete row
    so that concurrent writes about them run one after the other.
    """
    athlete = await visible_athletes(actor).filter(id=athlete_id).select_for_update().first()
    if athlete is None:
        raise ValidationFailed.one(field, ErrorCode.NOT_FOUND, "Athlete not found.")
    return athlete


def roster(*, actor: Actor, search: str | None = None) -> QuerySet[AthleteProfile]:
    """The athletes `actor` may see (a coach's own, all for admins, themself for an athlete),
    optionally those whose display name contains `search` (case-insensitive)."""
    query = visible_athletes(actor)
    term = (search or "").strip()
    if len(term) > MAX_SEARCH:
        raise ValidationFailed.one("search", ErrorCode.TOO_LONG, f"Search at most {MAX_SEARCH} characters.")
    if term:
        query = query.filter(display_name__icontains=term)
    return query


def _measure(
    value: float | None, errors: Collector, field: str, bounds: tuple[Decimal, Decimal]
) -> Decimal | None:
    """A body measurement within `bounds`, kept to one decimal."""
    if value is None:
        return None
    low, high = bounds
    if not float(low) <= value <= float(high):  # before rounding: huge values cannot be quantized
        errors.add(field, ErrorCode.OUT_OF_RANGE, f"Must be between {low} and {high}.")
        return None
    return Decimal(str(value)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


async def update_profile(
    *,
    actor: Actor,
    id: uuid.UUID,
    display_name: Any = KEEP,
    timezone: Any = KEEP,
    primary_goal: Any = KEEP,
    coach_notes: Any = KEEP,
    resting_hr: Any = KEEP,
    max_hr: Any = KEEP,
    height_cm: Any = KEEP,
    weight_kg: Any = KEEP,
) -> AthleteProfile:
    """Edit an athlete's profile: by their coach, an admin or the athlete (not the coach's notes)."""
    if given(coach_notes) and actor.is_athlete:
        raise PermissionDenied("Coach notes are written by the coach.")
    errors = Collector()
    changes: dict[str, Any] = {}
    check_required(errors, displayName=display_name, timezone=timezone, primaryGoal=primary_goal)
    if given(display_name) and display_name is not None:
        changes["display_name"] = text_length(
            display_name, errors, "displayName", min_length=1, max_length=80
        )
    if given(timezone) and timezone is not None:
        changes["timezone"] = timezone_name(timezone, errors)
    if given(primary_goal) and primary_goal is not None:
        changes["primary_goal"] = PrimaryGoal(primary_goal)
    if given(coach_notes):
        changes["coach_notes"] = (
            text_length(coach_notes, errors, "coachNotes", max_length=MAX_COACH_NOTES, required=False) or None
        )
    if given(resting_hr):
        changes["resting_hr"] = int_range(resting_hr, errors, "restingHr", minimum=20, maximum=150)
    if given(max_hr):
        changes["max_hr"] = int_range(max_hr, errors, "maxHr", minimum=100, maximum=250)
    if given(height_cm):
        changes["height_cm"] = _measure(height_cm, errors, "heightCm", HEIGHT_CM)
    if given(weight_kg):
        changes["weight_kg"] = _measure(weight_kg, errors, "weightKg", WEIGHT_KG)
    errors.raise_if_any()
    async with in_transaction():
        athlete = await athlete_for_write(actor, id, "id")
        resting = changes.get("resting_hr", athlete.resting_hr)
        maximum = changes.get("max_hr", athlete.max_hr)
        if resting is not None and maximum is not None and resting >= maximum:
            field = "maxHr" if "max_hr" in changes else "restingHr"
            raise ValidationFailed.one(
                field, ErrorCode.INVALID, "Resting heart rate must be below maximum heart rate."
            )
        moved = "timezone" in changes and changes["timezone"] != athlete.timezone
        athlete.update_from_dict(changes)
        await athlete.save()
        if moved:  # every athlete-local day is another one now
            await analytics_changed(athlete.id, reason="timezone", everything=True)
        await record_action(
            actor, "update_athlete_profile", "athlete_profile", athlete.id, fields=sorted(changes)
        )
    return athlete
