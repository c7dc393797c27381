"""Generators that fail: invalid output then valid on retry, always invalid (a failure run with its
errors and nothing else), a generator that raises; the analysis cache (hit, expiry); and the
OpenAI-compatible adapter against a small local chat endpoint served over real HTTP."""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from typing import Any

import pytest
import uvicorn
from pydantic import ValidationError
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from app import clock
from app.audit.models import AuditLog
from app.plans.cache import cache_key
from app.plans.generation import generate_plan_draft
from app.plans.generators import GeneratorError, OpenAIGenerator, RulesGenerator, generator_for, rule_params
from app.plans.models import AnalysisCache, PlanGenerationRun, PlanRunStatus, PlanSnapshot
from app.plans.progression import RuleParams
from app.plans.rules import build_plan
from app.settings import PlanGeneratorKind, Settings
from tests.helpers import make_settings, table_counts
from tests.plans_helpers import AVAILABILITY, NEXT_MONDAY, Week, arrange_week
from tests.processes import free_port

pytestmark = pytest.mark.usefixtures("fixed_clock")


class Scripted:
    """A generator answering from a script: text, or an exception to raise; the rules' plan for "valid"."""

    name = "scripted"
    version = "1"
    prompt_id = "script/1"
    model_id: str | None = None

    def __init__(self, *answers: str | Exception) -> None:
        self.answers = list(answers)
        self.calls: list[list[dict[str, str]]] = []

    async def generate(self, inputs: dict[str, Any], previous_errors: list[dict[str, str]]) -> str:
        self.calls.append(previous_errors)
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return json.dumps(build_plan(inputs, RuleParams())) if answer == "valid" else answer


async def _generate(week: Week, settings: Settings, generator: Any, **kwargs: Any) -> PlanGenerationRun:
    return await generate_plan_draft(
        actor=week.team.coach.actor,
        settings=settings,
        athlete_id=week.team.athlete_id,
        week_start=NEXT_MONDAY,
        availability=AVAILABILITY,
        generator=generator,
        **kwargs,
    )


async def test_an_invalid_output_is_retried_with_its_errors_and_the_valid_one_kept(
    settings: Settings,
) -> None:
    week = await arrange_week(settings)
    generator = Scripted("not json at all", '{"schemaVersion": "1.0"}', "valid")

    run = await _generate(week, settings, generator)

    assert (run.status, run.attempt, run.attempts, run.max_attempts, run.error_count) == (
        PlanRunStatus.SUCCESS,
        3,
        3,
        3,
        0,
    )
    log = run.attempt_log
    assert [a["attempt"] for a in log] == [1, 2, 3]
    assert log[0]["raw"] == "not json at all" and log[0]["errors"][0]["message"].startswith("Not JSON")
    assert {e["path"] for e in log[1]["errors"]} == {"$"} and len(log[1]["errors"]) == 5  # missing properties
    assert log[2]["errors"] == []
    assert generator.calls[0] == [] and generator.calls[1] == log[0]["errors"]  # the retry is told why
    snapshot = await PlanSnapshot.get(run_id=run.id)
    assert (snapshot.attempt, snapshot.plan) == (3, run.validated_output)


async def test_a_generator_that_never_answers_validly_records_a_failure_and_nothing_else(
    settings: Settings,
) -> None:
    week = await arrange_week(settings)
    before = await table_counts()
    bad_session = json.dumps({**build_plan(_inputs_of(week), RuleParams()), "weekStart": "2026-03-10"})

    run = await _generate(week, settings, Scripted("[]", GeneratorError("HTTP 503"), bad_session))

    assert (run.status, run.attempt, run.attempts, run.validated_output) == (
        PlanRunStatus.FAILURE,
        None,
        3,
        None,
    )
    assert run.errors == [{"path": "$.weekStart", "message": "Must be 2026-03-09."}] and run.error_count == 1
    assert run.attempt_log[1]["raw"] is None
    assert run.attempt_log[1]["errors"] == [{"path": "$", "message": "The generator failed: HTTP 503"}]
    assert run.raw_output == bad_session
    after = await table_counts()
    changed = {table: after[table] - before[table] for table in after if after[table] != before[table]}
    assert changed == {"plan_generation_run": 1, "audit_log": 1}
    assert await AuditLog.filter(action="generate_plan_draft").values_list("metadata", flat=True) == [
        {"status": "failure", "week_start": "2026-03-09", "cache_hit": False, "attempts": 3}
    ]


