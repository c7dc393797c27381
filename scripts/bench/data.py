"""The benchmark's standard data set, generated set-based in PostgreSQL.

20 coaches x 50 athletes; each athlete has one current 16-week program (4 phases, 16 weekly
micro-cycles) that started on the Monday 8 weeks before the athlete's local today, with 5
sessions a week, strength and endurance alternating, prescribed like the demo's (the demo's
templates, checked against the prescription schemas). 3 of every 4 sessions are logged (the
session is COMPLETED, its log's actual data mirrors the prescription like the demo's) and a
third of the logged ones have feedback; of the rest, those already over are SKIPPED and the
others PLANNED. This is the issue's standard set: 4,000 sessions and 3,000 logs per coach, so
logs reach into the programs' second half too (a set sized for load, not a realistic calendar).
Every account has the same password, hashed once.

Every athlete also has a year of daily wellness (one Garmin summary a day ending on the athlete's
local today: resting HR, HRV, sleep, stress, steps; every 23rd day missing, and the last 3 days
for 1 athlete in 10 and the last day for another 1 in 10, so the roster's freshness shows STALE
and WARN too) and its freshness watermark, 349,000 rows in about 6 s. `recompute_series` then
computes the stored analytics series (training load, readiness, weekly rollups and summaries:
834,000 rows) with the project's own `coachgraph recompute`, in two processes, in about a minute
on the 2-core machine: the roster overview reads what the app would have stored.

Each table group is one function of `(connection, spec)` that runs INSERT ... SELECT over
generate_series with deterministic ids (`md5('bench:<kind>:<number>')::uuid`), so the 80,000
sessions load in seconds and the same spec gives the same rows. The functions run in the order of
`TABLE_GROUPS`; a later group may read the rows of an earlier one.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import asyncpg

from app.auth.passwords import hash_password
from app.core.errors import Collector
from app.db.config import DatabaseAddress
from app.demo.training_data import (
    ACCESSORY_LOAD,
    DOSAGE,
    ENDURANCE_TEMPLATES,
    HR_FRACTION,
    MAIN,
    ONE_RM_BASIS,
    PHASES,
    PLYO,
    PLYO_REPS,
    POWER_FRACTION,
    SECONDARY,
    STRENGTH_DURATION,
    STRENGTH_PLANNED_RPE,
    STRENGTH_TEMPLATES,
)
from app.exercises.catalog import SYSTEM_EXERCISE_IDS
from app.logs.actual_data import validate_actual_data
from app.programs.models import Modality, SessionType
from app.programs.prescriptions import check_prescription
from scripts.benchlib import BENCH_SECRET, ROOT, database_url, environment

BENCH_PASSWORD = "Bench-Password-2026"


@dataclass(frozen=True)
class DataSpec:
    """The size of the data set; the defaults are the standard set."""

    coaches: int = 20
    athletes_per_coach: int = 50
    weeks_of_history: int = 8

    @property
    def athletes(self) -> int:
        return self.coaches * self.athletes_per_coach


# One week: (weekday 0=Monday, athlete-local time). Sessions alternate strength / endurance
# over the program (session number k even: strength), so weeks start with either.
SLOTS = ((0, "06:30"), (1, "17:30"), (2, "06:30"), (3, "17:30"), (5, "09:00"))
PROGRAM_WEEKS = sum(weeks for _, weeks, _ in PHASES)
# A year of daily wellness per athlete, ending on the athlete's local today.
WELLNESS_DAYS = 365
STRENGTH_KINDS = ("lower_squat", "upper_bench", "lower_deadlift", "upper_press")
ENDURANCE_KINDS = ("easy_run", "tempo_run", "easy_bike", "swim")
TIMEZONES = ("Europe/Oslo", "Europe/London", "America/New_York", "America/Los_Angeles", "Asia/Tokyo")
GOALS = ("hybrid", "strength", "endurance", "race_preparation", "general_fitness")
FIRST_NAMES = ("Ava", "Ben", "Chloe", "Diego", "Emi", "Finn", "Grace", "Hugo", "Ines", "Jonas")
LAST_NAMES = ("Lindqvist", "Okafor", "Martin", "Ramos", "Tanaka", "Berg", "Silva", "Novak", "Kaur", "Moreau")
# The reference athlete the logged weights are computed for (the demo's hybrid profile).
ONE_RM = {"Back Squat": 110.0, "Deadlift": 140.0, "Bench Press": 70.0}
FTP, MAX_HR = 220, 188


# --------------------------------------------------------------------------- session templates


def _intensity(rpe: int) -> str:
    """The demo's planned intensity for a planned RPE."""
    if rpe <= 3:
        return "recovery"
    if rpe <= 5:
        return "easy"
    if rpe <= 7:
        return "moderate"
    return "hard" if rpe == 8 else "max"


