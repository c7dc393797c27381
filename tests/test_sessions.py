"""Sessions: scheduling with validated prescriptions, edits, skipping, athlete-local date views."""

from __future__ import annotations

import json
import math
from datetime import date

import pytest

from app.audit.models import AuditLog
from app.logs.models import FeedbackType, SessionFeedback, WorkoutLog
from app.programs.models import SessionStatus, TrainingSession
from tests.helpers import (
    ENDURANCE_RUN,
    USER_ERRORS,
    QueryCounter,
    call,
    error_codes,
    gql,
    make_admin,
    make_athlete,
    make_cycle,
    make_exercise,
    make_phase,
    make_program,
    make_session,
    make_team,
    mutate,
    snapshot,
    utc,
)

SESSION_FIELDS = (
    "id title scheduledAt localDate durationMinutes modality sessionType prescription focus intensity status "
    "plannedLoad skippedReason"
)
SCHEDULE = (
    "mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { session { "
    + SESSION_FIELDS
    + " phase { id } microCycle { id } athlete { id } program { id } } "
    + USER_ERRORS
    + " } }"
)
UPDATE_SESSION = (
    "mutation($input: UpdateSessionInput!) { updateSession(input: $input) { session { "
    + SESSION_FIELDS
    + " phase { id } microCycle { id } } "
    + USER_ERRORS
    + " } }"
)
SKIP = (
    "mutation($input: SkipSessionInput!) "
    f"{{ skipSession(input: $input) {{ session {{ {SESSION_FIELDS} }} {USER_ERRORS} }} }}"
)


def _codes(payload):
    return [(e["field"], e["code"]) for e in payload["errors"]]


def _lift(exercise_id, **overrides):
    return {
        "exerciseId": str(exercise_id),
        "sets": 5,
        "reps": 5,
        "intensity": {"type": "percent_1rm", "value": 75},
        **overrides,
    }


async def _setup(settings, timezone="UTC"):
    team = await make_team(settings, timezone=timezone)
    program = await make_program(team.athlete, start=date(2026, 3, 2), end=date(2026, 4, 26))
    return team, program


def _run(program, **overrides):
    return {
        "programId": str(program.id),
        "title": "Easy run",
        "scheduledAt": "2026-03-03T07:00:00Z",
        "modality": "RUN",
        "sessionType": "ENDURANCE",
        "prescription": ENDURANCE_RUN,
        **overrides,
    }


# --- scheduling -------------------------------------------------------------------------


async def test_schedule_an_endurance_session_in_a_week(client, settings):
    team, program = await _setup(settings)
    phase = await make_phase(program, 1, date(2026, 3, 2), date(2026, 3, 29))
    week = await make_cycle(phase, 1, date(2026, 3, 2), date(2026, 3, 8))

    payload = await mutate(
        client,
        team.coach.token,
        SCHEDULE,
        _run(
            program,
            microCycleId=str(week.id),
            durationMinutes=45,
            focus="Aerobic",
            intensity="EASY",
            plannedLoad=135.5,
            scheduledAt="2026-03-03T08:00:00+01:00",
        ),
    )

    assert payload["errors"] == []
    session = payload["session"]
    assert session == {
        "id": session["id"],
        "title": "Easy run",
        "scheduledAt": "2026-03-03T07:00:00+00:00",
        "localDate": "2026-03-03",
        "durationMinutes": 45,
        "modality": "RUN",
        "sessionType": "ENDURANCE",
        "prescription": ENDURANCE_RUN,
        "focus": "Aerobic",
        "intensity": "EASY",
        "status": "PLANNED",
        "plannedLoad": 135.5,
        "skippedReason": None,
        "phase": {"id": str(phase.id)},
        "microCycle": {"id": str(week.id)},
        "athlete": {"id": str(team.athlete_id)},
        "program": {"id": str(program.id)},
    }
    assert await AuditLog.filter(action="schedule_session", entity_id=session["id"]).count() == 1


