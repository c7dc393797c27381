"""The sync batch workload: an athlete's offline queue of 20 operations sent as one `sync` request.

Each request is one athlete's batch (the 1,000 athletes in turn), 20 mixed operations, in queue
order, every one of which writes:

- 8 `editWorkoutLog`: two corrections of each of the athlete's 4 latest logs (RPE, notes); each
  writes a new log version that replaces the current one, exactly as a `logWorkout` writes one
  (a version row, the session marked completed, an audit row, an event, a recomputation);
- 6 `submitSessionFeedback` on the athlete's 6 latest past sessions that have feedback (each
  updates the one feedback row of its session);
- 1 `submitCheckIn` for the athlete's local today (created by the first batch, then updated);
- 1 `recordReadinessFeedback` for today's readiness (the same);
- 3 `recordBenchmark` (FTP; new rows);
- 1 `updateAthleteProfile` (resting heart rate).

Fresh ids in every request: the bodies hold two placeholders the load generator fills per request
(scripts/bench/loadgen.py, `fill`): `@R@`, the round (how many times the generator has gone
through the whole list of requests, as 4 hex digits), and `@P@`, the round before. Client
operation ids, idempotency keys and the ids the client makes (an edit's `newId`, a benchmark's,
a check-in's) contain the round, so no request repeats an earlier one: every operation is
APPLIED, none a DUPLICATE. An edit names the version the previous round wrote (`@P@`); round 0's
edits name versions written by `reset`.

`logWorkout` itself is not in the mix: a session is logged once, and the data set has about
1.25 unlogged sessions per athlete within the 7-day log window, which a run would use up in its
first seconds. The edits write the same rows a log does, and never run out.

`reset` (before every run, and before the same-document check of each server) puts the data set
back: it deletes every row the workload wrote (client-made ids live in a namespace, ids
b5c0xxxx-..., idempotency keys start with "bench-sync:", the client id is "bench-sync"), the
analytics queue, then writes, for each of the 4 logs of every athlete, the version round 0
edits (`b5c0<athlete>-ffff-...`), replacing the data set's version 1. Audit rows stay. The
workload runs last: its edits change the stored series the roster overview reads (coachgraph
recomputes them after each batch; `reset` does not).

The floor (`floor_handler`) makes the same writes directly with asyncpg in one transaction,
set-based, one statement per kind of row: the account checks and the user's write lock (the
app's advisory lock), the keys' absence, the log versions (the replaced ones, the new ones, their
sessions), the feedback, check-in and readiness-feedback upserts, the benchmarks, the profile,
an audit row per operation, an event per log version (NOTIFY), a row in the analytics queue per
operation that changes an input of the series, the idempotency keys with a snapshot of each
written row, and the sync status of each operation. It answers with the same JSON as coachgraph.
It does not validate (schemas, windows, ranges: it serves this batch only, and fails on anything
else) and does not recompute the series: coachgraph recomputes them before answering (part of its
time), the floor leaves its queued rows to the periodic job.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import date
from typing import Any

import asyncpg

from app.events.models import Event, EventKind

DESCRIPTION = (
    "an athlete's sync batch of 20 operations (8 log edits, 6 session feedback, a check-in, "
    "readiness feedback, 3 benchmarks, a profile edit), fresh ids each request, every athlete in turn"
)

SYNC_MUTATION = """mutation Sync($input: SyncInput!) { sync(input: $input) {
  results { clientOperationId operation outcome syncStatus attempts entity { kind id } errors { field code message } }
  errors { field code message } } }"""

CLIENT_ID = "bench-sync"
KEY_PREFIX = "bench-sync:"
NAMESPACE = ("b5c00000-0000-0000-0000-000000000000", "b5c0ffff-ffff-ffff-ffff-ffffffffffff")
ROUND, PREVIOUS, ROOT_ROUND = "@R@", "@P@", "ffff"
LOGS, EDITS_PER_LOG, FEEDBACK, BENCHMARKS = 4, 2, 6, 3
CHECK_IN_SLOT, READINESS_SLOT, BENCHMARK_SLOT = 16, 17, 18


def client_uuid(athlete: int, round_: str, slot: int) -> str:
    """An id the client makes: athlete number, round (4 hex digits or a placeholder), slot."""
    return f"b5c0{athlete:04x}-{round_}-4{slot:03x}-8000-000000000000"


def _operation(athlete: int, slot: int, name: str, payload: dict[str, Any]) -> dict[str, Any]:
    return {
        "clientOperationId": f"{athlete}-{ROUND}-{slot}",
        "idempotencyKey": f"{KEY_PREFIX}{athlete}:{ROUND}:{slot}",
        name: payload,
    }


def operations(
    athlete: int, athlete_id: str, today: date, logs: list[dict[str, Any]], feedback: list[str]
) -> list[dict[str, Any]]:
    """The 20 operations of athlete number `athlete` (placeholders for the round), in queue order."""
    edits = []
    for index, log in enumerate(logs):
        for edit in range(EDITS_PER_LOG):
            slot = index * EDITS_PER_LOG + edit
            previous = (
                client_uuid(athlete, PREVIOUS, slot + EDITS_PER_LOG - 1)
                if edit == 0
                else client_uuid(athlete, ROUND, slot - 1)
            )
            payload = {
                "id": previous,
                "newId": client_uuid(athlete, ROUND, slot),
                "completedAt": log["completedAt"],
                "actualData": log["actualData"],
                "rpe": min(10, (log["rpe"] or 5) + (1 - edit)),
                "durationMinutes": log["minutes"],
                "notes": f"Correction {ROUND}.{edit}",
            }
            edits.append(_operation(athlete, slot, "editWorkoutLog", payload))
    feedbacks = [
        _operation(
            athlete,
            8 + n,
            "submitSessionFeedback",
            {
                "sessionId": session,
                "type": "HARD" if n % 2 else "DONE",
                "mood": "tired",
                "energy": 1 + n % 5,
                "soreness": 1 + (n * 3) % 5,
                "comments": f"Round {ROUND}",
            },
        )
        for n, session in enumerate(feedback)
    ]
    queue: list[dict[str, Any]] = []
    for n in range(max(len(edits), len(feedbacks))):
        queue += feedbacks[n : n + 1] + edits[EDITS_PER_LOG * n : EDITS_PER_LOG * (n + 1)]
    queue.append(
        _operation(
            athlete,
            CHECK_IN_SLOT,
            "submitCheckIn",
            {
                "id": client_uuid(athlete, ROUND, CHECK_IN_SLOT),
                "sleepQuality": 3,
                "energy": 4,
                "soreness": 2,
                "stress": 2,
                "mood": f"r{ROUND}",
            },
        )
    )
    queue.append(
        _operation(
            athlete,
            READINESS_SLOT,
            "recordReadinessFeedback",
            {
                "id": client_uuid(athlete, ROUND, READINESS_SLOT),
                "date": today.isoformat(),
                "agreed": True,
                "comment": f"Round {ROUND}",
            },
        )
    )
    for n in range(BENCHMARKS):
        queue.append(
            _operation(
                athlete,
                BENCHMARK_SLOT + n,
                "recordBenchmark",
                {
                    "id": client_uuid(athlete, ROUND, BENCHMARK_SLOT + n),
                    "athleteId": athlete_id,
                    "metricType": "FTP",
                    "value": 230 + n * 5,
                    "unit": "W",
                    "establishedAt": date.fromordinal(today.toordinal() - 1 - n).isoformat(),
                },
            )
        )
    queue.append(
        _operation(
            athlete,
            BENCHMARK_SLOT + BENCHMARKS,
            "updateAthleteProfile",
            {"id": athlete_id, "restingHr": 45 + athlete % 10},
        )
    )
    return queue


_PREPARE = """
WITH athletes AS (
    SELECT a.id, (now() AT TIME ZONE a.timezone)::date AS today, row_number() OVER (ORDER BY u.email) AS n
    FROM athlete_profile a JOIN user_account u ON u.id = a.user_id
)
SELECT at.n, at.id, at.today,
    (SELECT json_agg(json_build_object('id', l.id, 'completedAt', l.completed_at, 'actualData', l.actual_data,
                                       'rpe', l.rpe, 'minutes', l.duration_minutes) ORDER BY l.completed_at DESC)
     FROM (SELECT * FROM workout_log l
           WHERE l.athlete_id = at.id AND l.version = 1 AND l.completed_at < now() - interval '1 hour'
             AND l.id NOT BETWEEN $1::uuid AND $2::uuid
           ORDER BY l.completed_at DESC, l.id LIMIT $3) AS l)::text AS logs,
    (SELECT json_agg(f.session_id ORDER BY f.scheduled_at DESC)
     FROM (SELECT f.session_id, s.scheduled_at FROM session_feedback f
           JOIN training_session s ON s.id = f.session_id
           WHERE f.athlete_id = at.id AND s.scheduled_at < now()
           ORDER BY s.scheduled_at DESC, s.id LIMIT $4) AS f)::text AS feedback
