"""Demo training data for the roster (programs, sessions, logs); filled in by the training domain."""

from __future__ import annotations

import uuid


async def load_training(*, coach_id: uuid.UUID) -> None:
    """Give each demo athlete a training history. (Accounts only until programs exist.)"""
    return None