async def test_strength_exercises_must_be_usable_by_the_programs_coach(client, settings):
    team, program = await _setup(settings)
    system = await make_exercise("Back Squat")
    own = await make_exercise("Coach's Squat", created_by=team.coach.coach.id)  # type: ignore[union-attr]
    public = await make_exercise("Shared Press", created_by=team.other_coach.coach.id, public=True)  # type: ignore[union-attr]
    private = await make_exercise("Secret Pull", created_by=team.other_coach.coach.id)  # type: ignore[union-attr]
    unknown = "5f0c3a5e-0000-4000-8000-000000000000"
    strength = {"modality": "STRENGTH", "sessionType": "STRENGTH", "title": "Lift"}
    before = await snapshot()

    refused = await mutate(
        client,
        team.coach.token,
        SCHEDULE,
        _run(
            program,
            **strength,
            prescription={"exercises": [_lift(system.id), _lift(private.id), _lift(unknown)]},
        ),
    )
    assert refused["session"] is None
    assert _codes(refused) == [
        ("prescription.exercises.1.exerciseId", "INVALID_PRESCRIPTION"),
        ("prescription.exercises.2.exerciseId", "INVALID_PRESCRIPTION"),
    ]
    assert await snapshot() == before

    accepted = await mutate(
        client,
        team.coach.token,
        SCHEDULE,
        _run(
            program,
            **strength,
            prescription={"exercises": [_lift(system.id), _lift(own.id), _lift(public.id, tempo="3010")]},
        ),
    )
    assert accepted["errors"] == []
    assert accepted["session"]["prescription"]["exercises"][2]["tempo"] == "3010"


async def test_prescription_schema_errors_carry_their_json_path(client, settings):
    team, program = await _setup(settings)
    squat = await make_exercise("Back Squat")

    payload = await mutate(
        client,
        team.coach.token,
        SCHEDULE,
        _run(
            program,
            modality="STRENGTH",
            sessionType="STRENGTH",
            title="Lift",
            prescription={
                "exercises": [
                    _lift(squat.id, sets=0),
                    {
                        "exerciseId": "not-a-uuid",
                        "sets": 3,
                        "intensity": {"type": "weight", "value": 101},
                        "tempo": "30X0",
                    },
                ]
            },
        ),
    )

    assert payload["session"] is None
    assert payload["errors"] == [
        {
            "field": "prescription.exercises.0.sets",
            "code": "INVALID_PRESCRIPTION",
            "message": "0 is less than the minimum of 1",
        },
        {
            "field": "prescription.exercises.1.exerciseId",
            "code": "INVALID_PRESCRIPTION",
            "message": "'not-a-uuid' is not a 'uuid'",
        },
        {
            "field": "prescription.exercises.1.intensity.type",
            "code": "INVALID_PRESCRIPTION",
            "message": "'weight' is not one of ['percent_1rm', 'rpe']",
        },
        {
            "field": "prescription.exercises.1.intensity.value",
            "code": "INVALID_PRESCRIPTION",
            "message": "101 is greater than the maximum of 100",
        },
        {
            "field": "prescription.exercises.1.reps",
            "code": "INVALID_PRESCRIPTION",
            "message": "'reps' is a required property",
        },
        {
            "field": "prescription.exercises.1.tempo",
            "code": "INVALID_PRESCRIPTION",
            "message": "'30X0' does not match '^[0-9]{4}$'",
        },
    ]
    assert await TrainingSession.all().count() == 0


@pytest.mark.parametrize(
    ("prescription", "expected"),
    [
        (
            {},
            [
                ("prescription.duration", "INVALID_PRESCRIPTION"),
                ("prescription.intensity", "INVALID_PRESCRIPTION"),
                ("prescription.modality", "INVALID_PRESCRIPTION"),
            ],
        ),
        ("run", [("prescription", "INVALID_PRESCRIPTION")]),
        (
            {**ENDURANCE_RUN, "duration": {"value": 0, "unit": "days"}},
            [
                ("prescription.duration.unit", "INVALID_PRESCRIPTION"),
                ("prescription.duration.value", "INVALID_PRESCRIPTION"),
            ],
        ),
        (
            {**ENDURANCE_RUN, "distance": {"value": 0.05, "unit": "km"}},
            [("prescription.distance.value", "INVALID_PRESCRIPTION")],
        ),
        (
            {**ENDURANCE_RUN, "intensity": {"type": "heart_rate_zone", "zone": 6}},
            [("prescription.intensity.zone", "INVALID_PRESCRIPTION")],
        ),
        (
            {**ENDURANCE_RUN, "modality": "bike"},
            [("prescription.modality", "INVALID_PRESCRIPTION")],
        ),
    ],
)
async def test_endurance_prescription_rules(client, settings, prescription, expected):
    team, program = await _setup(settings)

    payload = await mutate(client, team.coach.token, SCHEDULE, _run(program, prescription=prescription))

    assert payload["session"] is None
    assert _codes(payload) == expected
    assert await TrainingSession.all().count() == 0


