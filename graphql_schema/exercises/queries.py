"""Queries of the exercises domain: the catalogue and benchmark history."""

from __future__ import annotations

import uuid
from typing import Annotated

import strawberry

from app.exercises import service
from app.exercises.models import ExerciseCategory as ExerciseCategoryEnum
from app.exercises.models import MetricType as MetricTypeEnum
from graphql_schema.exercises.types import BenchmarkMetric, Exercise, ExerciseCategory, MetricType
from graphql_schema.pagination import AfterArg, Connection, FirstArg, paginate
from graphql_schema.permissions import AUTHENTICATED


@strawberry.type
class ExercisesQuery:
    @strawberry.field(
        description="The exercises the caller may see (system, public, and their own or their "
        "coach's), by name.",
        permission_classes=AUTHENTICATED,
    )
    async def exercises(
        self,
        info: strawberry.Info,
        search: Annotated[
            str | None,
            strawberry.argument(description="Only names containing this text, ignoring case."),
        ] = None,
        category: Annotated[
            ExerciseCategory | None,  # type: ignore[valid-type]
            strawberry.argument(description="Only this movement pattern."),
        ] = None,
        first: FirstArg = None,
        after: AfterArg = None,
    ) -> Connection[Exercise]:
        query = service.list_exercises(
            actor=info.context.require_actor(),
            search=search,
            category=ExerciseCategoryEnum(category) if category is not None else None,
        )
        return await paginate(
            query,
            order_by="name",
            first=first,
            after=after,
            max_page_size=info.context.settings.max_page_size,
            to_node=Exercise.from_model,
        )

    @strawberry.field(
        description="One exercise by id; null when missing or not visible.",
        permission_classes=AUTHENTICATED,
    )
    async def exercise(
        self,
        info: strawberry.Info,
        id: Annotated[uuid.UUID, strawberry.argument(description="The exercise's id.")],
    ) -> Exercise | None:
        model = await service.get_exercise(actor=info.context.require_actor(), exercise_id=id)
        return Exercise.from_model(model) if model else None

    @strawberry.field(
        description="Benchmark history, newest establishedAt first. Another coach's athlete gives "
        "an empty list.",
        permission_classes=AUTHENTICATED,
    )
    async def benchmarks(
        self,
        info: strawberry.Info,
        athlete_id: Annotated[
            uuid.UUID | None,
            strawberry.argument(
                description="Whose benchmarks. Omitted: every athlete the caller may see (an "
                "athlete: themself)."
            ),
        ] = None,
        metric_type: Annotated[
            MetricType | None,  # type: ignore[valid-type]
            strawberry.argument(description="Only this kind of benchmark."),
        ] = None,
        first: FirstArg = None,
        after: AfterArg = None,
    ) -> Connection[BenchmarkMetric]:
        query = service.list_benchmarks(
            actor=info.context.require_actor(),
            athlete_id=athlete_id,
            metric_type=MetricTypeEnum(metric_type) if metric_type is not None else None,
        )
        return await paginate(
            query,
            order_by="established_at",
            descending=True,
            first=first,
            after=after,
            max_page_size=info.context.settings.max_page_size,
            to_node=BenchmarkMetric.from_model,
        )
