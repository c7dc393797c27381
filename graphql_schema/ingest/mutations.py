"""Mutations of ingestion: integration tokens, and file imports (GraphQL multipart request spec)."""

from __future__ import annotations

import uuid
from typing import Annotated

import strawberry
from strawberry.file_uploads import Upload

from app.core.access import athlete_or_self
from app.core.errors import ErrorCode, ValidationFailed
from app.ingest import files, tokens
from app.ingest.files import CsvFormat
from app.ingest.pipeline import BatchReport
from graphql_schema.context import Info
from graphql_schema.errors import UserError, attempt
from graphql_schema.fields import mutation
from graphql_schema.ingest.types import (
    CreateIntegrationTokenInput,
    CreateIntegrationTokenPayload,
    IngestPayload,
    IntegrationTokenPayload,
    RevokeIntegrationTokenInput,
)
from graphql_schema.permissions import AUTHENTICATED

strawberry.enum(
    CsvFormat, name="CsvFormat", description="Which daily CSV export a file is (it names the source)."
)


@strawberry.input(description="A `.fit` activity file to import as one activity.")
class ImportFitFileInput:
    file: Upload = strawberry.field(
        description="The file, sent as a multipart upload (GraphQL multipart request spec)."
    )
    athlete_id: uuid.UUID | None = strawberry.field(
        default=None, description="The athlete; athletes may omit it, coaches name one of their athletes."
    )
    source: str = strawberry.field(default="garmin", description="The source to record, e.g. garmin, wahoo.")


@strawberry.input(
    description="An Apple Health or Garmin daily CSV export to import as daily wellness records."
)
class ImportWellnessCsvInput:
    file: Upload = strawberry.field(
        description="The file, sent as a multipart upload (GraphQL multipart request spec)."
    )
    format: CsvFormat = strawberry.field(description="Which export it is.")
    athlete_id: uuid.UUID | None = strawberry.field(
        default=None, description="The athlete; athletes may omit it, coaches name one of their athletes."
    )


async def _read(upload: object) -> tuple[bytes, str | None]:
    read = getattr(upload, "read", None)
    if read is None:
        raise ValidationFailed.one("file", ErrorCode.REQUIRED, "Send the file as a multipart upload.")
    try:
        data = await read(files.MAX_FILE_BYTES + 1)
    finally:
        close = getattr(upload, "close", None)
        if close is not None:
            await close()
    return data, getattr(upload, "filename", None)


def _payload(report: BatchReport | None, errors: list[UserError]) -> IngestPayload:
    return IngestPayload(
        run=report.run if report else None, results=report.results if report else [], errors=errors
    )


@strawberry.type
class IngestMutation:
    @mutation(
        description="Coaches: create a named integration token for a hub. It may call the ingest mutations only, "
        "for your athletes only; the secret is returned once (only its SHA-256 is stored).",
        permission_classes=AUTHENTICATED,
    )
    async def create_integration_token(
        self,
        info: Info,
        input: Annotated[CreateIntegrationTokenInput, strawberry.argument(description="The token.")],
    ) -> CreateIntegrationTokenPayload:
        issued, errors = await attempt(
            lambda: tokens.create_integration_token(actor=info.context.require_actor(), name=input.name)
        )
        return CreateIntegrationTokenPayload(
            token=issued.token if issued else None, secret=issued.secret if issued else None, errors=errors
        )

    @mutation(
        description="Coaches: revoke one of your integration tokens; it stops working at once.",
        permission_classes=AUTHENTICATED,
    )
    async def revoke_integration_token(
        self,
        info: Info,
        input: Annotated[RevokeIntegrationTokenInput, strawberry.argument(description="The token.")],
    ) -> IntegrationTokenPayload:
        token, errors = await attempt(
            lambda: tokens.revoke_integration_token(actor=info.context.require_actor(), id=input.id)
        )
        return IntegrationTokenPayload(token=token, errors=errors)

    @mutation(
        description="Import a `.fit` activity file (multipart upload) as one activity, through the same path as "
        "`ingestActivities` (dedup, plan matching, an ingestion run).",
        permission_classes=AUTHENTICATED,
    )
    async def import_fit_file(
        self, info: Info, input: Annotated[ImportFitFileInput, strawberry.argument(description="The file.")]
    ) -> IngestPayload:
        actor = info.context.require_actor()

        async def run() -> BatchReport:
            data, name = await _read(input.file)
            return await files.import_fit_file(
                actor=actor,
                athlete_id=athlete_or_self(actor, input.athlete_id),
                data=data,
                file_name=name,
                source=input.source,
            )

        return _payload(*await attempt(run))

    @mutation(
        description="Import an Apple Health or Garmin daily CSV export (multipart upload, at most 1,000 days) as "
        "daily wellness records, through the same path as `ingestWellness`.",
        permission_classes=AUTHENTICATED,
    )
    async def import_wellness_csv(
        self,
        info: Info,
        input: Annotated[ImportWellnessCsvInput, strawberry.argument(description="The file.")],
    ) -> IngestPayload:
        actor = info.context.require_actor()

        async def run() -> BatchReport:
            data, name = await _read(input.file)
            return await files.import_wellness_csv(
                actor=actor,
                athlete_id=athlete_or_self(actor, input.athlete_id),
                data=data,
                file_name=name,
                fmt=input.format,
            )

        return _payload(*await attempt(run))
