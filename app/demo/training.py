"""Demo training data: a live 16-week program per demo athlete, with history, logs and benchmarks.

Everything is relative to `app.clock.now()`, so the demo always looks "live": each program
started 8 weeks before this week's Monday (in the athlete's time zone), half of it is
history (sessions completed with a workout log and feedback, or skipped with a reason) and
half is planned. The content is deterministic: one `random.Random` seeded per athlete.
Rows are inserted in bulk, in one transaction.

The content itself (profiles, templates, weekly structures, texts) is in `training_data`; what
the athletes did with the sessions already over is drawn in `training_history`.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any, cast
from zoneinfo import ZoneInfo

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.models import Model
from tortoise.transactions import in_transaction

from app import clock
from app.athletes.models import AthleteProfile, PrimaryGoal
from app.demo.roster import DEMO_ATHLETES
from app.demo.training_data import (
    DOSAGE,
    ENDURANCE_TEMPLATES,
    MACRO_CYCLE,
    MAIN,
    MAX_DURATION,
    MIN_DURATION,
    ONE_RM_EXERCISES,
    PHASES,
    PLYO,
    PLYO_REPS,
    PROFILE_FALLBACK,
    PROFILES,
    SECONDARY,
    STRENGTH_DURATION,
    STRENGTH_PLANNED_RPE,
    STRENGTH_TEMPLATES,
    WEEKS,
    Endurance,
    Profile,
)
from app.demo.training_history import (
    Past,
    benchmark_marks,
    benchmark_rows,
    clamp,
    complete,
    round_to,
    skip,
)
from app.exercises.catalog import SYSTEM_EXERCISE_IDS, ensure_system_exercises
from app.exercises.models import BenchmarkMetric, Exercise
from app.logs.models import SessionFeedback, WorkoutLog
from app.programs.models import (
    Intensity,
    MicroCycle,
    MicroCycleStatus,
    Modality,
    PhaseStatus,
    ProgramPhase,
    ProgramStatus,
    SessionStatus,
    SessionType,
    TrainingProgram,
    TrainingSession,
)

PROGRAM_WEEKS = 16
WEEKS_OF_HISTORY = 8
# A session counts as done or missed once it has ended plus this margin; until then it is
# planned (an athlete logs a workout shortly after finishing it).
LOG_GRACE = timedelta(minutes=45)
SKIP_RATE = 0.15


# --------------------------------------------------------------------------- helpers


def _goal_key(goal: PrimaryGoal) -> PrimaryGoal:
    return PROFILE_FALLBACK.get(goal, goal)


def _intensity_for(rpe: int) -> Intensity:
    if rpe <= 3:
        return Intensity.RECOVERY
    if rpe <= 5:
        return Intensity.EASY
    if rpe <= 7:
        return Intensity.MODERATE
    if rpe == 8:
        return Intensity.HARD
    return Intensity.MAX


def _state(start: date, end: date, today: date) -> str:
    if end < today:
        return "completed"
    if start <= today:
        return "active"
    return "planned"


def _local(day: date, hhmm: str, tz: ZoneInfo, rng: random.Random) -> datetime:
    hour, minute = (int(p) for p in hhmm.split(":"))
    minute += rng.choice((0, 0, 0, 5, 10, 15)) if hour < 12 else rng.choice((0, 0, 15, 30))
    local = datetime.combine(day, time(hour, 0), tzinfo=tz) + timedelta(minutes=minute)
    return local.astimezone(UTC)


@dataclass
class _Rows:
    programs: list[TrainingProgram] = field(default_factory=list)
    phases: list[ProgramPhase] = field(default_factory=list)
    cycles: list[MicroCycle] = field(default_factory=list)
    sessions: list[TrainingSession] = field(default_factory=list)
    logs: list[WorkoutLog] = field(default_factory=list)
    feedback: list[SessionFeedback] = field(default_factory=list)
    benchmarks: list[BenchmarkMetric] = field(default_factory=list)


@dataclass(frozen=True)
class _Build:
    """One athlete's program being built: who, their profile, their random source, zone and clock."""

    athlete: AthleteProfile
    goal: PrimaryGoal
    profile: Profile
    rng: random.Random
    tz: ZoneInfo
    today: date
    now: datetime
    rows: _Rows