async def test_endurance_prescription_may_differ_for_non_endurance_modalities(client, settings):
    team, program = await _setup(settings)

    payload = await mutate(
        client, team.coach.token, SCHEDULE, _run(program, modality="MOBILITY", title="Flow")
    )

    assert payload["errors"] == []


async def test_session_field_rules_are_reported_together(client, settings):
    team, program = await _setup(settings)
    before = await snapshot()

    payload = await mutate(
        client,
        team.coach.token,
        SCHEDULE,
        _run(
            program,
            title="",
            durationMinutes=301,
            focus="f" * 201,
            plannedLoad=-1,
            scheduledAt="2026-03-03T07:00:00",
        ),
    )

    assert _codes(payload) == [
        ("title", "REQUIRED"),
        ("durationMinutes", "OUT_OF_RANGE"),
        ("focus", "TOO_LONG"),
        ("plannedLoad", "OUT_OF_RANGE"),
        ("scheduledAt", "INVALID"),
    ]
    assert await snapshot() == before


async def test_session_must_fall_inside_its_program_phase_and_week(client, settings):
    team, program = await _setup(settings)
    phase = await make_phase(program, 1, date(2026, 3, 2), date(2026, 3, 15))
    week = await make_cycle(phase, 1, date(2026, 3, 2), date(2026, 3, 8))
    other_phase = await make_phase(program, 2, date(2026, 3, 16), date(2026, 3, 29))
    elsewhere = await make_program(team.athlete, title="Elsewhere")
    foreign_phase = await make_phase(elsewhere, 1, date(2026, 3, 2), date(2026, 3, 15))

    before_program = await mutate(
        client, team.coach.token, SCHEDULE, _run(program, scheduledAt="2026-03-01T23:59:59Z")
    )
    after_week = await mutate(
        client,
        team.coach.token,
        SCHEDULE,
        _run(program, microCycleId=str(week.id), scheduledAt="2026-03-09T07:00:00Z"),
    )
    foreign = await mutate(client, team.coach.token, SCHEDULE, _run(program, phaseId=str(foreign_phase.id)))
    mismatch = await mutate(
        client,
        team.coach.token,
        SCHEDULE,
        _run(program, phaseId=str(other_phase.id), microCycleId=str(week.id)),
    )

    assert before_program["errors"] == [
        {
            "field": "scheduledAt",
            "code": "OUT_OF_RANGE",
            "message": "The session's date (2026-03-01) is outside its program's dates.",
        }
    ]
    assert after_week["errors"] == [
        {
            "field": "scheduledAt",
            "code": "OUT_OF_RANGE",
            "message": "The session's date (2026-03-09) is outside its micro-cycle's dates.",
        }
    ]
    assert _codes(foreign) == [("phaseId", "NOT_FOUND")]
    assert _codes(mismatch) == [("microCycleId", "INVALID"), ("scheduledAt", "OUT_OF_RANGE")]
    assert await TrainingSession.all().count() == 0


async def test_session_dates_are_checked_in_the_athletes_zone(client, settings):
    # 2026-03-01 15:30 UTC is already 2026-03-02 00:30 in Tokyo: inside a program starting 2026-03-02.
    team, program = await _setup(settings, timezone="Asia/Tokyo")

    payload = await mutate(
        client, team.coach.token, SCHEDULE, _run(program, scheduledAt="2026-03-01T15:30:00Z")
    )

    assert payload["errors"] == []
    assert payload["session"]["localDate"] == "2026-03-02"


async def test_schedule_with_a_client_id_then_a_taken_one(client, settings):
    team, program = await _setup(settings)
    client_id = "c0ffee00-1234-4abc-8def-0123456789ab"

    first = await mutate(client, team.coach.token, SCHEDULE, _run(program, id=client_id))
    second = await mutate(client, team.coach.token, SCHEDULE, _run(program, id=client_id, title="Again"))

    assert first["session"]["id"] == client_id
    assert _codes(second) == [("id", "ALREADY_EXISTS")]
    assert await TrainingSession.all().count() == 1


# --- editing and skipping ---------------------------------------------------------------


