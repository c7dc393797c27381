"""Readiness 0-100 from HRV, resting HR, sleep, ACWR zone and the latest feedback, with its reasons.

The weights and thresholds are the fields of `ReadinessParams` (readiness_params.py).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import lru_cache

from app.analytics.acwr import AcwrZone
from app.analytics.baseline import Band
from app.analytics.hrv import HrvBaseline
from app.analytics.readiness_params import (
    Confidence,
    Factor,
    FactorWeights,
    FeedbackKind,
    ReadinessParams,
    Recommendation,
)
from app.analytics.resting_hr import RestingHrBaseline


class RedFlag(StrEnum):
    """Warning signals (seed 003: low HRV, poor sleep, high stress; ACWR above 1.5; plus pain)."""

    LOW_HRV = "low_hrv"
    ELEVATED_RESTING_HR = "elevated_resting_hr"
    POOR_SLEEP = "poor_sleep"
    HIGH_STRESS = "high_stress"
    ACWR_DANGER = "acwr_danger"
    PAIN_REPORTED = "pain_reported"


class ConfidenceReason(StrEnum):
    """Why confidence is LOW."""

    FEW_HRV_READINGS = "few_hrv_readings"
    STALE_DATA = "stale_data"


class TipCode(StrEnum):
    """An actionable tip; the text is in `TIP_TEXT`."""

    EASE_OFF_LOW_HRV = "ease_off_low_hrv"
    CHECK_RESTING_HR = "check_resting_hr"
    SLEEP_MORE = "sleep_more"
    LOWER_STRESS = "lower_stress"
    HOLD_LOAD = "hold_load"
    STOP_FOR_PAIN = "stop_for_pain"
    BUILD_GRADUALLY = "build_gradually"
    MEASURE_HRV = "measure_hrv"
    SYNC_DEVICE = "sync_device"


TIP_TEXT: dict[TipCode, str] = {
    TipCode.EASE_OFF_LOW_HRV: "HRV is below your normal range: keep today easy until it comes back.",
    TipCode.CHECK_RESTING_HR: "Resting heart rate is above your normal: check for illness, heat or poor sleep.",
    TipCode.SLEEP_MORE: "Sleep was poor: plan an earlier night and keep hard work for a better-rested day.",
    TipCode.LOWER_STRESS: "Stress is high: a shorter, easier session will recover you better than intervals.",
    TipCode.HOLD_LOAD: "This week's load is far above your recent norm: hold or reduce it for a few days.",
    TipCode.STOP_FOR_PAIN: "You reported pain: do not train through it; tell your coach and get it checked.",
    TipCode.BUILD_GRADUALLY: "Your load is below your recent norm: there is room to build, gradually.",
    TipCode.MEASURE_HRV: "Measure HRV each morning on waking: a confident score needs several readings a week.",
    TipCode.SYNC_DEVICE: "Your wearable data is out of date: sync it for a current score.",
}

_FLAG_TIPS: dict[RedFlag, TipCode] = {
    RedFlag.LOW_HRV: TipCode.EASE_OFF_LOW_HRV,
    RedFlag.ELEVATED_RESTING_HR: TipCode.CHECK_RESTING_HR,
    RedFlag.POOR_SLEEP: TipCode.SLEEP_MORE,
    RedFlag.HIGH_STRESS: TipCode.LOWER_STRESS,
    RedFlag.ACWR_DANGER: TipCode.HOLD_LOAD,
    RedFlag.PAIN_REPORTED: TipCode.STOP_FOR_PAIN,
}


@dataclass(frozen=True)
class Feedback:
    """The latest session feedback: its day, verdict, energy and soreness (1-5 each, optional)."""

    day: date
    kind: FeedbackKind | None = None
    energy: int | None = None
    soreness: int | None = None


@dataclass(frozen=True)
class CheckInValues:
    """The latest morning check-in: its day and four 1-5 scales (energy and sleep quality: 5 is best;
    soreness and stress: 5 is worst)."""

    day: date
    energy: int
    soreness: int
    sleep_quality: int
    stress: int


@dataclass(frozen=True)
class ReadinessInputs:
    """Everything the score reads. `wellness_day` is the day `sleep_score` and `stress_score` describe.

    `check_in`, when given, is the check-in factor (its four scales); otherwise the energy and
    soreness of `feedback` are, as before check-ins existed. `feedback` is the latest session
    verdict either way.
    """

    today: date
    hrv: HrvBaseline | None = None
    resting_hr: RestingHrBaseline | None = None
    sleep_score: float | None = None
    stress_score: float | None = None
    wellness_day: date | None = None
    acwr_zone: AcwrZone | None = None
    feedback: Feedback | None = None
    check_in: CheckInValues | None = None

    def __post_init__(self) -> None:
        for name, value in (("sleep_score", self.sleep_score), ("stress_score", self.stress_score)):
            if value is not None and not (math.isfinite(value) and 0 <= value <= 100):
                raise ValueError(f"{name} must be between 0 and 100, got {value!r}")
        if (self.sleep_score is not None or self.stress_score is not None) and self.wellness_day is None:
            raise ValueError("wellness_day is required with a sleep or stress score")
        f, c = self.feedback, self.check_in
        levels = [("energy", f.energy if f else None), ("soreness", f.soreness if f else None)]
        if c is not None:
            levels += [
                ("check-in energy", c.energy),
                ("check-in soreness", c.soreness),
                ("check-in sleep quality", c.sleep_quality),
                ("check-in stress", c.stress),
            ]
        for name, level in levels:
            if level is not None and (
                isinstance(level, bool) or not (isinstance(level, int) and 1 <= level <= 5)
            ):
                raise ValueError(f"{name} must be an integer from 1 to 5, got {level!r}")


@dataclass(frozen=True)
class Contribution:
    """One factor's part of the score: `points` = 100 x `share` x `sub_score`; the points sum to the score."""

    factor: Factor
    detail: str
    sub_score: float
    weight: float
    share: float
    points: float


