"""GraphQL types of wellness: daily values chosen by source precedence, each source's rows, sleep,
HRV, heart rate, check-ins, precedence and freshness (views over rows and service values)."""

from __future__ import annotations

import uuid
from datetime import date, datetime

import strawberry
from strawberry.scalars import JSON

from app.ingest.models import RecordRevision as RevisionRow
from app.wellness.freshness import SourceFreshness as FreshnessRow
from app.wellness.models import CheckIn as CheckInRow
from app.wellness.models import DataFreshness as KindRow
from app.wellness.models import WellnessDaily as DailyRow
from app.wellness.precedence import ChosenValue as ChosenRow
from app.wellness.precedence import Precedence as PrecedenceRow
from app.wellness.precedence import WellnessDay as DayRow
from graphql_schema.context import Info
from graphql_schema.errors import UserError
from graphql_schema.fields import field, list_of
from graphql_schema.wellness.enums import (
    FreshnessState,
    HrvContext,
    HrvMetric,
    PrecedenceOrigin,
    RecordStatus,
)


@strawberry.type(description="A value a record had before a later report replaced it.")
class RecordRevision:
    revision: int = strawberry.field(description="The revision number the values belonged to (1 = first).")
    previous: JSON = strawberry.field(description="The replaced values, by column name.")
    replaced_at: datetime = strawberry.field(description="When they were replaced (UTC).")


@strawberry.type(description="One source's daily summary for one athlete-local day, as stored.")
class WellnessRecord:
    id: uuid.UUID = strawberry.field(description="The record's id.")
    source: str = strawberry.field(description="The device or hub that reported it, e.g. garmin, manual.")
    sample_date: date = strawberry.field(name="date", description="The athlete-local day.")
    status: RecordStatus = strawberry.field(description="Tentative or final.")
    resting_hr: int | None = strawberry.field(description="Resting heart rate, bpm (20-250).")
    hrv_rmssd: float | None = strawberry.field(description="HRV as rMSSD, ms (1-300).")
    hrv_sdnn: float | None = strawberry.field(description="HRV as SDNN, ms (1-300); never mixed with rMSSD.")
    sleep_score: int | None = strawberry.field(description="Sleep score, 0-100.")
    sleep_minutes: int | None = strawberry.field(description="Minutes asleep, 0-1440.")
    steps: int | None = strawberry.field(description="Steps.")
    calories: int | None = strawberry.field(description="Active calories, kcal.")
    stress: int | None = strawberry.field(description="Device stress score, 0-100.")
    body_battery: int | None = strawberry.field(description="Body battery (Garmin), 0-100.")
    spo2: float | None = strawberry.field(description="Average blood oxygen saturation, % (50-100).")
    respiration: float | None = strawberry.field(
        description="Average respiration, breaths per minute (4-60)."
    )
    measured_at: datetime | None = strawberry.field(description="When the device computed the values (UTC).")
    received_at: datetime = strawberry.field(description="When coachgraph received this version (UTC).")
    late: bool = strawberry.field(description="This version arrived more than 48 h after its day ended.")
    revision: int = strawberry.field(
        description="1, plus one for every later report that replaced the values."
    )

    @field("The values earlier reports had, oldest first.", graphql_type=list_of(RecordRevision))
    async def revisions(self, info: Info) -> list[RevisionRow]:
        return await info.context.loaders.wellness.revisions_by_record.load(self.id)


def _value(row: strawberry.Parent[ChosenRow]) -> float:
    return float(row.value)


def _source(row: strawberry.Parent[ChosenRow]) -> str:
    return row.row.source


def _status(row: strawberry.Parent[ChosenRow]) -> RecordStatus:
    return RecordStatus(row.row.status)


def _late(row: strawberry.Parent[ChosenRow]) -> bool:
    return row.row.late


@strawberry.type(description="A field's value for a day, and the source precedence took it from.")
class ChosenValue:
    value: float = strawberry.field(description="The value.", resolver=_value)
    source: str = strawberry.field(description="The source it comes from.", resolver=_source)
    status: RecordStatus = strawberry.field(description="Tentative or final.", resolver=_status)
    late: bool = strawberry.field(description="The source's record arrived late.", resolver=_late)


def _chosen(name: str, description: str) -> ChosenRow | None:
    def resolve(row: strawberry.Parent[DayRow]) -> ChosenRow | None:
        return row.chosen.get(name)

    return strawberry.field(description=description, resolver=resolve, graphql_type=ChosenValue | None)


