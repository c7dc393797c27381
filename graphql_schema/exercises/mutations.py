"""Mutations of the exercises domain: createExercise, updateExercise, recordBenchmark."""

from __future__ import annotations

from typing import Annotated

import strawberry

from app.exercises import service
from app.exercises.models import BenchmarkMetric as BenchmarkRow
from graphql_schema.context import Info
from graphql_schema.errors import attempt
from graphql_schema.exercises.types import (
    BenchmarkPayload,
    CreateExerciseInput,
    ExercisePayload,
    RecordBenchmarkInput,
    UpdateExerciseInput,
)
from graphql_schema.fields import mutation
from graphql_schema.permissions import AUTHENTICATED
from graphql_schema.sync.once import write_once


@strawberry.type
class ExercisesMutation:
    @mutation(
        description="Coaches: add your own exercise to the catalogue (private to you and your "
        "athletes unless public). Others are refused (FORBIDDEN).",
        permission_classes=AUTHENTICATED,
    )
    async def create_exercise(
        self,
        info: Info,
        input: Annotated[CreateExerciseInput, strawberry.argument(description="The new exercise.")],
    ) -> ExercisePayload:
        exercise, errors = await attempt(
            lambda: service.create_exercise(
                actor=info.context.require_actor(),
                name=input.name,
                category=input.category,
                muscle_groups=input.muscle_groups,
                is_public=input.is_public,
                exercise_id=input.id,
            )
        )
        return ExercisePayload(exercise=exercise, errors=errors)

    @mutation(
        description="Coaches: change one of your own exercises. System exercises are READ_ONLY.",
        permission_classes=AUTHENTICATED,
    )
    async def update_exercise(
        self,
        info: Info,
        input: Annotated[
            UpdateExerciseInput, strawberry.argument(description="The exercise and the changes.")
        ],
    ) -> ExercisePayload:
        exercise, errors = await attempt(
            lambda: service.update_exercise(
                actor=info.context.require_actor(),
                exercise_id=input.id,
                name=input.name,
                category=input.category,
                muscle_groups=input.muscle_groups,
                is_public=input.is_public,
            )
        )
        return ExercisePayload(exercise=exercise, errors=errors)

    @mutation(
        description="Record a benchmark (1RM, FTP, heart-rate zone, pace) for an athlete: by their "
        "coach, an admin or the athlete. Earlier benchmarks are kept.",
        permission_classes=AUTHENTICATED,
    )
    async def record_benchmark(
        self,
        info: Info,
        input: Annotated[RecordBenchmarkInput, strawberry.argument(description="The measured benchmark.")],
    ) -> BenchmarkPayload:
        benchmark, errors = await attempt(lambda: write_once(info, "recordBenchmark", input, BenchmarkRow))
        return BenchmarkPayload(benchmark=benchmark, errors=errors)
