"""Readiness with a morning check-in: its four scales are the subjective factor, with their red flags."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.analytics.readiness import CheckInValues, Feedback, ReadinessInputs, RedFlag, readiness
from app.analytics.readiness_params import Factor, FeedbackKind

TODAY = date(2025, 6, 2)


def test_worked_example_check_in_factor() -> None:
    check_in = CheckInValues(TODAY, energy=4, soreness=2, sleep_quality=3, stress=2)
    result = readiness(
        ReadinessInputs(
            today=TODAY,
            sleep_score=70.0,
            wellness_day=TODAY,
            check_in=check_in,
            feedback=Feedback(day=TODAY - timedelta(days=1), kind=FeedbackKind.HARD, energy=1, soreness=5),
        )
    )
    # check-in: energy (4-1)/4 = 0.75, soreness (5-2)/4 = 0.75, sleep quality (3-1)/4 = 0.5,
    #   stress (5-2)/4 = 0.75: mean 0.6875. The feedback's energy and soreness are not used
    #   (the check-in is the subjective factor); its verdict "hard" is 0.4.
    # weights present: sleep 0.20, check-in 0.10, feedback 0.10 (sum 0.40):
    #   sleep 100 x 0.5 x 0.7 = 35; check-in 100 x 0.25 x 0.6875 = 17.1875; feedback 100 x 0.25 x 0.4 = 10
    points = {c.factor: c.points for c in result.contributions}
    assert points == pytest.approx(
        {Factor.SLEEP: 35.0, Factor.CHECK_IN: 17.1875, Factor.SESSION_FEEDBACK: 10.0}
    )
    assert result.score == pytest.approx(62.1875)
    assert result.red_flags == ()


def test_a_stressed_and_sleepless_check_in_raises_its_flags() -> None:
    check_in = CheckInValues(TODAY, energy=2, soreness=3, sleep_quality=1, stress=5)
    result = readiness(ReadinessInputs(today=TODAY, check_in=check_in))
    assert result.red_flags == (RedFlag.POOR_SLEEP, RedFlag.HIGH_STRESS)
    # (0.25 + 0.5 + 0 + 0) / 4 = 0.1875: the only factor, so 18.75
    assert result.score == pytest.approx(18.75)


def test_an_old_check_in_is_not_used() -> None:
    old = CheckInValues(TODAY - timedelta(days=4), energy=5, soreness=1, sleep_quality=5, stress=1)
    result = readiness(ReadinessInputs(today=TODAY, check_in=old))
    assert result.score is None and result.contributions == ()


def test_check_in_scales_are_checked() -> None:
    with pytest.raises(ValueError, match="check-in stress"):
        ReadinessInputs(today=TODAY, check_in=CheckInValues(TODAY, 3, 3, 3, 6))
