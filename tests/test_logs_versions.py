"""editWorkoutLog and the log queries: immutable versions, the replaces chain, one current."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

from app.audit.models import AuditLog
from app.clock import FixedClock
from app.logs.models import WorkoutLog
from app.programs.models import SessionType, TrainingSession
from app.settings import Settings
from tests.helpers import (
    EDIT,
    ENDURANCE_DATA,
    LOGS,
    ONE_LOG,
    PINNED_NOW,
    Account,
    QueryCounter,
    edit,
    edit_input,
    gql,
    log_input,
    log_workout,
    make_athlete,
    make_athlete_session,
    make_coach,
    make_squat,
    strength_data,
)


async def logged(client: Any, settings: Settings) -> tuple[Account, Account, TrainingSession, str]:
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    await make_squat()
    session = await make_athlete_session(athlete)
    result = await log_workout(client, athlete, log_input(session))
    return coach, athlete, session, result["workoutLog"]["id"]


async def test_edit_writes_a_new_version_and_keeps_the_old(
    client: Any, settings: Settings, fixed_clock: FixedClock
) -> None:
    # given
    _, athlete, session, v1 = await logged(client, settings)
    new_id = uuid.uuid4()

    # when
    result = await edit(client, athlete, edit_input(v1, newId=str(new_id)))

    # then
    assert result["errors"] == []
    completed = (PINNED_NOW - timedelta(hours=1)).isoformat()
    assert result["workoutLog"] == {
        "id": str(new_id),
        "version": 2,
        "isCurrent": True,
        "rpe": 8,
        "notes": "Corrected",
        "completedAt": completed,
        "actualData": strength_data(),
        "replaces": {"id": v1, "version": 1, "isCurrent": False, "replaces": None},
        "session": {"id": str(session.id), "completedAt": completed},
    }
    old = await WorkoutLog.get(id=v1)
    assert (old.is_current, old.rpe, old.notes, old.version) == (False, 7, "Felt strong", 1)
    assert old.updated_at > old.created_at  # sync clients pulling changes see it was superseded
    assert await WorkoutLog.filter(session_id=session.id, is_current=True).count() == 1
    assert (await AuditLog.get(action="edit_workout_log")).entity_id == new_id


async def test_replaces_chain_and_old_versions_stay_readable(
    client: Any, settings: Settings, fixed_clock: FixedClock
) -> None:
    _, athlete, _, v1 = await logged(client, settings)
    v2 = (await edit(client, athlete, edit_input(v1, notes="second")))["workoutLog"]["id"]
    v3 = (await edit(client, athlete, edit_input(v2, notes="third")))["workoutLog"]["id"]

    chain = await gql(
        client,
        "query($id: UUID!) { workoutLog(id: $id) {"
        " version replaces { version replaces { version replaces { id } } } } }",
        {"id": v3},
        token=athlete.token,
    )
    first = await gql(client, ONE_LOG, {"id": v1}, token=athlete.token)

    assert chain["data"]["workoutLog"] == {
        "version": 3,
        "replaces": {"version": 2, "replaces": {"version": 1, "replaces": None}},
    }
    assert first["data"]["workoutLog"] == {
        "id": v1,
        "version": 1,
        "isCurrent": False,
        "notes": "Felt strong",
        "replaces": None,
    }
    assert [(log.version, log.is_current) for log in await WorkoutLog.all().order_by("version")] == [
        (1, False),
        (2, False),
        (3, True),
    ]


async def test_editing_a_superseded_version_is_a_conflict(
    client: Any, settings: Settings, fixed_clock: FixedClock
) -> None:
    _, athlete, _, v1 = await logged(client, settings)
    v2 = (await edit(client, athlete, edit_input(v1)))["workoutLog"]["id"]

    again = await edit(client, athlete, edit_input(v1, notes="stale device"))

    assert again == {
        "workoutLog": None,
        "errors": [
            {
                "field": "id",
                "code": "CONFLICT",
                "message": "This version was already replaced; edit the current version.",
            }
        ],
    }
    assert await WorkoutLog.all().count() == 2
    assert (await WorkoutLog.get(is_current=True)).id == uuid.UUID(v2)


async def test_edit_is_validated_like_a_new_log(
    client: Any, settings: Settings, fixed_clock: FixedClock
) -> None:
    _, athlete, session, v1 = await logged(client, settings)

    result = await edit(
        client,
        athlete,
        edit_input(
            v1,
            rpe=11,
            notes="x" * 1001,
            completedAt=(session.scheduled_at + timedelta(days=8)).isoformat(),
            actualData={"exercises": [{"exerciseId": str(uuid.uuid4()), "sets": [{"reps": -1}]}]},
        ),
    )

    assert [(e["field"], e["code"]) for e in result["errors"]] == [
        ("rpe", "OUT_OF_RANGE"),
        ("notes", "TOO_LONG"),
        ("completedAt", "OUT_OF_WINDOW"),
        ("actualData.exercises.0.sets.0.reps", "INVALID"),
    ]
    assert [(log.version, log.is_current) for log in await WorkoutLog.all()] == [(1, True)]


async def test_edit_of_unknown_or_others_log_is_not_found_and_coach_is_forbidden(
    client: Any, settings: Settings, fixed_clock: FixedClock
) -> None:
    coach, _, _, v1 = await logged(client, settings)
    teammate = await make_athlete(settings, coach, "teammate@example.com", "Teammate")

    other = await edit(client, teammate, edit_input(v1))
    unknown = await edit(client, teammate, edit_input(str(uuid.uuid4())))
    as_coach = await gql(client, EDIT, {"input": edit_input(v1)}, token=coach.token)

    assert other["errors"] == [{"field": "id", "code": "NOT_FOUND", "message": "Workout log not found."}]
    assert [(e["field"], e["code"]) for e in unknown["errors"]] == [("id", "NOT_FOUND")]
    assert as_coach["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert [(log.version, log.is_current, log.notes) for log in await WorkoutLog.all()] == [
        (1, True, "Felt strong")
    ]


async def test_taken_new_id_is_refused(client: Any, settings: Settings, fixed_clock: FixedClock) -> None:
    _, athlete, _, v1 = await logged(client, settings)

    result = await edit(client, athlete, edit_input(v1, newId=v1))

    assert [(e["field"], e["code"]) for e in result["errors"]] == [("newId", "ALREADY_EXISTS")]
    assert [(log.version, log.is_current) for log in await WorkoutLog.all()] == [(1, True)]


async def test_log_survives_its_session_and_can_still_be_edited(
    client: Any, settings: Settings, fixed_clock: FixedClock
) -> None:
    _, athlete, session, v1 = await logged(client, settings)
    await TrainingSession.filter(id=session.id).delete()

    read = await gql(
        client,
        "query($id: UUID!) { workoutLog(id: $id) { id session { id } } }",
        {"id": v1},
        token=athlete.token,
    )
    result = await edit(
        client,
        athlete,
        edit_input(v1, completedAt=(PINNED_NOW - timedelta(days=30)).isoformat(), notes="late fix"),
    )
    wrong_shape = await edit(
        client, athlete, edit_input(result["workoutLog"]["id"], actualData=ENDURANCE_DATA)
    )

    assert read["data"]["workoutLog"] == {"id": v1, "session": None}
    assert result["errors"] == []
    assert result["workoutLog"]["session"] is None
    assert result["workoutLog"]["version"] == 2
    assert [e["field"] for e in wrong_shape["errors"]][-1] == "actualData.modality"


async def test_workout_logs_lists_current_versions_newest_first(
    client: Any, settings: Settings, fixed_clock: FixedClock
) -> None:
    # given: three sessions logged at different times, the middle one edited
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    await make_squat()
    ids = []
    for hours in (30, 20, 10):
        session = await make_athlete_session(athlete)
        result = await log_workout(
            client,
            athlete,
            log_input(session, completedAt=(PINNED_NOW - timedelta(hours=hours)).isoformat()),
        )
        ids.append(result["workoutLog"]["id"])
    edited = await edit(
        client,
        athlete,
        edit_input(ids[1], completedAt=(PINNED_NOW - timedelta(hours=19)).isoformat()),
    )
    v2 = edited["workoutLog"]["id"]

    # when
    page1 = await gql(client, LOGS, {"first": 2}, token=athlete.token)
    cursor = page1["data"]["workoutLogs"]["pageInfo"]["endCursor"]
    page2 = await gql(client, LOGS, {"first": 2, "after": cursor}, token=athlete.token)
    everything = await gql(
        client, LOGS, {"athleteId": str(athlete.athlete.id), "all": True}, token=coach.token
    )

    # then
    assert [e["node"]["id"] for e in page1["data"]["workoutLogs"]["edges"]] == [ids[2], v2]
    assert page1["data"]["workoutLogs"]["pageInfo"]["hasNextPage"] is True
    assert [e["node"]["id"] for e in page2["data"]["workoutLogs"]["edges"]] == [ids[0]]
    assert page2["data"]["workoutLogs"]["pageInfo"]["hasNextPage"] is False
    nodes = [e["node"] for e in everything["data"]["workoutLogs"]["edges"]]
    assert [(n["id"], n["version"], n["isCurrent"]) for n in nodes] == [
        (ids[2], 1, True),
        (v2, 2, True),
        (ids[1], 1, False),
        (ids[0], 1, True),
    ]


async def test_page_size_and_cursor_are_checked(
    client: Any, settings: Settings, fixed_clock: FixedClock
) -> None:
    coach = await make_coach(settings)

    too_big = await gql(client, LOGS, {"first": settings.max_page_size + 1}, token=coach.token)
    bad_cursor = await gql(client, LOGS, {"after": "nonsense"}, token=coach.token)

    assert too_big["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    assert bad_cursor["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


async def test_log_list_resolves_relations_without_n_plus_one(
    client: Any, settings: Settings, fixed_clock: FixedClock
) -> None:
    # given: the coach's two athletes with edited logs
    coach = await make_coach(settings)
    await make_squat()
    for n in range(2):
        athlete = await make_athlete(settings, coach, f"a{n}@example.com", f"Athlete {n}")
        for _ in range(3):
            session = await make_athlete_session(athlete, session_type=SessionType.STRENGTH)
            log = await log_workout(client, athlete, log_input(session))
            await edit(client, athlete, edit_input(log["workoutLog"]["id"]))
    query = """
    query($first: Int) { workoutLogs(first: $first) { edges { node {
      id sessionLoad athlete { id } session { id } replaces { id athlete { id } session { id } }
    } } } }
    """

    # when
    with QueryCounter() as small:
        one = await gql(client, query, {"first": 1}, token=coach.token)
    with QueryCounter() as large:
        six = await gql(client, query, {"first": 6}, token=coach.token)

    # then
    assert len(one["data"]["workoutLogs"]["edges"]) == 1
    assert len(six["data"]["workoutLogs"]["edges"]) == 6
    assert all(
        e["node"]["replaces"]["session"]["id"] == e["node"]["session"]["id"]
        for e in six["data"]["workoutLogs"]["edges"]
    )
    assert large.count == small.count
