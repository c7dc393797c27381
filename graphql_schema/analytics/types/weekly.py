"""The weekly summary and rollup (views over stored weekly_summary and weekly_metrics rows)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated

import strawberry
from strawberry.scalars import JSON

from app.analytics.explain import Explanation as ExplanationRow
from app.analytics.explain import as_json
from app.analytics.explain_weekly import explain_weekly
from app.analytics.models import WeeklyMetrics as MetricsRow
from app.analytics.models import WeeklySummary as SummaryRow
from app.programs.models import TrainingProgram as ProgramRow
from graphql_schema import refs
from graphql_schema.analytics.enums import WeeklyMetric
from graphql_schema.context import Info
from graphql_schema.errors import UserError
from graphql_schema.fields import field, list_of

Summary = strawberry.Parent[SummaryRow]


@strawberry.type(description="A pattern found in the week, and the numbers behind it.")
class WeeklyPattern:
    code: str = strawberry.field(
        description="A stable code: load_spike, high_rpe_strength, missed_sessions, ..."
    )
    pattern: str = strawberry.field(description="The pattern, in words.")
    reasoning: str = strawberry.field(description="The numbers and the rule that found it.")


@strawberry.type(description="A suggestion for the next week, and why.")
class WeeklySuggestion:
    code: str = strawberry.field(
        description="A stable code, matching the pattern it answers when there is one."
    )
    suggestion: str = strawberry.field(description="The suggestion.")
    reasoning: str = strawberry.field(description="Why.")


@strawberry.type(description="The week's volume.")
class WeeklyVolume:
    strength_kg: float = strawberry.field(description="Strength tonnage: weight x reps over every set, kg.")
    endurance_minutes: float = strawberry.field(description="Endurance minutes (runs, rides, swims, rows).")
    endurance_km: float = strawberry.field(description="Endurance kilometres.")
    load: float = strawberry.field(description="The week's training load (sum of its daily loads, AU).")
    strength: str = strawberry.field(description='Seed 004\'s form, e.g. "1200kg".')
    endurance: str = strawberry.field(description='Seed 004\'s form, e.g. "240min".')


@strawberry.type(
    description="A rule-based, explainable summary of one athlete-local week, Monday to Sunday (seed 004's "
    "AIWeeklySummary, written by fixed rules rather than a model): adherence, volume, fatigue analysis, "
    "patterns and suggestions each with its reasoning, and a disclaimer."
)
class WeeklySummary:
    id: uuid.UUID = strawberry.field(description="The summary's id.")
    athlete_id: uuid.UUID = strawberry.field(description="The athlete.")
    week_start: date = strawberry.field(description="The week's Monday (athlete-local).")
    week_end: date = strawberry.field(description="The week's Sunday (seed 004's weekEndDate).")
    complete: bool = strawberry.field(description="The week had closed when the summary was generated.")
    adherence_rate: float | None = strawberry.field(
        description="Completed / planned sessions, 0-1; null when nothing was planned."
    )
    sessions_planned: int = strawberry.field(description="Sessions planned in the week.")
    sessions_completed: int = strawberry.field(description="Sessions completed.")
    sessions_skipped: int = strawberry.field(description="Sessions skipped.")
    fatigue_analysis: str = strawberry.field(
        description="Form, ACWR, monotony and readiness of the week, with numbers."
    )
    disclaimer: str = strawberry.field(description="What the summary is not (medical advice).")
    generated_at: datetime = strawberry.field(description="When it was generated (UTC).")
    algorithm_version: str = strawberry.field(description="The version of the rules.")
    params_hash: str = strawberry.field(description="SHA-256 of the parameters it was generated with.")

    @field("Why the adherence is what it is.")
    def adherence_reasoning(self, row: Summary) -> str:
        return str(as_json(row.reasoning)["adherence"])

    @field("How the volume was counted.")
    def volume_reasoning(self, row: Summary) -> str:
        return str(as_json(row.reasoning)["volume"])

    @field("The week's volume.", graphql_type=WeeklyVolume)
    def total_volume(self, row: Summary) -> WeeklyVolume:
        v = as_json(row.total_volume)
        return WeeklyVolume(
            strength_kg=v["strengthKg"],
            endurance_minutes=v["enduranceMinutes"],
            endurance_km=v["enduranceKm"],
            load=v["load"],
            strength=v["strength"],
            endurance=v["endurance"],
        )

    @field("Patterns found in the week.", graphql_type=list_of(WeeklyPattern))
    def patterns(self, row: Summary) -> list[WeeklyPattern]:
        return [
            WeeklyPattern(code=p["code"], pattern=p["pattern"], reasoning=p["reasoning"])
            for p in as_json(row.patterns)
        ]

    @field("Suggestions for the next week, each with its reasoning.", graphql_type=list_of(WeeklySuggestion))
    def suggestions(self, row: Summary) -> list[WeeklySuggestion]:
        return [
            WeeklySuggestion(code=s["code"], suggestion=s["suggestion"], reasoning=s["reasoning"])
            for s in as_json(row.suggestions)
        ]

    @field("The ids of what the summary read: sessions, logs, activities, feedback, days.")
    def inputs(self, row: Summary) -> JSON:
        return JSON(as_json(row.inputs))

    @field(
        "The program most of the week's sessions belong to (seed 004's planId).",
        graphql_type=refs.TrainingProgram | None,
    )
    async def program(self, info: Info, row: Summary) -> ProgramRow | None:
        if row.program_id is None:
            return None
        return await info.context.loaders.programs.program_by_id.load(row.program_id)

    @field("The week's rollup (seed 002's weekly metrics).", graphql_type=refs.WeeklyMetrics | None)
    async def metrics(self, info: Info, row: Summary) -> MetricsRow | None:
        return await info.context.loaders.analytics.metrics_by_week.load((row.athlete_id, row.week_start))


@strawberry.type(description="One athlete-local week rolled up (seed 002's weekly_metrics).")
class WeeklyMetrics:
    week_start: date = strawberry.field(description="The week's Monday (athlete-local).")
    week_end: date = strawberry.field(description="The week's Sunday.")
    run_count: int = strawberry.field(description="Runs.")
    run_distance_km: float = strawberry.field(description="Run distance, km.")
    run_minutes: float = strawberry.field(description="Run time, minutes.")
    ride_count: int = strawberry.field(description="Rides.")
    ride_distance_km: float = strawberry.field(description="Ride distance, km.")
    ride_minutes: float = strawberry.field(description="Ride time, minutes.")
    swim_count: int = strawberry.field(description="Swims.")
    swim_minutes: float = strawberry.field(description="Swim time, minutes.")
    other_count: int = strawberry.field(description="Other workouts (rows, walks, ...).")
    vo2_sessions: int = strawberry.field(
        description="Interval (VO2max) sessions: zone 5, else planned hard or max."
    )
    tempo_sessions: int = strawberry.field(description="Tempo sessions: zone 3-4, else planned moderate.")
    long_runs: int = strawberry.field(description="Runs of the configured long-run minutes (75) or more.")
    strength_count: int = strawberry.field(description="Strength sessions.")
    strength_load: float = strawberry.field(
        description="Load of the strength sessions (seed 002's strengthTrimp)."
    )
    strength_tonnage: float = strawberry.field(description="Strength tonnage, kg.")
    total_load: float = strawberry.field(description="The week's load.")
    ctl_mean: float | None = strawberry.field(description="Mean fitness (CTL) of the week, in `convention`.")
    atl_mean: float | None = strawberry.field(description="Mean fatigue (ATL).")
    ramp_rate_mean: float | None = strawberry.field(description="Mean ramp rate.")
    rest_hr_mean: float | None = strawberry.field(description="Mean resting heart rate, bpm.")
    steps_mean: float | None = strawberry.field(description="Mean steps.")
    sleep_score_mean: float | None = strawberry.field(description="Mean sleep score.")
    hrv_mean: float | None = strawberry.field(description="Mean HRV, ms of the configured statistic.")
    convention: str = strawberry.field(description="The fitness convention of the CTL, ATL and ramp means.")
    algorithm_version: str = strawberry.field(description="The version of the rules.")

    @field(
        "How one of the week's values is computed: formula, parameters and inputs.",
        graphql_type=refs.Explanation,
    )
    async def explain(
        self,
        info: Info,
        row: strawberry.Parent[MetricsRow],
        metric: Annotated[WeeklyMetric, strawberry.argument(description="The value to explain.")],
    ) -> ExplanationRow:
        params = await info.context.loaders.analytics.params_by_hash.load(row.params_hash)
        return explain_weekly(metric, row, params)


@strawberry.type(description="The result of generating a weekly summary.")
class WeeklySummaryPayload:
    weekly_summary: SummaryRow | None = strawberry.field(
        description="The summary; null when `errors` is not empty.", graphql_type=WeeklySummary | None
    )
    errors: list[UserError] = strawberry.field(description="Why the input was refused; empty on success.")


@strawberry.input(description="Generate (again) the summary of one athlete-local week, now.")
class GenerateWeeklySummaryInput:
    athlete_id: uuid.UUID = strawberry.field(description="The athlete.")
    week_start: date = strawberry.field(description="Any day of the week (its Monday is used).")
