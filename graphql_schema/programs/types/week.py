"""The AthleteWeek type: a view over the calendar service's Monday-to-Sunday week."""

from __future__ import annotations

from datetime import date

import strawberry

from app.athletes.models import AthleteProfile as AthleteRow
from app.programs.models import TrainingSession as SessionRow
from graphql_schema import refs
from graphql_schema.fields import list_of


@strawberry.type(description="An athlete's Monday-to-Sunday week (athlete-local dates) and its sessions.")
class AthleteWeek:
    week_start: date = strawberry.field(description="The Monday that starts the week.")
    week_end: date = strawberry.field(description="The Sunday that ends the week.")
    sessions: list[SessionRow] = strawberry.field(
        description="The week's sessions, by scheduled time.", graphql_type=list_of(refs.TrainingSession)
    )
    sessions_planned: int = strawberry.field(description="How many sessions the week has (any status).")
    sessions_completed: int = strawberry.field(description="How many of the week's sessions are completed.")
    athlete: AthleteRow = strawberry.field(
        description="The athlete whose week this is.", graphql_type=refs.AthleteProfile
    )
