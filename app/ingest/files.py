"""File import for people without a hub: a `.fit` activity file (Garmin's FIT SDK) becomes one
activity; an Apple Health or Garmin daily CSV export becomes daily wellness records. Both then
take the same ingestion path as a hub's batch, with their own IngestionRun."""

from __future__ import annotations

import csv
import io
import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from garmin_fit_sdk import Decoder, Stream

from app.activities.ingest import ingest_activities
from app.activities.models import ActivityType
from app.core.actor import Actor
from app.core.errors import ErrorCode, ValidationFailed
from app.ingest.models import IngestKind
from app.ingest.pipeline import MAX_RECORDS, BatchReport
from app.wellness.ingest import ingest_wellness

MAX_FILE_BYTES = 10 * 1024 * 1024

SPORTS: dict[str, ActivityType] = {
    "running": ActivityType.RUNNING,
    "cycling": ActivityType.CYCLING,
    "swimming": ActivityType.SWIMMING,
    "walking": ActivityType.WALKING,
    "hiking": ActivityType.HIKING,
    "rowing": ActivityType.ROWING,
    "training": ActivityType.STRENGTH_TRAINING,
    "fitness_equipment": ActivityType.CARDIO,
    "hiit": ActivityType.HIIT,
}


class CsvFormat(StrEnum):
    """Which daily export a CSV is; it also names the records' source."""

    APPLE_HEALTH = "apple_health"
    GARMIN = "garmin"


# Column headings (lowercased) of each export, by wellness column. Apple Health's HRV is SDNN;
# Garmin's overnight HRV is rMSSD: the two are never mixed.
CSV_COLUMNS: dict[CsvFormat, dict[str, tuple[str, ...]]] = {
    CsvFormat.APPLE_HEALTH: {
        "date": ("date", "date/time", "day"),
        "resting_hr": ("resting heart rate (count/min)", "resting heart rate (bpm)", "resting heart rate"),
        "hrv_sdnn": ("heart rate variability (ms)", "heart rate variability sdnn (ms)", "hrv (ms)"),
        "steps": ("step count (count)", "step count", "steps"),
        "calories": ("active energy (kcal)", "active energy burned (kcal)", "active energy"),
        "sleep_minutes": ("sleep analysis [asleep] (min)", "sleep minutes", "asleep (min)"),
        "spo2": ("blood oxygen saturation (%)", "oxygen saturation (%)"),
        "respiration": ("respiratory rate (count/min)", "respiratory rate"),
    },
    CsvFormat.GARMIN: {
        "date": ("date", "calendar date", "day"),
        "resting_hr": ("resting heart rate", "resting hr", "resting heart rate (bpm)"),
        "hrv_rmssd": ("overnight hrv", "hrv (ms)", "overnight hrv (ms)", "hrv"),
        "sleep_score": ("sleep score",),
        "sleep_minutes": ("sleep duration (min)", "sleep minutes", "total sleep (min)"),
        "steps": ("steps", "total steps"),
        "calories": ("active calories", "active kilocalories"),
        "stress": ("stress", "avg stress", "average stress level"),
        "body_battery": ("body battery", "body battery high"),
        "spo2": ("pulse ox", "avg spo2", "average spo2 (%)"),
        "respiration": ("respiration", "avg respiration", "average respiration (brpm)"),
    },
}
INTEGER_COLUMNS = {
    "resting_hr",
    "sleep_score",
    "sleep_minutes",
    "steps",
    "calories",
    "stress",
    "body_battery",
}


def _unreadable(message: str) -> ValidationFailed:
    return ValidationFailed.one("file", ErrorCode.INVALID, message)


