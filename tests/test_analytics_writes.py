"""The analytics writes: a coach's settings (recomputing the roster with them), the athlete's
readiness feedback (a single mutation and a sync operation), weekly summaries on demand."""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from typing import Any

import httpx
import pytest

from app.analytics.models import AnalyticsSettings, ReadinessFeedback
from app.analytics.params import AnalyticsParams
from app.settings import Settings
from graphql_schema.analytics.types.settings import NAMES, UpdateAnalyticsSettingsInput
from tests.analytics_helpers import ingest_wellness, stored, training_load
from tests.helpers import PINNED_NOW, error_codes, gql, make_admin, make_team, mutate, table_counts

pytestmark = pytest.mark.usefixtures("fixed_clock")
TODAY = PINNED_NOW.date()
SETTINGS = """query($c: UUID) { analyticsSettings(coachId: $c) { coachId changed paramsHash updatedAt fitnessConvention
  fitnessDays fatigueDays formOf acwrMethod acwrAcuteDays acwrChronicDays acwrSweetSpotLow acwrSweetSpotHigh
  acwrDangerAbove monotonySd hrvMetric baselineLongDays weightHrv longRunMinutes loadPreference } }"""
UPDATE = """mutation($input: UpdateAnalyticsSettingsInput!) { updateAnalyticsSettings(input: $input) {
  settings { coachId changed paramsHash fitnessConvention acwrMethod acwrChronicDays formOf }
  errors { field code message } } }"""
FEEDBACK = """mutation($input: RecordReadinessFeedbackInput!) { recordReadinessFeedback(input: $input) {
  readinessFeedback { id date agreed comment score recommendation submittedAt } errors { field code } } }"""
GENERATE = """mutation($input: GenerateWeeklySummaryInput!) { generateWeeklySummary(input: $input) {
  weeklySummary { weekStart weekEnd complete adherenceRate metrics { totalLoad } } errors { field code } } }"""


def _wellness(days: int) -> list[dict[str, Any]]:
    return [
        {
            "date": str(TODAY - timedelta(days=days - i)),
            "hrvRmssd": 55.0 + i % 4,
            "restingHr": 52,
            "sleepScore": 75,
        }
        for i in range(days)
    ]


