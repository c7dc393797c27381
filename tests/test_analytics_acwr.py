"""ACWR: rolling coupled, rolling uncoupled and EWMA; the not-enough-history rule; configurable zones."""

from __future__ import annotations

import pytest

from app.analytics.acwr import AcwrMethod, AcwrParams, AcwrZone, AcwrZones, acwr_series, classify_acwr, ewma

# 21 days at 100 then a week at 200: a 28-day series whose last day is t = 27
SPIKE = [100.0] * 21 + [200.0] * 7


def test_rolling_coupled_worked_example() -> None:
    days = acwr_series(SPIKE, AcwrParams(method=AcwrMethod.ROLLING_COUPLED))
    last = days[27]
    # acute = mean of days 21..27 = 200
    assert last.acute == 200.0
    # chronic = mean of days 0..27, the acute week included: (21 x 100 + 7 x 200) / 28 = 3500 / 28 = 125
    assert last.chronic == 125.0
    # ratio = 200 / 125 = 1.6
    assert last.ratio == 1.6


def test_rolling_uncoupled_worked_example() -> None:
    days = acwr_series(SPIKE, AcwrParams(method=AcwrMethod.ROLLING_UNCOUPLED))
    last = days[27]
    # chronic = mean of days t-27..t-7 = days 0..20 = 100 (21 days, the acute week left out)
    assert last.acute == 200.0
    assert last.chronic == 100.0
    assert last.ratio == 2.0


def test_ewma_worked_example() -> None:
    # lambda acute = 2 / (7 + 1) = 0.25; lambda chronic = 2 / (28 + 1) = 2/29 = 0.068966
    loads = [100.0] * 27 + [200.0]
    days = acwr_series(loads, AcwrParams(method=AcwrMethod.EWMA))
    # seeded with the first load (100), both stay 100 through day 26
    assert days[26].acute == 100.0
    assert days[26].chronic == pytest.approx(100.0, rel=1e-15)
    # day 27: acute = 200 x 0.25 + 100 x 0.75 = 125
    #         chronic = 200 x 2/29 + 100 x 27/29 = (400 + 2700) / 29 = 106.896552
    #         ratio = 125 / 106.896552 = 1.169355
    assert days[27].acute == 125.0
    assert days[27].chronic == pytest.approx(3100 / 29, rel=1e-12)
    assert days[27].ratio == pytest.approx(1.169355, abs=1e-6)


def test_ewma_first_days_from_the_seed() -> None:
    days = acwr_series([100.0, 0.0, 200.0], AcwrParams(method=AcwrMethod.EWMA))
    # acute: 100; 0 x 0.25 + 100 x 0.75 = 75; 200 x 0.25 + 75 x 0.75 = 50 + 56.25 = 106.25
    assert [d.acute for d in days] == [100.0, 75.0, 106.25]
    # chronic: 100; 100 x 27/29 = 93.103448; 200 x 2/29 + 93.103448 x 27/29 = 13.793103 + 86.682521 = 100.475624
    assert [d.chronic for d in days] == pytest.approx([100.0, 93.103448, 100.475624], abs=1e-6)
    # three days are not 28: no ratio yet
    assert [d.ratio for d in days] == [None, None, None]


def test_ewma_seeded_with_zero_shows_the_lag_of_the_chronic_average() -> None:
    days = acwr_series([100.0] * 28, AcwrParams(method=AcwrMethod.EWMA, ewma_initial=0.0))
    # after 28 days from 0: acute = 100 (1 - 0.75^28), chronic = 100 (1 - (27/29)^28)
    #   (27/29)^28 = 0.135220, so acute = 99.968252 and chronic = 86.477984:
    #   a ratio of 99.968252 / 86.477984 = 1.155997 for a steady load
    assert days[27].acute == pytest.approx(100 * (1 - 0.75**28), rel=1e-12)
    assert days[27].chronic == pytest.approx(100 * (1 - (27 / 29) ** 28), rel=1e-12)
    assert days[27].ratio == pytest.approx(1.155997, abs=1e-6)


def test_ewma_helper_uses_lambda_two_over_n_plus_one() -> None:
    # N = 3: lambda = 0.5; 40 x 0.5 + 10 x 0.5 = 25
    assert ewma(10.0, 40.0, 3) == 25.0


def test_not_enough_history_means_no_ratio_for_every_method() -> None:
    for method in AcwrMethod:
        days = acwr_series(SPIKE, AcwrParams(method=method))
        # 27 days of history (t = 26) are not enough; 28 (t = 27) are
        assert all(d.ratio is None for d in days[:27]), method
        assert days[27].ratio is not None, method


def test_rolling_windows_fill_separately() -> None:
    days = acwr_series(SPIKE)
    assert days[5].acute is None
    assert days[6].acute == 100.0  # days 0..6
    assert days[26].chronic is None
    assert days[27].chronic == 125.0


def test_no_chronic_load_means_no_ratio() -> None:
    # a rest month: chronic 0, ratio None rather than a division by zero
    assert acwr_series([0.0] * 28)[27].ratio is None
    # uncoupled: three rest weeks then a training week, chronic (days 0..20) is 0 while acute is 100
    day = acwr_series([0.0] * 21 + [100.0] * 7, AcwrParams(method=AcwrMethod.ROLLING_UNCOUPLED))[27]
    assert (day.acute, day.chronic, day.ratio) == (100.0, 0.0, None)


def test_zones_with_the_default_contested_thresholds() -> None:
    assert classify_acwr(0.79) is AcwrZone.UNDER
    assert classify_acwr(0.8) is AcwrZone.SWEET_SPOT
    assert classify_acwr(1.3) is AcwrZone.SWEET_SPOT
    assert classify_acwr(1.31) is AcwrZone.CAUTION
    assert classify_acwr(1.5) is AcwrZone.CAUTION
    assert classify_acwr(1.6) is AcwrZone.DANGER
    assert classify_acwr(None) is None


def test_zones_follow_the_given_thresholds() -> None:
    zones = AcwrZones(sweet_spot_low=0.9, sweet_spot_high=1.2, danger_above=1.4)
    assert classify_acwr(0.85, zones) is AcwrZone.UNDER
    assert classify_acwr(1.25, zones) is AcwrZone.CAUTION
    assert classify_acwr(1.45, zones) is AcwrZone.DANGER


def test_bad_parameters_are_refused() -> None:
    with pytest.raises(ValueError, match="acute_days < chronic_days"):
        AcwrParams(acute_days=28, chronic_days=28)
    with pytest.raises(ValueError, match="thresholds"):
        AcwrZones(sweet_spot_low=1.4, sweet_spot_high=1.3)
    with pytest.raises(ValueError, match="daily load"):
        acwr_series([-1.0])
