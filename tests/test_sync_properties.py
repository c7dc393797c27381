"""A property of the sync protocol, checked with hypothesis: whatever the order, duplication and
batching of a queue, sent from two devices at once, the server ends in the state of applying each
unique operation once."""

from __future__ import annotations

import asyncio
import json
import uuid
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.athletes.models import AthleteProfile
from app.clock import FixedClock
from app.exercises.models import BenchmarkMetric, Exercise
from app.logs.models import SessionFeedback, WorkoutLog
from app.programs.models import SessionStatus, TrainingSession
from app.settings import Settings
from app.sync.models import SyncOperation
from tests.helpers import SQUAT_ID, make_squat
from tests.sync_helpers import Gym, log_payload, make_gym, sync

# Operation templates (index -> what it does); each example picks some. They touch different rows,
# so applying each once gives one state whatever the order. The last one is always refused.
LOG_0, LOG_1, FEEDBACK_0, FEEDBACK_2, SKIP_3, SKIP_4, FTP, PACE, RESTING_HR, WEIGHT, BAD_LOG = range(11)
TEMPLATES = range(11)


@dataclass(frozen=True)
class Schedule:
    """Which operations exist, and the rounds in which each device sends (some of) them."""

    chosen: frozenset[int]
    # per round: the batch of device A and the batch of device B, sent at the same time
    rounds: list[tuple[list[int], list[int]]]


@st.composite
def schedules(draw: st.DrawFn) -> Schedule:
    chosen = draw(st.sets(st.sampled_from(TEMPLATES), min_size=1, max_size=8))
    pool = sorted(chosen)
    sends = draw(st.lists(st.tuples(st.sampled_from("AB"), st.sampled_from(pool)), max_size=24))
    missing = [
        ("A" if n % 2 else "B", index) for n, index in enumerate(pool) if index not in {i for _, i in sends}
    ]
    sends = draw(st.permutations(sends + missing))
    sizes = draw(st.lists(st.integers(min_value=1, max_value=6), min_size=len(sends), max_size=len(sends)))
    rounds: list[tuple[list[int], list[int]]] = []
    position = 0
    for size in sizes:
        if position >= len(sends):
            break
        chunk = sends[position : position + size]
        position += size
        rounds.append(([i for d, i in chunk if d == "A"], [i for d, i in chunk if d == "B"]))
    return Schedule(frozenset(chosen), rounds)


def _operations(gym: Gym, ids: dict[str, str]) -> dict[int, dict[str, Any]]:
    """The queued operation of each template: fixed client operation ids and keys (a retry resends them)."""
    s = gym.sessions
    payloads: dict[int, tuple[str, dict[str, Any]]] = {
        LOG_0: ("logWorkout", {**log_payload(s[0]), "id": ids["log0"]}),
        LOG_1: ("logWorkout", {**log_payload(s[1]), "id": ids["log1"]}),
        FEEDBACK_0: ("submitSessionFeedback", {"sessionId": str(s[0].id), "type": "HARD", "energy": 2}),
        FEEDBACK_2: ("submitSessionFeedback", {"sessionId": str(s[2].id), "type": "DONE"}),
        SKIP_3: ("skipOwnSession", {"id": str(s[3].id), "reason": "Travel"}),
        SKIP_4: ("skipOwnSession", {"id": str(s[4].id)}),
        FTP: (
            "recordBenchmark",
            {
                "athleteId": gym.athlete_id,
                "metricType": "FTP",
                "value": 250,
                "unit": "W",
                "establishedAt": "2026-03-01",
                "id": ids["ftp"],
            },
        ),
        PACE: (
            "recordBenchmark",
            {
                "athleteId": gym.athlete_id,
                "metricType": "PACE_5K",
                "value": 290.5,
                "unit": "s/km",
                "establishedAt": "2026-02-20",
                "id": ids["pace"],
            },
        ),
        RESTING_HR: ("updateAthleteProfile", {"id": gym.athlete_id, "restingHr": 50}),
        WEIGHT: ("updateAthleteProfile", {"id": gym.athlete_id, "weightKg": 71.5}),
        BAD_LOG: ("logWorkout", log_payload(s[5], rpe=11)),
    }
    return {
        index: {"clientOperationId": f"q-{index}", "idempotencyKey": f"{ids['run']}-{index}", kind: payload}
        for index, (kind, payload) in payloads.items()
    }


