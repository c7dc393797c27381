"""Versions of a workout log: which one is current, and how an edit differs from it.

An edit names the version it was based on. When another edit replaced that version first
(two devices editing one log), the later edit is a conflict: the client is shown the current
version and the fields where its edit differs from it.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from app.core.access import athlete_filter
from app.core.actor import Actor
from app.core.errors import Collector
from app.core.times import client_time
from app.logs.models import WorkoutLog

# An edit chain longer than this is not followed (each edit adds one version).
MAX_CHAIN = 1000


async def current_version(*, actor: Actor, log_id: uuid.UUID) -> WorkoutLog | None:
    """The current version of the log that version `log_id` belongs to, if the caller may see it."""
    log = await WorkoutLog.filter(id=log_id, **athlete_filter(actor)).first()
    if log is None or log.is_current:
        return log
    if log.session_id is not None:
        return await WorkoutLog.filter(
            session_id=log.session_id, athlete_id=log.athlete_id, is_current=True
        ).first()
    for _ in range(MAX_CHAIN):  # a log whose session was deleted: follow the edits forward
        newer = await WorkoutLog.filter(replaces_id=log.id).first()
        if newer is None:
            return None
        if newer.is_current:
            return newer
        log = newer
    return None


def differing_fields(
    log: WorkoutLog,
    *,
    completed_at: datetime,
    actual_data: Any,
    rpe: int | None = None,
    duration_minutes: int | None = None,
    notes: str | None = None,
    **_: Any,
) -> list[str]:
    """The API names of the fields where an edit's values differ from `log`'s."""
    moment = client_time(completed_at, Collector(), "completedAt")
    proposed: dict[str, Any] = {
        "completedAt": (moment, log.completed_at),
        "actualData": (actual_data, log.actual_data),
        "rpe": (rpe, log.rpe),
        "durationMinutes": (duration_minutes, log.duration_minutes),
        "notes": ((notes or "").strip() or None, log.notes),
    }
    return [name for name, (mine, theirs) in proposed.items() if mine != theirs]
