"""Each GraphQL operation counted in the metrics (by transport, type and bounded name, with its
errors by code and its duration) and named on the trace's server span when tracing is on."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator

from graphql import GraphQLError
from strawberry.extensions import SchemaExtension
from strawberry.types import ExecutionContext

from app.observability import metrics, tracing

_CODE = re.compile(r"[A-Z][A-Z0-9_]{0,49}")


class OperationMetrics(SchemaExtension):
    """Records the operation when it ends. Listed first, so it ends last: the errors then carry
    the codes the ErrorCodes extension gave them."""

    def on_operation(self) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        except Exception as exc:
            # what escapes the operation's hooks (a syntax error found by ParserCache's parse,
            # or worse) becomes the response's one error after this hook
            escaped = exc if isinstance(exc, GraphQLError) else GraphQLError(str(exc), original_error=exc)
            _record(self.execution_context, time.perf_counter() - started, [escaped])
            raise
        _record(self.execution_context, time.perf_counter() - started)

    def on_execute(self) -> Iterator[None]:
        context = self.execution_context
        tracing.annotate_operation(_operation_type(context), context.operation_name)
        yield


def _operation_type(context: ExecutionContext) -> str:
    try:
        return context.operation_type.value
    except Exception:  # no document (it did not parse), or no operation of that name
        return "unknown"


def _code(error: GraphQLError) -> str:
    code = (error.extensions or {}).get("code")
    if code is None:
        # a syntax error raised while parsing has no code yet (the view's format_error gives
        # it GRAPHQL_VALIDATION_FAILED); anything else is counted as the server's
        return "GRAPHQL_VALIDATION_FAILED" if error.original_error is None else "INTERNAL_SERVER_ERROR"
    return code if isinstance(code, str) and _CODE.fullmatch(code) else "OTHER"


def _record(context: ExecutionContext, seconds: float, escaped: list[GraphQLError] | None = None) -> None:
    result = context.result
    errors = escaped or list(
        (result.errors if result is not None else None) or context.pre_execution_errors or []
    )
    codes = [_code(error) for error in errors]
    # a document that parsed and validated (a denial before execution, such as UNAUTHENTICATED,
    # still names a real operation)
    valid = context.graphql_document is not None and (
        not context.pre_execution_errors or "GRAPHQL_VALIDATION_FAILED" not in codes
    )
    metrics.record_operation(
        transport="ws" if getattr(context.context, "live", None) is not None else "http",
        operation_type=_operation_type(context),
        name=context.operation_name,
        valid=valid,
        seconds=seconds,
        codes=codes,
    )
