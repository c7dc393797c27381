"""Dataloaders of analytics: stored days by athlete and range, the latest days, weeks, feedback
and parameter sets. One statement per batch, every athlete-owned row filtered to the caller's."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from datetime import date, timedelta
from operator import attrgetter
from typing import Any, TypeVar

from tortoise.models import Model

from app.analytics import reads
from app.analytics.models import (
    AnalyticsParamsRecord,
    DailyReadiness,
    DailyTrainingLoad,
    ReadinessFeedback,
    WeeklyMetrics,
    WeeklySummary,
)
from app.analytics.params import AnalyticsParams
from app.core.access import athlete_filter
from app.core.actor import Actor
from graphql_schema.dataloader import ScopedLoader, by_key, by_position

RangeKey = tuple[uuid.UUID, date, date]
DayKey = tuple[uuid.UUID, date]
M = TypeVar("M", bound=Model)
# How far back "the latest" day is looked for (a series is extended every few minutes).
LATEST_WITHIN = timedelta(days=7)


def _in_ranges(rows: Iterable[M], keys: list[RangeKey], day: Callable[[M], date]) -> list[list[M]]:
    by_athlete: dict[uuid.UUID, list[M]] = {}
    for row in rows:
        by_athlete.setdefault(row.athlete_id, []).append(row)  # type: ignore[attr-defined]
    return [[r for r in by_athlete.get(a, []) if first <= day(r) <= last] for a, first, last in keys]


class DailyTrainingLoadsByAthleteLoader(ScopedLoader[RangeKey, list[DailyTrainingLoad]]):
    """An athlete's stored training-load days between two local days, oldest first."""

    async def fetch(self, keys: list[RangeKey]) -> list[list[DailyTrainingLoad]]:
        rows = await DailyTrainingLoad.filter(
            athlete_id__in={k[0] for k in keys},
            day__gte=min(k[1] for k in keys),
            day__lte=max(k[2] for k in keys),
            **athlete_filter(self.actor),
        ).order_by("day")
        return _in_ranges(rows, keys, attrgetter("day"))


class DailyReadinessesByAthleteLoader(ScopedLoader[RangeKey, list[DailyReadiness]]):
    """An athlete's stored readiness days between two local days, oldest first."""

    async def fetch(self, keys: list[RangeKey]) -> list[list[DailyReadiness]]:
        rows = await DailyReadiness.filter(
            athlete_id__in={k[0] for k in keys},
            day__gte=min(k[1] for k in keys),
            day__lte=max(k[2] for k in keys),
            **athlete_filter(self.actor),
        ).order_by("day")
        return _in_ranges(rows, keys, attrgetter("day"))


def _first(rows: list[Any], count: int) -> list[Any]:
    """The row found for each of `count` keys (by its `key_index`), or None."""
    return [group[0] if group else None for group in by_position(rows, count)]


class LatestDailyReadinessByAthleteLoader(ScopedLoader[DayKey, DailyReadiness | None]):
    """Each athlete's newest readiness up to their local today (the key's day)."""

    async def fetch(self, keys: list[DayKey]) -> list[DailyReadiness | None]:
        return _first(await reads.latest_readiness(self.actor, keys, LATEST_WITHIN), len(keys))


class LatestDailyTrainingLoadByAthleteLoader(ScopedLoader[DayKey, DailyTrainingLoad | None]):
    """Each athlete's newest training-load day up to their local today (the key's day)."""

    async def fetch(self, keys: list[DayKey]) -> list[DailyTrainingLoad | None]:
        return _first(await reads.latest_training_loads(self.actor, keys, LATEST_WITHIN), len(keys))


class WeeklySummaryByWeekLoader(ScopedLoader[DayKey, WeeklySummary | None]):
    """Weekly summaries by (athlete, Monday)."""

    async def fetch(self, keys: list[DayKey]) -> list[WeeklySummary | None]:
        return _first(await reads.summaries_of_weeks(self.actor, keys), len(keys))


class WeeklyMetricsByWeekLoader(ScopedLoader[DayKey, WeeklyMetrics | None]):
    """Weekly rollups by (athlete, Monday)."""

    async def fetch(self, keys: list[DayKey]) -> list[WeeklyMetrics | None]:
        rows = await WeeklyMetrics.filter(
            athlete_id__in={k[0] for k in keys},
            week_start__in={k[1] for k in keys},
            **athlete_filter(self.actor),
        )
        return by_key(rows, lambda r: (r.athlete_id, r.week_start), keys)


class ReadinessFeedbackByDayLoader(ScopedLoader[DayKey, ReadinessFeedback | None]):
    """Athletes' readiness feedback by (athlete, day)."""

    async def fetch(self, keys: list[DayKey]) -> list[ReadinessFeedback | None]:
        rows = await ReadinessFeedback.filter(
            athlete_id__in={k[0] for k in keys}, day__in={k[1] for k in keys}, **athlete_filter(self.actor)
        )
        return by_key(rows, lambda r: (r.athlete_id, r.day), keys)


class ReadinessFeedbackByIdLoader(ScopedLoader[uuid.UUID, ReadinessFeedback | None]):
    """Readiness feedback by id (None when missing or not visible)."""

    async def fetch(self, keys: list[uuid.UUID]) -> list[ReadinessFeedback | None]:
        rows = await ReadinessFeedback.filter(id__in=keys, **athlete_filter(self.actor))
        return by_key(rows, attrgetter("id"), keys)


class AnalyticsParamsByHashLoader(ScopedLoader[str, AnalyticsParams]):
    """Parameter sets by their hash: content-addressed and owned by no athlete (a caller learns a
    hash from a stored row it may see). Every stored row's set is kept, so a hash always resolves."""

    async def fetch(self, keys: list[str]) -> list[AnalyticsParams]:
        rows = await AnalyticsParamsRecord.filter(hash__in=keys)
        found = {r.hash: AnalyticsParams.from_overrides(r.params) for r in rows}
        return [found[k] for k in keys]


class AnalyticsLoaders:
    """The analytics loaders of one operation."""

    def __init__(self, actor: Actor) -> None:
        self.load_days = DailyTrainingLoadsByAthleteLoader(actor)
        self.readiness_days = DailyReadinessesByAthleteLoader(actor)
        self.latest_readiness = LatestDailyReadinessByAthleteLoader(actor)
        self.latest_load = LatestDailyTrainingLoadByAthleteLoader(actor)
        self.summary_by_week = WeeklySummaryByWeekLoader(actor)
        self.metrics_by_week = WeeklyMetricsByWeekLoader(actor)
        self.feedback_by_day = ReadinessFeedbackByDayLoader(actor)
        self.feedback_by_id = ReadinessFeedbackByIdLoader(actor)
        self.params_by_hash = AnalyticsParamsByHashLoader(actor)
