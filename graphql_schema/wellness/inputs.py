"""Input types of wellness ingestion, check-ins and source precedence."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

import strawberry

from graphql_schema.bulk import plain_batches, plain_records
from graphql_schema.sync.once import IDEMPOTENCY_KEY_DESCRIPTION
from graphql_schema.wellness.enums import HrvContext, HrvMetric, RecordStatus

_ATHLETE = "The athlete the records are about. Athletes may omit it (themself); coaches and hubs name one of their athletes."
_SOURCE = (
    "The device or hub the records come from: 2-32 lowercase letters, digits or underscores "
    "(garmin, apple_health, oura, whoop, ...). `manual` is reserved for check-ins."
)
_RECORDS = "Up to 1,000 records; each gets its own result."
_STATUS = "TENTATIVE or FINAL (default): a final value is never replaced by a tentative one."
_MEASURED = "When the device computed the values (UTC); an older measurement never replaces a newer one."


@strawberry.input(description="One source's daily summary for an athlete-local day. At least one value.")
class WellnessRecordInput:
    date: date = strawberry.field(description="The athlete-local day; not after today.")
    status: RecordStatus = strawberry.field(default=RecordStatus.FINAL, description=_STATUS)
    measured_at: datetime | None = strawberry.field(default=None, description=_MEASURED)
    resting_hr: int | None = strawberry.field(default=None, description="Resting heart rate, 20-250 bpm.")
    hrv_rmssd: float | None = strawberry.field(default=None, description="HRV as rMSSD, 1-300 ms.")
    hrv_sdnn: float | None = strawberry.field(default=None, description="HRV as SDNN, 1-300 ms.")
    sleep_score: int | None = strawberry.field(default=None, description="Sleep score, 0-100.")
    sleep_minutes: int | None = strawberry.field(default=None, description="Minutes asleep, 0-1440.")
    steps: int | None = strawberry.field(default=None, description="Steps, 0-200,000.")
    calories: int | None = strawberry.field(default=None, description="Active calories, 0-20,000 kcal.")
    stress: int | None = strawberry.field(default=None, description="Device stress score, 0-100.")
    body_battery: int | None = strawberry.field(default=None, description="Body battery, 0-100.")
    spo2: float | None = strawberry.field(default=None, description="Blood oxygen saturation, 50-100 %.")
    respiration: float | None = strawberry.field(
        default=None, description="Respiration, 4-60 breaths per minute."
    )


@strawberry.input(description="A batch of daily summaries from one source for one athlete.")
class IngestWellnessInput:
    source: str = strawberry.field(description=_SOURCE)
    records: list[WellnessRecordInput] = strawberry.field(description=_RECORDS)
    athlete_id: uuid.UUID | None = strawberry.field(default=None, description=_ATHLETE)


@strawberry.input(description="One stage of a night's timeline.")
class SleepStageInput:
    stage: str = strawberry.field(description="deep, light, rem or awake.")
    start: datetime = strawberry.field(description="When the stage began (UTC).")
    end: datetime = strawberry.field(description="When it ended (UTC).")


@strawberry.input(description="One night's main sleep. Dated by the athlete-local day it ended.")
class SleepRecordInput:
    start: datetime = strawberry.field(description="Fell asleep (UTC).")
    end: datetime = strawberry.field(
        description="Woke up (UTC); after `start`, within 24 hours, not in the future."
    )
    status: RecordStatus = strawberry.field(default=RecordStatus.FINAL, description=_STATUS)
    measured_at: datetime | None = strawberry.field(default=None, description=_MEASURED)
    deep_minutes: int | None = strawberry.field(default=None, description="Minutes of deep sleep, 0-1440.")
    light_minutes: int | None = strawberry.field(default=None, description="Minutes of light sleep, 0-1440.")
    rem_minutes: int | None = strawberry.field(default=None, description="Minutes of REM sleep, 0-1440.")
    awake_minutes: int | None = strawberry.field(default=None, description="Minutes awake, 0-1440.")
    sleep_score: int | None = strawberry.field(default=None, description="Sleep score, 0-100.")
    stages: list[SleepStageInput] | None = strawberry.field(
        default=None, description="The stage timeline (at most 500 stages), within the sleep."
    )


@strawberry.input(description="A batch of sleep sessions from one source for one athlete.")
class IngestSleepInput:
    source: str = strawberry.field(description=_SOURCE)
    records: list[SleepRecordInput] = strawberry.field(description=_RECORDS)
    athlete_id: uuid.UUID | None = strawberry.field(default=None, description=_ATHLETE)


@strawberry.input(description="One HRV measurement.")
class HrvRecordInput:
    taken_at: datetime = strawberry.field(description="When it was taken (UTC); not in the future.")
    value: float = strawberry.field(description="rMSSD or SDNN: 1-300 ms; pNN50: 0-100 %.")
    metric: HrvMetric = strawberry.field(
        default=HrvMetric.RMSSD, description="RMSSD (default), SDNN or PNN50."
    )
    context: HrvContext = strawberry.field(default=HrvContext.MORNING, description="When it was taken.")
    quality: int | None = strawberry.field(default=None, description="Signal quality, 0-100.")
    status: RecordStatus = strawberry.field(default=RecordStatus.FINAL, description=_STATUS)
    measured_at: datetime | None = strawberry.field(default=None, description=_MEASURED)


@strawberry.input(description="A batch of HRV readings from one source for one athlete.")
class IngestHrvInput:
    source: str = strawberry.field(description=_SOURCE)
    records: list[HrvRecordInput] = strawberry.field(description=_RECORDS)
    athlete_id: uuid.UUID | None = strawberry.field(default=None, description=_ATHLETE)


@strawberry.input(description="Heart-rate samples of one athlete-local day: a start and parallel lists.")
class HeartRateRecordInput:
    start: datetime = strawberry.field(description="The time offsets count from (UTC).")
    offsets: list[int] = strawberry.field(
        description="Seconds after `start`, one per sample; all on one local day."
    )
    bpm: list[int] = strawberry.field(description="Beats per minute (20-250), parallel to `offsets`.")


@strawberry.input(description="A batch of intraday heart rate from one source for one athlete.")
class IngestHeartRateInput:
    source: str = strawberry.field(description=_SOURCE)
    records: list[HeartRateRecordInput] = strawberry.field(description=_RECORDS)
    athlete_id: uuid.UUID | None = strawberry.field(default=None, description=_ATHLETE)


@strawberry.input(description="The athlete's morning check-in; submitting again for the day updates it.")
class SubmitCheckInInput:
    sleep_quality: int = strawberry.field(description="How well you slept, 1-5.")
    energy: int = strawberry.field(description="Energy, 1-5.")
    soreness: int = strawberry.field(description="Muscle soreness, 1-5.")
    stress: int = strawberry.field(description="Perceived stress, 1-5.")
    mood: str | None = strawberry.field(
        default=None, description="Mood in a word or emoji, up to 50 characters."
    )
    hrv_rmssd: float | None = strawberry.field(
        default=None, description="Morning rMSSD from a phone app, 1-300 ms."
    )
    resting_hr: int | None = strawberry.field(
        default=None, description="Morning resting heart rate, 20-250 bpm."
    )
    date: date | None = strawberry.field(
        default=None, description="The local day (default: today); not after today."
    )
    id: uuid.UUID | None = strawberry.field(
        default=None, description="Client-generated id (offline creation)."
    )
    idempotency_key: str | None = strawberry.field(default=None, description=IDEMPOTENCY_KEY_DESCRIPTION)

    def arguments(self) -> dict[str, Any]:
        """The input as `app.wellness.checkins.submit_check_in`'s arguments."""
        return {
            "sleep_quality": self.sleep_quality,
            "energy": self.energy,
            "soreness": self.soreness,
            "stress": self.stress,
            "mood": self.mood,
            "hrv_rmssd": self.hrv_rmssd,
            "resting_hr": self.resting_hr,
            "day": self.date,
            "id": self.id,
        }


@strawberry.input(description="A source precedence list for an athlete, or the calling coach's default.")
class SetSourcePrecedenceInput:
    sources: list[str] = strawberry.field(description="Sources, most trusted first; empty removes the list.")
    athlete_id: uuid.UUID | None = strawberry.field(
        default=None, description="The athlete; omitted by a coach: their default for all their athletes."
    )


# batches of up to 1,000 records: built as plain dicts (graphql_schema/bulk.py)
plain_records(WellnessRecordInput, SleepRecordInput, SleepStageInput, HrvRecordInput, HeartRateRecordInput)
plain_batches(IngestWellnessInput, IngestSleepInput, IngestHrvInput, IngestHeartRateInput)
