"""Demo training data: a live 16-week program per demo athlete, with history, logs and benchmarks.

Everything is relative to `app.clock.now()`, so the demo always looks "live": each program
started 8 weeks before this week's Monday (in the athlete's time zone), half of it is
history (sessions completed with a workout log and feedback, or skipped with a reason) and
half is planned. The content is deterministic: one `random.Random` seeded per athlete.
Rows are inserted in bulk, in one transaction.

The content itself (profiles, templates, weekly structures, texts) is in `training_data`.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any, cast
from zoneinfo import ZoneInfo

from tortoise.models import Model
from tortoise.transactions import in_transaction

from app import clock
from app.athletes.models import AthleteProfile, PrimaryGoal
from app.demo.training_data import (
    ACCESSORY_LOAD,
    DOSAGE,
    ENDURANCE_NOTES,
    ENDURANCE_TEMPLATES,
    HARD_COMMENTS,
    HR_FRACTION,
    MACRO_CYCLE,
    MAIN,
    MAX_DURATION,
    MIN_DURATION,
    MOODS,
    ONE_RM_BASIS,
    ONE_RM_EXERCISES,
    PAIN_COMMENTS,
    PHASES,
    PLYO,
    PLYO_REPS,
    POWER_FRACTION,
    PROFILE_FALLBACK,
    PROFILES,
    SECONDARY,
    SKIP_REASONS,
    STRENGTH_DURATION,
    STRENGTH_NOTES,
    STRENGTH_PLANNED_RPE,
    STRENGTH_TEMPLATES,
    WEEKS,
    Endurance,
    Profile,
)
from app.exercises.catalog import SYSTEM_EXERCISE_IDS, ensure_system_exercises
from app.exercises.models import BenchmarkMetric, Exercise, MetricType
from app.logs.models import FeedbackType, SessionFeedback, SyncStatus, WorkoutLog
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
FEEDBACK_RATE = 0.8


# --------------------------------------------------------------------------- helpers


def _goal_key(goal: PrimaryGoal) -> PrimaryGoal:
    return PROFILE_FALLBACK.get(goal, goal)


def _round_to(value: float, step: float) -> float:
    return round(round(value / step) * step, 2)


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


def _clamp(value: int, low: int, high: int) -> int:
    return max(low, min(high, value))


@dataclass
class _Benchmarks:
    """The athlete's benchmark values before and after the Base phase test week."""

    old: dict[str, float]
    new: dict[str, float]
    retest_date: date

    def at(self, day: date) -> dict[str, float]:
        return self.new if day >= self.retest_date else self.old


@dataclass
class _Past:
    """A session that is already over (to be completed or skipped), with its planned RPE."""

    session: TrainingSession
    day: date
    planned_rpe: int


@dataclass
class _Rows:
    programs: list[TrainingProgram] = field(default_factory=list)
    phases: list[ProgramPhase] = field(default_factory=list)
    cycles: list[MicroCycle] = field(default_factory=list)
    sessions: list[TrainingSession] = field(default_factory=list)
    logs: list[WorkoutLog] = field(default_factory=list)
    feedback: list[SessionFeedback] = field(default_factory=list)
    benchmarks: list[BenchmarkMetric] = field(default_factory=list)


# --------------------------------------------------------------------------- builders


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
        return {"value": int(_round_to(minutes * 42, 100)), "unit": "meters"}
    return {"value": int(_round_to(minutes * 230, 100)), "unit": "meters"}


def _endurance_session(
    kind: str, phase: str, deload: bool, profile: Profile
) -> tuple[str, str, dict[str, Any], Modality, int, int]:
    """(title, focus, prescription, modality, minutes, planned RPE) of an endurance session."""
    template = ENDURANCE_TEMPLATES[kind]
    minutes = template.minutes[phase]
    if deload:
        minutes = int(minutes * 0.8)
    minutes = _clamp(minutes, MIN_DURATION, MAX_DURATION)
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


def _strength_actual(
    prescription: dict[str, Any], rng: random.Random, maxes: dict[str, float], strength_scale: float
) -> dict[str, Any]:
    by_id = {str(v): k for k, v in SYSTEM_EXERCISE_IDS.items()}
    done = []
    for item in prescription["exercises"]:
        name = by_id[item["exerciseId"]]
        intensity = item["intensity"]
        if intensity["type"] == "percent_1rm":
            basis, ratio = ONE_RM_BASIS[name]
            weight = _round_to(maxes[basis] * ratio * intensity["value"] / 100, 2.5)
            base_rpe = 5 + (intensity["value"] - 60) / 8
        else:
            weight = _round_to(ACCESSORY_LOAD[name] * strength_scale, 0.5)
            base_rpe = intensity["value"]
        modified = rng.random() < 0.03
        n_sets = item["sets"] - 1 if modified and item["sets"] > 1 else item["sets"]
        sets = []
        for index in range(n_sets):
            reps = item["reps"]
            if index == n_sets - 1 and intensity["type"] == "percent_1rm" and rng.random() < 0.1:
                reps -= 1
            rpe = _clamp(round(base_rpe + index * 0.4 + rng.choice((-0.5, 0, 0, 0.5))), 1, 10)
            sets.append({"weight": weight, "reps": max(reps, 1), "rpe": rpe})
        done.append({"exerciseId": item["exerciseId"], "sets": sets, "modified": modified})
    return {"exercises": done}


