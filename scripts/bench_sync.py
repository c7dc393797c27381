"""Benchmark: a `sync` batch of 50 mixed operations next to the same 50 writes as single mutations.

Loads the demo roster into a throwaway database (embedded PostgreSQL, or DATABASE_URL's server),
logs in as a demo athlete, then, for each round, sends 50 mixed operations (skip a session, session
feedback, a benchmark, a profile edit, a log edit) as one `sync` batch over HTTP, sends that batch
again (every operation a DUPLICATE), and sends 50 fresh operations of the same mix as single
mutations over HTTP, one request each. Every write carries an idempotency key. Prints figures;
asserts only that every write applied.

    .venv/bin/python scripts/bench_sync.py [--rounds 3]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import statistics
import time
import uuid
from datetime import timedelta
from typing import Any

import httpx
from asgi_lifespan import LifespanManager

from app import clock
from app.athletes.models import AthleteProfile
from app.auth import service as auth
from app.core.actor import ClientInfo
from app.db.config import tortoise_config
from app.db.lifecycle import apply_migrations, create_database_if_missing, drop_database, resolve_database
from app.demo import DEMO_PASSWORD, load_demo
from app.exercises.catalog import ensure_system_exercises
from app.logs.models import WorkoutLog
from app.programs.models import SessionStatus, TrainingSession
from app.settings import Settings
from graphql_schema.app import create_app

ATHLETE_EMAIL = "ava@demo.coachgraph.dev"
SIZE = 50
# per 50 operations: how many of each kind
MIX = {
    "skipOwnSession": 5,
    "submitSessionFeedback": 15,
    "recordBenchmark": 10,
    "updateAthleteProfile": 10,
    "editWorkoutLog": 10,
}
INPUTS = {
    "skipOwnSession": "SkipOwnSessionInput",
    "submitSessionFeedback": "SubmitSessionFeedbackInput",
    "recordBenchmark": "RecordBenchmarkInput",
    "updateAthleteProfile": "UpdateAthleteProfileInput",
    "editWorkoutLog": "EditWorkoutLogInput",
}
SYNC = """mutation($input: SyncInput!) { sync(input: $input) {
  results { outcome entity { kind id } errors { field code message } } errors { field code message } } }"""


class _Counter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


async def _operations(athlete: AthleteProfile, skipped: set[uuid.UUID]) -> list[tuple[str, dict[str, Any]]]:
    """50 writes the athlete may make now, the kinds interleaved."""
    now = clock.now()
    future = await TrainingSession.filter(
        athlete_id=athlete.id, status=SessionStatus.PLANNED, scheduled_at__gt=now
    ).order_by("scheduled_at")
    skips = [s for s in future if s.id not in skipped][: MIX["skipOwnSession"]]
    skipped.update(s.id for s in skips)
    past = await TrainingSession.filter(athlete_id=athlete.id, scheduled_at__lt=now).order_by("-scheduled_at")
    logs = await WorkoutLog.filter(athlete_id=athlete.id, is_current=True).order_by("-completed_at")
    kinds: dict[str, list[dict[str, Any]]] = {
        "skipOwnSession": [{"id": str(s.id), "reason": "Travelling"} for s in skips],
        "submitSessionFeedback": [
            {"sessionId": str(s.id), "type": "HARD", "energy": 1 + n % 5, "soreness": 1 + (n * 3) % 5}
            for n, s in enumerate(past[: MIX["submitSessionFeedback"]])
        ],
        "recordBenchmark": [
            {
                "athleteId": str(athlete.id),
                "metricType": "FTP",
                "value": 240 + n,
                "unit": "W",
                "establishedAt": (now - timedelta(days=n)).date().isoformat(),
            }
            for n in range(MIX["recordBenchmark"])
        ],
        "updateAthleteProfile": [
            {"id": str(athlete.id), "restingHr": 45 + n % 10} for n in range(MIX["updateAthleteProfile"])
        ],
        "editWorkoutLog": [
            {
                "id": str(log.id),
                "completedAt": log.completed_at.isoformat(),
                "actualData": log.actual_data,
                "rpe": 1 + (log.rpe or 0) % 10,
                "durationMinutes": log.duration_minutes,
                "notes": "Corrected",
            }
            for log in logs[: MIX["editWorkoutLog"]]
        ],
    }
    for name, wanted in MIX.items():
        assert len(kinds[name]) == wanted, f"the demo data has too few rows for {wanted} x {name}"
    mixed = []
    for n in range(SIZE):
        name = [k for k, items in kinds.items() if items][n % len([k for k, v in kinds.items() if v])]
        mixed.append((name, kinds[name].pop(0)))
    return mixed


async def _post(
    client: httpx.AsyncClient, query: str, variables: dict[str, Any], token: str
) -> dict[str, Any]:
    response = await client.post(
        "/graphql",
        json={"query": query, "variables": variables},
        headers={"authorization": f"Bearer {token}"},
    )
    body: dict[str, Any] = response.json()
    assert "errors" not in body, body
    return body


async def _batch(client: httpx.AsyncClient, token: str, batch: list[dict[str, Any]], expect: str) -> float:
    started = time.perf_counter()
    body = await _post(client, SYNC, {"input": {"clientId": "bench-phone", "operations": batch}}, token)
    elapsed = time.perf_counter() - started
    results = body["data"]["sync"]["results"]
    assert [r["outcome"] for r in results] == [expect] * len(batch), results
    return elapsed


async def _singles(
    client: httpx.AsyncClient, token: str, operations: list[tuple[str, dict[str, Any]]]
) -> float:
    started = time.perf_counter()
    for name, payload in operations:
        query = f"mutation($input: {INPUTS[name]}!) {{ {name}(input: $input) {{ errors {{ field code }} }} }}"
        body = await _post(client, query, {"input": {**payload, "idempotencyKey": str(uuid.uuid4())}}, token)
        assert body["data"][name]["errors"] == [], (name, body)
    return time.perf_counter() - started


async def _rounds(
    client: httpx.AsyncClient, token: str, athlete: AthleteProfile, rounds: int
) -> dict[str, Any]:
    skipped: set[uuid.UUID] = set()
    figures: dict[str, Any] = {"batch": [], "replay": [], "singles": [], "statements": 0}
    counter = _Counter()
    db_log = logging.getLogger("tortoise.db_client")
    for _ in range(rounds):
        operations = await _operations(athlete, skipped)
        batch = [
            {"clientOperationId": str(uuid.uuid4()), "idempotencyKey": str(uuid.uuid4()), name: payload}
            for name, payload in operations
        ]
        db_log.setLevel(logging.DEBUG)
        db_log.propagate = False
        db_log.addHandler(counter)
        figures["batch"].append(await _batch(client, token, batch, "APPLIED"))
        db_log.removeHandler(counter)
        db_log.setLevel(logging.WARNING)
        db_log.propagate = True
        figures["statements"] = counter.count
        counter.count = 0
        figures["replay"].append(await _batch(client, token, batch, "DUPLICATE"))
        figures["singles"].append(await _singles(client, token, await _operations(athlete, skipped)))
    return figures


def _report(figures: dict[str, Any], rounds: int) -> None:
    def line(label: str, seconds: list[float]) -> str:
        total = statistics.median(seconds) * 1000
        return f"{label:<44} {total:8.1f} ms in all   {total / SIZE:6.2f} ms per operation"

    mix = ", ".join(f"{count} {name}" for name, count in MIX.items())
    print(f"{SIZE} mixed operations ({mix}); median of {rounds} rounds, each write with an idempotency key")
    print(line("sync: one batch over HTTP", figures["batch"]))
    print(line("sync: the same batch again (all DUPLICATE)", figures["replay"]))
    print(line(f"{SIZE} single mutations over HTTP, one by one", figures["singles"]))
    ratio = statistics.median(figures["singles"]) / statistics.median(figures["batch"])
    print(f"the batch takes 1/{ratio:.1f} of the single mutations' time")
    print(
        f"SQL statements for one batch: {figures['statements']} ({figures['statements'] / SIZE:.1f} per operation)"
    )


async def main(rounds: int) -> None:
    settings = Settings(APP_ENV="test", DATABASE_URL=os.environ.get("DATABASE_URL"))
    handle = resolve_database(settings, embedded_subdir="bench-postgres")
    address = handle.address.with_database(f"coachgraph_bench_{uuid.uuid4().hex[:8]}")
    await create_database_if_missing(address)
    try:
        await apply_migrations(tortoise_config(address, settings))
        app = create_app(settings, database=address)
        async with LifespanManager(app):
            await ensure_system_exercises()
            await load_demo(reset=False, settings=settings)
            tokens = await auth.login(
                email=ATHLETE_EMAIL, password=DEMO_PASSWORD, settings=settings, client=ClientInfo()
            )
            athlete = await AthleteProfile.get(user__email=ATHLETE_EMAIL)
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
                figures = await _rounds(client, tokens.access_token, athlete, rounds)
        _report(figures, rounds)
    finally:
        await drop_database(address)
        handle.stop()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    logging.basicConfig(level=logging.WARNING)
    asyncio.run(main(parser.parse_args().rounds))
