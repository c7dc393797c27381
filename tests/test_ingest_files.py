"""File import over the GraphQL multipart request spec: a `.fit` file built in the test with
Garmin's FIT SDK becomes one activity; Apple Health and Garmin daily CSV exports become daily
wellness records; both leave an ingestion run."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from garmin_fit_sdk import Encoder, Profile

from app.activities.models import Activity
from app.clock import FixedClock
from app.settings import Settings
from app.wellness.models import WellnessDaily
from tests.helpers import Account, make_athlete, make_coach, table_counts

IMPORT_FIT = """
mutation($input: ImportFitFileInput!) {
  importFitFile(input: $input) {
    run { kind status fileName applied } results { status id errors { field code } } errors { field code message }
  }
}
"""
IMPORT_CSV = """
mutation($input: ImportWellnessCsvInput!) {
  importWellnessCsv(input: $input) {
    run { kind source status fileName received applied rejected } results { index status errors { field code } }
    errors { field code message }
  }
}
"""
START = datetime(2026, 3, 1, 7, 0, tzinfo=UTC)


def fit_file(start: datetime = START) -> bytes:
    """A tiny activity FIT file: a file id, five records and one running session."""
    mesg = Profile["mesg_num"]
    encoder = Encoder()
    encoder.write_mesg(
        {
            "mesg_num": mesg["FILE_ID"],
            "type": "activity",
            "manufacturer": "garmin",
            "product": 1,
            "serial_number": 3344,
            "time_created": start,
        }
    )
    for i in range(5):
        encoder.write_mesg(
            {
                "mesg_num": mesg["RECORD"],
                "timestamp": start + timedelta(minutes=i),
                "heart_rate": 130 + i,
                "distance": i * 180.0,
            }
        )
    encoder.write_mesg(
        {
            "mesg_num": mesg["SESSION"],
            "timestamp": start + timedelta(minutes=45),
            "start_time": start,
            "sport": "running",
            "total_elapsed_time": 2700.0,
            "total_timer_time": 2680.0,
            "total_distance": 8100.0,
            "avg_heart_rate": 146,
            "max_heart_rate": 171,
            "total_calories": 540,
            "total_ascent": 60,
            "total_training_effect": 3.1,
            "total_anaerobic_training_effect": 1.2,
        }
    )
    return bytes(encoder.close())


async def upload(
    client: httpx.AsyncClient, account: Account, query: str, variables: dict[str, Any], name: str, data: bytes
) -> dict[str, Any]:
    """POST a GraphQL multipart request (operations, map, one file at variables.input.file)."""
    variables["input"]["file"] = None
    response = await client.post(
        "/graphql",
        data={
            "operations": json.dumps({"query": query, "variables": variables}),
            "map": json.dumps({"0": ["variables.input.file"]}),
        },
        files={"0": (name, data, "application/octet-stream")},
        headers={"authorization": f"Bearer {account.token}"},
    )
    assert response.status_code == 200, response.text
    assert "errors" not in response.json(), response.json()
    return response.json()


async def test_a_fit_file_becomes_one_activity_through_the_ingestion_path(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)

    body = await upload(client, athlete, IMPORT_FIT, {"input": {}}, "morning-run.fit", fit_file())
    again = await upload(client, athlete, IMPORT_FIT, {"input": {}}, "morning-run.fit", fit_file())

    result = body["data"]["importFitFile"]
    assert result["errors"] == []
    assert result["run"] == {
        "kind": "FIT_FILE",
        "status": "COMPLETED",
        "fileName": "morning-run.fit",
        "applied": 1,
    }
    assert again["data"]["importFitFile"]["results"][0]["status"] == "UNCHANGED"
    activity = await Activity.get()
    assert (activity.source, activity.activity_type, activity.start_at) == ("garmin", "running", START)
    assert (activity.duration_seconds, activity.distance_meters, activity.avg_hr, activity.max_hr) == (
        2700,
        8100.0,
        146,
        171,
    )
    assert activity.aerobic_effect == 3.1 and activity.calories == 540


async def test_a_file_that_is_not_fit_is_refused_and_nothing_is_written(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    before = await table_counts()

    body = await upload(client, athlete, IMPORT_FIT, {"input": {}}, "notes.fit", b"not a fit file at all")
    plain = await client.post(
        "/graphql",
        json={"query": IMPORT_FIT, "variables": {"input": {"file": "x"}}},
        headers={"authorization": f"Bearer {athlete.token}"},
    )

    assert body["data"]["importFitFile"]["errors"][0]["field"] == "file"
    assert plain.json()["data"]["importFitFile"]["errors"][0]["code"] == "REQUIRED"
    assert await table_counts() == before


APPLE = (
    "Date,Resting Heart Rate (count/min),Heart Rate Variability (ms),Step Count (count),Active Energy (kcal)\n"
    "2026-02-26,55,48.2,9120,410\n"
    "2026-02-27,54,51.0,10304,515\n"
    "2026-02-28,,49.9,7001,\n"
    "2026-03-01,300,45.0,8000,350\n"
)
GARMIN = (
    "Calendar Date,Resting Heart Rate,Overnight HRV,Sleep Score,Body Battery,Steps,Avg Stress\n"
    "2026-02-28,52,63,81,88,11234,24\n"
    "2026-03-01,51,--,77,74,9876,31\n"
)


async def test_an_apple_health_csv_export_becomes_daily_records_hrv_as_sdnn(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    variables = {"input": {"athleteId": str(athlete.athlete.id), "format": "APPLE_HEALTH"}}  # type: ignore[union-attr]

    body = await upload(client, coach, IMPORT_CSV, variables, "export.csv", APPLE.encode())

    result = body["data"]["importWellnessCsv"]
    assert result["run"] == {
        "kind": "CSV_FILE",
        "source": "apple_health",
        "status": "PARTIAL",
        "fileName": "export.csv",
        "received": 4,
        "applied": 3,
        "rejected": 1,
    }
    assert result["results"][3]["errors"] == [{"field": "restingHr", "code": "OUT_OF_RANGE"}]
    rows = await WellnessDaily.all().order_by("sample_date")
    assert [(r.resting_hr, r.hrv_sdnn, r.hrv_rmssd, r.steps, r.calories) for r in rows] == [
        (55, 48.2, None, 9120, 410),
        (54, 51.0, None, 10304, 515),
        (None, 49.9, None, 7001, None),
    ]


async def test_a_garmin_csv_export_becomes_daily_records_hrv_as_rmssd(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)

    body = await upload(
        client, athlete, IMPORT_CSV, {"input": {"format": "GARMIN"}}, "garmin.csv", GARMIN.encode()
    )

    assert body["data"]["importWellnessCsv"]["run"]["applied"] == 2
    rows = await WellnessDaily.all().order_by("sample_date")
    assert [(r.source, r.hrv_rmssd, r.sleep_score, r.body_battery, r.stress) for r in rows] == [
        ("garmin", 63.0, 81, 88, 24),
        ("garmin", None, 77, 74, 31),
    ]
