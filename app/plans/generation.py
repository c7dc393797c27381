"""generatePlanDraft: one recorded run per request (seed 002's run events and artifacts), its output
validated against the WeeklyPlan schema with bounded retries, a valid draft snapshotted, answers
cached by their input's SHA-256 (seed 003). Replaying a request id returns the same run.

The generator is called outside any transaction (an endpoint may be slow); the run, its snapshot,
the cache entry and the audit entry are then written in one transaction. A failed run writes the
run (with every attempt's errors) and its audit entry, nothing else.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from app import clock
from app.athletes.models import AthleteProfile
from app.athletes.service import find_visible_athlete
from app.audit.service import record_action
from app.core.access import require_planner
from app.core.actor import Actor
from app.core.errors import Collector, ErrorCode, ValidationFailed
from app.core.times import check_day, local_today, week_of
from app.exercises.service import exercises_of_coach
from app.plans import cache
from app.plans.generators import GeneratorError, PlanGenerator, generator_for, rule_params
from app.plans.inputs import gather
from app.plans.models import AnalysisCache, DraftStatus, PlanGenerationRun, PlanRunStatus, PlanSnapshot
from app.plans.schema import MAX_RAW_CHARS, PlanError, parse_and_check, strength_exercise_ids
from app.plans.validation import check_availability
from app.settings import Settings

WEEKS_AHEAD = 8


@dataclass
class Outcome:
    """What the generator and the validation gave: the plan (None: failure) and the record of attempts."""

    plan: dict[str, Any] | None
    raw: str | None
    attempt: int | None
    log: list[dict[str, Any]]
    errors: list[dict[str, str]]
    entry: AnalysisCache | None = None


async def validate_output(
    raw: str, monday: date, coach_id: uuid.UUID
) -> tuple[dict[str, Any] | None, list[PlanError]]:
    """The plan in a generator's text, checked against the WeeklyPlan schema, the week, the
    prescriptions' schemas and the exercises the athlete's coach may use."""
    plan, errors = parse_and_check(raw, monday)
    if plan is None:
        return None, errors
    wanted = strength_exercise_ids(plan)
    if wanted:
        usable = {
            str(i)
            for i in await exercises_of_coach(coach_id)
            .filter(id__in=[i for _, i in wanted])
            .values_list("id", flat=True)
        }
        errors = [
            PlanError(path, "Unknown exercise, or one this coach may not use.")
            for path, i in wanted
            if i not in usable
        ]
    return (plan, []) if not errors else (None, errors)


def storable(raw: str) -> str:
    """A generator's text as PostgreSQL can keep it: no NUL, no lone surrogate, at most
    MAX_RAW_CHARS (a longer answer is refused by the validation anyway)."""
    text = raw.replace("\x00", "").encode("utf-8", "replace").decode("utf-8")
    return text[: MAX_RAW_CHARS + 1]


async def _attempts(
    generator: PlanGenerator, inputs: dict[str, Any], monday: date, coach_id: uuid.UUID, limit: int
) -> Outcome:
    log: list[dict[str, Any]] = []
    previous: list[dict[str, str]] = []
    raw: str | None = None
    for number in range(1, limit + 1):
        started = time.perf_counter()
        try:
            raw = storable(await generator.generate(inputs, previous))
            plan, errors = await validate_output(raw, monday, coach_id)
        except GeneratorError as exc:
            raw, plan, errors = None, None, [PlanError("$", f"The generator failed: {exc}")]
        previous = [e.as_dict() for e in errors]
        log.append(
            {
                "attempt": number,
                "raw": raw,
                "errors": previous,
                "ms": round((time.perf_counter() - started) * 1000, 2),
            }
        )
        if plan is not None:
            return Outcome(plan, raw, number, log, [])
    return Outcome(None, raw, None, log, previous)


async def _replayed(
    actor: Actor, request_id: uuid.UUID, athlete_id: uuid.UUID, monday: date
) -> PlanGenerationRun | None:
    run = await PlanGenerationRun.filter(requested_by_id=actor.user_id, request_id=request_id).first()
    if run is not None and (run.athlete_id != athlete_id or run.week_start != monday):
        raise ValidationFailed.one(
            "requestId",
            ErrorCode.IDEMPOTENCY_KEY_REUSED,
            "This request id was used for another athlete or week.",
        )
    return run


async def _athlete_and_week(
    actor: Actor, athlete_id: uuid.UUID, week_start: date, availability: Any
) -> tuple[AthleteProfile, date]:
    errors = Collector()
    check_day(week_start, errors, "weekStart")
    check_availability(availability, errors)
    errors.raise_if_any()
    athlete = await find_visible_athlete(actor, athlete_id)
    if athlete is None:
        raise ValidationFailed.one("athleteId", ErrorCode.NOT_FOUND, "Athlete not found.")
    return athlete, week_of(week_start)[0]


def _check_window(athlete: AthleteProfile, monday: date) -> None:
    this_monday = week_of(local_today(athlete.timezone))[0]
    if not this_monday <= monday <= this_monday + timedelta(weeks=WEEKS_AHEAD):
        raise ValidationFailed.one(
            "weekStart",
            ErrorCode.OUT_OF_WINDOW,
            f"Plans are drafted for the athlete's current week up to {WEEKS_AHEAD} weeks ahead.",
        )


async def _produce(
    generator: PlanGenerator,
    inputs: dict[str, Any],
    monday: date,
    coach_id: uuid.UUID,
    settings: Settings,
    key: str,
) -> Outcome:
    """The cached answer when there is a valid one, else the generator's (with retries)."""
    if settings.plan_cache_ttl_hours > 0:
        entry = await cache.lookup(key, clock.now())
        if entry is not None:
            plan, _ = await validate_output(entry.response, monday, coach_id)
            if plan is not None:  # (an exercise made private since is a reason to generate again)
                return Outcome(plan, entry.response, None, [], [], entry=entry)
    return await _attempts(generator, inputs, monday, coach_id, settings.plan_max_attempts)


