"""Row-level authorization across every entry point: another coach, and another coach's athlete,
reach none of coach A's rows, neither through root fields nor through nested fields, and change
nothing with any mutation."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from typing import Any

import httpx
import pytest
from tortoise import connections

from app.activities.models import Activity
from app.analytics.feedback import record_readiness_feedback
from app.athletes.models import AthleteProfile
from app.auth import service as auth
from app.core.actor import Actor, Role
from app.demo import DEMO_ATHLETES, DEMO_COACH_EMAIL, DEMO_PASSWORD, load_demo
from app.exercises.catalog import SYSTEM_EXERCISE_IDS
from app.exercises.models import BenchmarkMetric, Exercise, ExerciseCategory, MetricType
from app.ingest import tokens as integration_tokens
from app.ingest.models import IngestionRun
from app.logs.models import SessionFeedback, WorkoutLog
from app.plans.generation import generate_plan_draft
from app.plans.models import PlanSnapshot
from app.programs.models import (
    MicroCycle,
    ProgramPhase,
    ProgramStatus,
    SessionStatus,
    TrainingProgram,
    TrainingSession,
)
from app.settings import Settings
from app.sync import protocol
from app.wellness import checkins
from tests.helpers import CLIENT, PINNED_NOW, Account, gql, make_athlete, make_coach, make_session
from tests.sync_helpers import settled

# The demo data is built around "now": the sweep pins it, so the probes' windows hold the victim's rows.
pytestmark = pytest.mark.usefixtures("fixed_clock")

SQUAT = SYSTEM_EXERCISE_IDS["Back Squat"]
VICTIM_EMAIL = DEMO_ATHLETES[0][1]  # Ava, Europe/Stockholm: PINNED_NOW is Monday 10:30 local
TODAY = PINNED_NOW.date()  # the victim's local today, a Monday
WEEK_END = TODAY + timedelta(days=6)


async def _coach_a(settings: Settings) -> dict[str, Any]:
    """Coach A is the demo coach with the demo roster; returns the ids of one athlete's rows, with
    a session later today and a new 1RM arranged so every probe has a row to find."""
    await load_demo(reset=False, settings=settings)
    tokens = await auth.login(
        email=DEMO_COACH_EMAIL, password=DEMO_PASSWORD, settings=settings, client=CLIENT
    )
    athlete = await AthleteProfile.get(user__email=VICTIM_EMAIL)
    program = await TrainingProgram.get(athlete_id=athlete.id, status=ProgramStatus.CURRENT)
    later_today = await make_session(program, PINNED_NOW + timedelta(hours=2), title="Tempo run")
    one_rm = await BenchmarkMetric.create(
        athlete_id=athlete.id,
        metric_type=MetricType.ONE_RM.value,
        value=Decimal("150"),
        unit="kg",
        exercise_id=SQUAT,
        established_at=TODAY,
    )
    log = await WorkoutLog.filter(athlete_id=athlete.id).order_by("-completed_at").first()
    planned = await TrainingSession.filter(program_id=program.id, status=SessionStatus.PLANNED).first()
    feedback = await SessionFeedback.filter(athlete_id=athlete.id).order_by("-submitted_at").first()
    private = await Exercise.create(
        name="Coach A Secret Lift",
        category=ExerciseCategory.SQUAT,
        muscle_groups=["quads"],
        created_by_id=program.coach_id,  # type: ignore[attr-defined]
    )
    assert log and planned and feedback
    activity = await Activity.filter(athlete_id=athlete.id).first()
    run = await IngestionRun.filter(athlete_id=athlete.id).first()
    token = await integration_tokens.create_integration_token(
        actor=Actor(user_id=tokens.user.id, role=Role.COACH, coach_id=athlete.coach_id),
        name="Coach A hub",
    )
    check_in = await checkins.submit_check_in(
        actor=Actor(user_id=athlete.user_id, role=Role.ATHLETE, athlete_id=athlete.id),
        sleep_quality=4,
        energy=4,
        soreness=2,
        stress=2,
    )
    assert activity and run
    agreement = await record_readiness_feedback(
        actor=Actor(user_id=athlete.user_id, role=Role.ATHLETE, athlete_id=athlete.id), day=TODAY, agreed=True
    )
    plan_run = await generate_plan_draft(
        actor=Actor(user_id=tokens.user.id, role=Role.COACH, coach_id=athlete.coach_id),  # type: ignore[attr-defined]
        settings=settings,
        athlete_id=athlete.id,
        week_start=TODAY + timedelta(days=7),
    )
    plan_draft = await PlanSnapshot.get(run_id=plan_run.id)
    return {
        "plan_run": str(plan_run.id),
        "plan_draft": str(plan_draft.id),
        "coach": str(program.coach_id),  # type: ignore[attr-defined]
        "readiness_feedback": str(agreement.id),
        "activity": str(activity.id),
        "run": str(run.id),
        "integration_token": str(token.token.id),
        "integration_secret": token.secret,
        "check_in": str(check_in.id),
        "token": tokens.access_token,
        "athlete": str(athlete.id),
        "program": str(program.id),
        "phase": str((await ProgramPhase.filter(program_id=program.id).first()).id),  # type: ignore[union-attr]
        "cycle": str((await MicroCycle.filter(program_id=program.id).first()).id),  # type: ignore[union-attr]
        "session": str(planned.id),
        "later_today": str(later_today.id),
        "log": str(log.id),
        "feedback": str(feedback.id),
        "feedback_session": str(feedback.session_id),  # type: ignore[attr-defined]
        "benchmark": str(one_rm.id),
        "exercise": str(private.id),
    }


# (name, query, variables, path to the answer, the row of `_coach_a` its owner finds there)
READS = [
    (
        "athlete",
        "query($a: UUID!) { athlete(id: $a) { id } }",
        lambda ids: {"a": ids["athlete"]},
        ["athlete"],
        "athlete",
    ),
    (
        "program",
        "query($p: UUID!) { program(id: $p) { id } }",
        lambda ids: {"p": ids["program"]},
        ["program"],
        "program",
    ),
    (
        "programs",
        "query($a: UUID!) { programs(athleteId: $a) { edges { node { id } } } }",
        lambda ids: {"a": ids["athlete"]},
        ["programs", "edges"],
        "program",
    ),
    (
        "sessions",
        "query($a: UUID!, $from: Date!, $to: Date!) {"
        " sessions(athleteId: $a, from: $from, to: $to) { edges { node { id } } } }",
        lambda ids: {"a": ids["athlete"], "from": TODAY.isoformat(), "to": WEEK_END.isoformat()},
        ["sessions", "edges"],
        "later_today",
    ),
    (
        "today",
        "query($a: UUID!) { today(athleteId: $a) { id } }",
        lambda ids: {"a": ids["athlete"]},
        ["today"],
        "later_today",
    ),
    (
        "week",
        "query($a: UUID!) { week(athleteId: $a) { sessions { id } } }",
        lambda ids: {"a": ids["athlete"]},
        ["week", "sessions"],
        "later_today",
    ),
    (
        "workoutLogs",
        "query($a: UUID!) { workoutLogs(athleteId: $a) { edges { node { id } } } }",
        lambda ids: {"a": ids["athlete"]},
        ["workoutLogs", "edges"],
        "log",
    ),
    (
        "workoutLog",
        "query($l: UUID!) { workoutLog(id: $l) { id } }",
        lambda ids: {"l": ids["log"]},
        ["workoutLog"],
        "log",
    ),
    (
        "sessionFeedback",
        "query($a: UUID!) { sessionFeedback(athleteId: $a) { edges { node { id } } } }",
        lambda ids: {"a": ids["athlete"]},
        ["sessionFeedback", "edges"],
        "feedback",
    ),
    (
        "benchmarks",
        "query($a: UUID!) { benchmarks(athleteId: $a) { edges { node { id } } } }",
        lambda ids: {"a": ids["athlete"]},
        ["benchmarks", "edges"],
        "benchmark",
    ),
    (
        "private exercise",
        "query($e: UUID!) { exercise(id: $e) { id } }",
        lambda ids: {"e": ids["exercise"]},
        ["exercise"],
        "exercise",
    ),
    (
        "private exercise in search",
        '{ exercises(search: "Secret") { edges { node { id } } } }',
        lambda ids: {},
        ["exercises", "edges"],
        "exercise",
    ),
    (
        "wellness",
        "query($a: UUID!, $from: Date!, $to: Date!) { wellness(athleteId: $a, from: $from, to: $to) { date } }",
        lambda ids: {
            "a": ids["athlete"],
            "from": (TODAY - timedelta(days=30)).isoformat(),
            "to": TODAY.isoformat(),
        },
        ["wellness"],
        None,
    ),
    (
        "sleep",
        "query($a: UUID!) { sleep(athleteId: $a) { edges { node { id } } } }",
        lambda ids: {"a": ids["athlete"]},
        ["sleep", "edges"],
        None,
    ),
    (
        "hrv",
        "query($a: UUID!) { hrv(athleteId: $a) { edges { node { id } } } }",
        lambda ids: {"a": ids["athlete"]},
        ["hrv", "edges"],
        None,
    ),
    (
        "checkIns",
        "query($a: UUID!) { checkIns(athleteId: $a) { edges { node { id } } } }",
        lambda ids: {"a": ids["athlete"]},
        ["checkIns", "edges"],
        "check_in",
    ),
    (
        "activities",
        "query($a: UUID!) { activities(athleteId: $a) { edges { node { id } } } }",
        lambda ids: {"a": ids["athlete"]},
        ["activities", "edges"],
        None,
    ),
    (
        "activity",
        "query($x: UUID!) { activity(id: $x) { id } }",
        lambda ids: {"x": ids["activity"]},
        ["activity"],
        "activity",
    ),
    (
        "ingestionRuns",
        "query($a: UUID!) { ingestionRuns(athleteId: $a) { edges { node { id } } } }",
        lambda ids: {"a": ids["athlete"]},
        ["ingestionRuns", "edges"],
        "run",
    ),
    (
        "ingestionRun",
        "query($x: UUID!) { ingestionRun(id: $x) { id } }",
        lambda ids: {"x": ids["run"]},
        ["ingestionRun"],
        "run",
    ),
    (
        "planGenerationRuns",
        "query($a: UUID!) { planGenerationRuns(athleteId: $a) { edges { node { id } } } }",
        lambda ids: {"a": ids["athlete"]},
        ["planGenerationRuns", "edges"],
        "plan_run",
    ),
    (
        "planGenerationRun",
        "query($x: UUID!) { planGenerationRun(id: $x) { id } }",
        lambda ids: {"x": ids["plan_run"]},
        ["planGenerationRun"],
        "plan_run",
    ),
    (
        "planDrafts",
        "query($a: UUID!) { planDrafts(athleteId: $a) { edges { node { id } } } }",
        lambda ids: {"a": ids["athlete"]},
        ["planDrafts", "edges"],
        "plan_draft",
    ),
    (
        "planDraft",
        "query($x: UUID!) { planDraft(id: $x) { id } }",
        lambda ids: {"x": ids["plan_draft"]},
        ["planDraft"],
        "plan_draft",
    ),
    (
        "dataFreshness",
        "query($a: UUID!) { dataFreshness(athleteIds: [$a]) { source } }",
        lambda ids: {"a": ids["athlete"]},
        ["dataFreshness"],
        None,
    ),
    (
        "trainingLoad",
        "query($a: UUID!, $from: Date!, $to: Date!) { trainingLoad(athleteId: $a, from: $from, to: $to) {"
        " date explain(metric: LOAD) { inputs { id } } } }",
        lambda ids: {
            "a": ids["athlete"],
            "from": (TODAY - timedelta(days=30)).isoformat(),
            "to": TODAY.isoformat(),
        },
        ["trainingLoad"],
        None,
    ),
    (
        "readiness",
        "query($a: UUID!, $d: Date!) { readiness(athleteId: $a, date: $d) { id: athleteId score"
        " explain(metric: SCORE) { value } } }",
        lambda ids: {"a": ids["athlete"], "d": TODAY.isoformat()},
        ["readiness"],
        "athlete",
    ),
    (
        "readiness.athleteFeedback",
        "query($a: UUID!, $d: Date!) { readiness(athleteId: $a, date: $d) { athleteFeedback { id } } }",
        lambda ids: {"a": ids["athlete"], "d": TODAY.isoformat()},
        ["readiness", "athleteFeedback"],
        "readiness_feedback",
    ),
    (
        "readinessHistory",
        "query($a: UUID!, $from: Date!, $to: Date!) { readinessHistory(athleteId: $a, from: $from, to: $to) { date } }",
        lambda ids: {
            "a": ids["athlete"],
            "from": (TODAY - timedelta(days=30)).isoformat(),
            "to": TODAY.isoformat(),
        },
        ["readinessHistory"],
        None,
    ),
    (
        "weeklySummary",
        "query($a: UUID!, $w: Date!) { weeklySummary(athleteId: $a, weekStart: $w) { id metrics { totalLoad } } }",
        lambda ids: {"a": ids["athlete"], "w": (TODAY - timedelta(days=7)).isoformat()},
        ["weeklySummary"],
        None,
    ),
    (
        "analyticsSettings",
        "query($c: UUID) { analyticsSettings(coachId: $c) { coachId } }",
        lambda ids: {"c": ids["coach"]},
        ["analyticsSettings"],
        None,
    ),
    # nested: a visible (system) exercise must not open a door to another tenant's benchmark
    (
        "exercise.latestBenchmark",
        "query($e: UUID!, $a: UUID!) { exercise(id: $e) { latestBenchmark(athleteId: $a) { id } } }",
        lambda ids: {"e": str(SQUAT), "a": ids["athlete"]},
        ["exercise", "latestBenchmark"],
        "benchmark",
    ),
]


ROSTER_OVERVIEW = """{ rosterOverview { edges { node { athleteId readiness { score } trainingLoad { acwr }
  lastWeekSummary { id } } } } }"""


def _dig(data: Any, path: list[str]) -> Any:
    for key in path:
        data = data[key] if data is not None else None
    return data


def _found(ids: dict[str, Any], expected: str | None, value: Any) -> bool:
    """Whether the owner's answer holds the expected row (any row, for probes of rows without ids)."""
    if expected is None:
        return bool(value)
    return ids[expected] in _ids(value)


