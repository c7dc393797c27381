"""The events subscriptions deliver (views over bus events): each carries an `eventId`, the time
it happened and the entity, so a client that reconnects can refetch what it missed."""

from __future__ import annotations

import uuid
from datetime import date, datetime

import strawberry

from app.analytics.alerts import RosterAlertKind
from app.analytics.models import DailyReadiness as ReadinessRow
from app.athletes.models import AthleteProfile as AthleteRow
from app.events.models import Event
from app.logs.models import WorkoutLog as LogRow
from app.programs.events import PlanChange, PlanEntity
from app.programs.models import TrainingProgram as ProgramRow
from graphql_schema import refs
from graphql_schema.context import Info
from graphql_schema.fields import field

strawberry.enum(PlanEntity, name="PlanEntity", description="Which part of a plan changed.")
strawberry.enum(PlanChange, name="PlanChange", description="How a part of a plan changed.")


def _event_id(event: strawberry.Parent[Event]) -> uuid.UUID:
    return event.id


def _entity_id(event: strawberry.Parent[Event]) -> uuid.UUID:
    assert event.entity_id is not None  # every athlete event names its entity
    return event.entity_id


def _athlete_id(event: strawberry.Parent[Event]) -> uuid.UUID:
    assert event.athlete_id is not None  # every athlete event names its athlete
    return event.athlete_id


async def _athlete(event: strawberry.Parent[Event], info: Info) -> AthleteRow | None:
    return await info.context.loaders.athletes.athlete_by_id.load(_athlete_id(event))


@strawberry.type(description="A workout log was written: a new log, or a new version of an edited one.")
class WorkoutLoggedEvent:
    event_id: uuid.UUID = strawberry.field(description="The event's id.", resolver=_event_id)
    occurred_at: datetime = strawberry.field(description="When the log was committed (UTC).")
    athlete_id: uuid.UUID = strawberry.field(description="The athlete who logged.", resolver=_athlete_id)
    workout_log_id: uuid.UUID = strawberry.field(description="The log version written.", resolver=_entity_id)

    @field("The version of the log written: 1 for a new log, more for an edit.")
    def version(self, event: strawberry.Parent[Event]) -> int:
        value = event.data.get("version")
        return value if isinstance(value, int) else 1

    @field(
        "The log as it is now, read with your access rights; null if you may no longer see it.",
        graphql_type=refs.WorkoutLog | None,
    )
    async def workout_log(self, info: Info, event: strawberry.Parent[Event]) -> LogRow | None:
        return await info.context.loaders.logs.log_by_id.load(_entity_id(event))

    @field("The athlete, read with your access rights.", graphql_type=refs.AthleteProfile | None)
    async def athlete(self, info: Info, event: strawberry.Parent[Event]) -> AthleteRow | None:
        return await _athlete(event, info)


def _plan_entity(event: strawberry.Parent[Event]) -> PlanEntity:
    return PlanEntity(event.entity_type)


def _plan_change(event: strawberry.Parent[Event]) -> PlanChange:
    return PlanChange(str(event.data.get("change")))


def _program_id(event: strawberry.Parent[Event]) -> uuid.UUID:
    return uuid.UUID(str(event.data.get("program")))


@strawberry.type(
    description="Part of an athlete's plan changed (created, edited, rescheduled, skipped, archived...): "
    "refetch the program or the entity."
)
class PlanChangedEvent:
    event_id: uuid.UUID = strawberry.field(description="The event's id.", resolver=_event_id)
    occurred_at: datetime = strawberry.field(description="When the change was committed (UTC).")
    athlete_id: uuid.UUID = strawberry.field(
        description="The athlete whose plan changed.", resolver=_athlete_id
    )
    program_id: uuid.UUID = strawberry.field(
        description="The program the change belongs to.", resolver=_program_id
    )
    entity: PlanEntity = strawberry.field(description="What changed.", resolver=_plan_entity)
    entity_id: uuid.UUID = strawberry.field(description="The id of what changed.", resolver=_entity_id)
    change: PlanChange = strawberry.field(description="How it changed.", resolver=_plan_change)

    @field(
        "The program as it is now, read with your access rights; null if you may no longer see it.",
        graphql_type=refs.TrainingProgram | None,
    )
    async def program(self, info: Info, event: strawberry.Parent[Event]) -> ProgramRow | None:
        return await info.context.loaders.programs.program_by_id.load(_program_id(event))


