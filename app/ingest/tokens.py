"""Integration tokens: named, revocable bearer tokens a coach gives an integration hub.

A token is `cgi_` followed by 43 random URL-safe characters. Only its SHA-256 is stored (like
refresh tokens); the token itself is shown once, when it is created. A request that presents
one acts as the coach who created it, for that coach's athletes, and may call the ingest
mutations only (the API refuses everything else). Every use records the time it was last used,
and every ingest it makes is audited with the token's id.
"""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass

from tortoise import connections
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from app import clock
from app.audit.service import record_action
from app.auth.tokens import hash_secret
from app.core.actor import Actor, ClientInfo, Role
from app.core.errors import Collector, ErrorCode, NotAuthenticated, PermissionDenied, ValidationFailed
from app.core.validation import text_length
from app.ingest.models import IntegrationToken

TOKEN_PREFIX = "cgi_"  # noqa: S105 (a public prefix, not a secret)
# The token's first characters, kept in clear so people can tell their tokens apart.
SHOWN_CHARACTERS = 8
MAX_NAME = 100
MAX_TOKENS_PER_COACH = 50


@dataclass(frozen=True)
class IssuedIntegrationToken:
    """A new token and its secret, shown this once."""

    token: IntegrationToken
    secret: str


def is_integration_token(bearer: str) -> bool:
    """Whether a bearer token is an integration token (by its prefix)."""
    return bearer.startswith(TOKEN_PREFIX)


def _coach_of(actor: Actor) -> uuid.UUID:
    if not actor.is_coach or actor.coach_id is None or actor.is_integration:
        raise PermissionDenied("Only coaches manage integration tokens.")
    return actor.coach_id


async def create_integration_token(*, actor: Actor, name: str) -> IssuedIntegrationToken:
    """Issue a named token that ingests for the calling coach's athletes; the secret is shown once."""
    coach_id = _coach_of(actor)
    errors = Collector()
    clean = text_length(name, errors, "name", min_length=1, max_length=MAX_NAME)
    errors.raise_if_any()
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    async with in_transaction():
        live = await IntegrationToken.filter(coach_id=coach_id, revoked_at=None).count()
        if live >= MAX_TOKENS_PER_COACH:
            raise ValidationFailed.one(
                None, ErrorCode.TOO_LONG, f"At most {MAX_TOKENS_PER_COACH} live tokens."
            )
        token = await IntegrationToken.create(
            coach_id=coach_id,
            created_by_id=actor.user_id,
            name=clean,
            prefix=secret[: len(TOKEN_PREFIX) + SHOWN_CHARACTERS],
            token_hash=hash_secret(secret),
        )
        await record_action(actor, "create_integration_token", "integration_token", token.id, name=clean)
    return IssuedIntegrationToken(token, secret)


async def revoke_integration_token(*, actor: Actor, id: uuid.UUID) -> IntegrationToken:
    """Revoke one of the calling coach's tokens; it stops working at once."""
    coach_id = _coach_of(actor)
    async with in_transaction():
        token = await IntegrationToken.filter(id=id, coach_id=coach_id).select_for_update().first()
        if token is None:
            raise ValidationFailed.one("id", ErrorCode.NOT_FOUND, "Integration token not found.")
        if token.revoked_at is None:
            token.revoked_at = clock.now()
            await token.save(update_fields=["revoked_at", "updated_at"])
            await record_action(actor, "revoke_integration_token", "integration_token", token.id)
    return token


def list_integration_tokens(*, actor: Actor) -> QuerySet[IntegrationToken]:
    """The calling coach's tokens (revoked ones too); admins see every coach's."""
    if actor.is_admin and not actor.is_integration:
        return IntegrationToken.all()
    return IntegrationToken.filter(coach_id=_coach_of(actor))


async def authenticate_integration_token(*, token: str, client: ClientInfo) -> Actor:
    """The Actor an integration token acts as (its coach, marked with the token), recording the
    use in the same statement; NotAuthenticated for an unknown or revoked token, or a coach
    whose account is disabled."""
    conn = connections.get("default")
    rows = await conn.execute_query_dict(
        'UPDATE "integration_token" t SET last_used_at = $2, use_count = t.use_count + 1'
        ' FROM "coach" c JOIN "user_account" u ON u.id = c.user_id AND u.is_active'
        " WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND c.id = t.coach_id"
        " RETURNING t.id, t.coach_id, c.user_id",
        [hash_secret(token), clock.now()],
    )
    if not rows:
        raise NotAuthenticated("unknown or revoked integration token")
    row = rows[0]
    return Actor(
        user_id=row["user_id"],
        role=Role.COACH,
        coach_id=row["coach_id"],
        client=client,
        integration_token_id=row["id"],
    )