def _day(row: strawberry.Parent[DayRow]) -> date:
    return row.day


def _rows(row: strawberry.Parent[DayRow]) -> list[DailyRow]:
    return row.rows


@strawberry.type(
    description="One athlete-local day: per field the value source precedence chose (with its source), "
    "and every source's record."
)
class WellnessDay:
    date: date = strawberry.field(description="The athlete-local day.", resolver=_day)
    resting_hr: ChosenRow | None = _chosen("resting_hr", "Resting heart rate, bpm.")
    hrv_rmssd: ChosenRow | None = _chosen("hrv_rmssd", "HRV as rMSSD, ms.")
    hrv_sdnn: ChosenRow | None = _chosen("hrv_sdnn", "HRV as SDNN, ms.")
    sleep_score: ChosenRow | None = _chosen("sleep_score", "Sleep score, 0-100.")
    sleep_minutes: ChosenRow | None = _chosen("sleep_minutes", "Minutes asleep.")
    steps: ChosenRow | None = _chosen("steps", "Steps.")
    calories: ChosenRow | None = _chosen("calories", "Active calories, kcal.")
    stress: ChosenRow | None = _chosen("stress", "Device stress score, 0-100.")
    body_battery: ChosenRow | None = _chosen("body_battery", "Body battery, 0-100.")
    spo2: ChosenRow | None = _chosen("spo2", "Blood oxygen saturation, %.")
    respiration: ChosenRow | None = _chosen("respiration", "Respiration, breaths per minute.")
    sources: list[DailyRow] = strawberry.field(
        description="Every source's record of the day, in precedence order.",
        resolver=_rows,
        graphql_type=list[WellnessRecord],
    )


@strawberry.type(description="One source's main sleep of a night, dated by the athlete-local day it ended.")
class SleepSession:
    id: uuid.UUID = strawberry.field(description="The sleep's id.")
    source: str = strawberry.field(description="The device or hub that reported it.")
    sleep_date: date = strawberry.field(name="date", description="The athlete-local day the sleep ended on.")
    status: RecordStatus = strawberry.field(description="Tentative or final.")
    start_at: datetime = strawberry.field(description="Fell asleep (UTC).")
    end_at: datetime = strawberry.field(description="Woke up (UTC).")
    total_minutes: int = strawberry.field(description="Minutes asleep (in bed minus awake).")
    deep_minutes: int | None = strawberry.field(description="Minutes of deep sleep.")
    light_minutes: int | None = strawberry.field(description="Minutes of light sleep.")
    rem_minutes: int | None = strawberry.field(description="Minutes of REM sleep.")
    awake_minutes: int | None = strawberry.field(description="Minutes awake.")
    sleep_score: int | None = strawberry.field(description="Sleep score, 0-100.")
    stages: JSON | None = strawberry.field(description="The stage timeline: [{stage, start, end}], if sent.")
    received_at: datetime = strawberry.field(description="When this version was received (UTC).")
    late: bool = strawberry.field(description="This version arrived more than 48 h after its day ended.")
    revision: int = strawberry.field(description="1, plus one for every correction.")

    @field(
        "The values earlier reports of this night had, oldest first.", graphql_type=list_of(RecordRevision)
    )
    async def revisions(self, info: Info) -> list[RevisionRow]:
        return await info.context.loaders.wellness.revisions_by_record.load(self.id)


@strawberry.type(description="One HRV measurement.")
class HrvReading:
    id: uuid.UUID = strawberry.field(description="The reading's id.")
    source: str = strawberry.field(description="The device or hub that reported it.")
    taken_at: datetime = strawberry.field(description="When it was taken (UTC).")
    reading_date: date = strawberry.field(name="date", description="The athlete-local day.")
    metric: HrvMetric = strawberry.field(description="rMSSD, SDNN or pNN50.")
    value: float = strawberry.field(description="The value: ms for rMSSD and SDNN, % for pNN50.")
    context: HrvContext = strawberry.field(description="Morning, sleep, all day or activity.")
    quality: int | None = strawberry.field(description="Signal quality the device reported, 0-100.")
    late: bool = strawberry.field(description="Arrived more than 48 h after its day ended.")
    revision: int = strawberry.field(description="1, plus one for every correction.")


