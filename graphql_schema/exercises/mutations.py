"""Mutations of the exercises domain."""

from __future__ import annotations

import strawberry


@strawberry.type
class ExercisesMutation:
    pass