@dataclass
class Request:
    """One generation being recorded: who asked for which athlete and week, with what."""

    actor: Actor
    settings: Settings
    athlete: AthleteProfile
    monday: date
    request_id: uuid.UUID | None
    generator: PlanGenerator
    inputs: dict[str, Any]
    key: str
    started: datetime
    timings: dict[str, float]


async def generate_plan_draft(
    *,
    actor: Actor,
    settings: Settings,
    athlete_id: uuid.UUID,
    week_start: date,
    request_id: uuid.UUID | None = None,
    availability: list[dict[str, Any]] | None = None,
    generator: PlanGenerator | None = None,
) -> PlanGenerationRun:
    """Draft an athlete's week with the configured generator; returns the recorded run."""
    require_planner(actor)
    athlete, monday = await _athlete_and_week(actor, athlete_id, week_start, availability)
    if request_id is not None and (run := await _replayed(actor, request_id, athlete.id, monday)) is not None:
        return run  # (even once its week has passed)
    _check_window(athlete, monday)
    generator = generator or generator_for(settings)
    started, t0 = clock.now(), time.perf_counter()
    inputs = await gather(athlete, monday, started, rule_params(settings), availability)
    key = cache.cache_key(generator, inputs)
    t1 = time.perf_counter()
    outcome = await _produce(generator, inputs, monday, athlete.coach_id, settings, key)
    timings = {
        "inputsMs": round((t1 - t0) * 1000, 2),
        "generationMs": round((time.perf_counter() - t1) * 1000, 2),
    }
    request = Request(actor, settings, athlete, monday, request_id, generator, inputs, key, started, timings)
    try:
        return await _write(request, outcome)
    except IntegrityError:  # the same request id, sent twice at once: the other one wrote it
        if (
            request_id is not None
            and (run := await _replayed(actor, request_id, athlete.id, monday)) is not None
        ):
            return run
        raise


async def _cache_entry(request: Request, outcome: Outcome, now: datetime) -> AnalysisCache | None:
    """Count a hit, or keep a new valid answer (when the cache is on)."""
    if outcome.entry is not None:
        await cache.record_hit(outcome.entry, now)
        return outcome.entry
    ttl = request.settings.plan_cache_ttl_hours
    if outcome.plan is None or outcome.raw is None or ttl <= 0:
        return None
    return await cache.store(
        key=request.key,
        generator=request.generator,
        inputs=request.inputs,
        raw=outcome.raw,
        plan=outcome.plan,
        now=now,
        ttl=timedelta(hours=ttl),
    )


def _run_values(request: Request, outcome: Outcome) -> dict[str, Any]:
    monday, generator = request.monday, request.generator
    return {
        "athlete_id": request.athlete.id,
        "requested_by_id": request.actor.user_id,
        "request_id": request.request_id,
        "status": PlanRunStatus.SUCCESS if outcome.plan is not None else PlanRunStatus.FAILURE,
        "attempt": outcome.attempt,
        "attempts": len(outcome.log),
        "max_attempts": request.settings.plan_max_attempts,
        "week_start": monday,
        "week_end": monday + timedelta(days=6),
        "generator": generator.name,
        "generator_version": generator.version,
        "prompt_id": generator.prompt_id,
        "model_id": generator.model_id,
        "inputs": request.inputs,
        "input_hash": request.key,
        "raw_output": outcome.raw,
        "validated_output": outcome.plan,
        "errors": outcome.errors,
        "error_count": len(outcome.errors),
        "attempt_log": outcome.log,
        "cache_hit": outcome.entry is not None,
        "started_at": request.started,
        "duration_ms": round(sum(request.timings.values()), 2),
        "timings": request.timings,
    }


async def _write(request: Request, outcome: Outcome) -> PlanGenerationRun:
    """The run, its draft, the cache entry and the audit entry, in one transaction."""
    finished = clock.now()
    async with in_transaction():
        entry = await _cache_entry(request, outcome, finished)
        run = await PlanGenerationRun.create(
            **_run_values(request, outcome), cache_entry_id=entry.id if entry else None, finished_at=finished
        )
        plan = outcome.plan
        if plan is not None:
            await PlanSnapshot.create(
                run_id=run.id,
                athlete_id=run.athlete_id,
                attempt=outcome.attempt,
                week_start=run.week_start,
                week_end=run.week_end,
                schema_version=plan["schemaVersion"],
                plan=plan,
                generated_plan=plan,
                justification=plan["justification"],
                status=DraftStatus.DRAFT,
                generated_at=finished,
            )
        await record_action(
            request.actor,
            "generate_plan_draft",
            "plan_generation_run",
            run.id,
            status=run.status.value,
            week_start=run.week_start.isoformat(),
            cache_hit=run.cache_hit,
            attempts=run.attempts,
        )
    return run