def _round_to(value: float, step: float) -> float:
    return round(round(value / step) * step, 2)


def _strength(kind: str, phase: str) -> dict[str, Any]:
    title, focus, exercises = STRENGTH_TEMPLATES[kind]
    prescribed, done = [], []
    for name, role in exercises:
        sets, reps, value, rest = DOSAGE[phase][role]
        reps = PLYO_REPS.get(name, reps) if role == PLYO else reps
        by_1rm = role in (MAIN, SECONDARY)
        prescribed.append(
            {
                "exerciseId": str(SYSTEM_EXERCISE_IDS[name]),
                "sets": sets,
                "reps": reps,
                "intensity": {"type": "percent_1rm" if by_1rm else "rpe", "value": value},
                "restSeconds": rest,
            }
        )
        if by_1rm:
            basis, ratio = ONE_RM_BASIS[name]
            weight = _round_to(ONE_RM[basis] * ratio * value / 100, 2.5)
            rpe = round(5 + (value - 60) / 8)
        else:
            weight, rpe = _round_to(ACCESSORY_LOAD[name] * ONE_RM["Back Squat"] / 120, 0.5), round(value)
        done.append(
            {
                "exerciseId": str(SYSTEM_EXERCISE_IDS[name]),
                "sets": [{"weight": weight, "reps": reps, "rpe": min(10, rpe + i // 2)} for i in range(sets)],
                "modified": False,
            }
        )
    rpe = STRENGTH_PLANNED_RPE[phase]
    return {
        "session_type": SessionType.STRENGTH,
        "title": title,
        "focus": focus,
        "modality": Modality.STRENGTH,
        "minutes": STRENGTH_DURATION[phase],
        "planned_rpe": rpe,
        "prescription": {"exercises": prescribed},
        "actual": {"exercises": done},
    }


def _endurance(kind: str, phase: str) -> dict[str, Any]:
    template = ENDURANCE_TEMPLATES[kind]
    minutes = template.minutes[phase]
    modality = template.modality
    if modality is Modality.RUN:
        distance = {"value": round(minutes / 5.5, 1), "unit": "km"}
    elif modality is Modality.BIKE:
        distance = {"value": round(minutes / 60 * 27.0, 1), "unit": "km"}
    else:
        distance = {"value": int(_round_to(minutes * 42, 100)), "unit": "meters"}
    zone = template.zone
    return {
        "session_type": SessionType.ENDURANCE,
        "title": template.title,
        "focus": template.focus,
        "modality": modality,
        "minutes": minutes,
        "planned_rpe": template.planned_rpe,
        "prescription": {
            "modality": modality.value,
            "duration": {"value": minutes, "unit": "minutes"},
            "distance": distance,
            "intensity": {"type": template.intensity_type, "zone": zone},
        },
        "actual": {
            "modality": modality.value,
            "duration": {"value": minutes, "unit": "minutes"},
            "distance": {**distance, "value": round(distance["value"] * 1.02, 2)},
            "avgHeartRate": round(MAX_HR * HR_FRACTION[zone]),
            "avgPower": round(FTP * POWER_FRACTION[zone]) if modality is Modality.BIKE else None,
            "completed": True,
        },
    }


def session_templates() -> list[tuple[Any, ...]]:
    """Rows of the `bench_template` table: per phase, strength and endurance variants with their
    prescription and the logged actual data, each checked against the app's JSON schemas."""
    rows = []
    for phase_order, (phase, _, _) in enumerate(PHASES, start=1):
        for kinds, build in ((STRENGTH_KINDS, _strength), (ENDURANCE_KINDS, _endurance)):
            for variant, kind in enumerate(kinds):
                t = build(kind, phase)
                errors = Collector()
                check_prescription(t["prescription"], t["session_type"], errors)
                validate_actual_data(t["actual"], t["session_type"], errors)
                if errors.errors:
                    raise ValueError(f"template {phase}/{kind} is invalid: {errors.errors}")
                rows.append(
                    (
                        phase_order,
                        t["session_type"].value,
                        variant,
                        t["title"],
                        t["focus"],
                        t["modality"].value,
                        _intensity(t["planned_rpe"]),
                        t["minutes"],
                        t["planned_rpe"],
                        json.dumps(t["prescription"]),
                        json.dumps(t["actual"]),
                    )
                )
    return rows


# --------------------------------------------------------------------------- SQL

# Every athlete n (1..athletes) with coach (n - 1) / per_coach + 1; $1 athletes, $2 per coach.
_ATHLETES = """
    FROM generate_series(1, $1::int) AS n
    CROSS JOIN LATERAL (SELECT (n - 1) / $2::int + 1 AS c) AS owner
"""

# Every session: athlete n (1..$1), week w (1..16), slot s; k = its number in the program (from
# 0). Joins the athlete, their program, the week, the slot and the session's template.
_GRID = """
    FROM generate_series(1, $1::int) AS n
    CROSS JOIN generate_series(1, {weeks}) AS w
    CROSS JOIN generate_series(0, {slots} - 1) AS s
    CROSS JOIN LATERAL (SELECT (w - 1) * {slots} + s AS k) AS number
    JOIN athlete_profile a ON a.id = md5('bench:athlete:' || n)::uuid
    JOIN training_program p ON p.id = md5('bench:program:' || n)::uuid
    JOIN micro_cycle mc ON mc.id = md5('bench:week:' || n || ':' || w)::uuid
    JOIN program_phase ph ON ph.id = mc.phase_id
    JOIN bench_slot slot ON slot.slot = s
    JOIN bench_template t ON t.phase_order = ph.phase_order
        AND t.session_type = CASE WHEN number.k % 2 = 0 THEN 'strength' ELSE 'endurance' END
        AND t.variant = (number.k / 2) % 4
""".format(weeks=PROGRAM_WEEKS, slots=len(SLOTS))

# A session is logged unless k % 4 = 3 (75 %); a third of the logged ones get feedback.
_LOGGED = "number.k % 4 <> 3"
_WITH_FEEDBACK = "number.k % 4 <> 3 AND number.k % 3 = 0"


async def accounts(conn: asyncpg.Connection, spec: DataSpec) -> int:
    """Users (coaches and athletes, one password hash), coaches and athlete profiles."""
    password_hash = await hash_password(BENCH_PASSWORD)
    await conn.execute(
        """
        INSERT INTO user_account (id, created_at, updated_at, email, password_hash, role, is_active)
        SELECT md5('bench:user:coach:' || c)::uuid, now(), now(),
               'coach' || lpad(c::text, 3, '0') || '@bench.coachgraph.dev', $2, 'coach', true
        FROM generate_series(1, $1::int) AS c
        """,
        spec.coaches,
        password_hash,
    )
    await conn.execute(
        """
        INSERT INTO coach (id, created_at, updated_at, display_name, user_id)
        SELECT md5('bench:coach:' || c)::uuid, now(), now(), 'Coach ' || lpad(c::text, 3, '0'),
               md5('bench:user:coach:' || c)::uuid
        FROM generate_series(1, $1::int) AS c
        """,
        spec.coaches,
    )
    await conn.execute(
        """
        INSERT INTO user_account (id, created_at, updated_at, email, password_hash, role, is_active)
        SELECT md5('bench:user:athlete:' || n)::uuid, now(), now(),
               'athlete' || lpad(n::text, 5, '0') || '@bench.coachgraph.dev', $3, 'athlete', true
        """
        + _ATHLETES,
        spec.athletes,
        spec.athletes_per_coach,
        password_hash,
    )
    await conn.execute(
        """
        INSERT INTO athlete_profile (id, created_at, updated_at, display_name, timezone, primary_goal,
                                     resting_hr, max_hr, height_cm, weight_kg, coach_id, user_id)
        SELECT md5('bench:athlete:' || n)::uuid, now(), now(),
               ($3::text[])[1 + n % 10] || ' ' || ($4::text[])[1 + (n / 10) % 10] || ' ' || lpad(n::text, 5, '0'),
               ($5::text[])[1 + n % 5], ($6::text[])[1 + (n / 5) % 5],
               45 + n % 15, 180 + n % 15, 160 + n % 30, 55 + n % 40,
               md5('bench:coach:' || owner.c)::uuid, md5('bench:user:athlete:' || n)::uuid
        """
        + _ATHLETES,
        spec.athletes,
        spec.athletes_per_coach,
        list(FIRST_NAMES),
        list(LAST_NAMES),
        list(TIMEZONES),
        list(GOALS),
    )
    return 2 * (spec.coaches + spec.athletes)


async def programs(conn: asyncpg.Connection, spec: DataSpec) -> int:
    """One current program per athlete, its phases and its weekly micro-cycles."""
    names = [name for name, _, _ in PHASES]
    lengths = [weeks for _, weeks, _ in PHASES]
    focus = [text for _, _, text in PHASES]
    firsts = [sum(lengths[:i]) for i in range(len(lengths))]
    await conn.execute(
        """
        INSERT INTO training_program (id, created_at, updated_at, title, description, start_date, end_date,
                                      macro_cycle, status, version, athlete_id, coach_id)
        SELECT md5('bench:program:' || n)::uuid, now(), now(), 'Hybrid Performance Block', NULL,
               start_date, start_date + 7 * $3::int - 1, 'Base - Build - Peak - Taper', 'current', 1,
               a.id, a.coach_id
        """
        + _ATHLETES
        + """
        JOIN athlete_profile a ON a.id = md5('bench:athlete:' || n)::uuid
        CROSS JOIN LATERAL (
            SELECT date_trunc('week', (now() AT TIME ZONE a.timezone)::date)::date - 7 * $4::int AS start_date
        ) AS start
        """,
        spec.athletes,
        spec.athletes_per_coach,
        PROGRAM_WEEKS,
        spec.weeks_of_history,
    )
    phase_rows = """
        JOIN athlete_profile a ON a.id = md5('bench:athlete:' || n)::uuid
        JOIN training_program p ON p.id = md5('bench:program:' || n)::uuid
        CROSS JOIN LATERAL (SELECT (now() AT TIME ZONE a.timezone)::date AS today) AS local
        CROSS JOIN unnest($3::text[], $4::text[], $5::int[], $6::int[])
            WITH ORDINALITY AS phase(name, focus, first_week, weeks, phase_order)
    """
    await conn.execute(
        """
        INSERT INTO program_phase (id, created_at, updated_at, name, focus, phase_order, start_date,
                                   end_date, status, program_id)
        SELECT md5('bench:phase:' || n || ':' || phase.phase_order)::uuid, now(), now(), phase.name,
               phase.focus, phase.phase_order, dates.first_day, dates.last_day,
               CASE WHEN dates.last_day < local.today THEN 'completed'
                    WHEN dates.first_day <= local.today THEN 'active' ELSE 'planned' END,
               p.id
        """
        + _ATHLETES
        + phase_rows
        + """
        CROSS JOIN LATERAL (
            SELECT p.start_date + 7 * phase.first_week AS first_day,
                   p.start_date + 7 * (phase.first_week + phase.weeks) - 1 AS last_day
        ) AS dates
        """,
        spec.athletes,
        spec.athletes_per_coach,
        names,
        focus,
        firsts,
        lengths,
    )
    await conn.execute(
        """
        INSERT INTO micro_cycle (id, created_at, updated_at, week_index, start_date, end_date, status,
                                 readiness_score, phase_id, program_id)
        SELECT md5('bench:week:' || n || ':' || w)::uuid, now(), now(), w, dates.first_day, dates.last_day,
               CASE WHEN dates.last_day < local.today THEN 'completed'
                    WHEN dates.first_day <= local.today THEN 'active' ELSE 'planned' END,
               NULL, md5('bench:phase:' || n || ':' || phase.phase_order)::uuid, p.id
        """
        + _ATHLETES
        + phase_rows
        + """
        CROSS JOIN LATERAL generate_series(phase.first_week + 1, phase.first_week + phase.weeks) AS w
        CROSS JOIN LATERAL (
            SELECT p.start_date + 7 * (w - 1) AS first_day, p.start_date + 7 * (w - 1) + 6 AS last_day
        ) AS dates
        """,
        spec.athletes,
        spec.athletes_per_coach,
        names,
        focus,
        firsts,
        lengths,
    )
    return spec.athletes * (1 + len(PHASES) + PROGRAM_WEEKS)


async def sessions(conn: asyncpg.Connection, spec: DataSpec) -> int:
    """The program's sessions: 3 in 4 COMPLETED (they get a log), the rest SKIPPED when over, else PLANNED."""
    await conn.execute(
        "CREATE TEMPORARY TABLE bench_slot (slot int PRIMARY KEY, weekday int, local_time time) ON COMMIT DROP"
    )
    await conn.executemany(
        "INSERT INTO bench_slot VALUES ($1, $2, $3::text::time)",
        [(s, day, hhmm) for s, (day, hhmm) in enumerate(SLOTS)],
    )
    await conn.execute(
        """
        CREATE TEMPORARY TABLE bench_template (
            phase_order int, session_type text, variant int, title text, focus text, modality text,
            intensity text, minutes int, planned_rpe int, prescription jsonb, actual jsonb
        ) ON COMMIT DROP
        """
    )
    await conn.copy_records_to_table(
        "bench_template",
        records=[(*row[:9], row[9], row[10]) for row in session_templates()],
        columns=[
            "phase_order",
            "session_type",
            "variant",
            "title",
            "focus",
            "modality",
            "intensity",
            "minutes",
            "planned_rpe",
            "prescription",
            "actual",
        ],
    )
    await conn.execute(
        f"""
        INSERT INTO training_session (id, created_at, updated_at, title, scheduled_at, duration_minutes,
            modality, session_type, prescription, focus, intensity, status, planned_load, completed_at,
            skipped_reason, athlete_id, micro_cycle_id, phase_id, program_id)
        SELECT md5('bench:session:' || n || ':' || number.k)::uuid, now(), now(), t.title, at.scheduled_at,
               t.minutes, t.modality, t.session_type, t.prescription, t.focus, t.intensity,
               CASE WHEN {_LOGGED} THEN 'completed'
                    WHEN at.scheduled_at + make_interval(mins => t.minutes) < now() THEN 'skipped'
                    ELSE 'planned' END,
               t.planned_rpe * t.minutes,
               CASE WHEN {_LOGGED} THEN at.scheduled_at + make_interval(mins => t.minutes + 10) END,
               CASE WHEN NOT {_LOGGED} AND at.scheduled_at + make_interval(mins => t.minutes) < now()
                    THEN 'Work deadline ran late' END,
               a.id, mc.id, ph.id, p.id
        {_GRID}
        CROSS JOIN LATERAL (
            SELECT ((mc.start_date + slot.weekday) + slot.local_time) AT TIME ZONE a.timezone AS scheduled_at
        ) AS at
        """,
        spec.athletes,
    )
    return spec.athletes * PROGRAM_WEEKS * len(SLOTS)


async def logs(conn: asyncpg.Connection, spec: DataSpec) -> int:
    """A current workout log (version 1) for every COMPLETED session, its actual data the template's."""
    status = await conn.execute(
        f"""
        INSERT INTO workout_log (id, created_at, updated_at, completed_at, actual_data, rpe, duration_minutes,
            notes, sync_status, version, replaces_id, is_current, athlete_id, session_id)
        SELECT md5('bench:log:' || n || ':' || number.k)::uuid, now(), now(), ts.completed_at, t.actual,
               least(10, greatest(1, t.planned_rpe + (n + number.k) % 3 - 1)),
               t.minutes + (n + number.k) % 7 - 3,
               CASE WHEN (n + number.k) % 10 = 0 THEN 'Felt strong, could have done one more rep.' END,
               'synced', 1, NULL, true, a.id, ts.id
        {_GRID}
        JOIN training_session ts ON ts.id = md5('bench:session:' || n || ':' || number.k)::uuid
        WHERE {_LOGGED}
        """,
        spec.athletes,
    )
    return int(status.split()[-1])


async def feedback(conn: asyncpg.Connection, spec: DataSpec) -> int:
    """Session feedback on a third of the logged sessions."""
    status = await conn.execute(
        f"""
        INSERT INTO session_feedback (id, created_at, updated_at, feedback_type, mood, energy, soreness,
            comments, submitted_at, athlete_id, session_id)
        SELECT md5('bench:feedback:' || n || ':' || number.k)::uuid, now(), now(),
               CASE WHEN t.planned_rpe >= 8 THEN 'hard' ELSE 'done' END,
               (ARRAY['great', 'good', 'okay', 'motivated', 'tired'])[1 + (n + number.k) % 5],
               1 + (n + number.k) % 5, 1 + (n * number.k) % 5, NULL,
               ts.completed_at + interval '30 minutes', a.id, ts.id
        {_GRID}
        JOIN training_session ts ON ts.id = md5('bench:session:' || n || ':' || number.k)::uuid
        WHERE {_WITH_FEEDBACK}
        """,
        spec.athletes,
    )
    return int(status.split()[-1])


async def wellness(conn: asyncpg.Connection, spec: DataSpec) -> int:
    """A year of daily wellness summaries per athlete (one source, with gaps) and their freshness.

    365 athlete-local days ending today, every 23rd missing; for 1 athlete in 10 the last 3 days
    are missing (their data is STALE) and for 1 in 10 the last day (WARN). Each day's summary
    arrived at 07:00 local (now, for today before 07:00). `data_freshness` gets the watermark the
    ingestion path keeps (one row per athlete and source).
    """
    status = await conn.execute(
        f"""
        INSERT INTO wellness_daily (id, created_at, updated_at, source, status, received_at, late, revision,
            athlete_id, sample_date, resting_hr, hrv_rmssd, sleep_score, sleep_minutes, steps, stress)
        SELECT md5('bench:wellness:' || n || ':' || i)::uuid, now(), now(), 'garmin', 'final',
               least(now(), (day.d + time '07:00') AT TIME ZONE a.timezone), false, 1, a.id, day.d,
               48 + (n + i) % 9, round((45 + 20 * sin(i / 9.0 + n) + (n * i) % 11)::numeric, 1)::float8,
               55 + (n * 7 + i * 3) % 45, 380 + (n + i * 13) % 140, 3000 + (n * 31 + i * 97) % 12000,
               10 + (n + i * 7) % 70
        {_ATHLETES}
        JOIN athlete_profile a ON a.id = md5('bench:athlete:' || n)::uuid
        CROSS JOIN generate_series(0, {WELLNESS_DAYS - 1}) AS i
        CROSS JOIN LATERAL (SELECT (now() AT TIME ZONE a.timezone)::date - {WELLNESS_DAYS - 1} + i AS d) AS day
        WHERE (n + i) % 23 <> 0
          AND i <= {WELLNESS_DAYS - 1} - CASE n % 10 WHEN 0 THEN 3 WHEN 1 THEN 1 ELSE 0 END
        """,
        spec.athletes,
        spec.athletes_per_coach,
    )
    await conn.execute(
        """
        INSERT INTO data_freshness (id, created_at, updated_at, athlete_id, source, kind, newest_date, newest_at,
                                    last_received_at)
        SELECT md5('bench:freshness:' || athlete_id || ':' || source)::uuid, now(), now(), athlete_id, source,
               'wellness', max(sample_date), max(received_at), max(received_at)
        FROM wellness_daily
        GROUP BY athlete_id, source
        """
    )
    return int(status.split()[-1])


TableGroup = Callable[[asyncpg.Connection, DataSpec], Awaitable[int]]

# In order; each returns the rows it inserted.
TABLE_GROUPS: tuple[TableGroup, ...] = (accounts, programs, sessions, logs, feedback, wellness)


async def generate(conn: asyncpg.Connection, spec: DataSpec) -> dict[str, Any]:
    """Insert the data set in one transaction, then ANALYZE; returns rows and seconds per group."""
    report: dict[str, Any] = {}
    started = time.perf_counter()
    async with conn.transaction():
        for group in TABLE_GROUPS:
            t0 = time.perf_counter()
            rows = await group(conn, spec)
            report[group.__name__] = {"rows": rows, "seconds": round(time.perf_counter() - t0, 2)}
    await conn.execute("ANALYZE")
    report["total_seconds"] = round(time.perf_counter() - started, 2)
    return report


SERIES_TABLES = ("daily_training_load", "daily_readiness", "weekly_metrics", "weekly_summary")


async def recompute_series(
    conn: asyncpg.Connection, address: DatabaseAddress, workers: int = 2
) -> dict[str, Any]:
    """The stored analytics series of every athlete, by the project's own path: `coachgraph
    recompute --part K/N` in `workers` processes at once (as `make bench-recompute`), then ANALYZE.

    Returns the rows written (every series table) and the seconds it took.
    """
    env = environment(
        APP_ENV="test", DATABASE_URL=database_url(address), SECRET_KEY=BENCH_SECRET, LOG_LEVEL="WARNING"
    )
    started = time.perf_counter()
    processes = [
        await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "app.cli",
            "recompute",
            "--part",
            f"{k}/{workers}",
            cwd=ROOT,
            env=env,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        for k in range(1, workers + 1)
    ]
    for process in processes:
        _, errors = await process.communicate()
        if process.returncode != 0:
            raise RuntimeError(f"coachgraph recompute failed: {errors.decode(errors='replace')[-2000:]}")
    await conn.execute("ANALYZE")
    rows = 0
    for table in SERIES_TABLES:
        rows += await conn.fetchval(f'SELECT count(*) FROM "{table}"')  # noqa: S608
    return {"rows": rows, "seconds": round(time.perf_counter() - started, 2)}