async def test_update_session_rechecks_the_whole_session(client, settings):
    team, program = await _setup(settings)
    session = await make_session(program, utc(2026, 3, 3, 7))
    squat = await make_exercise("Back Squat")
    before = await snapshot()

    type_only = await mutate(
        client, team.coach.token, UPDATE_SESSION, {"id": str(session.id), "sessionType": "STRENGTH"}
    )
    modality_only = await mutate(
        client, team.coach.token, UPDATE_SESSION, {"id": str(session.id), "modality": "SWIM"}
    )
    cleared = await mutate(
        client, team.coach.token, UPDATE_SESSION, {"id": str(session.id), "prescription": None}
    )
    outside = await mutate(
        client,
        team.coach.token,
        UPDATE_SESSION,
        {"id": str(session.id), "scheduledAt": "2026-04-27T07:00:00Z"},
    )

    assert _codes(type_only) == [("prescription.exercises", "INVALID_PRESCRIPTION")]
    assert _codes(modality_only) == [("prescription.modality", "INVALID_PRESCRIPTION")]
    assert _codes(cleared) == [("prescription", "REQUIRED")]
    assert _codes(outside) == [("scheduledAt", "OUT_OF_RANGE")]
    assert await snapshot() == before

    changed = await mutate(
        client,
        team.coach.token,
        UPDATE_SESSION,
        {
            "id": str(session.id),
            "sessionType": "STRENGTH",
            "modality": "STRENGTH",
            "title": "Squats",
            "prescription": {"exercises": [_lift(squat.id)]},
            "durationMinutes": 60,
            "focus": None,
        },
    )

    assert changed["errors"] == []
    assert (
        changed["session"]["title"],
        changed["session"]["sessionType"],
        changed["session"]["durationMinutes"],
    ) == (
        "Squats",
        "STRENGTH",
        60,
    )
    stored = await TrainingSession.get(id=session.id)
    assert stored.prescription == {"exercises": [_lift(squat.id)]}
    assert stored.scheduled_at == utc(2026, 3, 3, 7)


async def test_update_session_moves_it_between_weeks(client, settings):
    team, program = await _setup(settings)
    phase = await make_phase(program, 1, date(2026, 3, 2), date(2026, 3, 29))
    week1 = await make_cycle(phase, 1, date(2026, 3, 2), date(2026, 3, 8))
    week2 = await make_cycle(phase, 2, date(2026, 3, 9), date(2026, 3, 15))
    session = await make_session(program, utc(2026, 3, 3, 7), cycle=week1)

    moved = await mutate(
        client,
        team.coach.token,
        UPDATE_SESSION,
        {
            "id": str(session.id),
            "microCycleId": str(week2.id),
            "scheduledAt": "2026-03-10T07:00:00Z",
        },
    )
    detached = await mutate(
        client,
        team.coach.token,
        UPDATE_SESSION,
        {"id": str(session.id), "microCycleId": None, "phaseId": None},
    )

    assert moved["errors"] == []
    assert moved["session"]["microCycle"] == {"id": str(week2.id)}
    assert moved["session"]["phase"] == {"id": str(phase.id)}
    assert detached["session"]["microCycle"] is None and detached["session"]["phase"] is None


async def test_skip_a_planned_session_once(client, settings):
    team, program = await _setup(settings)
    session = await make_session(program, utc(2026, 3, 3, 7))
    done = await make_session(program, utc(2026, 3, 4, 7), status=SessionStatus.COMPLETED)

    too_long = await mutate(client, team.coach.token, SKIP, {"id": str(session.id), "reason": "r" * 501})
    skipped = await mutate(client, team.coach.token, SKIP, {"id": str(session.id), "reason": " Sick "})
    again = await mutate(client, team.coach.token, SKIP, {"id": str(session.id)})
    completed = await mutate(client, team.coach.token, SKIP, {"id": str(done.id)})

    assert _codes(too_long) == [("reason", "TOO_LONG")]
    assert (skipped["session"]["status"], skipped["session"]["skippedReason"]) == (
        "SKIPPED",
        "Sick",
    )
    assert again["errors"] == [
        {
            "field": None,
            "code": "INVALID_TRANSITION",
            "message": "A skipped session cannot be skipped.",
        }
    ]
    assert _codes(completed) == [(None, "INVALID_TRANSITION")]
    assert (await TrainingSession.get(id=done.id)).status is SessionStatus.COMPLETED


async def test_athlete_may_not_write_sessions(client, settings):
    team, program = await _setup(settings)
    session = await make_session(program, utc(2026, 3, 3, 7))
    before = await snapshot()

    bodies = [
        await gql(client, SCHEDULE, {"input": _run(program)}, token=team.athlete.token),
        await gql(
            client,
            UPDATE_SESSION,
            {"input": {"id": str(session.id), "title": "Mine"}},
            token=team.athlete.token,
        ),
        await gql(client, SKIP, {"input": {"id": str(session.id)}}, token=team.athlete.token),
    ]

    assert [error_codes(b) for b in bodies] == [["FORBIDDEN"]] * 3
    assert await snapshot() == before


