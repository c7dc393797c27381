"""Sleep, HRV and intraday heart rate ingestion, the morning check-in, and heart-rate retention."""

from __future__ import annotations

from datetime import date
from typing import Any

import httpx

from app.clock import FixedClock
from app.settings import Settings
from app.wellness.models import CheckIn, HeartRateDay, WellnessDaily
from app.wellness.retention import prune_heart_rate
from tests.helpers import error_codes, gql, make_athlete, make_coach

SLEEP = """
mutation($input: IngestSleepInput!) { ingestSleep(input: $input) {
  run { applied revised rejected } results { status late errors { field code } } errors { field code } } }
"""
SLEEPS = "{ sleep { edges { node { date totalMinutes remMinutes revision stages revisions { revision previous } } } } }"
HRV = """
mutation($input: IngestHrvInput!) { ingestHrv(input: $input) {
  results { status errors { field code } } } }
"""
HEART = """
mutation($input: IngestHeartRateInput!) { ingestHeartRate(input: $input) {
  results { status errors { field code } } } }
"""
CHECK_IN = """
mutation($input: SubmitCheckInInput!) { submitCheckIn(input: $input) {
  checkIn { id date sleepQuality energy hrvRmssd restingHr } errors { field code } } }
"""
NIGHT = {"start": "2026-03-01T22:40:00Z", "end": "2026-03-02T06:10:00Z", "deepMinutes": 80, "remMinutes": 95}


async def _call(client: httpx.AsyncClient, query: str, token: str, **payload: Any) -> dict[str, Any]:
    body = await gql(client, query, {"input": payload}, token=token)
    assert "errors" not in body, body
    return next(iter(body["data"].values()))


