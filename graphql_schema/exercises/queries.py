"""Queries of the exercises domain: the catalogue and benchmark history."""

from __future__ import annotations

import uuid
from typing import Annotated

import strawberry

from app.exercises import service
from app.exercises.models import BenchmarkMetric as BenchmarkRow
from app.exercises.models import Exercise as ExerciseRow
from app.exercises.models import ExerciseCategory, MetricType
from graphql_schema.context import Info
from graphql_schema.exercises.types import BenchmarkMetric, Exercise
from graphql_schema.fields import field
from graphql_schema.pagination import AfterArg, Connection, FirstArg, paginate
from graphql_schema.permissions import AUTHENTICATED


@strawberry.type
class ExercisesQuery:
    @field(
        description="The exercises the caller may see (system, public, and their own or their "
        "coach's), by name.",
        graphql_type=Connection[Exercise],
        permission_classes=AUTHENTICATED,
    )
    async def exercises(
        self,
        info: Info,
        search: Annotated[
            str | None,
            strawberry.argument(description="Only names containing this text, ignoring case."),
        ] = None,
        category: Annotated[
            ExerciseCategory | None,
            strawberry.argument(description="Only this movement pattern."),
        ] = None,
        first: FirstArg = None,
        after: AfterArg = None,
    ) -> Connection[ExerciseRow]:
        query = service.list_exercises(
            actor=info.context.require_actor(),
            search=search,
            category=ExerciseCategory(category) if category is not None else None,
        )
        return await paginate(
            query,
            order_by="name",
            first=first,
            after=after,
            max_page_size=info.context.settings.max_page_size,
        )

    @field(
        description="One exercise by id; null when missing or not visible.",
        graphql_type=Exercise | None,
        permission_classes=AUTHENTICATED,
    )
    async def exercise(
        self,
        info: Info,
        id: Annotated[uuid.UUID, strawberry.argument(description="The exercise's id.")],
    ) -> ExerciseRow | None:
        return await service.get_exercise(actor=info.context.require_actor(), exercise_id=id)

    @field(
        description="Benchmark history, newest establishedAt first. Another coach's athlete gives "
        "an empty list.",
        graphql_type=Connection[BenchmarkMetric],
        permission_classes=AUTHENTICATED,
    )
    async def benchmarks(
        self,
        info: Info,
        athlete_id: Annotated[
            uuid.UUID | None,
            strawberry.argument(
                description="Whose benchmarks. Omitted: every athlete the caller may see (an "
                "athlete: themself)."
            ),
        ] = None,
        metric_type: Annotated[
            MetricType | None,
            strawberry.argument(description="Only this kind of benchmark."),
        ] = None,
        first: FirstArg = None,
        after: AfterArg = None,
    ) -> Connection[BenchmarkRow]:
        query = service.list_benchmarks(
            actor=info.context.require_actor(),
            athlete_id=athlete_id,
            metric_type=MetricType(metric_type) if metric_type is not None else None,
        )
        return await paginate(
            query,
            order_by="established_at",
            descending=True,
            first=first,
            after=after,
            max_page_size=info.context.settings.max_page_size,
        )
