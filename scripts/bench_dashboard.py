"""Benchmark: the coach dashboard query over the real ASGI app and a real PostgreSQL.

Loads the demo roster into a throwaway database (embedded PostgreSQL, or DATABASE_URL's server),
then times the dashboard query and counts its SQL statements. Prints figures; asserts nothing.

    .venv/bin/python scripts/bench_dashboard.py [--runs 50]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import statistics
import time
import uuid

import httpx
from asgi_lifespan import LifespanManager

from app.auth import service as auth
from app.core.actor import ClientInfo
from app.db.config import tortoise_config
from app.db.lifecycle import (
    apply_migrations,
    create_database_if_missing,
    drop_database,
    resolve_database,
)
from app.demo import DEMO_COACH_EMAIL, DEMO_PASSWORD, load_demo
from app.exercises.catalog import ensure_system_exercises
from app.settings import Settings
from graphql_schema.app import create_app

DASHBOARD = """
query Dashboard {
  athletes(first: 50) { edges { node {
    displayName
    currentProgram {
      title totalWeeks completedWeeks adherenceRate currentPhase { name } nextSession { title scheduledAt }
      phases { name microCycles { weekIndex sessionsPlanned sessionsCompleted
        sessions { title status log { rpe sessionLoad } feedback { energy soreness } } } }
    }
  } } }
}
"""


class _Counter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


async def main(runs: int) -> None:
    settings = Settings(APP_ENV="test", DATABASE_URL=os.environ.get("DATABASE_URL"))
    handle = resolve_database(settings, embedded_subdir="bench-postgres")
    address = handle.address.with_database(f"coachgraph_bench_{uuid.uuid4().hex[:8]}")
    await create_database_if_missing(address)
    try:
        await apply_migrations(tortoise_config(address, settings))
        app = create_app(settings, database=address)
        async with LifespanManager(app):
            await ensure_system_exercises()
            started = time.perf_counter()
            await load_demo(reset=False, settings=settings)
            load_seconds = time.perf_counter() - started
            tokens = await auth.login(
                email=DEMO_COACH_EMAIL, password=DEMO_PASSWORD, settings=settings, client=ClientInfo()
            )
            headers = {"authorization": f"Bearer {tokens.access_token}"}
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
                counter = _Counter()
                db_log = logging.getLogger("tortoise.db_client")
                db_log.setLevel(logging.DEBUG)
                db_log.propagate = False
                db_log.addHandler(counter)
                response = await client.post("/graphql", json={"query": DASHBOARD}, headers=headers)
                db_log.removeHandler(counter)
                db_log.setLevel(logging.WARNING)
                db_log.propagate = True
                body = response.json()
                assert "errors" not in body, body
                sessions = sum(
                    len(c["sessions"])
                    for e in body["data"]["athletes"]["edges"]
                    for p in e["node"]["currentProgram"]["phases"]
                    for c in p["microCycles"]
                )
                timings = []
                for _ in range(runs):
                    t0 = time.perf_counter()
                    await client.post("/graphql", json={"query": DASHBOARD}, headers=headers)
                    timings.append((time.perf_counter() - t0) * 1000)
        timings.sort()
        print(f"demo load: {load_seconds:.2f} s")
        print(
            f"dashboard: {len(body['data']['athletes']['edges'])} athletes, {sessions} sessions, "
            f"{counter.count} SQL statements, {len(response.content) / 1024:.0f} KiB"
        )
        print(
            f"latency over {runs} runs: p50 {statistics.median(timings):.1f} ms, "
            f"p95 {timings[int(0.95 * (len(timings) - 1))]:.1f} ms, max {timings[-1]:.1f} ms"
        )
    finally:
        await drop_database(address)
        handle.stop()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50)
    logging.basicConfig(level=logging.WARNING)
    asyncio.run(main(parser.parse_args().runs))
