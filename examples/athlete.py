"""An athlete's app, in miniature: log in, read the week, log two workouts while offline, and
replay them when back online.

    python examples/athlete.py [--url http://127.0.0.1:8000] [--email ava@demo.coachgraph.dev]
    python examples/athlete.py --replay-only --queue my-queue.json

HTTP goes through httpx, with automatic persisted queries as Apollo Client sends them: the
SHA-256 of the document first, the document itself only when the server does not know it yet.
Workouts logged offline wait in a queue file, each with the id the app gave it; `replay` sends
them in order and keeps what could not be sent. Replaying twice is safe: a log whose id the
server already has counts as applied (the first reply was lost, not the write).
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

LOGIN = """mutation Login($email: String!, $password: String!) {
  login(input: {email: $email, password: $password}) { accessToken errors { code message } }
}"""
WEEK = """query Week($date: Date) {
  week(date: $date) {
    weekStart weekEnd sessionsPlanned sessionsCompleted
    sessions { id title localDate scheduledAt sessionType status prescription }
  }
}"""
LOG_WORKOUT = """mutation LogWorkout($input: LogWorkoutInput!) {
  logWorkout(input: $input) {
    workoutLog { id version sessionLoad session { status } }
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
    """Log the sessions while offline: each becomes a queued logWorkout with an id made here."""
    completed_at = datetime.now(UTC).replace(microsecond=0).isoformat()
    operations = [
        {
            "id": str(uuid.uuid4()),
            "sessionId": session["id"],
            "completedAt": completed_at,
            "rpe": 7,
            "durationMinutes": 45,
            "notes": f"Logged offline: {session['title']}",
            "actualData": actual_data(session),
            "syncStatus": "PENDING",
        }
        for session in sessions
    ]
    queue.write_text(json.dumps(operations, indent=2))
    for operation, session in zip(operations, sessions, strict=True):
        print(f"queued offline {operation['id']}: {session['title']} ({session['localDate']})")
    return operations


def replay(client: GraphQLClient, queue: Path) -> list[tuple[str, str]]:
    """Send the queued workouts in order; keep in the queue only those that could not be sent.
    Each one's outcome: applied, duplicate (its id is already on the server) or rejected."""
    pending: list[dict[str, Any]] = json.loads(queue.read_text())
    outcomes: list[tuple[str, str]] = []
    kept: list[dict[str, Any]] = []
    for operation in pending:
        try:
            payload = client.execute(LOG_WORKOUT, {"input": {**operation, "syncStatus": "SYNCED"}})[
                "logWorkout"
            ]
        except httpx.TransportError:
            kept.append(operation)  # still offline: try again on the next replay
            continue
        errors = payload["errors"]
        if not errors:
            outcome = "applied"
        elif [(e["field"], e["code"]) for e in errors] == [("id", "ALREADY_EXISTS")]:
            outcome = "duplicate"
        else:
            outcome = "rejected: " + "; ".join(f"{e['field']} {e['code']}" for e in errors)
        outcomes.append((operation["id"], outcome))
        print(f"replayed {operation['id']}: {outcome}")
    queue.write_text(json.dumps(kept, indent=2))
    return outcomes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--url", default="http://127.0.0.1:8000")
    parser.add_argument("--email", default=DEMO_EMAIL)
    parser.add_argument("--password", default=DEMO_PASSWORD)
    parser.add_argument("--queue", type=Path, default=Path("athlete-queue.json"))
    parser.add_argument("--replay-only", action="store_true", help="replay the queue file, and nothing else")
    args = parser.parse_args(argv)
    client = GraphQLClient(args.url)
    login(client, args.email, args.password)
    if not args.replay_only:
        sessions = planned_sessions(client, wanted=2)
        if len(sessions) < 2:
            print("fewer than two planned sessions in this week and the next", file=sys.stderr)
            return 1
        queue_workouts(sessions, args.queue)  # the phone is offline from here...
    outcomes = replay(client, args.queue)  # ...and back online here
    return 0 if all(o in ("applied", "duplicate") for _, o in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
