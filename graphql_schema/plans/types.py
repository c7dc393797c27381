"""GraphQL types of plan drafts: generation runs, drafts (snapshots), their sessions and review."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

import strawberry
from strawberry.scalars import JSON

from app.plans.diff import DiffEntry
from app.plans.models import DraftStatus, PlanChangeKind, PlanRunStatus
from app.plans.models import PlanGenerationRun as RunRow
from app.plans.models import PlanSession as LinkRow
from app.plans.models import PlanSnapshot as DraftRow
from graphql_schema import refs
from graphql_schema.context import Info
from graphql_schema.errors import UserError
from graphql_schema.fields import field, list_of, loaded
from graphql_schema.programs.enums import Intensity, Modality, SessionType

strawberry.enum(
    PlanRunStatus,
    name="PlanRunStatus",
    description="SUCCESS: a valid draft was produced; FAILURE: no attempt was valid (see the run's errors).",
)
strawberry.enum(
    DraftStatus,
    name="PlanDraftStatus",
    description="DRAFT: awaiting review; ACCEPTED: every session accepted; PARTIALLY_ACCEPTED: some; DISCARDED.",
)
strawberry.enum(
    PlanChangeKind,
    name="PlanChangeKind",
    description="ADDED: a new session; CHANGED: replaces the values of a planned one; UNCHANGED: the same as "
    "planned; REMOVED: a planned session the draft has no counterpart for (accepting never deletes it).",
)


@strawberry.type(description="Why a generator's output was not a valid WeeklyPlan.")
class PlanValidationError:
    path: str = strawberry.field(description="Where, as a JSON path into the output ($.sessions.0.title).")
    message: str = strawberry.field(description="Why.")


def _errors(items: list[dict[str, Any]]) -> list[PlanValidationError]:
    return [PlanValidationError(path=str(e.get("path")), message=str(e.get("message"))) for e in items]


@strawberry.type(description="One call of the generator and what the validation said of its answer.")
class PlanAttempt:
    attempt: int = strawberry.field(description="1-based.")
    raw_output: str | None = strawberry.field(
        description="The generator's text; null when it failed to answer."
    )
    errors: list[PlanValidationError] = strawberry.field(description="Empty: this attempt was valid.")
    duration_ms: float = strawberry.field(description="Generation and validation time, ms.")


@strawberry.type(description="A reason, and the numbers it used.")
class PlanJustification:
    rule: str | None = strawberry.field(
        description="The rule that applied (deload, acwr_band, ramp_rate, ...)."
    )
    text: str = strawberry.field(description="The reason in words, with its numbers.")
    numbers: JSON = strawberry.field(description="The numbers it used, by name.")


def _justification(item: dict[str, Any]) -> PlanJustification:
    return PlanJustification(
        rule=item.get("rule"), text=str(item.get("text")), numbers=JSON(item.get("numbers") or {})
    )


@strawberry.type(description="A session of a draft (not yet a training session).")
class PlanDraftSession:
    key: str = strawberry.field(description="The session's key within the draft, e.g. mon-easy.")
    day: date = strawberry.field(description="The athlete-local day.")
    start_time: str = strawberry.field(description="Athlete-local start, HH:MM.")
    title: str = strawberry.field(description="Title.")
    session_type: SessionType = strawberry.field(description="Strength or endurance.")
    modality: Modality = strawberry.field(description="How it is trained.")
    duration_minutes: int = strawberry.field(description="Minutes.")
    intensity: Intensity | None = strawberry.field(description="How hard.")
    focus: str | None = strawberry.field(description="Focus (the phase's, unless edited).")
    planned_load: float | None = strawberry.field(
        description="Planned load, session-RPE units (RPE x minutes)."
    )
    prescription: JSON = strawberry.field(description="The prescription (seed 004's schema of its type).")
    justification: PlanJustification = strawberry.field(description="Why this session, with its numbers.")
    edited: bool = strawberry.field(description="Changed or added by the coach.")


def draft_session(d: dict[str, Any]) -> PlanDraftSession:
    return PlanDraftSession(
        key=d["key"],
        day=date.fromisoformat(d["day"]),
        start_time=d["startTime"],
        title=d["title"],
        session_type=SessionType(d["sessionType"]),
        modality=Modality(d["modality"]),
        duration_minutes=d["durationMinutes"],
        intensity=Intensity(d["intensity"]) if d.get("intensity") else None,
        focus=d.get("focus"),
        planned_load=d.get("plannedLoad"),
        prescription=d["prescription"],
        justification=_justification(d["justification"]),
        edited=bool(d.get("edited")),
    )


@strawberry.type(
    description="A session accepted from a draft, the training session it became, and its feedback."
)
class PlanSessionLink:
    draft_key: str = strawberry.field(description="The draft session's key.")
    change: PlanChangeKind = strawberry.field(description="Whether it was added, changed or kept.")
    session_id: strawberry.Private[uuid.UUID | None]
    run_id: uuid.UUID | None = strawberry.field(
        description="The run that proposed it (null once the run is pruned)."
    )
    session = loaded(
        "The training session (null if it was deleted since).",
        graphql_type=refs.TrainingSession | None,
        loader=lambda loaders: loaders.programs.session_by_id,
        key="session_id",
    )
    feedback = loaded(
        "The athlete's feedback on that session, linked to the run (seed 002); null until given.",
        graphql_type=refs.SessionFeedback | None,
        loader=lambda loaders: loaders.logs.feedback_by_session,
        key="session_id",
    )


@strawberry.type(description="One line of a draft's review beside the week as planned now.")
class PlanReviewLine:
    kind: PlanChangeKind = strawberry.field(description="Added, changed, unchanged or removed.")
    key: str | None = strawberry.field(
        description="The draft session's key (null for REMOVED): pass it to acceptPlanDraft."
    )
    day: date = strawberry.field(description="The athlete-local day.")
    changed_fields: list[str] = strawberry.field(
        description="CHANGED: the draft fields that differ from the planned session."
    )
    session_id: strawberry.Private[uuid.UUID | None]
    draft: strawberry.Private[dict[str, Any] | None]
    session = loaded(
        "The planned session it concerns (null for ADDED).",
        graphql_type=refs.TrainingSession | None,
        loader=lambda loaders: loaders.programs.session_by_id,
        key="session_id",
    )

    @field("The draft's session (null for REMOVED).")
    def draft_session(self) -> PlanDraftSession | None:
        return draft_session(self.draft) if self.draft is not None else None


def _line(e: DiffEntry) -> PlanReviewLine:
    return PlanReviewLine(
        kind=e.kind,
        key=e.key,
        day=e.day,
        changed_fields=e.changed_fields,
        session_id=e.session_id,
        draft=e.draft,
    )


Draft = strawberry.Parent[DraftRow]
Run = strawberry.Parent[RunRow]


@strawberry.type(
    description="A weekly plan draft (seed 002's plan snapshot): validated, kept for audit and comparison, "
    "edited and accepted (all or some sessions) by the coach. Athletes see their own accepted plans only."
)
class PlanDraft:
    id: uuid.UUID = strawberry.field(description="The draft's id.")
    athlete_id: uuid.UUID = strawberry.field(description="The athlete.")
    run_id: uuid.UUID | None = strawberry.field(
        description="The run that produced it (null once the run is pruned)."
    )
    status: DraftStatus = strawberry.field(description="Where the review stands.")
    version: int = strawberry.field(description="1, plus one per edit (send it as expectedVersion).")
    edited: bool = strawberry.field(description="The coach edited its sessions.")
    week_start: date = strawberry.field(description="The week's Monday (athlete-local).")
    week_end: date = strawberry.field(description="The week's Sunday.")
    schema_version: str = strawberry.field(description="The WeeklyPlan schema version.")
    attempt: int | None = strawberry.field(description="The attempt that produced it (null: from the cache).")
    plan: JSON = strawberry.field(description="The plan as it stands (the WeeklyPlan JSON).")
    generated_plan: JSON = strawberry.field(
        description="The plan as generated and validated, before any edit."
    )
    accepted_keys: list[str] = strawberry.field(description="The keys of the sessions accepted.")
    generated_at: datetime = strawberry.field(description="When it was generated (UTC).")
    reviewed_at: datetime | None = strawberry.field(description="When it was accepted or discarded (UTC).")
    athlete = loaded(
        "The athlete.",
        graphql_type=refs.AthleteProfile,
        loader=lambda loaders: loaders.athletes.athlete_by_id,
        key="athlete_id",
    )
    run = loaded(
        "The run that produced it (null for athletes, and once pruned).",
        graphql_type=refs.PlanGenerationRun | None,
        loader=lambda loaders: loaders.plans.run_by_id,
        key="run_id",
    )

    @field("The week's type: baseline, build, hold, reduce or deload.")
    def week_type(self, row: Draft) -> str:
        return str(row.plan["weekType"])

    @field("The week's target load (session-RPE units).")
    def target_load(self, row: Draft) -> float | None:
        value = row.plan.get("targetLoad")
        return float(value) if value is not None else None

    @field("The draft's sessions, by day.", graphql_type=list_of(PlanDraftSession))
    def sessions(self, row: Draft) -> list[PlanDraftSession]:
        return [
            draft_session(s) for s in sorted(row.plan["sessions"], key=lambda s: (s["day"], s["startTime"]))
        ]

    @field(
        "Why the week is what it is: each rule that applied, with its numbers.",
        graphql_type=list_of(PlanJustification),
    )
    def justification(self, row: Draft) -> list[PlanJustification]:
        return [_justification(j) for j in row.plan["justification"]]

    @field(
        "The draft beside the athlete's week as planned now: added, changed, unchanged and removed sessions.",
        graphql_type=list_of(PlanReviewLine),
    )
    async def review(self, row: Draft, info: Info) -> list[PlanReviewLine]:
        return [_line(e) for e in await info.context.loaders.plans.review_by_draft.load(row.id)]

    @field(
        "The sessions accepted from it, with the training sessions they became and their feedback.",
        graphql_type=list_of(PlanSessionLink),
    )
    async def accepted_sessions(self, row: Draft, info: Info) -> list[LinkRow]:
        return await info.context.loaders.plans.sessions_by_draft.load(row.id)


@strawberry.type(
    description="One weekly-plan generation (seed 002's run event and run artifacts): everything needed to "
    "explain it. Coaches and admins only."
)
class PlanGenerationRun:
    id: uuid.UUID = strawberry.field(description="The run's id.")
    athlete_id: uuid.UUID = strawberry.field(description="The athlete.")
    request_id: uuid.UUID | None = strawberry.field(
        description="The request id it was generated for (idempotency)."
    )
    status: PlanRunStatus = strawberry.field(description="Success or failure.")
    attempt: int | None = strawberry.field(
        description="The attempt whose output was valid (null: failure, or a cache hit)."
    )
    attempts: int = strawberry.field(
        description="How many times the generator was called (0 on a cache hit)."
    )
    max_attempts: int = strawberry.field(description="The bound on attempts (PLAN_MAX_ATTEMPTS).")
    week_start: date = strawberry.field(description="The week's Monday (athlete-local).")
    week_end: date = strawberry.field(description="The week's Sunday.")
    generator: str = strawberry.field(description="Which generator: rules or openai.")
    generator_version: str = strawberry.field(description="Its version.")
    prompt_id: str = strawberry.field(
        description="The rule set (with its parameters' hash) or prompt version."
    )
    model_id: str | None = strawberry.field(description="The model, for a language-model generator.")
    inputs: JSON = strawberry.field(
        description="Everything the generator was given: phase, load, weekly loads, readiness, feedback,"
        " availability, exercises, rule parameters."
    )
    input_hash: str = strawberry.field(
        description="SHA-256 of the canonical input (the analysis cache's key)."
    )
    raw_output: str | None = strawberry.field(description="The last answer as the generator gave it.")
    validated_output: JSON | None = strawberry.field(description="The valid WeeklyPlan (null on failure).")
    error_count: int = strawberry.field(description="How many validation errors the final attempt had.")
    cache_hit: bool = strawberry.field(description="The answer came from the analysis cache.")
    started_at: datetime = strawberry.field(description="When the run started (UTC).")
    finished_at: datetime = strawberry.field(description="When it was recorded (UTC).")
    duration_ms: float = strawberry.field(description="Input gathering plus generation, ms.")
    timings: JSON = strawberry.field(description="inputsMs and generationMs.")
    athlete = loaded(
        "The athlete.",
        graphql_type=refs.AthleteProfile,
        loader=lambda loaders: loaders.athletes.athlete_by_id,
        key="athlete_id",
    )

    @field(
        "The final attempt's validation errors (empty on success).", graphql_type=list_of(PlanValidationError)
    )
    def errors(self, row: Run) -> list[PlanValidationError]:
        return _errors(row.errors)

    @field(
        "Every attempt, in order: its raw output and validation errors.", graphql_type=list_of(PlanAttempt)
    )
    def attempt_log(self, row: Run) -> list[PlanAttempt]:
        return [
            PlanAttempt(
                attempt=a["attempt"],
                raw_output=a.get("raw"),
                errors=_errors(a["errors"]),
                duration_ms=a["ms"],
            )
            for a in row.attempt_log
        ]

    @field("The draft it produced (null on failure).", graphql_type=PlanDraft | None)
    async def draft(self, row: Run, info: Info) -> DraftRow | None:
        return await info.context.loaders.plans.draft_by_run.load(row.id)

    @field(
        "The sessions accepted from its draft, and the feedback on them (seed 002's feedback linked to its run).",
        graphql_type=list_of(PlanSessionLink),
    )
    async def accepted_sessions(self, row: Run, info: Info) -> list[LinkRow]:
        return await info.context.loaders.plans.sessions_by_run.load(row.id)


@strawberry.type(description="The result of generatePlanDraft.")
class GeneratePlanDraftPayload:
    run: RunRow | None = strawberry.field(
        description="The recorded run (a FAILURE run too); null when the input was refused.",
        graphql_type=PlanGenerationRun | None,
    )
    draft: DraftRow | None = strawberry.field(
        description="The draft, when the run succeeded.", graphql_type=PlanDraft | None
    )
    errors: list[UserError] = strawberry.field(
        description="Why the input was refused (nothing written); empty otherwise."
    )


@strawberry.type(description="The result of updatePlanDraft, acceptPlanDraft and discardPlanDraft.")
class PlanDraftPayload:
    draft: DraftRow | None = strawberry.field(
        description="The draft as stored; null when `errors` is not empty.", graphql_type=PlanDraft | None
    )
    errors: list[UserError] = strawberry.field(
        description="Why the input was refused (nothing written); empty on success."
    )
