"""Wellness tables (seeds 000 and 003): daily metrics, sleep, HRV readings, intraday heart rate,
morning check-ins, source precedence and per-source freshness.

Every row keeps its `source` (the device or hub that reported it). Rows that arrive through
ingestion also keep when they were received, whether they were late (more than 48 h after
their local day ended), their revision number and the ingestion run that last wrote them.
"""

from __future__ import annotations

import uuid
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from tortoise import fields
from tortoise.contrib.postgres.fields import ArrayField

from app.core.models import TimestampedModel

if TYPE_CHECKING:
    from app.athletes.models import AthleteProfile, Coach
    from app.ingest.models import IngestionRun


class RecordStatus(StrEnum):
    """A device may first report a value as tentative and later as final."""

    TENTATIVE = "tentative"
    FINAL = "final"


class HrvMetric(StrEnum):
    RMSSD = "rmssd"
    SDNN = "sdnn"
    PNN50 = "pnn50"


class HrvContext(StrEnum):
    """When an HRV reading was taken (seed 003's reading types)."""

    MORNING = "morning"
    SLEEP = "sleep"
    ALL_DAY = "all_day"
    ACTIVITY = "activity"


def _athlete(related_name: str) -> fields.ForeignKeyRelation[AthleteProfile]:
    return fields.ForeignKeyField(
        "models.AthleteProfile", related_name=related_name, on_delete=fields.CASCADE
    )


def _run(related_name: str) -> fields.ForeignKeyNullableRelation[IngestionRun]:
    return fields.ForeignKeyField(
        "models.IngestionRun", related_name=related_name, null=True, on_delete=fields.SET_NULL
    )


class IngestedModel(TimestampedModel):
    """What every ingested row carries besides its values."""

    source = fields.CharField(max_length=32)
    status = fields.CharEnumField(RecordStatus, max_length=16, default=RecordStatus.FINAL)
    measured_at = fields.DatetimeField(null=True)
    received_at = fields.DatetimeField()
    late = fields.BooleanField(default=False)
    revision = fields.IntField(default=1)

    class Meta:
        abstract = True


class WellnessDaily(IngestedModel):
    """One source's daily summary for one athlete-local day (seed 000's wearables_daily)."""

    athlete: fields.ForeignKeyRelation[AthleteProfile] = _athlete("wellness_days")
    ingestion_run: fields.ForeignKeyNullableRelation[IngestionRun] = _run("wellness_days")
    if TYPE_CHECKING:
        athlete_id: uuid.UUID
        ingestion_run_id: uuid.UUID | None
    sample_date = fields.DateField()
    resting_hr = fields.IntField(null=True)
    hrv_rmssd = fields.FloatField(null=True)
    hrv_sdnn = fields.FloatField(null=True)
    sleep_score = fields.IntField(null=True)
    sleep_minutes = fields.IntField(null=True)
    steps = fields.IntField(null=True)
    calories = fields.IntField(null=True)
    stress = fields.IntField(null=True)
    body_battery = fields.IntField(null=True)
    spo2 = fields.FloatField(null=True)
    respiration = fields.FloatField(null=True)

    class Meta:
        table = "wellness_daily"
        unique_together = (("athlete_id", "source", "sample_date"),)
        indexes = (("athlete_id", "sample_date"), ("ingestion_run_id",))


class SleepSession(IngestedModel):
    """One source's main sleep of a night, dated by the athlete-local day it ended on."""

    athlete: fields.ForeignKeyRelation[AthleteProfile] = _athlete("sleep_sessions")
    ingestion_run: fields.ForeignKeyNullableRelation[IngestionRun] = _run("sleep_sessions")
    if TYPE_CHECKING:
        athlete_id: uuid.UUID
        ingestion_run_id: uuid.UUID | None
    sleep_date = fields.DateField()
    start_at = fields.DatetimeField()
    end_at = fields.DatetimeField()
    total_minutes = fields.IntField()
    deep_minutes = fields.IntField(null=True)
    light_minutes = fields.IntField(null=True)
    rem_minutes = fields.IntField(null=True)
    awake_minutes = fields.IntField(null=True)
    sleep_score = fields.IntField(null=True)
    stages: fields.JSONField[list[dict[str, Any]] | None] = fields.JSONField(null=True)

    class Meta:
        table = "sleep_session"
        unique_together = (("athlete_id", "source", "sleep_date"),)
        indexes = (("athlete_id", "sleep_date"), ("ingestion_run_id",))