@dataclass(frozen=True)
class Tip:
    """An actionable tip."""

    code: TipCode
    text: str


@dataclass(frozen=True)
class Readiness:
    """The score (None with no usable factor), its parts, flags, recommendation, confidence and tips."""

    score: float | None
    recommendation: Recommendation | None
    contributions: tuple[Contribution, ...]
    red_flags: tuple[RedFlag, ...]
    confidence: Confidence
    confidence_reasons: tuple[ConfidenceReason, ...]
    tips: tuple[Tip, ...]
    inputs: ReadinessInputs
    params: ReadinessParams


def readiness(inputs: ReadinessInputs, params: ReadinessParams | None = None) -> Readiness:
    """Readiness 0-100 with each factor's contribution, red flags, a recommendation, confidence and tips.

    Each present factor gets a sub-score from 0 to 1 (`ReadinessParams`); the score is
    100 x the weighted mean of the present factors' sub-scores, so a missing factor neither
    helps nor hurts (its weight is shared among the others) and the contributions' points
    add up to the score. With no factor present the score and recommendation are None.
    Factors: the HRV band (hrv.hrv_baseline: Plews et al. 2012, 2013), the resting-HR band
    (resting_hr.resting_hr_baseline: Buchheit 2014), the sleep score (score / 100), the ACWR
    zone (acwr.classify_acwr, contested thresholds), the check-in (energy and soreness,
    1-5 each, mapped linearly to 0-1 and averaged) and the latest session verdict. No
    rounding (the stored value is the exact float, display rounds), except that the sum is
    kept within 0-100 (the shares are floats, whose sum may be 1 plus an ulp).

    With a check-in, the check-in factor is the mean of its four scales mapped to 0-1 (energy
    and sleep quality (x - 1) / 4, soreness and stress (5 - x) / 4), a stress of
    `high_check_in_stress_at` or more is HIGH_STRESS and a sleep quality of
    `poor_check_in_sleep_at_most` or less POOR_SLEEP. A check-in or feedback older than
    `feedback_max_age_days` is not used.
    """
    p = params or ReadinessParams()
    feedback = inputs.feedback
    if feedback is not None and (inputs.today - feedback.day).days > p.feedback_max_age_days:
        feedback = None
    check_in = inputs.check_in
    if check_in is not None and (inputs.today - check_in.day).days > p.feedback_max_age_days:
        check_in = None
    contributions = _contributions(_sub_scores(inputs, feedback, check_in, p), p.weights)
    # the shares are rounded floats: their sum can miss 1 by an ulp, so the score is kept in 0-100
    score = min(100.0, max(0.0, math.fsum(c.points for c in contributions))) if contributions else None
    flags = _red_flags(inputs, feedback, check_in, p)
    reasons = _confidence_reasons(inputs, p)
    confidence = Confidence.LOW if reasons else Confidence.HIGH
    return Readiness(
        score=score,
        recommendation=_recommend(score, flags, confidence, p),
        contributions=contributions,
        red_flags=flags,
        confidence=confidence,
        confidence_reasons=reasons,
        tips=_tips(flags, inputs.acwr_zone, reasons),
        inputs=inputs,
        params=p,
    )


