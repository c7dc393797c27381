"""Mutations of plan drafts: generatePlanDraft, updatePlanDraft, acceptPlanDraft, discardPlanDraft."""

from __future__ import annotations

from typing import Annotated

import strawberry

from app.plans import review
from app.plans.generation import generate_plan_draft
from graphql_schema.context import Info
from graphql_schema.errors import attempt
from graphql_schema.fields import mutation
from graphql_schema.permissions import AUTHENTICATED
from graphql_schema.plans.inputs import (
    AcceptPlanDraftInput,
    DiscardPlanDraftInput,
    GeneratePlanDraftInput,
    UpdatePlanDraftInput,
)
from graphql_schema.plans.types import GeneratePlanDraftPayload, PlanDraftPayload


@strawberry.type
class PlansMutation:
    @mutation(
        description="Coaches and admins: draft an athlete's week with the configured generator (PLAN_GENERATOR). "
        "Every run is recorded, a FAILURE too (see its errors); a valid draft awaits review. The same requestId "
        "again returns the same run. Athletes: FORBIDDEN.",
        permission_classes=AUTHENTICATED,
    )
    async def generate_plan_draft(
        self,
        info: Info,
        input: Annotated[GeneratePlanDraftInput, strawberry.argument(description="The athlete and week.")],
    ) -> GeneratePlanDraftPayload:
        run, errors = await attempt(
            lambda: generate_plan_draft(
                actor=info.context.require_actor(),
                settings=info.context.settings,
                athlete_id=input.athlete_id,
                week_start=input.week_start,
                request_id=input.request_id,
                availability=input.availability_days(),
            )
        )
        draft = await info.context.loaders.plans.draft_by_run.load(run.id) if run is not None else None
        return GeneratePlanDraftPayload(run=run, draft=draft, errors=errors)

    @mutation(
        description="Coaches and admins: replace a pending draft's sessions; they are checked as a generator's output is.",
        permission_classes=AUTHENTICATED,
    )
    async def update_plan_draft(
        self,
        info: Info,
        input: Annotated[
            UpdatePlanDraftInput, strawberry.argument(description="The draft and its sessions.")
        ],
    ) -> PlanDraftPayload:
        draft, errors = await attempt(
            lambda: review.update_draft(
                actor=info.context.require_actor(),
                id=input.id,
                sessions=input.session_dicts(),
                expected_version=input.expected_version,
            )
        )
        return PlanDraftPayload(draft=draft, errors=errors)

    @mutation(
        description="Coaches and admins: accept all or some of a pending draft's sessions into the athlete's current "
        "program and micro-cycle, as one transaction (sessions scheduled or updated, planChanged published, audited). "
        "Planned sessions the draft has no counterpart for are never deleted.",
        permission_classes=AUTHENTICATED,
    )
    async def accept_plan_draft(
        self,
        info: Info,
        input: Annotated[AcceptPlanDraftInput, strawberry.argument(description="The draft and sessions.")],
    ) -> PlanDraftPayload:
        draft, errors = await attempt(
            lambda: review.accept_draft(
                actor=info.context.require_actor(),
                id=input.id,
                session_keys=input.session_keys,
                expected_version=input.expected_version,
            )
        )
        return PlanDraftPayload(draft=draft, errors=errors)

    @mutation(description="Coaches and admins: discard a pending draft.", permission_classes=AUTHENTICATED)
    async def discard_plan_draft(
        self,
        info: Info,
        input: Annotated[DiscardPlanDraftInput, strawberry.argument(description="The draft.")],
    ) -> PlanDraftPayload:
        draft, errors = await attempt(
            lambda: review.discard_draft(
                actor=info.context.require_actor(), id=input.id, expected_version=input.expected_version
            )
        )
        return PlanDraftPayload(draft=draft, errors=errors)
