"""Monotony and strain (Foster 1998): population and sample SD, and the rule when SD is 0."""

from __future__ import annotations

import math

import pytest

from app.analytics.monotony import MonotonyParams, rolling_monotony, week_monotony
from app.analytics.stats import SdKind, standard_deviation

WEEK = [100.0, 0.0, 200.0, 100.0, 0.0, 150.0, 50.0]


def test_worked_example_with_the_population_sd() -> None:
    result = week_monotony(WEEK)
    # weekly load 600, mean 600 / 7 = 85.714286
    assert result.weekly_load == 600.0
    assert result.mean == pytest.approx(85.714286, abs=1e-6)
    # sum of squares 10000 + 0 + 40000 + 10000 + 0 + 22500 + 2500 = 85000
    # squared deviations: 85000 - 7 x (600/7)^2 = 85000 - 51428.571 = 33571.429
    # population SD = sqrt(33571.429 / 7) = sqrt(4795.918) = 69.252569
    assert result.sd == pytest.approx(69.252569, abs=1e-6)
    # monotony = 85.714286 / 69.252569 = 1.237705; strain = 600 x 1.237705 = 742.623297
    assert result.monotony == pytest.approx(1.237705, abs=1e-6)
    assert result.strain == pytest.approx(742.623297, abs=1e-6)


def test_worked_example_with_the_sample_sd() -> None:
    result = week_monotony(WEEK, MonotonyParams(sd=SdKind.SAMPLE))
    # sample SD = sqrt(33571.429 / 6) = sqrt(5595.238) = 74.801324
    assert result.sd == pytest.approx(74.801324, abs=1e-6)
    # monotony = 85.714286 / 74.801324 = 1.145893; strain = 687.535575
    assert result.monotony == pytest.approx(1.145893, abs=1e-6)
    assert result.strain == pytest.approx(687.535575, abs=1e-6)
    # the two differ by sqrt(7/6)
    population = week_monotony(WEEK).monotony
    assert population is not None and result.monotony is not None
    assert population / result.monotony == pytest.approx(math.sqrt(7 / 6), rel=1e-12)


def test_sd_zero_gives_no_monotony_and_no_strain() -> None:
    same = week_monotony([100.0] * 7)
    assert (same.weekly_load, same.mean, same.sd, same.monotony, same.strain) == (
        700.0,
        100.0,
        0.0,
        None,
        None,
    )
    rest = week_monotony([0.0] * 7)
    assert (rest.weekly_load, rest.sd, rest.monotony, rest.strain) == (0.0, 0.0, None, None)


def test_equal_loads_that_are_not_exact_binary_fractions_still_have_sd_zero() -> None:
    # fsum([0.1] * 7) / 7 is not exactly 0.1; the SD must still be exactly 0, not 1e-17
    assert standard_deviation([0.1] * 7, SdKind.POPULATION) == 0.0
    assert week_monotony([0.1] * 7).monotony is None


def test_a_week_has_seven_days() -> None:
    with pytest.raises(ValueError, match="7 daily loads"):
        week_monotony([100.0] * 6)


def test_rolling_monotony_over_a_daily_series() -> None:
    series = [*WEEK, 100.0]
    result = rolling_monotony(series)
    assert result[:6] == (None,) * 6
    assert result[6] == week_monotony(WEEK)
    # day 7's week: 0, 200, 100, 0, 150, 50, 100 (sum 600 again, same values reordered) -> same monotony
    assert result[7] is not None and result[7].monotony == pytest.approx(1.237705, abs=1e-6)