def _sub_scores(
    inputs: ReadinessInputs, feedback: Feedback | None, check_in: CheckInValues | None, p: ReadinessParams
) -> list[tuple[Factor, str, float]]:
    parts: list[tuple[Factor, str, float]] = []
    if inputs.hrv is not None and inputs.hrv.baseline.band is not None:
        band = inputs.hrv.baseline.band
        parts.append(
            (Factor.HRV, f"ln {inputs.hrv.metric.value} {band.value} its band", p.hrv_scores.of(band))
        )
    if inputs.resting_hr is not None and inputs.resting_hr.baseline.band is not None:
        band = inputs.resting_hr.baseline.band
        parts.append((Factor.RESTING_HR, f"resting HR {band.value} its band", p.resting_hr_scores.of(band)))
    if inputs.sleep_score is not None:
        parts.append((Factor.SLEEP, f"sleep score {inputs.sleep_score:g}", inputs.sleep_score / 100.0))
    if inputs.acwr_zone is not None:
        zone = inputs.acwr_zone
        parts.append((Factor.ACWR, f"ACWR zone {zone.value}", p.zone_scores.of(zone)))
    if check_in is not None:
        parts.append(_check_in_part(check_in))
    elif feedback is not None:
        levels = []
        if feedback.energy is not None:
            levels.append((feedback.energy - 1) / 4.0)
        if feedback.soreness is not None:
            levels.append((5 - feedback.soreness) / 4.0)
        if levels:
            detail = f"energy {feedback.energy}, soreness {feedback.soreness}"
            parts.append((Factor.CHECK_IN, detail, math.fsum(levels) / len(levels)))
    if feedback is not None and feedback.kind is not None:
        verdict = p.feedback_scores.of(feedback.kind)
        if verdict is not None:
            parts.append((Factor.SESSION_FEEDBACK, f"last session: {feedback.kind.value}", verdict))
    return parts


def _check_in_part(c: CheckInValues) -> tuple[Factor, str, float]:
    levels = [(c.energy - 1) / 4.0, (5 - c.soreness) / 4.0, (c.sleep_quality - 1) / 4.0, (5 - c.stress) / 4.0]
    detail = f"check-in energy {c.energy}, soreness {c.soreness}, sleep quality {c.sleep_quality}, stress {c.stress}"
    return Factor.CHECK_IN, detail, math.fsum(levels) / len(levels)


