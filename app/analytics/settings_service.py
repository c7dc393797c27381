"""A coach's analytics settings: the conventions, windows and thresholds of their athletes' numbers.

Every field has a documented default (params.py); a coach changes some of them for all of their
athletes, an admin for any coach. A change recomputes those athletes' series from their first
day, so every stored number keeps matching the parameters it names.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tortoise import connections
from tortoise.transactions import in_transaction

from app.analytics.models import AnalyticsSettings
from app.analytics.params import AnalyticsParams, check, typed_value
from app.analytics.pending import touch
from app.athletes.models import Coach
from app.audit.service import record_action
from app.core.actor import Actor
from app.core.errors import Collector, ErrorCode, PermissionDenied, ValidationFailed
from app.core.updates import KEEP


@dataclass(frozen=True)
class CoachSettings:
    """The parameters that apply to a coach's athletes, what the coach changed, and when."""

    coach_id: uuid.UUID
    params: AnalyticsParams
    updated_at: datetime | None

    @property
    def overrides(self) -> dict[str, Any]:
        return self.params.overrides()


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


async def _coach_for(actor: Actor, coach_id: uuid.UUID | None) -> uuid.UUID:
    """The coach whose settings `actor` reads or changes: a coach their own, an admin any coach."""
    if actor.is_admin:
        if coach_id is None:
            raise ValidationFailed.one("coachId", ErrorCode.REQUIRED, "Admins name the coach.")
        if not await Coach.filter(id=coach_id).exists():
            raise ValidationFailed.one("coachId", ErrorCode.NOT_FOUND, "Coach not found.")
        return coach_id
    if not actor.is_coach or actor.coach_id is None:
        raise PermissionDenied("Analytics settings belong to coaches.")
    if coach_id is not None and coach_id != actor.coach_id:
        raise ValidationFailed.one("coachId", ErrorCode.NOT_FOUND, "Coach not found.")
    return actor.coach_id


async def params_of_coach(coach_id: uuid.UUID) -> AnalyticsParams:
    """The parameters that apply to a coach's athletes (the defaults with the coach's changes)."""
    row = await AnalyticsSettings.filter(coach_id=coach_id).first()
    return AnalyticsParams.from_overrides(row.overrides if row else {})


async def coach_settings(*, actor: Actor, coach_id: uuid.UUID | None = None) -> CoachSettings:
    """The analytics settings of the calling coach (admins: of the coach named)."""
    coach = await _coach_for(actor, coach_id)
    row = await AnalyticsSettings.filter(coach_id=coach).first()
    params = AnalyticsParams.from_overrides(row.overrides if row else {})
    return CoachSettings(coach, params, row.updated_at if row else None)


def _validated(current: AnalyticsParams, changes: Mapping[str, Any]) -> AnalyticsParams:
    """`current` with `changes` (KEEP leaves a field, None restores its default); all problems at once."""
    errors = Collector()
    values = current.to_json()
    defaults = AnalyticsParams().to_json()
    for name, value in changes.items():
        if value is KEEP:
            continue
        values[name] = defaults[name] if value is None else value
    candidate = AnalyticsParams.__new__(AnalyticsParams)
    for field in dataclasses.fields(AnalyticsParams):
        try:
            object.__setattr__(candidate, field.name, typed_value(field.name, values[field.name]))
        except ValueError:
            errors.add(_camel(field.name), ErrorCode.INVALID, "Not one of the allowed values.")
    errors.raise_if_any()
    for name, message in check(candidate):
        errors.add(_camel(name), ErrorCode.OUT_OF_RANGE, message[0].upper() + message[1:] + ".")
    errors.raise_if_any()
    return AnalyticsParams.from_overrides(candidate.overrides())


async def update_coach_settings(
    *, actor: Actor, coach_id: uuid.UUID | None = None, changes: Mapping[str, Any], reset: bool = False
) -> CoachSettings:
    """Change a coach's settings (`reset` first returns every field to its default); their athletes'
    series are recomputed from scratch."""
    coach = await _coach_for(actor, coach_id)
    async with in_transaction():
        row = await AnalyticsSettings.filter(coach_id=coach).select_for_update().first()
        current = AnalyticsParams() if reset or row is None else AnalyticsParams.from_overrides(row.overrides)
        params = _validated(current, changes)
        if row is None:
            row = await AnalyticsSettings.create(coach_id=coach, overrides=params.overrides())
        else:
            row.overrides = params.overrides()
            await row.save(update_fields=["overrides", "updated_at"])
        await record_action(
            actor, "update_analytics_settings", "analytics_settings", row.id, **params.overrides()
        )
        await _recompute_roster(coach)
    return CoachSettings(coach, params, row.updated_at)


async def _recompute_roster(coach_id: uuid.UUID) -> None:
    """Queue every athlete of the coach for a recomputation from scratch."""
    rows = await connections.get("default").execute_query_dict(
        'INSERT INTO "analytics_pending" (id, athlete_id, from_day, reason, created_at, updated_at) '
        "SELECT gen_random_uuid(), p.id, NULL, 'analytics_settings', now(), now() "
        'FROM "athlete_profile" p WHERE p.coach_id = $1 RETURNING id',
        [coach_id],
    )
    touch(r["id"] for r in rows)
