"""Row-level authorization across every entry point: another coach, and another coach's athlete,
reach none of coach A's rows, neither through root fields nor through nested fields, and change
nothing with any mutation."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import httpx
import pytest
from tortoise import connections

from app.activities.models import Activity
from app.auth import service as auth
from app.core.actor import Actor, Role
from app.demo import DEMO_COACH_EMAIL, DEMO_PASSWORD, load_demo
from app.exercises.catalog import SYSTEM_EXERCISE_IDS
from app.exercises.models import BenchmarkMetric, Exercise, ExerciseCategory
from app.ingest import tokens as integration_tokens
from app.ingest.models import IngestionRun
from app.logs.models import SessionFeedback, WorkoutLog
from app.programs.models import MicroCycle, ProgramPhase, SessionStatus, TrainingProgram, TrainingSession
from app.settings import Settings
from tests.helpers import CLIENT, Account, gql, make_athlete, make_coach

SQUAT = SYSTEM_EXERCISE_IDS["Back Squat"]


async def _coach_a(settings: Settings) -> dict[str, Any]:
    """Coach A is the demo coach with the demo roster; returns ids of one athlete's rows."""
    await load_demo(reset=False, settings=settings)
    tokens = await auth.login(
        email=DEMO_COACH_EMAIL, password=DEMO_PASSWORD, settings=settings, client=CLIENT
    )
    program = await TrainingProgram.filter(status="current").order_by("created_at", "id").first()
    assert program is not None
    log = await WorkoutLog.filter(athlete_id=program.athlete_id).first()  # type: ignore[attr-defined]
    planned = await TrainingSession.filter(program_id=program.id, status=SessionStatus.PLANNED).first()
    feedback = await SessionFeedback.filter(athlete_id=program.athlete_id).first()  # type: ignore[attr-defined]
    benchmark = await BenchmarkMetric.filter(athlete_id=program.athlete_id).first()  # type: ignore[attr-defined]
    private = await Exercise.create(
        name="Coach A Secret Lift",
        category=ExerciseCategory.SQUAT,
        muscle_groups=["quads"],
        created_by_id=program.coach_id,
    )  # type: ignore[attr-defined]
    assert log and planned and feedback and benchmark
    activity = await Activity.filter(athlete_id=program.athlete_id).first()  # type: ignore[attr-defined]
    run = await IngestionRun.filter(athlete_id=program.athlete_id).first()  # type: ignore[attr-defined]
    token = await integration_tokens.create_integration_token(
        actor=Actor(user_id=tokens.user.id, role=Role.COACH, coach_id=program.coach_id),
        name="Coach A hub",  # type: ignore[attr-defined]
    )
    assert activity and run
    return {
        "activity": str(activity.id),
        "run": str(run.id),
        "integration_token": str(token.token.id),
        "integration_secret": token.secret,
        "token": tokens.access_token,
        "athlete": str(program.athlete_id),  # type: ignore[attr-defined]
        "program": str(program.id),
        "phase": str((await ProgramPhase.filter(program_id=program.id).first()).id),  # type: ignore[union-attr]
        "cycle": str((await MicroCycle.filter(program_id=program.id).first()).id),  # type: ignore[union-attr]
        "session": str(planned.id),
        "done_session": str(log.session_id),  # type: ignore[attr-defined]
        "log": str(log.id),
        "feedback_session": str(feedback.session_id),  # type: ignore[attr-defined]
        "benchmark": str(benchmark.id),
        "exercise": str(private.id),
    }