FROM athletes at
ORDER BY at.n
"""

_RESET_ROOTS = """
INSERT INTO workout_log (id, created_at, updated_at, completed_at, actual_data, rpe, duration_minutes, notes,
                         sync_status, version, replaces_id, is_current, athlete_id, session_id)
SELECT r.root, now(), now(), l.completed_at, l.actual_data, l.rpe, l.duration_minutes, 'Synced from the phone',
       'synced', l.version + 1, l.id, true, l.athlete_id, l.session_id
FROM unnest($1::uuid[], $2::uuid[]) AS r(log, root)
JOIN workout_log l ON l.id = r.log
"""


class SyncBatches:
    """The workload's requests, built from the data set, and the reset that replays them."""

    def __init__(self) -> None:
        # (the data set's log, the version round 0 edits) of every edited log
        self.roots: list[tuple[str, str]] = []

    async def prepare(self, conn: asyncpg.Connection, tokens: list[str]) -> list[tuple[str, bytes]]:
        """One batch per athlete (in the order of `tokens`: by email), then `reset`."""
        rows = await conn.fetch(_PREPARE, *NAMESPACE, LOGS, FEEDBACK)
        if len(rows) != len(tokens):
            raise RuntimeError(f"{len(rows)} athletes but {len(tokens)} athlete tokens")
        requests, roots = [], []
        for token, row in zip(tokens, rows, strict=True):
            n = row["n"]
            logs = json.loads(row["logs"] or "[]")
            feedback = json.loads(row["feedback"] or "[]")
            if len(logs) < LOGS or len(feedback) < FEEDBACK:
                raise RuntimeError(f"athlete {n} has {len(logs)} past logs and {len(feedback)} feedback")
            for index, log in enumerate(logs):
                roots.append(
                    (log["id"], client_uuid(n, ROOT_ROUND, index * EDITS_PER_LOG + EDITS_PER_LOG - 1))
                )
            batch = operations(n, str(row["id"]), row["today"], logs, feedback)
            document = {
                "query": SYNC_MUTATION,
                "variables": {"input": {"clientId": CLIENT_ID, "operations": batch}},
            }
            requests.append((token, json.dumps(document).encode()))
        self.roots = roots
        await self.reset(conn)
        return requests

    async def reset(self, conn: asyncpg.Connection) -> None:
        """Delete what the workload wrote and write the versions round 0 edits (see the docstring)."""
        async with conn.transaction():
            await conn.execute("DELETE FROM idempotency_key WHERE key LIKE $1", KEY_PREFIX + "%")
            await conn.execute("DELETE FROM sync_operation WHERE client_id = $1", CLIENT_ID)
            for table in ("benchmark_metric", "check_in", "readiness_feedback", "workout_log"):
                await conn.execute(f"DELETE FROM {table} WHERE id BETWEEN $1::uuid AND $2::uuid", *NAMESPACE)  # noqa: S608
            await conn.execute("DELETE FROM analytics_pending")
            logs = [log for log, _ in self.roots]
            await conn.execute(
                "UPDATE workout_log SET is_current = false, updated_at = now() WHERE id = ANY($1::uuid[])",
                logs,
            )
            await conn.execute(_RESET_ROOTS, logs, [root for _, root in self.roots])

    async def outcomes(self, conn: asyncpg.Connection) -> str:
        """What became of the operations sent since the last reset (their sync status records)."""
        rows = await conn.fetch(
            "SELECT last_outcome, count(*) AS n FROM sync_operation WHERE client_id = $1 GROUP BY 1 ORDER BY 1",
            CLIENT_ID,
        )
        return ", ".join(f"{row['n']:,} {row['last_outcome']}" for row in rows) or "none recorded"


