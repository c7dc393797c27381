"""Dataloaders of the exercises domain, built per request with the caller's row-level scope."""

from __future__ import annotations

from app.core.actor import Actor


class ExercisesLoaders:
    """The exercises loaders of one request."""

    def __init__(self, actor: Actor | None) -> None:
        self.actor = actor
