"""Ingesting wellness data: daily summaries, sleep sessions, HRV readings, intraday heart rate.

Each kind validates its records (physical ranges, days not in the future) and hands them to
the shared path in `app.ingest.pipeline`, which writes them set-based and reports per record.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from app.core.actor import Actor
from app.core.errors import Collector, ErrorCode, FieldError
from app.core.times import EARLIEST_DAY, local_day_bounds
from app.ingest import values as v
from app.ingest.models import IngestKind
from app.ingest.pipeline import (
    Batch,
    BatchReport,
    Candidate,
    Outcome,
    RecordResult,
    Table,
    check_batch_size,
    check_source,
    run_batch,
)
from app.wellness.models import HrvContext, HrvMetric, RecordStatus

WELLNESS_BOUNDS: tuple[v.Bound, ...] = (
    ("resting_hr", "restingHr", True, 20, 250),
    ("hrv_rmssd", "hrvRmssd", False, 1, 300),
    ("hrv_sdnn", "hrvSdnn", False, 1, 300),
    ("sleep_score", "sleepScore", True, 0, 100),
    ("sleep_minutes", "sleepMinutes", True, 0, 1440),
    ("steps", "steps", True, 0, 200_000),
    ("calories", "calories", True, 0, 20_000),
    ("stress", "stress", True, 0, 100),
    ("body_battery", "bodyBattery", True, 0, 100),
    ("spo2", "spo2", False, 50, 100),
    ("respiration", "respiration", False, 4, 60),
)
WELLNESS_FIELDS = tuple(column for column, *_ in WELLNESS_BOUNDS)
# (column, the Python type its values already have, minimum, maximum): the plain records' path
_PLAIN_BOUNDS = tuple(
    (c, int if integer else float, low, high) for c, _, integer, low, high in WELLNESS_BOUNDS
)
_STATUSES: dict[Any, str] = {None: RecordStatus.FINAL.value} | {s: s.value for s in RecordStatus}

WELLNESS = Table(
    name="wellness_daily",
    record_type="wellness_daily",
    kind="wellness",
    key=("sample_date",),
    columns={
        "sample_date": "date",
        "status": "text",
        "measured_at": "timestamptz",
        **{c: ("int" if integer else "float8") for c, _, integer, _, _ in WELLNESS_BOUNDS},
    },
)

SLEEP_BOUNDS: tuple[v.Bound, ...] = (
    ("deep_minutes", "deepMinutes", True, 0, 1440),
    ("light_minutes", "lightMinutes", True, 0, 1440),
    ("rem_minutes", "remMinutes", True, 0, 1440),
    ("awake_minutes", "awakeMinutes", True, 0, 1440),
    ("sleep_score", "sleepScore", True, 0, 100),
)
SLEEP = Table(
    name="sleep_session",
    record_type="sleep_session",
    kind="sleep",
    key=("sleep_date",),
    columns={
        "sleep_date": "date",
        "status": "text",
        "measured_at": "timestamptz",
        "start_at": "timestamptz",
        "end_at": "timestamptz",
        "total_minutes": "int",
        **{c: "int" for c, *_ in SLEEP_BOUNDS},
        "stages": "jsonb",
    },
)
STAGES = ("deep", "light", "rem", "awake")
MAX_STAGES = 500

HRV = Table(
    name="hrv_reading",
    record_type="hrv_reading",
    kind="hrv",
    key=("taken_at", "metric"),
    columns={
        "taken_at": "timestamptz",
        "metric": "text",
        "reading_date": "date",
        "status": "text",
        "measured_at": "timestamptz",
        "value": "float8",
        "context": "text",
        "quality": "int",
    },
)
HRV_RANGES = {HrvMetric.RMSSD: (1.0, 300.0), HrvMetric.SDNN: (1.0, 300.0), HrvMetric.PNN50: (0.0, 100.0)}

HEART_RATE = Table(
    name="heart_rate_day",
    record_type="heart_rate_day",
    kind="heart_rate",
    key=("sample_date",),
    columns={
        "sample_date": "date",
        "day_start": "timestamptz",
        "offsets": "int[]",
        "bpm": "smallint[]",
        "sample_count": "int",
        "min_bpm": "int",
        "max_bpm": "int",
    },
    keep_history=False,
)
MAX_SAMPLES = 90_000  # one a second over a 25-hour day


def _reject(result: RecordResult, errors: Collector) -> None:
    result.errors.extend(errors.errors)


def _stamp(batch: Batch, values: dict[str, Any], record: Mapping[str, Any], errors: Collector) -> None:
    values["status"] = v.status(record.get("status"))
    measured = v.moment(record.get("measured_at"), errors, "measuredAt", required=False)
    if measured is not None and measured > batch.received_at + timedelta(minutes=10):
        errors.add("measuredAt", ErrorCode.OUT_OF_WINDOW, "Cannot be in the future.")
    values["measured_at"] = measured


def _plain_wellness(batch: Batch, index: int, record: Mapping[str, Any]) -> Candidate | None:
    """The common record (a day in the window, numbers in range, no measuredAt) in one pass;
    None sends anything else through the full checks. 1,000 records: 4.6 ms -> 2.6 ms."""
    day = record.get("date")
    if type(day) is not date or not EARLIEST_DAY <= day <= batch.today or record.get("measured_at"):
        return None
    values: dict[str, Any] = {}
    present = False
    for column, kind, low, high in _PLAIN_BOUNDS:
        value = record.get(column)
        if value is not None:
            if type(value) is not kind or not low <= value <= high:
                return None  # an int for a float column, say: the full checks convert it
            present = True
        values[column] = value
    if not present:
        return None
    status = record.get("status")
    values["status"] = _STATUSES.get(status) or v.status(status)
    values["measured_at"] = None
    values["sample_date"] = day
    end = batch.day_end(day)
    return Candidate(index, (day,), values, day, min(end, batch.received_at), batch.late_after(end))


def validate_wellness(
    batch: Batch, index: int, record: Mapping[str, Any], result: RecordResult
) -> Candidate | None:
    """A daily summary: a day not after today, at least one value, every value in range."""
    plain = _plain_wellness(batch, index, record)
    if plain is not None:
        return plain
    errors = Collector()
    sample_date = v.day(record.get("date"), errors, "date")
    values = v.measures(record, WELLNESS_BOUNDS, errors)
    if not errors.errors and all(values[c] is None for c in WELLNESS_FIELDS):
        errors.add(None, ErrorCode.REQUIRED, "A record needs at least one value.")
    _stamp(batch, values, record, errors)
    if sample_date is None or not batch.check_day(sample_date, errors, "date") or errors.errors:
        _reject(result, errors)
        return None
    values["sample_date"] = sample_date
    moment = values["measured_at"] or min(batch.day_end(sample_date), batch.received_at)
    return Candidate(index, (sample_date,), values, sample_date, moment, batch.is_late(sample_date))


def _stages(raw: Any, start: datetime, end: datetime, errors: Collector) -> list[dict[str, Any]] | None:
    if raw is None:
        return None
    if len(raw) > MAX_STAGES:
        errors.add("stages", ErrorCode.TOO_LONG, f"At most {MAX_STAGES} stages.")
        return None
    timeline = []
    for i, item in enumerate(raw):
        stage, s_start, s_end = item.get("stage"), item.get("start"), item.get("end")
        s_start = v.moment(s_start, errors, f"stages.{i}.start")
        s_end = v.moment(s_end, errors, f"stages.{i}.end")
        if s_start is None or s_end is None:
            continue
        if str(stage) not in STAGES:
            errors.add(f"stages.{i}.stage", ErrorCode.INVALID, "One of deep, light, rem, awake.")
        elif not start <= s_start < s_end <= end:
            errors.add(
                f"stages.{i}", ErrorCode.OUT_OF_RANGE, "A stage lies within the sleep, start before end."
            )
        else:
            timeline.append({"stage": str(stage), "start": s_start.isoformat(), "end": s_end.isoformat()})
    return timeline


def validate_sleep(
    batch: Batch, index: int, record: Mapping[str, Any], result: RecordResult
) -> Candidate | None:
    """A night: start before end, at most 24 h, ended by now; stage minutes 0-1440."""
    errors = Collector()
    start = v.moment(record.get("start"), errors, "start")
    end = v.moment(record.get("end"), errors, "end")
    values = v.measures(record, SLEEP_BOUNDS, errors)
    _stamp(batch, values, record, errors)
    if start is not None and end is not None:
        if end <= start or end - start > timedelta(hours=24):
            errors.add("end", ErrorCode.OUT_OF_RANGE, "A sleep ends after it starts, within 24 hours.")
        elif batch.check_moment(end, errors, "end"):
            values["stages"] = _stages(record.get("stages"), start, end, errors)
    if errors.errors or start is None or end is None:
        _reject(result, errors)
        return None
    minutes = round((end - start).total_seconds() / 60) - (values.get("awake_minutes") or 0)
    day = batch.local_day(end)
    values.update(sleep_date=day, start_at=start, end_at=end, total_minutes=max(minutes, 0))
    return Candidate(index, (day,), values, day, end, batch.is_late(day))


def validate_hrv(
    batch: Batch, index: int, record: Mapping[str, Any], result: RecordResult
) -> Candidate | None:
    """A reading: its time, its metric (rMSSD and SDNN 1-300 ms, pNN50 0-100 %), quality 0-100."""
    errors = Collector()
    taken = v.moment(record.get("taken_at"), errors, "takenAt")
    metric = HrvMetric(record.get("metric") or HrvMetric.RMSSD)
    low, high = HRV_RANGES[metric]
    value = v.measure(record.get("value"), errors, "value", False, low, high)
    if value is None and not errors.errors:
        errors.add("value", ErrorCode.REQUIRED, "This field is required.")
    quality = v.measure(record.get("quality"), errors, "quality", True, 0, 100)
    values: dict[str, Any] = {"metric": metric.value, "value": value, "quality": quality}
    values["context"] = HrvContext(record.get("context") or HrvContext.MORNING).value
    _stamp(batch, values, record, errors)
    if taken is None or not batch.check_moment(taken, errors, "takenAt") or errors.errors:
        _reject(result, errors)
        return None
    day = batch.local_day(taken)
    values.update(taken_at=taken, reading_date=day)
    return Candidate(index, (taken, metric.value), values, day, taken, batch.is_late(day))


def validate_heart_rate(
    batch: Batch, index: int, record: Mapping[str, Any], result: RecordResult
) -> Candidate | None:
    """One day's samples: `start` plus seconds `offsets` and `bpm` (20-250), all on one local day."""
    errors = Collector()
    start = v.moment(record.get("start"), errors, "start")
    offsets, bpm = list(record.get("offsets") or []), list(record.get("bpm") or [])
    if len(offsets) != len(bpm) or not offsets:
        errors.add(
            "bpm", ErrorCode.INVALID, "offsets and bpm are parallel lists of the same, non-zero length."
        )
    elif len(offsets) > MAX_SAMPLES:
        errors.add("offsets", ErrorCode.TOO_LONG, f"At most {MAX_SAMPLES} samples a record.")
    elif any(not 20 <= b <= 250 for b in bpm):
        errors.add("bpm", ErrorCode.OUT_OF_RANGE, "Heart rates are between 20 and 250.")
    if start is None or errors.errors:
        _reject(result, errors)
        return None
    day = batch.local_day(start)
    day_start, day_end = local_day_bounds(batch.athlete.timezone, day, day)
    base = int((start - day_start).total_seconds())
    seconds = [base + int(o) for o in offsets]
    length = int((day_end - day_start).total_seconds())
    if any(not 0 <= s < length for s in seconds):
        errors.add("offsets", ErrorCode.OUT_OF_RANGE, "All samples of a record lie on one local day.")
    last = day_start + timedelta(seconds=max(seconds, default=0))
    if errors.errors or not batch.check_moment(last, errors, "offsets"):
        _reject(result, errors)
        return None
    merged = dict(zip(seconds, bpm, strict=True))
    values = {"sample_date": day, "day_start": day_start, "samples": merged}
    return Candidate(index, (day,), values, day, last, batch.is_late(day))


