"""Daily load on the athlete's local day: rest days 0, local midnight, a year across both DST changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from app.analytics.daily_load import DailyLoad, TimedLoad, daily_loads, load_values, local_day

OSLO = ZoneInfo("Europe/Oslo")


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def test_session_just_after_local_midnight_is_on_the_new_local_day() -> None:
    # 23:30 UTC on 14 January is 00:30 on 15 January in Oslo (UTC+1 in winter)
    assert local_day(utc(2025, 1, 14, 23, 30), "Europe/Oslo") == date(2025, 1, 15)
    # 03:30 UTC on 1 June is 23:30 on 31 May in New York (UTC-4 in summer)
    assert local_day(utc(2025, 6, 1, 3, 30), "America/New_York") == date(2025, 5, 31)


def test_naive_datetime_is_refused() -> None:
    with pytest.raises(ValueError, match="naive"):
        local_day(datetime(2025, 1, 1, 12, 0), OSLO)


def test_rest_days_are_zero_and_a_day_sums_its_sessions() -> None:
    loads = [
        TimedLoad(utc(2025, 2, 3, 7, 0), 300.0),
        TimedLoad(utc(2025, 2, 5, 6, 0), 200.0),
        TimedLoad(utc(2025, 2, 5, 17, 0), 150.0),
    ]
    series = daily_loads(loads, timezone=OSLO, start=date(2025, 2, 3), end=date(2025, 2, 6))
    # 3 Feb: 300; 4 Feb: rest; 5 Feb: 200 + 150 = 350; 6 Feb: rest
    assert series == (
        DailyLoad(date(2025, 2, 3), 300.0),
        DailyLoad(date(2025, 2, 4), 0.0),
        DailyLoad(date(2025, 2, 5), 350.0),
        DailyLoad(date(2025, 2, 6), 0.0),
    )
    assert load_values(series) == (300.0, 0.0, 350.0, 0.0)


def test_sessions_outside_the_range_are_left_out() -> None:
    loads = [TimedLoad(utc(2025, 2, 2, 12, 0), 100.0), TimedLoad(utc(2025, 2, 3, 12, 0), 40.0)]
    series = daily_loads(loads, timezone=OSLO, start=date(2025, 2, 3), end=date(2025, 2, 3))
    assert series == (DailyLoad(date(2025, 2, 3), 40.0),)


def test_one_year_in_oslo_across_both_dst_changes() -> None:
    # given one 10 AU session at 12:00 UTC every day of 2025 (13:00 or 14:00 in Oslo: same date)
    start, end = date(2025, 1, 1), date(2025, 12, 31)
    loads = [TimedLoad(utc(2025, 1, 1, 12, 0) + timedelta(days=i), 10.0) for i in range(365)]
    # and sessions half an hour after local midnight around both DST changes, given in UTC:
    edges = [
        # 30 March, clocks go 02:00 CET -> 03:00 CEST; 23:30 UTC on 29 March = 00:30 CET on 30 March
        TimedLoad(utc(2025, 3, 29, 23, 30), 1000.0),
        # 22:30 UTC on 30 March = 00:30 CEST on 31 March (a fixed UTC+1 would say 23:30 on 30 March)
        TimedLoad(utc(2025, 3, 30, 22, 30), 2000.0),
        # 26 October, clocks go 03:00 CEST -> 02:00 CET; 22:30 UTC on 25 October = 00:30 CEST on 26 October
        TimedLoad(utc(2025, 10, 25, 22, 30), 3000.0),
        # 23:30 UTC on 26 October = 00:30 CET on 27 October
        TimedLoad(utc(2025, 10, 26, 23, 30), 4000.0),
        # the year's edges: 00:30 on 1 January 2025 and 23:59 on 31 December 2025, Oslo time
        TimedLoad(utc(2024, 12, 31, 23, 30), 5.0),
        TimedLoad(utc(2025, 12, 31, 22, 59), 5.0),
    ]

    series = daily_loads(loads + edges, timezone=OSLO, start=start, end=end)

    by_day = {d.day: d.load for d in series}
    assert len(series) == 365
    assert [d.day for d in series] == [start + timedelta(days=i) for i in range(365)]
    # sum preserved: 365 x 10 + 1000 + 2000 + 3000 + 4000 + 5 + 5 = 13660
    assert sum(by_day.values()) == 13660.0
    assert by_day[date(2025, 3, 29)] == 10.0
    assert by_day[date(2025, 3, 30)] == 1010.0  # the 23-hour day
    assert by_day[date(2025, 3, 31)] == 2010.0
    assert by_day[date(2025, 10, 25)] == 10.0
    assert by_day[date(2025, 10, 26)] == 3010.0  # the 25-hour day
    assert by_day[date(2025, 10, 27)] == 4010.0
    assert by_day[date(2025, 1, 1)] == 15.0
    assert by_day[date(2025, 12, 31)] == 15.0


def test_bad_ranges_and_loads_are_refused() -> None:
    with pytest.raises(ValueError, match="after end"):
        daily_loads([], timezone=OSLO, start=date(2025, 1, 2), end=date(2025, 1, 1))
    with pytest.raises(ValueError, match=">= 0"):
        daily_loads(
            [TimedLoad(utc(2025, 1, 1, 9), -1.0)], timezone=OSLO, start=date(2025, 1, 1), end=date(2025, 1, 1)
        )
