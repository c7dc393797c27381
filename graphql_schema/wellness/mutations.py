"""Mutations of wellness: ingestWellness, ingestSleep, ingestHrv, ingestHeartRate, submitCheckIn,
setSourcePrecedence."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Annotated, Any

import strawberry

from app.core.access import athlete_or_self
from app.core.actor import Actor
from app.ingest.pipeline import BatchReport
from app.wellness import ingest as service
from app.wellness import precedence
from app.wellness.models import CheckIn
from graphql_schema.bulk import as_mapping
from graphql_schema.context import Info
from graphql_schema.errors import attempt
from graphql_schema.fields import mutation
from graphql_schema.ingest.types import IngestPayload
from graphql_schema.permissions import AUTHENTICATED
from graphql_schema.sync.once import write_once
from graphql_schema.wellness.inputs import (
    IngestHeartRateInput,
    IngestHrvInput,
    IngestSleepInput,
    IngestWellnessInput,
    SetSourcePrecedenceInput,
    SubmitCheckInInput,
)
from graphql_schema.wellness.types import CheckInPayload, SourcePrecedencePayload

_BATCH = (
    " Up to 1,000 records of one athlete from one source; one result per record (APPLIED, UNCHANGED, "
    "REVISED, REJECTED with errors). A replayed batch says UNCHANGED; a record more than 48 h after its "
    "day is stored and flagged late. Integration tokens may call it for their coach's athletes."
)

Service = Callable[..., Awaitable[BatchReport]]


async def ingest(info: Info, call: Service, input: Any, records: list[dict[str, Any]]) -> IngestPayload:
    """Run an ingest service for the input's athlete; the payload of its report."""
    actor: Actor = info.context.require_actor()

    async def run() -> BatchReport:
        return await call(
            actor=actor,
            athlete_id=athlete_or_self(actor, input.athlete_id),
            source=input.source,
            records=records,
        )

    report, errors = await attempt(run)
    return IngestPayload(
        run=report.run if report else None, results=report.results if report else [], errors=errors
    )


def _plain(record: Any) -> dict[str, Any]:
    return as_mapping(record)


@strawberry.type
class WellnessMutation:
    @mutation(
        description="Daily wellness summaries from a device or hub." + _BATCH,
        permission_classes=AUTHENTICATED,
    )
    async def ingest_wellness(
        self, info: Info, input: Annotated[IngestWellnessInput, strawberry.argument(description="The batch.")]
    ) -> IngestPayload:
        return await ingest(info, service.ingest_wellness, input, [_plain(r) for r in input.records])

    @mutation(
        description="Sleep sessions (one main sleep per night and source)." + _BATCH,
        permission_classes=AUTHENTICATED,
    )
    async def ingest_sleep(
        self, info: Info, input: Annotated[IngestSleepInput, strawberry.argument(description="The batch.")]
    ) -> IngestPayload:
        records = [_plain(r) for r in input.records]
        for record in records:
            if record.get("stages") is not None:
                record["stages"] = [_plain(s) for s in record["stages"]]
        return await ingest(info, service.ingest_sleep, input, records)

    @mutation(description="HRV readings." + _BATCH, permission_classes=AUTHENTICATED)
    async def ingest_hrv(
        self, info: Info, input: Annotated[IngestHrvInput, strawberry.argument(description="The batch.")]
    ) -> IngestPayload:
        return await ingest(info, service.ingest_hrv, input, [_plain(r) for r in input.records])

    @mutation(
        description="Intraday heart-rate samples, merged into one compact row per local day (kept one year)."
        + _BATCH,
        permission_classes=AUTHENTICATED,
    )
    async def ingest_heart_rate(
        self,
        info: Info,
        input: Annotated[IngestHeartRateInput, strawberry.argument(description="The batch.")],
    ) -> IngestPayload:
        return await ingest(info, service.ingest_heart_rate, input, [_plain(r) for r in input.records])

    @mutation(
        description="Athletes: your morning check-in (sleep quality, energy, soreness, stress, mood, optional "
        "HRV and resting HR, stored as the `manual` source). One per local day: again updates it.",
        permission_classes=AUTHENTICATED,
    )
    async def submit_check_in(
        self,
        info: Info,
        input: Annotated[SubmitCheckInInput, strawberry.argument(description="The check-in.")],
    ) -> CheckInPayload:
        row, errors = await attempt(lambda: write_once(info, "submitCheckIn", input, CheckIn))
        return CheckInPayload(check_in=row, errors=errors)

    @mutation(
        description="Set the source precedence of an athlete (their coach, an admin, or the athlete), or a "
        "coach's default for all their athletes. An empty list removes it.",
        permission_classes=AUTHENTICATED,
    )
    async def set_source_precedence(
        self,
        info: Info,
        input: Annotated[SetSourcePrecedenceInput, strawberry.argument(description="The list.")],
    ) -> SourcePrecedencePayload:
        result, errors = await attempt(
            lambda: precedence.set_source_precedence(
                actor=info.context.require_actor(), athlete_id=input.athlete_id, sources=input.sources
            )
        )
        return SourcePrecedencePayload(precedence=result, errors=errors)
