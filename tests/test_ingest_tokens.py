"""Integration tokens: created by a coach (shown once, stored hashed), used by a hub for the
coach's athletes only, ingest mutations only, every use recorded, revocable."""

from __future__ import annotations

import httpx

from app.audit.models import AuditLog
from app.clock import FixedClock
from app.ingest.models import IntegrationToken
from app.settings import Settings
from tests.helpers import error_codes, gql, make_athlete, make_coach, rows_containing, table_counts

CREATE = """
mutation($input: CreateIntegrationTokenInput!) {
  createIntegrationToken(input: $input) { secret token { id name prefix lastUsedAt useCount revokedAt } errors { code } }
}
"""
REVOKE = (
    "mutation($input: RevokeIntegrationTokenInput!)"
    " { revokeIntegrationToken(input: $input) { token { revokedAt } errors { code } } }"
)
INGEST = """
mutation($input: IngestWellnessInput!) {
  ingestWellness(input: $input) {
    run { id status applied integrationTokenId viaIntegration }
    results { status errors { field code } }
    errors { field code }
  }
}
"""
TOKENS = "{ integrationTokens { edges { node { name prefix useCount lastUsedAt } } } }"


async def _token(client: httpx.AsyncClient, coach_token: str, name: str = "Terra hub") -> tuple[str, str]:
    body = await gql(client, CREATE, {"input": {"name": name}}, token=coach_token)
    created = body["data"]["createIntegrationToken"]
    assert created["errors"] == []
    return created["secret"], created["token"]["id"]


def _batch(athlete_id: str) -> dict[str, object]:
    return {
        "input": {
            "athleteId": athlete_id,
            "source": "garmin",
            "records": [{"date": "2026-03-01", "restingHr": 50}],
        }
    }


async def test_a_coach_creates_a_token_shown_once_and_stored_only_as_a_hash(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    coach = await make_coach(settings)

    secret, _ = await _token(client, coach.token)

    assert secret.startswith("cgi_") and len(secret) > 40
    assert await rows_containing(secret) == []
    listed = await gql(client, TOKENS, token=coach.token)
    (node,) = [e["node"] for e in listed["data"]["integrationTokens"]["edges"]]
    assert node == {"name": "Terra hub", "prefix": secret[:12], "useCount": 0, "lastUsedAt": None}


async def test_a_hub_ingests_for_the_coachs_athlete_and_every_use_is_recorded(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    secret, token_id = await _token(client, coach.token)

    body = await gql(client, INGEST, _batch(str(athlete.athlete.id)), token=secret)  # type: ignore[union-attr]

    result = body["data"]["ingestWellness"]
    assert result["results"] == [{"status": "APPLIED", "errors": []}]
    assert result["run"]["integrationTokenId"] == token_id and result["run"]["viaIntegration"] is True
    stored = await IntegrationToken.get(id=token_id)
    assert stored.use_count == 1 and stored.last_used_at == fixed_clock.now
    audit = await AuditLog.filter(action="ingest_wellness").get()
    assert audit.user_id == coach.user.id and audit.metadata["integration_token"] == token_id  # type: ignore[index]


async def test_a_token_may_call_the_ingest_mutations_only(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    coach = await make_coach(settings)
    await make_athlete(settings, coach)
    secret, token_id = await _token(client, coach.token)

    roster = await gql(client, "{ athletes { edges { node { id } } } }", token=secret)
    me = await gql(client, "{ me { id } }", token=secret)
    another = await gql(client, CREATE, {"input": {"name": "escalate"}}, token=secret)
    revoke = await gql(client, REVOKE, {"input": {"id": token_id}}, token=secret)

    assert error_codes(roster) == ["FORBIDDEN"]
    assert error_codes(me) == ["FORBIDDEN"]
    assert error_codes(another) == ["FORBIDDEN"]
    assert error_codes(revoke) == ["FORBIDDEN"]
    assert await IntegrationToken.all().count() == 1


async def test_one_coachs_token_cannot_touch_another_coachs_athletes(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    coach_a = await make_coach(settings, email="a@example.com")
    athlete_a = await make_athlete(settings, coach_a, email="athlete-a@example.com")
    coach_b = await make_coach(settings, email="b@example.com")
    secret_b, _ = await _token(client, coach_b.token)
    before = await table_counts()

    body = await gql(client, INGEST, _batch(str(athlete_a.athlete.id)), token=secret_b)  # type: ignore[union-attr]

    assert body["data"]["ingestWellness"]["errors"] == [{"field": "athleteId", "code": "NOT_FOUND"}]
    assert body["data"]["ingestWellness"]["run"] is None
    after = await table_counts()
    assert {k: v for k, v in after.items() if k != "integration_token"} == {
        k: v for k, v in before.items() if k != "integration_token"
    }


async def test_a_revoked_token_stops_working(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    secret, token_id = await _token(client, coach.token)

    revoked = await gql(client, REVOKE, {"input": {"id": token_id}}, token=coach.token)
    body = await gql(client, INGEST, _batch(str(athlete.athlete.id)), token=secret)  # type: ignore[union-attr]
    forged = await gql(client, INGEST, _batch(str(athlete.athlete.id)), token="cgi_" + "x" * 43)  # type: ignore[union-attr]

    assert revoked["data"]["revokeIntegrationToken"]["token"]["revokedAt"] is not None
    assert error_codes(body) == ["UNAUTHENTICATED"]
    assert error_codes(forged) == ["UNAUTHENTICATED"]


async def test_only_coaches_create_tokens_and_only_their_own_are_revoked(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    coach_a = await make_coach(settings, email="a@example.com")
    athlete = await make_athlete(settings, coach_a)
    coach_b = await make_coach(settings, email="b@example.com")
    _, token_id = await _token(client, coach_a.token)

    by_athlete = await gql(client, CREATE, {"input": {"name": "mine"}}, token=athlete.token)
    by_other_coach = await gql(client, REVOKE, {"input": {"id": token_id}}, token=coach_b.token)

    assert error_codes(by_athlete) == ["FORBIDDEN"]
    assert by_other_coach["data"]["revokeIntegrationToken"]["errors"] == [{"code": "NOT_FOUND"}]
    assert (await IntegrationToken.get(id=token_id)).revoked_at is None