def _contributions(
    parts: list[tuple[Factor, str, float]], weights: FactorWeights
) -> tuple[Contribution, ...]:
    total = math.fsum(weights.of(factor) for factor, _, _ in parts)
    if total == 0:
        return ()
    result = []
    for factor, detail, sub_score in parts:
        weight = weights.of(factor)
        share = weight / total
        result.append(Contribution(factor, detail, sub_score, weight, share, 100.0 * share * sub_score))
    return tuple(result)


def _red_flags(
    inputs: ReadinessInputs, feedback: Feedback | None, check_in: CheckInValues | None, p: ReadinessParams
) -> tuple[RedFlag, ...]:
    flags: list[RedFlag] = []
    if inputs.hrv is not None and inputs.hrv.baseline.band is Band.BELOW:
        flags.append(RedFlag.LOW_HRV)
    if inputs.resting_hr is not None and inputs.resting_hr.baseline.band is Band.ABOVE:
        flags.append(RedFlag.ELEVATED_RESTING_HR)
    if (inputs.sleep_score is not None and inputs.sleep_score < p.poor_sleep_below) or (
        check_in is not None and check_in.sleep_quality <= p.poor_check_in_sleep_at_most
    ):
        flags.append(RedFlag.POOR_SLEEP)
    if (inputs.stress_score is not None and inputs.stress_score > p.high_stress_above) or (
        check_in is not None and check_in.stress >= p.high_check_in_stress_at
    ):
        flags.append(RedFlag.HIGH_STRESS)
    if inputs.acwr_zone is AcwrZone.DANGER:
        flags.append(RedFlag.ACWR_DANGER)
    if feedback is not None and feedback.kind is FeedbackKind.PAIN:
        flags.append(RedFlag.PAIN_REPORTED)
    return tuple(flags)


def _confidence_reasons(inputs: ReadinessInputs, p: ReadinessParams) -> tuple[ConfidenceReason, ...]:
    reasons: list[ConfidenceReason] = []
    if inputs.hrv is None or inputs.hrv.baseline.short_count < p.min_hrv_readings:
        reasons.append(ConfidenceReason.FEW_HRV_READINGS)
    days = [
        d
        for d in (
            inputs.hrv.baseline.latest_day if inputs.hrv else None,
            inputs.resting_hr.baseline.latest_day if inputs.resting_hr else None,
            inputs.wellness_day,
        )
        if d is not None
    ]
    if not days or (inputs.today - max(days)).days > p.stale_after_days:
        reasons.append(ConfidenceReason.STALE_DATA)
    return tuple(reasons)


def _recommend(
    score: float | None, flags: tuple[RedFlag, ...], confidence: Confidence, p: ReadinessParams
) -> Recommendation | None:
    if RedFlag.PAIN_REPORTED in flags:
        return Recommendation.REST
    if score is None:
        return None
    if score < p.rest_below:
        return Recommendation.REST
    if score < p.recovery_below or len(flags) >= p.recovery_flags:
        return Recommendation.RECOVERY
    if score < p.easy_below or flags:
        return Recommendation.EASY
    if score < p.moderate_below:
        return Recommendation.MODERATE
    if confidence is Confidence.LOW:
        return p.low_confidence_cap
    return Recommendation.HIGH_INTENSITY


def _tips(
    flags: tuple[RedFlag, ...], zone: AcwrZone | None, reasons: tuple[ConfidenceReason, ...]
) -> tuple[Tip, ...]:
    codes = [_FLAG_TIPS[f] for f in flags]
    if zone is AcwrZone.UNDER:
        codes.append(TipCode.BUILD_GRADUALLY)
    if ConfidenceReason.FEW_HRV_READINGS in reasons:
        codes.append(TipCode.MEASURE_HRV)
    if ConfidenceReason.STALE_DATA in reasons:
        codes.append(TipCode.SYNC_DEVICE)
    return _tip_texts(tuple(codes))


@lru_cache(maxsize=1024)
def _tip_texts(codes: tuple[TipCode, ...]) -> tuple[Tip, ...]:
    return tuple(Tip(code, TIP_TEXT[code]) for code in codes)
