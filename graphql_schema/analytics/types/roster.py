"""The roster overview: one entry per athlete of the caller (a view over the athlete's row)."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import strawberry

from app import clock
from app.analytics.explain import as_json
from app.analytics.models import DailyReadiness as ReadinessRow
from app.analytics.models import WeeklySummary as SummaryRow
from app.analytics.service import LoadDayView
from app.athletes.models import AthleteProfile as AthleteRow
from app.core.times import local_date, week_of
from app.wellness.freshness import SourceFreshness as FreshnessRow
from app.wellness.freshness import assess
from graphql_schema import refs
from graphql_schema.analytics.enums import RedFlag
from graphql_schema.context import Info
from graphql_schema.fields import field, list_of

Athlete = strawberry.Parent[AthleteRow]


def _today(row: AthleteRow) -> date:
    return local_date(clock.now(), row.timezone)


@strawberry.type(
    description="One athlete of your roster at a glance: the latest readiness, training load (ACWR, form), red "
    "flags, last week's summary and how fresh their data is. The whole roster costs a constant number of SQL "
    "statements, whatever its size."
)
class RosterEntry:
    @field("The athlete.", graphql_type=refs.AthleteProfile)
    def athlete(self, row: Athlete) -> AthleteRow:
        return row

    @field("The athlete.")
    def athlete_id(self, row: Athlete) -> uuid.UUID:
        return row.id

    @field("The athlete's local today.", name="date")
    def today(self, row: Athlete) -> date:
        return _today(row)

    @field("The latest readiness (today's once computed).", graphql_type=refs.DailyReadiness | None)
    async def readiness(self, info: Info, row: Athlete) -> ReadinessRow | None:
        return await info.context.loaders.analytics.latest_readiness.load((row.id, _today(row)))

    @field(
        "The latest training-load day (ACWR, form, ...) in the coach's convention.",
        graphql_type=refs.TrainingLoadDay | None,
    )
    async def training_load(self, info: Info, row: Athlete) -> LoadDayView | None:
        found = await info.context.loaders.analytics.latest_load.load((row.id, _today(row)))
        return LoadDayView(found, None) if found is not None else None

    @field("The red flags of the latest readiness.", graphql_type=list_of(RedFlag))
    async def red_flags(self, info: Info, row: Athlete) -> list[RedFlag]:
        found = await info.context.loaders.analytics.latest_readiness.load((row.id, _today(row)))
        return [RedFlag(f) for f in as_json(found.red_flags)] if found is not None else []

    @field(
        "The summary of the last closed week (Monday to Sunday, athlete-local).",
        graphql_type=refs.WeeklySummary | None,
    )
    async def last_week_summary(self, info: Info, row: Athlete) -> SummaryRow | None:
        monday = week_of(_today(row) - timedelta(days=7))[0]
        return await info.context.loaders.analytics.summary_by_week.load((row.id, monday))

    @field(
        "How fresh the athlete's data is, per source, stalest first.",
        graphql_type=list_of(refs.SourceFreshness),
    )
    async def data_freshness(self, info: Info, row: Athlete) -> list[FreshnessRow]:
        rows = await info.context.loaders.wellness.freshness_by_athlete.load(row.id)
        settings = info.context.settings
        return assess(
            rows,
            clock.now(),
            warn_hours=settings.freshness_warn_hours,
            stale_hours=settings.freshness_stale_hours,
        )
