"""Queries of the logs domain."""

from __future__ import annotations

import strawberry


@strawberry.type
class LogsQuery:
    pass