def _ids(value: Any) -> set[str]:
    """The row ids in an answer: one object, a list of objects, or a connection's edges."""
    if value is None:
        return set()
    if isinstance(value, dict):
        return {value["id"]}
    return {(item.get("node") or item)["id"] for item in value}


async def _outsiders(settings: Settings) -> list[Account]:
    coach_b = await make_coach(settings, email="coach-b@example.com", name="Coach B")
    athlete_b = await make_athlete(settings, coach_b, email="athlete-b@example.com", name="Athlete B")
    return [coach_b, athlete_b]


async def test_coach_a_sees_every_row_the_sweep_uses(client: httpx.AsyncClient, settings: Settings) -> None:
    # given: the control of the sweep below, as the owner (coach A)
    ids = await _coach_a(settings)

    # when: coach A sends every probe
    missed = []
    for name, query, variables, path, expected in READS:
        body = await gql(client, query, variables(ids), token=ids["token"])
        assert "errors" not in body, (name, body)
        if not _found(ids, expected, _dig(body["data"], path)):
            missed.append((name, body))

    # then: each finds its row, so an empty answer to an outsider below means a refusal
    assert missed == []
    overview = await gql(client, ROSTER_OVERVIEW, token=ids["token"])
    assert {
        e["node"]["athleteId"] for e in overview["data"]["rosterOverview"]["edges"] if e["node"]["readiness"]
    } == {
        ids["athlete"],
        *[str(a.id) for a in await AthleteProfile.filter(user__email__in=[a[1] for a in DEMO_ATHLETES])],
    }


