"""Athlete rows for the API's views, read in batches (app/db/rows.py), and the row-level scope
as SQL for every other domain's reads."""

from __future__ import annotations

import uuid
from typing import Any

from app.athletes.models import AthleteProfile
from app.core.access import NOBODY
from app.core.actor import Actor
from app.db.rows import fetch, shape

ATHLETE = shape(AthleteProfile)


def athlete_scope(actor: Actor, column: str, param: int) -> tuple[str, list[Any]]:
    """The SQL condition that `column` (an athlete id) is one `actor` may see, with its
    parameters (numbered from `param`): `app.core.access.athlete_filter`'s rule, as SQL.
    The text depends only on the actor's role, so statements using it stay constant."""
    if actor.is_admin:
        return "TRUE", []
    if actor.is_coach:
        return (
            f"{column} IN (SELECT a.id FROM athlete_profile a WHERE a.coach_id = ${param})",  # noqa: S608
            [actor.coach_id or NOBODY],
        )
    return f"{column} = ${param}", [actor.athlete_id or NOBODY]


async def athletes_by_id(actor: Actor, ids: list[uuid.UUID]) -> list[Any]:
    """The athletes of `ids` that `actor` may see."""
    scope, params = athlete_scope(actor, "t.id", 2)
    return await fetch(ATHLETE.row, ATHLETE.select(f"t.id = ANY($1::uuid[]) AND {scope}"), ids, *params)
