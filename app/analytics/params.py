"""Every parameter of the stored series, in one flat record with documented defaults.

A coach's analytics settings override some of these fields (`AnalyticsParams.from_overrides`);
every stored row names the exact parameters it was computed with by their content hash
(`params_hash`), and the parameters themselves are kept once per hash. The nested parameter
objects of the formula modules (`FitnessParams`, `AcwrParams`, ...) are built from this record.

Defaults and where they come from:
- load: session-RPE before the device's load (session_load.py: one scale for every session);
- fitness/fatigue: TrainingPeaks' recursion, 42 and 7 days, form of yesterday (fitness.py);
- ACWR: rolling coupled 7/28 days; zones 0.8-1.3, danger above 1.5 (acwr.py: CONTESTED);
- monotony: population SD of the 7 days (monotony.py); ramp over 7 days (ramp.py);
- baselines: 7 against 60 days, band 0.5 SD, at least 3 and 14 values, rMSSD (hrv.py);
- readiness: the weights and cut-offs of readiness_params.py;
- weekly: a run of 75 minutes or more is a long run (weekly.py).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property
from typing import Any

from app.analytics.acwr import AcwrMethod, AcwrParams, AcwrZones
from app.analytics.baseline import Windows
from app.analytics.fitness import Convention, FitnessParams, FormDay
from app.analytics.hrv import HrvMetric, HrvParams
from app.analytics.monotony import MonotonyParams
from app.analytics.readiness_params import FactorWeights, ReadinessParams
from app.analytics.resting_hr import RestingHrParams
from app.analytics.session_load import LoadPreference
from app.analytics.stats import SdKind

# Versions of the algorithms; a change of formula bumps one, so stored rows say which they used.
LOAD_ALGORITHM = "training-load/1"
READINESS_ALGORITHM = "readiness/1"
WEEKLY_ALGORITHM = "weekly-summary/1"


@dataclass(frozen=True)
class AnalyticsParams:
    """The parameters of every derived number (see the module docstring for the defaults' sources)."""

    load_preference: LoadPreference = LoadPreference.SESSION_RPE
    fitness_convention: Convention = Convention.TRAININGPEAKS
    fitness_days: float = 42.0
    fatigue_days: float = 7.0
    form_of: FormDay = FormDay.YESTERDAY
    acwr_method: AcwrMethod = AcwrMethod.ROLLING_COUPLED
    acwr_acute_days: int = 7
    acwr_chronic_days: int = 28
    acwr_sweet_spot_low: float = 0.8
    acwr_sweet_spot_high: float = 1.3
    acwr_danger_above: float = 1.5
    monotony_sd: SdKind = SdKind.POPULATION
    ramp_days: int = 7
    hrv_metric: HrvMetric = HrvMetric.RMSSD
    baseline_short_days: int = 7
    baseline_long_days: int = 60
    baseline_band_sd: float = 0.5
    min_hrv_readings: int = 3
    poor_sleep_below: float = 60.0
    high_stress_above: float = 75.0
    stale_after_days: int = 2
    feedback_max_age_days: int = 3
    weight_hrv: float = 0.30
    weight_resting_hr: float = 0.15
    weight_sleep: float = 0.20
    weight_acwr: float = 0.15
    weight_check_in: float = 0.10
    weight_session_feedback: float = 0.10
    long_run_minutes: float = 75.0

    def __post_init__(self) -> None:
        problems = check(self)
        if problems:
            raise ValueError("; ".join(f"{name}: {message}" for name, message in problems))

    @classmethod
    def from_overrides(cls, overrides: Mapping[str, Any]) -> AnalyticsParams:
        """The defaults with `overrides` (field name -> value, enums as their values) applied."""
        known = {f.name: f for f in dataclasses.fields(cls)}
        values: dict[str, Any] = {}
        for name, value in overrides.items():
            if name in known:
                values[name] = typed_value(name, value)
        return cls(**values)

    def to_json(self) -> dict[str, Any]:
        """Every field with its value (enums as their values): what is stored and hashed."""
        return {f.name: _plain(getattr(self, f.name)) for f in dataclasses.fields(self)}

    def overrides(self) -> dict[str, Any]:
        """The fields that differ from the defaults."""
        default = AnalyticsParams().to_json()
        return {k: v for k, v in self.to_json().items() if default[k] != v}

    @cached_property
    def hash(self) -> str:
        """SHA-256 of the canonical JSON of the parameters and the algorithm versions."""
        document = {
            "algorithms": [LOAD_ALGORITHM, READINESS_ALGORITHM, WEEKLY_ALGORITHM],
            "params": self.to_json(),
        }
        text = json.dumps(document, sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(text.encode()).hexdigest()

    @cached_property
    def fitness(self) -> FitnessParams:
        return FitnessParams(
            convention=self.fitness_convention,
            fitness_days=self.fitness_days,
            fatigue_days=self.fatigue_days,
            form_of=self.form_of,
        )

    @cached_property
    def acwr(self) -> AcwrParams:
        return AcwrParams(
            method=self.acwr_method, acute_days=self.acwr_acute_days, chronic_days=self.acwr_chronic_days
        )

    @cached_property
    def zones(self) -> AcwrZones:
        return AcwrZones(self.acwr_sweet_spot_low, self.acwr_sweet_spot_high, self.acwr_danger_above)

    @cached_property
    def monotony(self) -> MonotonyParams:
        return MonotonyParams(sd=self.monotony_sd)

    @cached_property
    def windows(self) -> Windows:
        return Windows(
            short_days=self.baseline_short_days,
            long_days=self.baseline_long_days,
            band_sd=self.baseline_band_sd,
            min_short_values=min(self.min_hrv_readings, self.baseline_short_days) or 1,
        )

    @cached_property
    def hrv(self) -> HrvParams:
        return HrvParams(metric=self.hrv_metric, windows=self.windows)

    @cached_property
    def resting_hr(self) -> RestingHrParams:
        return RestingHrParams(windows=self.windows)

    @cached_property
    def readiness(self) -> ReadinessParams:
        weights = FactorWeights(
            hrv=self.weight_hrv,
            resting_hr=self.weight_resting_hr,
            sleep=self.weight_sleep,
            acwr=self.weight_acwr,
            check_in=self.weight_check_in,
            session_feedback=self.weight_session_feedback,
        )
        return ReadinessParams(
            weights=weights,
            poor_sleep_below=self.poor_sleep_below,
            high_stress_above=self.high_stress_above,
            min_hrv_readings=self.min_hrv_readings,
            stale_after_days=self.stale_after_days,
            feedback_max_age_days=self.feedback_max_age_days,
        )

    @property
    def lookback_days(self) -> int:
        """How many stored days before a recomputed day its windows reach back."""
        return max(self.acwr_chronic_days, self.ramp_days, 7, self.baseline_long_days)


# name -> (lowest, highest) for the numeric fields; the enums are checked by their types
RANGES: dict[str, tuple[float, float]] = {
    "fitness_days": (1, 365),
    "fatigue_days": (1, 365),
    "acwr_acute_days": (1, 90),
    "acwr_chronic_days": (2, 180),
    "acwr_sweet_spot_low": (0, 10),
    "acwr_sweet_spot_high": (0, 10),
    "acwr_danger_above": (0, 10),
    "ramp_days": (1, 90),
    "baseline_short_days": (1, 90),
    "baseline_long_days": (14, 365),
    "baseline_band_sd": (0, 5),
    "min_hrv_readings": (0, 90),
    "poor_sleep_below": (0, 100),
    "high_stress_above": (0, 100),
    "stale_after_days": (0, 30),
    "feedback_max_age_days": (0, 30),
    "weight_hrv": (0, 100),
    "weight_resting_hr": (0, 100),
    "weight_sleep": (0, 100),
    "weight_acwr": (0, 100),
    "weight_check_in": (0, 100),
    "weight_session_feedback": (0, 100),
    "long_run_minutes": (1, 1440),
}
INTEGER_FIELDS = frozenset(
    {
        "acwr_acute_days",
        "acwr_chronic_days",
        "ramp_days",
        "baseline_short_days",
        "baseline_long_days",
        "min_hrv_readings",
        "stale_after_days",
        "feedback_max_age_days",
    }
)


def check(p: AnalyticsParams) -> list[tuple[str, str]]:
    """Every problem of a parameter record: (field, message); empty when it is valid."""
    problems: list[tuple[str, str]] = []
    for name, (low, high) in RANGES.items():
        value = getattr(p, name)
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            problems.append((name, "must be a finite number"))
        elif name in INTEGER_FIELDS and value != int(value):
            problems.append((name, "must be a whole number"))
        elif not low <= value <= high:
            problems.append((name, f"must be between {low:g} and {high:g}"))
    if problems:
        return problems
    if p.acwr_acute_days >= p.acwr_chronic_days:
        problems.append(("acwr_acute_days", "must be shorter than acwr_chronic_days"))
    if not p.acwr_sweet_spot_low <= p.acwr_sweet_spot_high <= p.acwr_danger_above:
        problems.append(("acwr_sweet_spot_high", "needs sweet spot low <= high <= danger above"))
    if p.baseline_short_days > p.baseline_long_days:
        problems.append(("baseline_short_days", "must not exceed baseline_long_days"))
    weights = [getattr(p, n) for n in RANGES if n.startswith("weight_")]
    if math.fsum(weights) <= 0:
        problems.append(("weight_hrv", "at least one readiness weight must be above 0"))
    return problems


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, StrEnum) else value


def typed_value(name: str, value: Any) -> Any:
    """A stored or given value as the field's type (enums from their values; ValueError if none)."""
    default = _DEFAULTS[name]
    if isinstance(default, StrEnum):
        return type(default)(value)
    if name in INTEGER_FIELDS and isinstance(value, float) and value.is_integer():
        return int(value)
    return value


_DEFAULTS: dict[str, Any] = {f.name: f.default for f in dataclasses.fields(AnalyticsParams)}
