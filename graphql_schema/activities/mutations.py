"""Mutations of activities: ingestActivities and linkActivity."""

from __future__ import annotations

from typing import Annotated, Any

import strawberry

from app.activities import ingest as service
from app.activities import matching
from graphql_schema.activities.types import ActivityPayload, IngestActivitiesInput, LinkActivityInput
from graphql_schema.bulk import as_mapping
from graphql_schema.context import Info
from graphql_schema.errors import attempt
from graphql_schema.fields import mutation
from graphql_schema.ingest.types import IngestPayload
from graphql_schema.permissions import AUTHENTICATED
from graphql_schema.wellness.mutations import ingest


def _record(record: Any) -> dict[str, Any]:
    return as_mapping(record)


@strawberry.type
class ActivitiesMutation:
    @mutation(
        description="Device activities (up to 1,000 of one athlete from one source), one result per record. "
        "Deduplicated by (source, externalId) across batches and by start time across sources; each new "
        "activity is matched to a planned session of its local day whose modality fits (closest start wins). "
        "Integration tokens may call it for their coach's athletes.",
        permission_classes=AUTHENTICATED,
    )
    async def ingest_activities(
        self,
        info: Info,
        input: Annotated[IngestActivitiesInput, strawberry.argument(description="The batch.")],
    ) -> IngestPayload:
        return await ingest(info, service.ingest_activities, input, [_record(r) for r in input.records])

    @mutation(
        description="Coaches and admins: link an activity to another planned session of its athlete, or unlink "
        "it. A linked planned session counts as completed; an unlinked one without a workout log is planned again.",
        permission_classes=AUTHENTICATED,
    )
    async def link_activity(
        self, info: Info, input: Annotated[LinkActivityInput, strawberry.argument(description="The link.")]
    ) -> ActivityPayload:
        row, errors = await attempt(
            lambda: matching.link_activity(
                actor=info.context.require_actor(), activity_id=input.activity_id, session_id=input.session_id
            )
        )
        return ActivityPayload(activity=row, errors=errors)
