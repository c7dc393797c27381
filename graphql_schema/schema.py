"""The root schema: each domain's Query and Mutation merged, with the abuse limits."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import uuid
from pathlib import Path
from typing import Any

import strawberry
from graphql import GraphQLError
from graphql.validation import ASTValidationRule, NoSchemaIntrospectionCustomRule
from strawberry.exceptions import MissingQueryError
from strawberry.extensions import AddValidationRules, MaxTokensLimiter, ParserCache, ValidationCache
from strawberry.scalars import JSON
from strawberry.schema.config import StrawberryConfig
from strawberry.schema.exceptions import CannotGetOperationTypeError, InvalidOperationTypeError
from strawberry.schema.schema import StreamResult
from strawberry.schema.types.base_scalars import UUIDDefinition
from strawberry.schema.types.scalar import DEFAULT_SCALAR_REGISTRY
from strawberry.tools import merge_types
from strawberry.types import ExecutionContext
from strawberry.types import ExecutionResult as StrawberryExecutionResult
from strawberry.types.base import get_object_definition

from app.db.json import RawJSON
from app.settings import Settings
from graphql_schema.activities.mutations import ActivitiesMutation
from graphql_schema.activities.queries import ActivitiesQuery
from graphql_schema.analytics.extension import RecomputeAfterCommit
from graphql_schema.analytics.mutations import AnalyticsMutation
from graphql_schema.analytics.queries import AnalyticsQuery
from graphql_schema.athletes.mutations import AthletesMutation
from graphql_schema.athletes.queries import AthletesQuery
from graphql_schema.auth.mutations import AuthMutation
from graphql_schema.auth.queries import AuthQuery
from graphql_schema.bulk import install_fast_coercion, name_plain_fields
from graphql_schema.errors import INTERNAL, UNEXPECTED, ErrorCodes, format_error
from graphql_schema.execution import CoachgraphExecutionContext
from graphql_schema.exercises.mutations import ExercisesMutation
from graphql_schema.exercises.queries import ExercisesQuery
from graphql_schema.health.queries import HealthQuery
from graphql_schema.ingest.mutations import IngestMutation
from graphql_schema.ingest.queries import IngestQuery
from graphql_schema.limits import validation_rules
from graphql_schema.live.subscriptions import LiveSubscription
from graphql_schema.loaders import FreshLoaders
from graphql_schema.logs.mutations import LogsMutation
from graphql_schema.logs.queries import LogsQuery
from graphql_schema.plans.mutations import PlansMutation
from graphql_schema.plans.queries import PlansQuery
from graphql_schema.programs.mutations import ProgramsMutation
from graphql_schema.programs.queries import ProgramsQuery
from graphql_schema.sync.mutations import SyncMutation
from graphql_schema.sync.queries import SyncQuery
from graphql_schema.wellness.mutations import WellnessMutation
from graphql_schema.wellness.queries import WellnessQuery

SDL_PATH = Path(__file__).with_name("schema.graphql")
log = logging.getLogger(__name__)


def _with_fields(*types: type) -> tuple[type, ...]:
    return tuple(t for t in types if get_object_definition(t, strict=True).fields)


def _describe(root: type, description: str) -> None:
    get_object_definition(root, strict=True).description = description


Query = merge_types(
    "Query",
    _with_fields(
        AuthQuery,
        AthletesQuery,
        ProgramsQuery,
        LogsQuery,
        ExercisesQuery,
        HealthQuery,
        SyncQuery,
        WellnessQuery,
        ActivitiesQuery,
        IngestQuery,
        AnalyticsQuery,
        PlansQuery,
    ),
)
Mutation = merge_types(
    "Mutation",
    _with_fields(
        AuthMutation,
        AthletesMutation,
        ProgramsMutation,
        LogsMutation,
        ExercisesMutation,
        SyncMutation,
        WellnessMutation,
        ActivitiesMutation,
        IngestMutation,
        AnalyticsMutation,
        PlansMutation,
    ),
)

Subscription = merge_types("Subscription", (LiveSubscription,))

# merge_types takes no description: the root types (and strawberry's UUID scalar) get theirs here
_describe(Query, "What callers can read; every field needs an access token.")
_describe(
    Mutation,
    "What callers can change; every field needs an access token"
    " except registerCoach, registerAthlete, login and refreshToken.",
)
_describe(
    Subscription,
    "What callers can watch live, over WebSocket (graphql-transport-ws) only; every field needs an access"
    " token in connection_init. Every event carries an eventId, the time and the entity: after a"
    " reconnect, refetch what you show.",
)
UUID_SCALAR = dataclasses.replace(
    UUIDDefinition,
    description="A UUID in its canonical text form, e.g. 0f8fad5b-d9cb-469f-a165-70867728950e.",
)


def _json_value(value: Any) -> Any:
    # a JSON column read as text (app/db/json.py) is parsed here, only when a response asks for it
    return value.value() if isinstance(value, RawJSON) else value


JSON_SCALAR = dataclasses.replace(DEFAULT_SCALAR_REGISTRY[JSON], serialize=_json_value)


class CoachgraphSchema(strawberry.Schema):
    """Strawberry's schema without its per-error logging, and with a last line of defence.

    Strawberry logs every error of every response with a traceback, so each refused token or
    mistyped query would be an ERROR line. Errors the server did not expect are logged (with
    their traceback) by the ErrorCodes extension instead; expected ones are the client's.

    Whatever still escapes execution (over HTTP or a WebSocket) becomes a GraphQL response
    with INTERNAL_SERVER_ERROR, logged once with its traceback, never a bare 500 or a dead
    operation. A real cancellation (the client went away, the server is stopping) is let through.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        name_plain_fields(self._schema)  # batch records coerce straight to dicts (graphql_schema/bulk.py)

    def process_errors(
        self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None
    ) -> None:
        return None

    async def execute(self, *args: Any, **kwargs: Any) -> StrawberryExecutionResult:
        try:
            return await super().execute(*args, **kwargs)
        except (Exception, asyncio.CancelledError) as exc:
            return escaped(exc)

    async def stream(self, *args: Any, **kwargs: Any) -> StreamResult:
        try:
            source = await super().stream(*args, **kwargs)
        except (Exception, asyncio.CancelledError) as exc:
            return _single(escaped(exc))
        return _guarded(source)


