"""Demo training data: a live 16-week program per athlete, with history, logs, benchmarks."""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from datetime import UTC, date, datetime, timedelta
from itertools import pairwise
from typing import Any
from zoneinfo import ZoneInfo

import httpx
from jsonschema import Draft7Validator, FormatChecker
from tortoise.models import Model

from app import clock
from app.athletes.models import AthleteProfile
from app.auth.models import User
from app.demo import DEMO_ATHLETES, DEMO_COACH_EMAIL, DEMO_PASSWORD, load_demo, remove_demo
from app.demo.training import LOG_GRACE, load_training
from app.exercises.catalog import SYSTEM_EXERCISE_IDS, SYSTEM_EXERCISES
from app.exercises.models import BenchmarkMetric, Exercise
from app.logs.models import FeedbackType, SessionFeedback, SyncStatus, WorkoutLog
from app.programs.models import (
    MicroCycle,
    ProgramPhase,
    SessionStatus,
    SessionType,
    TrainingProgram,
    TrainingSession,
)
from app.programs.prescriptions import ENDURANCE_SCHEMA, STRENGTH_SCHEMA
from app.settings import Settings
from tests.helpers import PINNED_NOW, QueryCounter, gql

# Seed 004's JSON schemas, as the API validates prescriptions with them.
_UUID_FORMAT = FormatChecker(formats=())


@_UUID_FORMAT.checks("uuid", raises=ValueError)
def _is_uuid(value: object) -> bool:
    return not isinstance(value, str) or bool(uuid.UUID(value))


VALIDATORS = {
    SessionType.STRENGTH: Draft7Validator(STRENGTH_SCHEMA, format_checker=_UUID_FORMAT),
    SessionType.ENDURANCE: Draft7Validator(ENDURANCE_SCHEMA, format_checker=_UUID_FORMAT),
}
TABLES: tuple[type[Model], ...] = (
    User,
    AthleteProfile,
    TrainingProgram,
    ProgramPhase,
    MicroCycle,
    TrainingSession,
    WorkoutLog,
    SessionFeedback,
    BenchmarkMetric,
    Exercise,
)
DEMO_EMAILS = [a[1] for a in DEMO_ATHLETES]


async def _counts() -> dict[str, int]:
    return {model.__name__: await model.all().count() for model in TABLES}


def _local_monday(now: datetime, tz: str) -> date:
    today = now.astimezone(ZoneInfo(tz)).date()
    return today - timedelta(days=today.weekday())


async def _athletes() -> list[AthleteProfile]:
    return await AthleteProfile.filter(user__email__in=DEMO_EMAILS).order_by("display_name")


async def test_each_demo_athlete_gets_one_current_sixteen_week_program(
    settings: Settings, fixed_clock: clock.FixedClock
) -> None:
    # when the demo is loaded on Monday 2 March 2026, 09:30 UTC
    summary = await load_demo(reset=False, settings=settings)

    # then each of the five athletes has exactly one program: current, 16 weeks, started
    # 8 weeks before this week's Monday in their own time zone
    assert summary.created is True
    athletes = await _athletes()
    assert [a.display_name for a in athletes] == sorted(a[0] for a in DEMO_ATHLETES)
    for athlete in athletes:
        programs = await TrainingProgram.filter(athlete_id=athlete.id)
        assert len(programs) == 1
        program = programs[0]
        start = _local_monday(PINNED_NOW, athlete.timezone) - timedelta(weeks=8)
        assert program.status == "current"
        assert program.version == 1
        assert program.macro_cycle == "Base - Build - Peak - Taper"
        assert program.title
        assert (await program.coach).display_name == "Coach Morgan Reyes"
        assert (program.start_date, program.end_date) == (start, start + timedelta(days=16 * 7 - 1))
        assert start.weekday() == 0
        assert athlete.resting_hr is not None and athlete.max_hr is not None


