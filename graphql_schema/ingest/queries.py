"""Queries of ingestion: ingestionRuns, ingestionRun(id), integrationTokens."""

from __future__ import annotations

import uuid
from typing import Annotated

import strawberry

from app.ingest import service, tokens
from app.ingest.models import IngestionRun as RunRow
from app.ingest.models import IngestKind
from app.ingest.models import IntegrationToken as TokenRow
from graphql_schema.context import Info
from graphql_schema.fields import field
from graphql_schema.ingest.types import IngestionRun, IntegrationToken
from graphql_schema.pagination import AfterArg, Connection, FirstArg, paginate
from graphql_schema.permissions import AUTHENTICATED


@strawberry.type
class IngestQuery:
    @field(
        description="Ingestion runs (the sync history), newest first; another coach's athlete gives an empty list.",
        graphql_type=Connection[IngestionRun],
        permission_classes=AUTHENTICATED,
    )
    async def ingestion_runs(
        self,
        info: Info,
        athlete_id: Annotated[
            uuid.UUID | None, strawberry.argument(description="Whose; omitted: all you see.")
        ] = None,
        kind: Annotated[IngestKind | None, strawberry.argument(description="Only runs of this kind.")] = None,
        first: FirstArg = None,
        after: AfterArg = None,
    ) -> Connection[RunRow]:
        query = service.list_runs(actor=info.context.require_actor(), athlete_id=athlete_id, kind=kind)
        return await paginate(
            query,
            order_by="started_at",
            descending=True,
            first=first,
            after=after,
            max_page_size=info.context.settings.max_page_size,
        )

    @field(
        description="One ingestion run by id; null when missing or not visible.",
        graphql_type=IngestionRun | None,
        permission_classes=AUTHENTICATED,
    )
    async def ingestion_run(
        self, info: Info, id: Annotated[uuid.UUID, strawberry.argument(description="The run's id.")]
    ) -> RunRow | None:
        return await service.get_run(actor=info.context.require_actor(), run_id=id)

    @field(
        description="Coaches: your integration tokens (revoked ones too), newest first. Others: FORBIDDEN.",
        graphql_type=Connection[IntegrationToken],
        permission_classes=AUTHENTICATED,
    )
    async def integration_tokens(
        self, info: Info, first: FirstArg = None, after: AfterArg = None
    ) -> Connection[TokenRow]:
        query = tokens.list_integration_tokens(actor=info.context.require_actor())
        return await paginate(
            query,
            order_by="created_at",
            descending=True,
            first=first,
            after=after,
            max_page_size=info.context.settings.max_page_size,
        )