async def _run(
    client: httpx.AsyncClient, gym: Gym, schedule: Schedule, queued: dict[int, dict[str, Any]]
) -> list[tuple[str, int, dict[str, Any]]]:
    """Send the rounds; returns (device, template, result) for every operation sent."""
    seen: list[tuple[str, int, dict[str, Any]]] = []
    for batch_a, batch_b in schedule.rounds:
        sends = [(device, batch) for device, batch in (("A", batch_a), ("B", batch_b)) if batch]
        answers = await asyncio.gather(
            *(
                sync(client, gym.athlete, [queued[i] for i in batch], client_id=f"device-{device}")
                for device, batch in sends
            )
        )
        for (device, batch), answer in zip(sends, answers, strict=True):
            assert answer["errors"] == []
            seen.extend(
                (device, index, result) for index, result in zip(batch, answer["results"], strict=True)
            )
    return seen


async def _check_state(gym: Gym, chosen: frozenset[int], ids: dict[str, str]) -> None:
    """The rows are those of applying each chosen operation once."""
    s = gym.sessions
    logs = await WorkoutLog.filter(athlete_id=gym.athlete_id).values_list("id", flat=True)
    assert sorted(map(str, logs)) == sorted(
        ids[k] for k, t in (("log0", LOG_0), ("log1", LOG_1)) if t in chosen
    )
    statuses = dict(await TrainingSession.filter(athlete_id=gym.athlete_id).values_list("id", "status"))
    expected = [
        SessionStatus.COMPLETED if LOG_0 in chosen else SessionStatus.PLANNED,
        SessionStatus.COMPLETED if LOG_1 in chosen else SessionStatus.PLANNED,
        SessionStatus.PLANNED,
        SessionStatus.SKIPPED if SKIP_3 in chosen else SessionStatus.PLANNED,
        SessionStatus.SKIPPED if SKIP_4 in chosen else SessionStatus.PLANNED,
        SessionStatus.PLANNED,
    ]
    assert [statuses[x.id] for x in s] == expected
    feedback = dict(
        await SessionFeedback.filter(athlete_id=gym.athlete_id).values_list("session_id", "feedback_type")
    )
    assert feedback == {
        **({s[0].id: "hard"} if FEEDBACK_0 in chosen else {}),
        **({s[2].id: "done"} if FEEDBACK_2 in chosen else {}),
    }
    benchmarks = await BenchmarkMetric.filter(athlete_id=gym.athlete_id).values_list("id", flat=True)
    assert sorted(map(str, benchmarks)) == sorted(
        ids[k] for k, t in (("ftp", FTP), ("pace", PACE)) if t in chosen
    )
    profile = await AthleteProfile.get(id=gym.athlete_id)
    assert profile.resting_hr == (50 if RESTING_HR in chosen else None)
    assert profile.weight_kg == (Decimal("71.5") if WEIGHT in chosen else None)


def _check_results(seen: list[tuple[str, int, dict[str, Any]]], chosen: frozenset[int]) -> None:
    """Each valid operation applied exactly once, every other arrival is that result again; the bad one never."""
    for index in chosen:
        results = [r for _, i, r in seen if i == index]
        if index == BAD_LOG:
            assert {r["outcome"] for r in results} == {"REJECTED"}
            continue
        outcomes = Counter(r["outcome"] for r in results)
        assert outcomes == Counter({"APPLIED": 1, "DUPLICATE": len(results) - 1}), (index, outcomes)
        assert len({json.dumps(r["entity"]) for r in results}) == 1


async def _check_records(gym: Gym, seen: list[tuple[str, int, dict[str, Any]]]) -> None:
    """One record per device and queued operation, counting that device's attempts (seed 004)."""
    sent = Counter((device, index) for device, index, _ in seen)
    assert gym.athlete.user is not None
    rows = await SyncOperation.filter(user_id=gym.athlete.user.id).values_list(
        "client_id", "client_operation_id", "attempts", "failures", "status"
    )
    found = {
        (client[-1], int(op_id[2:])): (attempts, failures, status)
        for client, op_id, attempts, failures, status in rows
    }
    expected = {}
    for (device, index), attempts in sent.items():
        if index == BAD_LOG:
            expected[(device, index)] = (attempts, attempts, "error" if attempts >= 3 else "pending")
        else:
            expected[(device, index)] = (attempts, 0, "synced")
    assert found == expected


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(schedule=schedules())
async def test_any_order_duplication_and_batching_ends_as_each_operation_applied_once(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock, schedule: Schedule
) -> None:
    if not await Exercise.filter(id=SQUAT_ID).exists():
        await make_squat()
    run = uuid.uuid4().hex[:10]
    gym = await make_gym(settings, suffix=f"-{run}", squat=False, sessions=6)
    ids = {"run": run, **{name: str(uuid.uuid4()) for name in ("log0", "log1", "ftp", "pace")}}

    seen = await _run(client, gym, schedule, _operations(gym, ids))

    _check_results(seen, schedule.chosen)
    await _check_state(gym, schedule.chosen, ids)
    await _check_records(gym, seen)
