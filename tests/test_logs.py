"""logWorkout: the athlete logs their own session (window, actualData schema, one current log)."""

from __future__ import annotations

import asyncio
import json
import math
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from app.audit.models import AuditLog
from app.clock import FixedClock
from app.exercises.models import Exercise, ExerciseCategory
from app.logs.models import WorkoutLog
from app.programs.models import SessionStatus, SessionType, TrainingSession
from app.settings import Settings
from tests.helpers import (
    ENDURANCE_DATA,
    LOG_WORKOUT,
    PINNED_NOW,
    SQUAT_ID,
    gql,
    log_input,
    log_workout,
    make_admin,
    make_athlete,
    make_athlete_session,
    make_coach,
    make_squat,
    strength_data,
    two_tenants,
)

# --- logging ---------------------------------------------------------------------------------


async def test_athlete_logs_own_session_and_it_becomes_completed(
    client: Any, settings: Settings, fixed_clock: FixedClock
) -> None:
    # given
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    await make_squat()
    session = await make_athlete_session(athlete)
    log_id = uuid.uuid4()

    # when
    result = await log_workout(client, athlete, log_input(session, id=str(log_id), syncStatus="PENDING"))

    # then
    assert result["errors"] == []
    log = result["workoutLog"]
    completed = (PINNED_NOW - timedelta(hours=2)).isoformat()
    assert log == {
        "id": str(log_id),
        "completedAt": completed,
        "actualData": strength_data(),
        "rpe": 7,
        "durationMinutes": 60,
        "notes": "Felt strong",
        "syncStatus": "PENDING",
        "version": 1,
        "isCurrent": True,
        "sessionLoad": 420,
        "session": {"id": str(session.id), "status": "COMPLETED", "completedAt": completed},
        "athlete": {"id": str(athlete.athlete.id), "displayName": "Athlete One"},
        "replaces": None,
    }
    stored = await TrainingSession.get(id=session.id)
    assert stored.status is SessionStatus.COMPLETED
    assert stored.completed_at == PINNED_NOW - timedelta(hours=2)
    assert await AuditLog.filter(action="log_workout", entity_id=log_id, user_id=athlete.user.id).count() == 1


async def test_endurance_log_and_session_load_null_without_rpe(
    client: Any, settings: Settings, fixed_clock: FixedClock
) -> None:
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    session = await make_athlete_session(athlete, session_type=SessionType.ENDURANCE)

    result = await log_workout(
        client,
        athlete,
        {
            "sessionId": str(session.id),
            "completedAt": PINNED_NOW.isoformat(),
            "actualData": ENDURANCE_DATA,
        },
    )

    assert result["errors"] == []
    log = result["workoutLog"]
    assert log["actualData"] == ENDURANCE_DATA
    assert (log["rpe"], log["durationMinutes"], log["notes"], log["sessionLoad"]) == (
        None,
        None,
        None,
        None,
    )
    assert log["syncStatus"] == "SYNCED"


async def test_skipped_session_can_still_be_logged(
    client: Any, settings: Settings, fixed_clock: FixedClock
) -> None:
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    await make_squat()
    session = await make_athlete_session(athlete, status=SessionStatus.SKIPPED)

    result = await log_workout(client, athlete, log_input(session))

    assert result["errors"] == []
    assert result["workoutLog"]["session"]["status"] == "COMPLETED"
    assert (await TrainingSession.get(id=session.id)).status is SessionStatus.COMPLETED


