"""Domain errors: what services raise, and what the API turns into typed user errors."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class ErrorCode(StrEnum):
    """Codes of user errors returned in mutation payloads."""

    INVALID = "INVALID"
    REQUIRED = "REQUIRED"
    TOO_LONG = "TOO_LONG"
    TOO_SHORT = "TOO_SHORT"
    OUT_OF_RANGE = "OUT_OF_RANGE"
    NOT_FOUND = "NOT_FOUND"
    ALREADY_EXISTS = "ALREADY_EXISTS"
    INVALID_EMAIL = "INVALID_EMAIL"
    WEAK_PASSWORD = "WEAK_PASSWORD"
    INVALID_CREDENTIALS = "INVALID_CREDENTIALS"
    INVALID_TOKEN = "INVALID_TOKEN"
    INVALID_INVITE = "INVALID_INVITE"
    THROTTLED = "THROTTLED"
    INVALID_TRANSITION = "INVALID_TRANSITION"
    CONFLICT = "CONFLICT"
    OVERLAP = "OVERLAP"
    INVALID_TIMEZONE = "INVALID_TIMEZONE"
    INVALID_PRESCRIPTION = "INVALID_PRESCRIPTION"
    OUT_OF_WINDOW = "OUT_OF_WINDOW"
    READ_ONLY = "READ_ONLY"
    # an idempotency key sent again with another operation or payload
    IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED"
    # a sync operation the caller's role may never make (a single mutation answers the GraphQL error)
    FORBIDDEN = "FORBIDDEN"
    DUPLICATE = "DUPLICATE"


@dataclass(frozen=True)
class FieldError:
    """One problem with one input field (`field` is a dotted path, or None for the whole input)."""

    field: str | None
    code: ErrorCode
    message: str


@dataclass
class ValidationFailed(Exception):
    """Input broke one or more rules; nothing was written."""

    errors: list[FieldError] = field(default_factory=list)

    def __str__(self) -> str:
        return "; ".join(f"{e.field}: {e.message}" for e in self.errors)

    @classmethod
    def one(cls, field_name: str | None, code: ErrorCode, message: str) -> ValidationFailed:
        return cls([FieldError(field_name, code, message)])


class NotAuthenticated(Exception):
    """The caller presented no valid access token."""


class PermissionDenied(Exception):
    """The caller may not see or change this row."""


class NotFound(Exception):
    """The row does not exist, or the caller may not know that it exists."""


class Collector:
    """Gathers field errors so one response lists every problem at once."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def add(self, field_name: str | None, code: ErrorCode, message: str) -> None:
        self.errors.append(FieldError(field_name, code, message))

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationFailed(list(self.errors))
