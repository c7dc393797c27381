"""The GraphQL HTTP and WebSocket endpoint: context, authentication, GraphQL-over-HTTP rules."""

from __future__ import annotations

import json
from typing import Any

from graphql import ExecutionResult
from starlette.requests import Request
from starlette.responses import Response
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.http import GraphQLHTTPResponse, process_result
from cross_web import HTTPException
from strawberry.exceptions import ConnectionRejectionError
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL
from strawberry.types.unset import UNSET

from app.auth import service as auth_service
from app.core.actor import ClientInfo
from app.core.errors import NotAuthenticated
from app.settings import Settings
from graphql_schema.context import Context
from graphql_schema.loaders import Loaders
from graphql_schema.schema import build_schema

GRAPHQL_RESPONSE_JSON = "application/graphql-response+json"


def client_info(request: Request | WebSocket, settings: Settings) -> ClientInfo:
    ip = request.client.host if request.client else None
    if settings.trust_proxy_headers:
        forwarded = request.headers.get("x-forwarded-for")
        if forwarded:
            ip = forwarded.split(",")[0].strip()
    return ClientInfo(ip=ip, user_agent=request.headers.get("user-agent"))


def _bearer(value: str | None) -> str | None:
    if not value:
        return None
    scheme, _, token = value.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


class GraphQLEndpoint(GraphQL):
    """Strawberry's ASGI view with coachgraph's context and HTTP conventions."""

    def __init__(self, settings: Settings) -> None:
        super().__init__(
            build_schema(settings),
            graphql_ide="graphiql" if settings.graphiql else None,
            subscription_protocols=(GRAPHQL_TRANSPORT_WS_PROTOCOL,),
        )
        self.settings = settings

    async def get_context(self, request: Request | WebSocket, response: Any) -> Context:  # type: ignore[override]
        client = client_info(request, self.settings)
        context = Context(settings=self.settings, client=client, request=request, response=response)
        if isinstance(request, Request):
            token = _bearer(request.headers.get("authorization"))
            if token is not None:
                try:
                    context.actor = await auth_service.authenticate(access_token=token, settings=self.settings, client=client)
                except NotAuthenticated:
                    context.extras["invalid_token"] = True
        context.loaders = Loaders(context.actor)
        return context

    async def on_ws_connect(self, context: Context) -> Any:  # type: ignore[override]
        params = context.connection_params if isinstance(context.connection_params, dict) else {}
        raw = params.get("Authorization") or params.get("authorization") or params.get("token")
        token = _bearer(str(raw)) or (str(raw) if raw else None)
        if not token:
            raise ConnectionRejectionError({"code": "UNAUTHENTICATED"})
        try:
            context.actor = await auth_service.authenticate(access_token=token, settings=self.settings, client=context.client)
        except NotAuthenticated as exc:
            raise ConnectionRejectionError({"code": "UNAUTHENTICATED"}) from exc
        context.loaders = Loaders(context.actor)
        return UNSET

    async def process_result(self, request: Request, result: ExecutionResult) -> GraphQLHTTPResponse:  # type: ignore[override]
        data = process_result(result)
        # A request error (parse or validation) executes nothing: per GraphQL-over-HTTP the
        # response then has no `data` entry at all.
        if result.data is None and result.errors and all(e.path is None for e in result.errors):
            data.pop("data", None)
        return data

    async def execute_operation(self, request: Any, request_adapter: Any, request_data: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(request_data, list) and len(request_data) > self.settings.max_operations_per_request:
            raise HTTPException(400, f"At most {self.settings.max_operations_per_request} operations per request")
        return await super().execute_operation(request, request_adapter, request_data, *args, **kwargs)

    def create_response(self, response_data: Any, sub_response: Response) -> Response:  # type: ignore[override]
        response = super().create_response(response_data, sub_response)
        accept = getattr(sub_response, "coachgraph_accept", "")
        if _prefers_graphql_response_json(accept):
            response.headers["content-type"] = GRAPHQL_RESPONSE_JSON
            if isinstance(response_data, dict) and "data" not in response_data and not sub_response.status_code:
                response.status_code = 400
        return response

    async def get_sub_response(self, request: Request) -> Response:  # type: ignore[override]
        sub = await super().get_sub_response(request)
        sub.coachgraph_accept = request.headers.get("accept", "")  # type: ignore[attr-defined]
        return sub


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
