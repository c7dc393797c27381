"""Row-level authorization: which athletes' rows an actor may read and change.

Every query that loads athlete-owned rows (services and dataloaders alike) applies these
filters in SQL, so no query path can return another coach's athletes.
  - admin: everything;
  - coach: the athletes assigned to them;
  - athlete: themself only.
"""

from __future__ import annotations

import uuid
from typing import Any, TypeVar

from tortoise.models import Model
from tortoise.queryset import QuerySet

from app.athletes.models import AthleteProfile
from app.core.actor import Actor
from app.core.errors import ErrorCode, NotFound, PermissionDenied, ValidationFailed

M = TypeVar("M", bound=Model)

# Used when an actor has no profile row (should not happen; denies everything).
_NOTHING = uuid.UUID(int=0)


def athlete_filter(actor: Actor, *, through: str = "athlete") -> dict[str, Any]:
    """Filter kwargs restricting a queryset of athlete-owned rows to what `actor` may see.

    `through` is the path from the queried model to its AthleteProfile ("athlete" for
    models with an `athlete` foreign key, "program__athlete" for ones reached via a program).
    """
    if actor.is_admin:
        return {}
    if actor.is_coach:
        return {f"{through}__coach_id": actor.coach_id or _NOTHING}
    return {f"{through}_id": actor.athlete_id or _NOTHING}


def visible_athletes(actor: Actor) -> QuerySet[AthleteProfile]:
    """The AthleteProfile rows `actor` may see."""
    if actor.is_admin:
        return AthleteProfile.all()
    if actor.is_coach:
        return AthleteProfile.filter(coach_id=actor.coach_id or _NOTHING)
    return AthleteProfile.filter(id=actor.athlete_id or _NOTHING)


async def get_visible_athlete(
    actor: Actor, athlete_id: uuid.UUID, *, for_update: bool = False
) -> AthleteProfile:
    """The athlete if `actor` may see them; NotFound otherwise (existence is not revealed)."""
    query = visible_athletes(actor).filter(id=athlete_id)
    if for_update:
        query = query.select_for_update()
    athlete = await query.first()
    if athlete is None:
        raise NotFound("Athlete not found.")
    return athlete


def require_planner(actor: Actor) -> None:
    """Programs, phases, micro-cycles and sessions are written by coaches and admins only."""
    if actor.is_athlete:
        raise PermissionDenied("Athletes cannot change their program; ask your coach.")


def require_athlete_self(actor: Actor) -> uuid.UUID:
    """Logs and feedback are written by the athlete themself; returns their athlete id."""
    if not actor.is_athlete or actor.athlete_id is None:
        raise PermissionDenied("Only the athlete can log their own workouts and feedback.")
    return actor.athlete_id


def resolve_athlete_id(actor: Actor, athlete_id: uuid.UUID | None) -> uuid.UUID:
    """An explicit athlete id, or the calling athlete's own when omitted."""
    if athlete_id is not None:
        return athlete_id
    if actor.athlete_id is not None:
        return actor.athlete_id
    raise NotFound("athleteId is required for coaches and admins.")


async def locked_for_write(
    model: type[M], row_id: uuid.UUID, actor: Actor, *, through: str, label: str, field: str
) -> M:
    """The athlete-owned row, locked FOR UPDATE, when `actor` may see it; otherwise a
    NOT_FOUND user error on `field` (a row of another tenant reads as missing)."""
    row = await model.filter(id=row_id, **athlete_filter(actor, through=through)).select_for_update().first()
    if row is None:
        raise ValidationFailed.one(field, ErrorCode.NOT_FOUND, f"{label} not found.")
    return row
