"""sync: a batch of queued operations, each applied once and answered on its own."""

from __future__ import annotations

import json
import uuid
from datetime import timedelta
from typing import Any

import httpx

from app.clock import FixedClock
from app.exercises.models import BenchmarkMetric
from app.logs.models import SessionFeedback, WorkoutLog
from app.programs.models import SessionStatus, TrainingSession
from app.settings import Settings
from app.sync import protocol
from app.sync.models import SyncOperation
from graphql_schema.sync.types import SyncOperationInput
from tests.helpers import PINNED_NOW, SQUAT_ID, _login, gql, table_counts
from tests.sync_helpers import SYNC, SYNC_REPORT, edit_payload, log_payload, make_gym, op, outcomes, sync

# keys in an order JSONB would not keep: a DUPLICATE still shows them as first sent
UNSORTED = {"exercises": [{"sets": [{"rpe": 9, "reps": 5, "weight": 102.5}], "exerciseId": str(SQUAT_ID)}]}


def _batch(gym: Any, log_id: str, new_id: str, benchmark_id: str) -> list[dict[str, Any]]:
    """One of each operation: log, feedback, skip, benchmark, profile, and an edit of the log."""
    first, second = gym.sessions[0], gym.sessions[1]
    return [
        op("logWorkout", {**log_payload(first), "id": log_id}, op_id="1"),
        op("submitSessionFeedback", {"sessionId": str(first.id), "type": "HARD", "energy": 2}, op_id="2"),
        op("skipOwnSession", {"id": str(second.id), "reason": "Sick"}, op_id="3"),
        op(
            "recordBenchmark",
            {
                "athleteId": gym.athlete_id,
                "metricType": "FTP",
                "value": 251.5,
                "unit": "W",
                "establishedAt": "2026-03-01",
                "id": benchmark_id,
            },
            op_id="4",
        ),
        op("updateAthleteProfile", {"id": gym.athlete_id, "restingHr": 48, "weightKg": 70.25}, op_id="5"),
        op(
            "editWorkoutLog",
            {**edit_payload(first, log_id, rpe=8, actualData=UNSORTED), "newId": new_id},
            op_id="6",
        ),
    ]


