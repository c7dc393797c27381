"""GraphQL types of the exercises domain: the exercise catalogue and athletes' benchmarks."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import TYPE_CHECKING, Annotated

import strawberry

from app.exercises.models import BenchmarkMetric as BenchmarkModel
from app.exercises.models import Exercise as ExerciseModel
from app.exercises.models import ExerciseCategory as ExerciseCategoryEnum
from app.exercises.models import MetricType as MetricTypeEnum
from app.exercises.models import MuscleGroup as MuscleGroupEnum
from graphql_schema.errors import UserError

if TYPE_CHECKING:
    from graphql_schema.athletes.types import AthleteProfile, Coach

ExerciseCategory = strawberry.enum(
    ExerciseCategoryEnum,
    name="ExerciseCategory",
    description="The movement pattern an exercise belongs to.",
)
MuscleGroup = strawberry.enum(
    MuscleGroupEnum, name="MuscleGroup", description="A muscle group an exercise trains."
)
# GraphQL enum names are the Python member names (ONE_RM, FTP, HR_ZONE_1, PACE_5K, ...): the
# stored values of seed 004 (`1RM`, `HR_zone_1`, `pace_5k`) are not valid GraphQL names.
MetricType = strawberry.enum(
    MetricTypeEnum,
    name="MetricType",
    description="What a benchmark measures: ONE_RM (one-rep max on an exercise), FTP (functional "
    "threshold power), HR_ZONE_1..5 (heart-rate zone bounds), PACE_5K / PACE_10K / "
    "PACE_HALF_MARATHON (race paces).",
)


@strawberry.type(
    description="One measured benchmark of an athlete. History is kept; the newest wins for prescriptions."
)
class BenchmarkMetric:
    id: uuid.UUID = strawberry.field(description="The benchmark's id.")
    metric_type: MetricType = strawberry.field(description="What was measured.")  # type: ignore[valid-type]
    value: float = strawberry.field(description="The measured value (> 0, up to 3 decimals).")
    unit: str = strawberry.field(description="Unit of the value, e.g. kg, watts, bpm, min/km.")
    established_at: date = strawberry.field(
        description="The day the benchmark was established (athlete's calendar)."
    )
    created_at: datetime = strawberry.field(description="When it was recorded (UTC).")
    athlete_id: strawberry.Private[uuid.UUID]
    exercise_id: strawberry.Private[uuid.UUID | None]

    @strawberry.field(description="The athlete measured.")
    async def athlete(
        self, info: strawberry.Info
    ) -> Annotated[AthleteProfile, strawberry.lazy("graphql_schema.athletes.types")]:
        from graphql_schema.athletes.types import AthleteProfile

        model = await info.context.loaders.logs.athlete_by_id.load(self.athlete_id)
        return AthleteProfile.from_model(model)

    @strawberry.field(description="The exercise of a 1RM; null for other metrics.")
    async def exercise(self, info: strawberry.Info) -> Exercise | None:
        if self.exercise_id is None:
            return None
        model = await info.context.loaders.exercises.exercise_by_id.load(self.exercise_id)
        return Exercise.from_model(model) if model else None

    @classmethod
    def from_model(cls, model: BenchmarkModel) -> BenchmarkMetric:
        return cls(
            id=model.id,
            metric_type=MetricTypeEnum(model.metric_type),
            value=float(model.value),
            unit=model.unit,
            established_at=model.established_at,
            created_at=model.created_at,
            athlete_id=model.athlete_id,
            exercise_id=model.exercise_id,
        )


@strawberry.type(
    description="A movement of the catalogue: a system exercise (read-only, public) or one created "
    "by a coach (private to the coach and their athletes unless public)."
)
class Exercise:
    id: uuid.UUID = strawberry.field(description="The exercise's id.")
    name: str = strawberry.field(description="Unique name (case-insensitively), 2-100 characters.")
    category: ExerciseCategory = strawberry.field(description="Movement pattern.")  # type: ignore[valid-type]
    muscle_groups: list[MuscleGroup] = strawberry.field(  # type: ignore[valid-type]
        description="Muscle groups trained, main ones first."
    )
    is_public: bool = strawberry.field(description="Visible to every coach and athlete.")
    is_system: bool = strawberry.field(description="Part of the built-in catalogue (no creator; read-only).")
    created_at: datetime = strawberry.field(description="When the exercise was added (UTC).")
    created_by_id: strawberry.Private[uuid.UUID | None]

    @strawberry.field(description="The coach who created it; null for system exercises.")
    async def created_by(
        self, info: strawberry.Info
    ) -> Annotated[Coach, strawberry.lazy("graphql_schema.athletes.types")] | None:
        from graphql_schema.athletes.types import Coach

        if self.created_by_id is None:
            return None
        model = await info.context.loaders.exercises.coach_by_id.load(self.created_by_id)
        return Coach.from_model(model) if model else None

    @strawberry.field(
        description="The athlete's newest one-rep max on this exercise (by establishedAt), as used "
        "for percent-of-1RM prescriptions; null when none is recorded or the athlete is not "
        "visible."
    )
    async def latest_benchmark(
        self,
        info: strawberry.Info,
        athlete_id: Annotated[
            uuid.UUID | None,
            strawberry.argument(
                description="The athlete; may be omitted by an athlete asking about themself."
            ),
        ] = None,
    ) -> BenchmarkMetric | None:
        actor = info.context.require_actor()
        who = athlete_id or actor.athlete_id
        if who is None:
            return None
        model = await info.context.loaders.exercises.latest_one_rm.load((self.id, who))
        return BenchmarkMetric.from_model(model) if model else None

    @classmethod
    def from_model(cls, model: ExerciseModel) -> Exercise:
        return cls(
            id=model.id,
            name=model.name,
            category=model.category,
            muscle_groups=[MuscleGroupEnum(m) for m in model.muscle_groups or []],
            is_public=model.is_public,
            is_system=model.created_by_id is None,
            created_at=model.created_at,
            created_by_id=model.created_by_id,
        )


@strawberry.type(description="The result of `createExercise` or `updateExercise`.")
class ExercisePayload:
    exercise: Exercise | None = strawberry.field(
        description="The exercise as stored; null when `errors` is not empty."
    )
    errors: list[UserError] = strawberry.field(description="Why the input was refused; empty on success.")


@strawberry.type(description="The result of `recordBenchmark`.")
class BenchmarkPayload:
    benchmark: BenchmarkMetric | None = strawberry.field(
        description="The benchmark recorded; null when `errors` is not empty."
    )
    errors: list[UserError] = strawberry.field(description="Why the input was refused; empty on success.")


@strawberry.input(description="A coach's own exercise.")
class CreateExerciseInput:
    name: str = strawberry.field(description="2-100 characters; unique across the catalogue, ignoring case.")
    category: ExerciseCategory = strawberry.field(description="Movement pattern.")  # type: ignore[valid-type]
    muscle_groups: list[MuscleGroup] = strawberry.field(  # type: ignore[valid-type]
        description="At least one muscle group."
    )
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
    category: ExerciseCategory | None = strawberry.field(  # type: ignore[valid-type]
        default=None, description="New movement pattern."
    )
    muscle_groups: list[MuscleGroup] | None = strawberry.field(  # type: ignore[valid-type]
        default=None, description="New muscle groups (at least one)."
    )
    is_public: bool | None = strawberry.field(default=None, description="Share with every coach, or not.")


@strawberry.input(description="A new benchmark for an athlete; earlier ones are kept as history.")
class RecordBenchmarkInput:
    athlete_id: uuid.UUID = strawberry.field(description="The athlete (yours as their coach, or yourself).")
    metric_type: MetricType = strawberry.field(description="What was measured.")  # type: ignore[valid-type]
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
