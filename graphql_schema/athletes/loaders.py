"""Dataloaders of the athletes domain: athletes, their login emails, coaches."""

from __future__ import annotations

import uuid
from operator import attrgetter

from tortoise.expressions import Q, Subquery

from app.athletes import reads
from app.athletes.models import AthleteProfile, Coach
from app.athletes.service import visible_athletes
from app.core.access import athlete_filter
from app.core.actor import Actor
from app.exercises.service import visible_exercises
from app.programs.models import TrainingProgram
from graphql_schema.dataloader import ScopedLoader, by_key

_ID = attrgetter("id")


class AthleteProfileByIdLoader(ScopedLoader[uuid.UUID, AthleteProfile | None]):
    """Athlete profiles by id (None when missing or not visible)."""

    async def fetch(self, keys: list[uuid.UUID]) -> list[AthleteProfile | None]:
        return by_key(await reads.athletes_by_id(self.actor, keys), _ID, keys)


class EmailByAthleteLoader(ScopedLoader[uuid.UUID, str | None]):
    """The login email of athletes (None when not visible)."""

    async def fetch(self, keys: list[uuid.UUID]) -> list[str | None]:
        rows = await visible_athletes(self.actor).filter(id__in=keys).values("id", "user__email")
        emails: dict[uuid.UUID, str] = {row["id"]: row["user__email"] for row in rows}
        return [emails.get(key) for key in keys]


class CoachByIdLoader(ScopedLoader[uuid.UUID, Coach | None]):
    """Coaches by id, where the caller may see them: themself, the coach of an athlete or a
    program they see, or the creator of an exercise they see."""

    async def fetch(self, keys: list[uuid.UUID]) -> list[Coach | None]:
        query = Coach.filter(id__in=keys)
        actor = self.actor
        if not actor.is_admin:
            mine = Q(id=actor.coach_id) if actor.coach_id else Q(id__in=[])
            query = query.filter(
                mine
                | Q(id__in=Subquery(visible_athletes(actor).values("coach_id")))
                | Q(id__in=Subquery(TrainingProgram.filter(**athlete_filter(actor)).values("coach_id")))
                | Q(id__in=Subquery(visible_exercises(actor).values("created_by_id")))
            )
        return by_key(await query, _ID, keys)


class AthletesLoaders:
    """The athletes loaders of one operation."""

    def __init__(self, actor: Actor) -> None:
        self.athlete_by_id = AthleteProfileByIdLoader(actor)
        self.email_by_athlete = EmailByAthleteLoader(actor)
        self.coach_by_id = CoachByIdLoader(actor)
