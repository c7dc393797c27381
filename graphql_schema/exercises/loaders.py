"""Dataloaders of the exercises domain: exercises and athletes' newest one-rep maxes."""

from __future__ import annotations

import uuid
from operator import attrgetter

from app.core.access import athlete_filter
from app.core.actor import Actor
from app.exercises.models import BenchmarkMetric, Exercise, MetricType
from app.exercises.service import visible_exercises
from graphql_schema.dataloader import ScopedLoader, by_key, first_by_key

ExerciseAthleteKey = tuple[uuid.UUID, uuid.UUID]


class ExerciseByIdLoader(ScopedLoader[uuid.UUID, Exercise | None]):
    """Exercises by id; None for missing ones and ones the caller may not see."""

    async def fetch(self, keys: list[uuid.UUID]) -> list[Exercise | None]:
        return by_key(await visible_exercises(self.actor).filter(id__in=keys), attrgetter("id"), keys)


class LatestOneRmByExerciseAndAthleteLoader(ScopedLoader[ExerciseAthleteKey, BenchmarkMetric | None]):
    """The newest 1RM (by establishedAt, then by recording time) per (exercise, athlete) key."""

    async def fetch(self, keys: list[ExerciseAthleteKey]) -> list[BenchmarkMetric | None]:
        rows = await BenchmarkMetric.filter(
            metric_type=MetricType.ONE_RM.value,
            exercise_id__in={k[0] for k in keys},
            athlete_id__in={k[1] for k in keys},
            **athlete_filter(self.actor),
        ).order_by("-established_at", "-created_at", "-id")
        return first_by_key(rows, attrgetter("exercise_id", "athlete_id"), keys)


class BenchmarkMetricByIdLoader(ScopedLoader[uuid.UUID, BenchmarkMetric | None]):
    """Benchmarks by id; None for missing ones and ones the caller may not see."""

    async def fetch(self, keys: list[uuid.UUID]) -> list[BenchmarkMetric | None]:
        rows = await BenchmarkMetric.filter(id__in=keys, **athlete_filter(self.actor))
        return by_key(rows, attrgetter("id"), keys)


class ExercisesLoaders:
    """The exercises loaders of one operation."""

    def __init__(self, actor: Actor) -> None:
        self.exercise_by_id = ExerciseByIdLoader(actor)
        self.latest_one_rm = LatestOneRmByExerciseAndAthleteLoader(actor)
        self.benchmark_by_id = BenchmarkMetricByIdLoader(actor)
