"""changes: what the caller may see that changed since a cursor, tombstones included, never skipping a
change committed while pulling."""

from __future__ import annotations

import asyncio
import base64
import json
import random
import uuid
from typing import Any

import httpx

from app.athletes.models import AthleteProfile
from app.clock import FixedClock
from app.db.config import DatabaseAddress
from app.exercises.models import BenchmarkMetric, Exercise, ExerciseCategory
from app.logs.models import WorkoutLog
from app.programs.models import TrainingProgram, TrainingSession
from app.settings import Settings
from tests.helpers import Account, QueryCounter, direct_connection, gql, make_admin, make_coach
from tests.sync_helpers import log_payload, make_gym, op, settled, sync

CHANGES = """
query($since: String, $first: Int) {
  changes(since: $since, first: $first) {
    changes {
      kind id operation athleteId
      entity { kind id program { id status } session { id status } workoutLog { id version }
               exercise { id name isPublic } athleteProfile { id displayName } benchmark { id value } }
    }
    cursor hasMore
  }
}
"""


async def pull(
    client: httpx.AsyncClient,
    account: Account,
    since: str | None = None,
    first: int = 100,
    *,
    settle: bool = True,
) -> tuple[list[dict[str, Any]], str]:
    """Every change after `since`, page by page; returns them and the cursor to keep."""
    if settle:
        await settled()
    found: list[dict[str, Any]] = []
    while True:
        body = await gql(client, CHANGES, {"since": since, "first": first}, token=account.token)
        assert "errors" not in body, body
        page = body["data"]["changes"]
        found.extend(page["changes"])
        since = page["cursor"]
        if not page["hasMore"]:
            return found, since


def _seen(changes: list[dict[str, Any]]) -> list[tuple[str, str, str]]:
    return [(c["kind"], c["id"], c["operation"]) for c in changes]


async def _private_exercise(coach: Account, name: str) -> Exercise:
    assert coach.coach is not None
    return await Exercise.create(
        name=name, category=ExerciseCategory.PRESS, muscle_groups=["chest"], created_by_id=coach.coach.id
    )


