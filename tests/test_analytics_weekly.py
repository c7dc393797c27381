"""The weekly rollup and rule-based summary: worked examples of each rule, with its reasoning."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

import pytest

from app.analytics.daily_readiness import DayValues, FeedbackInput, readiness_days
from app.analytics.params import AnalyticsParams
from app.analytics.readiness_params import FeedbackKind
from app.analytics.series import load_days
from app.analytics.session_load import LoadPreference
from app.analytics.weekly import DISCLAIMER, PlannedSession, Week, rollup
from app.analytics.weekly_rules import summary
from app.analytics.workouts import ActivityRecord, LogRecord, workouts

MONDAY = date(2026, 2, 16)
P = AnalyticsParams()


def _strength(day: int, rpe: int, weight: float) -> LogRecord:
    sets = [{"weight": weight, "reps": 5}, {"weight": weight, "reps": 5}, {"weight": None, "reps": 10}]
    return LogRecord(
        id=uuid.uuid4(),
        session_id=uuid.uuid4(),
        completed_at=datetime.combine(MONDAY + timedelta(days=day), datetime.min.time(), UTC)
        + timedelta(hours=19),
        duration_minutes=60,
        rpe=rpe,
        session_type="strength",
        modality="strength",
        actual_data={"exercises": [{"exerciseId": str(uuid.uuid4()), "sets": sets}]},
    )


def _run(day: int, minutes: int, zone: int | None, km: float) -> LogRecord:
    return LogRecord(
        id=uuid.uuid4(),
        session_id=uuid.uuid4(),
        completed_at=datetime.combine(MONDAY + timedelta(days=day), datetime.min.time(), UTC)
        + timedelta(hours=8, minutes=minutes),
        duration_minutes=minutes,
        rpe=6,
        session_type="endurance",
        modality="run",
        zone=zone,
        actual_data={
            "modality": "run",
            "duration": {"value": minutes, "unit": "minutes"},
            "distance": {"value": km, "unit": "km"},
        },
    )


def _week(previous_load: float | None, skipped: int = 0) -> Week:
    logs = [_strength(0, 9, 100.0), _strength(2, 9, 80.0), _run(1, 45, 5, 9.0), _run(5, 90, 2, 16.0)]
    ride = ActivityRecord(
        uuid.uuid4(), None, datetime(2026, 2, 21, 7, 0, tzinfo=UTC), 3600, 70.0, "cycling", 30000.0
    )
    items = workouts(logs, [ride], timezone="UTC", prefer=LoadPreference.SESSION_RPE)
    daily = [sum(w.load or 0 for w in items if w.day == MONDAY + timedelta(days=i)) for i in range(7)]
    days = load_days(MONDAY, daily, P)
    values = [DayValues(MONDAY + timedelta(days=i), sleep_score=50.0 if i < 3 else 80.0) for i in range(7)]
    ready = readiness_days(
        values, previous=[], load_days={d.day: d for d in days}, check_ins=[], feedback=[], params=P
    )
    sessions = [
        PlannedSession(
            str(log.session_id), "p", log.completed_at.date(), "completed", log.session_type or "", None, None
        )
        for log in logs
    ] + [PlannedSession(str(uuid.uuid4()), "p", MONDAY, "skipped", "strength", None, None)] * skipped
    pain = FeedbackInput(
        uuid.uuid4(),
        MONDAY + timedelta(days=2),
        datetime(2026, 2, 18, 20, tzinfo=UTC),
        FeedbackKind.PAIN,
        2,
        4,
    )
    return Week(
        MONDAY, MONDAY + timedelta(days=6), True, sessions, items, days, ready, [pain], previous_load, P
    )


def test_worked_example_rollup() -> None:
    metrics = rollup(_week(previous_load=1500.0))
    # runs: 45 min / 9 km at zone 5 (an interval session) and 90 min / 16 km (a long run, >= 75 min)
    assert (metrics["run_count"], metrics["run_minutes"], metrics["run_distance_km"]) == (2, 135.0, 25.0)
    assert (metrics["vo2_sessions"], metrics["tempo_sessions"], metrics["long_runs"]) == (1, 0, 1)
    # the ride is a device activity: 60 min, 30 km, its load 70 AU
    assert (metrics["ride_count"], metrics["ride_minutes"], metrics["ride_distance_km"]) == (1, 60.0, 30.0)
    # strength: tonnage 100 x 5 x 2 + 80 x 5 x 2 = 1800 kg (the bodyweight set adds 0); load 2 x 9 x 60 = 1080
    assert (metrics["strength_count"], metrics["strength_tonnage"], metrics["strength_load"]) == (
        2,
        1800.0,
        1080.0,
    )
    # total: 1080 + 6 x 45 + 6 x 90 + 70 = 1960 AU
    assert metrics["total_load"] == 1960.0
    assert metrics["sleep_score_mean"] == pytest.approx((3 * 50 + 4 * 80) / 7)
    assert metrics["hrv_mean"] is None and metrics["convention"] == "trainingpeaks"


def test_worked_example_summary_rules() -> None:
    found = summary(_week(previous_load=1500.0, skipped=1))
    # 4 of 5 planned sessions completed
    assert (found["adherence_rate"], found["sessions_planned"], found["sessions_skipped"]) == (0.8, 5, 1)
    assert found["reasoning"]["adherence"] == "4 of 5 planned sessions were completed (80%); 1 skipped."
    assert found["total_volume"]["strength"] == "1800kg" and found["total_volume"]["endurance"] == "195min"
    # 1960 against 1500: +31% (> 10%); two strength sessions at RPE 9; pain on Wednesday; 3 poor nights
    assert [p["code"] for p in found["patterns"]] == [
        "load_spike",
        "high_rpe_strength",
        "pain_reported",
        "poor_sleep_days",
    ]
    assert found["patterns"][0]["reasoning"].startswith("1960 against 1500 AU")
    assert [s["code"] for s in found["suggestions"]] == [
        "load_spike",
        "high_rpe_strength",
        "pain_reported",
        "poor_sleep_days",
    ]
    assert found["suggestions"][1]["suggestion"] == "Reduce intensity in next week's strength sessions"
    assert all(s["reasoning"] for s in found["suggestions"]) and found["disclaimer"] == DISCLAIMER
    assert "ACWR is not available yet" in found["fatigue_analysis"]


def test_a_quiet_week_says_continue() -> None:
    week = _week(previous_load=3000.0)
    quiet = Week(week.start, week.end, True, [], [], week.load_days, [], [], 3000.0, P)
    found = summary(quiet)
    assert found["adherence_rate"] is None and found["patterns"] == []
    assert [s["code"] for s in found["suggestions"]] == ["continue"]
