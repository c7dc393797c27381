"""Rules the database holds for wearable data, proven without the services: physical ranges,
a session matched at most once, one owner per precedence list, parallel heart-rate arrays."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest
from tortoise import connections
from tortoise.exceptions import IntegrityError

from app.settings import Settings
from tests.helpers import make_athlete, make_coach

NOW = datetime(2026, 3, 2, tzinfo=UTC)


async def _athlete(settings: Settings) -> uuid.UUID:
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    assert athlete.athlete is not None
    return athlete.athlete.id


async def _fails(sql: str, *values: object) -> None:
    with pytest.raises(IntegrityError):
        await connections.get("default").execute_query(sql, list(values))


async def test_out_of_range_values_are_refused_by_the_database(settings: Settings) -> None:
    athlete = await _athlete(settings)
    insert = (
        "INSERT INTO wellness_daily (id, athlete_id, source, sample_date, status, received_at, late, revision,"
        " created_at, updated_at, resting_hr, hrv_rmssd) VALUES ($1, $2, 'garmin', $3, 'final', $4, false, 1, $4, $4, $5, $6)"
    )
    await _fails(insert, uuid.uuid4(), athlete, date(2026, 3, 1), NOW, 300, None)
    await _fails(insert, uuid.uuid4(), athlete, date(2026, 3, 1), NOW, None, 0.5)
    await _fails(
        "INSERT INTO check_in (id, athlete_id, check_in_date, sleep_quality, energy, soreness, stress, submitted_at,"
        " created_at, updated_at) VALUES ($1, $2, $3, 6, 3, 3, 3, $4, $4, $4)",
        uuid.uuid4(),
        athlete,
        date(2026, 3, 1),
        NOW,
    )


async def test_heart_rate_arrays_stay_parallel(settings: Settings) -> None:
    athlete = await _athlete(settings)
    await _fails(
        "INSERT INTO heart_rate_day (id, athlete_id, source, sample_date, day_start, offsets, bpm, sample_count,"
        " min_bpm, max_bpm, received_at, late, revision, created_at, updated_at)"
        " VALUES ($1, $2, 'garmin', $3, $4, '{0,60}', '{60}', 1, 60, 60, $4, false, 1, $4, $4)",
        uuid.uuid4(),
        athlete,
        date(2026, 3, 1),
        NOW,
    )


async def test_a_precedence_list_belongs_to_an_athlete_or_a_coach(settings: Settings) -> None:
    athlete = await _athlete(settings)
    await _fails(
        "INSERT INTO source_precedence (id, sources, created_at, updated_at) VALUES ($1, '[]', $2, $2)",
        uuid.uuid4(),
        NOW,
    )
    coach_id = (
        await connections.get("default").execute_query_dict(
            "SELECT coach_id FROM athlete_profile WHERE id = $1", [athlete]
        )
    )[0]["coach_id"]
    await _fails(
        "INSERT INTO source_precedence (id, athlete_id, coach_id, sources, created_at, updated_at)"
        " VALUES ($1, $2, $3, '[]', $4, $4)",
        uuid.uuid4(),
        athlete,
        coach_id,
        NOW,
    )
