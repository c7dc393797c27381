"""Readiness: score from weighted factors with contributions, red flags, recommendation, confidence, tips."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date, timedelta

import pytest

from app.analytics.acwr import AcwrZone
from app.analytics.baseline import Band, Baseline
from app.analytics.hrv import HrvBaseline, HrvMetric
from app.analytics.readiness import (
    ConfidenceReason,
    Feedback,
    ReadinessInputs,
    RedFlag,
    TipCode,
    readiness,
)
from app.analytics.readiness_params import (
    Confidence,
    Factor,
    FactorWeights,
    FeedbackKind,
    ReadinessParams,
    Recommendation,
)
from app.analytics.resting_hr import RestingHrBaseline

TODAY = date(2025, 6, 2)


def baseline(band: Band, *, count: int = 7, latest: date = TODAY) -> Baseline:
    """A comparison with the given band; the numbers behind it do not enter the score."""
    return Baseline(
        today=TODAY,
        short_mean=4.1,
        short_count=count,
        long_mean=4.1,
        long_sd=0.1,
        long_count=60,
        band_low=4.05,
        band_high=4.15,
        band=band,
        latest_day=latest,
    )


def hrv(band: Band, *, count: int = 7, latest: date = TODAY) -> HrvBaseline:
    return HrvBaseline(HrvMetric.RMSSD, baseline(band, count=count, latest=latest), ())


def rhr(band: Band) -> RestingHrBaseline:
    return RestingHrBaseline(baseline(band), ())


# every factor present and good
GOOD = ReadinessInputs(
    today=TODAY,
    hrv=hrv(Band.WITHIN),
    resting_hr=rhr(Band.WITHIN),
    sleep_score=80.0,
    stress_score=30.0,
    wellness_day=TODAY,
    acwr_zone=AcwrZone.SWEET_SPOT,
    feedback=Feedback(day=TODAY - timedelta(days=1), kind=FeedbackKind.DONE, energy=4, soreness=2),
)


def test_worked_example_all_factors_high_intensity() -> None:
    result = readiness(GOOD)
    # weights 0.30 0.15 0.20 0.15 0.10 0.10 (sum 1), sub-scores:
    #   HRV within 1.0 -> 30; resting HR within 1.0 -> 15; sleep 80/100 = 0.8 -> 16;
    #   ACWR sweet spot 1.0 -> 15; check-in ((4-1)/4 + (5-2)/4) / 2 = 0.75 -> 7.5; done 1.0 -> 10
    #   score = 30 + 15 + 16 + 15 + 7.5 + 10 = 93.5
    points = {c.factor: c.points for c in result.contributions}
    assert points == pytest.approx(
        {
            Factor.HRV: 30.0,
            Factor.RESTING_HR: 15.0,
            Factor.SLEEP: 16.0,
            Factor.ACWR: 15.0,
            Factor.CHECK_IN: 7.5,
            Factor.SESSION_FEEDBACK: 10.0,
        },
        abs=1e-12,
    )
    assert result.score == pytest.approx(93.5, abs=1e-12)
    assert result.red_flags == ()
    assert result.confidence is Confidence.HIGH
    assert result.confidence_reasons == ()
    assert result.recommendation is Recommendation.HIGH_INTENSITY
    assert result.tips == ()
    assert result.inputs == GOOD


def test_missing_factors_share_out_their_weight() -> None:
    inputs = ReadinessInputs(today=TODAY, sleep_score=80.0, wellness_day=TODAY, acwr_zone=AcwrZone.SWEET_SPOT)
    result = readiness(inputs)
    # only sleep (0.20) and ACWR (0.15): shares 0.2/0.35 = 0.571429 and 0.15/0.35 = 0.428571
    #   sleep 100 x 0.571429 x 0.8 = 45.714286; ACWR 100 x 0.428571 x 1.0 = 42.857143; score 88.571429
    assert [(c.factor, c.share) for c in result.contributions] == [
        (Factor.SLEEP, pytest.approx(0.571429, abs=1e-6)),
        (Factor.ACWR, pytest.approx(0.428571, abs=1e-6)),
    ]
    assert result.score == pytest.approx(88.571429, abs=1e-6)
    assert result.score == pytest.approx(math.fsum(c.points for c in result.contributions), abs=1e-12)


def test_moderate() -> None:
    inputs = replace(
        GOOD,
        sleep_score=65.0,
        acwr_zone=AcwrZone.CAUTION,
        feedback=Feedback(day=TODAY, kind=FeedbackKind.HARD, energy=2, soreness=4),
    )
    result = readiness(inputs)
    # 30 + 15 + 0.65 x 20 = 13 + caution 0.5 x 15 = 7.5 + ((2-1)/4 + (5-4)/4)/2 = 0.25 x 10 = 2.5
    #   + hard 0.4 x 10 = 4 -> 72.0, no red flag (sleep 65 >= 60, caution is not a flag)
    assert result.score == pytest.approx(72.0, abs=1e-12)
    assert result.red_flags == ()
    assert result.recommendation is Recommendation.MODERATE


def test_easy_because_of_one_red_flag_despite_a_high_score() -> None:
    result = readiness(replace(GOOD, sleep_score=55.0))
    # 93.5 - 16 + 0.55 x 20 = 88.5, but sleep 55 < 60 is a red flag: EASY
    assert result.score == pytest.approx(88.5, abs=1e-12)
    assert result.red_flags == (RedFlag.POOR_SLEEP,)
    assert result.recommendation is Recommendation.EASY
    assert [t.code for t in result.tips] == [TipCode.SLEEP_MORE]


def test_recovery_with_two_red_flags() -> None:
    result = readiness(replace(GOOD, hrv=hrv(Band.BELOW), resting_hr=rhr(Band.ABOVE)))
    # HRV below 0.2 x 30 = 6; resting HR above 0.2 x 15 = 3; + 16 + 15 + 7.5 + 10 = 57.5
    assert result.score == pytest.approx(57.5, abs=1e-12)
    assert result.red_flags == (RedFlag.LOW_HRV, RedFlag.ELEVATED_RESTING_HR)
    assert result.recommendation is Recommendation.RECOVERY
    assert [t.code for t in result.tips] == [TipCode.EASE_OFF_LOW_HRV, TipCode.CHECK_RESTING_HR]


def test_rest_when_everything_is_bad() -> None:
    inputs = replace(
        GOOD,
        hrv=hrv(Band.BELOW),
        resting_hr=rhr(Band.ABOVE),
        sleep_score=20.0,
        stress_score=90.0,
        acwr_zone=AcwrZone.DANGER,
        feedback=Feedback(day=TODAY, kind=FeedbackKind.HARD, energy=1, soreness=5),
    )
    result = readiness(inputs)
    # 0.2 x 30 + 0.2 x 15 + 0.2 x 20 + 0.1 x 15 + 0 x 10 + 0.4 x 10 = 6 + 3 + 4 + 1.5 + 0 + 4 = 18.5 < 25
    assert result.score == pytest.approx(18.5, abs=1e-12)
    assert result.recommendation is Recommendation.REST
    assert result.red_flags == (
        RedFlag.LOW_HRV,
        RedFlag.ELEVATED_RESTING_HR,
        RedFlag.POOR_SLEEP,
        RedFlag.HIGH_STRESS,
        RedFlag.ACWR_DANGER,
    )


def test_rest_when_pain_is_reported_whatever_the_score() -> None:
    result = readiness(
        replace(GOOD, feedback=Feedback(day=TODAY, kind=FeedbackKind.PAIN, energy=4, soreness=2))
    )
    # 93.5 - 10 (pain scores 0) = 83.5, but pain means REST
    assert result.score == pytest.approx(83.5, abs=1e-12)
    assert result.red_flags == (RedFlag.PAIN_REPORTED,)
    assert result.recommendation is Recommendation.REST
    assert [t.code for t in result.tips] == [TipCode.STOP_FOR_PAIN]


def test_high_stress_is_a_red_flag_above_75() -> None:
    assert readiness(replace(GOOD, stress_score=75.0)).red_flags == ()
    assert readiness(replace(GOOD, stress_score=76.0)).red_flags == (RedFlag.HIGH_STRESS,)


def test_low_confidence_with_fewer_than_three_hrv_readings_in_seven_days() -> None:
    result = readiness(replace(GOOD, hrv=hrv(Band.WITHIN, count=2)))
    assert result.confidence is Confidence.LOW
    assert result.confidence_reasons == (ConfidenceReason.FEW_HRV_READINGS,)
    # score 93.5 would be HIGH_INTENSITY; thin evidence caps it at MODERATE
    assert result.score == pytest.approx(93.5, abs=1e-12)
    assert result.recommendation is Recommendation.MODERATE
    assert [t.code for t in result.tips] == [TipCode.MEASURE_HRV]
    # three readings are enough
    assert readiness(replace(GOOD, hrv=hrv(Band.WITHIN, count=3))).confidence is Confidence.HIGH


def test_low_confidence_without_hrv() -> None:
    result = readiness(replace(GOOD, hrv=None))
    assert result.confidence_reasons == (ConfidenceReason.FEW_HRV_READINGS,)


def test_low_confidence_with_stale_data() -> None:
    old = TODAY - timedelta(days=3)
    inputs = replace(
        GOOD,
        hrv=hrv(Band.WITHIN, latest=old),
        resting_hr=RestingHrBaseline(baseline(Band.WITHIN, latest=old), ()),
        wellness_day=old,
    )
    result = readiness(inputs)
    # newest wellness is 3 days old, more than the 2 days data may be late
    assert result.confidence_reasons == (ConfidenceReason.STALE_DATA,)
    assert TipCode.SYNC_DEVICE in [t.code for t in result.tips]
    two_days = TODAY - timedelta(days=2)
    assert readiness(replace(inputs, wellness_day=two_days)).confidence is Confidence.HIGH


def test_old_feedback_is_not_used() -> None:
    stale = Feedback(day=TODAY - timedelta(days=4), kind=FeedbackKind.PAIN, energy=1, soreness=5)
    result = readiness(replace(GOOD, feedback=stale))
    assert {c.factor for c in result.contributions} == {
        Factor.HRV,
        Factor.RESTING_HR,
        Factor.SLEEP,
        Factor.ACWR,
    }
    assert RedFlag.PAIN_REPORTED not in result.red_flags


def test_skipped_session_is_left_out_of_the_score() -> None:
    result = readiness(replace(GOOD, feedback=Feedback(day=TODAY, kind=FeedbackKind.SKIPPED)))
    assert Factor.SESSION_FEEDBACK not in {c.factor for c in result.contributions}
    assert Factor.CHECK_IN not in {c.factor for c in result.contributions}


def test_under_loading_gives_a_tip_not_a_flag() -> None:
    result = readiness(replace(GOOD, acwr_zone=AcwrZone.UNDER))
    assert result.red_flags == ()
    assert [t.code for t in result.tips] == [TipCode.BUILD_GRADUALLY]


def test_no_factor_means_no_score() -> None:
    result = readiness(ReadinessInputs(today=TODAY))
    assert (result.score, result.recommendation, result.contributions) == (None, None, ())
    assert result.confidence_reasons == (ConfidenceReason.FEW_HRV_READINGS, ConfidenceReason.STALE_DATA)


def test_weights_and_cut_offs_are_parameters() -> None:
    # sleep alone: score 80 with the default cut-offs (easy < 60 <= moderate < 75 <= high)
    params = ReadinessParams(
        weights=FactorWeights(hrv=0, resting_hr=0, acwr=0, check_in=0, session_feedback=0)
    )
    inputs = replace(GOOD, hrv=hrv(Band.WITHIN), sleep_score=80.0)
    result = readiness(inputs, params)
    assert result.score == pytest.approx(80.0, abs=1e-12)
    assert result.recommendation is Recommendation.HIGH_INTENSITY
    stricter = replace(params, moderate_below=85.0)
    assert readiness(inputs, stricter).recommendation is Recommendation.MODERATE


def test_inputs_and_parameters_are_validated() -> None:
    with pytest.raises(ValueError, match="sleep_score"):
        ReadinessInputs(today=TODAY, sleep_score=120.0, wellness_day=TODAY)
    with pytest.raises(ValueError, match="wellness_day"):
        ReadinessInputs(today=TODAY, sleep_score=70.0)
    with pytest.raises(ValueError, match="energy"):
        ReadinessInputs(today=TODAY, feedback=Feedback(day=TODAY, energy=6))
    with pytest.raises(ValueError, match="cut-offs"):
        ReadinessParams(rest_below=50.0, recovery_below=40.0)
