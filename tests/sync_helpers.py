"""Shared pieces of the sync tests: the `sync` document, operation builders, an athlete with sessions."""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import httpx
from tortoise import connections

from app.programs.models import SessionType, TrainingSession
from app.settings import Settings
from tests.helpers import (
    ENDURANCE_DATA,
    PINNED_NOW,
    Account,
    gql,
    make_athlete,
    make_athlete_session,
    make_coach,
    make_squat,
    strength_data,
)

ENTITY = """
  kind id
  workoutLog { id version completedAt actualData rpe durationMinutes notes syncStatus isCurrent createdAt }
  sessionFeedback { id type mood energy soreness comments submittedAt }
  session { id status skippedReason completedAt updatedAt }
  benchmark { id metricType value unit establishedAt createdAt }
  athleteProfile { id displayName restingHr weightKg createdAt }
"""

SYNC = (
    """
mutation($input: SyncInput!) {
  sync(input: $input) {
    results {
      clientOperationId operation outcome syncStatus attempts
      entity { """
    + ENTITY
    + """ }
      conflict { fields serverVersion { kind id workoutLog { id version rpe notes isCurrent } } }
      errors { field code message }
    }
    errors { field code message }
  }
}
"""
)

SYNC_REPORT = """
query($client: String!, $status: SyncStatus) {
  syncReport(clientId: $client) {
    clientId pendingCount syncedCount errorCount
    operations(status: $status) { edges { node {
      clientOperationId operation idempotencyKey status attempts failures lastOutcome
      lastErrors { field code message } entityKind entityId
    } } }
  }
}
"""


def op(
    kind: str, payload: dict[str, Any], *, op_id: str | None = None, key: str | None = None
) -> dict[str, Any]:
    """One queued operation of `kind` (the protocol's name) with its payload."""
    return {
        "clientOperationId": op_id or f"op-{uuid.uuid4().hex[:8]}",
        "idempotencyKey": key or str(uuid.uuid4()),
        kind: payload,
    }


def log_payload(session: TrainingSession, **overrides: Any) -> dict[str, Any]:
    strength = session.session_type is SessionType.STRENGTH
    values: dict[str, Any] = {
        "sessionId": str(session.id),
        "completedAt": (PINNED_NOW - timedelta(hours=2)).isoformat(),
        "actualData": strength_data() if strength else ENDURANCE_DATA,
        "rpe": 7,
        "durationMinutes": 60,
        "notes": "Felt strong",
    }
    values.update(overrides)
    return values


def edit_payload(session: TrainingSession, log_id: str, **overrides: Any) -> dict[str, Any]:
    """An edit of log version `log_id` (of `session`)."""
    values = log_payload(session, **overrides)
    del values["sessionId"]
    return {**values, "id": log_id}


async def sync(
    client: httpx.AsyncClient,
    account: Account,
    operations: list[dict[str, Any]],
    *,
    client_id: str = "phone-1",
) -> dict[str, Any]:
    """Send a batch; returns the `sync` payload (asserting there was no GraphQL error)."""
    body = await gql(
        client, SYNC, {"input": {"clientId": client_id, "operations": operations}}, token=account.token
    )
    assert "errors" not in body, body
    payload: dict[str, Any] = body["data"]["sync"]
    return payload


def outcomes(payload: dict[str, Any]) -> list[str]:
    return [r["outcome"] for r in payload["results"]]


@dataclass
class Gym:
    """A coach, their athlete (UTC) with four sessions around the pinned "now", and the squat."""

    coach: Account
    athlete: Account
    sessions: list[TrainingSession]

    @property
    def athlete_id(self) -> str:
        assert self.athlete.athlete is not None
        return str(self.athlete.athlete.id)


async def make_gym(settings: Settings, *, suffix: str = "", squat: bool = True, sessions: int = 4) -> Gym:
    if squat:
        await make_squat()
    coach = await make_coach(settings, email=f"coach{suffix}@example.com", name=f"Coach {suffix or 'One'}")
    athlete = await make_athlete(settings, coach, email=f"athlete{suffix}@example.com", name="Ada")
    made = []
    for index in range(sessions):
        kind = SessionType.STRENGTH if index % 2 == 0 else SessionType.ENDURANCE
        made.append(
            await make_athlete_session(
                athlete, scheduled_at=PINNED_NOW - timedelta(days=1, hours=index), session_type=kind
            )
        )
    return Gym(coach, athlete, made)


async def settled() -> None:
    """Wait until every transaction that wrote a change has ended: another database's transaction on
    a shared server holds the horizon back for a moment (it is cluster-wide)."""
    conn = connections.get("default")
    for _ in range(1000):
        rows = await conn.execute_query_dict(
            "SELECT coalesce(max(txid), 0) < pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS done"
            " FROM change_log"
        )
        if rows[0]["done"]:
            return
        await asyncio.sleep(0.01)
    raise AssertionError("a transaction stayed open for 10 seconds")