def _endurance_actual(
    prescription: dict[str, Any], minutes: int, rng: random.Random, profile: Profile, ftp: float
) -> dict[str, Any]:
    zone = prescription["intensity"]["zone"]
    planned = prescription["duration"]["value"]
    distance = dict(prescription["distance"])
    value = distance["value"] * minutes / planned * rng.uniform(0.97, 1.03)
    distance["value"] = round(value, 2) if distance["unit"] == "km" else int(_round_to(value, 25))
    modality = prescription["modality"]
    return {
        "modality": modality,
        "duration": {"value": minutes, "unit": "minutes"},
        "distance": distance,
        "avgHeartRate": round(profile.max_hr * HR_FRACTION[zone]) + rng.randint(-3, 3),
        "avgPower": round(ftp * POWER_FRACTION[zone]) + rng.randint(-5, 5) if modality == "bike" else None,
        "completed": True,
    }


def _benchmarks(profile: Profile, rng: random.Random, start: date) -> _Benchmarks:
    old = {
        "Back Squat": profile.squat,
        "Deadlift": profile.deadlift,
        "Bench Press": profile.bench,
        MetricType.FTP: profile.ftp,
        MetricType.PACE_5K: profile.pace_5k,
        "max_hr": profile.max_hr,
    }

    def stronger(kg: float, low: float, high: float) -> float:
        return max(_round_to(kg * rng.uniform(low, high), 2.5), kg + 2.5)

    new = {
        "Back Squat": stronger(profile.squat, 1.03, 1.07),
        "Deadlift": stronger(profile.deadlift, 1.03, 1.07),
        "Bench Press": stronger(profile.bench, 1.025, 1.05),
        MetricType.FTP: float(round(profile.ftp * rng.uniform(1.03, 1.06))),
        MetricType.PACE_5K: float(round(profile.pace_5k * rng.uniform(0.96, 0.98))),
        "max_hr": profile.max_hr + rng.choice((-1, 1, 2)),
    }
    # Retested at the end of the Base phase (Saturday of week 6).
    return _Benchmarks(old, new, start + timedelta(weeks=6) - timedelta(days=2))


def _benchmark_rows(
    athlete: AthleteProfile,
    profile: Profile,
    marks: _Benchmarks,
    start: date,
    available: set[uuid.UUID],
) -> Iterable[BenchmarkMetric]:
    tested = start - timedelta(days=10)
    for values, day in ((marks.old, tested), (marks.new, marks.retest_date)):
        for name in ONE_RM_EXERCISES:
            if SYSTEM_EXERCISE_IDS[name] in available:
                yield BenchmarkMetric(
                    athlete_id=athlete.id,
                    metric_type=MetricType.ONE_RM.value,
                    value=Decimal(str(values[name])),
                    unit="kg",
                    exercise_id=SYSTEM_EXERCISE_IDS[name],
                    established_at=day,
                )
        yield BenchmarkMetric(
            athlete_id=athlete.id,
            metric_type=MetricType.FTP.value,
            value=Decimal(str(values[MetricType.FTP])),
            unit="W",
            established_at=day,
        )
        max_hr = values["max_hr"]
        for zone, fraction in enumerate((0.68, 0.78, 0.87, 0.93, 1.0), start=1):
            yield BenchmarkMetric(
                athlete_id=athlete.id,
                metric_type=f"HR_zone_{zone}",
                value=Decimal(round(max_hr * fraction)),
                unit="bpm",
                established_at=day,
            )
        pace = values[MetricType.PACE_5K]
        paces = [(MetricType.PACE_5K, pace)]
        if profile.runner:
            paces += [
                (MetricType.PACE_10K, pace * 1.045),
                (MetricType.PACE_HALF_MARATHON, pace * 1.1),
            ]
        for metric, seconds in paces:
            yield BenchmarkMetric(
                athlete_id=athlete.id,
                metric_type=metric.value,
                value=Decimal(round(seconds)),
                unit="s/km",
                established_at=day,
            )


