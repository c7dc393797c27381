"""The subscriptions (names fixed, so clients can rely on them), served over graphql-transport-ws.

Each subscription filters the process's bus by what its caller may see (a coach their roster,
an athlete themself, an admin everyone), checks the socket's authorization before every event,
and resolves every event with fresh loaders under the caller's row-level scope.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncGenerator
from typing import Annotated

import strawberry

from app.core.actor import Actor
from app.core.errors import NotFound, PermissionDenied
from app.events.bus import Matcher, Overflowed, get_bus
from app.events.models import Event, EventKind
from app.health.readings import HealthReading
from app.observability import metrics
from graphql_schema.context import Info
from graphql_schema.fields import subscription
from graphql_schema.health.types import ConnectionHealthEvent
from graphql_schema.live.types import (
    PlanChangedEvent,
    ReadinessChangedEvent,
    RosterAlertEvent,
    WorkoutLoggedEvent,
)
from graphql_schema.permissions import AUTHENTICATED

SLOW_CONSUMER = 4413
FORBIDDEN = 4403

AthleteArg = Annotated[
    uuid.UUID | None,
    strawberry.argument(
        description="Only this athlete's events. Omitted: every athlete you may see (a coach's roster; yourself)."
    ),
]


def athlete_events(actor: Actor, kind: EventKind, athlete_id: uuid.UUID | None) -> Matcher:
    """Events of `kind` about athletes `actor` may see (and only `athlete_id`'s when given)."""

    def matches(event: Event) -> bool:
        if event.kind is not kind or (athlete_id is not None and event.athlete_id != athlete_id):
            return False
        if actor.is_admin:
            return True
        if actor.is_coach:
            return event.coach_id is not None and event.coach_id == actor.coach_id
        return event.athlete_id is not None and event.athlete_id == actor.athlete_id

    return matches


async def _deliver(info: Info, matches: Matcher) -> AsyncGenerator[Event, None]:
    """The matching events, each after the socket's authorization is checked again."""
    live = info.context.live
    if live is None:
        raise PermissionDenied("Subscriptions are served over WebSocket (graphql-transport-ws) only.")
    subscription = get_bus().subscribe(matches, queue_size=info.context.settings.ws_send_queue_size)
    async with subscription as events:
        with metrics.SUBSCRIPTIONS.track_inprogress():  # the active-subscriptions gauge
            while True:
                try:
                    event = await events.next()
                except Overflowed:
                    await live.close(SLOW_CONSUMER, "Too slow: events were dropped; reconnect and refetch")
                    return
                if not live.authorized():
                    await live.close(FORBIDDEN, "Forbidden")
                    return
                info.context.fresh_loaders()
                yield event


async def _check_athlete(info: Info, athlete_id: uuid.UUID | None) -> None:
    if athlete_id is not None and await info.context.loaders.athletes.athlete_by_id.load(athlete_id) is None:
        raise NotFound("Athlete not found.")


@strawberry.type
class LiveSubscription:
    @subscription(
        "Each new or edited workout log of your roster (a coach), of one athlete, or of yourself (an athlete).",
        graphql_type=WorkoutLoggedEvent,
        permission_classes=AUTHENTICATED,
    )
    async def workout_logged(self, info: Info, athlete_id: AthleteArg = None) -> AsyncGenerator[Event, None]:
        await _check_athlete(info, athlete_id)
        matches = athlete_events(info.context.require_actor(), EventKind.WORKOUT_LOGGED, athlete_id)
        async for event in _deliver(info, matches):
            yield event

    @subscription(
        "A program, phase, micro-cycle or session of an athlete you may see was created, edited, "
        "rescheduled, skipped or archived: refetch it.",
        graphql_type=PlanChangedEvent,
        permission_classes=AUTHENTICATED,
    )
    async def plan_changed(self, info: Info, athlete_id: AthleteArg = None) -> AsyncGenerator[Event, None]:
        await _check_athlete(info, athlete_id)
        matches = athlete_events(info.context.require_actor(), EventKind.PLAN_CHANGED, athlete_id)
        async for event in _deliver(info, matches):
            yield event

    @subscription(
        "An athlete's daily readiness was computed or recomputed.",
        graphql_type=ReadinessChangedEvent,
        permission_classes=AUTHENTICATED,
    )
    async def readiness_changed(
        self, info: Info, athlete_id: AthleteArg = None
    ) -> AsyncGenerator[Event, None]:
        await _check_athlete(info, athlete_id)
        matches = athlete_events(info.context.require_actor(), EventKind.READINESS_CHANGED, athlete_id)
        async for event in _deliver(info, matches):
            yield event

    @subscription(
        "Roster alerts: a day's readiness of an athlete you may see got a new red flag, or the athlete's ACWR "
        "left its band. Delivered when the recomputation that found it commits.",
        graphql_type=RosterAlertEvent,
        permission_classes=AUTHENTICATED,
    )
    async def roster_alerts(self, info: Info, athlete_id: AthleteArg = None) -> AsyncGenerator[Event, None]:
        await _check_athlete(info, athlete_id)
        matches = athlete_events(info.context.require_actor(), EventKind.ROSTER_ALERT, athlete_id)
        async for event in _deliver(info, matches):
            yield event

    @subscription(
        "Admins: every database health check of every server process (FORBIDDEN for others). While "
        "the database is unreachable, each process still delivers its own failed checks.",
        graphql_type=ConnectionHealthEvent,
        permission_classes=AUTHENTICATED,
    )
    async def connection_health(
        self,
        info: Info,
        environment: Annotated[str | None, strawberry.argument(description="Only this environment.")] = None,
    ) -> AsyncGenerator[HealthReading, None]:
        if not info.context.require_actor().is_admin:
            raise PermissionDenied("Only admins watch the database's health.")

        def matches(event: Event) -> bool:
            return event.kind is EventKind.CONNECTION_HEALTH and (
                environment is None or event.data.get("environment") == environment
            )

        async for event in _deliver(info, matches):
            yield HealthReading.from_event(event)
