"""Writing the audit log; called inside the mutation's own transaction."""

from __future__ import annotations

import uuid
from typing import Any

from app.audit.models import AuditLog
from app.core.actor import Actor, ClientInfo


async def record(
    *,
    action: str,
    user_id: uuid.UUID | None,
    client: ClientInfo,
    entity_type: str | None = None,
    entity_id: uuid.UUID | None = None,
    metadata: dict[str, Any] | None = None,
) -> AuditLog:
    """Append one audit entry: who (`user_id`), what (`action`), which entity, from where."""
    return await AuditLog.create(
        user_id=user_id,
        action=action[:100],
        entity_type=entity_type,
        entity_id=entity_id,
        metadata=metadata,
        ip_address=(client.ip or None) and client.ip[:45],
        user_agent=(client.user_agent or None) and client.user_agent[:512],
    )


async def record_action(
    actor: Actor, action: str, entity_type: str, entity_id: uuid.UUID, **metadata: Any
) -> AuditLog:
    """Append the audit entry of a mutation made by `actor` (its user and client), in its transaction."""
    return await record(
        action=action,
        user_id=actor.user_id,
        client=actor.client,
        entity_type=entity_type,
        entity_id=entity_id,
        metadata=metadata or None,
    )