async def test_window_edges_seven_days_either_side(
    client: Any, settings: Settings, fixed_clock: FixedClock
) -> None:
    # given: sessions scheduled 7 days ago and 9 days ago; now is pinned
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    await make_squat()
    recent = await make_athlete_session(athlete, scheduled_at=PINNED_NOW - timedelta(days=7))
    old = await make_athlete_session(athlete, scheduled_at=PINNED_NOW - timedelta(days=9))

    # when: 7 days + 1 second after the old session's time
    too_late = await log_workout(
        client,
        athlete,
        log_input(old, completedAt=(old.scheduled_at + timedelta(days=7, seconds=1)).isoformat()),
    )
    # and 7 days + 1 second before the recent one's
    too_early = await log_workout(
        client,
        athlete,
        log_input(recent, completedAt=(recent.scheduled_at - timedelta(days=7, seconds=1)).isoformat()),
    )

    # then
    assert too_late["errors"] == [
        {
            "field": "completedAt",
            "code": "OUT_OF_WINDOW",
            "message": "Must be within 7 days of the session's scheduled time.",
        }
    ]
    assert too_early["errors"][0]["code"] == "OUT_OF_WINDOW"
    assert await WorkoutLog.all().count() == 0
    assert (await TrainingSession.get(id=old.id)).status is SessionStatus.PLANNED

    # exactly 7 days after and exactly 7 days before are inside the window
    at_late_edge = await log_workout(
        client,
        athlete,
        log_input(old, completedAt=(old.scheduled_at + timedelta(days=7)).isoformat()),
    )
    at_early_edge = await log_workout(
        client,
        athlete,
        log_input(recent, completedAt=(recent.scheduled_at - timedelta(days=7)).isoformat()),
    )
    assert at_late_edge["errors"] == [] and at_late_edge["workoutLog"]["version"] == 1
    assert at_early_edge["errors"] == []
    assert await WorkoutLog.all().count() == 2


async def test_completed_at_in_the_future_is_refused(
    client: Any, settings: Settings, fixed_clock: FixedClock
) -> None:
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    await make_squat()
    session = await make_athlete_session(athlete, scheduled_at=PINNED_NOW + timedelta(hours=1))

    future = await log_workout(
        client,
        athlete,
        log_input(session, completedAt=(PINNED_NOW + timedelta(seconds=1)).isoformat()),
    )
    now = await log_workout(client, athlete, log_input(session, completedAt=PINNED_NOW.isoformat()))

    assert future["errors"] == [
        {"field": "completedAt", "code": "OUT_OF_WINDOW", "message": "Cannot be in the future."}
    ]
    assert now["errors"] == []
    assert await WorkoutLog.all().count() == 1


async def test_completed_at_without_offset_is_utc(
    client: Any, settings: Settings, fixed_clock: FixedClock
) -> None:
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    await make_squat()
    session = await make_athlete_session(athlete)

    result = await log_workout(client, athlete, log_input(session, completedAt="2026-03-02T08:00:00"))

    assert result["errors"] == []
    assert result["workoutLog"]["completedAt"] == "2026-03-02T08:00:00+00:00"


async def test_scalar_bounds(client: Any, settings: Settings, fixed_clock: FixedClock) -> None:
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    await make_squat()
    session = await make_athlete_session(athlete)

    low = await log_workout(client, athlete, log_input(session, rpe=0, durationMinutes=-1, notes="x" * 1001))
    high = await log_workout(client, athlete, log_input(session, rpe=11, durationMinutes=1441))

    assert [(e["field"], e["code"]) for e in low["errors"]] == [
        ("rpe", "OUT_OF_RANGE"),
        ("durationMinutes", "OUT_OF_RANGE"),
        ("notes", "TOO_LONG"),
    ]
    assert [(e["field"], e["code"]) for e in high["errors"]] == [
        ("rpe", "OUT_OF_RANGE"),
        ("durationMinutes", "OUT_OF_RANGE"),
    ]
    assert await WorkoutLog.all().count() == 0
    assert (await TrainingSession.get(id=session.id)).status is SessionStatus.PLANNED

    edges = await log_workout(
        client, athlete, log_input(session, rpe=10, durationMinutes=1440, notes="x" * 1000)
    )
    assert edges["errors"] == []
    assert edges["workoutLog"]["sessionLoad"] == 14400


async def test_minimum_bounds_accepted(client: Any, settings: Settings, fixed_clock: FixedClock) -> None:
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    await make_squat()
    session = await make_athlete_session(athlete)

    result = await log_workout(client, athlete, log_input(session, rpe=1, durationMinutes=0))

    assert result["errors"] == []
    assert result["workoutLog"]["sessionLoad"] == 0


