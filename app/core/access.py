"""Row-level authorization: which athletes' rows an actor may read and change.

Every query that loads athlete-owned rows (services and dataloaders alike) applies these
filters in SQL, so no query path can return another coach's athletes.
  - admin: everything;
  - coach: the athletes assigned to them;
  - athlete: themself only.
The rules are written as plain filter arguments over field paths, so this module knows no
domain model: a domain passes the path from its rows to their athlete.
"""

from __future__ import annotations

import uuid
from typing import Any, TypeVar

from tortoise.models import Model

from app.core.actor import Actor
from app.core.errors import ErrorCode, PermissionDenied, ValidationFailed

M = TypeVar("M", bound=Model)

# Used when an actor has no profile row (should not happen; denies everything).
NOBODY = uuid.UUID(int=0)


def athlete_filter(actor: Actor, *, through: str | None = "athlete") -> dict[str, Any]:
    """Filter kwargs restricting a queryset of athlete-owned rows to what `actor` may see.

    `through` is the path from the queried model to its AthleteProfile ("athlete" for
    models with an `athlete` foreign key, "program__athlete" for ones reached via a program),
    or None when the queried model is the AthleteProfile itself.
    """
    if actor.is_admin:
        return {}
    prefix = f"{through}__" if through else ""
    if actor.is_coach:
        return {f"{prefix}coach_id": actor.coach_id or NOBODY}
    return {f"{through}_id" if through else "id": actor.athlete_id or NOBODY}


def require_planner(actor: Actor) -> None:
    """Programs, phases, micro-cycles and sessions are written by coaches and admins only."""
    if actor.is_athlete:
        raise PermissionDenied("Athletes cannot change their program; ask your coach.")


def require_athlete_self(actor: Actor) -> uuid.UUID:
    """Logs, feedback and skipping one's own session are the athlete's own writes; returns their athlete id."""
    if not actor.is_athlete or actor.athlete_id is None:
        raise PermissionDenied(
            "Only the athlete themself can log workouts, give feedback or skip their sessions."
        )
    return actor.athlete_id


def athlete_or_self(actor: Actor, athlete_id: uuid.UUID | None, field: str = "athleteId") -> uuid.UUID:
    """The athlete a read is about: the given id, or the calling athlete's own when omitted.

    Coaches and admins must name the athlete (REQUIRED on `field` otherwise).
    """
    if athlete_id is not None:
        return athlete_id
    if actor.athlete_id is not None:
        return actor.athlete_id
    raise ValidationFailed.one(field, ErrorCode.REQUIRED, "athleteId is required for coaches and admins.")


async def locked_for_write(
    model: type[M], row_id: uuid.UUID, actor: Actor, *, through: str, label: str, field: str
) -> M:
    """The athlete-owned row, locked FOR UPDATE, when `actor` may see it; otherwise a
    NOT_FOUND user error on `field` (a row of another tenant reads as missing)."""
    row = await model.filter(id=row_id, **athlete_filter(actor, through=through)).select_for_update().first()
    if row is None:
        raise ValidationFailed.one(field, ErrorCode.NOT_FOUND, f"{label} not found.")
    return row
