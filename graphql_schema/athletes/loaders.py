"""Dataloaders of the athletes domain, built per request with the caller's row-level scope."""

from __future__ import annotations

import uuid
from typing import Any

from aiodataloader import DataLoader
from tortoise.expressions import Q, Subquery

from app.athletes.models import AthleteProfile, Coach
from app.core.access import athlete_filter, visible_athletes
from app.core.actor import Actor
from app.programs.models import TrainingProgram


def _by_key(rows: Any, key: str, keys: list[Any]) -> list[Any]:
    # graphql_schema.loaders imports this module, so its helper is imported on first use.
    from graphql_schema.loaders import by_key

    return by_key(rows, key, keys)


class _ScopedLoader(DataLoader):
    def __init__(self, actor: Actor | None) -> None:
        super().__init__()
        self.actor = actor

    async def batch_load_fn(self, keys: list[Any]) -> list[Any]:
        if self.actor is None:
            return [None] * len(keys)
        return await self.load_batch(self.actor, keys)

    async def load_batch(self, actor: Actor, keys: list[Any]) -> list[Any]:
        raise NotImplementedError


class AthleteProfileByIdLoader(_ScopedLoader):
    """Athlete profiles by id (None when missing or not visible)."""

    async def load_batch(self, actor: Actor, keys: list[uuid.UUID]) -> list[AthleteProfile | None]:
        return _by_key(await visible_athletes(actor).filter(id__in=keys), "id", keys)


class EmailByAthleteLoader(_ScopedLoader):
    """The login email of athletes (None when not visible)."""

    async def load_batch(self, actor: Actor, keys: list[uuid.UUID]) -> list[str | None]:
        rows = await visible_athletes(actor).filter(id__in=keys).values("id", "user__email")
        emails = {row["id"]: row["user__email"] for row in rows}
        return [emails.get(key) for key in keys]


class CoachByIdLoader(_ScopedLoader):
    """Coaches by id: the caller themself, the coach of a visible athlete, or of a visible program."""

    async def load_batch(self, actor: Actor, keys: list[uuid.UUID]) -> list[Coach | None]:
        query = Coach.filter(id__in=keys)
        if not actor.is_admin:
            mine = Q(id=actor.coach_id) if actor.coach_id else Q(id__in=[])
            query = query.filter(
                mine
                | Q(id__in=Subquery(visible_athletes(actor).values("coach_id")))
                | Q(id__in=Subquery(TrainingProgram.filter(**athlete_filter(actor)).values("coach_id")))
            )
        return _by_key(await query, "id", keys)


class AthletesLoaders:
    """The athletes loaders of one request."""

    def __init__(self, actor: Actor | None) -> None:
        self.actor = actor
        self.athlete_by_id = AthleteProfileByIdLoader(actor)
        self.email_by_athlete = EmailByAthleteLoader(actor)
        self.coach_by_id = CoachByIdLoader(actor)