def _readiness_date(event: strawberry.Parent[Event]) -> date:
    return date.fromisoformat(str(event.data.get("date")))


def _readiness_score(event: strawberry.Parent[Event]) -> float | None:
    value = event.data.get("score")
    return float(value) if isinstance(value, int | float) else None


def _readiness_recommendation(event: strawberry.Parent[Event]) -> str | None:
    value = event.data.get("recommendation")
    return str(value) if value is not None else None


@strawberry.type(description="An athlete's daily readiness was computed or recomputed.")
class ReadinessChangedEvent:
    event_id: uuid.UUID = strawberry.field(description="The event's id.", resolver=_event_id)
    occurred_at: datetime = strawberry.field(description="When the readiness was committed (UTC).")
    athlete_id: uuid.UUID = strawberry.field(description="The athlete.", resolver=_athlete_id)
    day: date = strawberry.field(
        name="date", description="The athlete-local day the readiness is for.", resolver=_readiness_date
    )
    score: float | None = strawberry.field(
        description="The readiness score, 0-100.", resolver=_readiness_score
    )
    recommendation: str | None = strawberry.field(
        description="high_intensity, moderate, easy, rest or recovery.", resolver=_readiness_recommendation
    )

    @field("The athlete, read with your access rights.", graphql_type=refs.AthleteProfile | None)
    async def athlete(self, info: Info, event: strawberry.Parent[Event]) -> AthleteRow | None:
        return await _athlete(event, info)


strawberry.enum(RosterAlertKind, name="RosterAlertKind", description="What a roster alert is about.")


def _alert_kind(event: strawberry.Parent[Event]) -> RosterAlertKind:
    return RosterAlertKind(str(event.data.get("alert")))


def _alert_flag(event: strawberry.Parent[Event]) -> str | None:
    value = event.data.get("flag")
    return str(value) if value is not None else None


def _alert_zone(event: strawberry.Parent[Event]) -> str | None:
    value = event.data.get("zone")
    return str(value) if value is not None else None


def _alert_acwr(event: strawberry.Parent[Event]) -> float | None:
    value = event.data.get("acwr")
    return float(value) if isinstance(value, int | float) else None


@strawberry.type(
    description="Something a coach should look at: a day of an athlete's readiness got a new red flag, or the "
    "athlete's ACWR left its band (the configured, contested thresholds)."
)
class RosterAlertEvent:
    event_id: uuid.UUID = strawberry.field(description="The event's id.", resolver=_event_id)
    occurred_at: datetime = strawberry.field(description="When the recomputation committed (UTC).")
    athlete_id: uuid.UUID = strawberry.field(description="The athlete.", resolver=_athlete_id)
    day: date = strawberry.field(name="date", description="The athlete-local day.", resolver=_readiness_date)
    alert: RosterAlertKind = strawberry.field(
        description="RED_FLAG or ACWR_OUT_OF_BAND.", resolver=_alert_kind
    )
    red_flag: str | None = strawberry.field(
        description="The new red flag (low_hrv, poor_sleep, ...), for RED_FLAG.", resolver=_alert_flag
    )
    acwr_zone: str | None = strawberry.field(
        description="The zone the ACWR moved to (under, caution, danger), for ACWR_OUT_OF_BAND.",
        resolver=_alert_zone,
    )
    acwr: float | None = strawberry.field(description="The ACWR, for ACWR_OUT_OF_BAND.", resolver=_alert_acwr)

    @field("The athlete, read with your access rights.", graphql_type=refs.AthleteProfile | None)
    async def athlete(self, info: Info, event: strawberry.Parent[Event]) -> AthleteRow | None:
        return await _athlete(event, info)

    @field(
        "The day's readiness as it is now, read with your access rights.",
        graphql_type=refs.DailyReadiness | None,
    )
    async def readiness(self, info: Info, event: strawberry.Parent[Event]) -> ReadinessRow | None:
        rows = await info.context.loaders.analytics.readiness_days.load(
            (_athlete_id(event), _readiness_date(event), _readiness_date(event))
        )
        return rows[0] if rows else None
