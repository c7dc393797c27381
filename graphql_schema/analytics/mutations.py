"""Mutations of analytics: updateAnalyticsSettings, recordReadinessFeedback, generateWeeklySummary."""

from __future__ import annotations

from typing import Annotated

import strawberry

from app.analytics import service
from app.analytics.models import ReadinessFeedback
from app.analytics.settings_service import update_coach_settings
from graphql_schema.analytics.types.readiness import ReadinessFeedbackPayload, RecordReadinessFeedbackInput
from graphql_schema.analytics.types.settings import AnalyticsSettingsPayload, UpdateAnalyticsSettingsInput
from graphql_schema.analytics.types.weekly import GenerateWeeklySummaryInput, WeeklySummaryPayload
from graphql_schema.context import Info
from graphql_schema.errors import attempt
from graphql_schema.fields import mutation
from graphql_schema.permissions import AUTHENTICATED
from graphql_schema.sync.once import write_once


@strawberry.type
class AnalyticsMutation:
    @mutation(
        description="Change analytics settings: a coach their own, an admin any coach's (coachId). The coach's "
        "athletes' series are recomputed with them from their first day.",
        permission_classes=AUTHENTICATED,
    )
    async def update_analytics_settings(
        self,
        info: Info,
        input: Annotated[UpdateAnalyticsSettingsInput, strawberry.argument(description="The changes.")],
    ) -> AnalyticsSettingsPayload:
        row, errors = await attempt(
            lambda: update_coach_settings(
                actor=info.context.require_actor(),
                coach_id=input.coach_id,
                changes=input.changes(),
                reset=input.reset,
            )
        )
        return AnalyticsSettingsPayload(settings=row, errors=errors)

    @mutation(
        description="Athletes: say whether you agreed with a day's readiness (seed 003's user feedback). One per "
        "day: again updates it. Also a `sync` operation.",
        permission_classes=AUTHENTICATED,
    )
    async def record_readiness_feedback(
        self,
        info: Info,
        input: Annotated[RecordReadinessFeedbackInput, strawberry.argument(description="The feedback.")],
    ) -> ReadinessFeedbackPayload:
        row, errors = await attempt(
            lambda: write_once(info, "recordReadinessFeedback", input, ReadinessFeedback)
        )
        return ReadinessFeedbackPayload(readiness_feedback=row, errors=errors)

    @mutation(
        description="Generate (again) the summary and rollup of an athlete's week now; a week still running gets "
        "an incomplete summary, replaced when it closes.",
        permission_classes=AUTHENTICATED,
    )
    async def generate_weekly_summary(
        self,
        info: Info,
        input: Annotated[
            GenerateWeeklySummaryInput, strawberry.argument(description="The athlete and week.")
        ],
    ) -> WeeklySummaryPayload:
        row, errors = await attempt(
            lambda: service.generate_weekly_summary(
                actor=info.context.require_actor(), athlete_id=input.athlete_id, week_start=input.week_start
            )
        )
        return WeeklySummaryPayload(weekly_summary=row, errors=errors)
