"""Per-request dataloaders: one per relationship, each batching its keys into one query."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from aiodataloader import DataLoader

from app.athletes.models import AthleteProfile, Coach


def _by_key(rows: Iterable[Any], key: str, keys: list[Any]) -> list[Any]:
    found = {getattr(row, key): row for row in rows}
    return [found.get(k) for k in keys]


class CoachByUserLoader(DataLoader[uuid.UUID, Coach | None]):
    async def batch_load_fn(self, keys: list[uuid.UUID]) -> list[Coach | None]:
        return _by_key(await Coach.filter(user_id__in=keys), "user_id", keys)


class AthleteByUserLoader(DataLoader[uuid.UUID, AthleteProfile | None]):
    async def batch_load_fn(self, keys: list[uuid.UUID]) -> list[AthleteProfile | None]:
        return _by_key(await AthleteProfile.filter(user_id__in=keys), "user_id", keys)


class Loaders:
    """All loaders of one request (or one WebSocket operation); never shared between them."""

    def __init__(self) -> None:
        self.coach_by_user = CoachByUserLoader()
        self.athlete_by_user = AthleteByUserLoader()
