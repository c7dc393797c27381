"""The client examples, end to end: run as their users would run them (python examples/...)
against a uvicorn server on the demo data."""

from __future__ import annotations

import asyncio
import json
import re
import shutil
import sys
import tempfile
import uuid
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from app import clock
from app.db.config import DatabaseAddress
from app.demo import DEMO_ATHLETES, load_demo
from app.logs.models import WorkoutLog
from app.persisted.models import PersistedQuery
from app.programs.models import SessionStatus, SessionType, TrainingSession
from app.settings import Settings
from tests.helpers import REPO_ROOT, cli_env, database_url
from tests.processes import Server, servers

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

    queued = re.findall(r"^queued offline (\S+): ", athlete, re.M)
    assert athlete.splitlines()[0] == f"logged in as {AVA[1]}"
    assert re.findall(r"^replayed (\S+): (.+)$", athlete, re.M) == [
        (queued[0], "applied"),
        (queued[1], "applied"),
    ]
    assert [re.match(r"workout logged (\S+) \(version 1\): (.+?), ", e).groups() for e in events] == [  # type: ignore[union-attr]
        (queued[0], AVA[0]),
        (queued[1], AVA[0]),
    ]
    logs = await WorkoutLog.filter(id__in=queued).order_by("completed_at", "id")
    assert sorted(str(log.id) for log in logs) == sorted(queued)
    assert {log.sync_status.value for log in logs} == {"synced"}
    assert json.loads((tmp_path / "queue.json").read_text()) == []
    # the athlete client sends hashes first (automatic persisted queries): its documents are stored
    assert {"Login", "Week", "LogWorkout"} <= {
        re.search(r"(?:query|mutation) (\w+)", q.document).group(1)  # type: ignore[union-attr]
        for q in await PersistedQuery.all()
    }


async def test_replaying_the_same_queue_twice_logs_each_workout_once(server: Server, tmp_path: Path) -> None:
    now = clock.now()
    session = (
        await TrainingSession.filter(
            athlete__user__email=AVA[1],
            status=SessionStatus.PLANNED,
            session_type=SessionType.ENDURANCE,
            scheduled_at__gte=now - timedelta(days=6),
            scheduled_at__lte=now + timedelta(days=6),
        )
        .order_by("scheduled_at")
        .first()
    )
    assert session is not None
    operation = {
        "id": str(uuid.uuid4()),
        "sessionId": str(session.id),
        "completedAt": now.replace(microsecond=0).isoformat(),
        "rpe": 5,
        "durationMinutes": 30,
        "actualData": {
            "modality": session.prescription["modality"],
            "duration": {"value": 30, "unit": "minutes"},
        },
    }
    queue = tmp_path / "queue.json"

    queue.write_text(json.dumps([operation]))
    first = await _run("athlete.py", "--url", server.url, "--queue", str(queue), "--replay-only")
    # the app never heard back the first time, so the workout is still in its queue
    queue.write_text(json.dumps([operation]))
    second = await _run("athlete.py", "--url", server.url, "--queue", str(queue), "--replay-only")

    assert first == (0, f"logged in as {AVA[1]}\nreplayed {operation['id']}: applied\n")
    assert second == (0, f"logged in as {AVA[1]}\nreplayed {operation['id']}: duplicate\n")
    assert await WorkoutLog.filter(session_id=session.id).count() == 1