async def test_other_coach_gets_not_found_for_sessions(client, settings):
    team, program = await _setup(settings)
    session = await make_session(program, utc(2026, 3, 3, 7))
    before = await snapshot()

    scheduled = await mutate(client, team.other_coach.token, SCHEDULE, _run(program))
    updated = await mutate(
        client, team.other_coach.token, UPDATE_SESSION, {"id": str(session.id), "title": "Mine"}
    )
    skipped = await mutate(client, team.other_coach.token, SKIP, {"id": str(session.id)})

    assert _codes(scheduled) == [("programId", "NOT_FOUND")]
    assert _codes(updated) == [("id", "NOT_FOUND")]
    assert _codes(skipped) == [("id", "NOT_FOUND")]
    assert await snapshot() == before


# --- athlete-local date views -----------------------------------------------------------

SESSIONS = """query($athleteId: UUID, $from: Date!, $to: Date!, $first: Int, $after: String) {
    sessions(athleteId: $athleteId, from: $from, to: $to, first: $first, after: $after) {
        edges { node { title localDate } } pageInfo { hasNextPage endCursor } } }"""


async def test_sessions_by_athlete_local_dates_in_tokyo(client, settings):
    team, program = await _setup(settings, timezone="Asia/Tokyo")
    await make_session(program, utc(2026, 3, 2, 14, 59), title="Monday evening")  # 23:59 on 03-02 in Tokyo
    await make_session(program, utc(2026, 3, 2, 23, 30), title="Late UTC")  # 08:30 on 03-03 in Tokyo
    await make_session(program, utc(2026, 3, 3, 15, 0), title="Wednesday")  # 00:00 on 03-04 in Tokyo

    monday = await call(
        client,
        team.coach.token,
        SESSIONS,
        athleteId=str(team.athlete_id),
        **{"from": "2026-03-02", "to": "2026-03-02"},
    )
    tuesday = await call(
        client,
        team.coach.token,
        SESSIONS,
        athleteId=str(team.athlete_id),
        **{"from": "2026-03-03", "to": "2026-03-03"},
    )
    both = await call(client, team.athlete.token, SESSIONS, **{"from": "2026-03-02", "to": "2026-03-04"})

    assert monday["sessions"]["edges"] == [{"node": {"title": "Monday evening", "localDate": "2026-03-02"}}]
    assert tuesday["sessions"]["edges"] == [{"node": {"title": "Late UTC", "localDate": "2026-03-03"}}]
    assert [e["node"]["title"] for e in both["sessions"]["edges"]] == [
        "Monday evening",
        "Late UTC",
        "Wednesday",
    ]


async def test_sessions_pages_in_time_order(client, settings):
    team, program = await _setup(settings)
    for day in (5, 3, 4):
        await make_session(program, utc(2026, 3, day, 7), title=f"Day {day}")
    args = {"athleteId": str(team.athlete_id), "from": "2026-03-01", "to": "2026-03-31", "first": 2}

    page1 = (await call(client, team.coach.token, SESSIONS, **args))["sessions"]
    page2 = (await call(client, team.coach.token, SESSIONS, **args, after=page1["pageInfo"]["endCursor"]))[
        "sessions"
    ]

    assert [e["node"]["title"] for e in page1["edges"]] == ["Day 3", "Day 4"]
    assert page1["pageInfo"]["hasNextPage"] is True
    assert [e["node"]["title"] for e in page2["edges"]] == ["Day 5"]


async def test_session_range_rules(client, settings):
    team, _ = await _setup(settings)
    athlete = str(team.athlete_id)

    backwards = await gql(
        client,
        SESSIONS,
        {"athleteId": athlete, "from": "2026-03-02", "to": "2026-03-01"},
        token=team.coach.token,
    )
    too_long = await gql(
        client,
        SESSIONS,
        {"athleteId": athlete, "from": "2026-01-01", "to": "2027-01-02"},
        token=team.coach.token,
    )
    longest = await gql(
        client,
        SESSIONS,
        {"athleteId": athlete, "from": "2026-01-01", "to": "2027-01-01"},
        token=team.coach.token,
    )
    no_athlete = await gql(
        client, SESSIONS, {"from": "2026-03-01", "to": "2026-03-02"}, token=team.coach.token
    )

    assert error_codes(backwards) == ["BAD_USER_INPUT"]
    assert error_codes(too_long) == ["BAD_USER_INPUT"]
    assert "errors" not in longest
    assert error_codes(no_athlete) == ["BAD_USER_INPUT"]


