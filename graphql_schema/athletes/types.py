"""GraphQL types of coaches and athlete profiles (views over their rows)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Any

import strawberry

from app import clock
from app.activities.models import Activity as ActivityRow
from app.athletes.models import AthleteProfile as AthleteRow
from app.athletes.models import Coach as CoachRow
from app.athletes.models import PrimaryGoal
from app.wellness.freshness import SourceFreshness as FreshnessRow
from app.wellness.freshness import assess
from app.wellness.precedence import WellnessDay as DayRow
from app.wellness.service import check_range
from graphql_schema import refs
from graphql_schema.context import Info
from graphql_schema.errors import UserError
from graphql_schema.fields import field, keep_unset, list_of, loaded
from graphql_schema.sync.once import IDEMPOTENCY_KEY_DESCRIPTION

FromDay = Annotated[date, strawberry.argument(name="from", description="First local day (inclusive).")]
ToDay = Annotated[
    date, strawberry.argument(description="Last local day (inclusive), at most 366 days after `from`.")
]

strawberry.enum(PrimaryGoal, name="PrimaryGoal", description="The focus an athlete trains for.")


@strawberry.type(description="A coach.")
class Coach:
    id: uuid.UUID = strawberry.field(description="The coach's id.")
    display_name: str = strawberry.field(description="Name shown to athletes, 2-100 characters.")
    created_at: datetime = strawberry.field(description="When the coach registered (UTC).")


def _decimal(value: Decimal | None) -> float | None:
    return float(value) if value is not None else None


def _height_cm(row: strawberry.Parent[AthleteRow]) -> float | None:
    return _decimal(row.height_cm)


def _weight_kg(row: strawberry.Parent[AthleteRow]) -> float | None:
    return _decimal(row.weight_kg)


@strawberry.type(description="An athlete, as their coach, an admin or they themself see them.")
class AthleteProfile:
    id: uuid.UUID = strawberry.field(description="The athlete's id.")
    display_name: str = strawberry.field(description="Name shown to the coach, 1-80 characters.")
    timezone: str = strawberry.field(description="IANA time zone that defines the athlete's days.")
    primary_goal: PrimaryGoal = strawberry.field(description="The athlete's main focus.")
    coach_id: uuid.UUID = strawberry.field(description="The assigned coach's id.")
    resting_hr: int | None = strawberry.field(description="Resting heart rate in beats per minute, 20-150.")
    max_hr: int | None = strawberry.field(description="Maximum heart rate in beats per minute, 100-250.")

    height_cm: float | None = strawberry.field(
        description="Height in centimetres, 50-260 (one decimal).", resolver=_height_cm
    )
    weight_kg: float | None = strawberry.field(
        description="Body weight in kilograms, 20-400 (one decimal).", resolver=_weight_kg
    )
    created_at: datetime = strawberry.field(description="When the athlete joined (UTC).")
    updated_at: datetime = strawberry.field(description="When the profile last changed (UTC).")

    @field("The athlete's login email.")
    async def email(self, info: Info) -> str | None:
        return await info.context.loaders.athletes.email_by_athlete.load(self.id)

    @field("The athlete's coach.", graphql_type=Coach)
    async def coach(self, info: Info) -> CoachRow | None:
        # an athlete's coach is always visible to whoever sees the athlete (None: deleted meanwhile)
        return await info.context.loaders.athletes.coach_by_id.load(self.coach_id)

    @field("The coach's private notes on the athlete; null for the athlete themself.")
    def coach_notes(self, info: Info, row: strawberry.Parent[AthleteRow]) -> str | None:
        actor = info.context.actor
        if actor is None or actor.is_athlete:
            return None
        return row.coach_notes

    current_program = loaded(
        "The athlete's current program, if any.",
        graphql_type=refs.TrainingProgram | None,
        loader=lambda loaders: loaders.programs.current_program_by_athlete,
    )

    programs = loaded(
        "All of the athlete's programs, newest start date first.",
        graphql_type=list_of(refs.TrainingProgram),
        loader=lambda loaders: loaders.programs.programs_by_athlete,
    )

    @field(
        "The athlete's wellness days between two local days (at most 366), oldest first: per field the "
        "value source precedence chose, with its source.",
        graphql_type=list_of(refs.WellnessDay),
    )
    async def wellness(self, info: Info, from_: FromDay, to: ToDay) -> list[DayRow]:
        check_range(from_, to)
        return await info.context.loaders.wellness.days_by_athlete.load((self.id, from_, to))

    @field(
        "The athlete's device activities between two local days (at most 366), newest first; other "
        "sources' duplicates left out.",
        graphql_type=list_of(refs.Activity),
    )
    async def activities(self, info: Info, from_: FromDay, to: ToDay) -> list[ActivityRow]:
        check_range(from_, to)
        return await info.context.loaders.activities.by_athlete.load((self.id, from_, to))

    @field(
        "How fresh the athlete's data is, per source, stalest first.",
        graphql_type=list_of(refs.SourceFreshness),
    )
    async def data_freshness(self, info: Info) -> list[FreshnessRow]:
        rows = await info.context.loaders.wellness.freshness_by_athlete.load(self.id)
        settings = info.context.settings
        return assess(
            rows,
            clock.now(),
            warn_hours=settings.freshness_warn_hours,
            stale_hours=settings.freshness_stale_hours,
        )


@strawberry.type(description="The result of editing an athlete's profile.")
class AthleteProfilePayload:
    athlete: AthleteRow | None = strawberry.field(
        description="The profile as saved; null when `errors` is not empty.",
        graphql_type=AthleteProfile | None,
    )
    errors: list[UserError] = strawberry.field(description="Why the input was refused; empty on success.")


@strawberry.input(description="Changes to an athlete's profile; omitted fields stay as they are.")
class UpdateAthleteProfileInput:
    id: uuid.UUID = strawberry.field(description="The athlete to change.")
    display_name: str | None = strawberry.field(default=strawberry.UNSET, description="1-80 characters.")
    timezone: str | None = strawberry.field(
        default=strawberry.UNSET, description="IANA time zone, e.g. Europe/Oslo."
    )
    primary_goal: PrimaryGoal | None = strawberry.field(
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
    idempotency_key: str | None = strawberry.field(default=None, description=IDEMPOTENCY_KEY_DESCRIPTION)

    def arguments(self) -> dict[str, Any]:
        """The input as `app.athletes.service.update_profile`'s arguments (omitted fields: KEEP)."""
        return {
            "id": self.id,
            "display_name": keep_unset(self.display_name),
            "timezone": keep_unset(self.timezone),
            "primary_goal": keep_unset(self.primary_goal),
            "coach_notes": keep_unset(self.coach_notes),
            "resting_hr": keep_unset(self.resting_hr),
            "max_hr": keep_unset(self.max_hr),
            "height_cm": keep_unset(self.height_cm),
            "weight_kg": keep_unset(self.weight_kg),
        }