async def test_every_operation_applies_and_a_replayed_batch_gives_all_duplicates_and_no_new_rows(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    gym = await make_gym(settings)
    log_id, new_id, benchmark_id = str(uuid.uuid4()), str(uuid.uuid4()), str(uuid.uuid4())
    batch = _batch(gym, log_id, new_id, benchmark_id)

    first = await sync(client, gym.athlete, batch)
    before = await table_counts()
    again = await sync(client, gym.athlete, batch)

    assert first["errors"] == [] and outcomes(first) == ["APPLIED"] * 6, first
    assert outcomes(again) == ["DUPLICATE"] * 6
    assert await table_counts() == before  # nothing written, not even an audit entry or a change
    for applied, duplicate in zip(first["results"], again["results"], strict=True):
        # byte for byte the same entity, though the log has since been replaced by the edit
        assert json.dumps(duplicate["entity"]) == json.dumps(applied["entity"])
        assert (applied["syncStatus"], applied["attempts"]) == ("SYNCED", 1)
        assert (duplicate["syncStatus"], duplicate["attempts"]) == ("SYNCED", 2)
    logged = first["results"][0]["entity"]
    assert logged["kind"] == "WORKOUT_LOG" and logged["workoutLog"]["id"] == log_id
    assert logged["workoutLog"]["isCurrent"] is True and logged["workoutLog"]["syncStatus"] == "SYNCED"
    assert first["results"][2]["entity"]["session"]["status"] == "SKIPPED"
    assert first["results"][3]["entity"]["benchmark"]["value"] == 251.5
    assert first["results"][4]["entity"]["athleteProfile"]["weightKg"] == 70.3
    edited = first["results"][5]["entity"]["workoutLog"]
    assert (edited["id"], edited["version"], edited["rpe"]) == (new_id, 2, 8)
    assert await WorkoutLog.filter(athlete_id=gym.athlete_id).count() == 2
    assert await SessionFeedback.filter(athlete_id=gym.athlete_id).count() == 1
    assert await BenchmarkMetric.filter(athlete_id=gym.athlete_id).count() == 1
    old = await WorkoutLog.get(id=log_id)
    assert old.is_current is False


async def test_a_batch_whose_third_operation_is_invalid_applies_the_others(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    gym = await make_gym(settings)
    s = gym.sessions
    batch = [
        op("logWorkout", log_payload(s[0])),
        op("logWorkout", log_payload(s[1])),
        op("logWorkout", log_payload(s[2], rpe=11, notes="x" * 1001)),
        op("submitSessionFeedback", {"sessionId": str(s[2].id), "type": "PAIN", "soreness": 5}),
        op("skipOwnSession", {"id": str(s[3].id)}),
    ]

    payload = await sync(client, gym.athlete, batch)

    assert outcomes(payload) == ["APPLIED", "APPLIED", "REJECTED", "APPLIED", "APPLIED"]
    rejected = payload["results"][2]
    assert rejected["entity"] is None and rejected["conflict"] is None
    assert [(e["field"], e["code"]) for e in rejected["errors"]] == [
        ("rpe", "OUT_OF_RANGE"),
        ("notes", "TOO_LONG"),
    ]
    assert (rejected["syncStatus"], rejected["attempts"]) == ("PENDING", 1)
    statuses = dict(await TrainingSession.filter(athlete_id=gym.athlete_id).values_list("id", "status"))
    assert [statuses[x.id] for x in s] == [
        SessionStatus.COMPLETED,
        SessionStatus.COMPLETED,
        SessionStatus.PLANNED,
        SessionStatus.SKIPPED,
    ]
    assert await WorkoutLog.filter(session_id=s[2].id).count() == 0


async def test_the_single_mutations_rules_apply_per_operation_with_their_codes(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    gym = await make_gym(settings)
    s = gym.sessions
    late = (s[0].scheduled_at + timedelta(days=8)).isoformat()
    batch = [
        op("logWorkout", log_payload(s[0], completedAt=(PINNED_NOW + timedelta(hours=1)).isoformat())),
        op("logWorkout", log_payload(s[0], completedAt=late)),
        op("logWorkout", log_payload(s[0], actualData={"exercises": []})),
        op("logWorkout", log_payload(s[0], sessionId=str(uuid.uuid4()))),
        op("updateAthleteProfile", {"id": gym.athlete_id, "coachNotes": "mine"}),
        op("skipOwnSession", {"id": str(s[1].id)}),
        op("skipOwnSession", {"id": str(s[1].id)}),
    ]

    payload = await sync(client, gym.athlete, batch)

    codes = [[(e["field"], e["code"]) for e in r["errors"]] for r in payload["results"]]
    assert codes == [
        [("completedAt", "OUT_OF_WINDOW")],
        [("completedAt", "OUT_OF_WINDOW")],
        [("actualData.exercises", "INVALID")],
        [("sessionId", "NOT_FOUND")],
        [(None, "FORBIDDEN")],
        [],
        [(None, "INVALID_TRANSITION")],
    ]
    assert outcomes(payload) == ["REJECTED"] * 5 + ["APPLIED", "REJECTED"]


async def test_two_devices_editing_the_same_log_give_one_applied_and_one_conflict(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    gym = await make_gym(settings)
    session = gym.sessions[0]
    logged = await sync(client, gym.athlete, [op("logWorkout", log_payload(session))])
    base = logged["results"][0]["entity"]["workoutLog"]["id"]
    phone = op("editWorkoutLog", edit_payload(session, base, rpe=8))
    watch = op("editWorkoutLog", edit_payload(session, base, rpe=6, notes="From the watch"))

    first = await sync(client, gym.athlete, [phone], client_id="phone-1")
    second = await sync(client, gym.athlete, [watch], client_id="watch-1")

    assert outcomes(first) == ["APPLIED"] and outcomes(second) == ["CONFLICT"]
    current = first["results"][0]["entity"]["workoutLog"]
    conflict = second["results"][0]
    assert conflict["entity"] is None
    assert conflict["conflict"]["serverVersion"]["workoutLog"] == {
        "id": current["id"],
        "version": 2,
        "rpe": 8,
        "notes": "Felt strong",
        "isCurrent": True,
    }
    assert conflict["conflict"]["fields"] == ["rpe", "notes"]
    assert [(e["field"], e["code"]) for e in conflict["errors"]] == [("id", "CONFLICT")]
    assert conflict["syncStatus"] == "PENDING"
    assert await WorkoutLog.filter(session_id=session.id).count() == 2
    # the log's sync status: the replaced version has an edit that did not apply
    query = "query($id: UUID!) { workoutLog(id: $id) { syncStatus } }"
    old = await gql(client, query, {"id": base}, token=gym.coach.token)
    new = await gql(client, query, {"id": current["id"]}, token=gym.coach.token)
    assert old["data"]["workoutLog"]["syncStatus"] == "PENDING"
    assert new["data"]["workoutLog"]["syncStatus"] == "SYNCED"


async def test_the_same_key_with_another_payload_is_refused(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    gym = await make_gym(settings)
    session = gym.sessions[0]
    key = "queue-item-7"
    await sync(client, gym.athlete, [op("logWorkout", log_payload(session), key=key)])
    before = await table_counts()

    reused = await sync(client, gym.athlete, [op("logWorkout", log_payload(session, rpe=9), key=key)])
    other_kind = await sync(
        client, gym.athlete, [op("skipOwnSession", {"id": str(gym.sessions[1].id)}, key=key)]
    )

    for payload in (reused, other_kind):
        assert outcomes(payload) == ["REJECTED"]
        assert [(e["field"], e["code"]) for e in payload["results"][0]["errors"]] == [
            ("idempotencyKey", "IDEMPOTENCY_KEY_REUSED")
        ]
    after = await table_counts()
    assert {k: v for k, v in after.items() if k != "sync_operation"} == {
        k: v for k, v in before.items() if k != "sync_operation"
    }
    assert after["sync_operation"] == before["sync_operation"] + 2  # the refusals are recorded


async def test_the_single_mutations_take_an_idempotency_key(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    gym = await make_gym(settings)
    document = """mutation($input: LogWorkoutInput!) { logWorkout(input: $input) {
        workoutLog { id version actualData completedAt createdAt syncStatus } errors { field code } } }"""
    payload = {**log_payload(gym.sessions[0], syncStatus="PENDING"), "idempotencyKey": "k-1"}

    first = await gql(client, document, {"input": payload}, token=gym.athlete.token)
    before = await table_counts()
    again = await gql(client, document, {"input": payload}, token=gym.athlete.token)
    reused = await gql(client, document, {"input": {**payload, "rpe": 3}}, token=gym.athlete.token)
    unkeyed = await gql(client, document, {"input": log_payload(gym.sessions[0])}, token=gym.athlete.token)

    assert first["data"]["logWorkout"]["errors"] == []
    assert json.dumps(again) == json.dumps(first)
    assert first["data"]["logWorkout"]["workoutLog"]["syncStatus"] == "PENDING"  # reported by the client
    assert reused["data"]["logWorkout"] == {
        "workoutLog": None,
        "errors": [{"field": "idempotencyKey", "code": "IDEMPOTENCY_KEY_REUSED"}],
    }
    assert unkeyed["data"]["logWorkout"]["errors"] == [{"field": "sessionId", "code": "ALREADY_EXISTS"}]
    assert await table_counts() == before


async def test_two_racing_requests_with_one_key_apply_once(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    import asyncio

    gym = await make_gym(settings)
    document = """mutation($input: RecordBenchmarkInput!) { recordBenchmark(input: $input) {
        benchmark { id value createdAt } errors { code } } }"""
    benchmark = {
        "athleteId": gym.athlete_id,
        "metricType": "FTP",
        "value": 250,
        "unit": "W",
        "establishedAt": "2026-03-01",
    }
    single = {**benchmark, "idempotencyKey": "race-1"}
    batch = [op("recordBenchmark", {**benchmark, "value": 260}, key="race-2")]

    answers = await asyncio.gather(
        *(gql(client, document, {"input": single}, token=gym.athlete.token) for _ in range(4)),
        *(sync(client, gym.athlete, batch, client_id=f"device-{n}") for n in range(4)),
    )

    singles = [a["data"]["recordBenchmark"] for a in answers[:4]]
    batches = [a["results"][0] for a in answers[4:]]
    assert all(s["errors"] == [] for s in singles) and len({json.dumps(s) for s in singles}) == 1
    assert sorted(b["outcome"] for b in batches) == ["APPLIED", "DUPLICATE", "DUPLICATE", "DUPLICATE"]
    assert len({json.dumps(b["entity"]) for b in batches}) == 1
    values = sorted(
        float(v)
        for v in await BenchmarkMetric.filter(athlete_id=gym.athlete_id).values_list("value", flat=True)
    )
    assert values == [250.0, 260.0]


async def test_an_operation_rejected_three_times_is_an_error_with_its_reason_in_the_report(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    gym = await make_gym(settings)
    bad = op("logWorkout", log_payload(gym.sessions[0], rpe=0), op_id="queued-3")
    good = op("logWorkout", log_payload(gym.sessions[1]), op_id="queued-4")

    answers = [await sync(client, gym.athlete, [bad, good]) for _ in range(3)]
    report = await gql(client, SYNC_REPORT, {"client": "phone-1", "status": "ERROR"}, token=gym.athlete.token)

    assert [a["results"][0]["syncStatus"] for a in answers] == ["PENDING", "PENDING", "ERROR"]
    assert [a["results"][0]["attempts"] for a in answers] == [1, 2, 3]
    assert [a["results"][1]["outcome"] for a in answers] == ["APPLIED", "DUPLICATE", "DUPLICATE"]
    summary = report["data"]["syncReport"]
    assert (summary["pendingCount"], summary["syncedCount"], summary["errorCount"]) == (0, 1, 1)
    (failed,) = [e["node"] for e in summary["operations"]["edges"]]
    assert failed == {
        "clientOperationId": "queued-3",
        "operation": "logWorkout",
        "idempotencyKey": bad["idempotencyKey"],
        "status": "ERROR",
        "attempts": 3,
        "failures": 3,
        "lastOutcome": "REJECTED",
        "lastErrors": [{"field": "rpe", "code": "OUT_OF_RANGE", "message": "Must be between 1 and 10."}],
        "entityKind": None,
        "entityId": None,
    }
    # fixed on the device and sent again under the same queue id: it syncs
    fixed = {**bad, "idempotencyKey": "fixed", "logWorkout": log_payload(gym.sessions[0])}
    again = await sync(client, gym.athlete, [fixed])
    assert (again["results"][0]["outcome"], again["results"][0]["syncStatus"]) == ("APPLIED", "SYNCED")
    record = await SyncOperation.get(client_operation_id="queued-3")
    assert (record.attempts, record.failures, record.last_errors) == (4, 3, [])


async def test_a_bad_envelope_refuses_the_whole_batch_and_writes_nothing(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    gym = await make_gym(settings)
    one = op("logWorkout", log_payload(gym.sessions[0]))
    cases = [
        ("", [one], [("clientId", "INVALID")]),
        ("x" * 101, [one], [("clientId", "INVALID")]),
        ("phone", [one] * 101, [("operations", "TOO_LONG")]),
        (
            "phone",
            [one, {**one, "clientOperationId": "", "idempotencyKey": "k" * 256}],
            [("operations.1.clientOperationId", "INVALID"), ("operations.1.idempotencyKey", "INVALID")],
        ),
    ]
    before = await table_counts()
    for client_id, operations, expected in cases:
        body = await gql(
            client,
            SYNC,
            {"input": {"clientId": client_id, "operations": operations}},
            token=gym.athlete.token,
        )
        payload = body["data"]["sync"]
        assert payload["results"] == []
        assert [(e["field"], e["code"]) for e in payload["errors"]] == expected
    assert await table_counts() == before


async def test_an_operation_needs_exactly_one_payload_and_one_key(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    gym = await make_gym(settings)
    session = gym.sessions[0]
    none = {"clientOperationId": "a", "idempotencyKey": "ka"}
    both = {**op("logWorkout", log_payload(session)), "skipOwnSession": {"id": str(session.id)}}
    two_keys = op("skipOwnSession", {"id": str(session.id), "idempotencyKey": "other"})

    payload = await sync(client, gym.athlete, [none, both, two_keys])

    assert outcomes(payload) == ["REJECTED"] * 3
    assert [r["operation"] for r in payload["results"]] == [None, None, "skipOwnSession"]
    assert [[(e["field"], e["code"]) for e in r["errors"]] for r in payload["results"]] == [
        [(None, "INVALID")],
        [(None, "INVALID")],
        [("skipOwnSession.idempotencyKey", "INVALID")],
    ]
    assert await TrainingSession.filter(id=session.id, status=SessionStatus.PLANNED).exists()


async def test_a_coach_syncs_what_a_coach_may_write(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    gym = await make_gym(settings)
    batch = [
        op(
            "recordBenchmark",
            {
                "athleteId": gym.athlete_id,
                "metricType": "FTP",
                "value": 240,
                "unit": "W",
                "establishedAt": "2026-02-28",
            },
        ),
        op("logWorkout", log_payload(gym.sessions[0])),
        op("skipOwnSession", {"id": str(gym.sessions[0].id)}),
    ]

    payload = await sync(client, gym.coach, batch, client_id="coach-tablet")

    assert outcomes(payload) == ["APPLIED", "REJECTED", "REJECTED"]
    assert [e["code"] for r in payload["results"][1:] for e in r["errors"]] == ["FORBIDDEN", "FORBIDDEN"]


async def test_an_expired_key_is_forgotten_and_pruned(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    from app.sync.idempotency import prune_expired_keys
    from app.sync.models import IdempotencyKey

    gym = await make_gym(settings)
    await sync(client, gym.athlete, [op("skipOwnSession", {"id": str(gym.sessions[0].id)}, key="old")])
    await sync(client, gym.athlete, [op("skipOwnSession", {"id": str(gym.sessions[1].id)}, key="older")])

    fixed_clock.set(PINNED_NOW + timedelta(days=settings.idempotency_key_ttl_days, seconds=1))
    gym.athlete.token = (await _login(gym.athlete.user.email, settings)).access_token  # the old one expired
    reused = await sync(
        client, gym.athlete, [op("skipOwnSession", {"id": str(gym.sessions[2].id)}, key="old")]
    )

    assert outcomes(reused) == ["APPLIED"]  # the expired key no longer holds the first result
    # the batch pruned the other expired key; what is left is the key just stored
    assert await IdempotencyKey.all().values_list("key", flat=True) == ["old"]
    fixed_clock.set(PINNED_NOW + timedelta(days=2 * settings.idempotency_key_ttl_days + 1))
    assert await prune_expired_keys() == 1
    assert await IdempotencyKey.all().count() == 0


def test_every_registered_operation_is_an_operation_of_the_api() -> None:
    from strawberry.types.base import get_object_definition
    from strawberry.utils.str_converters import to_camel_case

    fields = {
        to_camel_case(f.python_name) for f in get_object_definition(SyncOperationInput, strict=True).fields
    }

    assert fields - {"clientOperationId", "idempotencyKey"} == set(protocol.OPERATIONS)


async def test_skip_own_session_is_the_athletes_own_path(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    gym = await make_gym(settings)
    other = await make_gym(settings, suffix="-b", squat=False, sessions=1)
    document = """mutation($input: SkipOwnSessionInput!) { skipOwnSession(input: $input) {
        session { id status skippedReason } errors { field code } } }"""
    session = str(gym.sessions[0].id)

    done = await gql(
        client, document, {"input": {"id": session, "reason": "Travel"}}, token=gym.athlete.token
    )
    again = await gql(client, document, {"input": {"id": session}}, token=gym.athlete.token)
    stranger = await gql(client, document, {"input": {"id": session}}, token=other.athlete.token)
    coach = await gql(client, document, {"input": {"id": session}}, token=gym.coach.token)

    assert done["data"]["skipOwnSession"] == {
        "session": {"id": session, "status": "SKIPPED", "skippedReason": "Travel"},
        "errors": [],
    }
    assert again["data"]["skipOwnSession"]["errors"] == [{"field": None, "code": "INVALID_TRANSITION"}]
    assert stranger["data"]["skipOwnSession"]["errors"] == [{"field": "id", "code": "NOT_FOUND"}]
    assert coach["errors"][0]["extensions"]["code"] == "FORBIDDEN"
