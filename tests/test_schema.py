"""The schema: the committed SDL is the served one, and everything in it is described."""

from __future__ import annotations

import httpx
from graphql import (
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLInterfaceType,
    GraphQLObjectType,
    GraphQLScalarType,
    GraphQLUnionType,
    get_introspection_query,
)

from app.settings import Settings
from graphql_schema.schema import SDL_PATH, build_schema, print_sdl

SPECIFIED_SCALARS = {"String", "Int", "Float", "Boolean", "ID"}


def test_the_committed_sdl_is_the_served_schema() -> None:
    served = print_sdl()
    committed = SDL_PATH.read_text()

    assert committed == served, (
        "graphql_schema/schema.graphql differs from the schema the server builds;"
        " if the change is intended run `coachgraph print-schema --write` and commit the file"
    )


async def test_introspection_over_http_describes_the_same_schema(client: httpx.AsyncClient) -> None:
    response = await client.post("/graphql", json={"query": get_introspection_query(descriptions=True)})

    body = response.json()
    assert "errors" not in body
    served = {t["name"] for t in body["data"]["__schema"]["types"]}
    built = set(build_schema(Settings(APP_ENV="test"))._schema.type_map)
    assert served == built


def test_every_type_field_argument_and_input_field_is_described() -> None:
    schema = build_schema(Settings(APP_ENV="test"))._schema
    missing: list[str] = []
    for name, kind in schema.type_map.items():
        if name.startswith("__") or name in SPECIFIED_SCALARS:
            continue
        if not kind.description:
            missing.append(name)
        if isinstance(kind, (GraphQLObjectType, GraphQLInterfaceType)):
            for field_name, field in kind.fields.items():
                if not field.description:
                    missing.append(f"{name}.{field_name}")
                missing.extend(
                    f"{name}.{field_name}({arg})"
                    for arg, definition in field.args.items()
                    if not definition.description
                )
        elif isinstance(kind, GraphQLInputObjectType):
            missing.extend(
                f"{name}.{field_name}" for field_name, field in kind.fields.items() if not field.description
            )
        else:
            assert isinstance(kind, (GraphQLEnumType, GraphQLScalarType, GraphQLUnionType))

    assert missing == [], "describe these in the schema (description=...)"