async def test_phases_are_ordered_contiguous_and_have_statuses_by_date(
    settings: Settings, fixed_clock: clock.FixedClock
) -> None:
    await load_demo(reset=False, settings=settings)

    for athlete in await _athletes():
        today = PINNED_NOW.astimezone(ZoneInfo(athlete.timezone)).date()
        program = await TrainingProgram.get(athlete_id=athlete.id)
        phases = await ProgramPhase.filter(program_id=program.id).order_by("phase_order")
        assert [(p.phase_order, p.name) for p in phases] == [
            (1, "Base"),
            (2, "Build"),
            (3, "Peak"),
            (4, "Taper"),
        ]
        assert [(p.end_date - p.start_date).days + 1 for p in phases] == [42, 35, 21, 14]
        assert phases[0].start_date == program.start_date
        assert phases[-1].end_date == program.end_date
        for before, after in pairwise(phases):
            assert after.start_date == before.end_date + timedelta(days=1)
        # today is in week 9, the Build phase's third week
        assert [p.status for p in phases] == ["completed", "active", "planned", "planned"]
        assert phases[1].start_date <= today <= phases[1].end_date
        assert all(p.focus for p in phases)


async def test_sixteen_weekly_micro_cycles_inside_their_phases(
    settings: Settings, fixed_clock: clock.FixedClock
) -> None:
    await load_demo(reset=False, settings=settings)

    for athlete in await _athletes():
        program = await TrainingProgram.get(athlete_id=athlete.id)
        phases = {p.id: p for p in await ProgramPhase.filter(program_id=program.id)}
        cycles = await MicroCycle.filter(program_id=program.id).order_by("week_index")
        assert [c.week_index for c in cycles] == list(range(1, 17))
        for cycle in cycles:
            assert cycle.start_date == program.start_date + timedelta(weeks=cycle.week_index - 1)
            assert cycle.start_date.weekday() == 0
            assert cycle.end_date == cycle.start_date + timedelta(days=6)
            phase = phases[cycle.phase_id]
            assert phase.start_date <= cycle.start_date and cycle.end_date <= phase.end_date
        assert [c.status for c in cycles] == ["completed"] * 8 + ["active"] + ["planned"] * 7
        per_phase = Counter(phases[c.phase_id].name for c in cycles)
        assert per_phase == {"Base": 6, "Build": 5, "Peak": 3, "Taper": 2}


async def test_every_week_has_four_to_six_sessions_at_plausible_local_times(
    settings: Settings, fixed_clock: clock.FixedClock
) -> None:
    await load_demo(reset=False, settings=settings)

    for athlete in await _athletes():
        tz = ZoneInfo(athlete.timezone)
        program = await TrainingProgram.get(athlete_id=athlete.id)
        cycles = {c.id: c for c in await MicroCycle.filter(program_id=program.id)}
        sessions = await TrainingSession.filter(program_id=program.id)
        per_week = Counter(s.micro_cycle_id for s in sessions)
        assert set(per_week) == set(cycles)
        assert all(4 <= n <= 6 for n in per_week.values()), per_week
        types = Counter(s.session_type for s in sessions)
        assert types[SessionType.STRENGTH] > 0 and types[SessionType.ENDURANCE] > 0, athlete.display_name
        for s in sessions:
            cycle = cycles[s.micro_cycle_id]
            local = s.scheduled_at.astimezone(tz)
            assert cycle.start_date <= local.date() <= cycle.end_date
            assert 5 <= local.hour <= 20, (athlete.display_name, local)
            assert s.phase_id == cycle.phase_id
            assert s.athlete_id == athlete.id
            assert 30 <= s.duration_minutes <= 120
            assert s.title and s.focus and s.intensity is not None
            assert s.planned_load is not None and s.planned_load > 0
            if s.session_type == SessionType.STRENGTH:
                assert s.modality == "strength"
            else:
                assert s.modality == s.prescription["modality"]
        # one session per day at most
        days = [s.scheduled_at.astimezone(tz).date() for s in sessions]
        assert len(days) == len(set(days))


async def test_every_prescription_validates_against_the_seed_schemas(
    settings: Settings, fixed_clock: clock.FixedClock
) -> None:
    await load_demo(reset=False, settings=settings)

    system_ids = {str(i) for i in SYSTEM_EXERCISE_IDS.values()}
    stored_ids = {str(i) for i in await Exercise.filter(created_by_id=None).values_list("id", flat=True)}
    sessions = await TrainingSession.all()
    assert len(sessions) > 5 * 16 * 4 - 1
    for s in sessions:
        errors = [e.message for e in VALIDATORS[SessionType(s.session_type)].iter_errors(s.prescription)]
        assert errors == [], (s.title, errors)
        if s.session_type == SessionType.STRENGTH:
            assert s.prescription["exercises"]
            for item in s.prescription["exercises"]:
                assert item["exerciseId"] in system_ids
                assert item["exerciseId"] in stored_ids
        else:
            assert s.prescription["duration"] == {"value": s.duration_minutes, "unit": "minutes"}
            assert "zone" in s.prescription["intensity"]


