"""Benchmark: a 1,000-record `ingestWellness` batch through the whole API, next to the floor.

The floor is the same upsert done directly with asyncpg: one `INSERT ... SELECT FROM unnest(...)
ON CONFLICT ... DO UPDATE` of the same 1,000 records, on its own connection, with no validation,
no GraphQL and no HTTP; PostgreSQL makes the new rows' ids (`gen_random_uuid()`: the floor
returns nothing, so it need not make them in Python, which took a quarter of its time). Both
run in the same process against the same throwaway database (embedded PostgreSQL, or
DATABASE_URL's server), and the median run of each is reported.
Prints figures; asserts nothing. Three scenarios, each run for a fresh pair of athletes:

- first: every record is a new row (APPLIED);
- replay: the same batch again (UNCHANGED); the floor's upsert skips rows whose values are
  the same (`WHERE ... IS DISTINCT FROM`), as an idempotent hand-written upsert would;
- revision: the same days with other values (REVISED: the old values go to the history).

A hub's batch that changes data recomputes the athlete's training-load and readiness series
right after the response (app/analytics/deferred.py): for 1,000 days back that is a 1,000-day
recomputation, which the floor does not do. The bench waits for it after each response, outside
the timing, and prints its time too, with the ratio of the response and the recomputation
together, so both costs are in view.

The request body is encoded before the clock starts (the client's work, not the server's; the
floor's input is ready-made Python lists likewise); the server decodes it inside the timing.

    .venv/bin/python scripts/bench_ingest.py [--runs 7] [--records 1000]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import random
import statistics
import time
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import asyncpg
import httpx
from asgi_lifespan import LifespanManager

from app.analytics.deferred import after_response
from app.auth import service as auth
from app.core.actor import ClientInfo
from app.db.config import DatabaseAddress, tortoise_config
from app.db.lifecycle import apply_migrations, create_database_if_missing, drop_database, resolve_database
from app.settings import Settings
from graphql_schema.app import create_app

PASSWORD = "Bench-Password-2026"
INGEST = """
mutation($input: IngestWellnessInput!) {
  ingestWellness(input: $input) { run { applied rejected } results { status } errors { code } }
}
"""
FIELDS = (
    "resting_hr",
    "hrv_rmssd",
    "sleep_score",
    "sleep_minutes",
    "steps",
    "calories",
    "stress",
    "body_battery",
    "spo2",
    "respiration",
)
FLOOR = """
INSERT INTO wellness_daily (id, athlete_id, source, received_at, late, revision, status, created_at, updated_at,
  sample_date, resting_hr, hrv_rmssd, sleep_score, sleep_minutes, steps, calories, stress, body_battery, spo2, respiration)
SELECT gen_random_uuid(), $1, 'garmin', $2, false, 1, 'final', $2, $2, r.d, r.rhr, r.hrv, r.score, r.mins, r.steps,
  r.kcal, r.stress, r.battery, r.spo2, r.resp
FROM unnest($3::date[], $4::int[], $5::float8[], $6::int[], $7::int[], $8::int[], $9::int[], $10::int[],
  $11::int[], $12::float8[], $13::float8[]) AS r(d, rhr, hrv, score, mins, steps, kcal, stress, battery, spo2, resp)
ON CONFLICT (athlete_id, source, sample_date) DO UPDATE SET resting_hr = EXCLUDED.resting_hr,
  hrv_rmssd = EXCLUDED.hrv_rmssd, sleep_score = EXCLUDED.sleep_score, sleep_minutes = EXCLUDED.sleep_minutes,
  steps = EXCLUDED.steps, calories = EXCLUDED.calories, stress = EXCLUDED.stress, body_battery = EXCLUDED.body_battery,
  spo2 = EXCLUDED.spo2, respiration = EXCLUDED.respiration, received_at = EXCLUDED.received_at,
  updated_at = EXCLUDED.updated_at, revision = wellness_daily.revision + 1