BATCHES = SyncBatches()


# --------------------------------------------------------------------------- the floor

_WRITES_LOCK_CLASS = 0x69646B79  # app/sync/idempotency.py: the user's write lock

_ACTOR = """
SELECT u.id AS user_id, a.id AS athlete_id, a.coach_id, (now() AT TIME ZONE a.timezone)::date AS today,
       a.timezone, pg_advisory_xact_lock($4, hashtext(u.id::text))
FROM user_account u
JOIN athlete_profile a ON a.user_id = u.id
WHERE u.id = $1 AND u.is_active
  AND (u.tokens_valid_after IS NULL OR $2::timestamptz > u.tokens_valid_after)
  AND NOT EXISTS (SELECT 1 FROM refresh_token t WHERE t.family_id = $3::uuid AND t.revoked_at IS NOT NULL)
"""

_REPLACE = """
UPDATE workout_log SET is_current = false, updated_at = now()
WHERE id = ANY($1::uuid[]) AND athlete_id = $2 AND is_current
RETURNING id::text, version, session_id::text
"""

_VERSIONS = """
INSERT INTO workout_log (id, created_at, updated_at, completed_at, actual_data, rpe, duration_minutes, notes,
                         sync_status, version, replaces_id, is_current, athlete_id, session_id)
SELECT v.id, now(), now(), v.completed_at, v.actual_data, v.rpe, v.duration_minutes, v.notes, 'synced', v.version,
       v.replaces_id, v.is_current, $2, v.session_id
FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, completed_at timestamptz, actual_data jsonb, rpe int,
    duration_minutes int, notes text, version int, replaces_id uuid, is_current bool, session_id uuid)
RETURNING id::text, to_jsonb(workout_log)::text AS snapshot,
          ((completed_at - make_interval(mins => coalesce(duration_minutes, 0))) AT TIME ZONE $3)::date AS day
"""

