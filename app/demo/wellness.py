"""Demo wearable data: a year of daily wellness, sleep, HRV and activities per demo athlete.

Deterministic (one `random.Random` seeded per athlete) and relative to `app.clock.now()`, like
the training data. A Garmin watch reports every day; some athletes also wear an Oura ring for
the last 90 days (so source precedence has something to choose). There are gaps (the watch was
charging or forgotten), a night the device revised (tentative, then final, with its history),
records that arrived late, intraday heart rate for the last week, and device activities for the
endurance sessions already done (matched to them) and for workouts outside the program.
Rows are written set-based (one INSERT over arrays per table), so `make run` stays quick.
"""

from __future__ import annotations

import json
import math
import random
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from tortoise import connections
from tortoise.transactions import in_transaction

from app import clock
from app.athletes.models import AthleteProfile
from app.ingest.models import IngestionRun, IngestKind, RunStatus
from app.programs.models import SessionStatus, SessionType, TrainingSession
from app.wellness.models import WellnessDaily

DAYS = 365
RING_DAYS = 90
RUN_TYPES = {"run": "running", "bike": "cycling", "swim": "swimming", "row": "rowing"}


@dataclass
class _Rows:
    wellness: list[dict[str, Any]] = field(default_factory=list)
    sleep: list[dict[str, Any]] = field(default_factory=list)
    hrv: list[dict[str, Any]] = field(default_factory=list)
    heart: list[dict[str, Any]] = field(default_factory=list)
    activities: list[dict[str, Any]] = field(default_factory=list)
    revisions: list[dict[str, Any]] = field(default_factory=list)
    freshness: dict[tuple[uuid.UUID, str, str], dict[str, Any]] = field(default_factory=dict)


def _received(day_end: datetime, rng: random.Random, now: datetime) -> tuple[datetime, bool]:
    """When a day's record arrived: usually within hours, sometimes days late."""
    delay = (
        timedelta(hours=rng.uniform(3, 49) * 5)
        if rng.random() < 0.03
        else timedelta(hours=rng.uniform(0.2, 6))
    )
    received = min(day_end + delay, now)
    return received, received > day_end + timedelta(hours=48)


def _gaps(rng: random.Random, first: date) -> set[date]:
    days: set[date] = set()
    for _ in range(4):
        start = first + timedelta(days=rng.randint(0, DAYS - 10))
        days.update(start + timedelta(days=i) for i in range(rng.randint(2, 6)))
    return days


