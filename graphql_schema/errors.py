"""Errors in the API: typed user errors in payloads, and coded GraphQL errors for denials."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Iterator
from typing import TypeVar

import strawberry
from graphql import GraphQLError, VariableDefinitionNode
from strawberry.extensions import SchemaExtension

from app.core.errors import (
    ErrorCode,
    NotAuthenticated,
    NotFound,
    PermissionDenied,
    ValidationFailed,
)
from app.db.availability import RETRY_AFTER_SECONDS, is_unavailable, note_unavailable

log = logging.getLogger(__name__)

strawberry.enum(ErrorCode, name="UserErrorCode", description="Why an input was refused.")


@strawberry.type(description="One problem with a mutation's input. Nothing was written.")
class UserError:
    field: str | None = strawberry.field(
        description="The input field at fault, as a dotted path from the input object (null: the input as a whole)."
    )
    code: ErrorCode = strawberry.field(description="A stable, machine-readable reason.")
    message: str = strawberry.field(description="A human-readable explanation.")


def user_errors(failure: ValidationFailed) -> list[UserError]:
    return [UserError(field=e.field, code=e.code, message=e.message) for e in failure.errors]


T = TypeVar("T")


async def attempt(call: Callable[[], Awaitable[T]]) -> tuple[T | None, list[UserError]]:
    """Run a service call; a ValidationFailed becomes the payload's user errors."""
    try:
        return await call(), []
    except ValidationFailed as failure:
        return None, user_errors(failure)


# GraphQL error codes (extensions.code) for calls refused as a whole.
UNAUTHENTICATED = "UNAUTHENTICATED"
FORBIDDEN = "FORBIDDEN"
NOT_FOUND = "NOT_FOUND"
BAD_USER_INPUT = "BAD_USER_INPUT"
INTERNAL = "INTERNAL_SERVER_ERROR"
UNEXPECTED = "Unexpected error; it has been logged."
SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE"
UNAVAILABLE_MESSAGE = "The database is unreachable; try again shortly."


def unavailable_error(error: GraphQLError | None = None) -> GraphQLError:
    """SERVICE_UNAVAILABLE with a retry hint: the database is away, the request was fine."""
    return GraphQLError(
        UNAVAILABLE_MESSAGE,
        nodes=error.nodes if error else None,
        source=error.source if error else None,
        positions=error.positions if error else None,
        path=error.path if error else None,
        extensions={"code": SERVICE_UNAVAILABLE, "retryAfterSeconds": RETRY_AFTER_SECONDS},
    )


class CodedError(GraphQLError):
    """A GraphQL error carrying `extensions.code`."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message, extensions={"code": code})


GRAPHQL_VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED"


class ErrorCodes(SchemaExtension):
    """Give every error an `extensions.code` and hide unexpected exceptions' details.

    Domain exceptions map to UNAUTHENTICATED / FORBIDDEN / NOT_FOUND / BAD_USER_INPUT;
    anything unexpected is logged and reported as INTERNAL_SERVER_ERROR without its text.
    GraphQL's own syntax and validation errors get GRAPHQL_VALIDATION_FAILED, invalid
    variable values BAD_USER_INPUT. (Errors raised while parsing never reach this hook when
    ParserCache parses; the HTTP view applies `format_error` to every error it returns.)
    """

    def on_operation(self) -> Iterator[None]:
        yield
        result = self.execution_context.result
        if result is None or not result.errors:
            return
        result.errors = [self._format(error) for error in result.errors]

    @staticmethod
    def _format(error: GraphQLError) -> GraphQLError:
        return format_error(error)


def format_error(error: GraphQLError) -> GraphQLError:
    """The error as clients see it: with `extensions.code`, and no internal detail."""
    if error.extensions and "code" in error.extensions:
        return error
    original = error.original_error
    if error.nodes and all(isinstance(n, VariableDefinitionNode) for n in error.nodes):
        code, message = BAD_USER_INPUT, error.message  # a variable's value does not fit its type
    elif original is None:
        code, message = GRAPHQL_VALIDATION_FAILED, error.message
    elif isinstance(original, NotAuthenticated):
        code, message = UNAUTHENTICATED, "Authentication required: send a valid access token."
    elif isinstance(original, PermissionDenied):
        code, message = FORBIDDEN, str(original) or "You may not access this."
    elif isinstance(original, NotFound):
        code, message = NOT_FOUND, str(original) or "Not found."
    elif isinstance(original, ValidationFailed):
        code, message = BAD_USER_INPUT, str(original)
    elif isinstance(original, GraphQLError):
        code, message = "GRAPHQL_VALIDATION_FAILED", error.message
    elif isinstance(original, (ValueError, TypeError)) and _is_coercion_error(original):
        code, message = BAD_USER_INPUT, error.message
    elif is_unavailable(original):
        note_unavailable(original)
        return unavailable_error(error)
    else:
        log.error("unexpected error in %s", error.path, exc_info=original)
        code, message = INTERNAL, UNEXPECTED
    return GraphQLError(
        message,
        nodes=error.nodes,
        source=error.source,
        positions=error.positions,
        path=error.path,
        original_error=None,
        extensions={**(error.extensions or {}), "code": code},
    )


def _is_coercion_error(exc: Exception) -> bool:
    # Scalars raise ValueError for bad literals (a malformed UUID, date, ...).
    return type(exc).__module__.startswith(("strawberry", "graphql", "uuid")) or "badly formed" in str(exc)