READS = [
    (
        "athlete",
        "query($a: UUID!) { athlete(id: $a) { id } }",
        lambda ids: {"a": ids["athlete"]},
        ["athlete"],
    ),
    (
        "program",
        "query($p: UUID!) { program(id: $p) { id } }",
        lambda ids: {"p": ids["program"]},
        ["program"],
    ),
    (
        "programs",
        "query($a: UUID!) { programs(athleteId: $a) { edges { node { id } } } }",
        lambda ids: {"a": ids["athlete"]},
        ["programs", "edges"],
    ),
    (
        "sessions",
        'query($a: UUID!) { sessions(athleteId: $a, from: "2020-01-01", to: "2020-12-31") { edges { node { id } } } }',
        lambda ids: {"a": ids["athlete"]},
        ["sessions", "edges"],
    ),
    (
        "today",
        "query($a: UUID!) { today(athleteId: $a) { id } }",
        lambda ids: {"a": ids["athlete"]},
        ["today"],
    ),
    (
        "week",
        "query($a: UUID!) { week(athleteId: $a) { sessions { id } } }",
        lambda ids: {"a": ids["athlete"]},
        ["week"],
    ),
    (
        "workoutLogs",
        "query($a: UUID!) { workoutLogs(athleteId: $a) { edges { node { id } } } }",
        lambda ids: {"a": ids["athlete"]},
        ["workoutLogs", "edges"],
    ),
    (
        "workoutLog",
        "query($l: UUID!) { workoutLog(id: $l) { id } }",
        lambda ids: {"l": ids["log"]},
        ["workoutLog"],
    ),
    (
        "sessionFeedback",
        "query($a: UUID!) { sessionFeedback(athleteId: $a) { edges { node { id } } } }",
        lambda ids: {"a": ids["athlete"]},
        ["sessionFeedback", "edges"],
    ),
    (
        "benchmarks",
        "query($a: UUID!) { benchmarks(athleteId: $a) { edges { node { id } } } }",
        lambda ids: {"a": ids["athlete"]},
        ["benchmarks", "edges"],
    ),
    (
        "private exercise",
        "query($e: UUID!) { exercise(id: $e) { id } }",
        lambda ids: {"e": ids["exercise"]},
        ["exercise"],
    ),
    (
        "private exercise in search",
        '{ exercises(search: "Secret") { edges { node { id } } } }',
        lambda ids: {},
        ["exercises", "edges"],
    ),
    (
        "wellness",
        'query($a: UUID!) { wellness(athleteId: $a, from: "2025-01-01", to: "2025-12-31") { date } }',
        lambda ids: {"a": ids["athlete"]},
        ["wellness"],
    ),
    (
        "sleep",
        "query($a: UUID!) { sleep(athleteId: $a) { edges { node { id } } } }",
        lambda ids: {"a": ids["athlete"]},
        ["sleep", "edges"],
    ),
    (
        "hrv",
        "query($a: UUID!) { hrv(athleteId: $a) { edges { node { id } } } }",
        lambda ids: {"a": ids["athlete"]},
        ["hrv", "edges"],
    ),
    (
        "checkIns",
        "query($a: UUID!) { checkIns(athleteId: $a) { edges { node { id } } } }",
        lambda ids: {"a": ids["athlete"]},
        ["checkIns", "edges"],
    ),
    (
        "activities",
        "query($a: UUID!) { activities(athleteId: $a) { edges { node { id } } } }",
        lambda ids: {"a": ids["athlete"]},
        ["activities", "edges"],
    ),
    (
        "activity",
        "query($x: UUID!) { activity(id: $x) { id } }",
        lambda ids: {"x": ids["activity"]},
        ["activity"],
    ),
    (
        "ingestionRuns",
        "query($a: UUID!) { ingestionRuns(athleteId: $a) { edges { node { id } } } }",
        lambda ids: {"a": ids["athlete"]},
        ["ingestionRuns", "edges"],
    ),
    (
        "ingestionRun",
        "query($x: UUID!) { ingestionRun(id: $x) { id } }",
        lambda ids: {"x": ids["run"]},
        ["ingestionRun"],
    ),
    (
        "dataFreshness",
        "query($a: UUID!) { dataFreshness(athleteIds: [$a]) { source } }",
        lambda ids: {"a": ids["athlete"]},
        ["dataFreshness"],
    ),
    # nested: a visible (system) exercise must not open a door to another tenant's benchmark
    (
        "exercise.latestBenchmark",
        "query($e: UUID!, $a: UUID!) { exercise(id: $e) { latestBenchmark(athleteId: $a) { id } } }",
        lambda ids: {"e": str(SQUAT), "a": ids["athlete"]},
        ["exercise", "latestBenchmark"],
    ),
]


def _dig(data: Any, path: list[str]) -> Any:
    for key in path:
        data = data[key] if data is not None else None
    return data


async def _outsiders(settings: Settings) -> list[Account]:
    coach_b = await make_coach(settings, email="coach-b@example.com", name="Coach B")
    athlete_b = await make_athlete(settings, coach_b, email="athlete-b@example.com", name="Athlete B")
    return [coach_b, athlete_b]


