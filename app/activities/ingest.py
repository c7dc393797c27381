"""Ingesting activities: validated per record, deduplicated by (source, external id) across
batches and by start time across sources, then matched to planned sessions."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import timedelta
from typing import Any

from tortoise import connections

from app.activities.matching import match_new_activities
from app.activities.models import ActivityType
from app.core.actor import Actor
from app.core.errors import Collector, ErrorCode
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

ACTIVITY_BOUNDS: tuple[v.Bound, ...] = (
    ("distance_meters", "distanceMeters", False, 0, 1_000_000),
    ("elevation_gain_meters", "elevationGainMeters", False, 0, 20_000),
    ("avg_hr", "avgHr", True, 20, 250),
    ("max_hr", "maxHr", True, 20, 250),
    ("avg_power", "avgPower", True, 0, 3000),
    ("calories", "calories", True, 0, 30_000),
    ("training_load", "trainingLoad", False, 0, 2000),
    ("aerobic_effect", "aerobicEffect", False, 0, 5),
    ("anaerobic_effect", "anaerobicEffect", False, 0, 5),
)
MAX_DURATION_SECONDS = 48 * 3600
MAX_ZONES = 10
# Two sources' reports are one workout when they start this close and last about as long.
SAME_START = timedelta(minutes=2)
SAME_DURATION_SHARE = 0.1

ACTIVITY = Table(
    name="activity",
    record_type="activity",
    kind="activities",
    key=("external_id",),
    athlete_in_key=False,
    columns={
        "external_id": "text",
        "status": "text",
        "measured_at": "timestamptz",
        "activity_type": "text",
        "name": "text",
        "start_at": "timestamptz",
        "local_date": "date",
        "duration_seconds": "int",
        **{c: ("int" if integer else "float8") for c, _, integer, _, _ in ACTIVITY_BOUNDS},
        "hr_zone_minutes": "jsonb",
    },
    day_column="local_date",
)


def _zones(raw: Any, errors: Collector) -> list[float] | None:
    if raw is None:
        return None
    if len(raw) > MAX_ZONES:
        errors.add("hrZoneMinutes", ErrorCode.TOO_LONG, f"At most {MAX_ZONES} zones.")
        return None
    zones = [v.measure(m, errors, f"hrZoneMinutes.{i}", False, 0, 2880) for i, m in enumerate(raw)]
    return [float(z) for z in zones if z is not None] if len(errors.errors) == 0 else None


def validate_activity(
    batch: Batch, index: int, record: Mapping[str, Any], result: RecordResult
) -> Candidate | None:
    """A workout: an external id, a type, a start not in the future, 1 s to 48 h long, values in range."""
    errors = Collector()
    external_id = v.text(record.get("external_id"), errors, "externalId", 128, required=True)
    start = v.moment(record.get("start"), errors, "start")
    duration = v.measure(
        record.get("duration_seconds"), errors, "durationSeconds", True, 1, MAX_DURATION_SECONDS
    )
    if duration is None and record.get("duration_seconds") is None:
        errors.add("durationSeconds", ErrorCode.REQUIRED, "This field is required.")
    values = v.measures(record, ACTIVITY_BOUNDS, errors)
    values["name"] = v.text(record.get("name"), errors, "name", 200)
    values["hr_zone_minutes"] = _zones(record.get("hr_zone_minutes"), errors)
    values["activity_type"] = ActivityType(record.get("activity_type") or ActivityType.OTHER).value
    values["status"] = v.status(record.get("status"))
    values["measured_at"] = v.moment(record.get("measured_at"), errors, "measuredAt", required=False)
    if values["avg_hr"] and values["max_hr"] and values["avg_hr"] > values["max_hr"]:
        errors.add("avgHr", ErrorCode.INVALID, "The average heart rate cannot exceed the maximum.")
    if (
        start is None
        or external_id is None
        or not batch.check_moment(start, errors, "start")
        or errors.errors
    ):
        result.errors.extend(errors.errors)
        return None
    day = batch.local_day(start)
    values.update(external_id=external_id, start_at=start, local_date=day, duration_seconds=duration)
    return Candidate(index, (external_id,), values, day, start, batch.is_late(day))


async def _mark_duplicates(batch: Batch, written: list[tuple[Candidate, RecordResult]]) -> None:
    """Link each new activity to another source's report of the same workout (set-based)."""
    fresh = [(c, r) for c, r in written if r.status is Outcome.APPLIED]
    if not fresh:
        return
    conn = connections.get("default")
    rows = await conn.execute_query_dict(
        "UPDATE activity a SET duplicate_of_id = d.original, updated_at = $6 FROM ("
        " SELECT n.id, (SELECT o.id FROM activity o WHERE o.athlete_id = $1 AND o.source <> $2"
        "   AND o.duplicate_of_id IS NULL AND abs(extract(epoch FROM o.start_at - n.start_at)) <= $3"
        "   AND abs(o.duration_seconds - n.duration) <= greatest(60, $4 * n.duration)"
        "   ORDER BY abs(extract(epoch FROM o.start_at - n.start_at)), o.created_at, o.id LIMIT 1) AS original"
        " FROM unnest($5::uuid[], $7::timestamptz[], $8::int[]) AS n(id, start_at, duration)) d"
        " WHERE a.id = d.id AND d.original IS NOT NULL RETURNING a.id, a.duplicate_of_id",
        [
            batch.athlete.id,
            batch.source,
            SAME_START.total_seconds(),
            SAME_DURATION_SHARE,
            [r.record_id for _, r in fresh],
            batch.received_at,
            [c.values["start_at"] for c, _ in fresh],
            [c.values["duration_seconds"] for c, _ in fresh],
        ],
    )
    originals = {row["id"]: row["duplicate_of_id"] for row in rows}
    for _, result in fresh:
        result.duplicate_of = originals.get(result.record_id)


async def _after_write(batch: Batch, written: list[tuple[Candidate, RecordResult]]) -> None:
    await _mark_duplicates(batch, written)
    primaries = [r.record_id for _, r in written if r.status is Outcome.APPLIED and r.duplicate_of is None]
    await match_new_activities(batch.athlete, [i for i in primaries if i is not None])


async def ingest_activities(
    *,
    actor: Actor,
    athlete_id: uuid.UUID,
    source: str,
    records: Sequence[Mapping[str, Any]],
    kind: IngestKind = IngestKind.ACTIVITIES,
    file_name: str | None = None,
) -> BatchReport:
    """Device activities of one athlete from one source (up to 1,000), one result per record."""
    errors = Collector()
    clean = check_source(source, errors)
    check_batch_size(len(records), errors)
    errors.raise_if_any()
    return await run_batch(
        actor=actor,
        athlete_id=athlete_id,
        source=clean,
        kind=kind,
        table=ACTIVITY,
        records=records,
        validate=validate_activity,
        file_name=file_name,
        after_write=_after_write,
    )
