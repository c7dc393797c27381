"""Resting-HR baseline: 7-day mean against the 60-day mean and band, artefacts rejected."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.analytics.baseline import Band, Windows
from app.analytics.resting_hr import RestingHrParams, RestingHrReading, resting_hr_baseline

TODAY = date(2025, 10, 27)


def bpm(days_ago: int, value: float) -> RestingHrReading:
    return RestingHrReading(TODAY - timedelta(days=days_ago), value)


def test_worked_example_above_the_band() -> None:
    # windows of 3 and 6 days keep the arithmetic on paper; bpm: 50 52 48 50 56 58
    windows = Windows(short_days=3, long_days=6, band_sd=0.5, min_short_values=2, min_long_values=4)
    readings = [bpm(5 - i, v) for i, v in enumerate([50.0, 52.0, 48.0, 50.0, 56.0, 58.0])]
    result = resting_hr_baseline(readings, today=TODAY, params=RestingHrParams(windows=windows)).baseline
    # long mean = 314 / 6 = 52.333333
    # squared deviations: 5.444 0.111 18.778 5.444 13.444 32.111 = 75.333; sample SD = sqrt(75.333 / 5) = 3.881580
    # band = 52.333333 -/+ 1.940790 = 50.392543 .. 54.274124
    assert result.long_mean == pytest.approx(52.333333, abs=1e-6)
    assert result.long_sd == pytest.approx(3.881580, abs=1e-6)
    assert (result.band_low, result.band_high) == pytest.approx((50.392543, 54.274124), abs=1e-6)
    # short mean = (50 + 56 + 58) / 3 = 54.666667 > 54.274124: ABOVE, the warning side
    assert result.short_mean == pytest.approx(54.666667, abs=1e-6)
    assert result.band is Band.ABOVE


def test_default_windows_and_rejected_artefacts() -> None:
    readings = [bpm(i, 48.0 if i % 2 else 52.0) for i in range(60)]
    readings[0] = bpm(0, 0.0)  # a strap that lost contact
    result = resting_hr_baseline(readings, today=TODAY)
    assert result.rejected_days == (TODAY,)
    # days 1..6: three at 48 and three at 52, mean 50
    assert result.baseline.short_count == 6
    assert result.baseline.short_mean == 50.0
    assert result.baseline.band is Band.WITHIN
    assert result.baseline.latest_day == TODAY - timedelta(days=1)


def test_bad_plausible_range_is_refused() -> None:
    with pytest.raises(ValueError, match="valid_bpm"):
        RestingHrParams(valid_bpm=(100.0, 30.0))
