"""Per-request dataloaders: one per relationship, grouped by domain, built with the caller's scope.

Loaders live on the context of one request (or one WebSocket operation), never longer, so
their caches can't serve one caller's rows to another.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator
from typing import Any

from aiodataloader import DataLoader
from strawberry.extensions import SchemaExtension

from app.athletes.models import AthleteProfile, Coach
from app.core.actor import Actor
from graphql_schema.athletes.loaders import AthletesLoaders
from graphql_schema.exercises.loaders import ExercisesLoaders
from graphql_schema.logs.loaders import LogsLoaders
from graphql_schema.programs.loaders import ProgramsLoaders


def by_key(rows: Iterable[Any], key: str, keys: list[Any]) -> list[Any]:
    """Rows matched to `keys` by attribute `key` (None where missing), in key order."""
    found = {getattr(row, key): row for row in rows}
    return [found.get(k) for k in keys]


def grouped_by_key(rows: Iterable[Any], key: str, keys: list[Any]) -> list[list[Any]]:
    """Rows grouped under each of `keys` by attribute `key` ([] where none), keeping row order."""
    groups: dict[Any, list[Any]] = {k: [] for k in keys}
    for row in rows:
        groups.setdefault(getattr(row, key), []).append(row)
    return [groups[k] for k in keys]


class CoachByUserLoader(DataLoader[uuid.UUID, Coach | None]):
    async def batch_load_fn(self, keys: list[uuid.UUID]) -> list[Coach | None]:
        return by_key(await Coach.filter(user_id__in=keys), "user_id", keys)


class AthleteByUserLoader(DataLoader[uuid.UUID, AthleteProfile | None]):
    async def batch_load_fn(self, keys: list[uuid.UUID]) -> list[AthleteProfile | None]:
        return by_key(await AthleteProfile.filter(user_id__in=keys), "user_id", keys)


class Loaders:
    """All loaders of one request."""

    def __init__(self, actor: Actor | None = None) -> None:
        self.actor = actor
        self.coach_by_user = CoachByUserLoader()
        self.athlete_by_user = AthleteByUserLoader()
        self.athletes = AthletesLoaders(actor)
        self.programs = ProgramsLoaders(actor)
        self.logs = LogsLoaders(actor)
        self.exercises = ExercisesLoaders(actor)


class FreshLoaders(SchemaExtension):
    """Give every operation its own loaders, whatever the transport.

    An HTTP request's context lives for one request, but a WebSocket's lives as long as the
    connection, and a batch shares one context between its operations: loaders kept there
    would serve a later operation rows cached before a mutation changed them. (A
    subscription is one operation for its whole life: its resolvers build loaders per event.)
    """

    def on_operation(self) -> Iterator[None]:
        context = self.execution_context.context
        if hasattr(context, "loaders"):
            context.loaders = Loaders(context.actor)
        yield