async def test_strength_actual_data_errors_carry_json_paths(
    client: Any, settings: Settings, fixed_clock: FixedClock
) -> None:
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    await make_squat()
    session = await make_athlete_session(athlete)
    bad = {
        "exercises": [
            {
                "exerciseId": str(SQUAT_ID),
                "sets": [{"weight": 100, "reps": 5}, {"weight": -5, "reps": "five"}],
            },
            {"exerciseId": "not-a-uuid", "sets": [{"reps": 3, "rpe": 11, "tempo": "3010"}]},
            {"sets": []},
        ]
    }

    result = await log_workout(client, athlete, log_input(session, actualData=bad))

    assert [(e["field"], e["code"]) for e in result["errors"]] == [
        ("actualData.exercises.0.sets.1.reps", "INVALID"),
        ("actualData.exercises.0.sets.1.weight", "INVALID"),
        ("actualData.exercises.1.exerciseId", "INVALID"),
        ("actualData.exercises.1.sets.0.rpe", "INVALID"),
        ("actualData.exercises.1.sets.0.tempo", "INVALID"),
        ("actualData.exercises.2.exerciseId", "INVALID"),
    ]
    assert await WorkoutLog.all().count() == 0


async def test_actual_data_must_match_the_session_type(
    client: Any, settings: Settings, fixed_clock: FixedClock
) -> None:
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    await make_squat()
    strength = await make_athlete_session(athlete)
    endurance = await make_athlete_session(athlete, session_type=SessionType.ENDURANCE)

    on_strength = await log_workout(client, athlete, log_input(strength, actualData=ENDURANCE_DATA))
    on_endurance = await log_workout(
        client,
        athlete,
        log_input(
            endurance,
            actualData={
                "modality": "swim",
                "duration": {"value": 30, "unit": "days"},
                "avgHeartRate": 300,
            },
        ),
    )
    not_an_object = await log_workout(client, athlete, log_input(endurance, actualData=[1, 2]))

    assert [(e["field"], e["message"]) for e in on_strength["errors"]] == [
        ("actualData.avgHeartRate", "Unknown property."),
        ("actualData.avgPower", "Unknown property."),
        ("actualData.completed", "Unknown property."),
        ("actualData.distance", "Unknown property."),
        ("actualData.duration", "Unknown property."),
        ("actualData.exercises", "This property is required."),
        ("actualData.modality", "Unknown property."),
    ]
    assert [(e["field"], e["code"]) for e in on_endurance["errors"]] == [
        ("actualData.avgHeartRate", "INVALID"),
        ("actualData.duration.unit", "INVALID"),
    ]
    assert [(e["field"], e["code"]) for e in not_an_object["errors"]] == [("actualData", "INVALID")]
    assert await WorkoutLog.all().count() == 0


async def test_unknown_or_invisible_exercise_in_actual_data(
    client: Any, settings: Settings, fixed_clock: FixedClock
) -> None:
    coach_a = await make_coach(settings, "a@example.com")
    athlete = await make_athlete(settings, coach_a)
    coach_b = await make_coach(settings, "b@example.com")
    private_b = await Exercise.create(
        name="Secret Press",
        category=ExerciseCategory.PRESS,
        muscle_groups=["chest"],
        created_by_id=coach_b.coach.id,
    )
    own_coach = await Exercise.create(
        name="Coach A Lunge",
        category=ExerciseCategory.SQUAT,
        muscle_groups=["quads"],
        created_by_id=coach_a.coach.id,
    )
    session = await make_athlete_session(athlete)
    data = {
        "exercises": [
            {"exerciseId": str(own_coach.id), "sets": [{"reps": 5}]},
            {"exerciseId": str(private_b.id), "sets": [{"reps": 5}]},
            {"exerciseId": str(uuid.uuid4()), "sets": []},
        ]
    }

    result = await log_workout(client, athlete, log_input(session, actualData=data))

    assert [(e["field"], e["code"]) for e in result["errors"]] == [
        ("actualData.exercises.1.exerciseId", "NOT_FOUND"),
        ("actualData.exercises.2.exerciseId", "NOT_FOUND"),
    ]
    assert await WorkoutLog.all().count() == 0


async def test_second_log_for_a_session_already_exists(
    client: Any, settings: Settings, fixed_clock: FixedClock
) -> None:
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    await make_squat()
    session = await make_athlete_session(athlete)
    first = await log_workout(client, athlete, log_input(session))

    second = await log_workout(client, athlete, log_input(session, rpe=9))

    assert second == {
        "workoutLog": None,
        "errors": [
            {
                "field": "sessionId",
                "code": "ALREADY_EXISTS",
                "message": "This session is already logged; edit that log instead.",
            }
        ],
    }
    logs = await WorkoutLog.all()
    assert [str(log.id) for log in logs] == [first["workoutLog"]["id"]]
    assert logs[0].rpe == 7


