"""Mutations of the athletes domain: editing a profile."""

from __future__ import annotations

from typing import Annotated

import strawberry

from app.athletes import service
from graphql_schema.athletes.types import AthleteProfilePayload, UpdateAthleteProfileInput
from graphql_schema.context import Info
from graphql_schema.errors import attempt
from graphql_schema.fields import keep_unset, mutation
from graphql_schema.permissions import AUTHENTICATED


@strawberry.type
class AthletesMutation:
    @mutation(
        "Edit an athlete's profile: their coach, an admin, or the athlete (who may not set coachNotes).",
        permission_classes=AUTHENTICATED,
    )
    async def update_athlete_profile(
        self,
        info: Info,
        input: Annotated[UpdateAthleteProfileInput, strawberry.argument(description="The mutation's input.")],
    ) -> AthleteProfilePayload:
        actor = info.context.require_actor()
        athlete, errors = await attempt(
            lambda: service.update_profile(
                actor=actor,
                id=input.id,
                display_name=keep_unset(input.display_name),
                timezone=keep_unset(input.timezone),
                primary_goal=keep_unset(input.primary_goal),
                coach_notes=keep_unset(input.coach_notes),
                resting_hr=keep_unset(input.resting_hr),
                max_hr=keep_unset(input.max_hr),
                height_cm=keep_unset(input.height_cm),
                weight_kg=keep_unset(input.weight_kg),
            )
        )
        return AthleteProfilePayload(athlete=athlete, errors=errors)