WHERE (wellness_daily.resting_hr, wellness_daily.hrv_rmssd, wellness_daily.sleep_score, wellness_daily.sleep_minutes,
  wellness_daily.steps, wellness_daily.calories, wellness_daily.stress, wellness_daily.body_battery,
  wellness_daily.spo2, wellness_daily.respiration)
  IS DISTINCT FROM (EXCLUDED.resting_hr, EXCLUDED.hrv_rmssd, EXCLUDED.sleep_score, EXCLUDED.sleep_minutes,
  EXCLUDED.steps, EXCLUDED.calories, EXCLUDED.stress, EXCLUDED.body_battery, EXCLUDED.spo2, EXCLUDED.respiration)
"""
SCENARIOS = (("first", "APPLIED"), ("replay", "UNCHANGED"), ("revision", "REVISED"))


def _records(count: int, seed: int) -> list[dict[str, Any]]:
    rng = random.Random(seed)  # noqa: S311 (benchmark data, not secrets)
    today = datetime.now(UTC).date()
    return [
        {
            "date": today - timedelta(days=i + 1),
            "resting_hr": rng.randint(45, 65),
            "hrv_rmssd": round(rng.uniform(35, 95), 1),
            "sleep_score": rng.randint(50, 95),
            "sleep_minutes": rng.randint(300, 540),
            "steps": rng.randint(2000, 20000),
            "calories": rng.randint(200, 1200),
            "stress": rng.randint(10, 60),
            "body_battery": rng.randint(30, 100),
            "spo2": round(rng.uniform(94, 99), 1),
            "respiration": round(rng.uniform(12, 17), 1),
        }
        for i in range(count)
    ]


def _revised(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The same days, with a changed resting HR and step count (a device correcting itself)."""
    return [{**r, "resting_hr": r["resting_hr"] + 1, "steps": r["steps"] + 100} for r in records]


def _graphql_records(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    camel = {f: "".join(p.capitalize() if i else p for i, p in enumerate(f.split("_"))) for f in FIELDS}
    return [{"date": r["date"].isoformat(), **{camel[f]: r[f] for f in FIELDS}} for r in records]


async def _floor_run(conn: asyncpg.Connection, athlete_id: uuid.UUID, records: list[dict[str, Any]]) -> float:
    started = time.perf_counter()
    now = datetime.now(UTC)
    columns: list[list[Any]] = [[r["date"] for r in records]]
    columns += [[r[f] for r in records] for f in FIELDS]
    await conn.execute(FLOOR, athlete_id, now, *columns)
    return time.perf_counter() - started


async def _athletes(settings: Settings, count: int) -> tuple[str, list[uuid.UUID]]:
    from app.athletes.models import AthleteProfile

    client = ClientInfo(user_agent="bench")
    await auth.register_coach(
        email="bench-coach@example.com", password=PASSWORD, display_name="Bench", client=client
    )
    coach = await auth.login(
        email="bench-coach@example.com", password=PASSWORD, settings=settings, client=client
    )
    actor = await auth.authenticate(access_token=coach.access_token, settings=settings, client=client)
    ids = []
    for i in range(count):
        invite = await auth.create_invite(actor=actor, settings=settings)
        user = await auth.register_athlete(
            invite_code=invite.code,
            email=f"bench-{i}@example.com",
            password=PASSWORD,
            display_name=f"Bench {i}",
            timezone="Europe/Oslo",
            client=client,
        )
        ids.append((await AthleteProfile.get(user_id=user.id)).id)
    return coach.access_token, ids


class RecomputeClock:
    """Wraps the recomputation the API runs after a write commits (before the response, or after it
    in the process's recomputer), to time it."""

    def __init__(self) -> None:
        from app.analytics import deferred
        from graphql_schema.analytics import extension

        self.spent = 0.0
        self._modules = (extension, deferred)
        self._original = extension.process_pending

        async def timed(ids: Any) -> Any:
            started = time.perf_counter()
            try:
                return await self._original(ids)
            finally:
                self.spent += time.perf_counter() - started

        for module in self._modules:
            module.process_pending = timed  # type: ignore[attr-defined]

    def close(self) -> None:
        for module in self._modules:
            module.process_pending = self._original  # type: ignore[attr-defined]


Timings = dict[str, dict[str, list[float]]]


def _request(
    headers: dict[str, str], athlete: uuid.UUID, body: list[dict[str, Any]]
) -> tuple[bytes, dict[str, str]]:
    variables = {"input": {"athleteId": str(athlete), "source": "garmin", "records": body}}
    content = json.dumps({"query": INGEST, "variables": variables}).encode()
    return content, {**headers, "content-type": "application/json"}


async def _measure(app: Any, address: DatabaseAddress, settings: Settings, runs: int, count: int) -> Timings:
    token, athletes = await _athletes(settings, 2 * runs + 1)
    records = _records(count, seed=7)
    batches = {"first": records, "replay": records, "revision": _revised(records)}
    headers = {"authorization": f"Bearer {token}"}
    conn = await asyncpg.connect(
        host=address.host,
        port=address.port,
        user=address.user,
        password=address.password,
        database=address.database,
    )
    times: Timings = {name: {"api": [], "floor": [], "recompute": []} for name, _ in SCENARIOS}
    clock = RecomputeClock()
    try:
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://bench", timeout=60
        ) as http:
            content, sent = _request(headers, athletes[-1], _graphql_records(records))
            await http.post("/graphql", content=content, headers=sent)  # warm caches
            for run in range(runs):
                for name, status in SCENARIOS:
                    batch = batches[name]
                    times[name]["floor"].append(await _floor_run(conn, athletes[2 * run], batch))
                    content, sent = _request(headers, athletes[2 * run + 1], _graphql_records(batch))
                    clock.spent = 0.0
                    started = time.perf_counter()
                    response = await http.post("/graphql", content=content, headers=sent)
                    times[name]["api"].append(time.perf_counter() - started)
                    await after_response.idle()  # the recomputation after the response, untimed here
                    times[name]["recompute"].append(clock.spent)
                    result = response.json()["data"]["ingestWellness"]
                    assert [r["status"] for r in result["results"]] == [status] * count, result["run"]
    finally:
        clock.close()
        await conn.close()
    return times


