"""Reading ingestion runs: the sync history of the caller's athletes."""

from __future__ import annotations

import uuid

from tortoise.queryset import QuerySet

from app.core.access import athlete_filter
from app.core.actor import Actor
from app.ingest.models import IngestionRun, IngestKind


def list_runs(
    *, actor: Actor, athlete_id: uuid.UUID | None, kind: IngestKind | None = None
) -> QuerySet[IngestionRun]:
    """Runs the caller may see (one athlete's when given), optionally of one kind."""
    query = IngestionRun.filter(**athlete_filter(actor))
    if athlete_id is not None:
        query = query.filter(athlete_id=athlete_id)
    if kind is not None:
        query = query.filter(kind=kind)
    return query


async def get_run(*, actor: Actor, run_id: uuid.UUID) -> IngestionRun | None:
    return await IngestionRun.filter(id=run_id, **athlete_filter(actor)).first()
