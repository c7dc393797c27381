"""Queries of the sync domain: the changes feed and a client's sync report."""

from __future__ import annotations

from typing import Annotated

import strawberry

from app.sync import changes, status
from app.sync.changes import ChangePage
from app.sync.status import SyncReport as ReportRow
from graphql_schema.context import Info
from graphql_schema.fields import field
from graphql_schema.pagination import check_page_size
from graphql_schema.permissions import AUTHENTICATED
from graphql_schema.sync.types import ChangeFeed, SyncReport


@strawberry.type
class SyncQuery:
    @field(
        description="Everything you may see that changed since `since`, oldest first: programs, phases, "
        "micro-cycles, sessions, workout logs, feedback, benchmarks, exercises and athlete profiles, and "
        "tombstones for rows deleted or archived and for athletes no longer yours. Pull until `hasMore` "
        "is false, keep `cursor`, and pull again with it later: no change is ever skipped, even one "
        "committed while you pull. Row-level: a coach's athletes, an athlete themself.",
        graphql_type=ChangeFeed,
        permission_classes=AUTHENTICATED,
    )
    async def changes(
        self,
        info: Info,
        since: Annotated[
            str | None,
            strawberry.argument(description="The `cursor` of your last pull; omitted: from the beginning."),
        ] = None,
        first: Annotated[
            int | None,
            strawberry.argument(
                description="Most changes in this page: 1 to the server's MAX_PAGE_SIZE (100 unless "
                "configured), default 50."
            ),
        ] = None,
    ) -> ChangePage:
        size = check_page_size(first, info.context.settings.max_page_size)
        return await changes.changes_since(actor=info.context.require_actor(), since=since, first=size)

    @field(
        description="What the server saw of your operations from one client (your device): how many are "
        "pending, synced or failed (ERROR: 3 failed attempts), and each with its last errors. Only your "
        "own: another account's client of the same id is never shown.",
        graphql_type=SyncReport,
        permission_classes=AUTHENTICATED,
    )
    async def sync_report(
        self,
        info: Info,
        client_id: Annotated[str, strawberry.argument(description="The client id your app sends to `sync`.")],
    ) -> ReportRow:
        return await status.sync_report(actor=info.context.require_actor(), client_id=client_id)