TODAY_AND_WEEK = """query($athleteId: UUID, $date: Date) {
    today(athleteId: $athleteId) { title localDate }
    week(athleteId: $athleteId, date: $date) {
        athlete { displayName } weekStart weekEnd sessionsPlanned sessionsCompleted sessions { title localDate status } } }"""


async def test_today_and_week_follow_the_athletes_clock(client, settings, fixed_clock):
    # Pinned now: Monday 2026-03-02 09:30 UTC, which is 2026-03-01 (a Sunday) 22:30 in Honolulu.
    team = await make_team(settings)
    islander = await make_athlete(
        settings, team.coach, email="kai@example.com", name="Kai", timezone="Pacific/Honolulu"
    )
    program = await make_program(islander, start=date(2026, 2, 2), end=date(2026, 3, 29))
    await make_session(
        program, utc(2026, 2, 23, 18), title="Mon", status=SessionStatus.COMPLETED
    )  # 02-23 local
    await make_session(program, utc(2026, 3, 1, 20), title="Sun morning")  # 03-01 10:00 local
    await make_session(program, utc(2026, 3, 2, 9, 59), title="Sun night")  # 03-01 23:59 local
    await make_session(program, utc(2026, 3, 2, 10), title="Next Mon")  # 03-02 00:00 local
    await make_session(program, utc(2026, 2, 23, 9, 59), title="Previous Sun")  # 02-22 23:59 local

    data = await call(client, team.coach.token, TODAY_AND_WEEK, athleteId=str(islander.athlete.id))  # type: ignore[union-attr]
    later = await call(client, islander.token, TODAY_AND_WEEK, date="2026-03-04")

    assert data["today"] == [
        {"title": "Sun morning", "localDate": "2026-03-01"},
        {"title": "Sun night", "localDate": "2026-03-01"},
    ]
    assert data["week"] == {
        "athlete": {"displayName": "Kai"},
        "weekStart": "2026-02-23",
        "weekEnd": "2026-03-01",
        "sessionsPlanned": 3,
        "sessionsCompleted": 1,
        "sessions": [
            {"title": "Mon", "localDate": "2026-02-23", "status": "COMPLETED"},
            {"title": "Sun morning", "localDate": "2026-03-01", "status": "PLANNED"},
            {"title": "Sun night", "localDate": "2026-03-01", "status": "PLANNED"},
        ],
    }
    assert later["week"]["weekStart"] == "2026-03-02"
    assert [s["title"] for s in later["week"]["sessions"]] == ["Next Mon"]


OWN_WEEK = "{ week { weekStart sessions { title localDate } } }"
OWN_DAYS = """{ today { title log { id } }
    week { weekStart sessions { title localDate log { id rpe version isCurrent } } } }"""


