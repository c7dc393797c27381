"""GraphQL types of coaches and athlete profiles."""

from __future__ import annotations

import uuid
from datetime import datetime

import strawberry

from app.athletes.models import AthleteProfile as AthleteModel
from app.athletes.models import Coach as CoachModel
from app.athletes.models import PrimaryGoal as PrimaryGoalEnum

PrimaryGoal = strawberry.enum(PrimaryGoalEnum, name="PrimaryGoal", description="The focus an athlete trains for.")


@strawberry.type(description="A coach.")
class Coach:
    id: uuid.UUID = strawberry.field(description="The coach's id.")
    display_name: str = strawberry.field(description="Name shown to athletes, 2-100 characters.")
    created_at: datetime = strawberry.field(description="When the coach registered (UTC).")

    @classmethod
    def from_model(cls, model: CoachModel) -> Coach:
        return cls(id=model.id, display_name=model.display_name, created_at=model.created_at)


@strawberry.type(description="An athlete, as their coach, an admin or they themself see them.")
class AthleteProfile:
    id: uuid.UUID = strawberry.field(description="The athlete's id.")
    display_name: str = strawberry.field(description="Name shown to the coach, 1-80 characters.")
    timezone: str = strawberry.field(description="IANA time zone that defines the athlete's days.")
    primary_goal: PrimaryGoal = strawberry.field(description="The athlete's main focus.")  # type: ignore[valid-type]
    coach_id: uuid.UUID = strawberry.field(description="The assigned coach's id.")
    created_at: datetime = strawberry.field(description="When the athlete joined (UTC).")
    updated_at: datetime = strawberry.field(description="When the profile last changed (UTC).")

    @classmethod
    def from_model(cls, model: AthleteModel) -> AthleteProfile:
        return cls(
            id=model.id,
            display_name=model.display_name,
            timezone=model.timezone,
            primary_goal=model.primary_goal,
            coach_id=model.coach_id,  # type: ignore[attr-defined]
            created_at=model.created_at,
            updated_at=model.updated_at,
        )
