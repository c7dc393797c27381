"""The training-load day (a view over a stored daily_training_load row, in one convention)."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta
from typing import Annotated, Any

import strawberry
from strawberry.scalars import JSON

from app.analytics.explain import Explanation as ExplanationRow
from app.analytics.explain import LoadContext, as_json, explain_load
from app.analytics.params import AnalyticsParams
from app.analytics.service import LoadDayView
from graphql_schema import refs
from graphql_schema.analytics.enums import AcwrMethod, AcwrZone, Convention, LoadMetric, LoadSource
from graphql_schema.context import Info
from graphql_schema.fields import field, list_of

View = strawberry.Parent[LoadDayView]


@strawberry.type(
    description="One workout of a day and the load it counted with (one per session, never two)."
)
class LoadWorkout:
    workout_log_id: uuid.UUID | None = strawberry.field(
        description="The workout log, when the athlete logged it."
    )
    activity_id: uuid.UUID | None = strawberry.field(description="The device activity, when one recorded it.")
    start: datetime = strawberry.field(
        description="When it started (UTC): the day it counts on is this local day."
    )
    minutes: float | None = strawberry.field(description="Its minutes (the log's, else the device's).")
    rpe: int | None = strawberry.field(description="The logged RPE (CR-10), if any.")
    device_load: float | None = strawberry.field(description="The device's training load, if any.")
    load: float | None = strawberry.field(
        description="The load it counted with (AU); null when none is known."
    )
    source: LoadSource = strawberry.field(description="SESSION_RPE (RPE x minutes), DEVICE, or NONE.")


def _workout(item: dict[str, Any]) -> LoadWorkout:
    return LoadWorkout(
        workout_log_id=uuid.UUID(item["log"]) if item.get("log") else None,
        activity_id=uuid.UUID(item["activity"]) if item.get("activity") else None,
        start=datetime.fromisoformat(item["start"]),
        minutes=item.get("minutes"),
        rpe=item.get("rpe"),
        device_load=item.get("deviceLoad"),
        load=item.get("load"),
        source=LoadSource(item["source"]),
    )


async def _params(info: Info, view: LoadDayView) -> AnalyticsParams:
    return await info.context.loaders.analytics.params_by_hash.load(view.row.params_hash)


async def _convention(info: Info, view: LoadDayView) -> Convention:
    return view.convention or (await _params(info, view)).fitness_convention


async def _model(info: Info, view: LoadDayView, name: str) -> float | None:
    prefix = "tp" if await _convention(info, view) is Convention.TRAININGPEAKS else "gc"
    value: float | None = getattr(view.row, f"{prefix}_{name}")
    return value


def _column(name: str, description: str, graphql_name: str | None = None) -> Any:
    def resolve(view: View) -> Any:
        return getattr(view.row, name)

    return strawberry.field(description=description, resolver=resolve, name=graphql_name)


def _zone(view: View) -> AcwrZone | None:
    return AcwrZone(view.row.acwr_zone) if view.row.acwr_zone else None


@strawberry.type(
    description="One athlete-local day of the training-load series (seed 003's training_load_tracking): the "
    "day's load, ACWR, fitness, fatigue, form, ramp rate, monotony and strain, with the algorithm version and "
    "parameters they were computed with. Fitness, fatigue, form and ramp rate are given in one convention."
)
class TrainingLoadDay:
    day: date = _column("day", "The athlete-local day.", "date")
    athlete_id: uuid.UUID = _column("athlete_id", "The athlete.")
    load: float = _column("load", "The day's load (AU): its workouts' loads summed; 0 on a rest day.")
    session_count: int = _column("session_count", "How many workouts the day had.")
    acute_load: float | None = _column(
        "acute", "Acute load (7 days by default); null until its window is full."
    )
    chronic_load: float | None = _column(
        "chronic", "Chronic load (28 days by default); null until its window is full."
    )
    acwr: float | None = _column("acwr", "Acute:chronic workload ratio; null before 28 days of history.")
    acwr_zone: AcwrZone | None = strawberry.field(
        description="The ratio's zone against the configured thresholds (contested: see the README).",
        resolver=_zone,
    )
    weekly_load: float | None = _column("weekly_load", "Load of the 7 days ending on this day.")
    monotony: float | None = _column("monotony", "Mean / SD of the 7 daily loads; null when the SD is 0.")
    strain: float | None = _column("strain", "Weekly load x monotony; null with monotony.")
    algorithm_version: str = _column(
        "algorithm_version", "The version of the algorithm that computed the day."
    )
    params_hash: str = _column("params_hash", "SHA-256 of the parameters the day was computed with.")
    computed_at: datetime = _column("updated_at", "When a value of the day last changed (UTC).")

    @field("The day's workouts and the load each counted with.", graphql_type=list_of(LoadWorkout))
    def workouts(self, view: View) -> list[LoadWorkout]:
        return [_workout(item) for item in as_json(view.row.workouts)]

    @field("The convention fitness, fatigue, form and ramp rate are given in.", graphql_type=Convention)
    async def convention(self, info: Info, view: View) -> Convention:
        return await _convention(info, view)

    @field("Fitness (CTL, 42-day constant by default) in the convention given.")
    async def fitness(self, info: Info, view: View) -> float | None:
        return await _model(info, view, "fitness")

    @field("Fatigue (ATL, 7-day constant by default) in the convention given.")
    async def fatigue(self, info: Info, view: View) -> float | None:
        return await _model(info, view, "fatigue")

    @field("Form (TSB) = fitness - fatigue, of yesterday or of today as configured.")
    async def form(self, info: Info, view: View) -> float | None:
        return await _model(info, view, "form")

    @field("Ramp rate: fitness today - fitness 7 days before (null in the first week).")
    async def ramp_rate(self, info: Info, view: View) -> float | None:
        return await _model(info, view, "ramp")

    @field("The ACWR method the day was computed with.", graphql_type=AcwrMethod)
    async def acwr_method(self, info: Info, view: View) -> AcwrMethod:
        return (await _params(info, view)).acwr_method

    @field("Every parameter the day was computed with (the coach's analytics settings at the time).")
    async def parameters(self, info: Info, view: View) -> JSON:
        return JSON((await _params(info, view)).to_json())

    @field(
        "How one of the day's values is computed: formula, source, parameters and inputs.",
        graphql_type=refs.Explanation,
    )
    async def explain(
        self,
        info: Info,
        view: View,
        metric: Annotated[LoadMetric, strawberry.argument(description="The value to explain.")],
    ) -> ExplanationRow:
        params = await _params(info, view)
        row = view.row
        first = row.day - timedelta(days=params.lookback_days)
        window = await info.context.loaders.analytics.load_days.load(
            (row.athlete_id, first, row.day - timedelta(days=1))
        )
        context = LoadContext(row, window, params, await _convention(info, view))
        return explain_load(metric, context)