def _inputs_of(week: Week) -> dict[str, Any]:
    """Rule inputs shaped like a run's, good enough to build a plan for the week."""
    return {
        "week": {"start": "2026-03-09", "end": "2026-03-15"},
        "phase": None,
        "availability": {"source": "input", "days": AVAILABILITY},
        "load": None,
        "weeklyLoads": [],
        "readiness": [],
        "feedback": {"days": 14, "done": 0, "skipped": 0, "hard": 0, "pain": 0},
        "modality": "run",
        "exercises": [],
    }


async def test_an_exercise_the_coach_may_not_use_is_invalid(settings: Settings) -> None:
    week = await arrange_week(settings)
    plan = build_plan(_inputs_of(week), RuleParams())
    plan["sessions"][0].update(
        sessionType="strength",
        modality="strength",
        prescription={
            "exercises": [
                {
                    "exerciseId": "00000000-0000-4000-8000-0000000000ff",
                    "sets": 3,
                    "reps": 5,
                    "intensity": {"type": "rpe", "value": 7},
                }
            ]
        },
    )

    run = await _generate(week, settings, Scripted(*[json.dumps(plan)] * 3))

    assert run.status is PlanRunStatus.FAILURE
    assert run.errors == [
        {
            "path": "$.sessions.0.prescription.exercises.0.exerciseId",
            "message": "Unknown exercise, or one this coach may not use.",
        }
    ]


async def test_the_same_input_is_answered_from_the_cache_until_it_expires(settings: Settings) -> None:
    week = await arrange_week(settings)
    generator = RulesGenerator(rule_params(settings))

    first = await _generate(week, settings, generator)
    second = await _generate(week, settings, generator)

    assert (first.cache_hit, first.attempts, second.cache_hit, second.attempts, second.attempt) == (
        False,
        1,
        True,
        0,
        None,
    )
    entry = await AnalysisCache.get(content_hash=first.input_hash)
    assert entry.content_hash == cache_key(generator, first.inputs) == second.input_hash
    assert (entry.hit_count, entry.last_accessed_at, second.cache_entry_id) == (1, clock.now(), entry.id)
    assert entry.expires_at == clock.now() + timedelta(hours=24)
    assert second.validated_output == first.validated_output
    assert await PlanSnapshot.filter(athlete_id=week.team.athlete_id).count() == 2  # each run has its draft

    # expired: generated again, and the entry renewed
    clock.set_clock(clock.FixedClock(clock.now() + timedelta(hours=24, seconds=1)))
    third = await _generate(week, settings, generator)
    assert (third.cache_hit, third.attempts) == (False, 1)
    renewed = await AnalysisCache.get(content_hash=first.input_hash)
    assert (renewed.hit_count, renewed.expires_at) == (0, clock.now() + timedelta(hours=24))
    assert await AnalysisCache.all().count() == 1


async def test_different_inputs_or_generators_have_different_keys(settings: Settings) -> None:
    week = await arrange_week(settings)
    rules = await _generate(week, settings, RulesGenerator(rule_params(settings)))
    other = await generate_plan_draft(
        actor=week.team.coach.actor,
        settings=settings,
        athlete_id=week.team.athlete_id,
        week_start=NEXT_MONDAY,
        availability=AVAILABILITY[:2],
        generator=RulesGenerator(rule_params(settings)),
    )
    stricter = await _generate(week, settings, RulesGenerator(RuleParams(deload_after_weeks=2)))

    assert len({rules.input_hash, other.input_hash, stricter.input_hash}) == 3
    assert not (other.cache_hit or stricter.cache_hit)
    assert stricter.validated_output is not None and stricter.validated_output["weekType"] == "deload"


async def test_with_the_cache_off_nothing_is_cached(settings: Settings) -> None:
    week = await arrange_week(settings)
    off = make_settings(PLAN_CACHE_TTL_HOURS=0)

    await _generate(week, off, RulesGenerator(rule_params(off)))
    again = await _generate(week, off, RulesGenerator(rule_params(off)))

    assert (again.cache_hit, again.attempts, await AnalysisCache.all().count()) == (False, 1, 0)


# --- the OpenAI-compatible adapter, against a local endpoint -------------------------------


