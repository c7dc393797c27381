"""Dataloaders of the logs domain: workout logs (current and by version) and session feedback."""

from __future__ import annotations

import uuid
from operator import attrgetter

from app.core.access import athlete_filter
from app.core.actor import Actor
from app.logs.models import SessionFeedback, WorkoutLog
from graphql_schema.dataloader import ScopedLoader, by_key


class CurrentWorkoutLogBySessionLoader(ScopedLoader[uuid.UUID, WorkoutLog | None]):
    """The current version of a session's workout log (None when unlogged or not visible)."""

    async def fetch(self, keys: list[uuid.UUID]) -> list[WorkoutLog | None]:
        rows = await WorkoutLog.filter(session_id__in=keys, is_current=True, **athlete_filter(self.actor))
        return by_key(rows, attrgetter("session_id"), keys)


class WorkoutLogByIdLoader(ScopedLoader[uuid.UUID, WorkoutLog | None]):
    """Any version of a workout log by id (None when missing or not visible)."""

    async def fetch(self, keys: list[uuid.UUID]) -> list[WorkoutLog | None]:
        rows = await WorkoutLog.filter(id__in=keys, **athlete_filter(self.actor))
        return by_key(rows, attrgetter("id"), keys)


class SessionFeedbackBySessionLoader(ScopedLoader[uuid.UUID, SessionFeedback | None]):
    """The athlete's feedback on a session (None when none was given or not visible)."""

    async def fetch(self, keys: list[uuid.UUID]) -> list[SessionFeedback | None]:
        rows = await SessionFeedback.filter(session_id__in=keys, **athlete_filter(self.actor))
        return by_key(rows, attrgetter("session_id"), keys)


class SessionFeedbackByIdLoader(ScopedLoader[uuid.UUID, SessionFeedback | None]):
    """Session feedback by id (None when missing or not visible)."""

    async def fetch(self, keys: list[uuid.UUID]) -> list[SessionFeedback | None]:
        rows = await SessionFeedback.filter(id__in=keys, **athlete_filter(self.actor))
        return by_key(rows, attrgetter("id"), keys)


class LogsLoaders:
    """The logs loaders of one operation."""

    def __init__(self, actor: Actor) -> None:
        self.current_log_by_session = CurrentWorkoutLogBySessionLoader(actor)
        self.log_by_id = WorkoutLogByIdLoader(actor)
        self.feedback_by_session = SessionFeedbackBySessionLoader(actor)
        self.feedback_by_id = SessionFeedbackByIdLoader(actor)
