"""Declared permissions for root fields."""

from __future__ import annotations

from typing import Any

from strawberry.permission import BasePermission

from app.core.errors import PermissionDenied
from graphql_schema.context import Info

# The only root fields an integration token may call: the ingest mutations.
INTEGRATION_FIELDS = frozenset(
    {
        "ingestWellness",
        "ingestSleep",
        "ingestHrv",
        "ingestHeartRate",
        "ingestActivities",
        "importFitFile",
        "importWellnessCsv",
    }
)


class IsAuthenticated(BasePermission):
    """The caller presented a valid access token."""

    message = "Authentication required: send a valid access token."
    error_extensions = {"code": "UNAUTHENTICATED"}

    def has_permission(self, source: Any, info: Info, **kwargs: Any) -> bool:
        actor = info.context.actor
        if actor is not None and actor.is_integration and info.field_name not in INTEGRATION_FIELDS:
            raise PermissionDenied("Integration tokens may only call the ingest mutations.")
        return actor is not None


AUTHENTICATED: list[type[BasePermission]] = [IsAuthenticated]
