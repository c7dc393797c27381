"""Reading wellness data: the caller's athletes' days, sleep, HRV, heart rate, check-ins, freshness."""

from __future__ import annotations

import uuid
from datetime import date

from tortoise.queryset import QuerySet

from app.core.access import athlete_filter
from app.core.actor import Actor
from app.core.errors import Collector, ErrorCode
from app.core.times import check_day
from app.wellness.models import (
    CheckIn,
    DataFreshness,
    HeartRateDay,
    HrvMetric,
    HrvReading,
    SleepSession,
    WellnessDaily,
)

MAX_RANGE_DAYS = 366


def check_range(first: date, last: date) -> None:
    """`to` not before `from`, at most 366 days (BAD_USER_INPUT otherwise)."""
    errors = Collector()
    if check_day(first, errors, "from") & check_day(last, errors, "to"):
        if last < first:
            errors.add("to", ErrorCode.INVALID, "`to` must not be before `from`.")
        elif (last - first).days + 1 > MAX_RANGE_DAYS:
            errors.add("to", ErrorCode.OUT_OF_RANGE, f"A range covers at most {MAX_RANGE_DAYS} days.")
    errors.raise_if_any()


def check_window(first: date | None, last: date | None) -> None:
    errors = Collector()
    check_day(first, errors, "from")
    check_day(last, errors, "to")
    errors.raise_if_any()


def wellness_rows(
    *, actor: Actor, athlete_ids: list[uuid.UUID], first: date, last: date
) -> QuerySet[WellnessDaily]:
    """Every source's daily rows of the athletes between two local days (the caller's athletes only)."""
    return WellnessDaily.filter(
        athlete_id__in=athlete_ids, sample_date__gte=first, sample_date__lte=last, **athlete_filter(actor)
    )


def list_sleep(
    *, actor: Actor, athlete_id: uuid.UUID, first: date | None, last: date | None
) -> QuerySet[SleepSession]:
    check_window(first, last)
    query = SleepSession.filter(**athlete_filter(actor)).filter(athlete_id=athlete_id)
    if first is not None:
        query = query.filter(sleep_date__gte=first)
    if last is not None:
        query = query.filter(sleep_date__lte=last)
    return query


def list_hrv(
    *, actor: Actor, athlete_id: uuid.UUID, first: date | None, last: date | None, metric: HrvMetric | None
) -> QuerySet[HrvReading]:
    check_window(first, last)
    query = HrvReading.filter(**athlete_filter(actor)).filter(athlete_id=athlete_id)
    if first is not None:
        query = query.filter(reading_date__gte=first)
    if last is not None:
        query = query.filter(reading_date__lte=last)
    if metric is not None:
        query = query.filter(metric=metric)
    return query


async def heart_rate_of(*, actor: Actor, athlete_id: uuid.UUID, day: date) -> list[HeartRateDay]:
    check_window(day, day)
    query = HeartRateDay.filter(**athlete_filter(actor)).filter(athlete_id=athlete_id, sample_date=day)
    return await query.order_by("source")


def list_check_ins(*, actor: Actor, athlete_id: uuid.UUID) -> QuerySet[CheckIn]:
    return CheckIn.filter(**athlete_filter(actor)).filter(athlete_id=athlete_id)


def freshness_rows(*, actor: Actor, athlete_ids: list[uuid.UUID] | None) -> QuerySet[DataFreshness]:
    """The freshness watermarks of the given athletes (default: every athlete the caller sees)."""
    query = DataFreshness.filter(**athlete_filter(actor))
    if athlete_ids is not None:
        query = query.filter(athlete_id__in=athlete_ids)
    return query
