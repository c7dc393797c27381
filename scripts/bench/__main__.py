"""`make bench`: coachgraph beside a floor, per workload, on the standard data set, in one run.

1. Creates a throwaway database (embedded PostgreSQL, or the server in DATABASE_URL), migrates it
   and generates the standard data set (scripts/bench/data.py: 20 coaches x 50 athletes, 80,000
   sessions, 60,000 logs, a year of daily wellness: 349,000 rows) with set-based SQL, then
   computes the stored analytics series with `coachgraph recompute` (two processes).
2. Mints an access token for every account with `app.auth.tokens.encode_token` and the servers'
   secret (no logins).
3. Counts each workload's SQL statements once, in this process: the app's through Tortoise's
   `tortoise.db_client` log, the floor's through asyncpg's query logger.
4. Per workload (scripts/bench/workloads.py): starts coachgraph like production (uvicorn, one
   worker, no reload, log level warning, APP_ENV=production) and the floor (scripts/bench/floor.py:
   Starlette + asyncpg, one SQL statement building the same JSON), checks that both answer the
   first request with the same document, then drives each in turn with the load generator (wrk,
   or the Python fallback): a warm-up, then the measured run. A workload that writes (the sync
   batch) puts the data set back before each of these (its `reset`), so both servers make the
   same writes and the check compares the answers to the same request on the same data. The server's CPU time and its
   PostgreSQL backends' CPU time are read before and after (each time once the server is idle
   again), peak RSS (VmHWM) at the end. Workloads with `app_workers` (2,) measure coachgraph with
   `uvicorn --workers 2` too. Fresh server processes for every workload.
5. Prints a table per workload and writes the results to .data/bench/<time>.json and .md.

CPU per request divides the CPU time by every request the server completed, the ones wrk
abandoned at the deadline included (one per connection; the server finishes them). The
figures are as good as the machine is quiet: the load generator, both servers and PostgreSQL
share its cores.

    .venv/bin/python -m scripts.bench [--duration 20] [--warmup 5] [--workloads dashboard,week,roster,sync]
        [--loadgen auto|wrk|python] [--coaches 20] [--athletes-per-coach 50]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from unittest import mock

import asyncpg
import httpx

from app.db.config import DatabaseAddress
from app.settings import Settings
from scripts.bench import floor, report
from scripts.bench.data import DataSpec, generate, recompute_series
from scripts.bench.loadgen import LoadResult, fill, find_wrk, run_python, run_wrk, wrk_version
from scripts.bench.measure import (
    Backends,
    Sample,
    count_app_statements,
    count_floor_statements,
    cpu_delta,
    first_difference,
    mint_tokens,
    wait_idle,
)
from scripts.bench.workloads import WORKLOADS, Workload
from scripts.benchlib import (
    BENCH_SECRET,
    ROOT,
    Server,
    database_url,
    spawn,
    stop,
    temporary_folder,
    throwaway_database,
    wait_live,
)

FLOOR_TARGET = "scripts.bench.floor:create_app"
APP_APPLICATION_NAME = "coachgraph"  # what app/db/config.py names the app's connections
MIB = 2**20


class LoadGenerator:
    """wrk when it is there (or can be installed), else the Python generator."""

    def __init__(self, choice: str) -> None:
        self.wrk = None if choice == "python" else find_wrk(install=True)
        if choice == "wrk" and self.wrk is None:
            sys.exit("wrk was asked for and is not available")
        self.name = (
            wrk_version(self.wrk) if self.wrk else "the Python load generator (scripts/bench/loadgen.py)"
        )

    async def run(
        self, url: str, requests: list[tuple[str, bytes]], connections: int, seconds: int, folder: Path
    ) -> LoadResult:
        if self.wrk:
            return await run_wrk(self.wrk, url, requests, connections, seconds, folder)
        return await run_python(url, requests, connections, seconds, folder)


def bench_settings(address: DatabaseAddress) -> Settings:
    """The settings the servers get (production, the benchmark's secret), for this process."""
    env = {
        "APP_ENV": "production",
        "DATABASE_URL": database_url(address),
        "SECRET_KEY": BENCH_SECRET,
        "HEALTH_CHECK_INTERVAL_SECONDS": "3600",  # in this process only: no check among the counted statements
        "LOG_LEVEL": "warning",  # the app built in this process configures this process's logging
    }
    with mock.patch.dict(os.environ, env, clear=True):
        return Settings()


async def _post(url: str, token: str, body: bytes) -> bytes:
    headers = {"authorization": f"Bearer {token}", "content-type": "application/json"}
    async with httpx.AsyncClient(timeout=120) as http:
        response = await http.post(f"{url}/graphql", content=body, headers=headers)
    return response.content


async def _same_document(
    app: Server, floor_server: Server, request: tuple[str, bytes], reset: Callable[[], Awaitable[None]] | None
) -> tuple[int, int, str | None]:
    """Both servers' answers to `request` (sizes), and where they differ (None: the same).

    A request that writes is sent to each on the same data: `reset` runs before each.
    """
    token, body = request[0], fill(request[1], 0)
    if reset is not None:
        await reset()
    app_body = await _post(app.url, token, body)
    if reset is not None:
        await reset()
    floor_body = await _post(floor_server.url, token, body)
    app_document, floor_document = json.loads(app_body), json.loads(floor_body)
    if "errors" in app_document:
        return (
            len(app_body),
            len(floor_body),
            f"coachgraph answered errors: {json.dumps(app_document['errors'])[:300]}",
        )
    return len(app_body), len(floor_body), first_difference(app_document, floor_document)


@dataclass
class Drive:
    """How servers are driven on one workload: by whom, with what, how many at once, how long."""

    loadgen: LoadGenerator
    requests: list[tuple[str, bytes]]
    connections: int
    warmup: int
    duration: int
    folder: Path
    # before every run, for workloads that write: the data set as it was
    reset: Callable[[], Awaitable[None]] | None = None
    # after a measured run, for workloads that write: what became of its operations
    outcomes: Callable[[], Awaitable[str]] | None = None

    async def run(self, server: Server, seconds: int) -> LoadResult:
        if self.reset is not None:
            await self.reset()
        return await self.loadgen.run(
            f"{server.url}/graphql", self.requests, self.connections, seconds, self.folder
        )


async def _measure(
    server: Server, label: str, backends: Backends, sample: Sample, drive: Drive, workers: int = 1
) -> report.Row:
    """Warm `server` up, then measure it for the drive's duration."""
    print(f"  {label}: warm-up {drive.warmup} s, then {drive.duration} s ...", flush=True)
    await drive.run(server, drive.warmup)
    await wait_idle(server)
    cpu_before, db_before = server.cpu_seconds(), await backends.cpu_seconds()
    result = await drive.run(server, drive.duration)
    await wait_idle(server)
    cpu_after, db_after = server.cpu_seconds(), await backends.cpu_seconds()
    outcomes = await drive.outcomes() if drive.outcomes is not None else None
    if outcomes is not None:
        print(f"  {label}: operations of the measured run: {outcomes}", flush=True)
    served = max(1, result.requests + result.in_flight_at_end)
    db_cpu = cpu_delta(db_before, db_after)
    answered = result.requests > 0
    return report.Row(
        server=label,
        workers=workers,
        requests=result.requests,
        seconds=round(result.seconds, 3),
        req_per_s=round(result.rate, 3),
        p50_ms=round(result.p50_ms, 2) if answered else None,
        p99_ms=round(result.p99_ms, 2) if answered else None,
        max_ms=round(result.max_ms, 2) if answered else None,
        errors=result.errors,
        sql_per_request=len(sample.statements),
        cpu_ms_per_request=round((cpu_after - cpu_before) * 1000 / served, 3),
        db_cpu_ms_per_request=None if db_cpu is None else round(db_cpu * 1000 / served, 3),
        peak_rss_mib=round(server.peak_rss_bytes() / MIB, 1),
        outcomes=outcomes,
    )


async def run_workload(
    workload: Workload,
    address: DatabaseAddress,
    conn: asyncpg.Connection,
    tokens: dict[str, list[str]],
    samples: tuple[Sample, Sample],
    loadgen: LoadGenerator,
    args: argparse.Namespace,
) -> report.WorkloadResult:
    """Both servers on one workload (plus coachgraph with more workers when the workload asks)."""
    requests = await workload.build(conn, tokens[workload.role])
    reset = outcomes = None
    if workload.reset is not None:
        workload_reset = workload.reset

        async def reset() -> None:
            await workload_reset(conn)

    if workload.outcomes is not None:
        workload_outcomes = workload.outcomes

        async def outcomes() -> str:
            return await workload_outcomes(conn)

    app_sample, floor_sample = samples
    app_backends = Backends(conn, address, APP_APPLICATION_NAME)
    floor_backends = Backends(conn, address, floor.APPLICATION_NAME)
    print(f"\n{workload.name}: {workload.description}", flush=True)
    with temporary_folder() as folder:
        drive = Drive(
            loadgen, requests, workload.connections, args.warmup, args.duration, folder, reset, outcomes
        )
        app = spawn(address, folder, f"{workload.name}-app", app_env="production")
        floor_server = spawn(
            address, folder, f"{workload.name}-floor", target=FLOOR_TARGET, app_env="production"
        )
        try:
            await wait_live(app)
            await wait_live(floor_server)
            app_bytes, floor_bytes, difference = await _same_document(app, floor_server, requests[0], reset)
            print(f"  same document as the floor: {'yes' if difference is None else 'NO: ' + difference}")
            rows = [await _measure(app, "coachgraph", app_backends, app_sample, drive)]
            floor_row = await _measure(floor_server, "floor", floor_backends, floor_sample, drive)
        finally:
            stop(app)
            stop(floor_server)
        for workers in (n for n in workload.app_workers if n > 1):
            server = spawn(
                address, folder, f"{workload.name}-app-{workers}", workers=workers, app_env="production"
            )
            try:
                await wait_live(server)
                label = f"coachgraph, {workers} workers"
                rows.append(await _measure(server, label, app_backends, app_sample, drive, workers))
            finally:
                stop(server)
    for row in rows:
        row.ratio_to_floor = round(row.req_per_s / floor_row.req_per_s, 4) if floor_row.req_per_s else None
    floor_row.ratio_to_floor = 1.0
    return report.WorkloadResult(
        name=workload.name,
        description=workload.description,
        connections=workload.connections,
        seconds=args.duration,
        warmup_seconds=args.warmup,
        app_bytes=app_bytes,
        floor_bytes=floor_bytes,
        documents_match=difference is None,
        difference=difference,
        rows=[*rows, floor_row],
        app_statements=app_sample.statements,
        floor_statements=floor_sample.statements,
    )


def _git_commit() -> str:
    git = shutil.which("git")
    if git is None:
        return "unknown"
    found = subprocess.run(
        [git, "describe", "--always", "--dirty"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    return found.stdout.strip() or "unknown"


async def main(args: argparse.Namespace) -> None:
    started_at = datetime.now(UTC)
    loadgen = LoadGenerator(args.loadgen)
    print(f"load generator: {loadgen.name}")
    wanted = [name.strip() for name in args.workloads.split(",") if name.strip()]
    unknown = set(wanted) - {w.name for w in WORKLOADS}
    if unknown:
        sys.exit(
            f"unknown workload(s): {', '.join(sorted(unknown))}; known: {', '.join(w.name for w in WORKLOADS)}"
        )
    workloads = [w for w in WORKLOADS if w.name in wanted]
    spec = DataSpec(coaches=args.coaches, athletes_per_coach=args.athletes_per_coach)
    results = []
    async with throwaway_database() as address:
        conn = await asyncpg.connect(
            host=address.host,
            port=address.port,
            user=address.user,
            password=address.password,
            database=address.database,
        )
        try:
            print(f"generating {spec.coaches} coaches x {spec.athletes_per_coach} athletes ...", flush=True)
            data = await generate(conn, spec)
            print(
                f"  {data['total_seconds']} s: "
                + ", ".join(f"{k} {v['rows']:,}" for k, v in data.items() if k != "total_seconds")
            )
            print("computing the analytics series (coachgraph recompute, 2 processes) ...", flush=True)
            series = await recompute_series(conn, address)
            print(f"  {series['seconds']} s: {series['rows']:,} rows")
            settings = bench_settings(address)
            tokens = await mint_tokens(conn, settings)
            built = {w.name: (await w.build(conn, tokens[w.role]))[0] for w in workloads}
            # Rounds 0 and 1 through the app (warm-up, counted), 2 and 3 through the floor: a
            # request that writes never repeats an earlier one (a replay would count others).
            rounds = [
                {name: (token, fill(body, n)) for name, (token, body) in built.items()} for n in range(4)
            ]
            print("counting SQL statements per request (in this process) ...", flush=True)
            app_samples = await count_app_statements(settings, address, rounds[1], rounds[0])
            floor_samples = await count_floor_statements(settings, rounds[3], rounds[2])
            for workload in workloads:
                samples = (app_samples[workload.name], floor_samples[workload.name])
                results.append(await run_workload(workload, address, conn, tokens, samples, loadgen, args))
        finally:
            await conn.close()
    run = {
        "started_at": started_at.isoformat(timespec="seconds"),
        "commit": _git_commit(),
        "load_generator": loadgen.name,
        "machine": f"{os.cpu_count()} CPUs, {platform.platform()}, Python {platform.python_version()}",
        "load_average_at_start": " ".join(f"{x:.2f}" for x in os.getloadavg()),
        "data_set": f"{spec.coaches} coaches x {spec.athletes_per_coach} athletes, generated in "
        f"{data['total_seconds']} s, analytics series computed in {series['seconds']} s",
        "rows": {**{k: v["rows"] for k, v in data.items() if k != "total_seconds"}, "series": series["rows"]},
        "server": "uvicorn, no reload, log level warning, no access log, APP_ENV=production",
    }
    print()
    for result in results:
        print(report.text_table(result), end="\n\n")
    stamp = started_at.strftime("%Y%m%d-%H%M%S")
    written = report.write(Path(args.results_dir), stamp, run, results)
    print("results written to " + " and ".join(str(path) for path in written))
    print(f"({time.perf_counter() - START:.0f} s in all)")


START = time.perf_counter()

if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="python -m scripts.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=20, help="measured seconds per server and workload")
    parser.add_argument("--warmup", type=int, default=5, help="warm-up seconds before each measured run")
    parser.add_argument(
        "--workloads", default=",".join(w.name for w in WORKLOADS), help="comma-separated names"
    )
    parser.add_argument("--loadgen", choices=("auto", "wrk", "python"), default="auto")
    parser.add_argument("--coaches", type=int, default=DataSpec.coaches)
    parser.add_argument("--athletes-per-coach", type=int, default=DataSpec.athletes_per_coach)
    parser.add_argument("--results-dir", default=str(ROOT / ".data" / "bench"))
    asyncio.run(main(parser.parse_args()))
