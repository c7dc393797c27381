"""What a batch is made of: the outcome of a record, a validated record, a table's storage spec,
and the batch itself (who sends it, for which athlete, when, and the athlete-local day rules)."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from app.athletes.models import AthleteProfile
from app.core.actor import Actor
from app.core.errors import Collector, ErrorCode, FieldError
from app.core.times import EARLIEST_DAY
from app.ingest.models import IngestKind

MAX_RECORDS = 1000
LATE_AFTER = timedelta(hours=48)
ONE_DAY = timedelta(days=1)
# Device clocks drift: a measurement up to this far in the future is taken as "now".
CLOCK_SKEW = timedelta(minutes=10)

SOURCE_PATTERN = re.compile(r"^[a-z][a-z0-9_]{1,31}$")
# The source of what athletes enter by hand (check-ins); hubs cannot claim it.
MANUAL_SOURCE = "manual"


class Outcome(StrEnum):
    """What happened to one record of a batch."""

    APPLIED = "applied"
    UNCHANGED = "unchanged"
    REVISED = "revised"
    REJECTED = "rejected"


@dataclass(slots=True)
class RecordResult:
    """The result of one record, by its position in the batch."""

    index: int
    status: Outcome = Outcome.REJECTED
    record_id: uuid.UUID | None = None
    late: bool = False
    errors: list[FieldError] = field(default_factory=list)
    duplicate_of: uuid.UUID | None = None
    # a revised record's day before the revision (when its day is not part of its key)
    previous_day: date | None = None


@dataclass(slots=True)
class Candidate:
    """A record that passed validation: its key, its column values, its day and lateness."""

    index: int
    key: tuple[Any, ...]
    values: dict[str, Any]
    day: date
    moment: datetime
    late: bool


@dataclass(frozen=True)
class Table:
    """How a kind of record is stored: its table, natural key and typed value columns.

    `columns` maps every written column (key columns included) to its PostgreSQL type; array
    and jsonb values travel as text and are cast in SQL. `conflict` is the unique constraint
    the upsert targets; `athlete_in_key` says whether it includes the athlete.
    """

    name: str
    record_type: str
    kind: str
    key: tuple[str, ...]
    columns: dict[str, str]
    athlete_in_key: bool = True
    keep_history: bool = True
    # the column of a record's athlete-local day when a revision may move it (not in the key)
    day_column: str | None = None

    @property
    def conflict(self) -> tuple[str, ...]:
        return ("athlete_id", "source", *self.key) if self.athlete_in_key else ("source", *self.key)


@lru_cache(maxsize=100_000)
def _day_end(zone: ZoneInfo, day: date) -> datetime:
    """When `day` ends in `zone`, in UTC: the same for every batch about it (athletes of one zone,
    a hub resending the last days), so kept; a 1,000-day batch computed them in a tenth of its
    validation time."""
    return datetime.combine(day + ONE_DAY, time.min, tzinfo=zone).astimezone(UTC)


@dataclass
class Batch:
    """One batch being ingested: who sends it, for which athlete and source, and when."""

    actor: Actor
    athlete: AthleteProfile
    source: str
    kind: IngestKind
    received_at: datetime
    file_name: str | None = None
    zone: ZoneInfo = field(init=False)
    today: date = field(init=False)

    def __post_init__(self) -> None:
        self.zone = ZoneInfo(self.athlete.timezone)
        self.today = self.received_at.astimezone(self.zone).date()

    def local_day(self, moment: datetime) -> date:
        return moment.astimezone(self.zone).date()

    def day_end(self, day: date) -> datetime:
        """The UTC instant athlete-local `day` ends (the next local midnight)."""
        return _day_end(self.zone, day)

    def is_late(self, day: date) -> bool:
        """Whether a record of athlete-local `day` arrives more than 48 h after the day ended."""
        return self.late_after(self.day_end(day))

    def late_after(self, day_end: datetime) -> bool:
        """Whether the batch arrives more than 48 h after `day_end`."""
        return self.received_at > day_end + LATE_AFTER

    def check_day(self, day: date, errors: Collector, name: str) -> bool:
        """A day neither after the athlete's local today nor before the supported window."""
        if day > self.today:
            errors.add(name, ErrorCode.OUT_OF_WINDOW, "A record cannot be for a day after today.")
            return False
        if day < EARLIEST_DAY:
            errors.add(name, ErrorCode.OUT_OF_RANGE, f"Days start at {EARLIEST_DAY.isoformat()}.")
            return False
        return True

    def check_moment(self, moment: datetime, errors: Collector, name: str) -> bool:
        """A measured time not in the future (beyond a small clock skew)."""
        if moment > self.received_at + CLOCK_SKEW:
            errors.add(name, ErrorCode.OUT_OF_WINDOW, "Cannot be in the future.")
            return False
        return self.check_day(self.local_day(moment), errors, name)
