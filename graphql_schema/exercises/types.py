"""GraphQL types of the exercises domain: the exercise catalogue and athletes' benchmarks (views over rows)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Any

import strawberry

from app.athletes.models import AthleteProfile as AthleteRow
from app.athletes.models import Coach as CoachRow
from app.exercises.models import BenchmarkMetric as BenchmarkRow
from app.exercises.models import Exercise as ExerciseRow
from app.exercises.models import ExerciseCategory, MetricType, MuscleGroup
from graphql_schema import refs
from graphql_schema.context import Info
from graphql_schema.errors import UserError
from graphql_schema.fields import field
from graphql_schema.sync.once import IDEMPOTENCY_KEY_DESCRIPTION

strawberry.enum(
    ExerciseCategory,
    name="ExerciseCategory",
    description="The movement pattern an exercise belongs to.",
)
strawberry.enum(MuscleGroup, name="MuscleGroup", description="A muscle group an exercise trains.")
# GraphQL enum names are the Python member names (ONE_RM, FTP, HR_ZONE_1, PACE_5K, ...): the
# stored values of seed 004 (`1RM`, `HR_zone_1`, `pace_5k`) are not valid GraphQL names.
strawberry.enum(
    MetricType,
    name="MetricType",
    description="What a benchmark measures: ONE_RM (one-rep max on an exercise), FTP (functional "
    "threshold power), HR_ZONE_1..5 (heart-rate zone bounds), PACE_5K / PACE_10K / "
    "PACE_HALF_MARATHON (race paces).",
)


def _metric_type(row: strawberry.Parent[BenchmarkRow]) -> MetricType:
    return MetricType(row.metric_type)


def _value(row: strawberry.Parent[BenchmarkRow]) -> float:
    return float(row.value)


def _muscle_groups(row: strawberry.Parent[ExerciseRow]) -> list[MuscleGroup]:
    return [MuscleGroup(m) for m in row.muscle_groups or []]


def _is_system(row: strawberry.Parent[ExerciseRow]) -> bool:
    return row.created_by_id is None


@strawberry.type(
    description="One measured benchmark of an athlete. History is kept; the newest wins for prescriptions."
)
class BenchmarkMetric:
    id: uuid.UUID = strawberry.field(description="The benchmark's id.")

    metric_type: MetricType = strawberry.field(description="What was measured.", resolver=_metric_type)
    value: float = strawberry.field(
        description="The measured value (> 0, up to 3 decimals).", resolver=_value
    )
    unit: str = strawberry.field(description="Unit of the value, e.g. kg, watts, bpm, min/km.")
    established_at: date = strawberry.field(
        description="The day the benchmark was established (athlete's calendar)."
    )
    created_at: datetime = strawberry.field(description="When it was recorded (UTC).")
    athlete_id: strawberry.Private[uuid.UUID]
    exercise_id: strawberry.Private[uuid.UUID | None]

    @field("The athlete measured.", graphql_type=refs.AthleteProfile)
    async def athlete(self, info: Info) -> AthleteRow | None:
        return await info.context.loaders.athletes.athlete_by_id.load(self.athlete_id)

    @field("The exercise of a 1RM; null for other metrics.", graphql_type=refs.Exercise | None)
    async def exercise(self, info: Info) -> ExerciseRow | None:
        if self.exercise_id is None:
            return None
        return await info.context.loaders.exercises.exercise_by_id.load(self.exercise_id)


@strawberry.type(
    description="A movement of the catalogue: a system exercise (read-only, public) or one created "
    "by a coach (private to the coach and their athletes unless public)."
)
class Exercise:
    id: uuid.UUID = strawberry.field(description="The exercise's id.")
    name: str = strawberry.field(description="Unique name (case-insensitively), 2-100 characters.")
    category: ExerciseCategory = strawberry.field(description="Movement pattern.")

    muscle_groups: list[MuscleGroup] = strawberry.field(
        description="Muscle groups trained, main ones first.", resolver=_muscle_groups
    )
    is_public: bool = strawberry.field(description="Visible to every coach and athlete.")

    is_system: bool = strawberry.field(
        description="Part of the built-in catalogue (no creator; read-only).", resolver=_is_system
    )
    created_at: datetime = strawberry.field(description="When the exercise was added (UTC).")
    created_by_id: strawberry.Private[uuid.UUID | None]

    @field("The coach who created it; null for system exercises.", graphql_type=refs.Coach | None)
    async def created_by(self, info: Info) -> CoachRow | None:
        if self.created_by_id is None:
            return None
        return await info.context.loaders.athletes.coach_by_id.load(self.created_by_id)

    @field(
        "The athlete's newest one-rep max on this exercise (by establishedAt), as used "
        "for percent-of-1RM prescriptions; null when none is recorded or the athlete is not "
        "visible.",
        graphql_type=BenchmarkMetric | None,
    )
    async def latest_benchmark(
        self,
        info: Info,
        athlete_id: Annotated[
            uuid.UUID | None,
            strawberry.argument(
                description="The athlete; may be omitted by an athlete asking about themself."
            ),
        ] = None,
    ) -> BenchmarkRow | None:
        actor = info.context.require_actor()
        who = athlete_id or actor.athlete_id
        if who is None:
            return None
        return await info.context.loaders.exercises.latest_one_rm.load((self.id, who))


@strawberry.type(description="The result of `createExercise` or `updateExercise`.")
class ExercisePayload:
    exercise: ExerciseRow | None = strawberry.field(
        description="The exercise as stored; null when `errors` is not empty.", graphql_type=Exercise | None
    )
    errors: list[UserError] = strawberry.field(description="Why the input was refused; empty on success.")


@strawberry.type(description="The result of `recordBenchmark`.")
class BenchmarkPayload:
    benchmark: BenchmarkRow | None = strawberry.field(
        description="The benchmark recorded; null when `errors` is not empty.",
        graphql_type=BenchmarkMetric | None,
    )
    errors: list[UserError] = strawberry.field(description="Why the input was refused; empty on success.")


@strawberry.input(description="A coach's own exercise.")
class CreateExerciseInput:
    name: str = strawberry.field(description="2-100 characters; unique across the catalogue, ignoring case.")
    category: ExerciseCategory = strawberry.field(description="Movement pattern.")
    muscle_groups: list[MuscleGroup] = strawberry.field(description="At least one muscle group.")
    is_public: bool = strawberry.field(
        default=False, description="Share with every coach (default: private)."
    )
    id: uuid.UUID | None = strawberry.field(default=None, description="Client-generated id (optional).")


@strawberry.input(
    description="Changes to one of the caller's own exercises; omitted fields stay as they are."
)
class UpdateExerciseInput:
    id: uuid.UUID = strawberry.field(description="The exercise to change.")
    name: str | None = strawberry.field(
        default=None, description="New name, 2-100 characters, unique ignoring case."
    )
    category: ExerciseCategory | None = strawberry.field(default=None, description="New movement pattern.")
    muscle_groups: list[MuscleGroup] | None = strawberry.field(
        default=None, description="New muscle groups (at least one)."
    )
    is_public: bool | None = strawberry.field(default=None, description="Share with every coach, or not.")


@strawberry.input(description="A new benchmark for an athlete; earlier ones are kept as history.")
class RecordBenchmarkInput:
    athlete_id: uuid.UUID = strawberry.field(description="The athlete (yours as their coach, or yourself).")
    metric_type: MetricType = strawberry.field(description="What was measured.")
    value: float = strawberry.field(description="The measured value, greater than 0.")
    unit: str = strawberry.field(
        description="Unit of the value, 1-20 characters (kg, watts, bpm, min/km...)."
    )
    established_at: date = strawberry.field(description="The day it was established; not in the future.")
    exercise_id: uuid.UUID | None = strawberry.field(
        default=None,
        description="The exercise lifted: required for ONE_RM, not allowed for other metrics.",
    )
    id: uuid.UUID | None = strawberry.field(default=None, description="Client-generated id (optional).")
    idempotency_key: str | None = strawberry.field(default=None, description=IDEMPOTENCY_KEY_DESCRIPTION)

    def arguments(self) -> dict[str, Any]:
        """The input as `app.exercises.service.record_benchmark`'s arguments."""
        return {
            "athlete_id": self.athlete_id,
            "metric_type": self.metric_type,
            "value": self.value,
            "unit": self.unit,
            "established_at": self.established_at,
            "exercise_id": self.exercise_id,
            "benchmark_id": self.id,
        }
