"""Dataloaders of the sync domain: the server's sync status of workout log versions."""

from __future__ import annotations

import uuid
from operator import attrgetter

from app.core.access import athlete_filter
from app.core.actor import Actor
from app.logs.models import SyncStatus
from app.sync.models import SyncOperation
from graphql_schema.dataloader import ScopedLoader, first_by_key


class SyncStatusByLogLoader(ScopedLoader[uuid.UUID, SyncStatus | None]):
    """The status of the newest sync operation about each log version, when it has not applied
    (PENDING or ERROR); None when there is none or it applied (app/sync/status.py has the rule)."""

    async def fetch(self, keys: list[uuid.UUID]) -> list[SyncStatus | None]:
        rows = await SyncOperation.filter(target_id__in=keys, **athlete_filter(self.actor)).order_by(
            "-updated_at", "-id"
        )
        newest = first_by_key(rows, attrgetter("target_id"), keys)
        return [
            row.status if row is not None and row.status is not SyncStatus.SYNCED else None for row in newest
        ]


class SyncLoaders:
    """The sync loaders of one operation."""

    def __init__(self, actor: Actor) -> None:
        self.status_by_log = SyncStatusByLogLoader(actor)
