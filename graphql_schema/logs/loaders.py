"""Dataloaders of the logs domain: workout logs (current and by version) and session feedback.

Rows are read without the ORM (app/logs/reads.py), typed as their model."""

from __future__ import annotations

import uuid
from operator import attrgetter

from app.core.actor import Actor
from app.db.json import RawJSON
from app.logs import reads
from app.logs.models import SessionFeedback, WorkoutLog
from graphql_schema.dataloader import ScopedLoader, by_key

_ID = attrgetter("id")
_SESSION_ID = attrgetter("session_id")


class CurrentWorkoutLogBySessionLoader(ScopedLoader[uuid.UUID, WorkoutLog | None]):
    """The current version of a session's workout log (None when unlogged or not visible)."""

    narrows = True

    async def fetch(self, keys: list[uuid.UUID]) -> list[WorkoutLog | None]:
        return by_key(await reads.current_logs_of_sessions(self.actor, keys), _SESSION_ID, keys)

    async def fetch_reading(self, keys: list[uuid.UUID], reading: frozenset[str]) -> list[WorkoutLog | None]:
        return by_key(await reads.current_logs_of_sessions(self.actor, keys, reading), _SESSION_ID, keys)


class WorkoutLogByIdLoader(ScopedLoader[uuid.UUID, WorkoutLog | None]):
    """Any version of a workout log by id (None when missing or not visible)."""

    async def fetch(self, keys: list[uuid.UUID]) -> list[WorkoutLog | None]:
        return by_key(await reads.logs_by_id(self.actor, keys), _ID, keys)


class SessionFeedbackBySessionLoader(ScopedLoader[uuid.UUID, SessionFeedback | None]):
    """The athlete's feedback on a session (None when none was given or not visible)."""

    async def fetch(self, keys: list[uuid.UUID]) -> list[SessionFeedback | None]:
        return by_key(await reads.feedback_of_sessions(self.actor, keys), _SESSION_ID, keys)


class SessionFeedbackByIdLoader(ScopedLoader[uuid.UUID, SessionFeedback | None]):
    """Session feedback by id (None when missing or not visible)."""

    async def fetch(self, keys: list[uuid.UUID]) -> list[SessionFeedback | None]:
        return by_key(await reads.feedback_by_id(self.actor, keys), _ID, keys)


class ActualDataByLogLoader(ScopedLoader[uuid.UUID, RawJSON | None]):
    """What was done, of log versions read without it (app/db/rows.py)."""

    async def fetch(self, keys: list[uuid.UUID]) -> list[RawJSON | None]:
        found = await reads.actual_data(self.actor, keys)
        return [found.get(key) for key in keys]


class LogsLoaders:
    """The logs loaders of one operation."""

    def __init__(self, actor: Actor) -> None:
        self.current_log_by_session = CurrentWorkoutLogBySessionLoader(actor)
        self.log_by_id = WorkoutLogByIdLoader(actor)
        self.actual_data_by_log = ActualDataByLogLoader(actor)
        self.feedback_by_session = SessionFeedbackBySessionLoader(actor)
        self.feedback_by_id = SessionFeedbackByIdLoader(actor)