async def test_coach_a_sees_every_row_the_sweep_uses(client: httpx.AsyncClient, settings: Settings) -> None:
    # the control: the same queries as coach A find the rows (so an empty answer below means refusal)
    ids = await _coach_a(settings)
    for name, query, variables, path in READS:
        if name == "private exercise in search" or name == "today":
            continue  # today's sessions depend on the date; the private exercise search is covered by id
        body = await gql(client, query, variables(ids), token=ids["token"])
        assert "errors" not in body, (name, body)
        value = _dig(body["data"], path)
        if name in ("sessions", "week", "exercise.latestBenchmark", "wellness", "checkIns"):
            continue  # date- and data-dependent; visibility is asserted by the coach-A tests of each domain
        assert value, (name, body)


async def test_no_query_path_reaches_another_coachs_rows(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    ids = await _coach_a(settings)
    for outsider in await _outsiders(settings):
        for name, query, variables, path in READS:
            body = await gql(client, query, variables(ids), token=outsider.token)
            value = _dig(body.get("data"), path)
            assert value in (None, []), (outsider.user.email, name, body)
        roster = await gql(client, "{ athletes { edges { node { id } } } }", token=outsider.token)
        assert ids["athlete"] not in {e["node"]["id"] for e in roster["data"]["athletes"]["edges"]}


def _mutations(ids: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    soon = (datetime.now(UTC) + timedelta(days=1)).isoformat()
    strength = {
        "exercises": [
            {"exerciseId": str(SQUAT), "sets": 3, "reps": 5, "intensity": {"type": "rpe", "value": 8}}
        ]
    }
    day = {"date": "2026-01-01", "restingHr": 50}
    return [
        ("ingestWellness", {"athleteId": ids["athlete"], "source": "garmin", "records": [day]}),
        (
            "ingestSleep",
            {
                "athleteId": ids["athlete"],
                "source": "garmin",
                "records": [{"start": "2026-01-01T22:00:00Z", "end": "2026-01-02T06:00:00Z"}],
            },
        ),
        (
            "ingestHrv",
            {
                "athleteId": ids["athlete"],
                "source": "garmin",
                "records": [{"takenAt": "2026-01-02T06:00:00Z", "value": 60}],
            },
        ),
        (
            "ingestHeartRate",
            {
                "athleteId": ids["athlete"],
                "source": "garmin",
                "records": [{"start": "2026-01-02T06:00:00Z", "offsets": [0], "bpm": [60]}],
            },
        ),
        (
            "ingestActivities",
            {
                "athleteId": ids["athlete"],
                "source": "garmin",
                "records": [
                    {"externalId": "hijack", "start": "2026-01-02T06:00:00Z", "durationSeconds": 600}
                ],
            },
        ),
        ("linkActivity", {"activityId": ids["activity"], "sessionId": ids["session"]}),
        ("setSourcePrecedence", {"athleteId": ids["athlete"], "sources": ["hijack"]}),
        ("revokeIntegrationToken", {"id": ids["integration_token"]}),
        ("updateAthleteProfile", {"id": ids["athlete"], "displayName": "Hijacked"}),
        (
            "createProgram",
            {
                "athleteId": ids["athlete"],
                "title": "Hijack",
                "startDate": "2030-01-07",
                "endDate": "2030-02-03",
            },
        ),
        ("updateProgram", {"id": ids["program"], "title": "Hijacked"}),
        ("activateProgram", {"id": ids["program"]}),
        ("completeProgram", {"id": ids["program"]}),
        ("archiveProgram", {"id": ids["program"]}),
        (
            "createPhase",
            {
                "programId": ids["program"],
                "name": "Hijack",
                "startDate": "2030-01-07",
                "endDate": "2030-01-13",
            },
        ),
        ("updatePhase", {"id": ids["phase"], "name": "Hijacked"}),
        ("reorderPhases", {"programId": ids["program"], "phaseIds": [ids["phase"]]}),
        (
            "createMicroCycle",
            {
                "programId": ids["program"],
                "phaseId": ids["phase"],
                "weekIndex": 99,
                "startDate": "2030-01-07",
            },
        ),
        ("updateMicroCycle", {"id": ids["cycle"], "status": "COMPLETED"}),
        (
            "scheduleSession",
            {
                "programId": ids["program"],
                "title": "Hijack",
                "scheduledAt": soon,
                "modality": "STRENGTH",
                "sessionType": "STRENGTH",
                "prescription": strength,
            },
        ),
        ("updateSession", {"id": ids["session"], "title": "Hijacked"}),
        ("skipSession", {"id": ids["session"], "reason": "hijacked"}),
        (
            "logWorkout",
            {
                "sessionId": ids["session"],
                "completedAt": datetime.now(UTC).isoformat(),
                "actualData": {
                    "modality": "run",
                    "duration": {"value": 30, "unit": "minutes"},
                    "completed": True,
                },
                "rpe": 5,
            },
        ),
        (
            "editWorkoutLog",
            {
                "id": ids["log"],
                "completedAt": datetime.now(UTC).isoformat(),
                "actualData": {
                    "modality": "run",
                    "duration": {"value": 30, "unit": "minutes"},
                    "completed": True,
                },
            },
        ),
        ("submitSessionFeedback", {"sessionId": ids["feedback_session"], "type": "PAIN", "energy": 1}),
        ("updateExercise", {"id": ids["exercise"], "name": "Hijacked Lift"}),
        (
            "recordBenchmark",
            {
                "athleteId": ids["athlete"],
                "metricType": "FTP",
                "value": 999,
                "unit": "W",
                "establishedAt": date.today().isoformat(),
            },
        ),
    ]


INPUT_TYPES = {
    "ingestWellness": "IngestWellnessInput",
    "ingestSleep": "IngestSleepInput",
    "ingestHrv": "IngestHrvInput",
    "ingestHeartRate": "IngestHeartRateInput",
    "ingestActivities": "IngestActivitiesInput",
    "linkActivity": "LinkActivityInput",
    "setSourcePrecedence": "SetSourcePrecedenceInput",
    "revokeIntegrationToken": "RevokeIntegrationTokenInput",
    "updateAthleteProfile": "UpdateAthleteProfileInput",
    "createProgram": "CreateProgramInput",
    "updateProgram": "UpdateProgramInput",
    "activateProgram": "ProgramTransitionInput",
    "completeProgram": "ProgramTransitionInput",
    "archiveProgram": "ProgramTransitionInput",
    "createPhase": "CreatePhaseInput",
    "updatePhase": "UpdatePhaseInput",
    "reorderPhases": "ReorderPhasesInput",
    "createMicroCycle": "CreateMicroCycleInput",
    "updateMicroCycle": "UpdateMicroCycleInput",
    "scheduleSession": "ScheduleSessionInput",
    "updateSession": "UpdateSessionInput",
    "skipSession": "SkipSessionInput",
    "logWorkout": "LogWorkoutInput",
    "editWorkoutLog": "EditWorkoutLogInput",
    "submitSessionFeedback": "SubmitSessionFeedbackInput",
    "updateExercise": "UpdateExerciseInput",
    "recordBenchmark": "RecordBenchmarkInput",
}

TABLES = [
    "athlete_profile",
    "training_program",
    "program_phase",
    "micro_cycle",
    "training_session",
    "workout_log",
    "session_feedback",
    "exercise",
    "benchmark_metric",
    "wellness_daily",
    "sleep_session",
    "hrv_reading",
    "heart_rate_day",
    "activity",
    "ingestion_run",
    "record_revision",
    "source_precedence",
    "integration_token",
    "data_freshness",
]


async def _snapshot() -> dict[str, Any]:
    conn = connections.get("default")
    out = {}
    for table in TABLES:
        rows = await conn.execute_query_dict(
            f'SELECT count(*) AS n, max(updated_at) AS changed FROM "{table}"'
        )
        out[table] = (rows[0]["n"], rows[0]["changed"])
    return out


@pytest.mark.parametrize("who", ["coach", "athlete", "integration token"])
async def test_no_mutation_changes_another_coachs_rows(
    client: httpx.AsyncClient, settings: Settings, who: str
) -> None:
    ids = await _coach_a(settings)
    coach_b, athlete_b = await _outsiders(settings)
    outsider = coach_b if who == "coach" else athlete_b
    bearer = outsider.token
    if who == "integration token":
        bearer = (
            await integration_tokens.create_integration_token(actor=coach_b.actor, name="Coach B hub")
        ).secret
    before = await _snapshot()
    for name, payload in _mutations(ids):
        query = f"mutation($input: {INPUT_TYPES[name]}!) {{ {name}(input: $input) {{ errors {{ field code }} }} }}"
        body = await gql(client, query, {"input": payload}, token=bearer)
        if body.get("errors"):
            codes = {e["extensions"]["code"] for e in body["errors"]}
            assert codes == {"FORBIDDEN"}, (who, name, body)
        else:
            codes = {e["code"] for e in body["data"][name]["errors"]}
            assert "NOT_FOUND" in codes, (who, name, body)
    assert await _snapshot() == before
