"""Queries of wellness: wellness days, sleep, hrv, heartRate, checkIns, sourcePrecedence, dataFreshness."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated

import strawberry

from app import clock
from app.core.access import athlete_or_self
from app.core.errors import ErrorCode, ValidationFailed
from app.wellness import precedence as precedence_service
from app.wellness import service
from app.wellness.freshness import SourceFreshness as FreshnessRow
from app.wellness.freshness import assess
from app.wellness.models import CheckIn as CheckInRow
from app.wellness.models import HeartRateDay as HeartRateRow
from app.wellness.models import HrvMetric
from app.wellness.models import HrvReading as HrvRow
from app.wellness.models import SleepSession as SleepRow
from app.wellness.precedence import Precedence as PrecedenceRow
from app.wellness.precedence import WellnessDay as DayRow
from graphql_schema.context import Info
from graphql_schema.fields import field, list_of
from graphql_schema.pagination import AfterArg, Connection, FirstArg, paginate
from graphql_schema.permissions import AUTHENTICATED
from graphql_schema.wellness.types import (
    CheckIn,
    HeartRateDay,
    HrvReading,
    SleepSession,
    SourceFreshness,
    SourcePrecedence,
    WellnessDay,
)

AthleteArg = Annotated[
    uuid.UUID | None,
    strawberry.argument(
        description="The athlete; athletes may omit it (themself), coaches and admins name one."
    ),
]
MAX_FRESHNESS_ATHLETES = 500
FromArg = Annotated[date | None, strawberry.argument(name="from", description="First local day (inclusive).")]
ToArg = Annotated[date | None, strawberry.argument(name="to", description="Last local day (inclusive).")]


@strawberry.type
class WellnessQuery:
    @field(
        description="An athlete's days between two local days (at most 366), oldest first: per field the value "
        "source precedence chose, with its source, and every source's record. Days without data are absent.",
        graphql_type=list_of(WellnessDay),
        permission_classes=AUTHENTICATED,
    )
    async def wellness(
        self,
        info: Info,
        from_: Annotated[date, strawberry.argument(name="from", description="First local day (inclusive).")],
        to: Annotated[date, strawberry.argument(description="Last local day (inclusive).")],
        athlete_id: AthleteArg = None,
    ) -> list[DayRow]:
        service.check_range(from_, to)
        athlete = athlete_or_self(info.context.require_actor(), athlete_id)
        return await info.context.loaders.wellness.days_by_athlete.load((athlete, from_, to))

    @field(
        description="An athlete's sleep sessions, newest night first.",
        graphql_type=Connection[SleepSession],
        permission_classes=AUTHENTICATED,
    )
    async def sleep(
        self,
        info: Info,
        athlete_id: AthleteArg = None,
        from_: FromArg = None,
        to: ToArg = None,
        first: FirstArg = None,
        after: AfterArg = None,
    ) -> Connection[SleepRow]:
        actor = info.context.require_actor()
        query = service.list_sleep(
            actor=actor, athlete_id=athlete_or_self(actor, athlete_id), first=from_, last=to
        )
        return await paginate(
            query,
            order_by="sleep_date",
            descending=True,
            first=first,
            after=after,
            max_page_size=info.context.settings.max_page_size,
        )

    @field(
        description="An athlete's HRV readings, newest first.",
        graphql_type=Connection[HrvReading],
        permission_classes=AUTHENTICATED,
    )
    async def hrv(
        self,
        info: Info,
        athlete_id: AthleteArg = None,
        from_: FromArg = None,
        to: ToArg = None,
        metric: Annotated[HrvMetric | None, strawberry.argument(description="Only this metric.")] = None,
        first: FirstArg = None,
        after: AfterArg = None,
    ) -> Connection[HrvRow]:
        actor = info.context.require_actor()
        query = service.list_hrv(
            actor=actor, athlete_id=athlete_or_self(actor, athlete_id), first=from_, last=to, metric=metric
        )
        return await paginate(
            query,
            order_by="taken_at",
            descending=True,
            first=first,
            after=after,
            max_page_size=info.context.settings.max_page_size,
        )

    @field(
        description="An athlete's intraday heart rate on one local day, one entry per source.",
        graphql_type=list_of(HeartRateDay),
        permission_classes=AUTHENTICATED,
    )
    async def heart_rate(
        self,
        info: Info,
        date: Annotated[date, strawberry.argument(description="The local day.")],
        athlete_id: AthleteArg = None,
    ) -> list[HeartRateRow]:
        actor = info.context.require_actor()
        return await service.heart_rate_of(
            actor=actor, athlete_id=athlete_or_self(actor, athlete_id), day=date
        )

    @field(
        description="An athlete's morning check-ins, newest first.",
        graphql_type=Connection[CheckIn],
        permission_classes=AUTHENTICATED,
    )
    async def check_ins(
        self, info: Info, athlete_id: AthleteArg = None, first: FirstArg = None, after: AfterArg = None
    ) -> Connection[CheckInRow]:
        actor = info.context.require_actor()
        query = service.list_check_ins(actor=actor, athlete_id=athlete_or_self(actor, athlete_id))
        return await paginate(
            query,
            order_by="check_in_date",
            descending=True,
            first=first,
            after=after,
            max_page_size=info.context.settings.max_page_size,
        )

    @field(
        description="The source precedence that applies to an athlete; a coach omitting the athlete gets their default.",
        graphql_type=SourcePrecedence,
        permission_classes=AUTHENTICATED,
    )
    async def source_precedence(self, info: Info, athlete_id: AthleteArg = None) -> PrecedenceRow:
        actor = info.context.require_actor()
        target = athlete_id if athlete_id is not None or actor.is_coach else athlete_or_self(actor, None)
        return await precedence_service.effective_precedence(actor=actor, athlete_id=target)

    @field(
        description="Data freshness for a roster: per athlete and source, the newest record, its lag and "
        "whether it is stale (FRESHNESS_WARN_HOURS / FRESHNESS_STALE_HOURS), stalest first.",
        graphql_type=list_of(SourceFreshness),
        permission_classes=AUTHENTICATED,
    )
    async def data_freshness(
        self,
        info: Info,
        athlete_ids: Annotated[
            list[uuid.UUID] | None,
            strawberry.argument(
                description="Only these athletes (at most 500); default: every athlete you see."
            ),
        ] = None,
    ) -> list[FreshnessRow]:
        actor = info.context.require_actor()
        if athlete_ids is not None and len(athlete_ids) > MAX_FRESHNESS_ATHLETES:
            raise ValidationFailed.one(
                "athleteIds", ErrorCode.TOO_LONG, f"At most {MAX_FRESHNESS_ATHLETES} athletes."
            )
        rows = await service.freshness_rows(actor=actor, athlete_ids=athlete_ids)
        settings = info.context.settings
        return assess(
            rows,
            clock.now(),
            warn_hours=settings.freshness_warn_hours,
            stale_hours=settings.freshness_stale_hours,
        )
