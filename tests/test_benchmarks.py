"""recordBenchmark, benchmark history and Exercise.latestBenchmark (the newest 1RM)."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from app.audit.models import AuditLog
from app.clock import FixedClock
from app.exercises.models import BenchmarkMetric, Exercise, ExerciseCategory
from app.settings import Settings
from tests.helpers import (
    PINNED_NOW,
    SQUAT_ID,
    Account,
    QueryCounter,
    gql,
    make_admin,
    make_athlete,
    make_coach,
    make_squat,
    two_tenants,
)

RECORD = """
mutation($input: RecordBenchmarkInput!) {
  recordBenchmark(input: $input) {
    benchmark { id metricType value unit establishedAt athlete { id } exercise { id name } }
    errors { field code message }
  }
}
"""

HISTORY = """
query($athleteId: UUID, $metricType: MetricType, $first: Int, $after: String) {
  benchmarks(athleteId: $athleteId, metricType: $metricType, first: $first, after: $after) {
    edges { node { metricType value establishedAt } }
    pageInfo { hasNextPage endCursor }
  }
}
"""

LATEST = """
query($id: UUID!, $athleteId: UUID) {
  exercise(id: $id) {
    name latestBenchmark(athleteId: $athleteId) { value unit establishedAt }
  }
}
"""

TODAY = PINNED_NOW.date()  # 2026-03-02, UTC athlete


async def record(client: Any, account: Account, **input: Any) -> dict[str, Any]:
    body = await gql(client, RECORD, {"input": input}, token=account.token)
    assert "errors" not in body, body
    return body["data"]["recordBenchmark"]


def one_rm(athlete: Account, value: float, day: date, exercise_id: uuid.UUID = SQUAT_ID) -> dict[str, Any]:
    return {
        "athleteId": str(athlete.athlete.id),
        "metricType": "ONE_RM",
        "value": value,
        "unit": "kg",
        "exerciseId": str(exercise_id),
        "establishedAt": day.isoformat(),
    }


async def test_coach_records_a_one_rm(client: Any, settings: Settings, fixed_clock: FixedClock) -> None:
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    await make_squat()

    result = await record(client, coach, **one_rm(athlete, 142.5, TODAY))

    assert result["errors"] == []
    benchmark = result["benchmark"]
    assert benchmark == {
        "id": benchmark["id"],
        "metricType": "ONE_RM",
        "value": 142.5,
        "unit": "kg",
        "establishedAt": "2026-03-02",
        "athlete": {"id": str(athlete.athlete.id)},
        "exercise": {"id": str(SQUAT_ID), "name": "Back Squat"},
    }
    row = await BenchmarkMetric.get(id=benchmark["id"])
    assert (row.metric_type, row.value, row.exercise_id) == ("1RM", Decimal("142.500"), SQUAT_ID)
    assert (
        await AuditLog.filter(action="record_benchmark", entity_id=row.id, user_id=coach.user.id).count() == 1
    )


async def test_athlete_and_admin_record_other_metrics(
    client: Any, settings: Settings, fixed_clock: FixedClock
) -> None:
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    admin = await make_admin(settings)
    base = {"athleteId": str(athlete.athlete.id), "establishedAt": TODAY.isoformat()}

    ftp = await record(client, athlete, **base, metricType="FTP", value=250, unit="watts")
    zone = await record(client, admin, **base, metricType="HR_ZONE_2", value=142, unit="bpm")
    pace = await record(client, athlete, **base, metricType="PACE_5K", value=4.25, unit="min/km")

    assert [(r["benchmark"]["metricType"], r["benchmark"]["exercise"]) for r in (ftp, zone, pace)] == [
        ("FTP", None),
        ("HR_ZONE_2", None),
        ("PACE_5K", None),
    ]
    assert sorted(await BenchmarkMetric.all().values_list("metric_type", flat=True)) == [
        "FTP",
        "HR_zone_2",
        "pace_5k",
    ]


async def test_one_rm_needs_a_visible_exercise(
    client: Any, settings: Settings, fixed_clock: FixedClock
) -> None:
    coach_a, athlete_a, coach_b, _ = await two_tenants(settings)
    hidden = await Exercise.create(
        name="B secret",
        category=ExerciseCategory.PRESS,
        muscle_groups=["chest"],
        created_by_id=coach_b.coach.id,
    )
    base = {
        "athleteId": str(athlete_a.athlete.id),
        "value": 100,
        "unit": "kg",
        "establishedAt": TODAY.isoformat(),
    }

    missing = await record(client, coach_a, **base, metricType="ONE_RM")
    invisible = await record(client, coach_a, **base, metricType="ONE_RM", exerciseId=str(hidden.id))
    unknown = await record(client, athlete_a, **base, metricType="ONE_RM", exerciseId=str(uuid.uuid4()))
    not_for_ftp = await record(client, coach_a, **base, metricType="FTP", exerciseId=str(hidden.id))

    assert missing == {
        "benchmark": None,
        "errors": [
            {
                "field": "exerciseId",
                "code": "REQUIRED",
                "message": "A 1RM benchmark needs the exercise it was lifted on.",
            }
        ],
    }
    assert [(e["field"], e["code"]) for e in invisible["errors"]] == [("exerciseId", "NOT_FOUND")]
    assert [(e["field"], e["code"]) for e in unknown["errors"]] == [("exerciseId", "NOT_FOUND")]
    assert [(e["field"], e["code"]) for e in not_for_ftp["errors"]] == [("exerciseId", "INVALID")]
    assert await BenchmarkMetric.all().count() == 0


async def test_value_unit_and_date_bounds(client: Any, settings: Settings, fixed_clock: FixedClock) -> None:
    coach = await make_coach(settings)
    athlete = await make_athlete(
        settings, coach, timezone="Pacific/Auckland"
    )  # already 2026-03-02 22:30 there
    base = {"athleteId": str(athlete.athlete.id), "metricType": "FTP"}

    bad = await record(
        client,
        coach,
        **base,
        value=0,
        unit="",
        establishedAt=(TODAY + timedelta(days=1)).isoformat(),
    )
    negative = await record(client, coach, **base, value=-1, unit="u" * 21, establishedAt=TODAY.isoformat())
    huge = await record(client, coach, **base, value=1e8, unit="w", establishedAt=TODAY.isoformat())
    # far past NUMERIC(10, 3): refused as out of range, not an internal error
    enormous = await record(client, coach, **base, value=1e300, unit="w", establishedAt=TODAY.isoformat())
    assert [(e["field"], e["code"]) for e in bad["errors"]] == [
        ("value", "OUT_OF_RANGE"),
        ("unit", "REQUIRED"),
        ("establishedAt", "OUT_OF_RANGE"),
    ]
    assert [(e["field"], e["code"]) for e in negative["errors"]] == [
        ("value", "OUT_OF_RANGE"),
        ("unit", "TOO_LONG"),
    ]
    assert [(e["field"], e["code"]) for e in huge["errors"]] == [("value", "OUT_OF_RANGE")]
    assert [(e["field"], e["code"]) for e in enormous["errors"]] == [("value", "OUT_OF_RANGE")]
    assert await BenchmarkMetric.all().count() == 0

    # edges: a tiny positive value, a 20-character unit, today in the athlete's time zone
    edge = await record(client, coach, **base, value=0.001, unit="u" * 20, establishedAt=TODAY.isoformat())
    assert edge["errors"] == []
    assert edge["benchmark"]["value"] == 0.001


async def test_established_at_uses_the_athletes_calendar(
    client: Any, settings: Settings, fixed_clock: FixedClock
) -> None:
    # 09:30 UTC on 2 March is 22:30 on 2 March in Auckland but still 1 March in Honolulu.
    coach = await make_coach(settings)
    auckland = await make_athlete(settings, coach, "nz@example.com", timezone="Pacific/Auckland")
    honolulu = await make_athlete(settings, coach, "hi@example.com", timezone="Pacific/Honolulu")
    day = {"metricType": "FTP", "value": 200, "unit": "watts", "establishedAt": "2026-03-02"}

    nz = await record(client, coach, athleteId=str(auckland.athlete.id), **day)
    hi = await record(client, coach, athleteId=str(honolulu.athlete.id), **day)

    assert nz["errors"] == []
    assert [(e["field"], e["code"]) for e in hi["errors"]] == [("establishedAt", "OUT_OF_RANGE")]


async def test_history_is_kept_newest_first_and_latest_benchmark_wins(
    client: Any, settings: Settings, fixed_clock: FixedClock
) -> None:
    # given: three squat 1RMs recorded out of order, plus an FTP
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    await make_squat()
    await record(client, coach, **one_rm(athlete, 140, date(2026, 2, 1)))
    await record(client, coach, **one_rm(athlete, 150, date(2026, 2, 20)))
    await record(client, athlete, **one_rm(athlete, 145, date(2026, 2, 10)))
    await record(
        client,
        coach,
        athleteId=str(athlete.athlete.id),
        metricType="FTP",
        value=260,
        unit="watts",
        establishedAt="2026-02-15",
    )

    # when
    history = await gql(
        client,
        HISTORY,
        {"athleteId": str(athlete.athlete.id), "metricType": "ONE_RM"},
        token=coach.token,
    )
    everything = await gql(client, HISTORY, {"first": 2}, token=athlete.token)
    rest = await gql(
        client,
        HISTORY,
        {"first": 2, "after": everything["data"]["benchmarks"]["pageInfo"]["endCursor"]},
        token=athlete.token,
    )
    coach_latest = await gql(
        client,
        LATEST,
        {"id": str(SQUAT_ID), "athleteId": str(athlete.athlete.id)},
        token=coach.token,
    )
    own_latest = await gql(client, LATEST, {"id": str(SQUAT_ID)}, token=athlete.token)
    coach_without_athlete = await gql(client, LATEST, {"id": str(SQUAT_ID)}, token=coach.token)

    # then
    assert [
        (n["node"]["value"], n["node"]["establishedAt"]) for n in history["data"]["benchmarks"]["edges"]
    ] == [
        (150.0, "2026-02-20"),
        (145.0, "2026-02-10"),
        (140.0, "2026-02-01"),
    ]
    assert [n["node"]["metricType"] for n in everything["data"]["benchmarks"]["edges"]] == [
        "ONE_RM",
        "FTP",
    ]
    assert [n["node"]["value"] for n in rest["data"]["benchmarks"]["edges"]] == [145.0, 140.0]
    latest = {"value": 150.0, "unit": "kg", "establishedAt": "2026-02-20"}
    assert coach_latest["data"]["exercise"] == {"name": "Back Squat", "latestBenchmark": latest}
    assert own_latest["data"]["exercise"]["latestBenchmark"] == latest
    assert coach_without_athlete["data"]["exercise"]["latestBenchmark"] is None
    assert await BenchmarkMetric.filter(metric_type="1RM").count() == 3


async def test_latest_benchmark_ties_go_to_the_last_recorded(
    client: Any, settings: Settings, fixed_clock: FixedClock
) -> None:
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    await make_squat()
    await record(client, coach, **one_rm(athlete, 120, date(2026, 2, 1)))
    fixed_clock.set(PINNED_NOW + timedelta(minutes=1))
    await record(client, coach, **one_rm(athlete, 125, date(2026, 2, 1)))

    latest = await gql(
        client,
        LATEST,
        {"id": str(SQUAT_ID), "athleteId": str(athlete.athlete.id)},
        token=coach.token,
    )

    assert latest["data"]["exercise"]["latestBenchmark"]["value"] == 125.0


async def test_other_tenant_cannot_read_or_record_benchmarks(
    client: Any, settings: Settings, fixed_clock: FixedClock
) -> None:
    # given: athlete A has a squat 1RM
    coach_a, athlete_a, coach_b, athlete_b = await two_tenants(settings)
    await make_squat()
    await record(client, coach_a, **one_rm(athlete_a, 150, TODAY))
    a_id = str(athlete_a.athlete.id)

    for outsider in (coach_b, athlete_b):
        # when
        history = await gql(client, HISTORY, {"athleteId": a_id}, token=outsider.token)
        everything = await gql(client, HISTORY, {}, token=outsider.token)
        latest = await gql(client, LATEST, {"id": str(SQUAT_ID), "athleteId": a_id}, token=outsider.token)
        write = await record(client, outsider, **one_rm(athlete_a, 300, TODAY))

        # then
        assert history["data"]["benchmarks"]["edges"] == []
        assert everything["data"]["benchmarks"]["edges"] == []
        assert latest["data"]["exercise"] == {"name": "Back Squat", "latestBenchmark": None}
        assert write == {
            "benchmark": None,
            "errors": [{"field": "athleteId", "code": "NOT_FOUND", "message": "Athlete not found."}],
        }

    rows = await BenchmarkMetric.all()
    assert [(r.athlete_id, r.value) for r in rows] == [(athlete_a.athlete.id, Decimal("150.000"))]


async def test_latest_benchmark_is_batched(client: Any, settings: Settings, fixed_clock: FixedClock) -> None:
    # given: several exercises, each with 1RMs for the athlete
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    exercises = [
        await Exercise.create(
            name=f"Lift {n}",
            category=ExerciseCategory.PRESS,
            muscle_groups=["chest"],
            created_by_id=coach.coach.id,
        )
        for n in range(4)
    ]
    for exercise in exercises:
        for day in (1, 2):
            await record(client, coach, **one_rm(athlete, 100 + day, date(2026, 2, day), exercise.id))
    query = """
    query($first: Int, $athleteId: UUID) { exercises(first: $first) { edges { node {
      name createdBy { id }
      latestBenchmark(athleteId: $athleteId) { value exercise { name } athlete { id } }
    } } } }
    """
    variables = {"athleteId": str(athlete.athlete.id)}

    # when
    with QueryCounter() as small:
        one = await gql(client, query, {**variables, "first": 1}, token=coach.token)
    with QueryCounter() as large:
        four = await gql(client, query, {**variables, "first": 4}, token=coach.token)

    # then
    nodes = [e["node"] for e in four["data"]["exercises"]["edges"]]
    assert [
        (n["name"], n["latestBenchmark"]["value"], n["latestBenchmark"]["exercise"]["name"]) for n in nodes
    ] == [(f"Lift {n}", 102.0, f"Lift {n}") for n in range(4)]
    assert len(one["data"]["exercises"]["edges"]) == 1
    assert large.count == small.count


async def test_values_far_out_of_range_on_either_side_are_refused_not_crashes(
    client: Any, settings: Settings, fixed_clock: FixedClock
) -> None:
    # Decimal.quantize() raised InvalidOperation (an internal error) for values this far out of
    # NUMERIC(10, 3)'s range; -1e300 still reached it after the fix for 1e300.
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    base = {"athleteId": str(athlete.athlete.id), "metricType": "FTP", "unit": "W"}
    before = await AuditLog.all().count()

    results = [
        await record(client, coach, **base, value=value, establishedAt=TODAY.isoformat())
        for value in (-1e300, -1e-300, -0.0, 1e-300, 0.0004)
    ]

    assert [r["errors"] for r in results] == [
        [{"field": "value", "code": "OUT_OF_RANGE", "message": "Must be greater than 0."}]
    ] * 5
    assert await BenchmarkMetric.all().count() == 0
    assert await AuditLog.all().count() == before