# What strawberry raises on purpose for the transport to answer (no query, GET for a mutation)
_FOR_THE_TRANSPORT = (MissingQueryError, CannotGetOperationTypeError, InvalidOperationTypeError)


def escaped(exc: BaseException) -> StrawberryExecutionResult:
    """The response for an exception that escaped execution. Re-raised when it is a real
    cancellation, or one of the errors strawberry raises for the transport to answer."""
    task = asyncio.current_task()
    if isinstance(exc, asyncio.CancelledError) and task is not None and task.cancelling():
        raise exc
    if isinstance(exc, _FOR_THE_TRANSPORT):
        raise exc
    log.error("unexpected error escaped GraphQL execution", exc_info=exc)
    return StrawberryExecutionResult(
        data=None, errors=[GraphQLError(UNEXPECTED, extensions={"code": INTERNAL})]
    )


async def _single(result: StrawberryExecutionResult) -> StreamResult:
    yield result


async def _guarded(source: StreamResult) -> StreamResult:
    """The results of `source` with coded errors (as over HTTP), and what escapes turned into one."""
    try:
        async for result in source:
            errors = getattr(result, "errors", None)
            if errors:
                result.errors = [format_error(error) for error in errors]  # type: ignore[union-attr]
            yield result
    except (Exception, asyncio.CancelledError) as exc:
        yield escaped(exc)


def build_schema(settings: Settings) -> strawberry.Schema:
    """The executable schema, its limits taken from the settings."""
    rules: list[type[ASTValidationRule]] = validation_rules(
        max_depth=settings.max_query_depth,
        max_aliases=settings.max_aliases,
        max_cost=settings.max_query_cost,
        max_page_size=settings.max_page_size,
    )
    if not settings.introspection_enabled:
        rules.append(NoSchemaIntrospectionCustomRule)
    install_fast_coercion()  # 1,000-record batches: graphql_schema/bulk.py
    return CoachgraphSchema(
        query=Query,
        mutation=Mutation,
        subscription=Subscription,
        execution_context_class=CoachgraphExecutionContext,
        config=StrawberryConfig(
            scalar_map={uuid.UUID: UUID_SCALAR, JSON: JSON_SCALAR},
            disable_field_suggestions=not settings.field_suggestions_enabled,
        ),
        extensions=[
            ErrorCodes,
            FreshLoaders,
            RecomputeAfterCommit,
            # factories: strawberry builds fresh extension instances per operation (the rules
            # themselves are built once above, so the validation cache keeps hitting)
            lambda: AddValidationRules(rules),
            lambda: MaxTokensLimiter(max_token_count=settings.max_tokens),
            lambda: ParserCache(maxsize=256),
            lambda: ValidationCache(maxsize=256),
        ],
    )


def print_sdl() -> str:
    """The schema's SDL as committed in graphql_schema/schema.graphql."""
    return str(build_schema(Settings())).rstrip() + "\n"
