"""The athlete's morning check-in: subjective scales by hand, plus optional HRV and resting HR
from a phone app, which are stored as the `manual` source's wellness values of that day.

`submit_check_in` is a plain service (the offline sync protocol can register it as an
operation): one check-in per athlete-local day; submitting again for the day updates it, and a
replay with the same id and values changes nothing.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from tortoise.transactions import in_transaction

from app import clock
from app.analytics.pending import changed as analytics_changed
from app.athletes.service import athlete_for_write
from app.audit.service import record_action
from app.core.access import require_athlete_self
from app.core.actor import Actor
from app.core.errors import Collector, ErrorCode, ValidationFailed
from app.core.times import check_day, local_today
from app.core.validation import int_range, text_length
from app.ingest import values as v
from app.ingest.models import IngestKind
from app.ingest.pipeline import MANUAL_SOURCE
from app.wellness.ingest import ingest_wellness
from app.wellness.models import CheckIn

MAX_MOOD = 50


def _check(
    errors: Collector,
    *,
    sleep_quality: int,
    energy: int,
    soreness: int,
    stress: int,
    mood: str | None,
    hrv_rmssd: float | None,
    resting_hr: int | None,
) -> str | None:
    for name, value in (
        ("sleepQuality", sleep_quality),
        ("energy", energy),
        ("soreness", soreness),
        ("stress", stress),
    ):
        int_range(value, errors, name, minimum=1, maximum=5)
    v.measure(hrv_rmssd, errors, "hrvRmssd", False, 1, 300)
    v.measure(resting_hr, errors, "restingHr", True, 20, 250)
    return text_length(mood, errors, "mood", max_length=MAX_MOOD, required=False) or None


async def submit_check_in(
    *,
    actor: Actor,
    sleep_quality: int,
    energy: int,
    soreness: int,
    stress: int,
    mood: str | None = None,
    hrv_rmssd: float | None = None,
    resting_hr: int | None = None,
    day: date | None = None,
    id: uuid.UUID | None = None,
) -> CheckIn:
    """Record (or update) the calling athlete's check-in for a day (default: their local today)."""
    athlete_id = require_athlete_self(actor)
    errors = Collector()
    clean_mood = _check(
        errors,
        sleep_quality=sleep_quality,
        energy=energy,
        soreness=soreness,
        stress=stress,
        mood=mood,
        hrv_rmssd=hrv_rmssd,
        resting_hr=resting_hr,
    )
    check_day(day, errors, "date")
    errors.raise_if_any()
    values = {
        "sleep_quality": sleep_quality,
        "energy": energy,
        "soreness": soreness,
        "stress": stress,
        "mood": clean_mood,
        "hrv_rmssd": hrv_rmssd,
        "resting_hr": resting_hr,
    }
    async with in_transaction():
        row = await _store(actor, athlete_id, values, day, id)
    return row


async def _store(
    actor: Actor, athlete_id: uuid.UUID, values: dict[str, Any], day: date | None, id: uuid.UUID | None
) -> CheckIn:
    """Write the day's check-in (and its manual wellness values) inside the caller's transaction."""
    athlete = await athlete_for_write(actor, athlete_id)
    today = local_today(athlete.timezone)
    the_day = day or today
    if the_day > today:
        raise ValidationFailed.one(
            "date", ErrorCode.OUT_OF_WINDOW, "A check-in cannot be for a day after today."
        )
    row = await CheckIn.filter(athlete_id=athlete_id, check_in_date=the_day).select_for_update().first()
    if id is not None and (row is None or row.id != id) and await CheckIn.filter(id=id).exists():
        raise ValidationFailed.one("id", ErrorCode.ALREADY_EXISTS, "This id is already taken.")
    if row is not None and all(getattr(row, k) == val for k, val in values.items()):
        return row  # a replay: nothing changes
    if row is None:
        row = CheckIn(
            id=id or uuid.uuid4(), athlete_id=athlete_id, check_in_date=the_day, submitted_at=clock.now()
        )
        row.update_from_dict(values)
        await row.save(force_create=True)
    else:
        row.update_from_dict({**values, "submitted_at": clock.now()})
        await row.save()
    if values["hrv_rmssd"] is not None or values["resting_hr"] is not None:
        await ingest_wellness(
            actor=actor,
            athlete_id=athlete_id,
            source=MANUAL_SOURCE,
            kind=IngestKind.CHECK_IN,
            allow_manual=True,
            records=[{"date": the_day, "hrv_rmssd": values["hrv_rmssd"], "resting_hr": values["resting_hr"]}],
        )
    await record_action(actor, "submit_check_in", "check_in", row.id, date=the_day.isoformat())
    await analytics_changed(athlete_id, reason="submit_check_in", day=the_day)
    return row
