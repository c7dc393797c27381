"""The GraphQL HTTP and WebSocket endpoint: context, authentication, GraphQL-over-HTTP rules."""

from __future__ import annotations

import contextlib
import ipaddress
import json
import logging
import re
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import orjson
from cross_web import HTTPException
from graphql import ExecutionResult, GraphQLError, StringValueNode, visit
from graphql.language import Visitor
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.types import Receive, Scope, Send
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.extensions import SchemaExtension
from strawberry.http import GraphQLHTTPResponse, process_result
from strawberry.schema.exceptions import InvalidOperationTypeError
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL
from strawberry.types import ExecutionResult as StrawberryExecutionResult

from app.auth import service as auth_service
from app.core.actor import ClientInfo
from app.core.errors import NotAuthenticated
from app.db.availability import RETRY_AFTER_SECONDS, is_unavailable, note_unavailable
from app.ingest import tokens as integration_tokens
from app.settings import Settings
from graphql_schema import graphiql
from graphql_schema.context import Context
from graphql_schema.errors import (
    BAD_USER_INPUT,
    INTERNAL,
    SERVICE_UNAVAILABLE,
    UNEXPECTED,
    format_error,
    unavailable_error,
)
from graphql_schema.live.session import ConnectionCounts, LiveSocketHandler
from graphql_schema.observe import OperationMetrics
from graphql_schema.persisted.documents import (
    PERSISTED_QUERY_NOT_FOUND,
    DocumentRefused,
    PersistedDocuments,
)
from graphql_schema.schema import build_schema

log = logging.getLogger(__name__)

GRAPHQL_RESPONSE_JSON = "application/graphql-response+json"
NUL_MESSAGE = "Text may not contain the NUL character (U+0000)."
SURROGATE_MESSAGE = "Text must be valid Unicode: a lone surrogate (U+D800 to U+DFFF) cannot be stored."


def client_info(request: Request | WebSocket, settings: Settings) -> ClientInfo:
    """Where the request comes from. Behind a trusted proxy (TRUST_PROXY_HEADERS), the address
    the proxy appended last to X-Forwarded-For: earlier entries are whatever the client sent."""
    ip = request.client.host if request.client else None
    if settings.trust_proxy_headers:
        forwarded = request.headers.get("x-forwarded-for")
        if forwarded:
            candidate = forwarded.split(",")[-1].strip()
            if _is_ip(candidate):
                ip = candidate
    return ClientInfo(ip=ip, user_agent=request.headers.get("user-agent"))


def _is_ip(value: str) -> bool:
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return False
    return True


def _strings(value: Any) -> Iterator[str]:
    """Every string in a decoded JSON value, keys included; iterative, so no nesting depth the
    JSON parser accepted can exhaust the stack here."""
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, str):
            yield item
        elif isinstance(item, dict):
            for key, inner in item.items():
                yield str(key)
                pending.append(inner)
        elif isinstance(item, list):
            pending.extend(item)


# A lone UTF-16 surrogate (U+D800..U+DFFF): JSON's "\ud800" escape decodes to one, but it is
# not a Unicode scalar value, so it cannot be encoded as UTF-8 for PostgreSQL.
_SURROGATE = re.compile("[\ud800-\udfff]")


def _unstorable(text: str) -> str | None:
    """Why `text` cannot be stored (NUL or a lone surrogate), or None when it can."""
    if "\x00" in text:
        return NUL_MESSAGE
    if _SURROGATE.search(text):
        return SURROGATE_MESSAGE
    return None


