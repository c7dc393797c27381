"""Mutations of the athletes domain: editing a profile."""

from __future__ import annotations

from typing import Annotated

import strawberry

from app.athletes.models import AthleteProfile as AthleteRow
from graphql_schema.athletes.types import AthleteProfilePayload, UpdateAthleteProfileInput
from graphql_schema.context import Info
from graphql_schema.errors import attempt
from graphql_schema.fields import mutation
from graphql_schema.permissions import AUTHENTICATED
from graphql_schema.sync.once import write_once


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
        athlete, errors = await attempt(lambda: write_once(info, "updateAthleteProfile", input, AthleteRow))
        return AthleteProfilePayload(athlete=athlete, errors=errors)