async def test_a_corrected_night_replaces_the_first_report_and_keeps_it(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    stages = [{"stage": "deep", "start": "2026-03-01T23:00:00Z", "end": "2026-03-01T23:50:00Z"}]
    await _call(
        client,
        SLEEP,
        athlete.token,
        source="oura",
        records=[{**NIGHT, "status": "TENTATIVE", "stages": stages}],
    )

    corrected = await _call(
        client, SLEEP, athlete.token, source="oura", records=[{**NIGHT, "remMinutes": 101}]
    )
    bad = await _call(
        client,
        SLEEP,
        athlete.token,
        source="oura",
        records=[
            {"start": "2026-03-01T06:00:00Z", "end": "2026-03-01T05:00:00Z"},
            {
                **NIGHT,
                "stages": [
                    {"stage": "dreaming", "start": "2026-03-01T23:00:00Z", "end": "2026-03-01T23:10:00Z"}
                ],
            },
        ],
    )

    assert corrected["results"][0]["status"] == "REVISED"
    assert [r["status"] for r in bad["results"]] == ["REJECTED", "REJECTED"]
    assert bad["results"][1]["errors"] == [{"field": "stages.0.stage", "code": "INVALID"}]
    body = await gql(client, SLEEPS, token=athlete.token)
    (night,) = [e["node"] for e in body["data"]["sleep"]["edges"]]
    assert (night["date"], night["totalMinutes"], night["remMinutes"], night["revision"]) == (
        "2026-03-02",
        450,
        101,
        2,
    )
    assert night["stages"] is None
    (previous,) = night["revisions"]
    assert previous["previous"]["rem_minutes"] == 95 and previous["previous"]["stages"][0]["stage"] == "deep"


async def test_hrv_readings_keep_rmssd_and_sdnn_apart_and_check_their_ranges(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    at = "2026-03-02T06:15:00Z"

    result = await _call(
        client,
        HRV,
        athlete.token,
        source="garmin",
        records=[
            {"takenAt": at, "value": 64.0},
            {"takenAt": at, "value": 88.0, "metric": "SDNN"},
            {"takenAt": at, "value": 400.0},
            {"takenAt": "2026-03-02T12:00:00Z", "value": 50.0},
        ],
    )

    assert [r["status"] for r in result["results"]] == ["APPLIED", "APPLIED", "REJECTED", "REJECTED"]
    assert result["results"][2]["errors"] == [{"field": "value", "code": "OUT_OF_RANGE"}]
    assert result["results"][3]["errors"] == [{"field": "takenAt", "code": "OUT_OF_WINDOW"}]


async def test_heart_rate_samples_merge_into_one_compact_row_per_day(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach, timezone="Europe/Oslo")
    morning = {"start": "2026-03-01T07:00:00Z", "offsets": [0, 60, 120], "bpm": [60, 62, 61]}

    first = await _call(client, HEART, athlete.token, source="garmin", records=[morning])
    replay = await _call(client, HEART, athlete.token, source="garmin", records=[morning])
    more = await _call(
        client,
        HEART,
        athlete.token,
        source="garmin",
        records=[{"start": "2026-03-01T08:00:00Z", "offsets": [0], "bpm": [90]}],
    )
    fixed = await _call(
        client,
        HEART,
        athlete.token,
        source="garmin",
        records=[{"start": "2026-03-01T07:01:00Z", "offsets": [0], "bpm": [64]}],
    )
    wrong = await _call(
        client,
        HEART,
        athlete.token,
        source="garmin",
        records=[
            {"start": "2026-03-01T07:00:00Z", "offsets": [0, 60], "bpm": [10, 300]},
            {"start": "2026-03-01T22:00:00Z", "offsets": [0, 7200], "bpm": [55, 55]},
        ],
    )

    assert [r["results"][0]["status"] for r in (first, replay, more, fixed)] == [
        "APPLIED",
        "UNCHANGED",
        "APPLIED",
        "REVISED",
    ]
    assert [r["status"] for r in wrong["results"]] == ["REJECTED", "REJECTED"]
    assert wrong["results"][1]["errors"] == [
        {"field": "offsets", "code": "OUT_OF_RANGE"}
    ]  # crosses local midnight
    day = await HeartRateDay.get()
    assert day.sample_date == date(2026, 3, 1) and day.sample_count == 4
    # seconds since Oslo midnight (23:00 UTC the day before)
    assert (day.offsets, day.bpm) == ([28800, 28860, 28920, 32400], [60, 64, 61, 90])


async def test_heart_rate_older_than_a_year_is_pruned(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    for start in ("2025-02-27T07:00:00Z", "2025-03-03T07:00:00Z"):
        await _call(
            client,
            HEART,
            athlete.token,
            source="garmin",
            records=[{"start": start, "offsets": [0], "bpm": [60]}],
        )

    pruned = await prune_heart_rate(today=date(2026, 3, 2))

    assert pruned == 1
    assert [d.sample_date for d in await HeartRateDay.all()] == [date(2025, 3, 3)]


async def test_the_morning_check_in_is_stored_as_the_manual_source(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    check_in = {
        "sleepQuality": 4,
        "energy": 3,
        "soreness": 2,
        "stress": 2,
        "mood": "ok",
        "hrvRmssd": 58.0,
        "restingHr": 51,
    }

    first = await _call(client, CHECK_IN, athlete.token, **check_in)
    replay = await _call(client, CHECK_IN, athlete.token, **check_in)
    updated = await _call(client, CHECK_IN, athlete.token, **{**check_in, "energy": 4})
    by_coach = await gql(client, CHECK_IN, {"input": check_in}, token=coach.token)
    invalid = await _call(client, CHECK_IN, athlete.token, **{**check_in, "energy": 6, "restingHr": 10})

    assert first["errors"] == [] and first["checkIn"]["date"] == "2026-03-02"
    assert replay["checkIn"] == first["checkIn"]
    assert updated["checkIn"]["id"] == first["checkIn"]["id"] and updated["checkIn"]["energy"] == 4
    assert error_codes(by_coach) == ["FORBIDDEN"]
    assert {e["field"] for e in invalid["errors"]} == {"energy", "restingHr"}
    assert await CheckIn.all().count() == 1
    manual = await WellnessDaily.get(source="manual")
    assert (manual.sample_date, manual.hrv_rmssd, manual.resting_hr) == (date(2026, 3, 2), 58.0, 51)
