"""The daily series: worked examples, and equal to the whole-series formulas wherever it starts."""

from __future__ import annotations

import math
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.analytics.acwr import AcwrMethod, AcwrParams, AcwrZone, acwr_series
from app.analytics.baseline import DailyValue, Windows, baseline_series, compare_to_baseline
from app.analytics.fitness import Convention, FitnessParams, FormDay, fitness_series
from app.analytics.hrv import HrvMetric, HrvReading, hrv_baseline, hrv_baseline_series
from app.analytics.monotony import rolling_monotony
from app.analytics.params import AnalyticsParams
from app.analytics.ramp import ramp_rates
from app.analytics.resting_hr import RestingHrReading, resting_hr_baseline, resting_hr_baseline_series
from app.analytics.series import load_days
from app.analytics.stats import SdKind

PROPERTY = settings(deadline=None, max_examples=120)
FIRST = date(2025, 1, 6)
loads = st.lists(st.integers(min_value=0, max_value=1500).map(float), min_size=1, max_size=100)
params_st = st.builds(
    AnalyticsParams,
    fitness_convention=st.sampled_from(Convention),
    form_of=st.sampled_from(FormDay),
    acwr_method=st.sampled_from(AcwrMethod),
    monotony_sd=st.sampled_from(SdKind),
    fitness_days=st.sampled_from([42.0, 28.0]),
    acwr_chronic_days=st.sampled_from([28, 21]),
)


def test_worked_example_three_days_both_conventions() -> None:
    days = load_days(FIRST, [100.0, 0.0, 50.0], AnalyticsParams())
    tp, gc = [d.trainingpeaks for d in days], [d.goldencheetah for d in days]
    # TrainingPeaks: fitness 0 + (100 - 0)/42 = 2.380952; then 2.380952 + (0 - 2.380952)/42 = 2.324263;
    #   then 2.324263 + (50 - 2.324263)/42 = 3.459399. Fatigue (k = 7): 14.285714, 12.244898, 17.638484
    assert [x.fitness for x in tp] == pytest.approx([2.380952, 2.324263, 3.459399], abs=1e-6)
    assert [x.fatigue for x in tp] == pytest.approx([14.285714, 12.244898, 17.638484], abs=1e-6)
    # form of yesterday: 0 - 0 = 0; 2.380952 - 14.285714 = -11.904762; 2.324263 - 12.244898 = -9.920635
    assert [x.form for x in tp] == pytest.approx([0.0, -11.904762, -9.920635], abs=1e-6)
    # GoldenCheetah: 1 - e^(-1/42) = 0.0235283; fitness 100 x 0.0235283 = 2.352831;
    #   2.352831 x e^(-1/42) = 2.297473; 2.297473 x e^(-1/42) + 50 x 0.0235283 = 3.419833
    assert [x.fitness for x in gc] == pytest.approx([2.352831, 2.297473, 3.419833], abs=1e-6)
    # three days: no 7-day window, no ramp, no ratio yet
    assert [(d.acute, d.chronic, d.acwr, d.zone, d.week) for d in days] == [
        (None, None, None, None, None)
    ] * 3
    assert [x.ramp for x in tp] == [None, None, None]


def test_worked_example_form_of_today_and_acwr_zone() -> None:
    p = AnalyticsParams(form_of=FormDay.TODAY)
    days = load_days(FIRST, [100.0] * 21 + [200.0] * 7, p)
    last = days[27]
    # fitness and fatigue of the day itself: form = fitness - fatigue of day 27
    assert last.trainingpeaks.form == last.trainingpeaks.fitness - last.trainingpeaks.fatigue
    # rolling coupled: acute 200, chronic (21 x 100 + 7 x 200) / 28 = 125, ratio 1.6 -> danger (> 1.5)
    assert (last.acute, last.chronic, last.acwr, last.zone) == (200.0, 125.0, 1.6, AcwrZone.DANGER)
    # ramp over 7 days: fitness of day 27 - fitness of day 20
    assert last.trainingpeaks.ramp == last.trainingpeaks.fitness - days[20].trainingpeaks.fitness
    # monotony of the last 7 days (all 200): SD 0, so monotony and strain are undefined
    assert last.week is not None and last.week.weekly_load == 1400.0 and last.week.monotony is None