async def test_concurrent_logs_of_one_session_make_one_row(
    client: Any, settings: Settings, fixed_clock: FixedClock
) -> None:
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    await make_squat()
    session = await make_athlete_session(athlete)

    results = await asyncio.gather(
        *(log_workout(client, athlete, log_input(session, rpe=r)) for r in (5, 6, 7))
    )

    assert sorted(len(r["errors"]) for r in results) == [0, 1, 1]
    assert {e["code"] for r in results for e in r["errors"]} == {"ALREADY_EXISTS"}
    assert await WorkoutLog.filter(session_id=session.id).count() == 1


async def test_current_log_index_backs_the_rule(settings: Settings, fixed_clock: FixedClock) -> None:
    # The database itself refuses a second current log for a session and athlete, which the
    # service turns into ALREADY_EXISTS.
    from tortoise.exceptions import IntegrityError

    from app.logs.service import CURRENT_LOG_INDEX

    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    session = await make_athlete_session(athlete)
    fields = {
        "session_id": session.id,
        "athlete_id": athlete.athlete.id,
        "completed_at": PINNED_NOW,
        "actual_data": {},
    }
    await WorkoutLog.create(**fields)
    await WorkoutLog.create(**fields, is_current=False)

    try:
        await WorkoutLog.create(**fields)
    except IntegrityError as exc:
        assert CURRENT_LOG_INDEX in str(exc)
    else:
        raise AssertionError("a second current log was accepted")


async def test_taken_client_id_already_exists(
    client: Any, settings: Settings, fixed_clock: FixedClock
) -> None:
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    await make_squat()
    first_session = await make_athlete_session(athlete)
    second_session = await make_athlete_session(athlete)
    taken = uuid.uuid4()
    await log_workout(client, athlete, log_input(first_session, id=str(taken)))

    result = await log_workout(client, athlete, log_input(second_session, id=str(taken)))

    assert [(e["field"], e["code"]) for e in result["errors"]] == [("id", "ALREADY_EXISTS")]
    assert await WorkoutLog.filter(session_id=second_session.id).count() == 0
    assert (await TrainingSession.get(id=second_session.id)).status is SessionStatus.PLANNED


async def test_coach_and_admin_cannot_log(client: Any, settings: Settings, fixed_clock: FixedClock) -> None:
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    admin = await make_admin(settings)
    await make_squat()
    session = await make_athlete_session(athlete)

    for caller in (coach, admin):
        body = await gql(client, LOG_WORKOUT, {"input": log_input(session)}, token=caller.token)
        assert body["data"] is None
        assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"

    assert await WorkoutLog.all().count() == 0
    assert (await TrainingSession.get(id=session.id)).status is SessionStatus.PLANNED


async def test_other_athletes_or_unknown_session_is_not_found(
    client: Any, settings: Settings, fixed_clock: FixedClock
) -> None:
    coach_a, athlete_a, _, athlete_b = await two_tenants(settings)
    teammate = await make_athlete(settings, coach_a, "teammate@example.com", "Teammate")
    await make_squat()
    session_a = await make_athlete_session(athlete_a)

    for caller in (athlete_b, teammate):
        result = await log_workout(client, caller, log_input(session_a))
        assert result == {
            "workoutLog": None,
            "errors": [{"field": "sessionId", "code": "NOT_FOUND", "message": "Session not found."}],
        }
    unknown = await log_workout(client, athlete_a, log_input(session_a, sessionId=str(uuid.uuid4())))
    assert [(e["field"], e["code"]) for e in unknown["errors"]] == [("sessionId", "NOT_FOUND")]
    assert await WorkoutLog.all().count() == 0
    assert (await TrainingSession.get(id=session_a.id)).status is SessionStatus.PLANNED


async def test_unauthenticated_log_is_refused(
    client: Any, settings: Settings, fixed_clock: FixedClock
) -> None:
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    session = await make_athlete_session(athlete)

    body = await gql(client, LOG_WORKOUT, {"input": log_input(session)})

    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert await WorkoutLog.all().count() == 0