# --------------------------------------------------------------------------- prescriptions


def _strength_session(
    kind: str, phase: str, week_in_phase: int, deload: bool
) -> tuple[str, str, dict[str, Any], int, int]:
    """(title, focus, prescription, minutes, planned RPE) of a strength session."""
    title, focus, exercises = STRENGTH_TEMPLATES[kind]
    items = []
    for name, role in exercises:
        sets, reps, value, rest = DOSAGE[phase][role]
        if role in (MAIN, SECONDARY):
            value = min(value + 2.5 * (week_in_phase - 1), 92.5)
        if role == PLYO:
            reps = PLYO_REPS.get(name, reps)
        if deload:
            sets = max(1, sets - 1)
            if role in (MAIN, SECONDARY):
                value -= 10
        item: dict[str, Any] = {
            "exerciseId": str(SYSTEM_EXERCISE_IDS[name]),
            "sets": sets,
            "reps": reps,
            "intensity": {
                "type": "percent_1rm" if role in (MAIN, SECONDARY) else "rpe",
                "value": value,
            },
            "restSeconds": rest,
        }
        if role == MAIN and phase == "Base":
            item["tempo"] = "3010"
        items.append(item)
    minutes = STRENGTH_DURATION[phase] - (10 if deload else 0)
    rpe = STRENGTH_PLANNED_RPE[phase] - (1 if deload else 0)
    return title, focus, {"exercises": items}, minutes, rpe


def _distance(template: Endurance, minutes: int, profile: Profile) -> dict[str, Any]:
    if template.modality is Modality.RUN:
        pace_factor = {1: 1.35, 2: 1.25, 3: 1.08, 4: 1.1, 5: 1.2}[template.zone]
        km = minutes * 60 / (profile.pace_5k * pace_factor)
        if template.title == "Half Marathon Race":
            km = 21.1
        return {"value": round(km, 1), "unit": "km"}
    if template.modality is Modality.BIKE:
        kph = (27.0 if template.zone <= 2 else 30.0) * (profile.ftp / 230) ** 0.5
        return {"value": round(minutes / 60 * kph, 1), "unit": "km"}
    if template.modality is Modality.SWIM:
        return {"value": int(round_to(minutes * 42, 100)), "unit": "meters"}
    return {"value": int(round_to(minutes * 230, 100)), "unit": "meters"}


def _endurance_session(
    kind: str, phase: str, deload: bool, profile: Profile
) -> tuple[str, str, dict[str, Any], Modality, int, int]:
    """(title, focus, prescription, modality, minutes, planned RPE) of an endurance session."""
    template = ENDURANCE_TEMPLATES[kind]
    minutes = template.minutes[phase]
    if deload:
        minutes = int(minutes * 0.8)
    minutes = clamp(minutes, MIN_DURATION, MAX_DURATION)
    prescription = {
        "modality": template.modality.value,
        "duration": {"value": minutes, "unit": "minutes"},
        "distance": _distance(template, minutes, profile),
        "intensity": {"type": template.intensity_type, "zone": template.zone},
    }
    return (
        template.title,
        template.focus,
        prescription,
        template.modality,
        minutes,
        template.planned_rpe,
    )


# --------------------------------------------------------------------------- builders


def _build_athlete(
    athlete: AthleteProfile,
    email: str,
    coach_id: uuid.UUID,
    now: datetime,
    available: set[uuid.UUID],
    rows: _Rows,
) -> None:
    """Add one athlete's live program to `rows`: benchmarks, phases, weeks, sessions and history."""
    rng = random.Random(f"coachgraph-demo:{email}")
    goal = _goal_key(PrimaryGoal(athlete.primary_goal))
    tz = ZoneInfo(athlete.timezone)
    today = now.astimezone(tz).date()
    build = _Build(athlete, goal, PROFILES[goal], rng, tz, today, now, rows)
    start = today - timedelta(days=today.weekday()) - timedelta(weeks=WEEKS_OF_HISTORY)
    marks = benchmark_marks(build.profile, rng, start)
    program = _program(build, coach_id, start)
    rows.programs.append(program)
    rows.benchmarks.extend(benchmark_rows(athlete, build.profile, marks, start, available))
    past = _build_phases(build, program, start)

    # Adherence: exactly SKIP_RATE of the sessions that are over were missed, spread at random.
    strength_scale = build.profile.squat / 120
    skipped = set(rng.sample(range(len(past)), round(len(past) * SKIP_RATE)))
    for index, over in enumerate(past):
        if index in skipped:
            feedback = skip(over.session, rng, now)
        else:
            log, feedback = complete(over, rng, build.profile, marks, strength_scale, now)
            rows.logs.append(log)
        if feedback is not None:
            rows.feedback.append(feedback)


