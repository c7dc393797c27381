"""GraphQL types of coaches and athlete profiles."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import TYPE_CHECKING, Annotated

import strawberry

from app.athletes.models import AthleteProfile as AthleteModel
from app.athletes.models import Coach as CoachModel
from app.athletes.models import PrimaryGoal as PrimaryGoalEnum
from graphql_schema.errors import UserError

if TYPE_CHECKING:
    from graphql_schema.programs.types import TrainingProgram

PrimaryGoal = strawberry.enum(
    PrimaryGoalEnum, name="PrimaryGoal", description="The focus an athlete trains for."
)

ProgramRef = Annotated["TrainingProgram", strawberry.lazy("graphql_schema.programs.types")]


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
    resting_hr: int | None = strawberry.field(description="Resting heart rate in beats per minute, 20-150.")
    max_hr: int | None = strawberry.field(description="Maximum heart rate in beats per minute, 100-250.")
    height_cm: float | None = strawberry.field(description="Height in centimetres, 50-260 (one decimal).")
    weight_kg: float | None = strawberry.field(description="Body weight in kilograms, 20-400 (one decimal).")
    created_at: datetime = strawberry.field(description="When the athlete joined (UTC).")
    updated_at: datetime = strawberry.field(description="When the profile last changed (UTC).")
    notes: strawberry.Private[str | None]

    @strawberry.field(description="The athlete's login email.")
    async def email(self, info: strawberry.Info) -> str | None:
        return await info.context.loaders.athletes.email_by_athlete.load(self.id)

    @strawberry.field(description="The athlete's coach.")
    async def coach(self, info: strawberry.Info) -> Coach:
        # an athlete's coach is always visible to whoever sees the athlete (None: deleted meanwhile)
        model = await info.context.loaders.athletes.coach_by_id.load(self.coach_id)
        return Coach.from_model(model) if model else None  # type: ignore[return-value]

    @strawberry.field(description="The coach's private notes on the athlete; null for the athlete themself.")
    def coach_notes(self, info: strawberry.Info) -> str | None:
        actor = info.context.actor
        if actor is None or actor.is_athlete:
            return None
        return self.notes

    @strawberry.field(description="The athlete's current program, if any.")
    async def current_program(self, info: strawberry.Info) -> ProgramRef | None:
        from graphql_schema.programs.types import TrainingProgram

        model = await info.context.loaders.programs.current_program_by_athlete.load(self.id)
        return TrainingProgram.from_model(model) if model else None

    @strawberry.field(description="All of the athlete's programs, newest start date first.")
    async def programs(self, info: strawberry.Info) -> list[ProgramRef]:
        from graphql_schema.programs.types import TrainingProgram

        models = await info.context.loaders.programs.programs_by_athlete.load(self.id)
        return [TrainingProgram.from_model(m) for m in models]

    @classmethod
    def from_model(cls, model: AthleteModel) -> AthleteProfile:
        return cls(
            id=model.id,
            display_name=model.display_name,
            timezone=model.timezone,
            primary_goal=model.primary_goal,
            coach_id=model.coach_id,
            resting_hr=model.resting_hr,
            max_hr=model.max_hr,
            height_cm=float(model.height_cm) if model.height_cm is not None else None,
            weight_kg=float(model.weight_kg) if model.weight_kg is not None else None,
            created_at=model.created_at,
            updated_at=model.updated_at,
            notes=model.coach_notes,
        )


@strawberry.type(description="The result of editing an athlete's profile.")
class AthleteProfilePayload:
    athlete: AthleteProfile | None = strawberry.field(
        description="The profile as saved; null when `errors` is not empty."
    )
    errors: list[UserError] = strawberry.field(description="Why the input was refused; empty on success.")


@strawberry.input(description="Changes to an athlete's profile; omitted fields stay as they are.")
class UpdateAthleteProfileInput:
    id: uuid.UUID = strawberry.field(description="The athlete to change.")
    display_name: str | None = strawberry.field(default=strawberry.UNSET, description="1-80 characters.")
    timezone: str | None = strawberry.field(
        default=strawberry.UNSET, description="IANA time zone, e.g. Europe/Oslo."
    )
    primary_goal: PrimaryGoal | None = strawberry.field(  # type: ignore[valid-type]
        default=strawberry.UNSET, description="The athlete's main focus."
    )
    coach_notes: str | None = strawberry.field(
        default=strawberry.UNSET,
        description="Private notes (coach or admin only; FORBIDDEN for the athlete); null clears.",
    )
    resting_hr: int | None = strawberry.field(
        default=strawberry.UNSET, description="20-150 bpm, below maxHr; null clears."
    )
    max_hr: int | None = strawberry.field(default=strawberry.UNSET, description="100-250 bpm; null clears.")
    height_cm: float | None = strawberry.field(
        default=strawberry.UNSET, description="50-260 cm; null clears."
    )
    weight_kg: float | None = strawberry.field(
        default=strawberry.UNSET, description="20-400 kg; null clears."
    )
