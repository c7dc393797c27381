"""Session load: Foster session-RPE, the device load without RPE, and the rule when both exist."""

from __future__ import annotations

import pytest

from app.analytics.session_load import LoadPreference, LoadSource, SessionLoad, session_load, session_rpe_load


def test_session_rpe_is_rpe_times_minutes() -> None:
    # Foster 2001: RPE 7 for 60 minutes = 7 x 60 = 420 AU
    assert session_rpe_load(7, 60) == 420.0
    # CR-10 allows halves: 6.5 x 45 = 292.5 AU
    assert session_rpe_load(6.5, 45) == 292.5


def test_session_rpe_refuses_values_off_the_cr10_scale() -> None:
    with pytest.raises(ValueError, match="CR-10"):
        session_rpe_load(11, 60)
    with pytest.raises(ValueError, match="duration"):
        session_rpe_load(5, -1)
    with pytest.raises(ValueError, match="duration"):
        session_rpe_load(5, float("nan"))


def test_rpe_and_minutes_give_the_session_rpe_load() -> None:
    assert session_load(rpe=5, duration_minutes=40, device_load=None) == SessionLoad(
        200.0, LoadSource.SESSION_RPE
    )


def test_device_load_is_used_when_there_is_no_rpe() -> None:
    # no RPE: the watch's 88 AU; an RPE without minutes cannot make a session-RPE either
    assert session_load(rpe=None, duration_minutes=50, device_load=88) == SessionLoad(88.0, LoadSource.DEVICE)
    assert session_load(rpe=6, duration_minutes=None, device_load=88) == SessionLoad(88.0, LoadSource.DEVICE)


def test_both_loads_session_rpe_wins_by_default_and_they_are_never_added() -> None:
    # RPE 8 x 30 min = 240 AU; device says 95: the default keeps 240, not 335
    assert session_load(rpe=8, duration_minutes=30, device_load=95) == SessionLoad(
        240.0, LoadSource.SESSION_RPE
    )


def test_both_loads_device_wins_when_preferred() -> None:
    result = session_load(rpe=8, duration_minutes=30, device_load=95, prefer=LoadPreference.DEVICE)
    assert result == SessionLoad(95.0, LoadSource.DEVICE)


def test_nothing_known_is_no_load() -> None:
    assert session_load(rpe=None, duration_minutes=None, device_load=None) == SessionLoad(
        None, LoadSource.NONE
    )


def test_negative_device_load_is_refused() -> None:
    with pytest.raises(ValueError, match="device load"):
        session_load(rpe=None, duration_minutes=None, device_load=-3)
