"""The enums of analytics in the API (registered once, before any type or input uses them)."""

from __future__ import annotations

import strawberry

from app.analytics.acwr import AcwrMethod, AcwrZone
from app.analytics.explain import LoadMetric
from app.analytics.explain_readiness import ReadinessMetric
from app.analytics.explain_weekly import WeeklyMetric
from app.analytics.fitness import Convention, FormDay
from app.analytics.hrv import HrvMetric
from app.analytics.readiness import ConfidenceReason, RedFlag, TipCode
from app.analytics.readiness_params import Confidence, Factor, Recommendation
from app.analytics.session_load import LoadPreference, LoadSource
from app.analytics.stats import SdKind

strawberry.enum(
    Convention,
    name="FitnessConvention",
    description="How fitness and fatigue move each day: TRAININGPEAKS x += (load - x) / k; "
    "GOLDENCHEETAH x = x e^(-1/k) + load (1 - e^(-1/k)).",
)
strawberry.enum(
    FormDay, name="FormDay", description="Form (TSB) from yesterday's values (TrainingPeaks) or today's."
)
strawberry.enum(
    AcwrMethod,
    name="AcwrMethod",
    description="ROLLING_COUPLED (chronic includes the acute week), ROLLING_UNCOUPLED (days t-27..t-7) "
    "or EWMA (lambda = 2 / (N + 1)).",
)
strawberry.enum(
    AcwrZone,
    name="AcwrZone",
    description="Where an ACWR falls against the configured (contested) thresholds: UNDER, SWEET_SPOT, "
    "CAUTION, DANGER.",
)
strawberry.enum(
    SdKind, name="MonotonySd", description="The SD of monotony: POPULATION (n) or SAMPLE (n - 1)."
)
strawberry.enum(
    LoadPreference,
    name="LoadPreference",
    description="Which load a workout with both an RPE and a device load takes (never both).",
)
strawberry.enum(LoadSource, name="LoadSource", description="Where a workout's load came from.")
strawberry.enum(
    HrvMetric,
    name="BaselineHrvMetric",
    description="The HRV statistic of the baseline: RMSSD or SDNN, never mixed.",
)
strawberry.enum(
    Recommendation,
    name="ReadinessRecommendation",
    description="Today's suggested training: HIGH_INTENSITY, MODERATE, EASY, RECOVERY (light movement) or REST.",
)
strawberry.enum(
    Confidence, name="ReadinessConfidence", description="How far a readiness score can be trusted."
)
strawberry.enum(ConfidenceReason, name="ConfidenceReason", description="Why confidence is LOW.")
strawberry.enum(RedFlag, name="RedFlag", description="A warning signal of a day's readiness (seed 003).")
strawberry.enum(TipCode, name="TipCode", description="An actionable tip.")
strawberry.enum(Factor, name="ReadinessFactor", description="An input of the readiness score.")
strawberry.enum(
    LoadMetric, name="TrainingLoadMetric", description="A value of a training-load day to explain."
)
strawberry.enum(ReadinessMetric, name="ReadinessMetric", description="A value of a readiness day to explain.")
strawberry.enum(WeeklyMetric, name="WeeklyMetric", description="A value of a weekly rollup to explain.")

__all__ = [
    "AcwrMethod",
    "AcwrZone",
    "Confidence",
    "ConfidenceReason",
    "Convention",
    "Factor",
    "FormDay",
    "HrvMetric",
    "LoadMetric",
    "LoadPreference",
    "LoadSource",
    "ReadinessMetric",
    "Recommendation",
    "RedFlag",
    "SdKind",
    "TipCode",
    "WeeklyMetric",
]