_SESSIONS = """
UPDATE training_session s SET status = 'completed', completed_at = v.completed_at, updated_at = now()
FROM jsonb_to_recordset($1::jsonb) AS v(session_id uuid, completed_at timestamptz)
WHERE s.id = v.session_id AND s.athlete_id = $2
"""

_FEEDBACK = """
INSERT INTO session_feedback (id, created_at, updated_at, feedback_type, mood, energy, soreness, comments,
                              submitted_at, athlete_id, session_id)
SELECT gen_random_uuid(), now(), now(), lower(f.type), f.mood, f.energy, f.soreness, f.comments, now(), $2, s.id
FROM jsonb_to_recordset($1::jsonb) AS f(session_id uuid, type text, mood text, energy int, soreness int, comments text)
JOIN training_session s ON s.id = f.session_id AND s.athlete_id = $2
ON CONFLICT (session_id, athlete_id) DO UPDATE SET
    feedback_type = EXCLUDED.feedback_type, mood = EXCLUDED.mood, energy = EXCLUDED.energy,
    soreness = EXCLUDED.soreness, comments = EXCLUDED.comments, submitted_at = EXCLUDED.submitted_at,
    updated_at = now()
RETURNING id::text, session_id::text, to_jsonb(session_feedback)::text AS snapshot,
          (created_at AT TIME ZONE $3)::date AS day
"""

_CHECK_INS = """
INSERT INTO check_in (id, created_at, updated_at, check_in_date, sleep_quality, energy, soreness, stress, mood,
                      submitted_at, athlete_id)
SELECT c.id, now(), now(), coalesce(c.date, $3), c.sleep_quality, c.energy, c.soreness, c.stress, c.mood, now(), $2
FROM jsonb_to_recordset($1::jsonb) AS c(id uuid, date date, sleep_quality int, energy int, soreness int,
    stress int, mood text)
ON CONFLICT (athlete_id, check_in_date) DO UPDATE SET
    sleep_quality = EXCLUDED.sleep_quality, energy = EXCLUDED.energy, soreness = EXCLUDED.soreness,
    stress = EXCLUDED.stress, mood = EXCLUDED.mood, submitted_at = EXCLUDED.submitted_at, updated_at = now()
RETURNING id::text, to_jsonb(check_in)::text AS snapshot, check_in_date AS day
"""

_READINESS_FEEDBACK = """
INSERT INTO readiness_feedback (id, created_at, updated_at, day, agreed, comment, score, recommendation,
                                submitted_at, athlete_id)
SELECT f.id, now(), now(), f.date, f.agreed, f.comment, r.score, r.recommendation, now(), $2
FROM jsonb_to_recordset($1::jsonb) AS f(id uuid, date date, agreed bool, comment text)
JOIN daily_readiness r ON r.athlete_id = $2 AND r.day = f.date
ON CONFLICT (athlete_id, day) DO UPDATE SET
    agreed = EXCLUDED.agreed, comment = EXCLUDED.comment, score = EXCLUDED.score,
    recommendation = EXCLUDED.recommendation, submitted_at = EXCLUDED.submitted_at, updated_at = now()
RETURNING id::text, to_jsonb(readiness_feedback)::text AS snapshot
"""

