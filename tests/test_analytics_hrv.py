"""HRV baseline: ln rMSSD 7-day mean against the 60-day mean and 0.5 SD band; gaps, artefacts, no mixing."""

from __future__ import annotations

import math
from datetime import date, timedelta

import pytest

from app.analytics.baseline import Band, Windows
from app.analytics.hrv import HrvMetric, HrvParams, HrvReading, hrv_baseline

TODAY = date(2025, 3, 31)
SMALL = Windows(short_days=3, long_days=6, band_sd=0.5, min_short_values=2, min_long_values=4)


def rmssd(days_ago: int, ms: float) -> HrvReading:
    return HrvReading(TODAY - timedelta(days=days_ago), ms, HrvMetric.RMSSD)


def sixty_days(skip: set[int] | None = None, override: dict[int, float] | None = None) -> list[HrvReading]:
    """A reading every morning for 60 days (days_ago 59..0), alternating 55 and 65 ms."""
    values = {i: (55.0 if i % 2 else 65.0) for i in range(60)}
    values.update(override or {})
    return [rmssd(i, v) for i, v in sorted(values.items()) if i not in (skip or set())]


def test_worked_example_below_the_band() -> None:
    # six mornings (windows shortened to 3 and 6 days to keep the arithmetic on paper):
    #   ms:    60        50        70        60        40        45
    #   ln:    4.094345  3.912023  4.248495  4.094345  3.688879  3.806662
    readings = [rmssd(5 - i, ms) for i, ms in enumerate([60.0, 50.0, 70.0, 60.0, 40.0, 45.0])]
    result = hrv_baseline(readings, today=TODAY, params=HrvParams(windows=SMALL)).baseline
    # long mean = 23.844749 / 6 = 3.974125
    # squared deviations: 0.014453 0.003857 0.075279 0.014453 0.081365 0.028044 = 0.217451
    # sample SD = sqrt(0.217451 / 5) = 0.208543; band = 3.974125 -/+ 0.5 x 0.208543 = 3.869854 .. 4.078396
    assert result.long_mean == pytest.approx(3.974125, abs=1e-6)
    assert result.long_sd == pytest.approx(0.208543, abs=1e-6)
    assert (result.band_low, result.band_high) == pytest.approx((3.869854, 4.078396), abs=1e-6)
    # short mean (last 3) = (4.094345 + 3.688879 + 3.806662) / 3 = 3.863295 < 3.869854: BELOW
    assert result.short_mean == pytest.approx(3.863295, abs=1e-6)
    assert result.band is Band.BELOW
    assert (result.short_count, result.long_count, result.latest_day) == (3, 6, TODAY)


def test_default_windows_within_the_band() -> None:
    result = hrv_baseline(sixty_days(), today=TODAY).baseline
    # 7 days: 4 x ln 65 + 3 x ln 55 against 30 x ln 65 + 30 x ln 55: inside 0.5 SD
    assert result.short_count == 7
    assert result.long_count == 60
    assert result.short_mean == pytest.approx((4 * math.log(65) + 3 * math.log(55)) / 7, rel=1e-12)
    assert result.long_mean == pytest.approx((math.log(65) + math.log(55)) / 2, rel=1e-12)
    assert result.band is Band.WITHIN


def test_gaps_fewer_than_three_readings_in_seven_days_give_no_band() -> None:
    result = hrv_baseline(sixty_days(skip={0, 1, 3, 4, 6}), today=TODAY).baseline
    assert result.short_count == 2
    assert result.short_mean is None
    assert result.band is None
    # the 60-day norm is still known (55 readings)
    assert result.long_count == 55
    assert result.long_mean is not None
    assert result.latest_day == TODAY - timedelta(days=2)


def test_too_little_history_gives_no_baseline() -> None:
    readings = [rmssd(i, 60.0 + i) for i in range(10)]
    result = hrv_baseline(readings, today=TODAY).baseline
    # 10 readings < 14 for the 60-day SD
    assert result.short_mean is not None
    assert (result.long_mean, result.long_sd, result.band) == (None, None, None)


def test_artefacts_are_rejected_not_averaged() -> None:
    # a 2000 ms reading (missed beats) and a 0 ms one (failed measurement) in the last week
    result = hrv_baseline(sixty_days(override={1: 2000.0, 3: 0.0}), today=TODAY)
    assert result.rejected_days == (TODAY - timedelta(days=3), TODAY - timedelta(days=1))
    # the 5 valid mornings: days 0, 2, 4, 6 at 65 ms and day 5 at 55 ms
    assert result.baseline.short_count == 5
    assert result.baseline.short_mean == pytest.approx((4 * math.log(65) + math.log(55)) / 5, rel=1e-12)


def test_a_plausible_odd_night_is_kept_and_damped_by_the_seven_day_mean() -> None:
    readings = [rmssd(i, 60.0) for i in range(1, 60)] + [rmssd(0, 150.0)]
    result = hrv_baseline(readings, today=TODAY).baseline
    # (6 x ln 60 + ln 150) / 7 = ln 60 + ln(150/60) / 7 = 4.094345 + 0.916291 / 7 = 4.225243
    assert result.short_mean == pytest.approx(4.225243, abs=1e-6)


def test_rmssd_and_sdnn_are_never_mixed() -> None:
    readings = [*sixty_days(), HrvReading(TODAY - timedelta(days=60), 80.0, HrvMetric.SDNN)]
    with pytest.raises(ValueError, match="never mixed"):
        hrv_baseline(readings, today=TODAY)
    sdnn_only = [HrvReading(r.day, r.value_ms, HrvMetric.SDNN) for r in sixty_days()]
    with pytest.raises(ValueError, match="never mixed"):
        hrv_baseline(sdnn_only, today=TODAY)
    # an SDNN baseline takes SDNN readings
    result = hrv_baseline(sdnn_only, today=TODAY, params=HrvParams(metric=HrvMetric.SDNN))
    assert result.metric is HrvMetric.SDNN
    assert result.baseline.band is Band.WITHIN


def test_two_readings_for_one_day_are_refused() -> None:
    with pytest.raises(ValueError, match="two values"):
        hrv_baseline([*sixty_days(), rmssd(0, 61.0)], today=TODAY)


def test_readings_after_today_are_ignored() -> None:
    future = [rmssd(-1, 20.0), rmssd(-2, 20.0)]
    assert (
        hrv_baseline(sixty_days() + future, today=TODAY).baseline
        == hrv_baseline(sixty_days(), today=TODAY).baseline
    )
