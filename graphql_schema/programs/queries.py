"""Queries of the programs domain."""

from __future__ import annotations

import strawberry


@strawberry.type
class ProgramsQuery:
    pass
