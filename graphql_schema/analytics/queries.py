"""Queries of analytics: trainingLoad, readiness and its history, weeklySummary, rosterOverview,
analyticsSettings."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated

import strawberry

from app.analytics.models import DailyReadiness as ReadinessRow
from app.analytics.models import WeeklySummary as SummaryRow
from app.analytics.service import LoadDayView
from app.analytics.settings_service import CoachSettings, coach_settings
from app.athletes import service as athletes
from app.athletes.models import AthleteProfile as AthleteRow
from app.core.access import athlete_or_self
from app.core.times import week_of
from app.wellness.service import check_range
from graphql_schema.analytics.enums import Convention
from graphql_schema.analytics.types.load import TrainingLoadDay
from graphql_schema.analytics.types.readiness import DailyReadiness
from graphql_schema.analytics.types.roster import RosterEntry
from graphql_schema.analytics.types.settings import AnalyticsSettings
from graphql_schema.analytics.types.weekly import WeeklySummary
from graphql_schema.context import Info
from graphql_schema.fields import field, list_of
from graphql_schema.pagination import AfterArg, Connection, FirstArg, paginate
from graphql_schema.permissions import AUTHENTICATED

AthleteArg = Annotated[
    uuid.UUID | None,
    strawberry.argument(
        description="The athlete; athletes may omit it (themself), coaches and admins name one."
    ),
]
FromArg = Annotated[date, strawberry.argument(name="from", description="First local day (inclusive).")]
ToArg = Annotated[
    date, strawberry.argument(description="Last local day (inclusive), at most 366 days after `from`.")
]


@strawberry.type
class AnalyticsQuery:
    @field(
        description="An athlete's training-load series between two local days (at most 366), oldest first: one "
        "entry per day with load, ACWR, fitness, fatigue, form, ramp rate, monotony and strain. Days not "
        "computed (before the athlete's first data) are absent.",
        graphql_type=list_of(TrainingLoadDay),
        permission_classes=AUTHENTICATED,
    )
    async def training_load(
        self,
        info: Info,
        from_: FromArg,
        to: ToArg,
        athlete_id: AthleteArg = None,
        convention: Annotated[
            Convention | None,
            strawberry.argument(
                description="Fitness, fatigue, form and ramp in this convention (default: the coach's)."
            ),
        ] = None,
    ) -> list[LoadDayView]:
        check_range(from_, to)
        athlete = athlete_or_self(info.context.require_actor(), athlete_id)
        rows = await info.context.loaders.analytics.load_days.load((athlete, from_, to))
        return [LoadDayView(row, convention) for row in rows]

    @field(
        description="An athlete's readiness on one local day; null when not computed or not yours.",
        graphql_type=DailyReadiness | None,
        permission_classes=AUTHENTICATED,
    )
    async def readiness(
        self,
        info: Info,
        date: Annotated[date, strawberry.argument(description="The athlete-local day.")],
        athlete_id: AthleteArg = None,
    ) -> ReadinessRow | None:
        check_range(date, date)
        athlete = athlete_or_self(info.context.require_actor(), athlete_id)
        rows = await info.context.loaders.analytics.readiness_days.load((athlete, date, date))
        return rows[0] if rows else None

    @field(
        description="An athlete's readiness history between two local days (at most 366), oldest first.",
        graphql_type=list_of(DailyReadiness),
        permission_classes=AUTHENTICATED,
    )
    async def readiness_history(
        self, info: Info, from_: FromArg, to: ToArg, athlete_id: AthleteArg = None
    ) -> list[ReadinessRow]:
        check_range(from_, to)
        athlete = athlete_or_self(info.context.require_actor(), athlete_id)
        return await info.context.loaders.analytics.readiness_days.load((athlete, from_, to))

    @field(
        description="The summary of an athlete's week (any day of it; Monday to Sunday, athlete-local); null "
        "until generated (when the week closes, or on demand with generateWeeklySummary).",
        graphql_type=WeeklySummary | None,
        permission_classes=AUTHENTICATED,
    )
    async def weekly_summary(
        self,
        info: Info,
        week_start: Annotated[date, strawberry.argument(description="Any day of the week.")],
        athlete_id: AthleteArg = None,
    ) -> SummaryRow | None:
        check_range(week_start, week_start)
        athlete = athlete_or_self(info.context.require_actor(), athlete_id)
        return await info.context.loaders.analytics.summary_by_week.load((athlete, week_of(week_start)[0]))

    @field(
        description="Every athlete you may see (a coach's roster), by display name, with their latest readiness, "
        "training load, red flags, last week's summary and data freshness: a constant number of SQL statements.",
        graphql_type=Connection[RosterEntry],
        permission_classes=AUTHENTICATED,
    )
    async def roster_overview(
        self, info: Info, first: FirstArg = None, after: AfterArg = None
    ) -> Connection[AthleteRow]:
        return await paginate(
            athletes.roster(actor=info.context.require_actor()),
            order_by="display_name",
            first=first,
            after=after,
            max_page_size=info.context.settings.max_page_size,
        )

    @field(
        description="Analytics settings: a coach's own (coaches), any coach's (admins name coachId).",
        graphql_type=AnalyticsSettings,
        permission_classes=AUTHENTICATED,
    )
    async def analytics_settings(
        self,
        info: Info,
        coach_id: Annotated[uuid.UUID | None, strawberry.argument(description="The coach (admins).")] = None,
    ) -> CoachSettings:
        return await coach_settings(actor=info.context.require_actor(), coach_id=coach_id)
