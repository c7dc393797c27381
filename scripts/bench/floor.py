"""The floor: the simplest server that returns the same JSON as coachgraph for the benchmark's requests.

A Starlette app on uvicorn, like coachgraph, with an asyncpg pool of the same size and the same
connection settings. For `POST /graphql` it:
  - parses the JSON body and looks its `query` up among the workloads' documents (text equal);
  - reads the bearer token and decodes it with `app.auth.tokens.decode_token`, the function the
    app uses (signature, algorithm, issuer, type, expiry), at the same cost;
  - runs the workload's ONE SQL statement, which also does the account checks of the app's
    authentication statement and builds the whole response in PostgreSQL (`json_build_object`,
    `json_agg`), and sends the text it returns as is;
  - for a workload that writes (the sync batch), calls its handler instead, which makes the
    writes in one transaction with a few set-based statements (scripts/bench/syncbatch.py).

It does not: parse or validate GraphQL (an unknown document is a 400), serve any other
document, role or variable shape, check permissions beyond the statement's scope (a coach's
dashboard, an athlete's own week; no admins), or log, audit, limit or time anything. An
unauthenticated request gets an UNAUTHENTICATED error like the app's, not measured.

    uvicorn --factory scripts.bench.floor:create_app   (DATABASE_URL, SECRET_KEY, DB_POOL_MAX_SIZE)
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Any, cast

import asyncpg
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from app.auth.tokens import InvalidToken, TokenType, decode_token
from app.db.config import DatabaseAddress
from app.settings import Settings, load_settings
from scripts.bench.workloads import WORKLOADS

APPLICATION_NAME = "coachgraph-floor"
_UNAUTHENTICATED = {
    "data": None,
    "errors": [{"message": "Authentication required.", "extensions": {"code": "UNAUTHENTICATED"}}],
}


def _bearer(header: str | None) -> str | None:
    if header is None:
        return None
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer":
        return None
    return token.strip() or None


def fill_settings(sql: str, values: dict[str, str]) -> str:
    """`sql` with each `:name` of `values` replaced by its literal (the servers' settings)."""
    for name, literal in sorted(values.items(), key=lambda item: -len(item[0])):
        sql = sql.replace(name, literal)
    return sql


def create_app(settings: Settings | None = None, *, statement_log: list[str] | None = None) -> Starlette:
    """The floor server; `statement_log` (for counting) receives every statement sent to PostgreSQL."""
    settings = settings or load_settings()
    if not settings.database_url:
        raise RuntimeError("the floor needs DATABASE_URL")
    address = DatabaseAddress.from_url(settings.database_url)
    thresholds = {
        ":freshness_warn_hours": repr(float(settings.freshness_warn_hours)),
        ":freshness_stale_hours": repr(float(settings.freshness_stale_hours)),
    }
    statements = {
        workload.query: fill_settings(workload.floor_sql, thresholds)
        for workload in WORKLOADS
        if workload.floor_handler is None
    }
    handlers = {w.query: w.floor_handler for w in WORKLOADS if w.floor_handler is not None}
    pools: list[asyncpg.Pool] = []

    async def _log_statements(connection: asyncpg.Connection) -> None:
        if statement_log is not None:
            connection.add_query_logger(lambda record: statement_log.append(record.query))

    @asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        pool = await asyncpg.create_pool(
            host=address.host,
            port=address.port,
            user=address.user,
            password=address.password,
            database=address.database,
            min_size=1,
            max_size=settings.db_pool_max_size,
            init=_log_statements,
            server_settings={
                "statement_timeout": str(settings.statement_timeout_ms),
                "application_name": APPLICATION_NAME,
                "timezone": "UTC",
            },
        )
        pools.append(pool)
        try:
            yield
        finally:
            await pool.close()

    async def graphql(request: Request) -> Response:
        try:
            document: Any = json.loads(await request.body())
            query = document["query"]
            if query not in statements and query not in handlers:
                raise KeyError(query)
            variables = document.get("variables") or {}
        except (ValueError, KeyError, TypeError):
            return JSONResponse(
                {"errors": [{"message": "The floor serves the benchmark's documents only."}]}, 400
            )
        token = _bearer(request.headers.get("authorization"))
        try:
            claims = decode_token(
                token or "", settings=settings, expected_type=TokenType.ACCESS, now=datetime.now(UTC)
            )
        except InvalidToken:
            return JSONResponse(_UNAUTHENTICATED)
        subject = (claims.subject, claims.issued_at, claims.family_id)
        handler = handlers.get(query)
        if handler is not None:
            async with pools[0].acquire() as connection:
                text = await handler(cast(asyncpg.Connection, connection), subject, variables)
        else:
            text = await pools[0].fetchval(statements[query], *subject, json.dumps(variables))
        if text is None:
            return JSONResponse(_UNAUTHENTICATED)
        return Response(text, media_type="application/json")

    async def live(_: Request) -> Response:
        return PlainTextResponse("ok")

    return Starlette(
        routes=[Route("/graphql", graphql, methods=["POST"]), Route("/health/live", live)],
        lifespan=lifespan,
    )
