"""An athlete's app, in miniature: log in, read the week, log two workouts while offline, and
replay them with one `sync` request when back online.

    python examples/athlete.py [--url http://127.0.0.1:8000] [--email ava@demo.coachgraph.dev]
    python examples/athlete.py --queue-only --queue my-queue.json    # offline: queue, send nothing
    python examples/athlete.py --replay-only --queue my-queue.json   # back online: replay the queue

HTTP goes through httpx, with automatic persisted queries as Apollo Client sends them: the
SHA-256 of the document first, the document itself only when the server does not know it yet.
Workouts logged offline wait in a queue file as operations of the sync protocol (README,
"Offline sync for app developers"): each has a `clientOperationId`, an `idempotencyKey` made
once when it is queued, and a `logWorkout` payload whose log `id` the app made. `replay` sends
the whole queue (at most 100 operations) in one `sync` request, through the same client, and
reads one result per operation: applied (written now), duplicate (its key had already applied:
an earlier replay whose answer was lost) or rejected, with the single mutation's error codes.
Once every operation has its result the queue is emptied (a rejected workout is reported, not
retried). A request that got no answer leaves the queue as it was, keys and all, and so does a
batch the server refuses as a whole; replaying is safe, as each key applies at most once.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

DEMO_EMAIL = "ava@demo.coachgraph.dev"
DEMO_PASSWORD = "Demo-Coachgraph-2026"  # the demo accounts' password (make run)
CLIENT_ID = "athlete-example"  # this app install, as `sync` and `syncReport` know it

LOGIN = """mutation Login($email: String!, $password: String!) {
  login(input: {email: $email, password: $password}) { accessToken errors { code message } }
}"""
WEEK = """query Week($date: Date) {
  week(date: $date) {
    weekStart weekEnd sessionsPlanned sessionsCompleted
    sessions { id title localDate scheduledAt sessionType status prescription }
  }
}"""
SYNC = """mutation Sync($input: SyncInput!) {
  sync(input: $input) {
    results { clientOperationId outcome errors { field code message } }
    errors { field code message }
  }
}"""


class GraphQLClient:
    """POST /graphql with automatic persisted queries and the access token."""

    def __init__(self, url: str) -> None:
        self.http = httpx.Client(base_url=url, timeout=30)
        self.token: str | None = None

    def execute(self, document: str, variables: dict[str, Any] | None = None) -> dict[str, Any]:
        extensions = {
            "persistedQuery": {"version": 1, "sha256Hash": hashlib.sha256(document.encode()).hexdigest()}
        }
        body: dict[str, Any] = {"variables": variables or {}, "extensions": extensions}
        result = self._post(body)
        if _codes(result) == ["PERSISTED_QUERY_NOT_FOUND"]:
            result = self._post({**body, "query": document})  # registers it for next time
        if result.get("errors"):
            raise RuntimeError(f"GraphQL errors: {result['errors']}")
        data: dict[str, Any] = result["data"]
        return data

    def _post(self, body: dict[str, Any]) -> dict[str, Any]:
        headers = {"authorization": f"Bearer {self.token}"} if self.token else {}
        response = self.http.post("/graphql", json=body, headers=headers)
        response.raise_for_status()
        result: dict[str, Any] = response.json()
        return result


def _codes(result: dict[str, Any]) -> list[str]:
    return [(error.get("extensions") or {}).get("code", "") for error in result.get("errors") or []]


def login(client: GraphQLClient, email: str, password: str) -> None:
    payload = client.execute(LOGIN, {"email": email, "password": password})["login"]
    if payload["errors"]:
        raise RuntimeError(f"login refused: {payload['errors']}")
    client.token = payload["accessToken"]
    print(f"logged in as {email}")


def planned_sessions(client: GraphQLClient, wanted: int) -> list[dict[str, Any]]:
    """Planned sessions of this week (and of the next, when this one has fewer than `wanted`)."""
    week = client.execute(WEEK)["week"]
    print(
        f"week {week['weekStart']} to {week['weekEnd']}:"
        f" {week['sessionsCompleted']} of {week['sessionsPlanned']} sessions done"
    )
    planned = [s for s in week["sessions"] if s["status"] == "PLANNED"]
    if len(planned) < wanted:
        following = date.fromisoformat(week["weekEnd"]) + timedelta(days=1)
        planned += [
            s
            for s in client.execute(WEEK, {"date": following.isoformat()})["week"]["sessions"]
            if s["status"] == "PLANNED"
        ]
    return planned[:wanted]


def actual_data(session: dict[str, Any]) -> dict[str, Any]:
    """What was done, as prescribed: every set of a strength session, an endurance session's time."""
    prescription = session["prescription"]
    if session["sessionType"] == "STRENGTH":
        return {
            "exercises": [
                {"exerciseId": e["exerciseId"], "sets": [{"reps": e["reps"]} for _ in range(e["sets"])]}
                for e in prescription["exercises"]
            ]
        }
    return {"modality": prescription["modality"], "duration": prescription["duration"]}


