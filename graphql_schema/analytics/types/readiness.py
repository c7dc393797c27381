"""The daily readiness (a view over a stored daily_readiness row), its parts, and the athlete's
feedback on it."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta
from typing import Annotated, Any

import strawberry
from strawberry.scalars import JSON

from app.analytics.explain import Explanation as ExplanationRow
from app.analytics.explain import as_json
from app.analytics.explain_readiness import ReadinessContext, explain_readiness
from app.analytics.models import DailyReadiness as ReadinessRow
from app.analytics.models import ReadinessFeedback as FeedbackRow
from graphql_schema import refs
from graphql_schema.analytics.enums import (
    AcwrZone,
    Confidence,
    ConfidenceReason,
    Factor,
    HrvMetric,
    ReadinessMetric,
    Recommendation,
    RedFlag,
    TipCode,
)
from graphql_schema.context import Info
from graphql_schema.errors import UserError
from graphql_schema.fields import field, list_of
from graphql_schema.sync.once import IDEMPOTENCY_KEY_DESCRIPTION

Row = strawberry.Parent[ReadinessRow]


@strawberry.type(description="One factor's part of a readiness score: points = 100 x share x sub-score.")
class ReadinessContribution:
    factor: Factor = strawberry.field(description="The factor.")
    detail: str = strawberry.field(description="What the factor read, in words.")
    sub_score: float = strawberry.field(description="The factor's sub-score, 0 (not ready) to 1.")
    weight: float = strawberry.field(description="Its configured weight.")
    share: float = strawberry.field(description="Its weight over the present factors' weights.")
    points: float = strawberry.field(description="Its points; the points of all factors add up to the score.")


@strawberry.type(description="An actionable tip.")
class ReadinessTip:
    code: TipCode = strawberry.field(description="The tip's code.")
    text: str = strawberry.field(description="The tip.")


@strawberry.type(
    description="A short-window mean against a long-window baseline and its band (HRV, resting HR)."
)
class ReadinessBaseline:
    short_mean: float | None = strawberry.field(
        description="Mean of the short window (ln ms for HRV, bpm for HR)."
    )
    short_count: int = strawberry.field(description="Valid values in the short window.")
    long_mean: float | None = strawberry.field(description="Mean of the long window.")
    long_sd: float | None = strawberry.field(description="Sample SD of the long window.")
    long_count: int = strawberry.field(description="Valid values in the long window.")
    band_low: float | None = strawberry.field(description="Long mean - band x SD.")
    band_high: float | None = strawberry.field(description="Long mean + band x SD.")
    band: str | None = strawberry.field(description="below, within or above; null without enough values.")
    latest_day: date | None = strawberry.field(
        description="The newest day with a valid value in the long window."
    )
    rejected_days: list[date] = strawberry.field(
        description="Days whose reading was an artefact (out of range)."
    )


def _baseline(found: dict[str, Any] | None) -> ReadinessBaseline | None:
    if not found:
        return None
    return ReadinessBaseline(
        short_mean=found["shortMean"],
        short_count=found["shortCount"],
        long_mean=found["longMean"],
        long_sd=found["longSd"],
        long_count=found["longCount"],
        band_low=found["bandLow"],
        band_high=found["bandHigh"],
        band=found["band"],
        latest_day=date.fromisoformat(found["latestDay"]) if found["latestDay"] else None,
        rejected_days=[date.fromisoformat(d) for d in found["rejectedDays"]],
    )


@strawberry.type(description="Which source a day's wellness value was taken from (source precedence).")
class ValueSource:
    field: str = strawberry.field(description="The value: hrv, resting_hr, sleep_score, stress, steps.")
    source: str = strawberry.field(description="The device or hub it came from.")


def _recommendation(row: Row) -> Recommendation | None:
    return Recommendation(row.recommendation) if row.recommendation else None


def _resting_hr(row: Row) -> float | None:
    return row.resting_hr_value


def _computed_at(row: Row) -> datetime:
    return row.updated_at


def _zone(row: Row) -> AcwrZone | None:
    return AcwrZone(row.acwr_zone) if row.acwr_zone else None


@strawberry.type(
    description="One athlete-local day's readiness (seed 003's daily_readiness): a score 0-100 with each "
    "factor's contribution, red flags, a recommendation, a confidence and tips, and what it read."
)
class DailyReadiness:
    day: date = strawberry.field(name="date", description="The athlete-local day.")
    athlete_id: uuid.UUID = strawberry.field(description="The athlete.")
    score: float | None = strawberry.field(description="Readiness, 0-100; null when no factor had data.")
    recommendation: Recommendation | None = strawberry.field(
        description="Today's suggested training; null without a score.", resolver=_recommendation
    )
    hrv_value: float | None = strawberry.field(description="The day's HRV (ms of the configured statistic).")
    resting_hr: float | None = strawberry.field(
        description="The day's resting heart rate (bpm).", resolver=_resting_hr
    )
    sleep_score: float | None = strawberry.field(description="The night's sleep score, 0-100.")
    stress: float | None = strawberry.field(description="The day's device stress score, 0-100.")
    acwr: float | None = strawberry.field(description="The ACWR of the day before (what readiness read).")
    acwr_zone: AcwrZone | None = strawberry.field(description="Its zone.", resolver=_zone)
    training_load_7d: float | None = strawberry.field(description="Acute load of the day before (seed 003).")
    training_load_28d: float | None = strawberry.field(
        description="Chronic load of the day before (seed 003)."
    )
    algorithm_version: str = strawberry.field(description="The version of the algorithm that computed it.")
    params_hash: str = strawberry.field(description="SHA-256 of the parameters it was computed with.")
    computed_at: datetime = strawberry.field(
        description="When a value of the day last changed (UTC).", resolver=_computed_at
    )

    @field("How far the score can be trusted.", graphql_type=Confidence)
    def confidence(self, row: Row) -> Confidence:
        return Confidence(row.confidence)

    @field("Why confidence is LOW (empty when HIGH).", graphql_type=list_of(ConfidenceReason))
    def confidence_reasons(self, row: Row) -> list[ConfidenceReason]:
        return [ConfidenceReason(r) for r in as_json(row.confidence_reasons)]

    @field("Each present factor's part of the score.", graphql_type=list_of(ReadinessContribution))
    def contributions(self, row: Row) -> list[ReadinessContribution]:
        return [
            ReadinessContribution(
                factor=Factor(c["factor"]),
                detail=c["detail"],
                sub_score=c["subScore"],
                weight=c["weight"],
                share=c["share"],
                points=c["points"],
            )
            for c in as_json(row.contributions)
        ]

    @field("Warning signals (seed 003).", graphql_type=list_of(RedFlag))
    def red_flags(self, row: Row) -> list[RedFlag]:
        return [RedFlag(f) for f in as_json(row.red_flags)]

    @field("Actionable tips.", graphql_type=list_of(ReadinessTip))
    def tips(self, row: Row) -> list[ReadinessTip]:
        return [ReadinessTip(code=TipCode(t["code"]), text=t["text"]) for t in as_json(row.tips)]

    @field("The HRV statistic of the baseline.", graphql_type=HrvMetric)
    def hrv_metric(self, row: Row) -> HrvMetric:
        return HrvMetric(row.hrv_metric)

    @field("The HRV baseline of the day (ln values).", graphql_type=ReadinessBaseline | None)
    def hrv_baseline(self, row: Row) -> ReadinessBaseline | None:
        return _baseline(as_json(row.baselines).get("hrv"))

    @field("The resting-HR baseline of the day (bpm).", graphql_type=ReadinessBaseline | None)
    def resting_hr_baseline(self, row: Row) -> ReadinessBaseline | None:
        return _baseline(as_json(row.baselines).get("restingHr"))

    @field("The source of each wellness value of the day.", graphql_type=list_of(ValueSource))
    def sources(self, row: Row) -> list[ValueSource]:
        return [ValueSource(field=k, source=v) for k, v in sorted(as_json(row.sources).items())]

    @field("The records it read: wellness rows, the check-in, the feedback, the load day.")
    def inputs(self, row: Row) -> JSON:
        return JSON(as_json(row.inputs))

    @field("Every parameter it was computed with (the coach's analytics settings at the time).")
    async def parameters(self, info: Info, row: Row) -> JSON:
        return JSON((await info.context.loaders.analytics.params_by_hash.load(row.params_hash)).to_json())

    @field(
        "Whether the athlete agreed with this readiness (seed 003's user feedback); null until they say.",
        graphql_type=refs.ReadinessFeedback | None,
    )
    async def athlete_feedback(self, info: Info, row: Row) -> FeedbackRow | None:
        return await info.context.loaders.analytics.feedback_by_day.load((row.athlete_id, row.day))

    @field(
        "How one of the day's values is computed: formula, source, parameters and inputs.",
        graphql_type=refs.Explanation,
    )
    async def explain(
        self,
        info: Info,
        row: Row,
        metric: Annotated[ReadinessMetric, strawberry.argument(description="The value to explain.")],
    ) -> ExplanationRow:
        params = await info.context.loaders.analytics.params_by_hash.load(row.params_hash)
        first = row.day - timedelta(days=params.baseline_long_days - 1)
        window = await info.context.loaders.analytics.readiness_days.load(
            (row.athlete_id, first, row.day - timedelta(days=1))
        )
        return explain_readiness(metric, ReadinessContext(row, window, params))


@strawberry.type(description="Whether an athlete agreed with a day's readiness (seed 003's user feedback).")
class ReadinessFeedback:
    id: uuid.UUID = strawberry.field(description="The feedback's id.")
    day: date = strawberry.field(name="date", description="The athlete-local day of the readiness.")
    agreed: bool = strawberry.field(description="The athlete agreed with the readiness.")
    comment: str | None = strawberry.field(description="Their comment, up to 1,000 characters.")
    score: float | None = strawberry.field(description="The score they saw.")
    submitted_at: datetime = strawberry.field(description="When they said so (UTC).")

    @field("The recommendation they saw.", graphql_type=Recommendation | None)
    def recommendation(self, row: strawberry.Parent[FeedbackRow]) -> Recommendation | None:
        return Recommendation(row.recommendation) if row.recommendation else None


@strawberry.type(description="The result of recording readiness feedback.")
class ReadinessFeedbackPayload:
    readiness_feedback: FeedbackRow | None = strawberry.field(
        description="The feedback as saved; null when `errors` is not empty.",
        graphql_type=ReadinessFeedback | None,
    )
    errors: list[UserError] = strawberry.field(description="Why the input was refused; empty on success.")


@strawberry.input(
    description="Athletes: whether you agreed with a day's readiness; again for the day updates it."
)
class RecordReadinessFeedbackInput:
    day: date = strawberry.field(name="date", description="The athlete-local day of the readiness.")
    agreed: bool = strawberry.field(description="You agreed with the readiness.")
    comment: str | None = strawberry.field(default=None, description="Why (up to 1,000 characters).")
    id: uuid.UUID | None = strawberry.field(
        default=None, description="Client-generated id (offline creation)."
    )
    idempotency_key: str | None = strawberry.field(default=None, description=IDEMPOTENCY_KEY_DESCRIPTION)

    def arguments(self) -> dict[str, Any]:
        """The input as `app.analytics.feedback.record_readiness_feedback`'s arguments."""
        return {"day": self.day, "agreed": self.agreed, "comment": self.comment, "id": self.id}
