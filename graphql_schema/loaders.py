"""The registry of one operation's dataloaders, one bundle per domain, and the extension that
makes every operation start with fresh ones."""

from __future__ import annotations

from collections.abc import Iterator

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
    """All loaders of one operation, scoped to its caller: `loaders.<domain>.<relationship>`."""

    def __init__(self, actor: Actor) -> None:
        self.athletes = AthletesLoaders(actor)
        self.programs = ProgramsLoaders(actor)
        self.logs = LogsLoaders(actor)
        self.exercises = ExercisesLoaders(actor)
        self.sync = SyncLoaders(actor)
        self.wellness = WellnessLoaders(actor)
        self.activities = ActivitiesLoaders(actor)
        self.analytics = AnalyticsLoaders(actor)
        self.plans = PlansLoaders(actor)


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
