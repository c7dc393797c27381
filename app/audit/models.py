"""AuditLog: who did what to which entity, when and from where (seed 004). Append-only."""

from __future__ import annotations

import uuid
from typing import Any

from tortoise import fields
from tortoise.models import Model


class AuditLog(Model):
    """One audited action; rows are never updated or deleted (a trigger refuses it)."""

    id = fields.UUIDField(primary_key=True, default=uuid.uuid4)
    # A plain column, not a foreign key: entries outlive the accounts they mention.
    user_id = fields.UUIDField(null=True)
    action = fields.CharField(max_length=100)
    entity_type = fields.CharField(max_length=64, null=True)
    entity_id = fields.UUIDField(null=True)
    metadata: fields.JSONField[dict[str, Any] | None] = fields.JSONField(null=True)
    ip_address = fields.CharField(max_length=45, null=True)
    user_agent = fields.CharField(max_length=512, null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "audit_log"
        indexes = (("user_id", "created_at"), ("entity_type", "entity_id"))