def _report(times: Timings, runs: int, count: int) -> None:
    print(f"records per batch: {count}, runs: {runs} (median, and the spread: min-max)")
    for name, status in SCENARIOS:
        t = times[name]
        floor, api, recompute = (statistics.median(t[k]) for k in ("floor", "api", "recompute"))
        whole = statistics.median([a + r for a, r in zip(t["api"], t["recompute"], strict=True)])
        ratios = [f / a for f, a in zip(t["floor"], t["api"], strict=True)]
        print(f"{name} ({count} x {status}):")
        print(
            f"  floor (asyncpg upsert over arrays):  {floor * 1000:7.1f} ms  {count / floor:9.0f} records/s"
        )
        print(f"  ingestWellness over HTTP + GraphQL:  {api * 1000:7.1f} ms  {count / api:9.0f} records/s")
        print(f"    then the series' recomputation after the response: {recompute * 1000:6.1f} ms")
        print(
            f"  ratio: {floor / api:.2f} of the floor's rate (per run {min(ratios):.2f}-{max(ratios):.2f}; "
            f"goal: at least 0.50); with the recomputation counted too {floor / whole:.2f}"
        )


async def main(runs: int, count: int) -> None:
    import os

    settings = Settings(APP_ENV="test", DATABASE_URL=os.environ.get("DATABASE_URL"))
    handle = resolve_database(settings, embedded_subdir="bench-postgres")
    address = handle.address.with_database(f"coachgraph_bench_{uuid.uuid4().hex[:8]}")
    await create_database_if_missing(address)
    try:
        await apply_migrations(tortoise_config(address, settings))
        app = create_app(settings, database=address)
        async with LifespanManager(app):
            times = await _measure(app, address, settings, runs, count)
        _report(times, runs, count)
    finally:
        await drop_database(address)
        handle.stop()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--records", type=int, default=1000)
    logging.basicConfig(level=logging.WARNING)
    arguments = parser.parse_args()
    asyncio.run(main(arguments.runs, arguments.records))
