"""The composition root: the ASGI app of `app.asgi` with this package's GraphQL endpoint mounted.

Entry points (the `coachgraph serve` command, the tests, an ASGI server's factory option:
`uvicorn --factory graphql_schema.app:create_app`) build the server here.
"""

from __future__ import annotations

from starlette.types import ASGIApp

from app import asgi
from app.db.config import DatabaseAddress
from app.db.lifecycle import DatabaseHandle
from app.settings import Settings, get_settings
from graphql_schema import graphiql
from graphql_schema.view import GraphQLEndpoint


def create_app(
    settings: Settings | None = None,
    *,
    database: DatabaseAddress | None = None,
    database_handle: DatabaseHandle | None = None,
) -> ASGIApp:
    """The whole server: health routes, the GraphQL endpoint (and GraphiQL's files when it is
    on), the database lifespan."""
    settings = settings or get_settings()
    routes = graphiql.static_routes() if settings.graphiql else []
    return asgi.create_app(
        settings,
        graphql=GraphQLEndpoint(settings),
        database=database,
        database_handle=database_handle,
        routes=routes,
    )