async def test_no_query_path_reaches_another_coachs_rows(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    # given: coach A's rows, and coach B with athlete B
    ids = await _coach_a(settings)
    outsiders = await _outsiders(settings)

    # when: the outsiders send every probe
    leaks = []
    for outsider in outsiders:
        for name, query, variables, path, _ in READS:
            body = await gql(client, query, variables(ids), token=outsider.token)
            value = _dig(body.get("data"), path)
            if value not in (None, []):
                leaks.append((outsider.user.email, name, body))
        roster = await gql(client, "{ athletes { edges { node { id } } } }", token=outsider.token)
        if ids["athlete"] in {e["node"]["id"] for e in roster["data"]["athletes"]["edges"]}:
            leaks.append((outsider.user.email, "athletes", roster))
        overview = await gql(client, ROSTER_OVERVIEW, token=outsider.token)
        seen = [e["node"] for e in overview["data"]["rosterOverview"]["edges"]]
        if ids["athlete"] in {n["athleteId"] for n in seen} or any(n["readiness"] for n in seen):
            leaks.append((outsider.user.email, "rosterOverview", overview))

    # then: each answer is null or empty
    assert leaks == []


def _mutations(ids: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    soon = (PINNED_NOW + timedelta(days=1)).isoformat()
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
        (
            "generatePlanDraft",
            {"athleteId": ids["athlete"], "weekStart": (TODAY + timedelta(days=7)).isoformat()},
        ),
        ("acceptPlanDraft", {"id": ids["plan_draft"]}),
        ("discardPlanDraft", {"id": ids["plan_draft"]}),
        (
            "updatePlanDraft",
            {
                "id": ids["plan_draft"],
                "sessions": [
                    {
                        "key": "hijack",
                        "day": (TODAY + timedelta(days=7)).isoformat(),
                        "startTime": "07:00",
                        "title": "Hijacked",
                        "sessionType": "STRENGTH",
                        "modality": "STRENGTH",
                        "durationMinutes": 30,
                        "prescription": strength,
                    }
                ],
            },
        ),
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
        ("skipOwnSession", {"id": ids["session"], "reason": "hijacked"}),
        (
            "logWorkout",
            {
                "sessionId": ids["session"],
                "completedAt": PINNED_NOW.isoformat(),
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
                "completedAt": PINNED_NOW.isoformat(),
                "actualData": {
                    "modality": "run",
                    "duration": {"value": 30, "unit": "minutes"},
                    "completed": True,
                },
            },
        ),
        ("submitSessionFeedback", {"sessionId": ids["feedback_session"], "type": "PAIN", "energy": 1}),
        # a check-in concerns its caller only: the one way at another's is its id
        (
            "submitCheckIn",
            {"sleepQuality": 1, "energy": 1, "soreness": 5, "stress": 5, "id": ids["check_in"]},
        ),
        ("updateExercise", {"id": ids["exercise"], "name": "Hijacked Lift"}),
        ("updateAnalyticsSettings", {"coachId": ids["coach"], "fitnessDays": 28}),
        ("generateWeeklySummary", {"athleteId": ids["athlete"], "weekStart": TODAY.isoformat()}),
        # readiness feedback concerns its caller only: the one way at another's is its id
        (
            "recordReadinessFeedback",
            {"date": TODAY.isoformat(), "agreed": False, "id": ids["readiness_feedback"]},
        ),
        (
            "recordBenchmark",
            {
                "athleteId": ids["athlete"],
                "metricType": "FTP",
                "value": 999,
                "unit": "W",
                "establishedAt": TODAY.isoformat(),
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
    "skipOwnSession": "SkipOwnSessionInput",
    "logWorkout": "LogWorkoutInput",
    "editWorkoutLog": "EditWorkoutLogInput",
    "submitSessionFeedback": "SubmitSessionFeedbackInput",
    "submitCheckIn": "SubmitCheckInInput",
    "updateExercise": "UpdateExerciseInput",
    "recordBenchmark": "RecordBenchmarkInput",
    "updateAnalyticsSettings": "UpdateAnalyticsSettingsInput",
    "generateWeeklySummary": "GenerateWeeklySummaryInput",
    "recordReadinessFeedback": "RecordReadinessFeedbackInput",
    "generatePlanDraft": "GeneratePlanDraftInput",
    "acceptPlanDraft": "AcceptPlanDraftInput",
    "discardPlanDraft": "DiscardPlanDraftInput",
    "updatePlanDraft": "UpdatePlanDraftInput",
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
    "daily_training_load",
    "daily_readiness",
    "weekly_metrics",
    "weekly_summary",
    "readiness_feedback",
    "analytics_settings",
    "analytics_pending",
    "plan_generation_run",
    "plan_snapshot",
    "plan_session",
    "analysis_cache",
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
            # another's row reads as missing; a client id of another's row is only "taken"
            assert codes & {"NOT_FOUND", "ALREADY_EXISTS"}, (who, name, body)
    assert await _snapshot() == before


SYNC = """mutation($input: SyncInput!) { sync(input: $input) {
    results { outcome errors { field code } } errors { code } } }"""


@pytest.mark.parametrize("who", ["coach", "athlete"])
async def test_no_sync_operation_changes_another_coachs_rows(
    client: httpx.AsyncClient, settings: Settings, who: str
) -> None:
    ids = await _coach_a(settings)
    coach_b, athlete_b = await _outsiders(settings)
    outsider = coach_b if who == "coach" else athlete_b
    writes = [(name, payload) for name, payload in _mutations(ids) if name in protocol.OPERATIONS]
    operations = [
        {"clientOperationId": f"op-{n}", "idempotencyKey": f"key-{n}", name: payload}
        for n, (name, payload) in enumerate(writes)
    ]
    before = await _snapshot()

    body = await gql(
        client, SYNC, {"input": {"clientId": "phone", "operations": operations}}, token=outsider.token
    )

    assert len(writes) == len(protocol.OPERATIONS)
    results = body["data"]["sync"]["results"]
    assert [r["outcome"] for r in results] == ["REJECTED"] * len(writes), body
    for (name, _), result in zip(writes, results, strict=True):
        codes = {e["code"] for e in result["errors"]}
        assert codes & {"NOT_FOUND", "FORBIDDEN", "ALREADY_EXISTS"}, (who, name, result)
    assert await _snapshot() == before


CHANGES = """query($since: String) { changes(since: $since, first: 100) {
    changes { kind id athleteId entity { id } } cursor hasMore } }"""
REPORT = """query($client: String!) { syncReport(clientId: $client) {
    pendingCount syncedCount errorCount operations { edges { node { clientOperationId } } } } }"""


async def _feed(client: httpx.AsyncClient, token: str) -> list[dict[str, Any]]:
    await settled()
    found: list[dict[str, Any]] = []
    since = None
    while True:
        body = await gql(client, CHANGES, {"since": since}, token=token)
        page = body["data"]["changes"]
        found.extend(page["changes"])
        since = page["cursor"]
        if not page["hasMore"]:
            return found


async def _rows_of_coach_a(coach_id: Any) -> set[str]:
    """The id of every row of coach A's tenancy (their athletes' rows and their private exercise)."""
    conn = connections.get("default")
    rows = await conn.execute_query_dict(
        """
        WITH athletes AS (SELECT id FROM athlete_profile WHERE coach_id = $1),
             programs AS (SELECT id FROM training_program WHERE athlete_id IN (SELECT id FROM athletes))
        SELECT id FROM athletes
        UNION ALL SELECT id FROM programs
        UNION ALL SELECT id FROM program_phase WHERE program_id IN (SELECT id FROM programs)
        UNION ALL SELECT id FROM micro_cycle WHERE program_id IN (SELECT id FROM programs)
        UNION ALL SELECT id FROM training_session WHERE athlete_id IN (SELECT id FROM athletes)
        UNION ALL SELECT id FROM workout_log WHERE athlete_id IN (SELECT id FROM athletes)
        UNION ALL SELECT id FROM session_feedback WHERE athlete_id IN (SELECT id FROM athletes)
        UNION ALL SELECT id FROM benchmark_metric WHERE athlete_id IN (SELECT id FROM athletes)
        UNION ALL SELECT id FROM readiness_feedback WHERE athlete_id IN (SELECT id FROM athletes)
        UNION ALL SELECT id FROM exercise WHERE created_by_id = $1 AND NOT is_public
        """,
        [coach_id],
    )
    return {str(r["id"]) for r in rows}


async def test_the_changes_feed_and_sync_reports_reach_no_other_tenant(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    ids = await _coach_a(settings)
    program = await TrainingProgram.get(id=ids["program"])
    athlete_a = await auth.login(
        email="ava@demo.coachgraph.dev", password=DEMO_PASSWORD, settings=settings, client=CLIENT
    )
    queued = [{"clientOperationId": "a-1", "idempotencyKey": "a-1", "skipOwnSession": {"id": ids["session"]}}]
    await gql(
        client, SYNC, {"input": {"clientId": "phone-1", "operations": queued}}, token=athlete_a.access_token
    )
    tenancy = await _rows_of_coach_a(program.coach_id)  # type: ignore[attr-defined]

    # the control: coach A's feed holds those rows, the athlete's report their operation
    own = await _feed(client, ids["token"])
    assert tenancy <= {c["id"] for c in own}
    own_report = await gql(client, REPORT, {"client": "phone-1"}, token=athlete_a.access_token)
    assert own_report["data"]["syncReport"]["syncedCount"] == 1
    for outsider in await _outsiders(settings):
        feed = await _feed(client, outsider.token)
        assert feed, outsider.user.email  # they have rows of their own
        leaked = [c for c in feed if c["id"] in tenancy or c["athleteId"] in tenancy]
        assert leaked == [], (outsider.user.email, leaked[:3])
        report = await gql(client, REPORT, {"client": "phone-1"}, token=outsider.token)
        assert report["data"]["syncReport"] == {
            "pendingCount": 0,
            "syncedCount": 0,
            "errorCount": 0,
            "operations": {"edges": []},
        }