class HrvReading(IngestedModel):
    """One HRV measurement at a time: rMSSD, SDNN (never mixed) or pNN50 (seed 003)."""

    athlete: fields.ForeignKeyRelation[AthleteProfile] = _athlete("hrv_readings")
    ingestion_run: fields.ForeignKeyNullableRelation[IngestionRun] = _run("hrv_readings")
    if TYPE_CHECKING:
        athlete_id: uuid.UUID
        ingestion_run_id: uuid.UUID | None
    reading_date = fields.DateField()
    taken_at = fields.DatetimeField()
    metric = fields.CharEnumField(HrvMetric, max_length=8)
    value = fields.FloatField()
    context = fields.CharEnumField(HrvContext, max_length=16, default=HrvContext.MORNING)
    quality = fields.IntField(null=True)

    class Meta:
        table = "hrv_reading"
        unique_together = (("athlete_id", "source", "taken_at", "metric"),)
        indexes = (("athlete_id", "reading_date"), ("ingestion_run_id",))


class HeartRateDay(TimestampedModel):
    """Intraday heart rate of one athlete-local day from one source, stored compactly: two
    parallel arrays (seconds since the local day began, beats per minute). Kept one year."""

    athlete: fields.ForeignKeyRelation[AthleteProfile] = _athlete("heart_rate_days")
    ingestion_run: fields.ForeignKeyNullableRelation[IngestionRun] = _run("heart_rate_days")
    if TYPE_CHECKING:
        athlete_id: uuid.UUID
        ingestion_run_id: uuid.UUID | None
    source = fields.CharField(max_length=32)
    sample_date = fields.DateField()
    day_start = fields.DatetimeField()
    offsets: Any = ArrayField("INT")
    bpm: Any = ArrayField("SMALLINT")
    sample_count = fields.IntField()
    min_bpm = fields.IntField()
    max_bpm = fields.IntField()
    received_at = fields.DatetimeField()
    late = fields.BooleanField(default=False)
    revision = fields.IntField(default=1)

    class Meta:
        table = "heart_rate_day"
        unique_together = (("athlete_id", "source", "sample_date"),)
        indexes = (("ingestion_run_id",),)


class CheckIn(TimestampedModel):
    """The athlete's morning check-in: how they slept and feel (1-5 scales), entered by hand."""

    athlete: fields.ForeignKeyRelation[AthleteProfile] = _athlete("check_ins")
    if TYPE_CHECKING:
        athlete_id: uuid.UUID
    check_in_date = fields.DateField()
    sleep_quality = fields.IntField()
    energy = fields.IntField()
    soreness = fields.IntField()
    stress = fields.IntField()
    mood = fields.CharField(max_length=50, null=True)
    hrv_rmssd = fields.FloatField(null=True)
    resting_hr = fields.IntField(null=True)
    submitted_at = fields.DatetimeField()

    class Meta:
        table = "check_in"
        unique_together = (("athlete_id", "check_in_date"),)


class SourcePrecedence(TimestampedModel):
    """An ordered list of sources: an athlete's own, or a coach's default for their athletes."""

    athlete: fields.OneToOneNullableRelation[AthleteProfile] = fields.OneToOneField(
        "models.AthleteProfile", related_name="source_precedence", null=True, on_delete=fields.CASCADE
    )
    coach: fields.OneToOneNullableRelation[Coach] = fields.OneToOneField(
        "models.Coach", related_name="source_precedence", null=True, on_delete=fields.CASCADE
    )
    if TYPE_CHECKING:
        athlete_id: uuid.UUID | None
        coach_id: uuid.UUID | None
    sources: fields.JSONField[list[str]] = fields.JSONField()

    class Meta:
        table = "source_precedence"


class DataFreshness(TimestampedModel):
    """Per athlete, source and kind of data: the newest record and when data last arrived.

    Kept by the ingestion path in the same transaction as the rows, like a CDC monitor's
    watermark, so the roster's freshness is one indexed read.
    """

    athlete: fields.ForeignKeyRelation[AthleteProfile] = _athlete("freshness")
    if TYPE_CHECKING:
        athlete_id: uuid.UUID
    source = fields.CharField(max_length=32)
    kind = fields.CharField(max_length=16)
    newest_date = fields.DateField()
    newest_at = fields.DatetimeField()
    last_received_at = fields.DatetimeField()

    class Meta:
        table = "data_freshness"
        unique_together = (("athlete_id", "source", "kind"),)