async def test_an_athletes_own_week_reads_the_profile_with_the_token_check(client, settings, fixed_clock):
    # Pinned now: Monday 2026-03-02 09:30 UTC; Sunday 2026-03-01 in Honolulu, Monday in Tokyo.
    team = await make_team(settings)
    islander = await make_athlete(
        settings, team.coach, email="kai@example.com", name="Kai", timezone="Pacific/Honolulu"
    )
    program = await make_program(islander, start=date(2026, 2, 2), end=date(2026, 3, 29))
    await make_session(program, utc(2026, 3, 1, 20), title="Sun morning")
    await make_session(program, utc(2026, 3, 3, 1), title="Tue in Tokyo")

    logged = await make_session(program, utc(2026, 2, 26, 20), title="Thu", status=SessionStatus.COMPLETED)
    log = await WorkoutLog.create(
        session_id=logged.id,
        athlete_id=islander.athlete.id,
        completed_at=utc(2026, 2, 26, 21),
        actual_data={},
        rpe=7,
    )  # type: ignore[union-attr]
    await WorkoutLog.create(  # a replaced version: not the session's log
        session_id=logged.id,
        athlete_id=islander.athlete.id,  # type: ignore[union-attr]
        completed_at=utc(2026, 2, 26, 21),
        actual_data={},
        rpe=5,
        is_current=False,
    )

    with QueryCounter() as days_counter:
        days = await call(client, islander.token, OWN_DAYS)
    with QueryCounter() as counter:
        own = await call(client, islander.token, OWN_WEEK)
    with QueryCounter() as coach_counter:
        coachs = await call(
            client,
            team.coach.token,
            "query($a: UUID) { week(athleteId: $a) { weekStart } }",
            a=str(islander.athlete.id),
        )  # type: ignore[union-attr]

    # the token's check, with the athlete's own profile; the week's sessions with their logs
    assert counter.count == 2, counter.statements
    assert own["week"] == {
        "weekStart": "2026-02-23",
        "sessions": [
            {"title": "Thu", "localDate": "2026-02-26"},
            {"title": "Sun morning", "localDate": "2026-03-01"},
        ],
    }
    # today and the week: one statement more, for today's sessions and their logs
    assert days_counter.count == 3, days_counter.statements
    assert days == {
        "today": [{"title": "Sun morning", "log": None}],
        "week": {
            "weekStart": "2026-02-23",
            "sessions": [
                {
                    "title": "Thu",
                    "localDate": "2026-02-26",
                    "log": {
                        "id": str(log.id),
                        "rpe": 7,
                        "version": 1,
                        "isCurrent": True,
                    },
                },
                {"title": "Sun morning", "localDate": "2026-03-01", "log": None},
            ],
        },
    }
    # a coach's view of the athlete reads the athlete's row by itself
    assert coach_counter.count == 3 and coachs["week"] == {"weekStart": "2026-02-23"}

    # a batch: the profile read with the token is not used after the operation that may change it
    update = {
        "query": "mutation($input: UpdateAthleteProfileInput!) { updateAthleteProfile(input: $input) { errors { code } } }",
        "variables": {"input": {"id": str(islander.athlete.id), "timezone": "Asia/Tokyo"}},  # type: ignore[union-attr]
    }
    response = await client.post(
        "/graphql", json=[update, {"query": OWN_WEEK}], headers={"authorization": f"Bearer {islander.token}"}
    )
    updated, week = response.json()
    assert updated["data"]["updateAthleteProfile"]["errors"] == []
    assert week["data"]["week"] == {
        "weekStart": "2026-03-02",
        "sessions": [
            {"title": "Sun morning", "localDate": "2026-03-02"},  # 05:00 on Monday in Tokyo
            {"title": "Tue in Tokyo", "localDate": "2026-03-03"},
        ],
    }


async def test_other_coach_sees_no_sessions_of_another_coachs_athlete(client, settings, fixed_clock):
    team, program = await _setup(settings)
    await make_session(program, utc(2026, 3, 2, 12))
    athlete = str(team.athlete_id)

    data = await call(
        client,
        team.other_coach.token,
        'query($a: UUID!) { sessions(athleteId: $a, from: "2026-03-01", to: "2026-03-31") { edges { node { id } } totalCount } '
        "today(athleteId: $a) { id } week(athleteId: $a) { weekStart } }",
        a=athlete,
    )
    own_view = await call(
        client, team.coach.token, "query($a: UUID!) { today(athleteId: $a) { title } }", a=athlete
    )

    assert data == {"sessions": {"edges": [], "totalCount": 0}, "today": [], "week": None}
    assert own_view == {"today": [{"title": "Easy run"}]}


async def test_session_shows_its_log_and_feedback(client, settings, fixed_clock):
    team, program = await _setup(settings)
    session = await make_session(program, utc(2026, 3, 2, 7))
    untouched = await make_session(program, utc(2026, 3, 3, 7))
    log = await WorkoutLog.create(
        session_id=session.id,
        athlete_id=team.athlete_id,
        completed_at=utc(2026, 3, 2, 8),
        actual_data={},
        rpe=6,
    )
    feedback = await SessionFeedback.create(
        session_id=session.id,
        athlete_id=team.athlete_id,
        feedback_type=FeedbackType.HARD,
        submitted_at=utc(2026, 3, 2, 9),
    )
    admin = await make_admin(settings)

    data = await call(
        client,
        admin.token,
        "query($from: Date!, $to: Date!, $a: UUID!) { sessions(athleteId: $a, from: $from, to: $to) "
        "{ edges { node { title log { id rpe } feedback { id } } } } }",
        a=str(team.athlete_id),
        **{"from": "2026-03-02", "to": "2026-03-03"},
    )

    assert data["sessions"]["edges"] == [
        {
            "node": {
                "title": "Easy run",
                "log": {"id": str(log.id), "rpe": 6},
                "feedback": {"id": str(feedback.id)},
            }
        },
        {"node": {"title": "Easy run", "log": None, "feedback": None}},
    ]
    assert untouched.id != session.id


