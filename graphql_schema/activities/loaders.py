"""Dataloaders of activities: an athlete's activities between two local days."""

from __future__ import annotations

import uuid
from datetime import date
from operator import attrgetter

from app.activities.models import Activity
from app.core.access import athlete_filter
from app.core.actor import Actor
from graphql_schema.dataloader import ScopedLoader, grouped_by_key

RangeKey = tuple[uuid.UUID, date, date]


class ActivitiesByAthleteLoader(ScopedLoader[RangeKey, list[Activity]]):
    """Activities (duplicates of another source left out) of athletes between local days, newest
    first: one query for every key."""

    async def fetch(self, keys: list[RangeKey]) -> list[list[Activity]]:
        athletes = sorted({k[0] for k in keys})
        first, last = min(k[1] for k in keys), max(k[2] for k in keys)
        rows = await Activity.filter(
            athlete_id__in=athletes,
            local_date__gte=first,
            local_date__lte=last,
            duplicate_of_id=None,
            **athlete_filter(self.actor),
        ).order_by("-start_at", "-id")
        groups = dict(zip(athletes, grouped_by_key(rows, attrgetter("athlete_id"), athletes), strict=True))
        return [
            [a for a in groups[athlete] if day_from <= a.local_date <= day_to]
            for athlete, day_from, day_to in keys
        ]


class ActivitiesLoaders:
    """The activities loaders of one operation."""

    def __init__(self, actor: Actor) -> None:
        self.by_athlete = ActivitiesByAthleteLoader(actor)
