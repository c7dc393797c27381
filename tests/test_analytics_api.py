"""The analytics API on the demo data: the series, readiness, weekly summaries, explanations, and
the roster overview in a constant number of SQL statements."""

from __future__ import annotations

import math
from datetime import timedelta
from typing import Any

import httpx
import pytest

from app.athletes.models import AthleteProfile
from app.auth import service as auth
from app.core.times import week_of
from app.demo import DEMO_ATHLETES, DEMO_COACH_EMAIL, DEMO_PASSWORD, load_demo
from app.settings import Settings
from tests.analytics_helpers import EXPLANATION, HISTORY, readiness, training_load
from tests.helpers import CLIENT, PINNED_NOW, QueryCounter, call, gql, make_team

pytestmark = pytest.mark.usefixtures("fixed_clock")

AVA = DEMO_ATHLETES[0][1]  # Europe/Stockholm
TODAY = PINNED_NOW.date()  # Monday 2026-03-02, also Ava's local today


async def _demo(settings: Settings) -> tuple[str, AthleteProfile]:
    await load_demo(reset=False, settings=settings)
    tokens = await auth.login(
        email=DEMO_COACH_EMAIL, password=DEMO_PASSWORD, settings=settings, client=CLIENT
    )
    return tokens.access_token, await AthleteProfile.get(user__email=AVA)