async def test_past_sessions_are_completed_with_a_log_or_skipped_and_future_ones_are_untouched(
    settings: Settings,
    fixed_clock: clock.FixedClock,
) -> None:
    await load_demo(reset=False, settings=settings)

    now = PINNED_NOW
    logs = defaultdict(list)
    for log in await WorkoutLog.all():
        logs[log.session_id].append(log)
    feedback = {f.session_id: f for f in await SessionFeedback.all()}
    sessions = await TrainingSession.all()
    past = [s for s in sessions if s.scheduled_at + timedelta(minutes=s.duration_minutes) + LOG_GRACE <= now]
    future = [s for s in sessions if s.scheduled_at > now]
    assert len(past) > 5 * 8 * 4 - 1
    assert len(future) > 5 * 7 * 4 - 1
    completed = [s for s in past if s.status == SessionStatus.COMPLETED]
    skipped = [s for s in past if s.status == SessionStatus.SKIPPED]
    assert len(completed) + len(skipped) == len(past)
    assert 0.75 <= len(completed) / len(past) <= 0.95

    for s in completed:
        assert len(logs[s.id]) == 1
        log = logs[s.id][0]
        assert log.athlete_id == s.athlete_id
        assert log.sync_status == SyncStatus.SYNCED and log.version == 1 and log.is_current is True
        assert log.replaces_id is None
        assert 4 <= log.rpe <= 9
        assert s.scheduled_at < log.completed_at <= now
        assert log.completed_at <= s.scheduled_at + timedelta(minutes=s.duration_minutes) + LOG_GRACE
        assert s.completed_at == log.completed_at
        assert abs(log.duration_minutes - s.duration_minutes) <= max(12, s.duration_minutes // 10 + 1)
        assert s.skipped_reason is None
    for s in skipped:
        assert logs[s.id] == []
        assert s.skipped_reason
        assert s.completed_at is None
    for s in sessions:
        if s not in past:
            assert s.status == SessionStatus.PLANNED
            assert logs[s.id] == [] and s.id not in feedback and s.completed_at is None

    # feedback: on most completed sessions, sometimes on skipped ones, never in the future
    with_feedback = [s for s in completed if s.id in feedback]
    assert len(with_feedback) >= 0.7 * len(completed)
    kinds = Counter(feedback[s.id].feedback_type for s in with_feedback)
    assert kinds[FeedbackType.DONE] > kinds[FeedbackType.HARD] > 0
    assert kinds[FeedbackType.PAIN] > 0
    assert kinds[FeedbackType.SKIPPED] == 0
    for s in with_feedback:
        f = feedback[s.id]
        assert 1 <= f.energy <= 5 and 1 <= f.soreness <= 5 and f.mood
        assert s.completed_at <= f.submitted_at <= now
        assert f.athlete_id == s.athlete_id
        if f.feedback_type in (FeedbackType.PAIN, FeedbackType.HARD):
            assert f.comments
    skipped_feedback = [feedback[s.id] for s in skipped if s.id in feedback]
    assert skipped_feedback and all(f.feedback_type == FeedbackType.SKIPPED for f in skipped_feedback)


async def test_workout_logs_mirror_their_prescriptions(
    settings: Settings, fixed_clock: clock.FixedClock
) -> None:
    await load_demo(reset=False, settings=settings)

    sessions = {s.id: s for s in await TrainingSession.all()}
    logs = await WorkoutLog.all()
    assert logs
    for log in logs:
        s = sessions[log.session_id]
        actual, planned = log.actual_data, s.prescription
        if s.session_type == SessionType.STRENGTH:
            assert set(actual) == {"exercises"}
            assert [x["exerciseId"] for x in actual["exercises"]] == [
                x["exerciseId"] for x in planned["exercises"]
            ]
            for done, plan in zip(actual["exercises"], planned["exercises"], strict=True):
                assert set(done) == {"exerciseId", "sets", "modified"}
                expected_sets = plan["sets"] - 1 if done["modified"] and plan["sets"] > 1 else plan["sets"]
                assert len(done["sets"]) == expected_sets
                for one in done["sets"]:
                    assert set(one) == {"weight", "reps", "rpe"}
                    assert one["weight"] >= 0 and 1 <= one["reps"] <= plan["reps"] and 1 <= one["rpe"] <= 10
                if plan["intensity"]["type"] == "percent_1rm":
                    assert all(one["weight"] > 0 for one in done["sets"])
        else:
            assert set(actual) == {
                "modality",
                "duration",
                "distance",
                "avgHeartRate",
                "avgPower",
                "completed",
            }
            assert actual["modality"] == planned["modality"]
            assert actual["duration"] == {"value": log.duration_minutes, "unit": "minutes"}
            assert actual["distance"]["unit"] == planned["distance"]["unit"]
            assert actual["completed"] is True
            assert 80 <= actual["avgHeartRate"] <= 200
            assert (actual["avgPower"] is not None) == (planned["modality"] == "bike")


async def test_benchmarks_have_an_older_and_a_newer_value(
    settings: Settings, fixed_clock: clock.FixedClock
) -> None:
    await load_demo(reset=False, settings=settings)

    for athlete in await _athletes():
        today = PINNED_NOW.astimezone(ZoneInfo(athlete.timezone)).date()
        marks = await BenchmarkMetric.filter(athlete_id=athlete.id).order_by("established_at")
        by_key: dict[tuple[str, uuid.UUID | None], list[BenchmarkMetric]] = defaultdict(list)
        for m in marks:
            by_key[(m.metric_type, m.exercise_id)].append(m)
        one_rm = {SYSTEM_EXERCISE_IDS[n] for n in ("Back Squat", "Deadlift", "Bench Press")}
        assert {e for (t, e) in by_key if t == "1RM"} == one_rm
        expected = {
            "FTP",
            "HR_zone_1",
            "HR_zone_2",
            "HR_zone_3",
            "HR_zone_4",
            "HR_zone_5",
            "pace_5k",
        }
        assert expected <= {t for (t, _) in by_key}
        for (metric_type, _), history in by_key.items():
            assert len(history) == 2, metric_type
            older, newer = history
            assert older.established_at < newer.established_at <= today
            assert older.value > 0 and newer.value > 0
            if metric_type in ("1RM", "FTP"):
                assert newer.value > older.value
            if metric_type.startswith("pace_"):
                assert newer.value < older.value  # seconds per km: faster
                assert newer.unit == "s/km"
            if metric_type == "1RM":
                assert newer.unit == "kg"
        zones = [by_key[(f"HR_zone_{z}", None)][1].value for z in range(1, 6)]
        assert zones == sorted(zones) and len(set(zones)) == 5


async def test_a_second_load_changes_nothing(settings: Settings, fixed_clock: clock.FixedClock) -> None:
    # given a loaded demo
    await load_demo(reset=False, settings=settings)
    before = await _counts()
    programs = set(await TrainingProgram.all().values_list("id", flat=True))

    # when it is loaded again (a later `make run`)
    summary = await load_demo(reset=False, settings=settings)

    # then nothing was added or replaced
    assert summary.created is False
    assert await _counts() == before
    assert set(await TrainingProgram.all().values_list("id", flat=True)) == programs


async def test_reset_removes_and_reloads_with_the_same_content(
    settings: Settings, fixed_clock: clock.FixedClock
) -> None:
    # given a loaded demo
    await load_demo(reset=False, settings=settings)
    before = await _counts()
    old_programs = set(await TrainingProgram.all().values_list("id", flat=True))
    snapshot = await _content()

    # when it is reset
    summary = await load_demo(reset=True, settings=settings)

    # then everything was replaced by an identical (deterministic) roster
    assert summary.created is True
    assert await _counts() == before
    assert not set(await TrainingProgram.all().values_list("id", flat=True)) & old_programs
    assert await _content() == snapshot


async def _content() -> list[tuple[Any, ...]]:
    sessions = await TrainingSession.all().prefetch_related("athlete", "logs", "feedback")
    rows = []
    for s in sessions:
        log = s.logs[0] if s.logs else None
        fb = s.feedback[0] if s.feedback else None
        rows.append(
            (
                s.athlete.display_name,
                s.scheduled_at,
                s.title,
                s.status,
                s.prescription,
                s.skipped_reason,
                log and (log.actual_data, log.rpe, log.completed_at, log.notes),
                fb and (fb.feedback_type, fb.energy, fb.soreness, fb.mood, fb.comments),
            )
        )
    marks = await BenchmarkMetric.all().prefetch_related("athlete")
    rows += [(m.athlete.display_name, m.metric_type, m.exercise_id, m.value, m.established_at) for m in marks]
    return sorted(rows, key=repr)


async def test_remove_demo_deletes_all_demo_training_data(
    settings: Settings, fixed_clock: clock.FixedClock
) -> None:
    # given a loaded demo
    await load_demo(reset=False, settings=settings)

    # when it is removed
    await remove_demo()

    # then no account and no training row is left, and the system catalogue stays
    counts = await _counts()
    assert counts == {**{name: 0 for name in counts}, "Exercise": len(SYSTEM_EXERCISES)}


async def test_program_dates_follow_each_athletes_local_week(
    settings: Settings, fixed_clock: clock.FixedClock
) -> None:
    # given Sunday 1 March 2026, 20:00 UTC: Monday 2 March in Tokyo, still Sunday in Mexico City
    fixed_clock.set(datetime(2026, 3, 1, 20, 0, tzinfo=UTC))

    # when the demo is loaded
    await load_demo(reset=False, settings=settings)

    # then each program starts 8 weeks before that athlete's own Monday
    starts = {a.timezone: (await TrainingProgram.get(athlete_id=a.id)).start_date for a in await _athletes()}
    assert starts["Asia/Tokyo"] == date(2026, 1, 5)
    assert starts["America/Mexico_City"] == date(2025, 12, 29)
    assert starts["Europe/London"] == date(2025, 12, 29)


async def test_training_is_loaded_in_bulk(settings: Settings, fixed_clock: clock.FixedClock) -> None:
    # given the demo accounts without training data (as an older load left them)
    await load_demo(reset=False, settings=settings)
    await TrainingProgram.all().delete()
    await BenchmarkMetric.all().delete()
    coach_id = (await AthleteProfile.filter(user__email__in=DEMO_EMAILS).first()).coach_id

    # when the training is loaded
    with QueryCounter() as counter:
        loaded = await load_training(coach_id=coach_id)

    # then all five athletes got it with a bounded number of statements (bulk inserts)
    assert loaded == 5
    assert await TrainingProgram.all().count() == 5
    # (seeding check, athlete and program look-ups, profile updates, one INSERT per table)
    assert counter.count <= 20, counter.statements


async def test_a_later_load_fills_in_training_for_accounts_that_have_none(
    settings: Settings, fixed_clock: clock.FixedClock
) -> None:
    # given demo accounts left without training data by an older version
    await load_demo(reset=False, settings=settings)
    full = await _counts()
    ava = await AthleteProfile.get(user__email="ava@demo.coachgraph.dev")
    for model in (WorkoutLog, TrainingProgram, BenchmarkMetric):
        await model.filter(athlete_id=ava.id).delete()
    assert await TrainingSession.filter(athlete_id=ava.id).count() == 0

    # when the demo is loaded again
    summary = await load_demo(reset=False, settings=settings)

    # then only the missing program was added back
    assert summary.created is False
    assert await _counts() == full
    assert await TrainingProgram.filter(athlete_id=ava.id).count() == 1


async def _login(client: httpx.AsyncClient, email: str) -> str:
    body = await gql(
        client,
        "mutation($e: String!, $p: String!) { login(input: {email: $e, password: $p}) "
        "{ accessToken errors { code } } }",
        {"e": email, "p": DEMO_PASSWORD},
    )
    assert body["data"]["login"]["errors"] == []
    return body["data"]["login"]["accessToken"]


PROGRAMS_QUERY = """
{ programs(status: CURRENT) { totalCount edges { node {
    title totalWeeks completedWeeks adherenceRate macroCycle
    athlete { displayName } currentPhase { name } phases { name phaseOrder status }
} } } }
"""


async def test_demo_coach_explores_the_roster_programs_over_http(
    client: httpx.AsyncClient,
    settings: Settings,
    fixed_clock: clock.FixedClock,
) -> None:
    # given a loaded demo
    await load_demo(reset=False, settings=settings)

    # when the demo coach logs in with the printed credentials and lists current programs
    token = await _login(client, DEMO_COACH_EMAIL)
    body = await gql(client, PROGRAMS_QUERY, token=token)

    # then the whole roster is there, halfway through, in the Build phase
    assert "errors" not in body, body
    programs = body["data"]["programs"]
    assert programs["totalCount"] == 5
    nodes = [edge["node"] for edge in programs["edges"]]
    assert sorted(n["athlete"]["displayName"] for n in nodes) == sorted(a[0] for a in DEMO_ATHLETES)
    for node in nodes:
        assert node["totalWeeks"] == 16
        assert node["completedWeeks"] == 8
        assert node["macroCycle"] == "Base - Build - Peak - Taper"
        assert node["currentPhase"] == {"name": "Build"}
        assert [(p["phaseOrder"], p["name"], p["status"]) for p in node["phases"]] == [
            (1, "Base", "COMPLETED"),
            (2, "Build", "ACTIVE"),
            (3, "Peak", "PLANNED"),
            (4, "Taper", "PLANNED"),
        ]
        assert 0.8 <= node["adherenceRate"] <= 0.9, node


async def test_a_demo_athlete_sees_only_their_own_program_over_http(
    client: httpx.AsyncClient,
    settings: Settings,
    fixed_clock: clock.FixedClock,
) -> None:
    # given a loaded demo
    await load_demo(reset=False, settings=settings)

    # when a demo athlete logs in and lists current programs
    token = await _login(client, "ava@demo.coachgraph.dev")
    body = await gql(client, PROGRAMS_QUERY, token=token)

    # then only their own program is visible
    assert "errors" not in body, body
    nodes = [edge["node"] for edge in body["data"]["programs"]["edges"]]
    assert [n["athlete"]["displayName"] for n in nodes] == ["Ava Lindqvist"]
    assert nodes[0]["title"] == "Hybrid Performance: Strength + 10K"


async def test_demo_is_live_relative_to_the_clock(settings: Settings, fixed_clock: clock.FixedClock) -> None:
    # given a clock six months later than the pinned one
    later = PINNED_NOW + timedelta(weeks=26)
    fixed_clock.set(later)

    # when the demo is loaded
    await load_demo(reset=False, settings=settings)

    # then the programs are centred on that date: 8 weeks of history, the rest planned
    for athlete in await _athletes():
        program = await TrainingProgram.get(athlete_id=athlete.id)
        assert program.start_date == _local_monday(later, athlete.timezone) - timedelta(weeks=8)
        sessions = await TrainingSession.filter(program_id=program.id)
        assert all(s.status == SessionStatus.PLANNED for s in sessions if s.scheduled_at > later)
        assert all(
            s.status != SessionStatus.PLANNED
            for s in sessions
            if s.scheduled_at + timedelta(minutes=s.duration_minutes) + LOG_GRACE <= later
        )


async def test_reset_works_after_the_demo_was_edited(
    settings: Settings, fixed_clock: clock.FixedClock
) -> None:
    # given a demo where a log was edited (a second version replacing the first)
    await load_demo(reset=False, settings=settings)
    before = await _counts()
    first = await WorkoutLog.filter(is_current=True).order_by("completed_at").first()
    await WorkoutLog.filter(id=first.id).update(is_current=False)
    await WorkoutLog.create(
        session_id=first.session_id,
        athlete_id=first.athlete_id,
        completed_at=first.completed_at,
        actual_data=first.actual_data,
        rpe=9,
        version=2,
        replaces_id=first.id,
    )

    # when the demo is reset
    await load_demo(reset=True, settings=settings)

    # then the edited history is gone and the original content is back
    assert await _counts() == before
    assert not await WorkoutLog.filter(id=first.id).exists()
    assert await WorkoutLog.filter(version__gt=1).count() == 0