def _local(day: date, hhmm: str, tz: ZoneInfo, rng: random.Random) -> datetime:
    hour, minute = (int(p) for p in hhmm.split(":"))
    minute += rng.choice((0, 0, 0, 5, 10, 15)) if hour < 12 else rng.choice((0, 0, 15, 30))
    local = datetime.combine(day, time(hour, 0), tzinfo=tz) + timedelta(minutes=minute)
    return local.astimezone(UTC)


def _build_athlete(
    athlete: AthleteProfile,
    email: str,
    coach_id: uuid.UUID,
    now: datetime,
    available: set[uuid.UUID],
    rows: _Rows,
) -> None:
    rng = random.Random(f"coachgraph-demo:{email}")
    goal = _goal_key(PrimaryGoal(athlete.primary_goal))
    profile = PROFILES[goal]
    weeks = WEEKS[goal]
    tz = ZoneInfo(athlete.timezone)
    today = now.astimezone(tz).date()
    start = today - timedelta(days=today.weekday()) - timedelta(weeks=WEEKS_OF_HISTORY)
    end = start + timedelta(weeks=PROGRAM_WEEKS) - timedelta(days=1)
    marks = _benchmarks(profile, rng, start)
    strength_scale = profile.squat / 120

    program = TrainingProgram(
        id=uuid.uuid4(),
        athlete_id=athlete.id,
        coach_id=coach_id,
        title=profile.title,
        description=profile.description,
        start_date=start,
        end_date=end,
        macro_cycle=MACRO_CYCLE,
        status=ProgramStatus.CURRENT,
        version=1,
    )
    rows.programs.append(program)
    rows.benchmarks.extend(_benchmark_rows(athlete, profile, marks, start, available))

    past: list[_Past] = []
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
            status=PhaseStatus(_state(phase_start, phase_end, today)),
        )
        rows.phases.append(phase)
        for week_in_phase in range(1, phase_weeks + 1):
            week_index += 1
            monday = start + timedelta(weeks=week_index - 1)
            sunday = monday + timedelta(days=6)
            cycle = MicroCycle(
                id=uuid.uuid4(),
                program_id=program.id,
                phase_id=phase.id,
                week_index=week_index,
                start_date=monday,
                end_date=sunday,
                status=MicroCycleStatus(_state(monday, sunday, today)),
            )
            rows.cycles.append(cycle)
            deload = phase_name == "Base" and week_in_phase == 4
            slots = list(weeks[phase_name])
            if goal is PrimaryGoal.RACE_PREPARATION and week_index == PROGRAM_WEEKS:
                slots[-1] = (slots[-1][0], slots[-1][1], "race")
            for weekday, hhmm, kind in slots:
                over = _build_session(
                    rng=rng,
                    athlete=athlete,
                    program=program,
                    phase=phase,
                    cycle=cycle,
                    profile=profile,
                    day=monday + timedelta(days=weekday),
                    hhmm=hhmm,
                    kind=kind,
                    phase_name=phase_name,
                    week_in_phase=week_in_phase,
                    deload=deload,
                    tz=tz,
                    now=now,
                    rows=rows,
                )
                if over is not None:
                    past.append(over)
        phase_start = phase_end + timedelta(days=1)

    # Adherence: exactly SKIP_RATE of the sessions that are over were missed, spread at random.
    skipped = set(rng.sample(range(len(past)), round(len(past) * SKIP_RATE)))
    for index, over in enumerate(past):
        if index in skipped:
            _skip(over.session, rng, now, rows)
        else:
            _complete(over, rng, profile, marks, strength_scale, now, rows)


