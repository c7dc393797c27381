"""The registry of one operation's dataloaders, one bundle per domain, and the extension that
makes every operation start with fresh ones."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property

from strawberry.extensions import SchemaExtension

from app.core.actor import Actor
from graphql_schema.activities.loaders import ActivitiesLoaders
from graphql_schema.analytics.loaders import AnalyticsLoaders
from graphql_schema.athletes.loaders import AthletesLoaders
from graphql_schema.exercises.loaders import ExercisesLoaders
from graphql_schema.logs.loaders import LogsLoaders
from graphql_schema.plans.loaders import PlansLoaders
from graphql_schema.programs.loaders import ProgramsLoaders
from graphql_schema.sync.loaders import SyncLoaders
from graphql_schema.wellness.loaders import WellnessLoaders


class Loaders:
    """All loaders of one operation, scoped to its caller: `loaders.<domain>.<relationship>`.

    Each domain's bundle is built the first time the operation asks for one of its loaders (an
    athlete's week uses three domains of nine).
    """

    def __init__(self, actor: Actor) -> None:
        self.actor = actor

    @cached_property
    def athletes(self) -> AthletesLoaders:
        return AthletesLoaders(self.actor)

    @cached_property
    def programs(self) -> ProgramsLoaders:
        return ProgramsLoaders(self.actor)

    @cached_property
    def logs(self) -> LogsLoaders:
        return LogsLoaders(self.actor)

    @cached_property
    def exercises(self) -> ExercisesLoaders:
        return ExercisesLoaders(self.actor)

    @cached_property
    def sync(self) -> SyncLoaders:
        return SyncLoaders(self.actor)

    @cached_property
    def wellness(self) -> WellnessLoaders:
        return WellnessLoaders(self.actor)

    @cached_property
    def activities(self) -> ActivitiesLoaders:
        return ActivitiesLoaders(self.actor)

    @cached_property
    def analytics(self) -> AnalyticsLoaders:
        return AnalyticsLoaders(self.actor)

    @cached_property
    def plans(self) -> PlansLoaders:
        return PlansLoaders(self.actor)


class FreshLoaders(SchemaExtension):
    """Give every operation its own loaders, whatever the transport, and drop them when it ends.

    An HTTP request's context lives for one request, but a WebSocket's lives as long as the
    connection, and a batch shares one context between its operations: loaders kept there
    would serve a later operation rows cached before a mutation changed them.
    """

    def on_operation(self) -> Iterator[None]:
        fresh = getattr(self.execution_context.context, "fresh_loaders", None)
        if fresh is not None:
            fresh()
        yield
        if fresh is not None:
            # and drop them when it is done: their rows are garbage as soon as the response is
            fresh()