async def test_logging_uses_the_pinned_clock_not_the_wall_clock(
    client: Any, settings: Settings, fixed_clock: FixedClock
) -> None:
    # given: the clock pinned in the past; a completion after it but before the real now
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    await make_squat()
    session = await make_athlete_session(athlete)
    fixed_clock.set(datetime(2026, 3, 1, 12, 0, tzinfo=UTC))

    result = await log_workout(client, athlete, log_input(session, completedAt="2026-03-01T12:00:01+00:00"))

    assert [(e["field"], e["code"]) for e in result["errors"]] == [("completedAt", "OUT_OF_WINDOW")]


async def test_unusable_timestamp_is_out_of_range_not_a_crash(
    client: Any, settings: Settings, fixed_clock: FixedClock
) -> None:
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    session = await make_athlete_session(athlete)

    result = await log_workout(client, athlete, log_input(session, completedAt="0001-01-01T00:00:00+01:00"))

    # the one rule for client times (app/core/times.py): outside the supported date window
    assert result["errors"] == [
        {
            "field": "completedAt",
            "code": "OUT_OF_RANGE",
            "message": "Dates run from 1900-01-01 to 2199-12-31.",
        }
    ]
    assert await WorkoutLog.all().count() == 0


async def test_nul_characters_are_refused_not_a_crash(
    client: Any, settings: Settings, fixed_clock: FixedClock
) -> None:
    # PostgreSQL text and jsonb cannot hold U+0000: the request is refused as bad input.
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    await make_squat()
    session = await make_athlete_session(athlete)
    data = {"exercises": [{"exerciseId": str(SQUAT_ID), "sets": [{"reps": 5, "note": "x\u0000"}]}]}

    in_notes = await gql(
        client, LOG_WORKOUT, {"input": log_input(session, notes="a\u0000b")}, token=athlete.token
    )
    in_data = await gql(
        client, LOG_WORKOUT, {"input": log_input(session, actualData=data)}, token=athlete.token
    )

    assert in_notes["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    assert in_data["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    assert await WorkoutLog.all().count() == 0
    assert (await TrainingSession.get(id=session.id)).status is SessionStatus.PLANNED


async def test_actual_data_is_bounded_in_depth_size_and_numbers(
    client: Any, settings: Settings, fixed_clock: FixedClock
) -> None:
    # NaN and Infinity pass Python's JSON parser and every "minimum"/"maximum" of the schema, and
    # PostgreSQL refused them when storing the log: an internal error, not a typed one.
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    await make_squat()
    session = await make_athlete_session(athlete)
    weights = [math.nan, math.inf, -math.inf]
    deep: Any = [5]
    for _ in range(20):
        deep = [deep]

    async def log_raw(actual_data: Any) -> dict[str, Any]:
        # encoded with Python's json, which writes NaN and Infinity (httpx refuses to)
        document = {"query": LOG_WORKOUT, "variables": {"input": log_input(session, actualData=actual_data)}}
        response = await client.post(
            "/graphql",
            content=json.dumps(document),
            headers={"content-type": "application/json", "authorization": f"Bearer {athlete.token}"},
        )
        assert response.status_code == 200
        return response.json()["data"]["logWorkout"]

    not_finite = [
        await log_raw({"exercises": [{"exerciseId": str(SQUAT_ID), "sets": [{"weight": w, "reps": 5}]}]})
        for w in weights
    ]
    too_deep = await log_raw({"exercises": [{"exerciseId": str(SQUAT_ID), "sets": deep}]})
    too_long = await log_raw({"exercises": [{"exerciseId": str(SQUAT_ID), "sets": [{"reps": 1}] * 1001}]})

    assert [r["errors"] for r in not_finite] == [
        [
            {
                "field": "actualData.exercises.0.sets.0.weight",
                "code": "INVALID",
                "message": "Numbers must be finite (JSON has no NaN or Infinity).",
            }
        ]
    ] * 3
    assert too_deep["errors"] == [
        {
            "field": "actualData.exercises.0.sets" + ".0" * 13,  # the 17th level
            "code": "INVALID",
            "message": "Lists and objects nest at most 16 levels deep.",
        }
    ]
    assert too_long["errors"] == [
        {
            "field": "actualData.exercises.0.sets",
            "code": "TOO_LONG",
            "message": "At most 1000 entries in one list or object.",
        }
    ]
    assert await WorkoutLog.all().count() == 0
    assert (await TrainingSession.get(id=session.id)).status is SessionStatus.PLANNED