def heart_rate_classifier(
    candidate: Candidate, stored: Mapping[str, Any] | None
) -> tuple[Outcome, dict[str, Any], FieldError | None]:
    """Samples merge into the day: new seconds are added (APPLIED), a changed value at a stored
    second is a correction (REVISED), nothing new is UNCHANGED."""
    incoming: dict[int, int] = candidate.values["samples"]
    existing: dict[int, int] = dict(zip(stored["offsets"], stored["bpm"], strict=True)) if stored else {}
    merged = {**existing, **incoming}
    changed = any(existing.get(s, b) != b for s, b in incoming.items())
    if stored is not None and merged == existing:
        return Outcome.UNCHANGED, candidate.values, None
    seconds = sorted(merged)
    beats = [merged[s] for s in seconds]
    values = {
        "sample_date": candidate.values["sample_date"],
        "day_start": candidate.values["day_start"],
        "offsets": seconds,
        "bpm": beats,
        "sample_count": len(seconds),
        "min_bpm": min(beats),
        "max_bpm": max(beats),
    }
    return (Outcome.REVISED if changed else Outcome.APPLIED), values, None


def _prepare(source: str, records: Sequence[Any], *, allow_manual: bool = False) -> str:
    errors = Collector()
    clean = check_source(source, errors, allow_manual=allow_manual)
    check_batch_size(len(records), errors)
    errors.raise_if_any()
    return clean