def _build_session(
    *,
    rng: random.Random,
    athlete: AthleteProfile,
    program: TrainingProgram,
    phase: ProgramPhase,
    cycle: MicroCycle,
    profile: Profile,
    day: date,
    hhmm: str,
    kind: str,
    phase_name: str,
    week_in_phase: int,
    deload: bool,
    tz: ZoneInfo,
    now: datetime,
    rows: _Rows,
) -> _Past | None:
    """Add one planned session; returns it as `_Past` when it is already over."""
    scheduled_at = _local(day, hhmm, tz, rng)
    if kind in STRENGTH_TEMPLATES:
        title, focus, prescription, minutes, rpe = _strength_session(kind, phase_name, week_in_phase, deload)
        modality, session_type = Modality.STRENGTH, SessionType.STRENGTH
    else:
        title, focus, prescription, modality, minutes, rpe = _endurance_session(
            kind, phase_name, deload, profile
        )
        session_type = SessionType.ENDURANCE
    session = TrainingSession(
        id=uuid.uuid4(),
        program_id=program.id,
        phase_id=phase.id,
        micro_cycle_id=cycle.id,
        athlete_id=athlete.id,
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
    rows.sessions.append(session)
    if scheduled_at + timedelta(minutes=minutes) + LOG_GRACE > now:
        return None  # not over yet: stays planned
    return _Past(session, day, rpe)


def _skip(session: TrainingSession, rng: random.Random, now: datetime, rows: _Rows) -> None:
    """Mark a past session skipped, with a reason (and, half the time, skipped feedback)."""
    session.status = SessionStatus.SKIPPED
    session.skipped_reason = rng.choice(SKIP_REASONS)
    if rng.random() < 0.5:
        rows.feedback.append(
            SessionFeedback(
                id=uuid.uuid4(),
                session_id=session.id,
                athlete_id=session.athlete_id,
                feedback_type=FeedbackType.SKIPPED,
                comments=session.skipped_reason,
                submitted_at=min(session.scheduled_at + timedelta(hours=2), now),
            )
        )


def _complete(
    past: _Past,
    rng: random.Random,
    profile: Profile,
    marks: _Benchmarks,
    strength_scale: float,
    now: datetime,
    rows: _Rows,
) -> None:
    """Mark a past session completed with its workout log and, usually, feedback."""
    session, rpe = past.session, past.planned_rpe
    minutes = session.duration_minutes or MIN_DURATION
    scheduled_at, prescription = session.scheduled_at, session.prescription
    actual_minutes = _clamp(round(minutes * rng.uniform(0.9, 1.1)), 1, minutes + 12)
    completed_at = min(scheduled_at + timedelta(minutes=actual_minutes + rng.randint(3, 30)), now)
    maxes = marks.at(past.day)
    if session.session_type == SessionType.STRENGTH:
        actual = _strength_actual(prescription, rng, maxes, strength_scale)
        notes_pool = STRENGTH_NOTES
    else:
        actual = _endurance_actual(prescription, actual_minutes, rng, profile, maxes[MetricType.FTP])
        notes_pool = ENDURANCE_NOTES
    log_rpe = _clamp(rpe + rng.choice((-1, 0, 0, 1)), 4, 9)
    session.status = SessionStatus.COMPLETED
    session.completed_at = completed_at
    rows.logs.append(
        WorkoutLog(
            id=uuid.uuid4(),
            session_id=session.id,
            athlete_id=session.athlete_id,
            completed_at=completed_at,
            actual_data=actual,
            rpe=log_rpe,
            duration_minutes=actual_minutes,
            notes=rng.choice(notes_pool) if rng.random() < 0.3 else None,
            sync_status=SyncStatus.SYNCED,
            version=1,
            is_current=True,
        )
    )
    if rng.random() >= FEEDBACK_RATE:
        return
    roll = rng.random()
    if roll < 0.04:
        feedback_type, comments, soreness = (
            FeedbackType.PAIN,
            rng.choice(PAIN_COMMENTS),
            rng.randint(3, 5),
        )
    elif log_rpe >= 8 and roll < 0.7:
        feedback_type, comments, soreness = (
            FeedbackType.HARD,
            rng.choice(HARD_COMMENTS),
            rng.randint(2, 4),
        )
    else:
        feedback_type, comments, soreness = FeedbackType.DONE, None, rng.randint(1, 3)
    energy = _clamp(5 - (log_rpe - 4) // 2 + rng.choice((-1, 0, 0, 1)), 1, 5)
    rows.feedback.append(
        SessionFeedback(
            id=uuid.uuid4(),
            session_id=session.id,
            athlete_id=session.athlete_id,
            feedback_type=feedback_type,
            mood=rng.choice(MOODS),
            energy=energy,
            soreness=soreness,
            comments=comments,
            submitted_at=min(completed_at + timedelta(minutes=rng.randint(2, 90)), now),
        )
    )


# --------------------------------------------------------------------------- entry point


async def load_training(*, coach_id: uuid.UUID) -> int:
    """Give each demo athlete of the coach who has no program yet a live 16-week program with
    history; returns how many athletes got one."""
    from app.demo import DEMO_ATHLETES

    await ensure_system_exercises()
    now = clock.now()
    emails = [a[1] for a in DEMO_ATHLETES]
    rows = _Rows()
    async with in_transaction() as conn:
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
        athletes = [a for a in athletes if a.id not in with_program]
        if not athletes:
            return 0
        # `values_list(<one field>, flat=True)` gives bare values; Tortoise types them as tuples
        available = set(
            cast(
                "list[uuid.UUID]",
                await Exercise.filter(
                    id__in=[SYSTEM_EXERCISE_IDS[n] for n in ONE_RM_EXERCISES], created_by_id=None
                )
                .using_db(conn)
                .values_list("id", flat=True),
            )
        )
        for athlete in athletes:
            profile = PROFILES[_goal_key(PrimaryGoal(athlete.primary_goal))]
            _build_athlete(athlete, athlete.user.email, coach_id, now, available, rows)
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
    return len(athletes)
