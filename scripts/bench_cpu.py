"""Benchmark: the server's own CPU time per request of a workload, in this process, one at a time.

`make bench` measures throughput beside the floor, end to end; this measures what one request
costs the Python process alone (the load generator, uvicorn and PostgreSQL's work left out), so
the effect of a change to execution shows without the noise of a loaded machine. Generates the
standard data set (scripts/bench/data.py) in a throwaway database, builds the app in this process
(production settings), sends each workload's request `--requests` times through the ASGI
interface, and prints the median and lowest CPU milliseconds per request (time.process_time) and
the SQL statements per request. `--profile` prints the functions that took the most time.

    .venv/bin/python -m scripts.bench_cpu [--workloads dashboard,week] [--requests 20] [--profile [--profile-out PATH]]
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import os
import pstats
import statistics
import time
from unittest import mock

import asyncpg

from app.settings import Settings
from scripts.bench.data import DataSpec, generate
from scripts.bench.measure import _tortoise_statements, in_process, mint_tokens
from scripts.bench.workloads import WORKLOADS
from scripts.benchlib import BENCH_SECRET, database_url, throwaway_database


async def main(args: argparse.Namespace) -> None:
    wanted = [w for w in WORKLOADS if w.name in args.workloads.split(",")]
    async with throwaway_database() as address:
        conn = await asyncpg.connect(database_url(address))
        try:
            print("generating the data set ...", flush=True)
            await generate(conn, DataSpec())
            env = {
                "APP_ENV": "production",
                "DATABASE_URL": database_url(address),
                "SECRET_KEY": BENCH_SECRET,
                "HEALTH_CHECK_INTERVAL_SECONDS": "3600",
                "LOG_LEVEL": "warning",
            }
            with mock.patch.dict(os.environ, env, clear=False):
                settings = Settings()
            tokens = await mint_tokens(conn, settings)
        finally:
            await conn.close()
        from graphql_schema.app import create_app

        async with in_process(create_app(settings, database=address)) as client:
            for workload in wanted:
                token, body = workload.requests(tokens[workload.role])[0]
                headers = {"authorization": f"Bearer {token}", "content-type": "application/json"}
                first = await client.post("/graphql", content=body, headers=headers)
                assert "errors" not in first.json(), first.text[:500]
                with _tortoise_statements() as statements:
                    await client.post("/graphql", content=body, headers=headers)
                profile = cProfile.Profile() if args.profile else None
                spent = []
                for _ in range(args.requests):
                    if profile:
                        profile.enable()
                    started = time.process_time()
                    await client.post("/graphql", content=body, headers=headers)
                    spent.append((time.process_time() - started) * 1000)
                    if profile:
                        profile.disable()
                print(
                    f"{workload.name}: {len(first.content) / 1024:,.0f} KiB, {len(statements.statements)} SQL statements;"
                    f" CPU ms per request: median {statistics.median(spent):.2f},"
                    f" mean {statistics.fmean(spent):.2f}, lowest {min(spent):.2f}"
                    f" ({args.requests} requests)"
                )
                if profile:
                    pstats.Stats(profile).sort_stats("tottime").print_stats(25)
                    if args.profile_out:
                        profile.dump_stats(f"{args.profile_out}.{workload.name}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--workloads", default="dashboard,week")
    parser.add_argument("--requests", type=int, default=20)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--profile-out", help="also write each workload's profile to PATH.<workload>")
    asyncio.run(main(parser.parse_args()))