async def test_a_year_of_demo_data_is_a_full_daily_series(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    token, ava = await _demo(settings)

    days = await training_load(client, token, ava.id, TODAY - timedelta(days=365), TODAY)

    # a row for every day of the year (the first data day is 364 days ago), up to today
    assert [d["date"] for d in days] == [str(TODAY - timedelta(days=364 - i)) for i in range(365)]
    assert all(d["load"] >= 0 and d["convention"] == "TRAININGPEAKS" for d in days)
    # rest days are 0 and still days of the series; ACWR exists from day 28 on
    assert any(d["load"] == 0 for d in days) and any(d["load"] > 0 for d in days)
    assert [d["acwr"] is None for d in days[:27]] == [True] * 27
    assert all(d["acwr"] is not None for d in days[27:] if d["chronicLoad"])
    history = (
        await call(
            client,
            token,
            HISTORY,
            a=str(ava.id),
            **{"from": str(TODAY - timedelta(days=6)), "to": str(TODAY)},
        )
    )["readinessHistory"]
    assert len(history) == 7 and all(0 <= h["score"] <= 100 for h in history)


async def test_both_conventions_from_the_same_stored_day(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    token, ava = await _demo(settings)

    tp = (await training_load(client, token, ava.id, TODAY, TODAY, c="TRAININGPEAKS"))[0]
    gc = (await training_load(client, token, ava.id, TODAY, TODAY, c="GOLDENCHEETAH"))[0]

    assert (tp["convention"], gc["convention"]) == ("TRAININGPEAKS", "GOLDENCHEETAH")
    # the exponential form weights each day slightly less (1 - e^(-1/42) < 1/42): close, not equal
    assert tp["fitness"] != gc["fitness"] and tp["fitness"] == pytest.approx(gc["fitness"], rel=0.02)
    assert (tp["load"], tp["acwr"], tp["paramsHash"]) == (gc["load"], gc["acwr"], gc["paramsHash"])


async def test_a_readiness_explains_itself(client: httpx.AsyncClient, settings: Settings) -> None:
    token, ava = await _demo(settings)

    found = await readiness(client, token, ava.id, TODAY)

    assert found is not None and found["algorithmVersion"] == "readiness/1"
    assert found["score"] == pytest.approx(math.fsum(c["points"] for c in found["contributions"]))
    assert {c["factor"] for c in found["contributions"]} >= {"HRV", "RESTING_HR", "SLEEP", "ACWR"}
    assert found["confidence"] == "HIGH" and found["hrvBaseline"]["shortCount"] == 7
    assert {s["field"] for s in found["sources"]} >= {"hrv", "resting_hr", "sleep_score"}
    query = (
        "query($a: UUID, $d: Date!, $m: ReadinessMetric!) { readiness(athleteId: $a, date: $d) { explain(metric: $m) { "
        + EXPLANATION
        + " } } }"
    )
    for metric in (
        "SCORE",
        "HRV",
        "RESTING_HR",
        "SLEEP",
        "ACWR",
        "CHECK_IN",
        "SESSION_FEEDBACK",
        "RECOMMENDATION",
        "CONFIDENCE",
    ):
        explained = (await call(client, token, query, a=str(ava.id), d=str(TODAY), m=metric))["readiness"][
            "explain"
        ]
        assert (
            explained["formula"]
            and explained["source"]
            and explained["parameters"]["baseline_long_days"] == 60
        )
    hrv = (await call(client, token, query, a=str(ava.id), d=str(TODAY), m="HRV"))["readiness"]["explain"]
    daily = [i for i in hrv["inputs"] if i["name"].startswith("daily hrv")]
    # the 7-day mean of ln rMSSD, recomputed from the inputs the explanation lists
    week = [math.log(i["value"]) for i in daily if i["date"] > str(TODAY - timedelta(days=7))]
    assert math.fsum(week) / len(week) == pytest.approx(found["hrvBaseline"]["shortMean"], abs=1e-12)


TL_EXPLAIN = (
    "query($a: UUID, $d: Date!, $m: TrainingLoadMetric!, $c: FitnessConvention) {"
    " trainingLoad(athleteId: $a, from: $d, to: $d, convention: $c) { load acuteLoad chronicLoad fitness form monotony"
    " explain(metric: $m) { " + EXPLANATION + " } } }"
)


async def _explain(
    client: httpx.AsyncClient, token: str, athlete: Any, metric: str, **extra: Any
) -> dict[str, Any]:
    day: dict[str, Any] = (
        await call(client, token, TL_EXPLAIN, a=str(athlete), d=str(TODAY), m=metric, **extra)
    )["trainingLoad"][0]
    return day


async def test_every_training_load_value_is_reproduced_from_its_explanation(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    token, ava = await _demo(settings)

    load = await _explain(client, token, ava.id, "LOAD")
    assert load["load"] == math.fsum(i["value"] or 0 for i in load["explain"]["inputs"])
    acute = await _explain(client, token, ava.id, "ACUTE")
    assert len(acute["explain"]["inputs"]) == 7
    assert acute["acuteLoad"] == pytest.approx(math.fsum(i["value"] for i in acute["explain"]["inputs"]) / 7)
    chronic = await _explain(client, token, ava.id, "CHRONIC")
    assert chronic["chronicLoad"] == pytest.approx(
        math.fsum(i["value"] for i in chronic["explain"]["inputs"]) / 28
    )
    for convention, k in (("TRAININGPEAKS", None), ("GOLDENCHEETAH", 42.0)):
        fit = await _explain(client, token, ava.id, "FITNESS", c=convention)
        before, today_load = (i["value"] for i in fit["explain"]["inputs"])
        expected = (
            before + (today_load - before) / 42
            if k is None
            else before * math.exp(-1 / k) + today_load * (1 - math.exp(-1 / k))
        )
        assert fit["fitness"] == pytest.approx(expected, rel=1e-12)
    form = await _explain(client, token, ava.id, "FORM")
    fitness, fatigue = (i["value"] for i in form["explain"]["inputs"])
    assert form["form"] == pytest.approx(fitness - fatigue) and all(
        i["date"] == str(TODAY - timedelta(days=1)) for i in form["explain"]["inputs"]
    )
    for metric in ("ACWR", "FATIGUE", "RAMP_RATE", "MONOTONY", "STRAIN"):
        explained = (await _explain(client, token, ava.id, metric))["explain"]
        assert explained["algorithmVersion"] == "training-load/1" and explained["formula"]


SUMMARY = """query($a: UUID, $w: Date!) { weeklySummary(athleteId: $a, weekStart: $w) {
  weekStart weekEnd complete adherenceRate sessionsPlanned sessionsCompleted sessionsSkipped adherenceReasoning
  volumeReasoning fatigueAnalysis disclaimer generatedAt algorithmVersion program { id }
  totalVolume { strengthKg enduranceMinutes enduranceKm load strength endurance }
  patterns { code pattern reasoning } suggestions { code suggestion reasoning }
  metrics { runCount runDistanceKm strengthTonnage totalLoad ctlMean atlMean hrvMean convention
    explain(metric: TOTAL_LOAD) { formula inputs { kind id date } } } } }"""


async def test_last_weeks_summary_and_rollup(client: httpx.AsyncClient, settings: Settings) -> None:
    token, ava = await _demo(settings)
    monday = week_of(TODAY - timedelta(days=7))[0]

    found = (await call(client, token, SUMMARY, a=str(ava.id), w=str(monday + timedelta(days=3))))[
        "weeklySummary"
    ]

    assert (found["weekStart"], found["weekEnd"], found["complete"]) == (
        str(monday),
        str(monday + timedelta(days=6)),
        True,
    )
    assert 0 <= found["adherenceRate"] <= 1 and found["program"] is not None
    assert found["suggestions"] and all(s["reasoning"] for s in found["suggestions"])
    assert found["disclaimer"].endswith("see a qualified professional.")
    days = await training_load(client, token, ava.id, monday, monday + timedelta(days=6))
    assert found["metrics"]["totalLoad"] == pytest.approx(math.fsum(d["load"] for d in days))
    assert found["totalVolume"]["load"] == found["metrics"]["totalLoad"]
    assert len([i for i in found["metrics"]["explain"]["inputs"] if i["kind"] == "daily_training_load"]) == 7


ROSTER = """query { rosterOverview(first: 50) { edges { node { athleteId date redFlags
  athlete { displayName }
  readiness { date score recommendation confidence contributions { factor points } }
  trainingLoad { date acwr acwrZone form fitness convention }
  lastWeekSummary { weekStart adherenceRate suggestions { suggestion } }
  dataFreshness { source state } } } } }"""


async def test_the_roster_overview_costs_the_same_statements_for_2_and_5_athletes(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    token, _ = await _demo(settings)
    counts = []
    for keep in (2, 5):
        hidden = [a[1] for a in DEMO_ATHLETES[keep:]]
        await AthleteProfile.filter(user__email__in=hidden).update(coach_id=(await _other_coach(settings)))
        with QueryCounter() as counter:
            body = await gql(client, ROSTER, token=token)
        assert "errors" not in body, body
        edges = body["data"]["rosterOverview"]["edges"]
        assert len(edges) == keep
        assert all(e["node"]["readiness"]["date"] == str(TODAY) for e in edges)
        assert all(e["node"]["lastWeekSummary"]["weekStart"] == str(TODAY - timedelta(days=7)) for e in edges)
        counts.append(counter.count)
        await AthleteProfile.filter(user__email__in=hidden).update(coach_id=(await _demo_coach()))
    # the access token, the page, readiness, training load, its parameters, summaries, freshness
    assert counts == [7, 7]


async def _other_coach(settings: Settings) -> Any:
    from app.athletes.models import Coach

    found = await Coach.filter(user__email="elsewhere@example.com").first()
    if found is None:
        from tests.helpers import make_coach

        return (await make_coach(settings, email="elsewhere@example.com", name="Elsewhere")).coach.id  # type: ignore[union-attr]
    return found.id


async def _demo_coach() -> Any:
    from app.athletes.models import Coach

    return (await Coach.get(user__email=DEMO_COACH_EMAIL)).id


async def test_an_athlete_without_data_has_no_series(client: httpx.AsyncClient, settings: Settings) -> None:
    team = await make_team(settings)

    assert (
        await training_load(client, team.coach.token, team.athlete_id, TODAY - timedelta(days=30), TODAY)
        == []
    )
    assert await readiness(client, team.coach.token, team.athlete_id, TODAY) is None
    body = await gql(client, ROSTER, token=team.coach.token)
    [entry] = body["data"]["rosterOverview"]["edges"]
    assert (entry["node"]["readiness"], entry["node"]["trainingLoad"], entry["node"]["redFlags"]) == (
        None,
        None,
        [],
    )


HISTORY_DEEP = """query($a: UUID, $from: Date!, $to: Date!) {
  readinessHistory(athleteId: $a, from: $from, to: $to) { date score parameters athleteFeedback { agreed }
    explain(metric: HRV) { inputs { value } } }
  trainingLoad(athleteId: $a, from: $from, to: $to) { date fitness parameters explain(metric: ACUTE) { value } } }"""


async def test_the_series_cost_the_same_statements_for_a_week_and_a_month(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    token, ava = await _demo(settings)
    counts = []
    for days in (7, 30):
        with QueryCounter() as counter:
            body = await gql(
                client,
                HISTORY_DEEP,
                {"a": str(ava.id), "from": str(TODAY - timedelta(days=days - 1)), "to": str(TODAY)},
                token=token,
            )
        assert "errors" not in body and len(body["data"]["readinessHistory"]) == days
        counts.append(counter.count)
    assert counts[0] == counts[1], counts