@strawberry.type(description="Intraday heart rate of one athlete-local day from one source.")
class HeartRateDay:
    id: uuid.UUID = strawberry.field(description="The day's id.")
    source: str = strawberry.field(description="The device or hub that reported it.")
    sample_date: date = strawberry.field(name="date", description="The athlete-local day.")
    day_start: datetime = strawberry.field(description="Local midnight of the day, in UTC.")
    offsets: list[int] = strawberry.field(description="Seconds since `dayStart`, one per sample, ascending.")
    bpm: list[int] = strawberry.field(description="Beats per minute, parallel to `offsets`.")
    sample_count: int = strawberry.field(description="How many samples.")
    min_bpm: int = strawberry.field(description="The lowest sample.")
    max_bpm: int = strawberry.field(description="The highest sample.")


@strawberry.type(description="An athlete's morning check-in (entered by hand).")
class CheckIn:
    id: uuid.UUID = strawberry.field(description="The check-in's id.")
    check_in_date: date = strawberry.field(name="date", description="The athlete-local day.")
    sleep_quality: int = strawberry.field(description="How well they slept, 1 (badly) to 5 (very well).")
    energy: int = strawberry.field(description="Energy, 1 (drained) to 5 (fresh).")
    soreness: int = strawberry.field(description="Muscle soreness, 1 (none) to 5 (severe).")
    stress: int = strawberry.field(description="Perceived stress, 1 (none) to 5 (severe).")
    mood: str | None = strawberry.field(description="Mood in a word or emoji.")
    hrv_rmssd: float | None = strawberry.field(description="Morning rMSSD from a phone app, ms.")
    resting_hr: int | None = strawberry.field(description="Morning resting heart rate, bpm.")
    submitted_at: datetime = strawberry.field(description="When it was last submitted (UTC).")


def _sources(row: strawberry.Parent[PrecedenceRow]) -> list[str]:
    return list(row.sources)


@strawberry.type(
    description="The source order that picks a day's values when several sources report a field."
)
class SourcePrecedence:
    sources: list[str] = strawberry.field(description="Sources, most trusted first.", resolver=_sources)
    origin: PrecedenceOrigin = strawberry.field(
        description="The athlete's own list, their coach's default, or the built-in one."
    )


@strawberry.type(description="One kind of data of a source: its newest record and last arrival.")
class KindFreshness:
    kind: str = strawberry.field(description="wellness, sleep, hrv, heart_rate or activities.")
    newest_date: date = strawberry.field(description="The newest record's athlete-local day.")
    newest_at: datetime = strawberry.field(description="The newest record's time (UTC).")
    last_received_at: datetime = strawberry.field(description="When data of this kind last arrived (UTC).")


def _kinds(row: strawberry.Parent[FreshnessRow]) -> list[KindRow]:
    return list(row.kinds)


@strawberry.type(description="How fresh one athlete's data from one source is.")
class SourceFreshness:
    athlete_id: uuid.UUID = strawberry.field(description="The athlete.")
    source: str = strawberry.field(description="The source.")
    newest_date: date = strawberry.field(description="The newest record's athlete-local day.")
    newest_at: datetime = strawberry.field(description="The newest record's time (UTC).")
    last_received_at: datetime = strawberry.field(description="When data from the source last arrived (UTC).")
    lag_hours: float = strawberry.field(description="Hours between the newest record and now.")
    state: FreshnessState = strawberry.field(description="FRESH, WARN or STALE by the configured thresholds.")
    kinds: list[KindRow] = strawberry.field(
        description="Per kind of data.", resolver=_kinds, graphql_type=list[KindFreshness]
    )

    @field("Whether the lag passed FRESHNESS_STALE_HOURS.")
    def stale(self) -> bool:
        return self.state is FreshnessState.STALE


@strawberry.type(description="The result of `submitCheckIn`.")
class CheckInPayload:
    check_in: CheckInRow | None = strawberry.field(
        description="The check-in as stored; null when `errors` is not empty.", graphql_type=CheckIn | None
    )
    errors: list[UserError] = strawberry.field(description="Why the input was refused; empty on success.")


@strawberry.type(description="The result of `setSourcePrecedence`.")
class SourcePrecedencePayload:
    precedence: PrecedenceRow | None = strawberry.field(
        description="The list that now applies; null when `errors` is not empty.",
        graphql_type=SourcePrecedence | None,
    )
    errors: list[UserError] = strawberry.field(description="Why the input was refused; empty on success.")