def parse_fit(data: bytes) -> dict[str, Any]:
    """The activity of a FIT file: its session message, and its file id for the external id."""
    stream = Stream.from_byte_array(bytearray(data))
    decoder = Decoder(stream)
    if not decoder.is_fit():
        raise _unreadable("Not a FIT file.")
    try:
        messages, errors = decoder.read(enable_crc_check=True)
    except Exception as exc:  # the SDK raises plain exceptions on corrupt files
        raise _unreadable("The FIT file could not be read.") from exc
    sessions = messages.get("session_mesgs") or []
    if errors or not sessions:
        raise _unreadable("The FIT file holds no readable activity session.")
    session = sessions[0]
    file_id = (messages.get("file_id_mesgs") or [{}])[0]
    start = session.get("start_time")
    if not isinstance(start, datetime):
        raise _unreadable("The FIT session has no start time.")
    serial, created = file_id.get("serial_number"), file_id.get("time_created") or start
    external = (
        f"fit:{serial or 'unknown'}:{int(created.timestamp()) if isinstance(created, datetime) else created}"
    )
    elapsed = session.get("total_elapsed_time") or session.get("total_timer_time") or 0
    return {
        "external_id": external,
        "start": start,
        "duration_seconds": round(float(elapsed)),
        "activity_type": SPORTS.get(str(session.get("sport")), ActivityType.OTHER),
        "name": str(session.get("sport") or "activity").replace("_", " ").title(),
        "distance_meters": session.get("total_distance"),
        "elevation_gain_meters": session.get("total_ascent"),
        "avg_hr": session.get("avg_heart_rate"),
        "max_hr": session.get("max_heart_rate"),
        "avg_power": session.get("avg_power"),
        "calories": session.get("total_calories"),
        "training_load": session.get("training_load_peak"),
        "aerobic_effect": session.get("total_training_effect"),
        "anaerobic_effect": session.get("total_anaerobic_training_effect"),
    }


def _number(text: str, integer: bool) -> float | int | None:
    clean = text.strip().replace(",", "")
    if not clean or clean in {"--", "-"}:
        return None
    value = float(clean)
    return round(value) if integer else value


def parse_csv(data: bytes, fmt: CsvFormat) -> list[dict[str, Any]]:
    """Daily wellness records of an export: one per row with a date; unknown columns are ignored.

    A value that is not a number is left for the ingestion path to reject with its row."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _unreadable("The CSV file must be UTF-8 text.") from exc
    reader = csv.reader(io.StringIO(text))
    header = [h.strip().lower() for h in next(reader, [])]
    columns = {
        name: header.index(alias)
        for name, aliases in CSV_COLUMNS[fmt].items()
        for alias in aliases
        if alias in header
    }
    if "date" not in columns:
        raise _unreadable(f"No date column; expected one of {', '.join(CSV_COLUMNS[fmt]['date'])}.")
    records: list[dict[str, Any]] = []
    for row in reader:
        if not any(cell.strip() for cell in row):
            continue
        if len(records) >= MAX_RECORDS:
            raise _unreadable(f"At most {MAX_RECORDS} days per file.")
        records.append(_csv_record(row, columns))
    if not records:
        raise _unreadable("The CSV file has no rows.")
    return records


def _csv_record(row: list[str], columns: dict[str, int]) -> dict[str, Any]:
    record: dict[str, Any] = {}
    for name, position in columns.items():
        cell = row[position] if position < len(row) else ""
        if name == "date":
            try:
                record["date"] = date.fromisoformat(cell.strip()[:10])
            except ValueError:
                record["date"] = None
            continue
        try:
            record[name] = _number(cell, name in INTEGER_COLUMNS)
        except ValueError:
            record[name] = cell  # not a number: the record is rejected with INVALID
    return record


def _check_size(data: bytes) -> None:
    if not data:
        raise _unreadable("The file is empty.")
    if len(data) > MAX_FILE_BYTES:
        raise ValidationFailed.one("file", ErrorCode.TOO_LONG, f"Files are at most {MAX_FILE_BYTES} bytes.")


async def import_fit_file(
    *, actor: Actor, athlete_id: uuid.UUID, data: bytes, file_name: str | None, source: str = "garmin"
) -> BatchReport:
    """One activity from a `.fit` file, through the activities' ingestion path."""
    _check_size(data)
    record = parse_fit(data)
    return await ingest_activities(
        actor=actor,
        athlete_id=athlete_id,
        source=source,
        records=[record],
        kind=IngestKind.FIT_FILE,
        file_name=(file_name or "")[:255] or None,
    )


async def import_wellness_csv(
    *, actor: Actor, athlete_id: uuid.UUID, data: bytes, file_name: str | None, fmt: CsvFormat
) -> BatchReport:
    """Daily wellness records from an Apple Health or Garmin CSV export (source: the format)."""
    _check_size(data)
    records = parse_csv(data, fmt)
    return await ingest_wellness(
        actor=actor,
        athlete_id=athlete_id,
        source=fmt.value,
        records=records,
        kind=IngestKind.CSV_FILE,
        file_name=(file_name or "")[:255] or None,
    )
