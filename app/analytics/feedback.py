"""The athlete's word on a day's readiness: did they agree with it (seed 003's user_agreement and
user_feedback)? One answer per athlete-local day; answering again updates it, and a replay with
the same values changes nothing (the offline sync protocol registers this service)."""

from __future__ import annotations

import uuid
from datetime import date

from tortoise.transactions import in_transaction

from app import clock
from app.analytics.models import DailyReadiness, ReadinessFeedback
from app.audit.service import record_action
from app.core.access import require_athlete_self
from app.core.actor import Actor
from app.core.errors import Collector, ErrorCode, ValidationFailed
from app.core.times import check_day
from app.core.validation import text_length

MAX_COMMENT = 1000


async def record_readiness_feedback(
    *, actor: Actor, day: date, agreed: bool, comment: str | None = None, id: uuid.UUID | None = None
) -> ReadinessFeedback:
    """Record whether the calling athlete agreed with their readiness of `day` (it must exist)."""
    athlete_id = require_athlete_self(actor)
    errors = Collector()
    check_day(day, errors, "date")
    clean = text_length(comment, errors, "comment", max_length=MAX_COMMENT, required=False) or None
    errors.raise_if_any()
    async with in_transaction():
        readiness = await DailyReadiness.filter(athlete_id=athlete_id, day=day).first()
        if readiness is None:
            raise ValidationFailed.one("date", ErrorCode.NOT_FOUND, "There is no readiness for this day.")
        row = await ReadinessFeedback.filter(athlete_id=athlete_id, day=day).select_for_update().first()
        if (
            id is not None
            and (row is None or row.id != id)
            and await ReadinessFeedback.filter(id=id).exists()
        ):
            raise ValidationFailed.one("id", ErrorCode.ALREADY_EXISTS, "This id is already taken.")
        values = {
            "agreed": agreed,
            "comment": clean,
            "score": readiness.score,
            "recommendation": readiness.recommendation,
        }
        if row is not None and all(getattr(row, k) == v for k, v in values.items()):
            return row  # a replay: nothing changes
        if row is None:
            row = ReadinessFeedback(id=id or uuid.uuid4(), athlete_id=athlete_id, day=day)
            row.update_from_dict({**values, "submitted_at": clock.now()})
            await row.save(force_create=True)
        else:
            row.update_from_dict({**values, "submitted_at": clock.now()})
            await row.save()
        await record_action(
            actor,
            "record_readiness_feedback",
            "readiness_feedback",
            row.id,
            date=day.isoformat(),
            agreed=agreed,
        )
    return row
