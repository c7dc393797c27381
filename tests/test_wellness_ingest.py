"""ingestWellness over HTTP: per-record results on mixed batches, idempotent replay, revision
history, late flagging (48 h after the athlete-local day ends, across a DST change)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from app.clock import FixedClock
from app.settings import Settings
from app.wellness.models import WellnessDaily
from tests.helpers import gql, make_athlete, make_coach, table_counts

INGEST = """
mutation($input: IngestWellnessInput!) {
  ingestWellness(input: $input) {
    run { id source kind status received applied unchanged revised rejected late errors }
    results { index status id late errors { field code message } }
    errors { field code message }
  }
}
"""
WELLNESS = """
query($a: UUID, $from: Date!, $to: Date!) {
  wellness(athleteId: $a, from: $from, to: $to) {
    date
    restingHr { value source status late }
    hrvRmssd { value source }
    sources { source status revision late restingHr revisions { revision previous } }
  }
}
"""
NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


async def _ingest(client: httpx.AsyncClient, token: str, **payload: Any) -> dict[str, Any]:
    body = await gql(client, INGEST, {"input": payload}, token=token)
    assert "errors" not in body, body
    return body["data"]["ingestWellness"]


async def test_a_mixed_batch_gets_one_result_per_record_and_one_bad_record_loses_nothing(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach, timezone="Europe/Oslo")
    records = [
        {"date": "2026-03-01", "restingHr": 52, "hrvRmssd": 61.5, "steps": 8000},
        {"date": "2026-03-03", "restingHr": 50},  # tomorrow in Oslo
        {"date": "2026-02-28", "restingHr": 300},  # out of physical range
        {"date": "2026-02-27", "hrvRmssd": 0.5, "sleepMinutes": 2000},
        {"date": "2026-02-26"},  # no value at all
        {"date": "2026-02-25", "restingHr": 55, "spo2": 97.5},
    ]

    result = await _ingest(
        client, coach.token, athleteId=str(athlete.athlete.id), source="garmin", records=records
    )  # type: ignore[union-attr]

    statuses = [(r["index"], r["status"]) for r in result["results"]]
    assert statuses == [
        (0, "APPLIED"),
        (1, "REJECTED"),
        (2, "REJECTED"),
        (3, "REJECTED"),
        (4, "REJECTED"),
        (5, "APPLIED"),
    ]
    assert result["results"][1]["errors"] == [
        {"field": "date", "code": "OUT_OF_WINDOW", "message": "A record cannot be for a day after today."}
    ]
    assert result["results"][2]["errors"][0]["field"] == "restingHr"
    assert {e["field"] for e in result["results"][3]["errors"]} == {"hrvRmssd", "sleepMinutes"}
    assert result["results"][4]["errors"][0]["code"] == "REQUIRED"
    run = result["run"]
    assert (run["status"], run["received"], run["applied"], run["rejected"]) == ("PARTIAL", 6, 2, 4)
    assert run["kind"] == "WELLNESS" and run["source"] == "garmin"
    assert len(run["errors"]) == 5
    assert await WellnessDaily.all().count() == 2


async def test_a_replayed_batch_changes_nothing_and_says_unchanged(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    records = [
        {"date": f"2026-02-{d:02d}", "restingHr": 50 + d % 5, "steps": 1000 * d} for d in range(20, 28)
    ]
    first = await _ingest(client, athlete.token, source="oura", records=records)
    rows_before = [
        (r.id, r.updated_at, r.revision) for r in await WellnessDaily.all().order_by("sample_date")
    ]

    again = await _ingest(client, athlete.token, source="oura", records=records)

    assert {r["status"] for r in first["results"]} == {"APPLIED"}
    assert {r["status"] for r in again["results"]} == {"UNCHANGED"}
    assert [r["id"] for r in again["results"]] == [r["id"] for r in first["results"]]
    assert again["run"]["unchanged"] == 8 and again["run"]["status"] == "COMPLETED"
    assert [
        (r.id, r.updated_at, r.revision) for r in await WellnessDaily.all().order_by("sample_date")
    ] == rows_before


async def test_a_revised_record_replaces_the_values_and_keeps_the_history(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    day = {"date": "2026-03-01"}
    await _ingest(
        client, athlete.token, source="garmin", records=[{**day, "status": "TENTATIVE", "restingHr": 58}]
    )
    revised = await _ingest(
        client, athlete.token, source="garmin", records=[{**day, "status": "FINAL", "restingHr": 54}]
    )
    stale = await _ingest(
        client, athlete.token, source="garmin", records=[{**day, "status": "TENTATIVE", "restingHr": 60}]
    )

    assert revised["results"][0]["status"] == "REVISED"
    assert stale["results"][0]["status"] == "REJECTED"
    assert stale["results"][0]["errors"][0]["code"] == "CONFLICT"
    body = await gql(client, WELLNESS, {"from": "2026-03-01", "to": "2026-03-01"}, token=athlete.token)
    (the_day,) = body["data"]["wellness"]
    assert the_day["restingHr"] == {"value": 54.0, "source": "garmin", "status": "FINAL", "late": False}
    (record,) = the_day["sources"]
    assert record["revision"] == 2
    assert [
        (r["revision"], r["previous"]["resting_hr"], r["previous"]["status"]) for r in record["revisions"]
    ] == [(1, 58, "tentative")]


async def test_records_more_than_48_hours_after_their_day_are_stored_and_flagged_late(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)  # UTC
    # now is 2026-03-02 09:30 UTC: 2026-02-27 ended 2026-02-28 00:00, + 48 h = 2026-03-02 00:00 (late);
    # 2026-02-28 ended 2026-03-01 00:00, its window runs to 2026-03-03 00:00 (on time)
    result = await _ingest(
        client,
        athlete.token,
        source="garmin",
        records=[{"date": "2026-02-27", "restingHr": 51}, {"date": "2026-02-28", "restingHr": 52}],
    )

    assert [(r["status"], r["late"]) for r in result["results"]] == [("APPLIED", True), ("APPLIED", False)]
    assert result["run"]["late"] == 1
    assert [r.late for r in await WellnessDaily.all().order_by("sample_date")] == [True, False]


async def test_the_48_hour_window_is_counted_from_the_end_of_the_day_in_the_athletes_zone_across_dst(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    # Oslo moves its clocks forward on 2026-03-29 (02:00 -> 03:00). Saturday 2026-03-28 ends at
    # local midnight = 2026-03-28 23:00 UTC (CET); its window closes 48 elapsed hours later,
    # 2026-03-30 23:00 UTC (01:00 CEST). Counting from UTC midnight would close it an hour later;
    # counting local wall-clock days would close it at 22:00 UTC.
    day = {"date": "2026-03-28", "restingHr": 50}
    deadline = datetime(2026, 3, 30, 23, 0, tzinfo=UTC)
    fixed_clock.set(deadline - timedelta(minutes=5))  # 22:55 UTC: late by wall-clock days, not by hours
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach, timezone="Europe/Oslo")

    on_time = await _ingest(client, athlete.token, source="garmin", records=[day])
    fixed_clock.set(deadline + timedelta(seconds=1))
    late = await _ingest(client, athlete.token, source="polar", records=[day])
    fixed_clock.set(deadline + timedelta(minutes=8))  # on time if counted from UTC midnight (until 00:00)
    also_late = await _ingest(client, athlete.token, source="oura", records=[day])

    assert on_time["results"][0]["late"] is False
    assert late["results"][0]["late"] is True
    assert also_late["results"][0]["late"] is True


async def test_a_batch_refused_as_a_whole_writes_nothing(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    before = await table_counts()

    too_many = await _ingest(
        client, athlete.token, source="garmin", records=[{"date": "2026-03-01", "steps": 1}] * 1001
    )
    bad_source = await _ingest(
        client, athlete.token, source="Not A Source!", records=[{"date": "2026-03-01", "steps": 1}]
    )
    manual = await _ingest(
        client, athlete.token, source="manual", records=[{"date": "2026-03-01", "steps": 1}]
    )
    no_athlete = await _ingest(
        client, coach.token, source="garmin", records=[{"date": "2026-03-01", "steps": 1}]
    )

    assert too_many["errors"][0]["code"] == "TOO_LONG" and too_many["run"] is None
    assert bad_source["errors"][0]["field"] == "source"
    assert manual["errors"][0]["field"] == "source"
    assert no_athlete["errors"] == [
        {"field": "athleteId", "code": "REQUIRED", "message": "athleteId is required for coaches and admins."}
    ]
    assert await table_counts() == before


async def test_a_duplicate_key_in_one_batch_keeps_the_last_record(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)

    result = await _ingest(
        client,
        athlete.token,
        source="garmin",
        records=[
            {"date": "2026-03-01", "restingHr": 60, "status": "TENTATIVE"},
            {"date": "2026-03-01", "restingHr": 55},
        ],
    )

    assert [r["status"] for r in result["results"]] == ["REJECTED", "APPLIED"]
    assert result["results"][0]["errors"][0]["code"] == "DUPLICATE"
    assert (await WellnessDaily.get()).resting_hr == 55


async def test_one_batch_inserts_its_new_days_and_updates_its_revised_ones(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    first = await _ingest(
        client,
        athlete.token,
        source="garmin",
        records=[
            {"date": "2026-02-27", "restingHr": 50, "status": "TENTATIVE"},
            {"date": "2026-02-28", "restingHr": 51},
        ],
    )

    mixed = await _ingest(
        client,
        athlete.token,
        source="garmin",
        records=[
            {"date": "2026-02-27", "restingHr": 49, "hrvRmssd": 70.0},  # revised (final now)
            {"date": "2026-02-28", "restingHr": 51},  # unchanged
            {"date": "2026-03-01", "restingHr": 53, "steps": 9000},  # new
        ],
    )

    assert [r["status"] for r in mixed["results"]] == ["REVISED", "UNCHANGED", "APPLIED"]
    assert [r["id"] for r in mixed["results"][:2]] == [r["id"] for r in first["results"]]
    assert (mixed["run"]["applied"], mixed["run"]["revised"], mixed["run"]["unchanged"]) == (1, 1, 1)
    stored = await WellnessDaily.all().order_by("sample_date")
    assert [
        (str(r.id), r.resting_hr, r.hrv_rmssd, r.steps, r.status, r.revision, str(r.ingestion_run_id))
        for r in stored
    ] == [
        (first["results"][0]["id"], 49, 70.0, None, "final", 2, mixed["run"]["id"]),
        (first["results"][1]["id"], 51, None, None, "final", 1, first["run"]["id"]),
        (mixed["results"][2]["id"], 53, None, 9000, "final", 1, mixed["run"]["id"]),
    ]
    body = await gql(client, WELLNESS, {"from": "2026-02-27", "to": "2026-02-27"}, token=athlete.token)
    (record,) = body["data"]["wellness"][0]["sources"]
    assert [(r["revision"], r["previous"]["resting_hr"]) for r in record["revisions"]] == [(1, 50)]


async def test_records_written_in_the_document_are_read_as_those_sent_as_variables(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    """Literal input values take graphql-core's other coercion path; the record dicts the service
    takes must be the same (graphql_schema/bulk.py names the fields for both)."""
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    literal = """
    mutation {
      ingestWellness(input: {source: "oura", records: [
        {date: "2026-02-27", restingHr: 51, hrvRmssd: 60.5, bodyBattery: 70, status: TENTATIVE},
        {date: "2026-02-28", sleepMinutes: 431, measuredAt: "2026-02-28T07:00:00Z"}
      ]}) { results { status } }
    }
    """
    body = await gql(client, literal, token=athlete.token)
    assert body["data"]["ingestWellness"]["results"] == [{"status": "APPLIED"}] * 2
    replay = await _ingest(
        client,
        athlete.token,
        source="oura",
        records=[
            {
                "date": "2026-02-27",
                "restingHr": 51,
                "hrvRmssd": 60.5,
                "bodyBattery": 70,
                "status": "TENTATIVE",
            },
            {"date": "2026-02-28", "sleepMinutes": 431, "measuredAt": "2026-02-28T07:00:00Z"},
        ],
    )

    assert [r["status"] for r in replay["results"]] == ["UNCHANGED", "UNCHANGED"]
    rows = await WellnessDaily.all().order_by("sample_date")
    assert [(r.resting_hr, r.hrv_rmssd, r.body_battery, r.status, r.sleep_minutes) for r in rows] == [
        (51, 60.5, 70, "tentative", None),
        (None, None, None, "final", 431),
    ]
    assert rows[1].measured_at == datetime(2026, 2, 28, 7, tzinfo=UTC)
