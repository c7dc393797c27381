"""The analysis cache (seed 003's ai_analysis_cache): a generator's answer keyed by the SHA-256 of
its canonical input (the generator, its version, prompt or rule set, model, and the run's inputs),
with a hit count and an expiry (PLAN_CACHE_TTL_HOURS; 0 turns the cache off)."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from typing import Any

from tortoise.expressions import F, Q

from app.plans.generators import PlanGenerator, canonical
from app.plans.models import AnalysisCache

ANALYSIS_TYPE = "weekly_plan"


def cache_key(generator: PlanGenerator, inputs: dict[str, Any]) -> str:
    """The SHA-256 of everything that decides a generator's answer."""
    document = {
        "analysisType": ANALYSIS_TYPE,
        "generator": generator.name,
        "version": generator.version,
        "promptId": generator.prompt_id,
        "modelId": generator.model_id,
        "inputs": inputs,
    }
    return hashlib.sha256(canonical(document).encode()).hexdigest()


async def lookup(key: str, now: datetime) -> AnalysisCache | None:
    """The entry for `key` unless it has expired."""
    return await AnalysisCache.filter(Q(expires_at=None) | Q(expires_at__gt=now), content_hash=key).first()


async def record_hit(entry: AnalysisCache, now: datetime) -> None:
    """Count a use of the entry (inside the run's transaction)."""
    await AnalysisCache.filter(id=entry.id).update(hit_count=F("hit_count") + 1, last_accessed_at=now)


async def store(
    *,
    key: str,
    generator: PlanGenerator,
    inputs: dict[str, Any],
    raw: str,
    plan: dict[str, Any],
    now: datetime,
    ttl: timedelta,
) -> AnalysisCache:
    """Keep a valid answer for `ttl` (an expired entry of the same key is replaced)."""
    values: dict[str, Any] = {
        "analysis_type": ANALYSIS_TYPE,
        "generator": generator.name,
        "generator_version": generator.version,
        "prompt_id": generator.prompt_id,
        "model_id": generator.model_id,
        "input_context": inputs,
        "response": raw,
        "structured_output": plan,
        "hit_count": 0,
        "last_accessed_at": None,
        "expires_at": now + ttl,
        "stored_at": now,
    }
    entry = await AnalysisCache.filter(content_hash=key).select_for_update().first()
    if entry is None:
        return await AnalysisCache.create(content_hash=key, **values)
    entry.update_from_dict(values)
    await entry.save()
    return entry