_BENCHMARKS = """
INSERT INTO benchmark_metric (id, created_at, updated_at, metric_type, value, unit, established_at, athlete_id,
                              exercise_id)
SELECT b.id, now(), now(), b.metric_type, b.value, b.unit, b.established_at, $2, NULL
FROM jsonb_to_recordset($1::jsonb) AS b(id uuid, metric_type text, value numeric, unit text, established_at date)
RETURNING id::text, to_jsonb(benchmark_metric)::text AS snapshot
"""

_PROFILE = """
UPDATE athlete_profile SET resting_hr = $2, updated_at = now() WHERE id = $1
RETURNING id::text, to_jsonb(athlete_profile)::text AS snapshot
"""

_AUDIT = """
INSERT INTO audit_log (id, user_id, action, entity_type, entity_id, metadata, created_at, updated_at)
SELECT gen_random_uuid(), $2, x.action, x.entity_type, x.entity_id, x.metadata, now(), now()
FROM jsonb_to_recordset($1::jsonb) AS x(action text, entity_type text, entity_id uuid, metadata jsonb)
"""

_EVENTS = "SELECT pg_notify('coachgraph_events', p) FROM unnest($1::text[]) AS p"

_PENDING = """
INSERT INTO analytics_pending (id, created_at, updated_at, from_day, reason, athlete_id)
SELECT gen_random_uuid(), now(), now(), x.day, x.reason, $2
FROM jsonb_to_recordset($1::jsonb) AS x(day date, reason text)
"""

_KEYS = """
INSERT INTO idempotency_key (id, created_at, updated_at, key, operation, payload_hash, result_kind, result_id,
                             result_json, expires_at, user_id)
SELECT gen_random_uuid(), now(), now(), x.key, x.operation, x.payload_hash, x.kind, x.entity_id, x.snapshot,
       now() + interval '30 days', $2
FROM jsonb_to_recordset($1::jsonb) AS x(key text, operation text, payload_hash text, kind text, entity_id uuid,
    snapshot text)
"""

_STATUS = """
INSERT INTO sync_operation (id, created_at, updated_at, user_id, athlete_id, client_id, client_operation_id,
    operation, idempotency_key, status, attempts, failures, last_outcome, last_errors, target_id, entity_kind,
    entity_id)
SELECT gen_random_uuid(), now(), now(), $2, $3, $4, x.client_operation_id, x.operation, x.key, 'synced', 1, 0,
       'applied', '[]'::jsonb, x.target_id, x.kind, x.entity_id
FROM jsonb_to_recordset($1::jsonb) AS x(client_operation_id text, operation text, key text, target_id uuid,
    kind text, entity_id uuid)
"""

# operation -> (entity kind as stored, as GraphQL names it, audit action, the argument naming the target)
_KINDS = {
    "editWorkoutLog": ("workout_log", "WORKOUT_LOG", "edit_workout_log", "id"),
    "submitSessionFeedback": ("session_feedback", "SESSION_FEEDBACK", "update_session_feedback", "sessionId"),
    "submitCheckIn": ("check_in", "CHECK_IN", "submit_check_in", "id"),
    "recordReadinessFeedback": (
        "readiness_feedback",
        "READINESS_FEEDBACK",
        "record_readiness_feedback",
        "id",
    ),
    "recordBenchmark": ("benchmark_metric", "BENCHMARK", "record_benchmark", "id"),
    "updateAthleteProfile": ("athlete_profile", "ATHLETE_PROFILE", "update_athlete_profile", "id"),
}


def _name(operation: dict[str, Any]) -> str:
    names = [key for key in operation if key in _KINDS]
    if len(names) != 1:
        raise ValueError(f"the floor serves the sync batch's operations only: {sorted(operation)}")
    return names[0]


