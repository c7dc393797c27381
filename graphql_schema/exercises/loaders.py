"""Dataloaders of the exercises domain, built per request with the caller's row-level scope."""

from __future__ import annotations

import uuid
from typing import Any

from aiodataloader import DataLoader

from app.athletes.models import Coach
from app.core.access import athlete_filter
from app.core.actor import Actor
from app.exercises.models import BenchmarkMetric, Exercise, MetricType
from app.exercises.service import visible_exercises

ExerciseAthleteKey = tuple[uuid.UUID, uuid.UUID]


def _by_key(rows: list[Any], key: str, keys: list[Any]) -> list[Any]:
    # graphql_schema.loaders imports this module, so its helper is imported on first use.
    from graphql_schema.loaders import by_key

    return by_key(rows, key, keys)


class _ScopedLoader(DataLoader):
    """A loader that knows the caller, so every batch query is scoped in SQL."""

    def __init__(self, actor: Actor | None) -> None:
        super().__init__()
        self.actor = actor


class ExerciseByIdLoader(_ScopedLoader):
    """Exercises by id; None for missing ones and ones the caller may not see."""

    async def batch_load_fn(self, keys: list[uuid.UUID]) -> list[Exercise | None]:
        if self.actor is None:
            return [None] * len(keys)
        return _by_key(await visible_exercises(self.actor).filter(id__in=keys), "id", keys)


class CoachByIdLoader(_ScopedLoader):
    """Coaches by id (an exercise's creator: its name is shown with the exercise)."""

    async def batch_load_fn(self, keys: list[uuid.UUID]) -> list[Coach | None]:
        if self.actor is None:
            return [None] * len(keys)
        return _by_key(await Coach.filter(id__in=keys), "id", keys)


class LatestOneRmByExerciseAndAthleteLoader(_ScopedLoader):
    """The newest 1RM (by establishedAt, then by recording time) per (exercise, athlete) key."""

    async def batch_load_fn(self, keys: list[ExerciseAthleteKey]) -> list[BenchmarkMetric | None]:
        if self.actor is None:
            return [None] * len(keys)
        rows = await BenchmarkMetric.filter(
            metric_type=MetricType.ONE_RM.value,
            exercise_id__in={k[0] for k in keys},
            athlete_id__in={k[1] for k in keys},
            **athlete_filter(self.actor),
        ).order_by("-established_at", "-created_at", "-id")
        # (exercise_id is nullable on the model; the filter above keeps only the keys' exercises)
        newest: dict[tuple[uuid.UUID | None, uuid.UUID], BenchmarkMetric] = {}
        for row in rows:
            newest.setdefault((row.exercise_id, row.athlete_id), row)
        return [newest.get(k) for k in keys]


class ExercisesLoaders:
    """The exercises loaders of one request."""

    def __init__(self, actor: Actor | None) -> None:
        self.actor = actor
        self.exercise_by_id = ExerciseByIdLoader(actor)
        self.coach_by_id = CoachByIdLoader(actor)
        self.latest_one_rm = LatestOneRmByExerciseAndAthleteLoader(actor)
