"""Queries of plan drafts: planGenerationRuns, planGenerationRun(id), planDrafts, planDraft(id)."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated

import strawberry

from app.plans import service
from app.plans.models import DraftStatus, PlanRunStatus
from app.plans.models import PlanGenerationRun as RunRow
from app.plans.models import PlanSnapshot as DraftRow
from graphql_schema.context import Info
from graphql_schema.fields import field
from graphql_schema.pagination import AfterArg, Connection, FirstArg, paginate
from graphql_schema.permissions import AUTHENTICATED
from graphql_schema.plans.types import PlanDraft, PlanGenerationRun

AthleteArg = Annotated[uuid.UUID | None, strawberry.argument(description="Whose; omitted: all you see.")]


@strawberry.type
class PlansQuery:
    @field(
        description="Coaches and admins: weekly-plan generation runs, newest first (athletes: FORBIDDEN).",
        graphql_type=Connection[PlanGenerationRun],
        permission_classes=AUTHENTICATED,
    )
    async def plan_generation_runs(
        self,
        info: Info,
        athlete_id: AthleteArg = None,
        status: Annotated[
            PlanRunStatus | None, strawberry.argument(description="Only runs of this status.")
        ] = None,
        first: FirstArg = None,
        after: AfterArg = None,
    ) -> Connection[RunRow]:
        query = service.list_runs(actor=info.context.require_actor(), athlete_id=athlete_id, status=status)
        return await paginate(
            query,
            order_by="started_at",
            descending=True,
            first=first,
            after=after,
            max_page_size=info.context.settings.max_page_size,
        )

    @field(
        description="One generation run by id; null when missing or not visible (athletes: FORBIDDEN).",
        graphql_type=PlanGenerationRun | None,
        permission_classes=AUTHENTICATED,
    )
    async def plan_generation_run(
        self, info: Info, id: Annotated[uuid.UUID, strawberry.argument(description="The run's id.")]
    ) -> RunRow | None:
        return await service.get_run(actor=info.context.require_actor(), run_id=id)

    @field(
        description="Weekly plan drafts, newest first. Athletes see their own accepted plans only.",
        graphql_type=Connection[PlanDraft],
        permission_classes=AUTHENTICATED,
    )
    async def plan_drafts(
        self,
        info: Info,
        athlete_id: AthleteArg = None,
        status: Annotated[
            DraftStatus | None, strawberry.argument(description="Only drafts of this status.")
        ] = None,
        week_start: Annotated[
            date | None, strawberry.argument(description="Only drafts of the week holding this day.")
        ] = None,
        first: FirstArg = None,
        after: AfterArg = None,
    ) -> Connection[DraftRow]:
        query = service.list_drafts(
            actor=info.context.require_actor(),
            athlete_id=athlete_id,
            status=status,
            week_start=week_start,
        )
        return await paginate(
            query,
            order_by="generated_at",
            descending=True,
            first=first,
            after=after,
            max_page_size=info.context.settings.max_page_size,
        )

    @field(
        description="One draft by id; null when missing or not visible (athletes: only their accepted plans).",
        graphql_type=PlanDraft | None,
        permission_classes=AUTHENTICATED,
    )
    async def plan_draft(
        self, info: Info, id: Annotated[uuid.UUID, strawberry.argument(description="The draft's id.")]
    ) -> DraftRow | None:
        return await service.get_draft(actor=info.context.require_actor(), draft_id=id)
