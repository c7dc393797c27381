"""Reading wellness: source precedence (athlete, coach default, built-in list), the roster's days,
activities and freshness with a constant number of SQL statements, and data freshness."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import httpx

from app.activities.ingest import ingest_activities
from app.clock import FixedClock
from app.settings import Settings
from app.wellness.ingest import ingest_wellness
from tests.helpers import Account, QueryCounter, gql, make_athlete, make_coach

DAY = """
query($a: UUID, $d: Date!) {
  wellness(athleteId: $a, from: $d, to: $d) {
    date restingHr { value source } hrvRmssd { value source } steps { value source } sources { source }
  }
}
"""
SET = """
mutation($input: SetSourcePrecedenceInput!) {
  setSourcePrecedence(input: $input) { precedence { sources origin } errors { field code } }
}
"""
ROSTER = """
query($from: Date!, $to: Date!) {
  athletes(first: 50) { edges { node {
    displayName
    wellness(from: $from, to: $to) {
      date restingHr { value source status late } hrvRmssd { value source }
      sources { source revision revisions { revision } }
    }
    activities(from: $from, to: $to) { externalId type plannedSession { id } }
    dataFreshness { source state lagHours stale kinds { kind newestDate } }
  } } }
}
"""
FRESHNESS = "query($ids: [UUID!]) { dataFreshness(athleteIds: $ids) { athleteId source state stale lagHours newestDate } }"
# 1 to authenticate, 1 roster page, then one per loader: precedence, days, revisions, activities,
# freshness (no activity is linked, so the planned-session loader has no key).
ROSTER_STATEMENTS = 7


async def _day(coach: Account, athlete: Account, source: str, **values: Any) -> None:
    await ingest_wellness(
        actor=coach.actor,
        athlete_id=athlete.athlete.id,
        source=source,  # type: ignore[union-attr]
        records=[{"date": date(2026, 3, 1), **values}],
    )


async def _chosen(client: httpx.AsyncClient, token: str, athlete: Account) -> dict[str, Any]:
    body = await gql(client, DAY, {"a": str(athlete.athlete.id), "d": "2026-03-01"}, token=token)  # type: ignore[union-attr]
    (day,) = body["data"]["wellness"]
    return day


async def test_precedence_picks_each_field_from_the_first_listed_source_that_has_it(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    await _day(coach, athlete, "garmin", resting_hr=52, hrv_rmssd=61.0, steps=9000)
    await _day(coach, athlete, "oura", resting_hr=49, hrv_rmssd=70.0)
    await _day(coach, athlete, "apple_health", resting_hr=55, steps=9400)

    default = await _chosen(client, coach.token, athlete)
    coach_default = await gql(client, SET, {"input": {"sources": ["garmin", "oura"]}}, token=coach.token)
    by_coach = await _chosen(client, coach.token, athlete)
    own = await gql(
        client,
        SET,
        {"input": {"athleteId": str(athlete.athlete.id), "sources": ["apple_health"]}},
        token=athlete.token,
    )  # type: ignore[union-attr]
    by_athlete = await _chosen(client, coach.token, athlete)

    # built-in list: oura before garmin before apple_health
    assert (default["restingHr"], default["hrvRmssd"], default["steps"]) == (
        {"value": 49.0, "source": "oura"},
        {"value": 70.0, "source": "oura"},
        {"value": 9000.0, "source": "garmin"},
    )
    assert [s["source"] for s in default["sources"]] == ["oura", "garmin", "apple_health"]
    assert coach_default["data"]["setSourcePrecedence"]["precedence"] == {
        "sources": ["garmin", "oura"],
        "origin": "COACH",
    }
    assert by_coach["restingHr"] == {"value": 52.0, "source": "garmin"}
    assert by_coach["steps"] == {"value": 9000.0, "source": "garmin"}
    assert own["data"]["setSourcePrecedence"]["precedence"] == {
        "sources": ["apple_health"],
        "origin": "ATHLETE",
    }
    assert by_athlete["restingHr"] == {"value": 55.0, "source": "apple_health"}
    # apple_health has no HRV: unlisted sources follow in the built-in order (oura, then garmin)
    assert by_athlete["hrvRmssd"] == {"value": 70.0, "source": "oura"}


async def test_a_bad_precedence_list_is_refused(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    outsider = await make_coach(settings, email="other@example.com")

    duplicated = await gql(client, SET, {"input": {"sources": ["garmin", "garmin"]}}, token=coach.token)
    foreign = await gql(
        client,
        SET,
        {"input": {"athleteId": str(athlete.athlete.id), "sources": ["oura"]}},
        token=outsider.token,
    )  # type: ignore[union-attr]

    assert duplicated["data"]["setSourcePrecedence"]["errors"] == [{"field": "sources", "code": "DUPLICATE"}]
    assert foreign["data"]["setSourcePrecedence"]["errors"] == [{"field": "athleteId", "code": "NOT_FOUND"}]


async def _roster(settings: Settings, size: int) -> Account:
    coach = await make_coach(settings, email=f"coach{size}@example.com")
    for i in range(size):
        athlete = await make_athlete(
            settings, coach, email=f"a{size}-{i}@example.com", name=f"Athlete {i:02d}"
        )
        athlete_id = athlete.athlete.id  # type: ignore[union-attr]
        for source, rhr in (("garmin", 50 + i % 7), ("oura", 48 + i % 5)):
            await ingest_wellness(
                actor=coach.actor,
                athlete_id=athlete_id,
                source=source,
                records=[
                    {
                        "date": date(2026, 2, 20) + timedelta(days=d),
                        "resting_hr": rhr + d % 3,
                        "hrv_rmssd": 60.0 + d,
                    }
                    for d in range(9)
                ],
            )
        await ingest_wellness(
            actor=coach.actor,
            athlete_id=athlete_id,
            source="garmin",
            records=[{"date": date(2026, 2, 28), "resting_hr": 70}],
        )
        await ingest_activities(
            actor=coach.actor,
            athlete_id=athlete_id,
            source="garmin",
            records=[
                {
                    "external_id": f"g-{size}-{i}",
                    "start": datetime(2026, 2, 27, 7, tzinfo=UTC),
                    "duration_seconds": 2400,
                    "activity_type": "running",
                }
            ],
        )
    return coach


async def _count(client: httpx.AsyncClient, coach: Account) -> tuple[dict[str, Any], int]:
    with QueryCounter() as counter:
        body = await gql(client, ROSTER, {"from": "2026-02-20", "to": "2026-03-01"}, token=coach.token)
    assert "errors" not in body, body
    return body["data"], counter.count


async def test_the_roster_costs_the_same_statements_for_2_and_12_athletes(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    small_coach = await _roster(settings, 2)
    large_coach = await _roster(settings, 12)

    small, small_count = await _count(client, small_coach)
    large, large_count = await _count(client, large_coach)

    assert len(small["athletes"]["edges"]) == 2 and len(large["athletes"]["edges"]) == 12
    node = large["athletes"]["edges"][0]["node"]
    assert len(node["wellness"]) == 9
    revised = next(d for d in node["wellness"] if d["date"] == "2026-02-28")
    assert revised["restingHr"]["source"] == "oura"
    assert {s["source"]: s["revision"] for s in revised["sources"]} == {"oura": 1, "garmin": 2}
    assert node["activities"] == [{"externalId": "g-12-0", "type": "RUNNING", "plannedSession": None}]
    assert {f["source"] for f in node["dataFreshness"]} == {"garmin", "oura"}
    assert small_count == large_count == ROSTER_STATEMENTS


async def test_freshness_says_per_athlete_and_source_how_far_behind_the_data_is(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    other = await make_athlete(settings, coach, email="other@example.com")
    now = fixed_clock.now  # 2026-03-02 09:30 UTC
    await ingest_wellness(
        actor=coach.actor,
        athlete_id=athlete.athlete.id,
        source="garmin",  # type: ignore[union-attr]
        records=[{"date": date(2026, 3, 2), "steps": 1200, "measured_at": now - timedelta(hours=2)}],
    )
    await ingest_wellness(
        actor=coach.actor,
        athlete_id=athlete.athlete.id,
        source="oura",  # type: ignore[union-attr]
        records=[{"date": date(2026, 2, 28), "resting_hr": 50, "measured_at": now - timedelta(hours=60)}],
    )
    await ingest_wellness(
        actor=coach.actor,
        athlete_id=other.athlete.id,
        source="garmin",  # type: ignore[union-attr]
        records=[{"date": date(2026, 3, 1), "resting_hr": 50, "measured_at": now - timedelta(hours=30)}],
    )
    outsider = await make_coach(settings, email="outsider@example.com")

    roster = await gql(client, FRESHNESS, {}, token=coach.token)
    one = await gql(client, FRESHNESS, {"ids": [str(other.athlete.id)]}, token=coach.token)  # type: ignore[union-attr]
    hidden = await gql(client, FRESHNESS, {}, token=outsider.token)

    entries = [(e["source"], e["state"], e["stale"], e["lagHours"]) for e in roster["data"]["dataFreshness"]]
    assert entries == [
        ("oura", "STALE", True, 60.0),
        ("garmin", "WARN", False, 30.0),
        ("garmin", "FRESH", False, 2.0),
    ]
    assert [e["newestDate"] for e in one["data"]["dataFreshness"]] == ["2026-03-01"]
    assert hidden["data"]["dataFreshness"] == []