class _NulInLiteral(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.found = False

    def enter_string_value(self, node: StringValueNode, *_: Any) -> None:
        if "\x00" in node.value:
            self.found = True


class RejectUnstorableText(SchemaExtension):
    """Refuse text PostgreSQL cannot store (U+0000, lone surrogates) before anything runs: it
    would otherwise fail deep in a service, or in the database driver, as an unexpected error.

    Variables are checked here (keys too, and inside JSON values); in a query a lone surrogate
    is already a syntax error, and a NUL can only come from an escape sequence.
    """

    def on_execute(self) -> Iterator[None]:
        context = self.execution_context
        problem = _unstorable_input(context.variables, context.query, context.graphql_document)
        if problem is not None:
            context.result = ExecutionResult(
                data=None, errors=[GraphQLError(problem, extensions={"code": BAD_USER_INPUT})]
            )
        yield


def _plainly_storable(variables: Any) -> bool:
    """True when no string of `variables` holds NUL or a lone surrogate, in one C call: orjson
    writes U+0000 as the escape \\u0000 and refuses lone surrogates. An escape spelled out by the
    client (a backslash, then u0000), a surrogate or a value JSON cannot hold (an upload) says
    False, and the walk decides. A 1,000-record wellness batch: 2.5 ms of walking -> 0.2 ms."""
    try:
        encoded = orjson.dumps(variables)
    except TypeError:  # orjson.JSONEncodeError is a TypeError
        return False
    return b"\\u0000" not in encoded


def _unstorable_input(variables: Any, query: str | None, document: Any) -> str | None:
    if variables and not _plainly_storable(variables):
        for text in _strings(variables):
            problem = _unstorable(text)
            if problem is not None:
                return problem
    # in a query a NUL can only come from an escape sequence; skip the walk when there is none
    if document is None or not query or "\\u" not in query:
        return None
    visitor = _NulInLiteral()
    visit(document, visitor)
    return NUL_MESSAGE if visitor.found else None


# every digit to "1", anything else to "0": a run of 19 digits is then a run of 19 ones (one
# translate and one substring search: 0.1 ms for 200 KB, where a regular expression took 1.4)
_DIGITS = bytes(0x31 if 0x30 <= i <= 0x39 else 0x30 for i in range(256))
_RUN = b"1" * 19


def _has_long_number(data: str | bytes) -> bool:
    raw = data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass")
    return raw.translate(_DIGITS).find(_RUN) >= 0


def _printable(text: str) -> str:
    """`text` with anything UTF-8 cannot encode (lone surrogates) escaped, for plain responses."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _bearer(value: str | None) -> str | None:
    if not value:
        return None
    scheme, _, token = value.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


class GraphQLEndpoint(GraphQL[Context, None]):
    """Strawberry's ASGI view with coachgraph's context and HTTP conventions, and its WebSocket
    sessions (graphql_schema/live/session.py)."""

    graphql_transport_ws_handler_class = LiveSocketHandler

    def __init__(self, settings: Settings) -> None:
        schema = build_schema(settings)
        # Transport hardening of this endpoint's schema. Batched requests (a JSON array of
        # operations) up to MAX_OPERATIONS_PER_REQUEST: a longer batch is refused with 400
        # before anything runs. Text PostgreSQL cannot store is refused as bad input.
        schema.config.batching_config = {"max_operations": settings.max_operations_per_request}
        # OperationMetrics comes first so it ends last, once every error has its code.
        schema.extensions = (OperationMetrics, *schema.extensions, RejectUnstorableText)
        super().__init__(
            schema,
            graphql_ide="graphiql" if settings.graphiql else None,
            subscription_protocols=(GRAPHQL_TRANSPORT_WS_PROTOCOL,),
            connection_init_wait_timeout=timedelta(seconds=settings.ws_init_timeout_seconds),
            max_subscriptions_per_connection=settings.ws_max_operations_per_connection,
            # File imports use the GraphQL multipart request spec. Authentication is a bearer
            # header only (no cookies), which a cross-site form cannot send: a forged upload
            # arrives anonymous and the upload mutations refuse it.
            multipart_uploads_enabled=True,
        )
        self.settings = settings
        self.connection_counts = ConnectionCounts()
        self.documents = PersistedDocuments(settings, schema._schema)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        request = Request(scope=scope, receive=receive)
        try:
            response = await self.run(request)
        except HTTPException as exc:
            response = PlainTextResponse(_printable(exc.reason), status_code=exc.status_code)
        except Exception as exc:
            # A failure outside GraphQL execution (building the context, reading the body):
            # answered as a GraphQL error, never as a 500 with a stack trace or its text.
            if is_unavailable(exc):
                note_unavailable(exc)
                error = unavailable_error().formatted
            else:
                log.exception("unexpected error serving %s %s", request.method, request.url.path)
                error = {"message": UNEXPECTED, "extensions": {"code": INTERNAL}}
            response = JSONResponse({"data": None, "errors": [error]})
            _mark_unavailable(response, [error], request.headers.get("accept", ""))
        await response(scope, receive, send)

    def should_render_graphql_ide(self, request: Any) -> bool:
        # a persisted query fetched with GET carries `extensions` and no `query`: not a page visit
        return super().should_render_graphql_ide(request) and "extensions" not in request.query_params

    async def render_graphql_ide(self, request: Request) -> Response:
        return graphiql.page(self.settings, request)

    async def get_context(self, request: Request | WebSocket, response: Any) -> Context:
        client = client_info(request, self.settings)
        context = Context(
            settings=self.settings,
            client=client,
            request=request,
            response=response if isinstance(response, Response) else None,
        )
        if isinstance(request, Request):
            token = _bearer(request.headers.get("authorization"))
            if token is not None:
                # An invalid token leaves the caller anonymous: public fields still answer,
                # every other field says UNAUTHENTICATED.
                with contextlib.suppress(NotAuthenticated):
                    if integration_tokens.is_integration_token(token):
                        context.actor = await integration_tokens.authenticate_integration_token(
                            token=token, client=client
                        )
                    else:
                        context.actor, context.own_profile = await auth_service.authenticate_with_profile(
                            access_token=token, settings=self.settings, client=client
                        )
        return context

    async def process_result(
        self, request: Request, result: StrawberryExecutionResult
    ) -> GraphQLHTTPResponse:
        if result.errors:
            # every error gets its extensions.code here too: a parse error (ParserCache parses
            # inside an extension hook) never reaches the ErrorCodes extension
            result.errors = [format_error(error) for error in result.errors]
        data = process_result(result)
        # A request error (parse or validation) executes nothing: per GraphQL-over-HTTP the
        # response then has no `data` entry at all.
        if result.data is None and result.errors and all(e.path is None for e in result.errors):
            data.pop("data", None)
        return data

    async def execute_operation(
        self,
        request: Any,
        request_adapter: Any,
        request_data: Any,
        context: Context,
        root_value: Any,
        sub_response: Any,
    ) -> Any:
        if not isinstance(request_data, list):
            return await super().execute_operation(
                request=request,
                request_adapter=request_adapter,
                request_data=request_data,
                context=context,
                root_value=root_value,
                sub_response=sub_response,
            )
        if not request_data or len(request_data) > self.settings.max_operations_per_request:
            raise HTTPException(
                400, f"A batch holds 1 to {self.settings.max_operations_per_request} operations"
            )
        # A batch runs its operations in order, one after another (strawberry would gather them):
        # no concurrent ORM calls, throttles count each operation, and each one sees the
        # writes of those before it through fresh loaders.
        results = []
        for item in request_data:
            results.append(
                await self.execute_single(
                    request=request,
                    request_adapter=request_adapter,
                    sub_response=sub_response,
                    context=context,
                    root_value=root_value,
                    request_data=item,
                )
            )
        return results

    def encode_json(self, data: object) -> str:
        """Responses and WebSocket messages, encoded by orjson (a 650 KB dashboard in a few ms
        instead of tens); text, since graphql-transport-ws messages are text frames. What orjson
        refuses (an integer beyond 64 bits in a JSON value) is encoded by the standard library."""
        try:
            return orjson.dumps(data).decode()
        except TypeError:
            return json.dumps(data, separators=(",", ":"))

    def decode_json(self, data: str | bytes) -> object:
        # orjson first (a 1,000-record batch: 1.1 ms -> 0.5 ms): it reads every document the
        # standard library reads the same, but for integers beyond 64 bits (it makes them floats:
        # a run of 19 digits sends the document the old way) and what it refuses (NaN, 1e400,
        # escaped lone surrogates, deep nesting), which the old way then reads or refuses
        if not _has_long_number(data):
            with contextlib.suppress(orjson.JSONDecodeError):
                return orjson.loads(data)
        try:
            return json.loads(data)
        except json.JSONDecodeError:
            raise
        except (RecursionError, ValueError) as exc:
            # Nested deeper than Python's parser follows, an integer longer than it converts
            # (sys.get_int_max_str_digits), or bytes that are not UTF-8: refused as unreadable
            # JSON (400 over HTTP, a protocol error on a WebSocket) like any malformed document.
            raise json.JSONDecodeError(f"Unreadable JSON ({type(exc).__name__})", "", 0) from exc

    async def parse_http_body(self, request: Any) -> Any:
        try:
            return await super().parse_http_body(request)
        except AttributeError as exc:
            # the JSON was not an object (nor an array of objects): `"x"`, `42`, `null`, `[1]`
            raise HTTPException(
                400, "The request body must be a JSON object (or an array of objects)"
            ) from exc

    async def execute_single(self, *args: Any, **kwargs: Any) -> StrawberryExecutionResult:
        request_data = kwargs["request_data"]
        try:
            # the document of a persisted query (or of the trusted documents) replaces the query
            request_data.query = await self.documents.resolve(request_data.query, request_data.extensions)
        except DocumentRefused as refused:
            return StrawberryExecutionResult(data=None, errors=[refused.error])
        try:
            return await super().execute_single(*args, **kwargs)
        except HTTPException as exc:
            # GraphQL-over-HTTP: a mutation sent with GET is 405 Method Not Allowed
            if isinstance(exc.__cause__, InvalidOperationTypeError):
                raise HTTPException(405, exc.reason) from exc
            raise

    def create_response(self, response_data: Any, sub_response: Response) -> Response:
        response = super().create_response(response_data, sub_response)
        accept = getattr(sub_response, "coachgraph_accept", "")
        results = response_data if isinstance(response_data, list) else [response_data]
        errors = [e for r in results if isinstance(r, dict) for e in r.get("errors") or []]
        _mark_unavailable(response, errors, accept)
        if _prefers_graphql_response_json(accept):
            response.headers["content-type"] = GRAPHQL_RESPONSE_JSON
            if (
                isinstance(response_data, dict)
                and "data" not in response_data
                and not sub_response.status_code
                and not _has_code(errors, PERSISTED_QUERY_NOT_FOUND)
            ):
                response.status_code = 400
        if _has_code(errors, PERSISTED_QUERY_NOT_FOUND):
            # as Apollo Server answers it: 200, and never cached (the client registers it next)
            response.headers["cache-control"] = "private, no-cache, must-revalidate"
        if getattr(sub_response, "coachgraph_method", "") == "GET":
            response.headers["vary"] = "Authorization"
        return response

    async def get_sub_response(self, request: Request | WebSocket) -> Response:
        sub = await super().get_sub_response(request)
        sub.coachgraph_accept = request.headers.get("accept", "")  # type: ignore[attr-defined]
        sub.coachgraph_method = getattr(request, "method", "")  # type: ignore[attr-defined]
        return sub


def _has_code(errors: list[Any], code: str) -> bool:
    return any((e.get("extensions") or {}).get("code") == code for e in errors if isinstance(e, dict))


def _mark_unavailable(response: Response, errors: list[Any], accept: str) -> None:
    """While the database is away: a Retry-After header, and 503 for graphql-response+json."""
    if not _has_code(errors, SERVICE_UNAVAILABLE):
        return
    response.headers["retry-after"] = str(RETRY_AFTER_SECONDS)
    if _prefers_graphql_response_json(accept):
        response.headers["content-type"] = GRAPHQL_RESPONSE_JSON
        response.status_code = 503


def _prefers_graphql_response_json(accept: str) -> bool:
    """Whether the Accept header asks for application/graphql-response+json over application/json."""
    best: tuple[float, str] | None = None
    for part in accept.split(","):
        media, *params = [p.strip() for p in part.split(";")]
        q = 1.0
        for param in params:
            if param.startswith("q="):
                try:
                    q = float(param[2:])
                except ValueError:
                    q = 0.0
        if media in (GRAPHQL_RESPONSE_JSON, "application/json") and q > 0:
            if best is None or q > best[0] or (q == best[0] and media == GRAPHQL_RESPONSE_JSON):
                best = (q, media)
    return best is not None and best[1] == GRAPHQL_RESPONSE_JSON


__all__ = ["GRAPHQL_RESPONSE_JSON", "GraphQLEndpoint", "json"]
