"""Row-level access to workout logs: another coach or athlete neither reads nor writes them."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from app.clock import FixedClock
from app.logs.models import WorkoutLog
from app.settings import Settings
from tests.helpers import (
    EDIT,
    LOGS,
    ONE_LOG,
    PINNED_NOW,
    QueryCounter,
    edit,
    edit_input,
    gql,
    log_input,
    log_workout,
    make_admin,
    make_athlete_session,
    make_squat,
    submit,
    two_tenants,
)

NESTED = """
query($id: UUID!) { workoutLog(id: $id) { id athlete { id } session { id } replaces { id } } }
"""


async def test_other_tenant_cannot_read_or_write_logs(
    client: Any, settings: Settings, fixed_clock: FixedClock
) -> None:
    # given: athlete A (coach A) has a log
    _, athlete_a, coach_b, athlete_b = await two_tenants(settings)
    await make_squat()
    session = await make_athlete_session(athlete_a)
    log_id = (await log_workout(client, athlete_a, log_input(session)))["workoutLog"]["id"]
    athlete_a_id = str(athlete_a.athlete.id)

    for outsider in (coach_b, athlete_b):
        # when: reading by id, by athlete, and everything visible
        by_id = await gql(client, ONE_LOG, {"id": log_id}, token=outsider.token)
        by_athlete = await gql(client, LOGS, {"athleteId": athlete_a_id, "all": True}, token=outsider.token)
        visible = await gql(client, LOGS, {"all": True}, token=outsider.token)

        # then
        assert by_id == {"data": {"workoutLog": None}}
        assert by_athlete["data"]["workoutLogs"]["edges"] == []
        assert visible["data"]["workoutLogs"]["edges"] == []

    # writes: coach B is not an athlete (FORBIDDEN), athlete B does not see the log (NOT_FOUND)
    as_coach_b = await gql(client, EDIT, {"input": edit_input(log_id, notes="hijack")}, token=coach_b.token)
    as_athlete_b = await gql(
        client, EDIT, {"input": edit_input(log_id, notes="hijack")}, token=athlete_b.token
    )
    assert as_coach_b["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert [(e["field"], e["code"]) for e in as_athlete_b["data"]["editWorkoutLog"]["errors"]] == [
        ("id", "NOT_FOUND")
    ]
    rows = await WorkoutLog.all()
    assert [(str(r.id), r.version, r.is_current, r.notes) for r in rows] == [(log_id, 1, True, "Felt strong")]


async def test_own_coach_and_admin_read_the_log(
    client: Any, settings: Settings, fixed_clock: FixedClock
) -> None:
    coach_a, athlete_a, _, athlete_b = await two_tenants(settings)
    admin = await make_admin(settings)
    await make_squat()
    session_a = await make_athlete_session(athlete_a)
    session_b = await make_athlete_session(athlete_b)
    log_a = (await log_workout(client, athlete_a, log_input(session_a)))["workoutLog"]["id"]
    log_b = (await log_workout(client, athlete_b, log_input(session_b)))["workoutLog"]["id"]

    coach_view = await gql(client, NESTED, {"id": log_a}, token=coach_a.token)
    coach_list = await gql(client, LOGS, {}, token=coach_a.token)
    admin_list = await gql(client, LOGS, {}, token=admin.token)

    assert coach_view["data"]["workoutLog"] == {
        "id": log_a,
        "athlete": {"id": str(athlete_a.athlete.id)},
        "session": {"id": str(session_a.id)},
        "replaces": None,
    }
    assert [e["node"]["id"] for e in coach_list["data"]["workoutLogs"]["edges"]] == [log_a]
    assert {e["node"]["id"] for e in admin_list["data"]["workoutLogs"]["edges"]} == {log_a, log_b}


async def test_unauthenticated_reads_are_refused(
    client: Any, settings: Settings, fixed_clock: FixedClock
) -> None:
    _, athlete_a, _, _ = await two_tenants(settings)
    await make_squat()
    session = await make_athlete_session(athlete_a)
    log_id = (await log_workout(client, athlete_a, log_input(session)))["workoutLog"]["id"]

    by_id = await gql(client, ONE_LOG, {"id": log_id})
    listing = await gql(client, LOGS, {})

    assert by_id["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert listing["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


SESSIONS = """
query($athleteId: UUID, $first: Int) {
  sessions(athleteId: $athleteId, from: "2026-02-20", to: "2026-03-05", first: $first) {
    edges { node { id log { id version notes } feedback { type energy } } }
  }
}
"""


async def test_sessions_show_current_log_and_feedback_batched(
    client: Any, settings: Settings, fixed_clock: FixedClock
) -> None:
    # given: four logged sessions with feedback, one log edited; a fifth session untouched
    coach, athlete, _, _ = await two_tenants(settings)
    await make_squat()
    expected = []
    for n in range(4):
        session = await make_athlete_session(athlete, scheduled_at=PINNED_NOW - timedelta(days=4 - n))
        log = (await log_workout(client, athlete, log_input(session)))["workoutLog"]
        if n == 2:
            log = (await edit(client, athlete, edit_input(log["id"], notes="fixed")))["workoutLog"]
        await submit(client, athlete, {"sessionId": str(session.id), "type": "DONE", "energy": n + 1})
        expected.append(
            {
                "id": str(session.id),
                "log": {"id": log["id"], "version": log["version"], "notes": log["notes"]},
                "feedback": {"type": "DONE", "energy": n + 1},
            }
        )
    untouched = await make_athlete_session(athlete, scheduled_at=PINNED_NOW + timedelta(hours=1))
    expected.append({"id": str(untouched.id), "log": None, "feedback": None})
    variables = {"athleteId": str(athlete.athlete.id)}

    # when
    with QueryCounter() as small:
        one = await gql(client, SESSIONS, {**variables, "first": 1}, token=coach.token)
    with QueryCounter() as large:
        five = await gql(client, SESSIONS, {**variables, "first": 5}, token=coach.token)

    # then
    assert [e["node"] for e in five["data"]["sessions"]["edges"]] == expected
    assert expected[2]["log"]["version"] == 2 and expected[2]["log"]["notes"] == "fixed"
    assert len(one["data"]["sessions"]["edges"]) == 1
    assert large.count == small.count
