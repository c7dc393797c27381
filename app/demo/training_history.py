"""The demo's history: benchmarks before and after the test week, and what each athlete did with
the sessions already over (a workout log and, usually, feedback; or a skip with a reason).

Every value is drawn from the athlete's own `random.Random`, always in the same order, so the
generator in `app.demo.training` builds the same rows for the same "now".
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from app.athletes.models import AthleteProfile
from app.demo.training_data import (
    ACCESSORY_LOAD,
    ENDURANCE_NOTES,
    HARD_COMMENTS,
    HR_FRACTION,
    MIN_DURATION,
    MOODS,
    ONE_RM_BASIS,
    ONE_RM_EXERCISES,
    PAIN_COMMENTS,
    POWER_FRACTION,
    SKIP_REASONS,
    STRENGTH_NOTES,
    Profile,
)
from app.exercises.catalog import SYSTEM_EXERCISE_IDS
from app.exercises.models import BenchmarkMetric, MetricType
from app.logs.models import FeedbackType, SessionFeedback, SyncStatus, WorkoutLog
from app.programs.models import SessionStatus, SessionType, TrainingSession

FEEDBACK_RATE = 0.8


def round_to(value: float, step: float) -> float:
    return round(round(value / step) * step, 2)


def clamp(value: int, low: int, high: int) -> int:
    return max(low, min(high, value))


@dataclass
class Benchmarks:
    """The athlete's benchmark values before and after the Base phase test week."""

    old: dict[str, float]
    new: dict[str, float]
    retest_date: date

    def at(self, day: date) -> dict[str, float]:
        return self.new if day >= self.retest_date else self.old


@dataclass
class Past:
    """A session that is already over (to be completed or skipped), with its planned RPE."""

    session: TrainingSession
    day: date
    planned_rpe: int


# --------------------------------------------------------------------------- benchmarks


def benchmark_marks(profile: Profile, rng: random.Random, start: date) -> Benchmarks:
    old = {
        "Back Squat": profile.squat,
        "Deadlift": profile.deadlift,
        "Bench Press": profile.bench,
        MetricType.FTP: profile.ftp,
        MetricType.PACE_5K: profile.pace_5k,
        "max_hr": profile.max_hr,
    }

    def stronger(kg: float, low: float, high: float) -> float:
        return max(round_to(kg * rng.uniform(low, high), 2.5), kg + 2.5)

    new = {
        "Back Squat": stronger(profile.squat, 1.03, 1.07),
        "Deadlift": stronger(profile.deadlift, 1.03, 1.07),
        "Bench Press": stronger(profile.bench, 1.025, 1.05),
        MetricType.FTP: float(round(profile.ftp * rng.uniform(1.03, 1.06))),
        MetricType.PACE_5K: float(round(profile.pace_5k * rng.uniform(0.96, 0.98))),
        "max_hr": profile.max_hr + rng.choice((-1, 1, 2)),
    }
    # Retested at the end of the Base phase (Saturday of week 6).
    return Benchmarks(old, new, start + timedelta(weeks=6) - timedelta(days=2))


def benchmark_rows(
    athlete: AthleteProfile,
    profile: Profile,
    marks: Benchmarks,
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


# --------------------------------------------------------------------------- sessions over


def skip(session: TrainingSession, rng: random.Random, now: datetime) -> SessionFeedback | None:
    """Mark a past session skipped, with a reason; returns the skipped feedback given half the time."""
    session.status = SessionStatus.SKIPPED
    session.skipped_reason = rng.choice(SKIP_REASONS)
    if rng.random() < 0.5:
        return SessionFeedback(
            id=uuid.uuid4(),
            session_id=session.id,
            athlete_id=session.athlete_id,
            feedback_type=FeedbackType.SKIPPED,
            comments=session.skipped_reason,
            submitted_at=min(session.scheduled_at + timedelta(hours=2), now),
        )
    return None


def complete(
    past: Past,
    rng: random.Random,
    profile: Profile,
    marks: Benchmarks,
    strength_scale: float,
    now: datetime,
) -> tuple[WorkoutLog, SessionFeedback | None]:
    """Mark a past session completed; returns its workout log and, usually, feedback."""
    session, rpe = past.session, past.planned_rpe
    minutes = session.duration_minutes or MIN_DURATION
    actual_minutes = clamp(round(minutes * rng.uniform(0.9, 1.1)), 1, minutes + 12)
    completed_at = min(session.scheduled_at + timedelta(minutes=actual_minutes + rng.randint(3, 30)), now)
    actual, notes_pool = _actual_data(past, actual_minutes, rng, profile, marks, strength_scale)
    log_rpe = clamp(rpe + rng.choice((-1, 0, 0, 1)), 4, 9)
    session.status = SessionStatus.COMPLETED
    session.completed_at = completed_at
    log = WorkoutLog(
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
    return log, _feedback(session, log_rpe, completed_at, rng, now)


def _actual_data(
    past: Past,
    minutes: int,
    rng: random.Random,
    profile: Profile,
    marks: Benchmarks,
    strength_scale: float,
) -> tuple[dict[str, Any], tuple[str, ...]]:
    """What was done (mirroring the prescription), and the notes the athlete may pick from."""
    maxes = marks.at(past.day)
    prescription = past.session.prescription
    if past.session.session_type == SessionType.STRENGTH:
        return _strength_actual(prescription, rng, maxes, strength_scale), STRENGTH_NOTES
    return _endurance_actual(prescription, minutes, rng, profile, maxes[MetricType.FTP]), ENDURANCE_NOTES


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
            weight = round_to(maxes[basis] * ratio * intensity["value"] / 100, 2.5)
            base_rpe = 5 + (intensity["value"] - 60) / 8
        else:
            weight = round_to(ACCESSORY_LOAD[name] * strength_scale, 0.5)
            base_rpe = intensity["value"]
        modified = rng.random() < 0.03
        n_sets = item["sets"] - 1 if modified and item["sets"] > 1 else item["sets"]
        sets = []
        for index in range(n_sets):
            reps = item["reps"]
            if index == n_sets - 1 and intensity["type"] == "percent_1rm" and rng.random() < 0.1:
                reps -= 1
            rpe = clamp(round(base_rpe + index * 0.4 + rng.choice((-0.5, 0, 0, 0.5))), 1, 10)
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
    distance["value"] = round(value, 2) if distance["unit"] == "km" else int(round_to(value, 25))
    modality = prescription["modality"]
    return {
        "modality": modality,
        "duration": {"value": minutes, "unit": "minutes"},
        "distance": distance,
        "avgHeartRate": round(profile.max_hr * HR_FRACTION[zone]) + rng.randint(-3, 3),
        "avgPower": round(ftp * POWER_FRACTION[zone]) + rng.randint(-5, 5) if modality == "bike" else None,
        "completed": True,
    }


def _feedback(
    session: TrainingSession, log_rpe: int, completed_at: datetime, rng: random.Random, now: datetime
) -> SessionFeedback | None:
    """Feedback on a completed session, given FEEDBACK_RATE of the time: pain, hard or done."""
    if rng.random() >= FEEDBACK_RATE:
        return None
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
    energy = clamp(5 - (log_rpe - 4) // 2 + rng.choice((-1, 0, 0, 1)), 1, 5)
    return SessionFeedback(
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
