"""Workouts: one per session from logs and activities, loaded once, on the local day it started."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from app.analytics.session_load import LoadPreference, LoadSource
from app.analytics.workouts import ActivityRecord, LogRecord, log_start, workouts

SESSION = uuid.uuid4()
OSLO = "Europe/Oslo"


def _log(**overrides: object) -> LogRecord:
    values: dict[str, object] = {
        "id": uuid.uuid4(),
        "session_id": SESSION,
        "completed_at": datetime(2026, 3, 10, 18, 0, tzinfo=UTC),
        "duration_minutes": 60,
        "rpe": 7,
        "modality": "run",
    }
    values.update(overrides)
    return LogRecord(**values)  # type: ignore[arg-type]


def _activity(**overrides: object) -> ActivityRecord:
    values: dict[str, object] = {
        "id": uuid.uuid4(),
        "session_id": SESSION,
        "start_at": datetime(2026, 3, 10, 16, 55, tzinfo=UTC),
        "duration_seconds": 3720,
        "training_load": 88.0,
        "activity_type": "running",
    }
    values.update(overrides)
    return ActivityRecord(**values)  # type: ignore[arg-type]


def test_a_log_and_its_activity_are_one_workout_loaded_by_session_rpe() -> None:
    log, activity = _log(), _activity()
    [found] = workouts([log], [activity], timezone=OSLO, prefer=LoadPreference.SESSION_RPE)
    # one workout: RPE 7 x the log's 60 minutes = 420 AU (the device's 88 is not added)
    assert (found.load, found.source, found.minutes) == (420.0, LoadSource.SESSION_RPE, 60.0)
    # it starts when the device says (16:55 UTC = 17:55 in Oslo) and counts on that day
    assert (found.start, found.day, found.kind) == (activity.start_at, date(2026, 3, 10), "run")
    assert (found.log, found.activity, found.id) == (log, activity, log.id)


def test_preferring_the_device_takes_its_load_for_the_same_workout() -> None:
    [found] = workouts([_log()], [_activity()], timezone=OSLO, prefer=LoadPreference.DEVICE)
    assert (found.load, found.source) == (88.0, LoadSource.DEVICE)


def test_a_log_without_duration_uses_its_activitys_minutes() -> None:
    [found] = workouts(
        [_log(duration_minutes=None)], [_activity()], timezone=OSLO, prefer=LoadPreference.SESSION_RPE
    )
    # RPE 7 x 3720 s / 60 = 62 minutes = 434 AU
    assert (found.load, found.minutes) == (434.0, 62.0)


def test_a_log_without_rpe_falls_back_to_the_device_and_alone_has_no_load() -> None:
    [paired] = workouts([_log(rpe=None)], [_activity()], timezone=OSLO, prefer=LoadPreference.SESSION_RPE)
    assert (paired.load, paired.source) == (88.0, LoadSource.DEVICE)
    [alone] = workouts([_log(rpe=None)], [], timezone=OSLO, prefer=LoadPreference.SESSION_RPE)
    assert (alone.load, alone.source) == (None, LoadSource.NONE)


def test_an_activity_of_another_session_or_none_is_its_own_workout() -> None:
    other = _activity(session_id=None, training_load=40.0, activity_type="cycling")
    found = workouts([_log()], [other], timezone=OSLO, prefer=LoadPreference.SESSION_RPE)
    assert [(w.load, w.source, w.kind) for w in found] == [
        (40.0, LoadSource.DEVICE, "ride"),
        (420.0, LoadSource.SESSION_RPE, "run"),
    ]


def test_a_session_across_local_midnight_counts_on_the_day_it_started() -> None:
    # completed 00:40 Oslo time (23:40 UTC) after 70 minutes: it started 23:30 Oslo, the 10th
    log = _log(completed_at=datetime(2026, 3, 10, 23, 40, tzinfo=UTC), duration_minutes=70, session_id=None)
    assert log_start(log.completed_at, 70) == datetime(2026, 3, 10, 22, 30, tzinfo=UTC)
    [found] = workouts([log], [], timezone=OSLO, prefer=LoadPreference.SESSION_RPE)
    assert found.day == date(2026, 3, 10)
    # in UTC the same workout is on the 10th too; in Tokyo (UTC+9) it began on the 11th
    [tokyo] = workouts([log], [], timezone="Asia/Tokyo", prefer=LoadPreference.SESSION_RPE)
    assert tokyo.day == date(2026, 3, 11)
