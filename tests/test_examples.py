"""The client examples, end to end: run as their users would run them (python examples/...)
against a uvicorn server on the demo data."""

from __future__ import annotations

import asyncio
import importlib.util
import json
import re
import shutil
import sys
import tempfile
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from app.db.config import DatabaseAddress
from app.demo import DEMO_ATHLETES, load_demo
from app.logs.models import WorkoutLog
from app.persisted.models import PersistedQuery
from app.settings import Settings
from app.sync.models import ChangeLog, ChangeOperation, SyncOperation
from tests.helpers import REPO_ROOT, cli_env, database_url
from tests.processes import Server, free_port, servers

EXAMPLES = REPO_ROOT / "examples"
AVA = DEMO_ATHLETES[0]


@pytest.fixture(scope="module")
def folder() -> Any:
    path = Path(tempfile.mkdtemp(prefix="coachgraph-examples-"))
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture
async def server(database: DatabaseAddress, settings: Settings, folder: Path) -> AsyncIterator[Server]:
    await load_demo(reset=False, settings=settings)
    env = {"APP_ENV": "test", "DATABASE_URL": database_url(database), "SECRET_KEY": settings.secret_key}
    async with servers(1, folder, **env) as (started,):
        yield started


async def _start(script: str, *args: str) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable,
        str(EXAMPLES / script),
        *args,
        cwd=REPO_ROOT,
        env=cli_env(),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )


async def _run(script: str, *args: str) -> tuple[int, str]:
    process = await _start(script, *args)
    output, _ = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode is not None
    return process.returncode, output.decode()


async def _line(process: asyncio.subprocess.Process) -> str:
    assert process.stdout is not None
    line = await asyncio.wait_for(process.stdout.readline(), 30)
    assert line, "the example exited early"
    return line.decode().rstrip("\n")


async def test_the_coach_sees_the_two_workouts_the_athlete_logged_offline_and_replayed(
    server: Server, tmp_path: Path
) -> None:
    coach = await _start("coach_watch.py", "--url", server.url, "--count", "2")
    try:
        assert [await _line(coach), await _line(coach)] == [
            "logged in as coach@demo.coachgraph.dev",
            "subscribed to workoutLogged",
        ]
        await asyncio.sleep(0.5)  # the subscribe message reaches the server

        code, athlete = await _run("athlete.py", "--url", server.url, "--queue", str(tmp_path / "queue.json"))

        assert code == 0, athlete
        events = [await _line(coach), await _line(coach)]
        assert await asyncio.wait_for(coach.wait(), 30) == 0
    finally:
        if coach.returncode is None:
            coach.kill()
            await coach.wait()

    queued = _queued(athlete)
    assert athlete.splitlines()[0] == f"logged in as {AVA[1]}"
    assert re.findall(r"^replayed (\S+): (.+)$", athlete, re.M) == [
        (queued[0][0], "applied"),
        (queued[1][0], "applied"),
    ]
    log_ids = [log_id for _, log_id in queued]
    assert [re.match(r"workout logged (\S+) \(version 1\): (.+?), ", e).groups() for e in events] == [  # type: ignore[union-attr]
        (log_ids[0], AVA[0]),
        (log_ids[1], AVA[0]),
    ]
    logs = await WorkoutLog.filter(id__in=log_ids)
    assert sorted(str(log.id) for log in logs) == sorted(log_ids)
    assert {log.sync_status.value for log in logs} == {"synced"}
    assert json.loads((tmp_path / "queue.json").read_text()) == []
    # both went through `sync`, recorded under the example's client id, in one batch (one transaction)
    assert sorted(await _records()) == sorted(
        (op_id, "athlete-example", "synced", 1, "applied", log_id) for op_id, log_id in queued
    )
    assert await _transactions(log_ids) == 1
    # the athlete client sends hashes first (automatic persisted queries): its documents are stored
    assert {"Login", "Week", "Sync"} <= {
        re.search(r"(?:query|mutation) (\w+)", q.document).group(1)  # type: ignore[union-attr]
        for q in await PersistedQuery.all()
    }


def _queued(output: str) -> list[tuple[str, str]]:
    """(clientOperationId, log id) of each workout the example queued, from its output."""
    return re.findall(r"^queued offline (\S+): workout (\S+), ", output, re.M)


async def _records() -> list[tuple[str, str, str, int, str, str]]:
    """Each sync operation the server recorded: ids, status, attempts, last outcome, the row written."""
    return [
        (
            r.client_operation_id,
            r.client_id,
            r.status.value,
            r.attempts,
            r.last_outcome.value,
            str(r.entity_id),
        )
        for r in await SyncOperation.all()
    ]