def _watch(
    rows: _Rows, a: AthleteProfile, tz: ZoneInfo, day: date, rng: random.Random, now: datetime, fit: float
) -> None:
    end = datetime.combine(day + timedelta(days=1), time.min, tzinfo=tz).astimezone(UTC)
    received, late = _received(end, rng, now)
    if received <= datetime.combine(day, time.min, tzinfo=tz).astimezone(UTC):
        return
    resting = round((a.resting_hr or 55) + rng.gauss(0, 2) - 3 * fit)
    rmssd = round(max(15.0, 55 + 12 * fit + rng.gauss(0, 7)), 1)
    asleep = int(max(240, min(600, rng.gauss(445, 45))))
    wake = datetime.combine(day, time(6, 30), tzinfo=tz).astimezone(UTC) + timedelta(
        minutes=rng.randint(-40, 50)
    )
    common = {"athlete_id": a.id, "source": "garmin", "received_at": received, "late": late}
    rows.wellness.append(
        {
            **common,
            "sample_date": day,
            "resting_hr": resting,
            "hrv_rmssd": rmssd,
            "sleep_score": min(100, asleep // 5),
            "sleep_minutes": asleep,
            "steps": int(max(1500, rng.gauss(9000, 2500))),
            "calories": int(max(150, rng.gauss(600, 150))),
            "stress": int(min(90, max(5, rng.gauss(30, 10)))),
            "body_battery": int(min(100, max(20, rng.gauss(75, 12)))),
            "spo2": round(min(100.0, rng.gauss(96.5, 0.8)), 1),
            "respiration": round(rng.gauss(14.5, 0.8), 1),
        }
    )
    deep, rem = int(asleep * rng.uniform(0.15, 0.22)), int(asleep * rng.uniform(0.18, 0.25))
    rows.sleep.append(
        {
            **common,
            "sleep_date": day,
            "start_at": wake - timedelta(minutes=asleep + 25),
            "end_at": wake,
            "total_minutes": asleep,
            "deep_minutes": deep,
            "rem_minutes": rem,
            "light_minutes": asleep - deep - rem,
            "awake_minutes": 25,
            "sleep_score": min(100, asleep // 5),
        }
    )
    rows.hrv.append(
        {
            **common,
            "reading_date": day,
            "taken_at": wake + timedelta(minutes=5),
            "metric": "rmssd",
            "value": rmssd,
        }
    )


def _ring(
    rows: _Rows, a: AthleteProfile, tz: ZoneInfo, day: date, rng: random.Random, now: datetime, fit: float
) -> None:
    end = datetime.combine(day + timedelta(days=1), time.min, tzinfo=tz).astimezone(UTC)
    received, late = _received(end, rng, now)
    if received <= datetime.combine(day, time.min, tzinfo=tz).astimezone(UTC):
        return
    rows.wellness.append(
        {
            "athlete_id": a.id,
            "source": "oura",
            "received_at": received,
            "late": late,
            "sample_date": day,
            "resting_hr": round((a.resting_hr or 55) - 2 + rng.gauss(0, 1.5) - 3 * fit),
            "hrv_rmssd": round(max(15.0, 60 + 12 * fit + rng.gauss(0, 6)), 1),
            "sleep_score": int(min(100, rng.gauss(78, 8))),
            "respiration": round(rng.gauss(14.2, 0.6), 1),
        }
    )


def _heart_rate(
    rows: _Rows, a: AthleteProfile, tz: ZoneInfo, day: date, rng: random.Random, now: datetime
) -> None:
    start = datetime.combine(day, time.min, tzinfo=tz).astimezone(UTC)
    offsets = [s for s in range(0, 86400, 300) if start + timedelta(seconds=s) <= now]
    if not offsets:
        return
    base = a.resting_hr or 55
    bpm = [
        int(min(190, max(35, base + 25 * math.sin(math.pi * s / 86400) ** 2 + rng.gauss(0, 4))))
        for s in offsets
    ]
    rows.heart.append(
        {
            "athlete_id": a.id,
            "source": "garmin",
            "sample_date": day,
            "day_start": start,
            "offsets": offsets,
            "bpm": bpm,
            "sample_count": len(bpm),
            "min_bpm": min(bpm),
            "max_bpm": max(bpm),
            "received_at": min(now, start + timedelta(days=1)),
            "late": False,
        }
    )


def _revise_a_night(rows: _Rows, athlete_id: uuid.UUID, rng: random.Random) -> None:
    """One night the watch first reported as tentative, then corrected: revision 2 with history."""
    nights = [s for s in rows.sleep if s["athlete_id"] == athlete_id]
    night = nights[len(nights) - rng.randint(5, 20)]
    night["id"] = uuid.uuid4()
    previous = {
        k: (v.isoformat() if isinstance(v, (date, datetime)) else v)
        for k, v in night.items()
        if k in ("sleep_date", "start_at", "end_at", "total_minutes", "deep_minutes", "rem_minutes")
    }
    previous["status"] = "tentative"
    previous["total_minutes"] = night["total_minutes"] - 35
    night["revision"] = 2
    rows.revisions.append(
        {
            "athlete_id": athlete_id,
            "record_type": "sleep_session",
            "record_id": night["id"],
            "revision": 1,
            "previous": json.dumps(previous),
            "replaced_at": night["received_at"],
        }
    )


def _activity(
    a: AthleteProfile,
    tz: ZoneInfo,
    start: datetime,
    kind: str,
    minutes: int,
    rng: random.Random,
    now: datetime,
) -> dict[str, Any]:
    seconds = minutes * 60
    end = start + timedelta(seconds=seconds)
    received, late = _received(end, rng, now)
    avg = int(rng.uniform(128, 158))
    speed = {"running": 2.9, "cycling": 8.0, "swimming": 0.8, "rowing": 3.5, "walking": 1.4}.get(kind, 0)
    return {
        "athlete_id": a.id,
        "source": "garmin",
        "external_id": f"demo-{uuid.UUID(int=rng.getrandbits(128))}",
        "activity_type": kind,
        "name": f"{kind.replace('_', ' ').title()}",
        "start_at": start,
        "local_date": start.astimezone(tz).date(),
        "duration_seconds": seconds,
        "distance_meters": round(seconds * speed * rng.uniform(0.9, 1.1), 1) if speed else None,
        "avg_hr": avg,
        "max_hr": min(200, avg + rng.randint(12, 30)),
        "calories": int(minutes * rng.uniform(8, 12)),
        "training_load": round(minutes * rng.uniform(1.2, 2.4), 1),
        "aerobic_effect": round(rng.uniform(2.0, 4.2), 1),
        "anaerobic_effect": round(rng.uniform(0.0, 2.5), 1),
        "received_at": max(received, end),
        "late": late,
        "hr_zone_minutes": json.dumps([round(minutes * s, 1) for s in (0.1, 0.45, 0.3, 0.12, 0.03)]),
    }


async def _activities(
    rows: _Rows, a: AthleteProfile, tz: ZoneInfo, first: date, rng: random.Random, now: datetime
) -> None:
    sessions = await TrainingSession.filter(
        athlete_id=a.id, status=SessionStatus.COMPLETED, session_type=SessionType.ENDURANCE
    ).order_by("scheduled_at")
    program_start = min((s.scheduled_at for s in sessions), default=now)
    for session in sessions:
        kind = RUN_TYPES.get(str(session.modality.value))
        if kind is None:
            continue
        start = session.scheduled_at + timedelta(minutes=rng.randint(-5, 10))
        row = _activity(
            a, tz, start, kind, int((session.duration_minutes or 45) * rng.uniform(0.9, 1.1)), rng, now
        )
        rows.activities.append({**row, "planned_session_id": session.id, "match_method": "auto"})
    day = first
    while True:
        start = datetime.combine(day, time(7, 0), tzinfo=tz).astimezone(UTC) + timedelta(
            minutes=rng.randint(0, 600)
        )
        if start + timedelta(hours=3) >= program_start:
            break
        kind = rng.choice(("running", "running", "cycling", "swimming", "strength_training", "walking"))
        rows.activities.append(_activity(a, tz, start, kind, rng.randint(30, 90), rng, now))
        day += timedelta(days=rng.choice((1, 2, 2, 3)))


def _build(
    rows: _Rows, a: AthleteProfile, email: str, now: datetime, ring: bool
) -> tuple[random.Random, date]:
    rng = random.Random(f"coachgraph-demo-wellness:{email}")
    tz = ZoneInfo(a.timezone)
    today = now.astimezone(tz).date()
    first = today - timedelta(days=DAYS - 1)
    gaps = _gaps(rng, first)
    for offset in range(DAYS):
        day = first + timedelta(days=offset)
        fit = offset / DAYS  # fitness builds over the year
        if day not in gaps:
            _watch(rows, a, tz, day, rng, now, fit)
        if ring and (today - day).days < RING_DAYS:
            _ring(rows, a, tz, day, rng, now, fit)
        if (today - day).days < 7:
            _heart_rate(rows, a, tz, day, rng, now)
    _revise_a_night(rows, a.id, rng)
    return rng, first


# by isinstance, most specific first (a bool is an int, a datetime a date)
_TYPES: tuple[tuple[type, str], ...] = (
    (uuid.UUID, "uuid"),
    (str, "text"),
    (bool, "bool"),
    (int, "int"),
    (float, "float8"),
    (datetime, "timestamptz"),
    (date, "date"),
)


def _sql_type(column: str, sample: Any) -> str:
    if column in _COLUMN_TYPES:
        return _COLUMN_TYPES[column]
    return next(name for kind, name in _TYPES if isinstance(sample, kind))


_COLUMN_TYPES = {"offsets": "int[]", "bpm": "smallint[]", "hr_zone_minutes": "jsonb", "previous": "jsonb"}


async def _insert(table: str, rows: list[dict[str, Any]], extra: dict[str, Any]) -> None:
    """One INSERT ... SELECT FROM unnest(...) for all `rows` (missing keys are NULL)."""
    if not rows:
        return
    columns = sorted({k for r in rows for k in r} | set(extra))
    params: list[Any] = []
    casts = []
    for column in columns:
        values = [r.get(column, extra.get(column)) for r in rows]
        if column == "id":
            values = [v or uuid.uuid4() for v in values]
        sql_type = _sql_type(column, next(v for v in values if v is not None))
        if sql_type.endswith("[]"):
            values = ["{" + ",".join(map(str, v)) + "}" if v is not None else None for v in values]
        params.append(values)
        param_type = "text" if sql_type in ("jsonb", "int[]", "smallint[]") else sql_type
        casts.append((column, param_type, sql_type))
    selected = ", ".join(f'r."{c}"::{t}' for c, _, t in casts)
    arrays = ", ".join(f"${i + 1}::{p}[]" for i, (_, p, _) in enumerate(casts))
    names = ", ".join(f'"{c}"' for c, _, _ in casts)
    await connections.get("default").execute_query(
        f'INSERT INTO "{table}" ({names}) SELECT {selected} FROM unnest({arrays}) AS r({names})',  # noqa: S608
        params,
    )


async def load_wellness(*, coach_id: uuid.UUID, emails: list[str]) -> int:
    """Give each demo athlete (by email) of the coach without wearable data a year of it; returns how many."""
    now = clock.now()
    rows = _Rows()
    async with in_transaction():
        athletes = (
            await AthleteProfile.filter(coach_id=coach_id, user__email__in=emails)
            .select_related("user")
            .order_by("display_name")
        )
        have = set(
            await WellnessDaily.filter(athlete_id__in=[a.id for a in athletes])
            .distinct()
            .values_list("athlete_id", flat=True)
        )
        athletes = [a for a in athletes if a.id not in have]
        runs = []
        for index, athlete in enumerate(athletes):
            rng, first = _build(rows, athlete, athlete.user.email, now, ring=index % 2 == 0)
            await _activities(rows, athlete, ZoneInfo(athlete.timezone), first, rng, now)
            runs.append(
                IngestionRun(
                    athlete_id=athlete.id,
                    source="garmin",
                    kind=IngestKind.WELLNESS,
                    status=RunStatus.COMPLETED,
                    started_at=now,
                    finished_at=now,
                    received=DAYS,
                    applied=DAYS,
                )
            )
        stamp = {"created_at": now, "updated_at": now}
        for table, items in (
            ("wellness_daily", rows.wellness),
            ("sleep_session", rows.sleep),
            ("hrv_reading", rows.hrv),
            ("heart_rate_day", rows.heart),
            ("activity", rows.activities),
        ):
            base: dict[str, Any] = {**stamp, "id": None, "revision": 1}
            if table != "heart_rate_day":
                base["status"] = "final"
            if table == "hrv_reading":
                base["context"] = "morning"
            await _insert(table, items, base)
        await _insert("record_revision", rows.revisions, {**stamp, "id": None})
        if runs:
            await IngestionRun.bulk_create(runs)
        await _freshness(now)
    return len(athletes)


async def _freshness(now: datetime) -> None:
    """The freshness watermarks of everything just written (one statement per kind)."""
    conn = connections.get("default")
    for table, kind, day, moment in (
        ("wellness_daily", "wellness", "sample_date", "received_at"),
        ("sleep_session", "sleep", "sleep_date", "end_at"),
        ("hrv_reading", "hrv", "reading_date", "taken_at"),
        ("heart_rate_day", "heart_rate", "sample_date", "received_at"),
        ("activity", "activities", "local_date", "start_at"),
    ):
        await conn.execute_query(
            "INSERT INTO data_freshness (id, athlete_id, source, kind, newest_date, newest_at, last_received_at,"  # noqa: S608
            " created_at, updated_at) "
            f'SELECT gen_random_uuid(), athlete_id, source, $1, max("{day}"), max("{moment}"), max(received_at), $2, $2 '
            f'FROM "{table}" GROUP BY athlete_id, source '
            "ON CONFLICT (athlete_id, source, kind) DO UPDATE SET newest_date = EXCLUDED.newest_date, "
            "newest_at = EXCLUDED.newest_at, last_received_at = EXCLUDED.last_received_at",
            [kind, now],
        )
