"""A coach's analytics settings (a view over the service's CoachSettings), its payload and input."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

import strawberry

from app.analytics.settings_service import CoachSettings as SettingsRow
from app.core.updates import KEEP
from graphql_schema.analytics.enums import AcwrMethod, Convention, FormDay, HrvMetric, LoadPreference, SdKind
from graphql_schema.errors import UserError
from graphql_schema.fields import field

Row = strawberry.Parent[SettingsRow]

# The parameters of app/analytics/params.py that the settings show and take (all of them).
NAMES: tuple[str, ...] = (
    "load_preference",
    "fitness_convention",
    "fitness_days",
    "fatigue_days",
    "form_of",
    "acwr_method",
    "acwr_acute_days",
    "acwr_chronic_days",
    "acwr_sweet_spot_low",
    "acwr_sweet_spot_high",
    "acwr_danger_above",
    "monotony_sd",
    "ramp_days",
    "hrv_metric",
    "baseline_short_days",
    "baseline_long_days",
    "baseline_band_sd",
    "min_hrv_readings",
    "poor_sleep_below",
    "high_stress_above",
    "stale_after_days",
    "feedback_max_age_days",
    "weight_hrv",
    "weight_resting_hr",
    "weight_sleep",
    "weight_acwr",
    "weight_check_in",
    "weight_session_feedback",
    "long_run_minutes",
)


def _param(name: str) -> Any:
    def resolve(row: Row) -> Any:
        return getattr(row.params, name)

    return resolve


@strawberry.type(
    description="The analytics settings of a coach's athletes: every convention, window and threshold, with "
    "the default in each field's description. Thresholds such as the ACWR zones are contested in the "
    "literature: they are settings, not facts."
)
class AnalyticsSettings:
    load_preference: LoadPreference = strawberry.field(
        description="Which load a workout with an RPE and a device load takes (SESSION_RPE).",
        resolver=_param("load_preference"),
    )
    fitness_convention: Convention = strawberry.field(
        description="Fitness and fatigue convention shown by default (TRAININGPEAKS).",
        resolver=_param("fitness_convention"),
    )
    fitness_days: float = strawberry.field(
        description="Fitness (CTL) time constant, days (42).", resolver=_param("fitness_days")
    )
    fatigue_days: float = strawberry.field(
        description="Fatigue (ATL) time constant, days (7).", resolver=_param("fatigue_days")
    )
    form_of: FormDay = strawberry.field(
        description="Form from yesterday's or today's fitness and fatigue (YESTERDAY).",
        resolver=_param("form_of"),
    )
    acwr_method: AcwrMethod = strawberry.field(
        description="ACWR method (ROLLING_COUPLED).", resolver=_param("acwr_method")
    )
    acwr_acute_days: int = strawberry.field(
        description="ACWR acute window, days (7).", resolver=_param("acwr_acute_days")
    )
    acwr_chronic_days: int = strawberry.field(
        description="ACWR chronic window, days (28).", resolver=_param("acwr_chronic_days")
    )
    acwr_sweet_spot_low: float = strawberry.field(
        description="ACWR sweet spot from (0.8; contested).", resolver=_param("acwr_sweet_spot_low")
    )
    acwr_sweet_spot_high: float = strawberry.field(
        description="ACWR sweet spot up to (1.3; contested).", resolver=_param("acwr_sweet_spot_high")
    )
    acwr_danger_above: float = strawberry.field(
        description="ACWR danger above (1.5; contested).", resolver=_param("acwr_danger_above")
    )
    monotony_sd: SdKind = strawberry.field(
        description="SD of monotony (POPULATION).", resolver=_param("monotony_sd")
    )
    ramp_days: int = strawberry.field(description="Ramp rate span, days (7).", resolver=_param("ramp_days"))
    hrv_metric: HrvMetric = strawberry.field(
        description="HRV statistic of the baseline (RMSSD).", resolver=_param("hrv_metric")
    )
    baseline_short_days: int = strawberry.field(
        description="Baseline short window, days (7).", resolver=_param("baseline_short_days")
    )
    baseline_long_days: int = strawberry.field(
        description="Baseline long window, days (60).", resolver=_param("baseline_long_days")
    )
    baseline_band_sd: float = strawberry.field(
        description="Baseline band half-width, SDs (0.5).", resolver=_param("baseline_band_sd")
    )
    min_hrv_readings: int = strawberry.field(
        description="Valid HRV readings in the short window for HIGH confidence (3).",
        resolver=_param("min_hrv_readings"),
    )
    poor_sleep_below: float = strawberry.field(
        description="Sleep score below this is POOR_SLEEP (60).", resolver=_param("poor_sleep_below")
    )
    high_stress_above: float = strawberry.field(
        description="Device stress above this is HIGH_STRESS (75).", resolver=_param("high_stress_above")
    )
    stale_after_days: int = strawberry.field(
        description="Data older than this many days makes confidence LOW (2).",
        resolver=_param("stale_after_days"),
    )
    feedback_max_age_days: int = strawberry.field(
        description="Check-ins and feedback older than this are not used (3).",
        resolver=_param("feedback_max_age_days"),
    )
    weight_hrv: float = strawberry.field(
        description="Readiness weight of HRV (0.30).", resolver=_param("weight_hrv")
    )
    weight_resting_hr: float = strawberry.field(
        description="Readiness weight of resting HR (0.15).", resolver=_param("weight_resting_hr")
    )
    weight_sleep: float = strawberry.field(
        description="Readiness weight of sleep (0.20).", resolver=_param("weight_sleep")
    )
    weight_acwr: float = strawberry.field(
        description="Readiness weight of the ACWR zone (0.15).", resolver=_param("weight_acwr")
    )
    weight_check_in: float = strawberry.field(
        description="Readiness weight of the check-in (0.10).", resolver=_param("weight_check_in")
    )
    weight_session_feedback: float = strawberry.field(
        description="Readiness weight of the session feedback (0.10).",
        resolver=_param("weight_session_feedback"),
    )
    long_run_minutes: float = strawberry.field(
        description="A run this long or longer is a long run, minutes (75).",
        resolver=_param("long_run_minutes"),
    )

    @field("The coach.")
    def coach_id(self, row: Row) -> uuid.UUID:
        return row.coach_id

    @field("The fields this coach changed from the defaults (camelCase names).")
    def changed(self, row: Row) -> list[str]:
        return [_camel(name) for name in sorted(row.overrides)]

    @field("SHA-256 of these parameters: the `paramsHash` of rows computed with them.")
    def params_hash(self, row: Row) -> str:
        return row.params.hash

    @field("When the coach last changed them (UTC); null while all are defaults.")
    def updated_at(self, row: Row) -> datetime | None:
        return row.updated_at


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


@strawberry.type(description="The result of changing analytics settings.")
class AnalyticsSettingsPayload:
    settings: SettingsRow | None = strawberry.field(
        description="The settings as saved; null when `errors` is not empty.",
        graphql_type=AnalyticsSettings | None,
    )
    errors: list[UserError] = strawberry.field(description="Why the input was refused; empty on success.")


@strawberry.input(
    description="Changes to a coach's analytics settings (each field: omitted leaves it, null restores its "
    "default); the roster's series are recomputed with them."
)
class UpdateAnalyticsSettingsInput:
    coach_id: uuid.UUID | None = strawberry.field(
        default=None, description="The coach (admins); coaches omit it or give their own."
    )
    reset: bool = strawberry.field(default=False, description="First return every field to its default.")
    load_preference: LoadPreference | None = strawberry.field(
        default=strawberry.UNSET,
        description="Which load a workout with an RPE and a device load takes (SESSION_RPE). {_INPUT}",
    )
    fitness_convention: Convention | None = strawberry.field(
        default=strawberry.UNSET,
        description="Fitness and fatigue convention shown by default (TRAININGPEAKS). {_INPUT}",
    )
    fitness_days: float | None = strawberry.field(
        default=strawberry.UNSET, description="Fitness (CTL) time constant, days (42). {_INPUT}"
    )
    fatigue_days: float | None = strawberry.field(
        default=strawberry.UNSET, description="Fatigue (ATL) time constant, days (7). {_INPUT}"
    )
    form_of: FormDay | None = strawberry.field(
        default=strawberry.UNSET,
        description="Form from yesterday's or today's fitness and fatigue (YESTERDAY). {_INPUT}",
    )
    acwr_method: AcwrMethod | None = strawberry.field(
        default=strawberry.UNSET, description="ACWR method (ROLLING_COUPLED). {_INPUT}"
    )
    acwr_acute_days: int | None = strawberry.field(
        default=strawberry.UNSET, description="ACWR acute window, days (7). {_INPUT}"
    )
    acwr_chronic_days: int | None = strawberry.field(
        default=strawberry.UNSET, description="ACWR chronic window, days (28). {_INPUT}"
    )
    acwr_sweet_spot_low: float | None = strawberry.field(
        default=strawberry.UNSET, description="ACWR sweet spot from (0.8; contested). {_INPUT}"
    )
    acwr_sweet_spot_high: float | None = strawberry.field(
        default=strawberry.UNSET, description="ACWR sweet spot up to (1.3; contested). {_INPUT}"
    )
    acwr_danger_above: float | None = strawberry.field(
        default=strawberry.UNSET, description="ACWR danger above (1.5; contested). {_INPUT}"
    )
    monotony_sd: SdKind | None = strawberry.field(
        default=strawberry.UNSET, description="SD of monotony (POPULATION). {_INPUT}"
    )
    ramp_days: int | None = strawberry.field(
        default=strawberry.UNSET, description="Ramp rate span, days (7). {_INPUT}"
    )
    hrv_metric: HrvMetric | None = strawberry.field(
        default=strawberry.UNSET, description="HRV statistic of the baseline (RMSSD). {_INPUT}"
    )
    baseline_short_days: int | None = strawberry.field(
        default=strawberry.UNSET, description="Baseline short window, days (7). {_INPUT}"
    )
    baseline_long_days: int | None = strawberry.field(
        default=strawberry.UNSET, description="Baseline long window, days (60). {_INPUT}"
    )
    baseline_band_sd: float | None = strawberry.field(
        default=strawberry.UNSET, description="Baseline band half-width, SDs (0.5). {_INPUT}"
    )
    min_hrv_readings: int | None = strawberry.field(
        default=strawberry.UNSET,
        description="Valid HRV readings in the short window for HIGH confidence (3). {_INPUT}",
    )
    poor_sleep_below: float | None = strawberry.field(
        default=strawberry.UNSET, description="Sleep score below this is POOR_SLEEP (60). {_INPUT}"
    )
    high_stress_above: float | None = strawberry.field(
        default=strawberry.UNSET, description="Device stress above this is HIGH_STRESS (75). {_INPUT}"
    )
    stale_after_days: int | None = strawberry.field(
        default=strawberry.UNSET,
        description="Data older than this many days makes confidence LOW (2). {_INPUT}",
    )
    feedback_max_age_days: int | None = strawberry.field(
        default=strawberry.UNSET,
        description="Check-ins and feedback older than this are not used (3). {_INPUT}",
    )
    weight_hrv: float | None = strawberry.field(
        default=strawberry.UNSET, description="Readiness weight of HRV (0.30). {_INPUT}"
    )
    weight_resting_hr: float | None = strawberry.field(
        default=strawberry.UNSET, description="Readiness weight of resting HR (0.15). {_INPUT}"
    )
    weight_sleep: float | None = strawberry.field(
        default=strawberry.UNSET, description="Readiness weight of sleep (0.20). {_INPUT}"
    )
    weight_acwr: float | None = strawberry.field(
        default=strawberry.UNSET, description="Readiness weight of the ACWR zone (0.15). {_INPUT}"
    )
    weight_check_in: float | None = strawberry.field(
        default=strawberry.UNSET, description="Readiness weight of the check-in (0.10). {_INPUT}"
    )
    weight_session_feedback: float | None = strawberry.field(
        default=strawberry.UNSET, description="Readiness weight of the session feedback (0.10). {_INPUT}"
    )
    long_run_minutes: float | None = strawberry.field(
        default=strawberry.UNSET,
        description="A run this long or longer is a long run, minutes (75). {_INPUT}",
    )

    def changes(self) -> dict[str, Any]:
        """The given fields (omitted ones KEEP, null the default)."""
        return {
            name: KEEP if getattr(self, name) is strawberry.UNSET else getattr(self, name) for name in NAMES
        }