async def _transactions(log_ids: list[str]) -> int:
    """How many transactions inserted these logs (a `sync` batch is one)."""
    txids = await ChangeLog.filter(
        entity="workout_log", operation=ChangeOperation.INSERT, row_id__in=log_ids
    ).values_list("txid", flat=True)
    assert len(txids) == len(log_ids)
    return len(set(txids))


async def _queue_offline(server: Server, queue: Path) -> list[tuple[str, str]]:
    """Run the example offline (--queue-only): the (clientOperationId, log id) of what it queued."""
    code, output = await _run("athlete.py", "--url", server.url, "--queue", str(queue), "--queue-only")
    assert code == 0, output
    queued = _queued(output)
    assert len(queued) == 2, output
    assert "replayed" not in output and await SyncOperation.all().count() == 0  # nothing sent yet
    return queued


async def test_replaying_the_same_queue_twice_logs_each_workout_once(server: Server, tmp_path: Path) -> None:
    queue = tmp_path / "queue.json"
    queued = await _queue_offline(server, queue)
    saved = queue.read_text()
    operations = json.loads(saved)
    # what the sync protocol needs, made once at queue time: the operation's id, its key, the log's id
    assert [sorted(o) for o in operations] == [["clientOperationId", "idempotencyKey", "logWorkout"]] * 2
    assert [(o["clientOperationId"], o["logWorkout"]["id"]) for o in operations] == queued
    keys = [o["idempotencyKey"] for o in operations]
    assert len({str(uuid.UUID(k)) for k in keys}) == 2
    session_ids = [o["logWorkout"]["sessionId"] for o in operations]
    replay = ("athlete.py", "--url", server.url, "--queue", str(queue), "--replay-only")

    first = await _run(*replay)
    assert json.loads(queue.read_text()) == []
    # the app never heard back the first time, so the same operations, keys and all, are still queued
    queue.write_text(saved)
    second = await _run(*replay)

    (op_1, log_1), (op_2, log_2) = queued
    login = f"logged in as {AVA[1]}\n"
    assert first == (0, f"{login}replayed {op_1}: applied\nreplayed {op_2}: applied\n")
    assert second == (0, f"{login}replayed {op_1}: duplicate\nreplayed {op_2}: duplicate\n")
    assert json.loads(queue.read_text()) == []
    logs = await WorkoutLog.filter(session_id__in=session_ids)
    assert sorted((str(log.id), str(log.session_id)) for log in logs) == sorted(
        zip([log_1, log_2], session_ids, strict=True)
    )
    assert await _transactions([log_1, log_2]) == 1  # the first replay: one `sync` batch
    # the server saw each operation twice, under the key made when it was queued
    assert sorted(await _records()) == sorted(
        [
            (op_1, "athlete-example", "synced", 2, "duplicate", log_1),
            (op_2, "athlete-example", "synced", 2, "duplicate", log_2),
        ]
    )
    assert sorted(await SyncOperation.all().values_list("idempotency_key", flat=True)) == sorted(keys)


async def test_a_rejected_operation_is_reported_with_its_error_codes_and_the_others_apply(
    server: Server, tmp_path: Path
) -> None:
    queue = tmp_path / "queue.json"
    (op_1, log_1), (op_2, _) = await _queue_offline(server, queue)
    operations = json.loads(queue.read_text())
    operations[1]["logWorkout"]["rpe"] = 11

    queue.write_text(json.dumps(operations))
    code, output = await _run("athlete.py", "--url", server.url, "--queue", str(queue), "--replay-only")

    assert (code, output) == (
        1,
        f"logged in as {AVA[1]}\nreplayed {op_1}: applied\nreplayed {op_2}: rejected: rpe OUT_OF_RANGE\n",
    )
    assert json.loads(queue.read_text()) == []  # answered: the app shows the error, and drops or fixes it
    sessions = [o["logWorkout"]["sessionId"] for o in operations]
    assert [str(log.id) for log in await WorkoutLog.filter(session_id__in=sessions)] == [log_1]


def test_a_replay_that_gets_no_answer_keeps_the_queue_as_it_was(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("athlete_example", EXAMPLES / "athlete.py")
    assert spec is not None and spec.loader is not None
    athlete = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(athlete)
    queue = tmp_path / "queue.json"
    operation = {"clientOperationId": "q-1", "idempotencyKey": str(uuid.uuid4()), "logWorkout": {}}
    queue.write_text(json.dumps([operation]))
    before = queue.read_text()

    outcomes = athlete.replay(athlete.GraphQLClient(f"http://127.0.0.1:{free_port()}"), queue)

    assert outcomes == [("q-1", "not sent")]
    assert queue.read_text() == before  # the same operations and keys go out on the next replay