def _digest(name: str, payload: dict[str, Any]) -> str:
    text = json.dumps({"operation": name, "arguments": payload}, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


def _records(rows: list[asyncpg.Record]) -> str:
    return json.dumps([dict(row) for row in rows], default=str)


class _Batch:
    """One batch's operations by kind, and what each wrote."""

    def __init__(self, operations: list[dict[str, Any]]) -> None:
        self.operations = operations
        self.names = [_name(op) for op in operations]
        # index of the operation -> (entity id, snapshot of the row)
        self.written: dict[int, tuple[str, str]] = {}
        self.pending: list[dict[str, Any]] = []
        self.events: list[str] = []

    def of(self, name: str) -> list[tuple[int, dict[str, Any]]]:
        return [
            (i, op[name])
            for i, (op, n) in enumerate(zip(self.operations, self.names, strict=True))
            if n == name
        ]


async def _edits(conn: asyncpg.Connection, batch: _Batch, actor: asyncpg.Record) -> None:
    edits = batch.of("editWorkoutLog")
    if not edits:
        return
    made = {e["newId"] for _, e in edits}
    replaced = {e["id"] for _, e in edits}
    heads = [e["id"] for _, e in edits if e["id"] not in made]
    rows = await conn.fetch(_REPLACE, heads, actor["athlete_id"])
    if len(rows) != len(heads):
        raise RuntimeError("the floor's edits need the current versions of the athlete's logs")
    known = {row["id"]: (row["version"], row["session_id"]) for row in rows}
    versions = []
    for _, edit in edits:
        version, session = known[edit["id"]]
        known[edit["newId"]] = (version + 1, session)
        versions.append(
            {
                "id": edit["newId"],
                "completed_at": edit["completedAt"],
                "actual_data": edit["actualData"],
                "rpe": edit.get("rpe"),
                "duration_minutes": edit.get("durationMinutes"),
                "notes": edit.get("notes"),
                "version": version + 1,
                "replaces_id": edit["id"],
                "is_current": edit["newId"] not in replaced,
                "session_id": session,
            }
        )
    written = {
        row["id"]: row
        for row in await conn.fetch(_VERSIONS, json.dumps(versions), actor["athlete_id"], actor["timezone"])
    }
    current = [
        {"session_id": v["session_id"], "completed_at": v["completed_at"]}
        for v in versions
        if v["is_current"]
    ]
    await conn.execute(_SESSIONS, json.dumps(current), actor["athlete_id"])
    for (index, edit), version in zip(edits, versions, strict=True):
        row = written[edit["newId"]]
        batch.written[index] = (row["id"], row["snapshot"])
        batch.pending.append({"day": str(row["day"]), "reason": "edit_workout_log"})
        event = Event(
            kind=EventKind.WORKOUT_LOGGED,
            entity_type="workout_log",
            entity_id=uuid.UUID(row["id"]),
            athlete_id=actor["athlete_id"],
            coach_id=actor["coach_id"],
            data={"version": version["version"], "session": version["session_id"]},
        )
        batch.events.append(event.encode())


async def _upserts(conn: asyncpg.Connection, batch: _Batch, actor: asyncpg.Record) -> None:
    athlete = actor["athlete_id"]
    feedback = batch.of("submitSessionFeedback")
    if feedback:
        rows = await conn.fetch(
            _FEEDBACK,
            json.dumps(
                [
                    {
                        "session_id": f["sessionId"],
                        "type": f["type"],
                        "mood": f.get("mood"),
                        "energy": f.get("energy"),
                        "soreness": f.get("soreness"),
                        "comments": f.get("comments"),
                    }
                    for _, f in feedback
                ]
            ),
            athlete,
            actor["timezone"],
        )
        by_session = {row["session_id"]: row for row in rows}
        for index, f in feedback:
            row = by_session[f["sessionId"]]
            batch.written[index] = (row["id"], row["snapshot"])
            batch.pending.append({"day": str(row["day"]), "reason": "update_session_feedback"})
    check_ins = batch.of("submitCheckIn")
    if check_ins:
        rows = await conn.fetch(
            _CHECK_INS,
            json.dumps(
                [
                    {
                        "id": c.get("id"),
                        "date": c.get("date"),
                        "sleep_quality": c["sleepQuality"],
                        "energy": c["energy"],
                        "soreness": c["soreness"],
                        "stress": c["stress"],
                        "mood": c.get("mood"),
                    }
                    for _, c in check_ins
                ]
            ),
            athlete,
            actor["today"],
        )
        for (index, _), row in zip(check_ins, rows, strict=True):
            batch.written[index] = (row["id"], row["snapshot"])
            batch.pending.append({"day": str(row["day"]), "reason": "submit_check_in"})
    readiness = batch.of("recordReadinessFeedback")
    if readiness:
        rows = await conn.fetch(
            _READINESS_FEEDBACK,
            json.dumps(
                [
                    {"id": r.get("id"), "date": r["date"], "agreed": r["agreed"], "comment": r.get("comment")}
                    for _, r in readiness
                ]
            ),
            athlete,
        )
        for (index, _), row in zip(readiness, rows, strict=True):
            batch.written[index] = (row["id"], row["snapshot"])


async def _inserts(conn: asyncpg.Connection, batch: _Batch, actor: asyncpg.Record) -> None:
    benchmarks = batch.of("recordBenchmark")
    if benchmarks:
        rows = await conn.fetch(
            _BENCHMARKS,
            json.dumps(
                [
                    {
                        "id": b["id"],
                        "metric_type": "1RM" if b["metricType"] == "ONE_RM" else b["metricType"],
                        "value": b["value"],
                        "unit": b["unit"],
                        "established_at": b["establishedAt"],
                    }
                    for _, b in benchmarks
                ]
            ),
            actor["athlete_id"],
        )
        for (index, _), row in zip(benchmarks, rows, strict=True):
            batch.written[index] = (row["id"], row["snapshot"])
    for index, profile in batch.of("updateAthleteProfile"):
        updated = await conn.fetchrow(_PROFILE, actor["athlete_id"], profile.get("restingHr"))
        if updated is None:
            raise RuntimeError("the athlete's profile is gone")
        batch.written[index] = (updated["id"], updated["snapshot"])


async def _bookkeeping(
    conn: asyncpg.Connection, batch: _Batch, actor: asyncpg.Record, client_id: str
) -> None:
    audit, keys, status = [], [], []
    for index, (operation, name) in enumerate(zip(batch.operations, batch.names, strict=True)):
        stored_kind, _, action, target = _KINDS[name]
        entity_id, snapshot = batch.written[index]
        payload = operation[name]
        audit.append({"action": action, "entity_type": stored_kind, "entity_id": entity_id, "metadata": {}})
        keys.append(
            {
                "key": operation["idempotencyKey"],
                "operation": name,
                "payload_hash": _digest(name, payload),
                "kind": stored_kind,
                "entity_id": entity_id,
                "snapshot": snapshot,
            }
        )
        status.append(
            {
                "client_operation_id": operation["clientOperationId"],
                "operation": name,
                "key": operation["idempotencyKey"],
                "target_id": payload.get(target),
                "kind": stored_kind,
                "entity_id": entity_id,
            }
        )
    await conn.execute(_AUDIT, json.dumps(audit), actor["user_id"])
    if batch.events:
        await conn.execute(_EVENTS, batch.events)
    if batch.pending:
        await conn.execute(_PENDING, json.dumps(batch.pending), actor["athlete_id"])
    await conn.execute(_KEYS, json.dumps(keys), actor["user_id"])
    await conn.execute(_STATUS, json.dumps(status), actor["user_id"], actor["athlete_id"], client_id)


def _response(batch: _Batch) -> str:
    results = [
        {
            "clientOperationId": operation["clientOperationId"],
            "operation": name,
            "outcome": "APPLIED",
            "syncStatus": "SYNCED",
            "attempts": 1,
            "entity": {"kind": _KINDS[name][1], "id": batch.written[index][0]},
            "errors": [],
        }
        for index, (operation, name) in enumerate(zip(batch.operations, batch.names, strict=True))
    ]
    return json.dumps({"data": {"sync": {"results": results, "errors": []}}})


async def floor_handler(
    conn: asyncpg.Connection, claims: tuple[Any, ...], variables: dict[str, Any]
) -> str | None:
    """The batch's writes in one transaction (see the module's docstring); None: not an athlete's valid token."""
    envelope = variables["input"]
    batch = _Batch(list(envelope["operations"]))
    async with conn.transaction():
        actor = await conn.fetchrow(_ACTOR, *claims, _WRITES_LOCK_CLASS)
        if actor is None:
            return None
        keys = [op["idempotencyKey"] for op in batch.operations]
        if await conn.fetchval(
            "SELECT count(*) FROM idempotency_key WHERE user_id = $1 AND key = ANY($2::text[])",
            actor["user_id"],
            keys,
        ):
            raise RuntimeError("the floor serves fresh batches only (a key was already used)")
        await _edits(conn, batch, actor)
        await _upserts(conn, batch, actor)
        await _inserts(conn, batch, actor)
        await _bookkeeping(conn, batch, actor, envelope["clientId"])
    return _response(batch)
