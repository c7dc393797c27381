"""Mutations of the athletes domain: editing a profile."""

from __future__ import annotations

from typing import Annotated, Any

import strawberry

from app.athletes import service
from app.programs.service import KEEP
from graphql_schema.athletes.types import (
    AthleteProfile,
    AthleteProfilePayload,
    UpdateAthleteProfileInput,
)
from graphql_schema.errors import attempt
from graphql_schema.permissions import AUTHENTICATED


def _opt(value: Any) -> Any:
    return KEEP if value is strawberry.UNSET else value


@strawberry.type
class AthletesMutation:
    @strawberry.mutation(
        description="Edit an athlete's profile: their coach, an admin, or the athlete (who may not set coachNotes).",
        permission_classes=AUTHENTICATED,
    )
    async def update_athlete_profile(
        self,
        info: strawberry.Info,
        input: Annotated[UpdateAthleteProfileInput, strawberry.argument(description="The mutation's input.")],
    ) -> AthleteProfilePayload:
        actor = info.context.require_actor()
        model, errors = await attempt(
            lambda: service.update_profile(
                actor=actor,
                id=input.id,
                display_name=_opt(input.display_name),
                timezone=_opt(input.timezone),
                primary_goal=_opt(input.primary_goal),
                coach_notes=_opt(input.coach_notes),
                resting_hr=_opt(input.resting_hr),
                max_hr=_opt(input.max_hr),
                height_cm=_opt(input.height_cm),
                weight_kg=_opt(input.weight_kg),
            )
        )
        return AthleteProfilePayload(
            athlete=AthleteProfile.from_model(model) if model else None, errors=errors
        )