@PROPERTY
@given(values=loads, p=params_st)
def test_the_series_equals_the_whole_series_formulas(values: list[float], p: AnalyticsParams) -> None:
    days = load_days(FIRST, values, p)
    acwr = acwr_series(values, AcwrParams(method=p.acwr_method, chronic_days=p.acwr_chronic_days))
    assert [(d.acute, d.chronic, d.acwr) for d in days] == [(a.acute, a.chronic, a.ratio) for a in acwr]
    for convention in Convention:
        fitness = fitness_series(
            values, FitnessParams(convention=convention, fitness_days=p.fitness_days, form_of=p.form_of)
        )
        model = [d.model(convention) for d in days]
        assert [(m.fitness, m.fatigue, m.form) for m in model] == [
            (f.fitness, f.fatigue, f.form) for f in fitness
        ]
        assert [m.ramp for m in model] == list(ramp_rates([f.fitness for f in fitness]))
    assert [d.week for d in days] == list(rolling_monotony(values, p.monotony))


@PROPERTY
@given(values=loads, p=params_st, split=st.integers(min_value=1, max_value=99))
def test_continuing_from_stored_days_equals_starting_over(
    values: list[float], p: AnalyticsParams, split: int
) -> None:
    whole = load_days(FIRST, values, p)
    cut = min(split, len(values) - 1)
    if cut < 1:
        return
    previous = whole[max(0, cut - p.lookback_days) : cut]
    continued = load_days(FIRST + timedelta(days=cut), values[cut:], p, previous)
    assert continued == whole[cut:]


def test_a_continuation_must_follow_its_previous_days() -> None:
    days = load_days(FIRST, [10.0, 20.0], AnalyticsParams())
    with pytest.raises(ValueError, match="must end on"):
        load_days(FIRST + timedelta(days=5), [1.0], AnalyticsParams(), days)


day_values = st.lists(
    st.tuples(st.integers(min_value=0, max_value=120), st.floats(min_value=2.0, max_value=5.5)),
    max_size=90,
    unique_by=lambda t: t[0],
)


@PROPERTY
@given(raw=day_values)
def test_the_baseline_series_equals_the_baseline_of_each_day(raw: list[tuple[int, float]]) -> None:
    values = sorted((DailyValue(FIRST + timedelta(days=d), v) for d, v in raw), key=lambda v: v.day)
    days = [FIRST + timedelta(days=i) for i in range(0, 125, 3)]
    windows = Windows()
    assert baseline_series(values, days, windows=windows) == [
        compare_to_baseline([v for v in values if d - timedelta(days=59) <= v.day], today=d, windows=windows)
        for d in days
    ]


hrv_days = st.lists(
    st.tuples(st.integers(min_value=0, max_value=90), st.sampled_from([0.0, 25.0, 48.5, 61.0, 75.0, 400.0])),
    max_size=80,
    unique_by=lambda t: t[0],
)


@PROPERTY
@given(raw=hrv_days)
def test_hrv_and_resting_hr_series_equal_the_baseline_of_each_days_window(
    raw: list[tuple[int, float]],
) -> None:
    readings = sorted(
        (HrvReading(FIRST + timedelta(days=d), v, HrvMetric.RMSSD) for d, v in raw), key=lambda r: r.day
    )
    days = [FIRST + timedelta(days=i) for i in range(0, 95, 4)]
    series = hrv_baseline_series(readings, days)
    for day, found in zip(days, series, strict=True):
        window = [r for r in readings if day - timedelta(days=59) <= r.day <= day]
        assert found == hrv_baseline(window, today=day)
    heart = sorted((RestingHrReading(r.day, r.value_ms) for r in readings), key=lambda r: r.day)
    for day, found_hr in zip(days, resting_hr_baseline_series(heart, days), strict=True):
        assert found_hr == resting_hr_baseline(
            [r for r in heart if day - timedelta(days=59) <= r.day <= day], today=day
        )


def test_an_hrv_gap_is_a_gap_and_an_outlier_is_rejected() -> None:
    # 20 mornings at 60 ms, a 10-day gap (no readings: not zeros), then a failed reading of 0 ms
    readings = [HrvReading(FIRST + timedelta(days=i), 60.0, HrvMetric.RMSSD) for i in range(20)]
    readings.append(HrvReading(FIRST + timedelta(days=30), 0.0, HrvMetric.RMSSD))
    day = FIRST + timedelta(days=30)
    [found] = hrv_baseline_series(readings, [day])
    # the 7-day window holds no valid reading: no short mean, no band, and the artefact is named
    assert found.baseline.short_count == 0 and found.baseline.band is None
    assert found.rejected_days == (day,)
    # the long window still holds the 20 valid mornings: ln 60 = 4.094345, SD 0
    assert found.baseline.long_count == 20
    assert found.baseline.long_mean == pytest.approx(math.log(60.0), abs=1e-12)