async def test_a_pull_returns_what_changed_and_the_cursor_moves_on(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    gym = await make_gym(settings, sessions=2)
    everything, cursor = await pull(client, gym.athlete)
    nothing, same = await pull(client, gym.athlete, cursor)

    await sync(client, gym.athlete, [op("logWorkout", log_payload(gym.sessions[0]))])
    news, _ = await pull(client, gym.athlete, same)

    kinds = [c["kind"] for c in everything]
    assert kinds == ["EXERCISE", "ATHLETE_PROFILE", "PROGRAM", "SESSION", "SESSION"]
    assert all(c["operation"] == "INSERT" and c["entity"]["id"] == c["id"] for c in everything)
    assert everything[1]["entity"]["athleteProfile"] == {"id": gym.athlete_id, "displayName": "Ada"}
    assert {c["athleteId"] for c in everything[1:]} == {gym.athlete_id}
    assert nothing == [] and same == cursor
    log = await WorkoutLog.get(session_id=gym.sessions[0].id)
    assert _seen(news) == [
        ("WORKOUT_LOG", str(log.id), "INSERT"),
        ("SESSION", str(gym.sessions[0].id), "UPDATE"),
    ]
    assert news[1]["entity"]["session"]["status"] == "COMPLETED"


async def test_pages_join_up_to_the_whole_feed(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    gym = await make_gym(settings, sessions=7)

    whole, _ = await pull(client, gym.coach)
    paged, _ = await pull(client, gym.coach, first=2)

    assert len(whole) == 10 and _seen(paged) == _seen(whole)


async def test_deleted_rows_and_archived_programs_come_as_tombstones(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    gym = await make_gym(settings, sessions=2)
    _, cursor = await pull(client, gym.coach)
    program = await TrainingProgram.get(athlete_id=gym.athlete_id)

    await TrainingSession.filter(id=gym.sessions[1].id).delete()
    archive = (
        "mutation($input: ProgramTransitionInput!) { archiveProgram(input: $input) { errors { code } } }"
    )
    body = await gql(client, archive, {"input": {"id": str(program.id)}}, token=gym.coach.token)
    assert body["data"]["archiveProgram"]["errors"] == []
    news, _ = await pull(client, gym.coach, cursor)

    assert _seen(news) == [
        ("SESSION", str(gym.sessions[1].id), "DELETE"),
        ("PROGRAM", str(program.id), "ARCHIVE"),
    ]
    assert [c["entity"] for c in news] == [None, None]


async def test_a_reassigned_athlete_leaves_the_old_coachs_feed_with_one_tombstone(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    gym = await make_gym(settings, sessions=2)
    other = await make_coach(settings, email="coach-b@example.com", name="Coach B")
    old_private = await _private_exercise(gym.coach, "Coach A Press")
    new_private = await _private_exercise(other, "Coach B Press")
    _, old_cursor = await pull(client, gym.coach)
    _, new_cursor = await pull(client, other)
    _, athlete_cursor = await pull(client, gym.athlete)
    assert other.coach is not None

    await AthleteProfile.filter(id=gym.athlete_id).update(coach_id=other.coach.id)
    await sync(client, gym.athlete, [op("logWorkout", log_payload(gym.sessions[0]))])
    old_feed, _ = await pull(client, gym.coach, old_cursor)
    new_feed, _ = await pull(client, other, new_cursor)
    athlete_feed, _ = await pull(client, gym.athlete, athlete_cursor)
    from_scratch, _ = await pull(client, gym.coach)

    gone = {
        "kind": "ATHLETE_PROFILE",
        "id": gym.athlete_id,
        "operation": "ATHLETE_GONE",
        "athleteId": gym.athlete_id,
        "entity": None,
    }
    assert old_feed == [gone]
    # never a row of the athlete again, even pulling from the beginning
    assert [c for c in from_scratch if c["athleteId"] == gym.athlete_id] == [gone]
    # the new coach gets everything of the athlete, as it is now, then what followed
    replayed = [(c["kind"], c["operation"]) for c in new_feed]
    assert replayed[:4] == [
        ("PROGRAM", "UPDATE"),
        ("SESSION", "UPDATE"),
        ("SESSION", "UPDATE"),
        ("ATHLETE_PROFILE", "UPDATE"),
    ]
    assert replayed[4:] == [("WORKOUT_LOG", "INSERT"), ("SESSION", "UPDATE")]
    assert all(c["entity"] is not None and c["athleteId"] == gym.athlete_id for c in new_feed)
    # the athlete: the old coach's private exercise goes, the new coach's comes
    exercises = [
        (c["id"], c["operation"], c["entity"] is not None) for c in athlete_feed if c["kind"] == "EXERCISE"
    ]
    assert exercises == [(str(old_private.id), "DELETE", False), (str(new_private.id), "UPDATE", True)]


async def test_exercises_follow_their_visibility(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    gym = await make_gym(settings, sessions=0)
    other = await make_coach(settings, email="coach-b@example.com", name="Coach B")
    _, mine = await pull(client, gym.coach)
    _, theirs = await pull(client, other)
    update = "mutation($input: UpdateExerciseInput!) { updateExercise(input: $input) { errors { code } } }"

    lift = await _private_exercise(gym.coach, "Coach A Press")
    hidden, theirs = await pull(client, other, theirs)
    for public in (True, False):
        body = await gql(
            client, update, {"input": {"id": str(lift.id), "isPublic": public}}, token=gym.coach.token
        )
        assert body["data"]["updateExercise"]["errors"] == []
    shown_then_gone, _ = await pull(client, other, theirs)
    own, _ = await pull(client, gym.coach, mine)

    assert hidden == []
    assert [
        (c["operation"], c["entity"] and c["entity"]["exercise"]["isPublic"]) for c in shown_then_gone
    ] == [
        ("UPDATE", None),  # the row as it is now: private again, so not shown to this coach
        ("DELETE", None),
    ]
    # the owner: created, made public, then a tombstone for everyone and the row again for those who see it
    assert [c["operation"] for c in own] == ["INSERT", "UPDATE", "DELETE", "UPDATE"]
    assert own[-1]["entity"]["exercise"] == {"id": str(lift.id), "name": "Coach A Press", "isPublic": False}


async def test_a_bad_cursor_or_page_size_is_bad_user_input(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    gym = await make_gym(settings, sessions=1)
    roster = "{ athletes(first: 1) { pageInfo { endCursor } } }"
    pagination_cursor = (await gql(client, roster, token=gym.athlete.token))["data"]["athletes"]["pageInfo"][
        "endCursor"
    ]
    assert pagination_cursor

    def b64(value: Any) -> str:
        return base64.urlsafe_b64encode(json.dumps(value).encode()).decode().rstrip("=")

    for since, first in [
        ("garbage!", 10),
        (b64(["changes", -1, 0]), 10),
        (b64(["changes", 1.5, 0]), 10),
        (b64(["changes", 2**63, 0]), 10),
        (b64(["workout_log", 1, 2]), 10),
        (pagination_cursor, 10),
        ("x" * 5000, 10),
        (None, 0),
        (None, settings.max_page_size + 1),
    ]:
        body = await gql(client, CHANGES, {"since": since, "first": first}, token=gym.athlete.token)
        assert [e["extensions"]["code"] for e in body["errors"]] == ["BAD_USER_INPUT"], (since, first, body)


async def test_a_page_costs_the_same_statements_for_few_rows_and_many(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    small = await make_gym(settings, sessions=1)
    big = await make_gym(settings, suffix="-big", squat=False, sessions=12)
    await sync(client, small.athlete, [op("logWorkout", log_payload(small.sessions[0]))])
    await sync(client, big.athlete, [op("logWorkout", log_payload(s)) for s in big.sessions[:6]])

    counts = []
    await settled()
    for gym in (small, big):
        with QueryCounter() as counter:
            changes, _ = await pull(client, gym.coach, settle=False)
        counts.append((counter.count, len(changes)))

    (few_statements, few), (many_statements, many) = counts
    assert many > 3 * few
    # authentication 1, horizon 1, page 1, then one batch per kind of row on the page
    assert few_statements == many_statements == 1 + 1 + 1 + 5


async def test_a_change_committed_while_pulling_is_served_by_a_later_pull(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock, database: DatabaseAddress
) -> None:
    gym = await make_gym(settings, sessions=2)
    _, cursor = await pull(client, gym.athlete)
    slow = await direct_connection(database)
    early = uuid.uuid4()
    try:
        # a transaction writes first and commits last
        transaction = slow.transaction()
        await transaction.start()
        await slow.execute(
            "INSERT INTO benchmark_metric (id, created_at, updated_at, athlete_id, metric_type, value, unit,"
            " established_at) VALUES ($1, now(), now(), $2, 'FTP', 250, 'W', '2026-03-01')",
            early,
            uuid.UUID(gym.athlete_id),
        )
        await sync(client, gym.athlete, [op("skipOwnSession", {"id": str(gym.sessions[1].id)})])
        during, cursor = await pull(client, gym.athlete, cursor, settle=False)
        await transaction.commit()
    finally:
        await slow.close()
    after, _ = await pull(client, gym.athlete, cursor)

    # the skip committed first, but its transaction began after the open one: it waits for it
    assert during == []
    assert _seen(after) == [
        ("BENCHMARK", str(early), "INSERT"),
        ("SESSION", str(gym.sessions[1].id), "UPDATE"),
    ]


async def test_a_puller_never_misses_a_change_of_concurrent_writers(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock, database: DatabaseAddress
) -> None:
    gym = await make_gym(settings, sessions=0)
    athlete = uuid.UUID(gym.athlete_id)
    _, cursor = await pull(client, gym.athlete)
    received: list[str] = []
    writing = True

    async def writer(seed: int) -> None:
        # transactions that overlap, write at random moments and commit (or roll back) out of order
        rng = random.Random(seed)  # noqa: S311 (timings of a test, not a secret)
        conn = await direct_connection(database)
        try:
            for _ in range(12):
                transaction = conn.transaction()
                await transaction.start()
                for _ in range(rng.randint(1, 3)):
                    await conn.execute(
                        "INSERT INTO benchmark_metric (id, created_at, updated_at, athlete_id, metric_type,"
                        " value, unit, established_at) VALUES ($1, now(), now(), $2, 'FTP', 250, 'W', '2026-03-01')",
                        uuid.uuid4(),
                        athlete,
                    )
                    await asyncio.sleep(rng.random() * 0.01)
                await (transaction.rollback() if rng.random() < 0.2 else transaction.commit())
        finally:
            await conn.close()

    async def puller() -> None:
        nonlocal cursor
        while writing:
            changes, cursor = await pull(client, gym.athlete, cursor, first=5, settle=False)
            received.extend(c["id"] for c in changes if c["kind"] == "BENCHMARK")

    pulling = asyncio.create_task(puller())
    await asyncio.gather(*(writer(seed) for seed in range(4)))
    writing = False
    await pulling
    rest, _ = await pull(client, gym.athlete, cursor)
    received.extend(c["id"] for c in rest if c["kind"] == "BENCHMARK")

    committed = {
        str(i) for i in await BenchmarkMetric.filter(athlete_id=athlete).values_list("id", flat=True)
    }
    assert len(committed) > 30
    assert len(received) == len(set(received))  # each change once
    assert set(received) == committed  # every committed row, and none rolled back


async def test_an_admin_sees_every_row_but_no_coachs_tombstone(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    gym = await make_gym(settings, sessions=1)
    other = await make_coach(settings, email="coach-b@example.com", name="Coach B")
    private = await _private_exercise(other, "Coach B Press")
    admin = await make_admin(settings)
    assert other.coach is not None
    await AthleteProfile.filter(id=gym.athlete_id).update(coach_id=other.coach.id)

    feed, _ = await pull(client, admin)

    seen = _seen(feed)
    assert ("EXERCISE", str(private.id), "INSERT") in seen
    assert ("SESSION", str(gym.sessions[0].id), "INSERT") in seen
    assert ("ATHLETE_PROFILE", gym.athlete_id, "UPDATE") in seen
    assert not [c for c in feed if c["operation"] == "ATHLETE_GONE"]
