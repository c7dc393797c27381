"""The kinds of rows sync reports (written entities, changes), and a row with its kind.

A kind is named after its table, which is what the change-log triggers record. Adding a
tracked table (the wellness check-ins) is one member here and one trigger in its migration.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from tortoise.models import Model

from app.analytics.models import ReadinessFeedback
from app.athletes.models import AthleteProfile
from app.exercises.models import BenchmarkMetric, Exercise
from app.logs.models import SessionFeedback, WorkoutLog
from app.programs.models import MicroCycle, ProgramPhase, TrainingProgram, TrainingSession
from app.wellness.models import CheckIn


class EntityKind(StrEnum):
    """A kind of row the API shows; the value is its table."""

    PROGRAM = "training_program"
    PHASE = "program_phase"
    MICRO_CYCLE = "micro_cycle"
    SESSION = "training_session"
    WORKOUT_LOG = "workout_log"
    SESSION_FEEDBACK = "session_feedback"
    BENCHMARK = "benchmark_metric"
    EXERCISE = "exercise"
    ATHLETE_PROFILE = "athlete_profile"
    CHECK_IN = "check_in"
    READINESS_FEEDBACK = "readiness_feedback"


MODELS: dict[EntityKind, type[Model]] = {
    EntityKind.PROGRAM: TrainingProgram,
    EntityKind.PHASE: ProgramPhase,
    EntityKind.MICRO_CYCLE: MicroCycle,
    EntityKind.SESSION: TrainingSession,
    EntityKind.WORKOUT_LOG: WorkoutLog,
    EntityKind.SESSION_FEEDBACK: SessionFeedback,
    EntityKind.BENCHMARK: BenchmarkMetric,
    EntityKind.EXERCISE: Exercise,
    EntityKind.ATHLETE_PROFILE: AthleteProfile,
    EntityKind.CHECK_IN: CheckIn,
    EntityKind.READINESS_FEEDBACK: ReadinessFeedback,
}


def kind_of(row: Model) -> EntityKind:
    """The kind of a row of one of the tracked tables."""
    return EntityKind(row._meta.db_table)


@dataclass(frozen=True)
class Entity:
    """A row and its kind: what an operation wrote, or what a change is about."""

    kind: EntityKind
    row: Model

    @classmethod
    def of(cls, row: Model) -> Entity:
        return cls(kind_of(row), row)
