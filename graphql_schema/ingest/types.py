"""GraphQL types of ingestion: per-record results, runs, integration tokens (views over rows)."""

from __future__ import annotations

import uuid
from datetime import datetime

import strawberry
from strawberry.scalars import JSON

from app.core.errors import FieldError
from app.ingest.models import IngestionRun as RunRow
from app.ingest.models import IngestKind, RunStatus
from app.ingest.models import IntegrationToken as TokenRow
from app.ingest.pipeline import Outcome
from app.ingest.pipeline import RecordResult as ResultRow
from graphql_schema.errors import UserError
from graphql_schema.fields import field

strawberry.enum(
    Outcome,
    name="IngestStatus",
    description="What happened to one record: APPLIED (stored, new), UNCHANGED (identical to what is "
    "stored: a replay), REVISED (replaced the stored values, kept in the revision history), "
    "REJECTED (see its errors; the batch's other records are not affected).",
)
strawberry.enum(IngestKind, name="IngestKind", description="What a run ingested, and through which door.")
strawberry.enum(
    RunStatus,
    name="IngestionRunStatus",
    description="COMPLETED: no record was rejected; PARTIAL: some were; FAILED: all were.",
)


@strawberry.type(description="The result of one record of a batch, in the order sent.")
class IngestRecordResult:
    index: int = strawberry.field(description="The record's position in the batch (0-based).")
    status: Outcome = strawberry.field(description="What happened to it.")
    record_id: uuid.UUID | None = strawberry.field(
        name="id", description="The stored record's id (the same for every revision); null when rejected."
    )
    late: bool = strawberry.field(
        description="Arrived more than 48 h after its athlete-local day ended: stored, and flagged late."
    )
    duplicate_of: uuid.UUID | None = strawberry.field(
        description="Activities: the activity of another source this one duplicates (stored, not counted twice)."
    )
    errors: list[FieldError] = strawberry.field(
        description="Why it was rejected (`field` is relative to the record); empty otherwise.",
        graphql_type=list[UserError],
    )


@strawberry.type(
    description="One ingested batch (seed 003's sync history): who sent what, and what became of it."
)
class IngestionRun:
    id: uuid.UUID = strawberry.field(description="The run's id.")
    source: str = strawberry.field(description="The source the batch came from, e.g. garmin.")
    kind: IngestKind = strawberry.field(description="What was ingested, and through which door.")
    status: RunStatus = strawberry.field(description="Whether records were rejected.")
    started_at: datetime = strawberry.field(description="When the batch arrived (UTC).")
    finished_at: datetime | None = strawberry.field(description="When it was written (UTC).")
    received: int = strawberry.field(description="Records in the batch.")
    applied: int = strawberry.field(description="Records stored new.")
    unchanged: int = strawberry.field(description="Records identical to what was stored.")
    revised: int = strawberry.field(description="Records that replaced stored values.")
    rejected: int = strawberry.field(description="Records refused.")
    late: int = strawberry.field(
        description="Stored records that arrived late (more than 48 h after their day)."
    )
    errors: JSON = strawberry.field(
        description="The first 100 record errors: [{index, field, code, message}]."
    )
    file_name: str | None = strawberry.field(description="The imported file's name, for file imports.")
    athlete_id: uuid.UUID = strawberry.field(description="The athlete the batch was about.")
    triggered_by_id: strawberry.Private[uuid.UUID | None]
    integration_token_id: uuid.UUID | None = strawberry.field(
        description="The integration token that sent the batch, if one did."
    )

    @field("Whether the batch was sent by an integration hub (with an integration token).")
    def via_integration(self) -> bool:
        return self.integration_token_id is not None


@strawberry.type(description="The result of an ingest mutation: the run and one result per record.")
class IngestPayload:
    run: RunRow | None = strawberry.field(
        description="The batch's run; null when the batch as a whole was refused (see `errors`).",
        graphql_type=IngestionRun | None,
    )
    results: list[ResultRow] = strawberry.field(
        description="One result per record, in the order sent.", graphql_type=list[IngestRecordResult]
    )
    errors: list[UserError] = strawberry.field(
        description="Why the whole batch was refused (nothing written); empty otherwise."
    )


@strawberry.type(description="A coach's integration token (the secret itself is never shown again).")
class IntegrationToken:
    id: uuid.UUID = strawberry.field(description="The token's id.")
    name: str = strawberry.field(description="What the coach called it, e.g. the hub's name.")
    prefix: str = strawberry.field(description="The token's first characters, to tell tokens apart.")
    created_at: datetime = strawberry.field(description="When it was created (UTC).")
    last_used_at: datetime | None = strawberry.field(description="When it was last used (UTC).")
    use_count: int = strawberry.field(description="How many requests it authenticated.")
    revoked_at: datetime | None = strawberry.field(description="When it was revoked; null while it works.")


@strawberry.type(description="The result of `createIntegrationToken`.")
class CreateIntegrationTokenPayload:
    token: TokenRow | None = strawberry.field(
        description="The token as stored; null when `errors` is not empty.",
        graphql_type=IntegrationToken | None,
    )
    secret: str | None = strawberry.field(
        description="The bearer token to give the hub (`Authorization: Bearer cgi_...`). Shown only here, once."
    )
    errors: list[UserError] = strawberry.field(description="Why the input was refused; empty on success.")


@strawberry.type(description="The result of `revokeIntegrationToken`.")
class IntegrationTokenPayload:
    token: TokenRow | None = strawberry.field(
        description="The token as stored; null when `errors` is not empty.",
        graphql_type=IntegrationToken | None,
    )
    errors: list[UserError] = strawberry.field(description="Why the input was refused; empty on success.")


@strawberry.input(description="A new integration token for a hub.")
class CreateIntegrationTokenInput:
    name: str = strawberry.field(description="A name, 1-100 characters, e.g. the hub's.")


@strawberry.input(description="The token to revoke.")
class RevokeIntegrationTokenInput:
    id: uuid.UUID = strawberry.field(description="The token's id.")