def _program(build: _Build, coach_id: uuid.UUID, start: date) -> TrainingProgram:
    """The athlete's current program: PROGRAM_WEEKS from `start`, a Monday."""
    return TrainingProgram(
        id=uuid.uuid4(),
        athlete_id=build.athlete.id,
        coach_id=coach_id,
        title=build.profile.title,
        description=build.profile.description,
        start_date=start,
        end_date=start + timedelta(weeks=PROGRAM_WEEKS) - timedelta(days=1),
        macro_cycle=MACRO_CYCLE,
        status=ProgramStatus.CURRENT,
        version=1,
    )


def _build_phases(build: _Build, program: TrainingProgram, start: date) -> list[Past]:
    """Add the program's phases, with their weeks and sessions; returns the sessions already over."""
    past: list[Past] = []
    week_index = 0
    phase_start = start
    for order, (phase_name, phase_weeks, phase_focus) in enumerate(PHASES, start=1):
        phase_end = phase_start + timedelta(weeks=phase_weeks) - timedelta(days=1)
        phase = ProgramPhase(
            id=uuid.uuid4(),
            program_id=program.id,
            name=phase_name,
            focus=phase_focus,
            phase_order=order,
            start_date=phase_start,
            end_date=phase_end,
            status=PhaseStatus(_state(phase_start, phase_end, build.today)),
        )
        build.rows.phases.append(phase)
        for week_in_phase in range(1, phase_weeks + 1):
            week_index += 1
            monday = start + timedelta(weeks=week_index - 1)
            past += _build_week(build, program, phase, phase_name, monday, week_index, week_in_phase)
        phase_start = phase_end + timedelta(days=1)
    return past


def _build_week(
    build: _Build,
    program: TrainingProgram,
    phase: ProgramPhase,
    phase_name: str,
    monday: date,
    week_index: int,
    week_in_phase: int,
) -> list[Past]:
    """Add one week (a micro-cycle) and its sessions; returns the sessions already over."""
    sunday = monday + timedelta(days=6)
    cycle = MicroCycle(
        id=uuid.uuid4(),
        program_id=program.id,
        phase_id=phase.id,
        week_index=week_index,
        start_date=monday,
        end_date=sunday,
        status=MicroCycleStatus(_state(monday, sunday, build.today)),
    )
    build.rows.cycles.append(cycle)
    deload = phase_name == "Base" and week_in_phase == 4
    slots = list(WEEKS[build.goal][phase_name])
    if build.goal is PrimaryGoal.RACE_PREPARATION and week_index == PROGRAM_WEEKS:
        slots[-1] = (slots[-1][0], slots[-1][1], "race")
    past: list[Past] = []
    for weekday, hhmm, kind in slots:
        over = _build_session(
            build,
            program=program,
            phase=phase,
            cycle=cycle,
            day=monday + timedelta(days=weekday),
            hhmm=hhmm,
            kind=kind,
            phase_name=phase_name,
            week_in_phase=week_in_phase,
            deload=deload,
        )
        if over is not None:
            past.append(over)
    return past


