"""Plan generators: the interface, the default rule-based one, and the optional adapter for an
OpenAI-compatible chat endpoint (off unless PLAN_GENERATOR=openai).

A generator turns a run's inputs into text; what it answers is validated by the caller exactly
the same way whichever generator answered (app/plans/schema.py). On a retry it is told the
previous attempt's errors.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, Protocol

import httpx

from app.plans.progression import RULESET_ID, RULESET_VERSION, RuleParams
from app.plans.rules import build_plan
from app.plans.schema import WEEKLY_PLAN_SCHEMA
from app.settings import PlanGeneratorKind, Settings

PROMPT_VERSION = "weekly-plan-prompt/1"


class GeneratorError(Exception):
    """The generator could not answer (the endpoint failed, timed out or answered no text)."""


class PlanGenerator(Protocol):
    """What generates a weekly plan: named and versioned, so every run says what produced it."""

    name: str
    version: str
    prompt_id: str
    model_id: str | None

    async def generate(self, inputs: dict[str, Any], previous_errors: list[dict[str, str]]) -> str:
        """The plan for `inputs` as text (JSON); `previous_errors` are the last attempt's, if any."""
        ...


def canonical(value: Any) -> str:
    """The canonical JSON of a value: sorted keys, no spaces (what the cache key hashes)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def params_id(params: RuleParams) -> str:
    return hashlib.sha256(canonical(params.as_dict()).encode()).hexdigest()[:12]


class RulesGenerator:
    """The default generator: deterministic rules (app/plans/progression.py, app/plans/rules.py)."""

    name = "rules"
    version = RULESET_VERSION
    model_id: str | None = None

    def __init__(self, params: RuleParams) -> None:
        self.params = params
        self.prompt_id = f"{RULESET_ID}/{RULESET_VERSION}/{params_id(params)}"

    async def generate(self, inputs: dict[str, Any], previous_errors: list[dict[str, str]]) -> str:
        return canonical(build_plan(inputs, self.params))


SYSTEM_PROMPT = (
    "You are an endurance and strength coach's assistant. From the athlete's recent training load,"
    " readiness, feedback, availability and current phase (the user message, JSON), draft next week's"
    " plan. Answer with one JSON object only, valid against this JSON schema (WeeklyPlan): "
    + canonical(WEEKLY_PLAN_SCHEMA)
    + " Endurance prescriptions: {modality, duration: {value, unit}, intensity: {type: heart_rate_zone, zone}};"
    " strength prescriptions: {exercises: [{exerciseId (from the inputs' exercises), sets, reps,"
    " intensity: {type: rpe, value}}]}. Keep the week's load within the rules the inputs give (ramp"
    " rate, ACWR band, deload after the given loading weeks) and justify every session with the numbers used."
)


class OpenAIGenerator:
    """An OpenAI-compatible chat completions endpoint (`{base}/chat/completions`)."""

    name = "openai"
    version = "1"
    prompt_id = PROMPT_VERSION

    def __init__(
        self,
        *,
        base_url: str,
        model: str,
        api_key: str,
        timeout: float,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.model_id: str | None = model
        self.api_key = api_key
        self.timeout = timeout
        self.transport = transport

    def messages(self, inputs: dict[str, Any], previous_errors: list[dict[str, str]]) -> list[dict[str, str]]:
        out = [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": canonical(inputs)}]
        if previous_errors:
            listed = "; ".join(f"{e['path']}: {e['message']}" for e in previous_errors[:30])
            out.append(
                {
                    "role": "user",
                    "content": f"Your previous answer was invalid ({listed}). Answer again, valid JSON only.",
                }
            )
        return out

    async def generate(self, inputs: dict[str, Any], previous_errors: list[dict[str, str]]) -> str:
        headers = {"authorization": f"Bearer {self.api_key}"} if self.api_key else {}
        body = {"model": self.model_id, "temperature": 0, "messages": self.messages(inputs, previous_errors)}
        try:
            async with httpx.AsyncClient(timeout=self.timeout, transport=self.transport) as client:
                response = await client.post(f"{self.base_url}/chat/completions", json=body, headers=headers)
            response.raise_for_status()
            content = response.json()["choices"][0]["message"]["content"]
        except (httpx.HTTPError, ValueError, KeyError, IndexError, TypeError) as exc:
            raise GeneratorError(f"{type(exc).__name__}: {exc}"[:500]) from exc
        if not isinstance(content, str):
            raise GeneratorError("The endpoint answered no text.")
        return content


def rule_params(settings: Settings) -> RuleParams:
    return RuleParams(
        deload_after_weeks=settings.plan_deload_after_weeks,
        progression=settings.plan_progression,
        max_ramp=settings.plan_max_ramp,
    )


def generator_for(settings: Settings) -> PlanGenerator:
    """The generator the settings choose (PLAN_GENERATOR)."""
    if settings.plan_generator is PlanGeneratorKind.OPENAI:
        assert settings.plan_llm_base_url and settings.plan_llm_model  # the settings refuse otherwise
        return OpenAIGenerator(
            base_url=settings.plan_llm_base_url,
            model=settings.plan_llm_model,
            api_key=settings.plan_llm_api_key,
            timeout=settings.plan_llm_timeout_seconds,
        )
    return RulesGenerator(rule_params(settings))
