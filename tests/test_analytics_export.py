"""The CSV export: one row per day with the series and the wellness values with their sources,
authorized like the API (bearer access token, the caller's athletes only)."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

import httpx
import pytest

from app.ingest import tokens as integration_tokens
from app.settings import Settings
from tests.analytics_helpers import ingest_wellness, training_load
from tests.helpers import PINNED_NOW, make_team

pytestmark = pytest.mark.usefixtures("fixed_clock")
TODAY = PINNED_NOW.date()


def _url(athlete_id: object, first: object, last: object, extra: str = "") -> str:
    return f"/export/athletes/{athlete_id}/daily.csv?from={first}&to={last}{extra}"


async def test_one_row_per_day_with_values_and_their_sources(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    team = await make_team(settings)
    records = [
        {
            "date": str(TODAY - timedelta(days=10 - i)),
            "hrvRmssd": 60.0,
            "restingHr": 50,
            "sleepScore": 80,
            "steps": 9000,
        }
        for i in range(10)
    ]
    await ingest_wellness(client, team.coach.token, team.athlete_id, records)
    await ingest_wellness(
        client,
        team.coach.token,
        team.athlete_id,
        [{"date": str(TODAY - timedelta(days=1)), "restingHr": 47}],
        source="manual_x",
    )
    first = TODAY - timedelta(days=12)

    response = await client.get(
        _url(team.athlete_id, first, TODAY, "&convention=goldencheetah"),
        headers={"authorization": f"Bearer {team.coach.token}"},
    )

    assert response.status_code == 200 and response.headers["content-type"] == "text/csv; charset=utf-8"
    assert (
        "attachment" in response.headers["content-disposition"]
        and response.headers["cache-control"] == "no-store"
    )
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [r["date"] for r in rows] == [str(first + timedelta(days=i)) for i in range(13)]
    # before the first data day: the day is listed, empty
    assert rows[0]["load"] == "" and rows[0]["readiness_score"] == ""
    yesterday = rows[-2]
    assert (yesterday["hrv_rmssd"], yesterday["hrv_rmssd_source"]) == ("60.0", "garmin")
    # source precedence: garmin is on the default list, the other source is not: garmin's 50 wins
    assert (yesterday["resting_hr"], yesterday["resting_hr_source"]) == ("50.0", "garmin")
    assert yesterday["convention"] == "goldencheetah" and yesterday["load"] == "0.0"
    api = (await training_load(client, team.coach.token, team.athlete_id, TODAY, TODAY, c="GOLDENCHEETAH"))[0]
    assert float(rows[-1]["fitness"]) == pytest.approx(api["fitness"], abs=1e-6)
    assert yesterday["readiness_score"] != "" and rows[-1]["params_hash"] == api["paramsHash"]


async def test_the_export_is_authorized_like_the_api(client: httpx.AsyncClient, settings: Settings) -> None:
    team = await make_team(settings)
    await ingest_wellness(client, team.coach.token, team.athlete_id, [{"date": str(TODAY), "restingHr": 50}])
    url = _url(team.athlete_id, TODAY, TODAY)
    secret = (await integration_tokens.create_integration_token(actor=team.coach.actor, name="hub")).secret

    statuses = {
        "no token": (await client.get(url)).status_code,
        "bad token": (await client.get(url, headers={"authorization": "Bearer nope"})).status_code,
        "integration": (await client.get(url, headers={"authorization": f"Bearer {secret}"})).status_code,
        "other coach": (
            await client.get(url, headers={"authorization": f"Bearer {team.other_coach.token}"})
        ).status_code,
        "other athlete": (
            await client.get(url, headers={"authorization": f"Bearer {team.other_athlete.token}"})
        ).status_code,
        "athlete": (
            await client.get(url, headers={"authorization": f"Bearer {team.athlete.token}"})
        ).status_code,
        "coach": (await client.get(url, headers={"authorization": f"Bearer {team.coach.token}"})).status_code,
    }

    assert statuses == {
        "no token": 401,
        "bad token": 401,
        "integration": 403,
        "other coach": 404,
        "other athlete": 404,
        "athlete": 200,
        "coach": 200,
    }
    body = (await client.get(url, headers={"authorization": f"Bearer {team.other_coach.token}"})).text
    assert "50" not in body


@pytest.mark.parametrize(
    "query",
    [
        "?from=2026-03-01",
        "?from=2026-03-02&to=2026-03-01",
        "?from=2025-01-01&to=2026-03-02",
        "?from=x&to=y",
        "?from=0001-01-01&to=0001-01-02",
        "?from=2026-03-01&to=2026-03-02&convention=strava",
    ],
)
async def test_bad_ranges_are_refused(client: httpx.AsyncClient, settings: Settings, query: str) -> None:
    team = await make_team(settings)

    response = await client.get(
        f"/export/athletes/{team.athlete_id}/daily.csv{query}",
        headers={"authorization": f"Bearer {team.coach.token}"},
    )

    assert response.status_code == 400
    not_an_id = await client.get(
        "/export/athletes/nope/daily.csv?from=2026-03-01&to=2026-03-02",
        headers={"authorization": f"Bearer {team.coach.token}"},
    )
    assert not_an_id.status_code == 400
