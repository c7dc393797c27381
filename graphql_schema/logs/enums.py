"""The logs domain's enums, registered once as GraphQL enums (their Python classes live in
`app.logs.models`); the sync types show SyncStatus too, so they import this module."""

from __future__ import annotations

import strawberry

from app.logs.models import FeedbackType, SyncStatus

strawberry.enum(
    SyncStatus,
    name="SyncStatus",
    description="Where a write recorded offline stands (seed 004): PENDING (not applied yet), SYNCED, "
    "or ERROR (failed 3 times without applying).",
)
strawberry.enum(
    FeedbackType,
    name="FeedbackType",
    description="How the athlete sums up a session: done, skipped, hard, or pain.",
)

__all__ = ["FeedbackType", "SyncStatus"]
