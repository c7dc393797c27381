"""Account tables: users, refresh tokens (hashed), login attempts."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from tortoise import fields

from app.core.actor import Role
from app.core.models import TimestampedModel


class User(TimestampedModel):
    """A login: unique lowercased email, Argon2id password hash, one role."""

    email = fields.CharField(max_length=255, unique=True)
    password_hash = fields.CharField(max_length=255)
    role = fields.CharEnumField(Role, max_length=16)
    is_active = fields.BooleanField(default=True)
    last_login_at = fields.DatetimeField(null=True)
    # access tokens issued before this instant are refused (set by "log out everywhere")
    tokens_valid_after = fields.DatetimeField(null=True)

    class Meta:
        table = "user_account"


class RefreshToken(TimestampedModel):
    """One issued refresh token, stored as a SHA-256 hash; rotation chains form a family."""

    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="refresh_tokens", on_delete=fields.CASCADE
    )
    if TYPE_CHECKING:
        user_id: uuid.UUID
    token_hash = fields.CharField(max_length=64, unique=True)
    family_id = fields.UUIDField(db_index=True)
    expires_at = fields.DatetimeField()
    used_at = fields.DatetimeField(null=True)
    revoked_at = fields.DatetimeField(null=True)
    revoked_reason = fields.CharField(max_length=32, null=True)

    class Meta:
        table = "refresh_token"
        indexes = (("user_id",),)


class AuthAttempt(TimestampedModel):
    """A failed login or a refresh call, kept for throttling per account and per client."""

    kind = fields.CharField(max_length=16)  # login_failure | refresh
    account_key = fields.CharField(max_length=255, null=True)
    client_key = fields.CharField(max_length=64, null=True)
    attempted_at = fields.DatetimeField()

    class Meta:
        table = "auth_attempt"
        indexes = (("kind", "account_key", "attempted_at"), ("kind", "client_key", "attempted_at"))
