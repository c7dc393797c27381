"""Reading activities: the caller's athletes' workouts, newest first."""

from __future__ import annotations

import uuid
from datetime import date

from tortoise.queryset import QuerySet

from app.activities.models import Activity
from app.core.access import athlete_filter
from app.core.actor import Actor
from app.core.errors import Collector
from app.core.times import check_day


def list_activities(
    *,
    actor: Actor,
    athlete_id: uuid.UUID | None,
    first: date | None = None,
    last: date | None = None,
    include_duplicates: bool = False,
) -> QuerySet[Activity]:
    """Activities the caller may see (one athlete's when given), between two local days."""
    errors = Collector()
    check_day(first, errors, "from")
    check_day(last, errors, "to")
    errors.raise_if_any()
    query = Activity.filter(**athlete_filter(actor))
    if athlete_id is not None:
        query = query.filter(athlete_id=athlete_id)
    if first is not None:
        query = query.filter(local_date__gte=first)
    if last is not None:
        query = query.filter(local_date__lte=last)
    if not include_duplicates:
        query = query.filter(duplicate_of_id=None)
    return query


async def get_activity(*, actor: Actor, activity_id: uuid.UUID) -> Activity | None:
    """One activity, if the caller may see it."""
    return await Activity.filter(id=activity_id, **athlete_filter(actor)).first()