async def test_extreme_dates_are_typed_errors_not_crashes(client, settings, fixed_clock):
    team, program = await _setup(settings, timezone="Asia/Tokyo")
    athlete = str(team.athlete_id)
    before = await snapshot()

    range_end = await gql(
        client,
        SESSIONS,
        {"athleteId": athlete, "from": "9999-12-30", "to": "9999-12-31"},
        token=team.coach.token,
    )
    range_start = await gql(
        client,
        SESSIONS,
        {"athleteId": athlete, "from": "0001-01-01", "to": "0001-01-02"},
        token=team.coach.token,
    )
    week = await gql(
        client, TODAY_AND_WEEK, {"athleteId": athlete, "date": "9999-12-31"}, token=team.coach.token
    )
    nested = await gql(
        client,
        'query($id: UUID!) { program(id: $id) { sessions(to: "9999-12-31") { id } } }',
        {"id": str(program.id)},
        token=team.coach.token,
    )
    backwards = await gql(
        client,
        'query($id: UUID!) { program(id: $id) { sessions(from: "2026-03-05", to: "2026-03-04") { id } } }',
        {"id": str(program.id)},
        token=team.coach.token,
    )
    latest = await mutate(
        client, team.coach.token, SCHEDULE, _run(program, scheduledAt="9999-12-31T23:59:59Z")
    )
    earliest = await mutate(
        client, team.coach.token, SCHEDULE, _run(program, scheduledAt="0001-01-01T00:00:00+01:00")
    )

    for body in (range_end, range_start, week, nested, backwards):
        assert error_codes(body) == ["BAD_USER_INPUT"], body
    for payload in (latest, earliest):
        assert payload["errors"] == [
            {
                "field": "scheduledAt",
                "code": "OUT_OF_RANGE",
                "message": "Dates run from 1900-01-01 to 2199-12-31.",
            }
        ]
    assert await snapshot() == before


async def _schedule_raw(client, token, input):
    """scheduleSession with the body encoded by Python's json, which writes NaN and Infinity."""
    response = await client.post(
        "/graphql",
        content=json.dumps({"query": SCHEDULE, "variables": {"input": input}}),
        headers={"content-type": "application/json", "authorization": f"Bearer {token}"},
    )
    assert response.status_code == 200
    body = response.json()
    assert "errors" not in body, body
    return body["data"]["scheduleSession"]


async def test_prescriptions_are_bounded_in_depth_size_and_numbers(client, settings):
    # NaN and Infinity pass Python's JSON parser and the schema's "minimum", and PostgreSQL then
    # refused them (an internal error); any depth or size of extra keys was stored as sent.
    team, program = await _setup(settings)
    deep = {"leaf": 1}
    for _ in range(14):
        deep = {"a": deep}  # 15 levels: with the prescription's own, the 16 allowed
    before = await snapshot()

    not_finite = [
        await _schedule_raw(
            client,
            team.coach.token,
            _run(program, prescription={**ENDURANCE_RUN, "duration": {"value": value, "unit": "minutes"}}),
        )
        for value in (math.nan, math.inf, 10**400)
    ]
    too_deep = await mutate(
        client,
        team.coach.token,
        SCHEDULE,
        _run(program, prescription={**ENDURANCE_RUN, "notes": {"a": deep}}),
    )
    too_wide = await mutate(
        client, team.coach.token, SCHEDULE, _run(program, prescription={**ENDURANCE_RUN, "notes": [0] * 1001})
    )
    too_big = await mutate(
        client,
        team.coach.token,
        SCHEDULE,
        _run(program, prescription={**ENDURANCE_RUN, "notes": [[0] * 1000] * 21}),
    )

    assert [p["errors"] for p in not_finite] == [
        [
            {
                "field": "prescription.duration.value",
                "code": "INVALID_PRESCRIPTION",
                "message": "Numbers must be finite (JSON has no NaN or Infinity).",
            }
        ]
    ] * 3
    assert too_deep["errors"] == [
        {
            "field": "prescription.notes" + ".a" * 15,
            "code": "INVALID_PRESCRIPTION",
            "message": "Lists and objects nest at most 16 levels deep.",
        }
    ]
    assert too_wide["errors"] == [
        {
            "field": "prescription.notes",
            "code": "TOO_LONG",
            "message": "At most 1000 entries in one list or object.",
        }
    ]
    assert too_big["errors"] == [
        {"field": "prescription", "code": "TOO_LONG", "message": "At most 20000 values in all."}
    ]
    assert await snapshot() == before

    # at the limits: 16 levels and 1000 entries are stored as sent
    at_limit = await mutate(
        client,
        team.coach.token,
        SCHEDULE,
        _run(program, prescription={**ENDURANCE_RUN, "notes": deep, "laps": [0] * 1000}),
    )
    assert at_limit["errors"] == []
    assert at_limit["session"]["prescription"]["notes"] == deep
