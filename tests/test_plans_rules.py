"""The default plan generator's rules, one worked example each: baseline, progression, deload,
readiness (low, falling), pain, the ACWR band, the ramp rate, availability, the phase's focus,
and determinism. Pure: no database."""

from __future__ import annotations

import json
from copy import deepcopy
from datetime import date
from typing import Any

from app.plans.progression import WEEK_CTL_GAIN, RuleParams, decide, loading_weeks, readiness_trend
from app.plans.rules import build_plan, focus_category
from app.plans.schema import check_plan

P = RuleParams()
MONDAY = date(2026, 3, 9)
SQUAT = "00000000-0000-4000-8000-00000000a001"


def _inputs(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "athlete": {"id": "a", "timezone": "UTC", "primaryGoal": "endurance"},
        "week": {"start": "2026-03-09", "end": "2026-03-15"},
        "phase": {"name": "Base", "focus": "Aerobic base", "weekInPhase": 3, "programId": "p"},
        "availability": {
            "source": "input",
            "days": [
                {"weekday": 1, "startTime": "07:00", "maxMinutes": 90},
                {"weekday": 3, "startTime": "07:00", "maxMinutes": 90},
                {"weekday": 5, "startTime": "18:00", "maxMinutes": 90},
                {"weekday": 6, "startTime": "08:00", "maxMinutes": 180},
            ],
        },
        # chronic 150/day and fitness 140 leave both bounds above a 10 % step on 1000
        "load": {
            "asOf": "2026-03-08",
            "acute": 135.0,
            "chronic": 150.0,
            "acwr": 0.9,
            "acwrZone": "optimal",
            "fitness": 140.0,
            "fatigue": 50.0,
            "rampRate": 1.0,
        },
        "weeklyLoads": [
            {"weekStart": "2026-02-23", "load": 1200.0},
            {"weekStart": "2026-03-02", "load": 1000.0},
        ],
        "readiness": [
            {"day": f"2026-03-0{d}", "score": 70.0, "recommendation": "moderate"} for d in range(2, 9)
        ],
        "feedback": {"days": 14, "done": 5, "skipped": 0, "hard": 0, "pain": 0},
        "modality": "run",
        "exercises": [{"id": SQUAT, "name": "Back Squat"}],
        "rules": P.as_dict(),
    }
    base.update(changes)
    return base


def _steps(decision: Any) -> list[str]:
    return [s["rule"] for s in decision.steps]


def test_without_history_the_week_is_a_baseline_of_easy_sessions() -> None:
    decision = decide(_inputs(weeklyLoads=[], load=None), P)
    assert (decision.week_type, decision.target, decision.allow_hard) == ("baseline", 720.0, False)
    assert _steps(decision) == ["baseline"]


def test_readiness_holding_progresses_by_the_configured_step() -> None:
    decision = decide(_inputs(), P)
    assert (decision.week_type, decision.target) == ("build", 1100.0)
    assert decision.steps[0]["numbers"] == {"trend": 0.0, "progression": 0.1, "baseLoad": 1000.0}


def test_deload_comes_after_the_configured_number_of_loading_weeks() -> None:
    weeks = [{"weekStart": f"w{i}", "load": load} for i, load in enumerate([900.0, 1000.0, 1100.0])]
    decision = decide(_inputs(weeklyLoads=weeks), P)
    assert (decision.week_type, decision.target, decision.allow_hard) == ("deload", 660.0, False)
    assert decision.steps[0]["numbers"]["loadingWeeks"] == 3
    # one more loading week allowed: no deload yet
    assert decide(_inputs(weeklyLoads=weeks), RuleParams(deload_after_weeks=4)).week_type == "build"


def test_a_week_under_the_loading_ratio_breaks_the_streak() -> None:
    assert loading_weeks([900.0, 1000.0, 1100.0], 0.8) == 3
    assert loading_weeks([900.0, 600.0, 700.0], 0.8) == 1  # 600 < 0.8 x 900 was a deload: counted since
    assert loading_weeks([900.0, 0.0, 700.0], 0.8) == 1
    assert loading_weeks([], 0.8) == 0


def test_low_readiness_reduces_the_week_and_drops_hard_sessions() -> None:
    days = [{"day": "2026-03-08", "score": 35.0, "recommendation": "easy"}]
    decision = decide(_inputs(readiness=days), P)
    assert (decision.week_type, decision.target, decision.allow_hard) == ("reduce", 800.0, False)
    rest = [{"day": "2026-03-08", "score": 60.0, "recommendation": "rest"}]
    assert decide(_inputs(readiness=rest), P).week_type == "reduce"


def test_a_falling_readiness_trend_holds_last_weeks_load() -> None:
    scores = [80.0, 80.0, 80.0, 80.0, 72.0, 70.0, 71.0]
    days = [
        {"day": f"2026-03-0{i + 2}", "score": s, "recommendation": "moderate"} for i, s in enumerate(scores)
    ]
    assert readiness_trend(scores) == -9.0
    decision = decide(_inputs(readiness=days), P)
    assert (decision.week_type, decision.target, decision.allow_hard) == ("hold", 1000.0, True)
    assert decision.steps[0]["rule"] == "readiness_trend"


