"""The rules of plan drafts the database holds itself (migration 10), proved without the services."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from tortoise.exceptions import IntegrityError

from app.plans.models import AnalysisCache, PlanGenerationRun, PlanRunStatus, PlanSnapshot
from app.settings import Settings
from tests.helpers import PINNED_NOW, make_team

MONDAY = date(2026, 3, 9)


def _run(athlete_id: Any, **changes: Any) -> dict[str, Any]:
    values = {
        "athlete_id": athlete_id,
        "status": PlanRunStatus.FAILURE,
        "attempts": 1,
        "max_attempts": 3,
        "week_start": MONDAY,
        "week_end": MONDAY + timedelta(days=6),
        "generator": "rules",
        "generator_version": "1",
        "prompt_id": "p",
        "inputs": {},
        "input_hash": "0" * 64,
        "started_at": PINNED_NOW,
        "finished_at": PINNED_NOW,
        "duration_ms": 1.0,
    }
    return {**values, **changes}


@pytest.mark.parametrize(
    "changes",
    [
        {"week_end": MONDAY + timedelta(days=5)},  # a week is Monday to Sunday
        {"status": PlanRunStatus.SUCCESS},  # a success has its validated output
        {"validated_output": {"sessions": []}},  # a failure has none
        {"attempts": 4},  # never more attempts than the bound
        {"attempt": 0},
        {"error_count": -1},
    ],
)
async def test_a_run_breaking_a_rule_is_refused(settings: Settings, changes: dict[str, Any]) -> None:
    team = await make_team(settings)
    with pytest.raises(IntegrityError):
        await PlanGenerationRun.create(**_run(team.athlete_id, **changes))
    assert await PlanGenerationRun.all().count() == 0


async def test_snapshot_and_cache_rules(settings: Settings) -> None:
    team = await make_team(settings)
    with pytest.raises(IntegrityError):
        await PlanSnapshot.create(
            athlete_id=team.athlete_id,
            week_start=MONDAY,
            week_end=MONDAY,
            schema_version="1.0",
            plan={},
            generated_plan={},
            generated_at=PINNED_NOW,
        )
    with pytest.raises(IntegrityError):
        await AnalysisCache.create(
            content_hash="a" * 64,
            analysis_type="weekly_plan",
            generator="rules",
            generator_version="1",
            prompt_id="p",
            input_context={},
            response="{}",
            hit_count=-1,
            stored_at=PINNED_NOW,
        )
    # one request id per requester
    await PlanGenerationRun.create(
        **_run(
            team.athlete_id,
            request_id="5f1d7c64-4f0b-4c7e-9d43-9d2d1b0b7a10",
            requested_by_id=team.coach.user.id,
        )
    )
    with pytest.raises(IntegrityError):
        await PlanGenerationRun.create(
            **_run(
                team.athlete_id,
                request_id="5f1d7c64-4f0b-4c7e-9d43-9d2d1b0b7a10",
                requested_by_id=team.coach.user.id,
            )
        )
