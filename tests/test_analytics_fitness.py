"""Fitness, fatigue and form in both published conventions; form of yesterday or today; ramp rate."""

from __future__ import annotations

import math

import pytest

from app.analytics.fitness import Convention, FitnessParams, FormDay, ewma_step, fitness_series
from app.analytics.ramp import ramp_rates

LOADS = [100.0, 0.0, 50.0]


def test_trainingpeaks_worked_example_form_of_yesterday() -> None:
    days = fitness_series(LOADS)  # defaults: TrainingPeaks, k 42 and 7, start 0, form of yesterday

    # fitness, x += (load - x) / 42:
    #   day 1: 0 + (100 - 0) / 42                 = 2.380952
    #   day 2: 2.380952 + (0 - 2.380952) / 42     = 2.380952 x 41/42 = 2.324263
    #   day 3: 2.324263 + (50 - 2.324263) / 42    = 2.324263 + 1.135137 = 3.459400
    assert [d.fitness for d in days] == pytest.approx([2.380952, 2.324263, 3.459400], abs=1e-6)
    assert days[0].fitness == 100 / 42
    # fatigue, x += (load - x) / 7:
    #   day 1: 100 / 7 = 14.285714; day 2: 14.285714 x 6/7 = 12.244898
    #   day 3: 12.244898 + (50 - 12.244898) / 7 = 12.244898 + 5.393586 = 17.638484
    assert [d.fatigue for d in days] == pytest.approx([14.285714, 12.244898, 17.638484], abs=1e-6)
    # form of yesterday: day 1 uses the initial values 0 - 0 = 0;
    #   day 2: 2.380952 - 14.285714 = -11.904762; day 3: 2.324263 - 12.244898 = -9.920635
    assert [d.form for d in days] == pytest.approx([0.0, -11.904762, -9.920635], abs=1e-6)


def test_trainingpeaks_form_of_today() -> None:
    days = fitness_series(LOADS, FitnessParams(form_of=FormDay.TODAY))
    # same fitness and fatigue; form = today's fitness - today's fatigue:
    #   2.380952 - 14.285714 = -11.904762; 2.324263 - 12.244898 = -9.920635;
    #   3.459400 - 17.638484 = -14.179084
    assert [d.form for d in days] == pytest.approx([-11.904762, -9.920635, -14.179084], abs=1e-6)


def test_goldencheetah_worked_example() -> None:
    days = fitness_series(LOADS, FitnessParams(convention=Convention.GOLDENCHEETAH))

    # x = x e^(-1/k) + load (1 - e^(-1/k)); e^(-1/42) = 0.976472, so 1 - it = 0.023528
    #   day 1: 100 x 0.023528 = 2.352831
    #   day 2: 2.352831 x 0.976472 = 2.297473
    #   day 3: 2.297473 x 0.976472 + 50 x 0.023528 = 2.243418 + 1.176416 = 3.419833
    assert [d.fitness for d in days] == pytest.approx([2.352831, 2.297473, 3.419833], abs=1e-6)
    assert days[0].fitness == pytest.approx(100 * (1 - math.exp(-1 / 42)), rel=1e-15)
    # e^(-1/7) = 0.866878, 1 - it = 0.133122
    #   day 1: 13.312210; day 2: 13.312210 x 0.866878 = 11.540061
    #   day 3: 11.540061 x 0.866878 + 50 x 0.133122 = 10.003824 + 6.656105 = 16.659929
    assert [d.fatigue for d in days] == pytest.approx([13.312210, 11.540061, 16.659929], abs=1e-6)
    # form of yesterday: 0; 2.352831 - 13.312210 = -10.959379; 2.297473 - 11.540061 = -9.242587
    assert [d.form for d in days] == pytest.approx([0.0, -10.959379, -9.242587], abs=1e-6)


def test_goldencheetah_form_of_today() -> None:
    params = FitnessParams(convention=Convention.GOLDENCHEETAH, form_of=FormDay.TODAY)
    days = fitness_series(LOADS, params)
    # 3.419833 - 16.659929 = -13.240096 on day 3
    assert [d.form for d in days] == pytest.approx([-10.959379, -9.242587, -13.240096], abs=1e-6)


def test_initial_values_continue_an_earlier_series() -> None:
    params = FitnessParams(initial_fitness=50.0, initial_fatigue=70.0)
    (day,) = fitness_series([0.0], params)
    # a rest day: fitness 50 x 41/42 = 48.809524, fatigue 70 x 6/7 = 60, form of yesterday 50 - 70 = -20
    assert day.fitness == pytest.approx(48.809524, abs=1e-6)
    assert day.fatigue == pytest.approx(60.0, abs=1e-12)
    assert day.form == -20.0


def test_a_steady_load_converges_to_itself_in_both_conventions() -> None:
    for convention in Convention:
        last = fitness_series([80.0] * 2000, FitnessParams(convention=convention))[-1]
        assert last.fitness == pytest.approx(80.0, rel=1e-12)
        assert last.fatigue == pytest.approx(80.0, rel=1e-12)
        assert last.form == pytest.approx(0.0, abs=1e-9)


def test_ewma_step_of_each_convention() -> None:
    # 10 + (40 - 10) / 3 = 20
    assert ewma_step(10.0, 40.0, 3.0, Convention.TRAININGPEAKS) == 20.0
    assert ewma_step(10.0, 40.0, 3.0, Convention.GOLDENCHEETAH) == pytest.approx(
        10 * math.exp(-1 / 3) + 40 * (1 - math.exp(-1 / 3)), rel=1e-15
    )


def test_bad_parameters_and_loads_are_refused() -> None:
    with pytest.raises(ValueError, match="fitness_days"):
        FitnessParams(fitness_days=0.5)
    with pytest.raises(ValueError, match="daily load"):
        fitness_series([10.0, float("inf")])


def test_ramp_rate_is_fitness_today_minus_seven_days_ago() -> None:
    fitness = [10.0, 11.0, 12.0, 13.0, 14.0, 15.0, 16.0, 17.5, 19.0]
    # day 7: 17.5 - 10 = 7.5; day 8: 19 - 11 = 8; days 0-6 have no day 7 days earlier
    assert ramp_rates(fitness) == (None, None, None, None, None, None, None, 7.5, 8.0)


def test_ramp_rate_from_a_fitness_series() -> None:
    days = fitness_series([100.0] * 8)
    rates = ramp_rates([d.fitness for d in days])
    # fitness after n days of 100 from 0 is 100 (1 - (41/42)^n); day 8 minus day 1:
    #   (41/42)^2 = 0.952948, ^4 = 0.908110, ^8 = 0.824664
    #   100 ((41/42)^1 - (41/42)^8) = 100 (0.976190 - 0.824664) = 15.1527
    assert rates[7] == pytest.approx(100 * ((41 / 42) - (41 / 42) ** 8), rel=1e-12)
    assert rates[7] == pytest.approx(15.1527, abs=1e-4)