def test_pain_in_the_feedback_holds_and_drops_hard_sessions() -> None:
    decision = decide(_inputs(feedback={"days": 14, "done": 3, "skipped": 0, "hard": 1, "pain": 1}), P)
    assert (decision.week_type, decision.target, decision.allow_hard) == ("hold", 1000.0, False)
    assert decision.steps[0]["rule"] == "pain_reported"


def test_the_acwr_band_caps_the_week() -> None:
    load = {**_inputs()["load"], "chronic": 110.0, "acwr": 1.2, "fitness": 200.0}
    decision = decide(_inputs(load=load), P)
    assert decision.target == 1001.0  # 1.3 x 110 x 7, under 1100
    assert _steps(decision) == ["progression", "acwr_band"]
    # above the danger line: no more than the chronic load, and nothing hard
    danger = decide(_inputs(load={**load, "acwr": 1.6}), P)
    assert (danger.target, danger.allow_hard) == (770.0, False)


def test_the_ramp_rate_caps_the_week() -> None:
    load = {**_inputs()["load"], "fitness": 100.0, "chronic": 500.0}
    decision = decide(_inputs(load=load, weeklyLoads=[{"weekStart": "w", "load": 2000.0}]), P)
    cap = round(7 * (100.0 + 5.0 / WEEK_CTL_GAIN), 1)
    assert decision.target == cap
    assert decision.steps[-1]["rule"] == "ramp_rate"
    assert decision.steps[-1]["numbers"]["cap"] == cap


def test_sessions_follow_availability_and_share_the_target_load() -> None:
    plan = build_plan(_inputs(), P)
    assert [s["key"] for s in plan["sessions"]] == ["mon-easy", "wed-strength", "fri-tempo", "sat-long"]
    assert [s["day"] for s in plan["sessions"]] == ["2026-03-09", "2026-03-11", "2026-03-13", "2026-03-14"]
    assert [s["startTime"] for s in plan["sessions"]] == ["07:00", "07:00", "18:00", "08:00"]
    # 1100 shared 1.0 : 0.9 : 1.0 : 1.6, minutes = share / RPE, within the day's maximum
    easy, strength, tempo, long = plan["sessions"]
    assert (easy["durationMinutes"], easy["plannedLoad"]) == (81, 243.0)
    assert (tempo["durationMinutes"], tempo["intensity"]) == (41, "moderate")
    assert (long["durationMinutes"], long["plannedLoad"]) == (98, 392.0)
    assert strength["prescription"]["exercises"][0]["exerciseId"] == SQUAT
    assert "1100" in easy["justification"]["text"] and easy["justification"]["numbers"]["rpe"] == 3
    assert check_plan(plan, MONDAY) == []


def test_a_days_availability_bounds_its_session() -> None:
    days = [{"weekday": 6, "startTime": "08:00", "maxMinutes": 60}]
    plan = build_plan(_inputs(availability={"source": "input", "days": days}), P)
    (only,) = plan["sessions"]
    assert only["durationMinutes"] == 60
    assert only["justification"]["numbers"]["maxMinutes"] == 60


def test_the_phase_focus_picks_the_sessions() -> None:
    assert focus_category({"name": "Build", "focus": "Progressive overload: strength"}) == "strength"
    assert focus_category({"name": "Peak", "focus": "Specific high-intensity work"}) == "intensity"
    assert focus_category({"name": "Taper", "focus": None}) == "taper"
    assert focus_category(None) == "endurance"
    peak = build_plan(_inputs(phase={"name": "Peak", "focus": "race pace", "weekInPhase": 1}), P)
    assert [s["key"] for s in peak["sessions"]] == ["mon-intervals", "wed-easy", "fri-strength", "sat-long"]


def test_a_deload_week_has_no_hard_session_and_lighter_lifting() -> None:
    weeks = [{"weekStart": f"w{i}", "load": load} for i, load in enumerate([900.0, 1000.0, 1100.0])]
    plan = build_plan(_inputs(weeklyLoads=weeks), P)
    assert plan["weekType"] == "deload"
    assert {s["intensity"] for s in plan["sessions"]} <= {"easy", "recovery", "moderate"}
    assert not any(s["key"].endswith(("tempo", "intervals")) for s in plan["sessions"])
    lift = next(s for s in plan["sessions"] if s["sessionType"] == "strength")
    assert lift["prescription"]["exercises"][0]["sets"] == 2


def test_without_exercises_strength_slots_become_easy_sessions() -> None:
    plan = build_plan(_inputs(exercises=[]), P)
    assert all(s["sessionType"] == "endurance" for s in plan["sessions"])


def test_the_same_inputs_give_the_same_plan() -> None:
    first = build_plan(_inputs(), P)
    again = build_plan(deepcopy(_inputs()), P)
    assert json.dumps(first, sort_keys=True) == json.dumps(again, sort_keys=True)
    assert check_plan(first, MONDAY) == []
