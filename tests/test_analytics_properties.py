"""Properties of the analytics functions that hold for any input, checked with hypothesis."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.analytics.acwr import AcwrMethod, AcwrParams, AcwrZone, acwr_series
from app.analytics.baseline import Band, Baseline
from app.analytics.daily_load import TimedLoad, daily_loads, local_day
from app.analytics.fitness import Convention, FitnessParams, fitness_series
from app.analytics.hrv import HrvBaseline, HrvMetric
from app.analytics.monotony import MonotonyParams, week_monotony
from app.analytics.readiness import Feedback, ReadinessInputs, readiness
from app.analytics.readiness_params import FeedbackKind, Recommendation
from app.analytics.stats import SdKind

# no deadline: machines differ in speed, and a slow example is not a wrong one.
# Hypothesis keeps its example database in .hypothesis/, which it git-ignores itself.
PROPERTY = settings(deadline=None, max_examples=150)
ZONES = ["UTC", "Europe/Oslo", "America/New_York", "Australia/Lord_Howe", "Asia/Kathmandu", "Pacific/Chatham"]
YEAR_START = datetime(2024, 1, 1, tzinfo=UTC)
loads = st.lists(st.integers(min_value=0, max_value=2000).map(float), min_size=1, max_size=120)


@PROPERTY
@given(
    zone=st.sampled_from(ZONES),
    sessions=st.lists(
        st.tuples(
            st.integers(min_value=0, max_value=2 * 366 * 86400), st.integers(min_value=0, max_value=1000)
        ),
        min_size=1,
        max_size=60,
    ),
)
def test_daily_series_keeps_every_load_and_every_day(zone: str, sessions: list[tuple[int, int]]) -> None:
    timed = [TimedLoad(YEAR_START + timedelta(seconds=s), float(load)) for s, load in sessions]
    days = [local_day(t.at, zone) for t in timed]
    start, end = min(days), max(days)
    series = daily_loads(timed, timezone=ZoneInfo(zone), start=start, end=end)
    assert len(series) == (end - start).days + 1
    assert [d.day for d in series] == [start + timedelta(days=i) for i in range(len(series))]
    # integer loads: the sums are exact
    assert math.fsum(d.load for d in series) == math.fsum(t.load for t in timed)


@PROPERTY
@given(values=loads)
def test_ewma_averages_stay_between_the_smallest_and_largest_load(values: list[float]) -> None:
    low, high = min(values), max(values)
    for day in acwr_series(values, AcwrParams(method=AcwrMethod.EWMA)):
        assert day.acute is not None and day.chronic is not None
        assert low - 1e-9 <= day.acute <= high + 1e-9
        assert low - 1e-9 <= day.chronic <= high + 1e-9


@PROPERTY
@given(
    values=loads, convention=st.sampled_from(list(Convention)), start=st.floats(min_value=0, max_value=500)
)
def test_fitness_and_fatigue_stay_between_the_bounds_of_loads_and_start(
    values: list[float], convention: Convention, start: float
) -> None:
    params = FitnessParams(convention=convention, initial_fitness=start, initial_fatigue=start)
    low, high = min([*values, start]), max([*values, start])
    for day in fitness_series(values, params):
        assert low - 1e-9 <= day.fitness <= high + 1e-9
        assert low - 1e-9 <= day.fatigue <= high + 1e-9


@PROPERTY
@given(week=st.lists(st.integers(min_value=0, max_value=2000).map(float), min_size=7, max_size=7))
def test_population_and_sample_monotony_differ_by_root_seven_sixths(week: list[float]) -> None:
    population = week_monotony(week).monotony
    sample = week_monotony(week, MonotonyParams(sd=SdKind.SAMPLE)).monotony
    if population is None or sample is None:
        assert population is None and sample is None and len(set(week)) == 1
    else:
        assert population / sample == pytest.approx(math.sqrt(7 / 6), rel=1e-9)


TODAY = date(2025, 6, 2)
maybe_band = st.none() | st.sampled_from(list(Band))


def hrv_of(band: Band | None, count: int) -> HrvBaseline | None:
    if band is None:
        return None
    base = Baseline(TODAY, 4.0, count, 4.0, 0.1, 60, 3.95, 4.05, band, TODAY)
    return HrvBaseline(HrvMetric.RMSSD, base, ())


@PROPERTY
@given(
    band=maybe_band,
    count=st.integers(min_value=0, max_value=7),
    sleep=st.none() | st.floats(min_value=0, max_value=100),
    zone=st.none() | st.sampled_from(list(AcwrZone)),
    kind=st.none() | st.sampled_from(list(FeedbackKind)),
    energy=st.none() | st.integers(min_value=1, max_value=5),
    soreness=st.none() | st.integers(min_value=1, max_value=5),
)
def test_readiness_score_is_bounded_and_made_of_its_contributions(
    band: Band | None,
    count: int,
    sleep: float | None,
    zone: AcwrZone | None,
    kind: FeedbackKind | None,
    energy: int | None,
    soreness: int | None,
) -> None:
    inputs = ReadinessInputs(
        today=TODAY,
        hrv=hrv_of(band, count),
        sleep_score=sleep,
        wellness_day=TODAY if sleep is not None else None,
        acwr_zone=zone,
        feedback=Feedback(day=TODAY, kind=kind, energy=energy, soreness=soreness),
    )
    result = readiness(inputs)
    if result.score is None:
        assert result.contributions == ()
        return
    assert 0.0 <= result.score <= 100.0 + 1e-9
    assert math.isclose(result.score, math.fsum(c.points for c in result.contributions), abs_tol=1e-9)
    assert math.isclose(math.fsum(c.share for c in result.contributions), 1.0, abs_tol=1e-12)
    if kind is FeedbackKind.PAIN:
        assert result.recommendation is Recommendation.REST