async def ingest_wellness(
    *,
    actor: Actor,
    athlete_id: uuid.UUID,
    source: str,
    records: Sequence[Mapping[str, Any]],
    kind: IngestKind = IngestKind.WELLNESS,
    file_name: str | None = None,
    allow_manual: bool = False,
) -> BatchReport:
    """Daily summaries of one athlete from one source (up to 1,000), one result per record."""
    clean = _prepare(source, records, allow_manual=allow_manual)
    return await run_batch(
        actor=actor,
        athlete_id=athlete_id,
        source=clean,
        kind=kind,
        table=WELLNESS,
        records=records,
        validate=validate_wellness,
        file_name=file_name,
    )


async def ingest_sleep(
    *, actor: Actor, athlete_id: uuid.UUID, source: str, records: Sequence[Mapping[str, Any]]
) -> BatchReport:
    """Sleep sessions (one main sleep per source and night), one result per record."""
    clean = _prepare(source, records)
    return await run_batch(
        actor=actor,
        athlete_id=athlete_id,
        source=clean,
        kind=IngestKind.SLEEP,
        table=SLEEP,
        records=records,
        validate=validate_sleep,
    )


async def ingest_hrv(
    *, actor: Actor, athlete_id: uuid.UUID, source: str, records: Sequence[Mapping[str, Any]]
) -> BatchReport:
    """HRV readings, one result per record."""
    clean = _prepare(source, records)
    return await run_batch(
        actor=actor,
        athlete_id=athlete_id,
        source=clean,
        kind=IngestKind.HRV,
        table=HRV,
        records=records,
        validate=validate_hrv,
    )


async def ingest_heart_rate(
    *, actor: Actor, athlete_id: uuid.UUID, source: str, records: Sequence[Mapping[str, Any]]
) -> BatchReport:
    """Intraday heart-rate samples, merged into one compact row per local day."""
    clean = _prepare(source, records)
    return await run_batch(
        actor=actor,
        athlete_id=athlete_id,
        source=clean,
        kind=IngestKind.HEART_RATE,
        table=HEART_RATE,
        records=records,
        validate=validate_heart_rate,
        classify=heart_rate_classifier,
    )
