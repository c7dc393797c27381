"""Dataloaders of the logs domain, built per request with the caller's row-level scope."""

from __future__ import annotations

import uuid
from typing import Any

from aiodataloader import DataLoader

from app.athletes.models import AthleteProfile
from app.core.access import athlete_filter, visible_athletes
from app.core.actor import Actor
from app.logs.models import SessionFeedback, WorkoutLog


def _by_key(rows: list[Any], key: str, keys: list[Any]) -> list[Any]:
    # graphql_schema.loaders imports this module, so its helper is imported on first use.
    from graphql_schema.loaders import by_key

    return by_key(rows, key, keys)


class CurrentWorkoutLogBySessionLoader(DataLoader[uuid.UUID, WorkoutLog | None]):
    """The current version of a session's workout log (None when unlogged or not visible)."""

    def __init__(self, actor: Actor | None) -> None:
        super().__init__()
        self.actor = actor

    async def batch_load_fn(self, keys: list[uuid.UUID]) -> list[WorkoutLog | None]:
        if self.actor is None:
            return [None] * len(keys)
        rows = await WorkoutLog.filter(session_id__in=keys, is_current=True, **athlete_filter(self.actor))
        return _by_key(rows, "session_id", keys)


class WorkoutLogByIdLoader(DataLoader[uuid.UUID, WorkoutLog | None]):
    """Any version of a workout log by id (None when missing or not visible)."""

    def __init__(self, actor: Actor | None) -> None:
        super().__init__()
        self.actor = actor

    async def batch_load_fn(self, keys: list[uuid.UUID]) -> list[WorkoutLog | None]:
        if self.actor is None:
            return [None] * len(keys)
        rows = await WorkoutLog.filter(id__in=keys, **athlete_filter(self.actor))
        return _by_key(rows, "id", keys)


class SessionFeedbackBySessionLoader(DataLoader[uuid.UUID, SessionFeedback | None]):
    """The athlete's feedback on a session (None when none was given or not visible)."""

    def __init__(self, actor: Actor | None) -> None:
        super().__init__()
        self.actor = actor

    async def batch_load_fn(self, keys: list[uuid.UUID]) -> list[SessionFeedback | None]:
        if self.actor is None:
            return [None] * len(keys)
        rows = await SessionFeedback.filter(session_id__in=keys, **athlete_filter(self.actor))
        return _by_key(rows, "session_id", keys)


class AthleteProfileByIdLoader(DataLoader[uuid.UUID, AthleteProfile | None]):
    """An athlete profile by id, if the caller may see it."""

    def __init__(self, actor: Actor | None) -> None:
        super().__init__()
        self.actor = actor

    async def batch_load_fn(self, keys: list[uuid.UUID]) -> list[AthleteProfile | None]:
        if self.actor is None:
            return [None] * len(keys)
        rows = await visible_athletes(self.actor).filter(id__in=keys)
        return _by_key(rows, "id", keys)


class LogsLoaders:
    """The logs loaders of one request."""

    def __init__(self, actor: Actor | None) -> None:
        self.actor = actor
        self.current_log_by_session = CurrentWorkoutLogBySessionLoader(actor)
        self.log_by_id = WorkoutLogByIdLoader(actor)
        self.feedback_by_session = SessionFeedbackBySessionLoader(actor)
        self.athlete_by_id = AthleteProfileByIdLoader(actor)