async def test_defaults_are_documented_and_a_coachs_change_recomputes_the_roster(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    team = await make_team(settings)
    await ingest_wellness(client, team.coach.token, team.athlete_id, _wellness(35))
    defaults = (await gql(client, SETTINGS, token=team.coach.token))["data"]["analyticsSettings"]
    assert defaults["changed"] == [] and defaults["updatedAt"] is None
    assert (defaults["fitnessDays"], defaults["acwrSweetSpotHigh"], defaults["fitnessConvention"]) == (
        42.0,
        1.3,
        "TRAININGPEAKS",
    )
    assert defaults["paramsHash"] == AnalyticsParams().hash

    payload = await mutate(
        client,
        team.coach.token,
        UPDATE,
        {"fitnessConvention": "GOLDENCHEETAH", "acwrMethod": "EWMA", "formOf": "TODAY"},
    )

    assert payload["errors"] == [] and payload["settings"]["changed"] == [
        "acwrMethod",
        "fitnessConvention",
        "formOf",
    ]
    rows = await stored("daily_training_load", team.athlete_id)
    assert {r["params_hash"] for r in rows} == {payload["settings"]["paramsHash"]}
    day = (await training_load(client, team.coach.token, team.athlete_id, TODAY, TODAY))[0]
    assert (day["convention"], day["acwrMethod"]) == ("GOLDENCHEETAH", "EWMA")
    # null restores a default; the other coach's athletes were never touched
    again = await mutate(client, team.coach.token, UPDATE, {"acwrMethod": None})
    assert again["settings"]["changed"] == ["fitnessConvention", "formOf"]


async def test_settings_are_checked_and_belong_to_their_coach(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    team = await make_team(settings)
    admin = await make_admin(settings)
    before = await table_counts()

    bad = await mutate(
        client,
        team.coach.token,
        UPDATE,
        {"acwrAcuteDays": 30, "acwrChronicDays": 28, "acwrSweetSpotLow": 2.0},
    )
    assert {(e["field"], e["code"]) for e in bad["errors"]} >= {("acwrAcuteDays", "OUT_OF_RANGE")}
    other = await mutate(
        client, team.coach.token, UPDATE, {"coachId": str(team.other_coach.actor.coach_id), "fitnessDays": 28}
    )
    assert [e["code"] for e in other["errors"]] == ["NOT_FOUND"]
    forbidden = await gql(client, UPDATE, {"input": {"fitnessDays": 28}}, token=team.athlete.token)
    assert error_codes(forbidden) == ["FORBIDDEN"]
    assert error_codes(await gql(client, SETTINGS, token=team.athlete.token)) == ["FORBIDDEN"]
    assert await table_counts() == before

    by_admin = await mutate(
        client, admin.token, UPDATE, {"coachId": str(team.coach.actor.coach_id), "fitnessDays": 28}
    )
    assert by_admin["errors"] == [] and by_admin["settings"]["changed"] == ["fitnessDays"]
    assert (await AnalyticsSettings.get(coach_id=team.coach.actor.coach_id)).overrides == {
        "fitness_days": 28.0
    }
    seen = await gql(client, SETTINGS, {"c": str(team.coach.actor.coach_id)}, token=admin.token)
    assert seen["data"]["analyticsSettings"]["fitnessDays"] == 28.0


async def test_the_athlete_says_whether_they_agreed(client: httpx.AsyncClient, settings: Settings) -> None:
    team = await make_team(settings)
    await ingest_wellness(client, team.coach.token, team.athlete_id, _wellness(20))
    yesterday = str(TODAY - timedelta(days=1))

    first = await mutate(
        client, team.athlete.token, FEEDBACK, {"date": yesterday, "agreed": False, "comment": "Felt great"}
    )
    again = await mutate(client, team.athlete.token, FEEDBACK, {"date": yesterday, "agreed": True})

    assert first["errors"] == [] and first["readinessFeedback"]["agreed"] is False
    assert again["readinessFeedback"]["id"] == first["readinessFeedback"]["id"]
    assert (again["readinessFeedback"]["agreed"], again["readinessFeedback"]["comment"]) == (True, None)
    rows = {
        r["day"]: r for r in await stored("daily_readiness", team.athlete_id, "score, recommendation, day")
    }
    row = rows[TODAY - timedelta(days=1)]
    assert again["readinessFeedback"]["score"] == pytest.approx(row["score"])
    missing = await mutate(
        client, team.athlete.token, FEEDBACK, {"date": str(TODAY - timedelta(days=60)), "agreed": True}
    )
    assert [(e["field"], e["code"]) for e in missing["errors"]] == [("date", "NOT_FOUND")]
    coach = await gql(
        client, FEEDBACK, {"input": {"date": yesterday, "agreed": True}}, token=team.coach.token
    )
    assert error_codes(coach) == ["FORBIDDEN"]
    seen = "query($d: Date!) { readiness(date: $d) { athleteFeedback { agreed } } }"
    assert (await gql(client, seen, {"d": yesterday}, token=team.athlete.token))["data"]["readiness"] == {
        "athleteFeedback": {"agreed": True}
    }


SYNC = """mutation($input: SyncInput!) { sync(input: $input) { results { outcome errors { code }
  entity { kind readinessFeedback { id agreed } } } errors { code } } }"""


async def test_readiness_feedback_is_a_sync_operation(client: httpx.AsyncClient, settings: Settings) -> None:
    team = await make_team(settings)
    await ingest_wellness(client, team.coach.token, team.athlete_id, _wellness(20))
    operation = {
        "clientOperationId": "q-1",
        "idempotencyKey": "k-1",
        "recordReadinessFeedback": {"date": str(TODAY - timedelta(days=2)), "agreed": True},
    }

    first = await gql(
        client, SYNC, {"input": {"clientId": "phone", "operations": [operation]}}, token=team.athlete.token
    )
    replay = await gql(
        client, SYNC, {"input": {"clientId": "phone", "operations": [operation]}}, token=team.athlete.token
    )

    [applied] = first["data"]["sync"]["results"]
    [duplicate] = replay["data"]["sync"]["results"]
    assert (applied["outcome"], duplicate["outcome"]) == ("APPLIED", "DUPLICATE")
    assert applied["entity"]["kind"] == "READINESS_FEEDBACK" and applied["entity"] == duplicate["entity"]
    assert await ReadinessFeedback.filter(athlete_id=team.athlete_id).count() == 1


async def test_a_weekly_summary_on_demand(client: httpx.AsyncClient, settings: Settings) -> None:
    team = await make_team(settings)
    await ingest_wellness(client, team.coach.token, team.athlete_id, _wellness(20))

    running = await mutate(
        client, team.coach.token, GENERATE, {"athleteId": str(team.athlete_id), "weekStart": str(TODAY)}
    )
    closed = await mutate(
        client,
        team.coach.token,
        GENERATE,
        {"athleteId": str(team.athlete_id), "weekStart": str(TODAY - timedelta(days=3))},
    )
    future = await mutate(
        client,
        team.coach.token,
        GENERATE,
        {"athleteId": str(team.athlete_id), "weekStart": str(TODAY + timedelta(days=7))},
    )
    other = await mutate(
        client, team.other_coach.token, GENERATE, {"athleteId": str(team.athlete_id), "weekStart": str(TODAY)}
    )

    assert (
        running["weeklySummary"]["weekStart"] == str(TODAY) and running["weeklySummary"]["complete"] is False
    )
    assert closed["weeklySummary"]["weekStart"] == str(TODAY - timedelta(days=7))
    assert (
        closed["weeklySummary"]["complete"] is True and closed["weeklySummary"]["metrics"]["totalLoad"] == 0.0
    )
    assert [(e["field"], e["code"]) for e in future["errors"]] == [("weekStart", "OUT_OF_WINDOW")]
    assert [(e["field"], e["code"]) for e in other["errors"]] == [("athleteId", "NOT_FOUND")]


def test_the_api_shows_and_takes_every_parameter() -> None:
    fields = {f.name for f in dataclasses.fields(AnalyticsParams)}

    assert set(NAMES) == fields
    assert all(hasattr(UpdateAnalyticsSettingsInput(), name) for name in fields)