def _build_session(
    build: _Build,
    *,
    program: TrainingProgram,
    phase: ProgramPhase,
    cycle: MicroCycle,
    day: date,
    hhmm: str,
    kind: str,
    phase_name: str,
    week_in_phase: int,
    deload: bool,
) -> Past | None:
    """Add one planned session; returns it as `Past` when it is already over."""
    scheduled_at = _local(day, hhmm, build.tz, build.rng)
    if kind in STRENGTH_TEMPLATES:
        title, focus, prescription, minutes, rpe = _strength_session(kind, phase_name, week_in_phase, deload)
        modality, session_type = Modality.STRENGTH, SessionType.STRENGTH
    else:
        title, focus, prescription, modality, minutes, rpe = _endurance_session(
            kind, phase_name, deload, build.profile
        )
        session_type = SessionType.ENDURANCE
    session = TrainingSession(
        id=uuid.uuid4(),
        program_id=program.id,
        phase_id=phase.id,
        micro_cycle_id=cycle.id,
        athlete_id=build.athlete.id,
        title=title,
        scheduled_at=scheduled_at,
        duration_minutes=minutes,
        modality=modality,
        session_type=session_type,
        prescription=prescription,
        focus=focus,
        intensity=_intensity_for(rpe),
        status=SessionStatus.PLANNED,
        planned_load=float(rpe * minutes),
    )
    build.rows.sessions.append(session)
    if scheduled_at + timedelta(minutes=minutes) + LOG_GRACE > build.now:
        return None  # not over yet: stays planned
    return Past(session, day, rpe)


# --------------------------------------------------------------------------- entry point


async def load_training(*, coach_id: uuid.UUID) -> int:
    """Give each demo athlete of the coach who has no program yet a live 16-week program with
    history; returns how many athletes got one."""
    await ensure_system_exercises()
    now = clock.now()
    rows = _Rows()
    async with in_transaction() as conn:
        athletes = await _athletes_without_program(coach_id, conn)
        if not athletes:
            return 0
        available = await _available_one_rm_exercises(conn)
        for athlete in athletes:
            _build_athlete(athlete, athlete.user.email, coach_id, now, available, rows)
            await _fill_body_metrics(athlete, conn)
        await _insert(rows, conn)
    return len(athletes)


async def _athletes_without_program(coach_id: uuid.UUID, conn: BaseDBAsyncClient) -> list[AthleteProfile]:
    """The coach's demo athletes who have no program yet, by name."""
    emails = [a[1] for a in DEMO_ATHLETES]
    athletes = (
        await AthleteProfile.filter(coach_id=coach_id, user__email__in=emails)
        .select_related("user")
        .order_by("display_name")
        .using_db(conn)
    )
    with_program = set(
        await TrainingProgram.filter(athlete_id__in=[a.id for a in athletes])
        .using_db(conn)
        .values_list("athlete_id", flat=True)
    )
    return [a for a in athletes if a.id not in with_program]


async def _available_one_rm_exercises(conn: BaseDBAsyncClient) -> set[uuid.UUID]:
    """The system exercises benchmarked with a 1RM that the catalogue holds."""
    # `values_list(<one field>, flat=True)` gives bare values; Tortoise types them as tuples
    return set(
        cast(
            "list[uuid.UUID]",
            await Exercise.filter(
                id__in=[SYSTEM_EXERCISE_IDS[n] for n in ONE_RM_EXERCISES], created_by_id=None
            )
            .using_db(conn)
            .values_list("id", flat=True),
        )
    )


async def _fill_body_metrics(athlete: AthleteProfile, conn: BaseDBAsyncClient) -> None:
    """Give the athlete their profile's resting and max heart rate, weight and height, where unset."""
    profile = PROFILES[_goal_key(PrimaryGoal(athlete.primary_goal))]
    updates: dict[str, Any] = {}
    for name, value in (
        ("resting_hr", profile.resting_hr),
        ("max_hr", profile.max_hr),
        ("weight_kg", Decimal(str(profile.weight_kg))),
        ("height_cm", Decimal(str(profile.height_cm))),
    ):
        if getattr(athlete, name) is None:
            updates[name] = value
    if updates:
        await AthleteProfile.filter(id=athlete.id).using_db(conn).update(**updates)


async def _insert(rows: _Rows, conn: BaseDBAsyncClient) -> None:
    """Insert the built rows in bulk, parents first."""
    batches: tuple[tuple[type[Model], Sequence[Model]], ...] = (
        (TrainingProgram, rows.programs),
        (ProgramPhase, rows.phases),
        (MicroCycle, rows.cycles),
        (TrainingSession, rows.sessions),
        (WorkoutLog, rows.logs),
        (SessionFeedback, rows.feedback),
        (BenchmarkMetric, rows.benchmarks),
    )
    for model, objects in batches:
        if objects:
            await model.bulk_create(objects, batch_size=500, using_db=conn)
