"""A year of device activities in Oslo, across both DST changes and around local midnight: one row
per local day (a 23-hour and a 25-hour day count once), each workout on the day it started, and the
stored series equal to the formulas applied to the daily loads."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest

from app.analytics.acwr import AcwrParams, acwr_series
from app.analytics.fitness import Convention, FitnessParams, fitness_series
from app.analytics.monotony import rolling_monotony
from app.settings import Settings
from tests.analytics_helpers import ingest_activities, stored, training_load
from tests.helpers import PINNED_NOW, make_team

pytestmark = pytest.mark.usefixtures("fixed_clock")
OSLO = ZoneInfo("Europe/Oslo")
TODAY = PINNED_NOW.date()
FIRST = TODAY - timedelta(days=364)  # 2025-03-03: the spring-forward (03-30) and fall-back (10-26) are inside


def _at(day: date, hour: int, minute: int) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=OSLO).astimezone(UTC)


def _regular(day: date) -> float:
    """The load of the 07:00 workout every third day."""
    return 50.0 + day.toordinal() % 7 if (day - FIRST).days % 3 == 0 else 0.0


def _year() -> tuple[list[dict[str, Any]], dict[date, float]]:
    """A 07:00 workout every third day, and workouts placed around midnight and the DST changes."""
    records: list[tuple[datetime, float]] = []
    day = FIRST
    while day < TODAY:
        records.append((_at(day, 7, 0), _regular(day)))
        day += timedelta(days=3)
    records += [
        (_at(date(2025, 3, 29), 23, 30), 100.0),  # the night the clocks go forward: still the 29th
        (datetime(2025, 3, 29, 23, 15, tzinfo=UTC), 40.0),  # 00:15 on the 30th in Oslo (UTC+1)
        (datetime(2025, 10, 26, 0, 30, tzinfo=UTC), 30.0),  # 02:30 CEST on the 26th
        (datetime(2025, 10, 26, 1, 30, tzinfo=UTC), 30.0),  # 02:30 CET on the 26th: the hour again
        (datetime(2025, 10, 25, 21, 45, tzinfo=UTC), 25.0),  # 23:45 CEST on the 25th
        (datetime(2025, 10, 26, 22, 59, tzinfo=UTC), 20.0),  # 23:59 CET on the 26th
        (datetime(2025, 10, 26, 23, 0, tzinfo=UTC), 10.0),  # 00:00 CET on the 27th
    ]
    expected: dict[date, float] = {}
    for at, load in records:
        expected[at.astimezone(OSLO).date()] = expected.get(at.astimezone(OSLO).date(), 0.0) + load
    payload = [
        {
            "externalId": f"w-{i}",
            "start": at.isoformat(),
            "durationSeconds": 1800,
            "type": "RUNNING",
            "trainingLoad": load,
        }
        for i, (at, load) in enumerate(records)
    ]
    return payload, expected


async def test_a_year_across_both_dst_changes(client: httpx.AsyncClient, settings: Settings) -> None:
    team = await make_team(settings, timezone="Europe/Oslo")
    payload, expected = _year()

    await ingest_activities(client, team.coach.token, team.athlete_id, payload)

    rows = await stored("daily_training_load", team.athlete_id)
    assert [r["day"] for r in rows] == [FIRST + timedelta(days=i) for i in range(365)]
    loads = [expected.get(r["day"], 0.0) for r in rows]
    assert [r["load"] for r in rows] == loads
    extra = {r["day"]: r["load"] - _regular(r["day"]) for r in rows}
    # 23:30 on the 29th counts on the 29th; 00:15 on the 30th (the 23-hour day) on the 30th
    assert (extra[date(2025, 3, 29)], extra[date(2025, 3, 30)]) == (100.0, 40.0)
    # 23:45 summer time on the 25th; both 02:30s and 23:59 on the 26th (the 25-hour day); midnight is the 27th
    assert (extra[date(2025, 10, 25)], extra[date(2025, 10, 26)], extra[date(2025, 10, 27)]) == (
        25.0,
        80.0,
        10.0,
    )
    for convention, prefix in ((Convention.TRAININGPEAKS, "tp"), (Convention.GOLDENCHEETAH, "gc")):
        model = fitness_series(loads, FitnessParams(convention=convention))
        assert [r[f"{prefix}_fitness"] for r in rows] == [m.fitness for m in model]
        assert [r[f"{prefix}_form"] for r in rows] == [m.form for m in model]
    assert [r["acwr"] for r in rows] == [d.ratio for d in acwr_series(loads, AcwrParams())]
    assert [r["monotony"] for r in rows] == [m.monotony if m else None for m in rolling_monotony(loads)]


async def test_the_api_shows_the_dst_days_as_single_days(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    team = await make_team(settings, timezone="Europe/Oslo")
    payload, expected = _year()
    await ingest_activities(client, team.coach.token, team.athlete_id, payload)

    days = await training_load(
        client, team.coach.token, team.athlete_id, date(2025, 10, 25), date(2025, 10, 27)
    )

    assert [d["date"] for d in days] == ["2025-10-25", "2025-10-26", "2025-10-27"]
    assert [d["load"] for d in days] == [expected.get(date(2025, 10, 25 + i), 0.0) for i in range(3)]
    # the two workouts at 02:30 (summer time, then winter time) are two workouts of the 26th
    assert sorted(w["start"] for w in days[1]["workouts"])[:2] == [
        "2025-10-26T00:30:00+00:00",
        "2025-10-26T01:30:00+00:00",
    ]
