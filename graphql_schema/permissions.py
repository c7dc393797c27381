"""Declared permissions for root fields."""

from __future__ import annotations

from typing import Any

from strawberry.permission import BasePermission

from graphql_schema.context import Info


class IsAuthenticated(BasePermission):
    """The caller presented a valid access token."""

    message = "Authentication required: send a valid access token."
    error_extensions = {"code": "UNAUTHENTICATED"}

    def has_permission(self, source: Any, info: Info, **kwargs: Any) -> bool:
        return info.context.actor is not None


AUTHENTICATED: list[type[BasePermission]] = [IsAuthenticated]