@asynccontextmanager
async def chat_endpoint(answers: list[str]) -> AsyncIterator[tuple[str, list[dict[str, Any]]]]:
    """A chat-completions endpoint on a free local port: answers in order ("valid": the rules' plan
    for the inputs it was sent); yields its base URL and the requests it received."""
    seen: list[dict[str, Any]] = []

    async def completions(request: Request) -> JSONResponse:
        body = await request.json()
        seen.append({"headers": dict(request.headers), "body": body})
        answer = answers.pop(0)
        if answer == "valid":
            answer = json.dumps(build_plan(json.loads(body["messages"][1]["content"]), RuleParams()))
        if answer == "500":
            return JSONResponse({"error": "overloaded"}, status_code=500)
        return JSONResponse({"choices": [{"message": {"role": "assistant", "content": answer}}]})

    port = free_port()
    app = Starlette(routes=[Route("/v1/chat/completions", completions, methods=["POST"])])
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    )
    task = asyncio.create_task(server.serve())
    for _ in range(500):  # up to 10 s
        if server.started:
            break
        await asyncio.sleep(0.02)
    assert server.started
    try:
        yield f"http://127.0.0.1:{port}/v1", seen
    finally:
        server.should_exit = True
        await task


async def test_the_openai_adapter_goes_through_the_same_validation_and_retries(settings: Settings) -> None:
    week = await arrange_week(settings)
    async with chat_endpoint(['```json\n{"sessions": 1}\n```', "500", "valid"]) as (base_url, seen):
        generator = OpenAIGenerator(base_url=base_url, model="coach-model", api_key="k-123", timeout=10)
        run = await _generate(week, settings, generator)

    assert (run.status, run.attempt, run.generator, run.model_id, run.prompt_id) == (
        PlanRunStatus.SUCCESS,
        3,
        "openai",
        "coach-model",
        "weekly-plan-prompt/1",
    )
    assert run.attempt_log[0]["errors"][0]["path"] == "$"  # parsed from the fence, then refused by the schema
    assert run.attempt_log[1]["errors"][0]["message"].startswith("The generator failed: HTTPStatusError")
    assert [r["headers"]["authorization"] for r in seen] == ["Bearer k-123"] * 3
    first = seen[0]["body"]
    assert (first["model"], first["temperature"], [m["role"] for m in first["messages"]]) == (
        "coach-model",
        0,
        ["system", "user"],
    )
    assert json.loads(first["messages"][1]["content"]) == run.inputs
    assert "Your previous answer was invalid" in seen[1]["body"]["messages"][2]["content"]


def test_the_settings_choose_the_generator() -> None:
    assert isinstance(generator_for(make_settings()), RulesGenerator)
    chosen = generator_for(
        make_settings(PLAN_GENERATOR="openai", PLAN_LLM_BASE_URL="http://127.0.0.1:9/v1", PLAN_LLM_MODEL="m")
    )
    assert isinstance(chosen, OpenAIGenerator) and chosen.model_id == "m"
    assert make_settings().plan_generator is PlanGeneratorKind.RULES
    with pytest.raises(ValidationError, match="PLAN_LLM_BASE_URL and PLAN_LLM_MODEL"):
        make_settings(PLAN_GENERATOR="openai")
    with pytest.raises(ValidationError, match="http"):
        make_settings(PLAN_LLM_BASE_URL="ftp://example.org")


async def test_an_answer_postgresql_cannot_store_is_kept_as_it_can_and_refused(settings: Settings) -> None:
    week = await arrange_week(settings)
    hostile = "{\x00\ud800" + "x" * 300_000

    run = await _generate(week, settings, Scripted(hostile, hostile, hostile))

    assert run.status is PlanRunStatus.FAILURE
    stored = await PlanGenerationRun.get(id=run.id)
    assert stored.raw_output is not None and stored.raw_output.startswith("{?x")
    assert len(stored.raw_output) == 200_001
    assert stored.errors == [{"path": "$", "message": "The output is longer than 200000 characters."}]


async def test_a_request_id_replayed_after_its_week_still_returns_its_run(settings: Settings) -> None:
    week = await arrange_week(settings)
    request_id = uuid.uuid4()
    first = await _generate(week, settings, RulesGenerator(rule_params(settings)), request_id=request_id)
    clock.set_clock(clock.FixedClock(clock.now() + timedelta(weeks=3)))

    again = await _generate(week, settings, RulesGenerator(rule_params(settings)), request_id=request_id)

    assert again.id == first.id
    assert await PlanGenerationRun.all().count() == 1
