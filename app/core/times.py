"""Time rules shared by every domain: the supported date window, client times into UTC,
and an athlete's local calendar (days begin at local midnight in the athlete's IANA zone)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from app import clock
from app.core.errors import Collector, ErrorCode

# Dates outside this window are refused: they make no sense for training, and date arithmetic
# (week ends, time-zone shifts) near the calendar's limits would overflow.
EARLIEST_DAY = date(1900, 1, 1)
LATEST_DAY = date(2199, 12, 31)


def check_day(value: date | None, collector: Collector, field: str) -> bool:
    """A date within the supported window (1900-01-01..2199-12-31); records OUT_OF_RANGE otherwise."""
    if value is not None and not EARLIEST_DAY <= value <= LATEST_DAY:
        collector.add(
            field,
            ErrorCode.OUT_OF_RANGE,
            f"Dates run from {EARLIEST_DAY.isoformat()} to {LATEST_DAY.isoformat()}.",
        )
        return False
    return True


def client_time(
    value: datetime, collector: Collector, field: str, *, require_offset: bool = False
) -> datetime | None:
    """A time a client sent, in UTC; None (with an error on `field`) when it is unusable.

    The one rule for every time the API receives: its date must lie in the supported window,
    and a time without a UTC offset is taken to be UTC (the API speaks UTC), except where
    `require_offset` refuses it as INVALID: planned times, whose local day decides where a
    session belongs, must say which instant they mean.
    """
    offset = value.utcoffset()
    if offset is None and require_offset:
        collector.add(field, ErrorCode.INVALID, "Give the time with a UTC offset, e.g. 2026-03-02T07:00:00Z.")
        return None
    # As naive UTC: a time at the calendar's very ends has no aware UTC equivalent.
    try:
        naive_utc = value.replace(tzinfo=None) - (offset or timedelta(0))
    except OverflowError:  # e.g. 0001-01-01T00:00:00+01:00
        naive_utc = datetime.min
    if not check_day(naive_utc.date(), collector, field):
        return None
    return naive_utc.replace(tzinfo=UTC)


def local_date(moment: datetime, tz_name: str) -> date:
    """The calendar date of `moment` in zone `tz_name`."""
    return moment.astimezone(ZoneInfo(tz_name)).date()


def local_today(tz_name: str) -> date:
    """Today's calendar date in zone `tz_name`, by the domain clock."""
    return local_date(clock.now(), tz_name)


def local_day_bounds(tz_name: str, first: date, last: date) -> tuple[datetime, datetime]:
    """The UTC instants [start of `first`, start of the day after `last`) in zone `tz_name`."""
    zone = ZoneInfo(tz_name)
    start = datetime.combine(first, time.min, tzinfo=zone).astimezone(UTC)
    end = datetime.combine(last + timedelta(days=1), time.min, tzinfo=zone).astimezone(UTC)
    return start, end


def week_of(day: date) -> tuple[date, date]:
    """The Monday and Sunday of the week containing `day`."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)
