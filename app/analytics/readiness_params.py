"""Weights and thresholds of the readiness score, each a field with a documented default.

The defaults are this project's judgement, written down so a coach can see and change
them, not values from a study: how factors are weighted into one readiness number has no
published standard. The physiology behind each factor is cited where it is computed
(hrv.py, resting_hr.py, acwr.py).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from enum import StrEnum

from app.analytics.acwr import AcwrZone
from app.analytics.baseline import Band


class Recommendation(StrEnum):
    """Today's suggested training, lightest last: REST is a day off, RECOVERY light movement only."""

    HIGH_INTENSITY = "high_intensity"
    MODERATE = "moderate"
    EASY = "easy"
    RECOVERY = "recovery"
    REST = "rest"


class Confidence(StrEnum):
    """How far the score can be trusted, given the data behind it."""

    LOW = "low"
    HIGH = "high"


class Factor(StrEnum):
    """An input of the score."""

    HRV = "hrv"
    RESTING_HR = "resting_hr"
    SLEEP = "sleep"
    ACWR = "acwr"
    CHECK_IN = "check_in"
    SESSION_FEEDBACK = "session_feedback"


class FeedbackKind(StrEnum):
    """The athlete's verdict on their last session (seed 002), as in SessionFeedback."""

    DONE = "done"
    SKIPPED = "skipped"
    HARD = "hard"
    PAIN = "pain"


# The field of each member (enum values read through a descriptor: a dict is much faster).
_NAMES: dict[StrEnum, str] = {m: m.value for e in (Factor, FeedbackKind, Band, AcwrZone) for m in e}


def _check_sub_scores(*values: float) -> None:
    if any(not (0 <= v <= 1) for v in values):
        raise ValueError(f"sub-scores run from 0 to 1, got {values!r}")


@dataclass(frozen=True)
class FactorWeights:
    """Relative weights; only the factors present count, and their weights are rescaled to sum to 1."""

    hrv: float = 0.30
    resting_hr: float = 0.15
    sleep: float = 0.20
    acwr: float = 0.15
    check_in: float = 0.10
    session_feedback: float = 0.10

    def of(self, factor: Factor) -> float:
        """The weight of one factor (its field is named after it)."""
        weight: float = getattr(self, _NAMES[factor])
        return weight


@dataclass(frozen=True)
class BandScores:
    """Sub-score (0-1) for each side of a baseline band."""

    below: float
    within: float
    above: float

    def __post_init__(self) -> None:
        _check_sub_scores(self.below, self.within, self.above)

    def of(self, band: Band) -> float:
        """The sub-score of one band (its field is named after it)."""
        score: float = getattr(self, _NAMES[band])
        return score


@dataclass(frozen=True)
class ZoneScores:
    """Sub-score (0-1) for each ACWR zone."""

    under: float = 0.7
    sweet_spot: float = 1.0
    caution: float = 0.5
    danger: float = 0.1

    def __post_init__(self) -> None:
        _check_sub_scores(self.under, self.sweet_spot, self.caution, self.danger)

    def of(self, zone: AcwrZone) -> float:
        """The sub-score of one zone (its field is named after it)."""
        score: float = getattr(self, _NAMES[zone])
        return score


@dataclass(frozen=True)
class FeedbackScores:
    """Sub-score (0-1) for each session verdict; None leaves the verdict out of the score."""

    done: float | None = 1.0
    hard: float | None = 0.4
    pain: float | None = 0.0
    # skipping says why nothing was done, not how recovered the athlete is
    skipped: float | None = None

    def __post_init__(self) -> None:
        _check_sub_scores(*(v for v in (self.done, self.hard, self.pain, self.skipped) if v is not None))

    def of(self, kind: FeedbackKind) -> float | None:
        """The sub-score of one verdict (its field is named after it)."""
        score: float | None = getattr(self, _NAMES[kind])
        return score


def _hrv_scores() -> BandScores:
    # above the band is good news mostly, but can be parasympathetic saturation (Plews et al. 2012)
    return BandScores(below=0.2, within=1.0, above=0.8)


def _resting_hr_scores() -> BandScores:
    # a fall below the band is ambiguous (Buchheit 2014), so it scores a little under "within"
    return BandScores(below=0.9, within=1.0, above=0.2)


@dataclass(frozen=True)
class ReadinessParams:
    """Every weight and threshold of the readiness score, with its default.

    Sub-scores run from 0 (not ready) to 1. Red flags: sleep score below `poor_sleep_below`
    (60, where vendors' "poor" band starts), stress score above `high_stress_above` (75, the
    top quarter of a 0-100 stress score), the HRV band BELOW, the resting-HR band ABOVE, the
    ACWR zone DANGER (thresholds in acwr.AcwrZones, contested), and pain in the latest
    feedback. Recommendation cut-offs: score below `rest_below` REST, below `recovery_below`
    (or `recovery_flags` red flags or more) RECOVERY, below `easy_below` (or any red flag)
    EASY, below `moderate_below` MODERATE, else HIGH_INTENSITY; pain is always REST, and a
    LOW confidence caps the recommendation at `low_confidence_cap`. Confidence is LOW with
    fewer than `min_hrv_readings` valid HRV readings in the HRV short window (DESIGN.md: 3
    in 7 days) or when the newest wellness day is more than `stale_after_days` old (data
    may arrive up to 48 h late, seed 000). Feedback older than `feedback_max_age_days` is
    not used. Check-ins (1-5 scales): a stress of `high_check_in_stress_at` (5) or more is
    HIGH_STRESS, a sleep quality of `poor_check_in_sleep_at_most` (1) or less POOR_SLEEP.
    """

    weights: FactorWeights = field(default_factory=FactorWeights)
    hrv_scores: BandScores = field(default_factory=_hrv_scores)
    resting_hr_scores: BandScores = field(default_factory=_resting_hr_scores)
    zone_scores: ZoneScores = field(default_factory=ZoneScores)
    feedback_scores: FeedbackScores = field(default_factory=FeedbackScores)
    poor_sleep_below: float = 60.0
    high_stress_above: float = 75.0
    rest_below: float = 25.0
    recovery_below: float = 40.0
    easy_below: float = 60.0
    moderate_below: float = 75.0
    recovery_flags: int = 2
    low_confidence_cap: Recommendation = Recommendation.MODERATE
    min_hrv_readings: int = 3
    stale_after_days: int = 2
    feedback_max_age_days: int = 3
    high_check_in_stress_at: int = 5
    poor_check_in_sleep_at_most: int = 1

    def __post_init__(self) -> None:
        if not (0 <= self.rest_below <= self.recovery_below <= self.easy_below <= self.moderate_below <= 100):
            raise ValueError("cut-offs must satisfy 0 <= rest <= recovery <= easy <= moderate <= 100")
        weights = [self.weights.of(f) for f in Factor]
        if any(not (math.isfinite(w) and w >= 0) for w in weights):
            raise ValueError("weights must be finite and >= 0")
        if self.recovery_flags < 1 or self.min_hrv_readings < 0:
            raise ValueError("recovery_flags must be >= 1 and min_hrv_readings >= 0")
        if self.stale_after_days < 0 or self.feedback_max_age_days < 0:
            raise ValueError("ages are whole days >= 0")
