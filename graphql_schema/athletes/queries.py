"""Queries of the athletes domain."""

from __future__ import annotations

import strawberry


@strawberry.type
class AthletesQuery:
    pass