def queue_workouts(sessions: list[dict[str, Any]], queue: Path) -> list[dict[str, Any]]:
    """Log the sessions while offline: each becomes a queued `logWorkout` operation of the sync
    protocol, with its ids made here, once: the operation's, its idempotency key and the log's."""
    completed_at = datetime.now(UTC).replace(microsecond=0).isoformat()
    operations: list[dict[str, Any]] = [
        {
            "clientOperationId": f"q-{uuid.uuid4().hex[:12]}",
            "idempotencyKey": str(uuid.uuid4()),
            "logWorkout": {
                "id": str(uuid.uuid4()),
                "sessionId": session["id"],
                "completedAt": completed_at,
                "rpe": 7,
                "durationMinutes": 45,
                "notes": f"Logged offline: {session['title']}",
                "actualData": actual_data(session),
            },
        }
        for session in sessions
    ]
    queue.write_text(json.dumps(operations, indent=2))
    for operation, session in zip(operations, sessions, strict=True):
        print(
            f"queued offline {operation['clientOperationId']}: workout {operation['logWorkout']['id']},"
            f" {session['title']} ({session['localDate']})"
        )
    return operations


def replay(client: GraphQLClient, queue: Path, client_id: str = CLIENT_ID) -> list[tuple[str, str]]:
    """Send the whole queue in one `sync` request and empty it once every operation has its result.

    Each operation's outcome, by its clientOperationId: applied; duplicate (its idempotency key had
    already applied: the same operation sent before, whose answer was lost); rejected (or conflict,
    for edits) with its error codes; or "not sent" when the request got no answer, and then the
    queue stays as it was for the next replay. A batch the server refuses as a whole (`sync.errors`:
    nothing applied) raises, and the queue stays as it was too."""
    pending: list[dict[str, Any]] = json.loads(queue.read_text())
    if not pending:
        return []
    try:
        payload = client.execute(SYNC, {"input": {"clientId": client_id, "operations": pending}})["sync"]
    except httpx.TransportError:
        outcomes = [(operation["clientOperationId"], "not sent") for operation in pending]
        for operation_id, outcome in outcomes:
            print(f"kept {operation_id}: {outcome} (offline)")
        return outcomes  # the queue is untouched: the next replay sends the same operations and keys
    if payload["errors"]:
        raise RuntimeError(f"sync refused the batch: {payload['errors']}")
    results = {result["clientOperationId"]: result for result in payload["results"]}
    outcomes = []
    for operation in pending:
        result = results[operation["clientOperationId"]]
        outcome = result["outcome"].lower()
        if result["outcome"] not in ("APPLIED", "DUPLICATE"):
            outcome += ": " + "; ".join(
                f"{e['field']} {e['code']}" if e["field"] else e["code"] for e in result["errors"]
            )
        outcomes.append((operation["clientOperationId"], outcome))
        print(f"replayed {operation['clientOperationId']}: {outcome}")
    queue.write_text("[]")  # every operation has its answer: done, or to be fixed and queued anew
    return outcomes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--url", default="http://127.0.0.1:8000")
    parser.add_argument("--email", default=DEMO_EMAIL)
    parser.add_argument("--password", default=DEMO_PASSWORD)
    parser.add_argument("--client-id", default=CLIENT_ID, help="this app install's id for `sync`")
    parser.add_argument("--queue", type=Path, default=Path("athlete-queue.json"))
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--queue-only", action="store_true", help="queue two workouts offline, send nothing")
    mode.add_argument("--replay-only", action="store_true", help="replay the queue file, and nothing else")
    args = parser.parse_args(argv)
    client = GraphQLClient(args.url)
    login(client, args.email, args.password)
    if not args.replay_only:
        sessions = planned_sessions(client, wanted=2)
        if len(sessions) < 2:
            print("fewer than two planned sessions in this week and the next", file=sys.stderr)
            return 1
        queue_workouts(sessions, args.queue)  # the phone is offline from here...
        if args.queue_only:
            return 0
    outcomes = replay(client, args.queue, args.client_id)  # ...and back online here
    return 0 if all(o in ("applied", "duplicate") for _, o in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
