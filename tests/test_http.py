"""The ASGI app over HTTP: GraphQL-over-HTTP rules, GraphiQL, authentication everywhere, limits."""

from __future__ import annotations

import json
import uuid
from typing import Any

import httpx
import pytest

from app.settings import Settings
from graphql_schema.view import GRAPHQL_RESPONSE_JSON
from tests.helpers import ME, error_codes, gql, make_coach, table_counts

JSON = "application/json"

# Root fields open to callers without a token; every other query and mutation needs one.
PUBLIC_FIELDS = {
    ("Mutation", "registerCoach"),
    ("Mutation", "registerAthlete"),
    ("Mutation", "login"),
    ("Mutation", "refreshToken"),
}


# --- GraphQL over HTTP ------------------------------------------------------------------------


async def test_post_runs_a_query_and_answers_json(client: httpx.AsyncClient, settings: Settings) -> None:
    coach = await make_coach(settings)

    response = await client.post(
        "/graphql",
        json={"query": ME},
        headers={"authorization": f"Bearer {coach.token}", "accept": JSON},
    )

    assert response.status_code == 200
    assert response.headers["content-type"] == JSON
    assert response.json() == {
        "data": {"me": {"id": str(coach.user.id), "email": "coach@example.com", "role": "COACH"}}
    }


async def test_get_runs_a_query(client: httpx.AsyncClient, settings: Settings) -> None:
    coach = await make_coach(settings)

    response = await client.get(
        "/graphql",
        params={"query": "query Who { me { email } }", "operationName": "Who"},
        headers={"authorization": f"Bearer {coach.token}"},
    )

    assert response.status_code == 200
    assert response.json() == {"data": {"me": {"email": "coach@example.com"}}}


async def test_get_refuses_a_mutation_with_405_and_runs_nothing(client: httpx.AsyncClient) -> None:
    before = await table_counts()
    mutation = (
        'mutation { registerCoach(input: {email: "a@example.com", password: "Correct-Horse-42", '
        'displayName: "Al"}) { errors { code } } }'
    )

    response = await client.get("/graphql", params={"query": mutation})

    assert response.status_code == 405
    assert await table_counts() == before


async def test_a_malformed_json_body_is_a_400(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/graphql", content=b'{"query": "{ me { id }', headers={"content-type": JSON}
    )

    assert response.status_code == 400
    assert "JSON" in response.text


@pytest.mark.parametrize(
    "body",
    [
        {"query": 42},
        {"query": "{ me { id } }", "variables": [1, 2]},
        {"variables": {}},
        "just a string",
        42,
        None,
        [1, 2],
        [],
    ],
)
async def test_a_malformed_request_is_a_400(client: httpx.AsyncClient, body: Any) -> None:
    before = await table_counts()

    response = await client.post("/graphql", content=json.dumps(body), headers={"content-type": JSON})

    assert response.status_code == 400
    assert await table_counts() == before


async def test_an_unsupported_content_type_is_a_400(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/graphql",
        content=b"query=%7B+me+%7B+id+%7D+%7D",
        headers={"content-type": "application/x-www-form-urlencoded"},
    )

    assert response.status_code == 400


@pytest.mark.parametrize(
    ("query", "message_part"),
    [
        ("{ me { id ", "Syntax Error"),
        ("{ me { noSuchField } }", "Cannot query field 'noSuchField'"),
    ],
)
async def test_graphql_response_json_gets_400_and_no_data_for_request_errors(
    client: httpx.AsyncClient, query: str, message_part: str
) -> None:
    response = await client.post("/graphql", json={"query": query}, headers={"accept": GRAPHQL_RESPONSE_JSON})

    assert response.status_code == 400
    assert response.headers["content-type"] == GRAPHQL_RESPONSE_JSON
    body = response.json()
    assert "data" not in body
    assert message_part in body["errors"][0]["message"]
    assert error_codes(body) == ["GRAPHQL_VALIDATION_FAILED"]


@pytest.mark.parametrize("accept", [JSON, "", "*/*"])
async def test_application_json_gets_200_for_request_errors(client: httpx.AsyncClient, accept: str) -> None:
    response = await client.post("/graphql", json={"query": "{ me { id "}, headers={"accept": accept})

    assert response.status_code == 200
    assert response.headers["content-type"] == JSON
    body = response.json()
    assert "data" not in body
    assert error_codes(body) == ["GRAPHQL_VALIDATION_FAILED"]


async def test_graphql_response_json_keeps_200_when_execution_started(
    client: httpx.AsyncClient,
) -> None:
    response = await client.post(
        "/graphql", json={"query": ME}, headers={"accept": f"{GRAPHQL_RESPONSE_JSON}, {JSON};q=0.9"}
    )

    assert response.status_code == 200
    assert response.headers["content-type"] == GRAPHQL_RESPONSE_JSON
    assert response.json()["data"] is None
    assert error_codes(response.json()) == ["UNAUTHENTICATED"]


async def test_the_preferred_media_type_wins(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/graphql",
        json={"query": "{ me { id "},
        headers={"accept": f"{GRAPHQL_RESPONSE_JSON};q=0.5, {JSON}"},
    )

    assert (response.status_code, response.headers["content-type"]) == (200, JSON)


async def test_graphiql_is_served_to_browsers(client: httpx.AsyncClient) -> None:
    response = await client.get("/graphql", headers={"accept": "text/html,application/xhtml+xml,*/*;q=0.8"})

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert "graphiql" in response.text.lower()


async def test_other_methods_are_refused(client: httpx.AsyncClient) -> None:
    assert (await client.put("/graphql", json={"query": ME})).status_code == 405
    assert (await client.delete("/graphql")).status_code == 405


# --- authentication on every root field ------------------------------------------------------

INTROSPECT = """
fragment Ref on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
{
  __schema {
    queryType { name } mutationType { name }
    types {
      kind name
      enumValues { name }
      inputFields { name defaultValue type { ...Ref } }
      fields { name args { name defaultValue type { ...Ref } } type { ...Ref } }
    }
  }
}
"""

SCALAR_SAMPLES: dict[str, Any] = {
    "String": "x",
    "ID": "1",
    "Int": 1,
    "Float": 1.0,
    "Boolean": False,
    "UUID": "00000000-0000-4000-8000-000000000001",
    "Date": "2026-03-02",
    "DateTime": "2026-03-02T09:30:00+00:00",
    "Time": "09:30:00",
    "Decimal": "1",
    "JSON": {},
    "Upload": "not a file",
}


def _type_string(ref: dict[str, Any]) -> str:
    if ref["kind"] == "NON_NULL":
        return _type_string(ref["ofType"]) + "!"
    if ref["kind"] == "LIST":
        return "[" + _type_string(ref["ofType"]) + "]"
    return ref["name"]


def _named(ref: dict[str, Any]) -> dict[str, Any]:
    while ref.get("ofType"):
        ref = ref["ofType"]
    return ref


class ArgumentFactory:
    """Minimal valid values for any input type of the introspected schema."""

    def __init__(self, types: dict[str, dict[str, Any]]) -> None:
        self.types = types

    def value(self, ref: dict[str, Any]) -> Any:
        if ref["kind"] == "NON_NULL":
            return self.value(ref["ofType"])
        if ref["kind"] == "LIST":
            return [self.value(ref["ofType"])]
        definition = self.types[ref["name"]]
        if ref["kind"] == "ENUM":
            return definition["enumValues"][0]["name"]
        if ref["kind"] == "INPUT_OBJECT":
            return {f["name"]: self.value(f["type"]) for f in definition["inputFields"] if _required(f)}
        assert ref["name"] in SCALAR_SAMPLES, f"add a sample value for scalar {ref['name']} to SCALAR_SAMPLES"
        return SCALAR_SAMPLES[ref["name"]]


def _required(field: dict[str, Any]) -> bool:
    return field["type"]["kind"] == "NON_NULL" and field["defaultValue"] is None


def _operation(kind: str, field: dict[str, Any], factory: ArgumentFactory) -> tuple[str, dict[str, Any]]:
    required = [a for a in field["args"] if _required(a)]
    declarations = ", ".join(f"${a['name']}: {_type_string(a['type'])}" for a in required)
    arguments = ", ".join(f"{a['name']}: ${a['name']}" for a in required)
    selection = " { __typename }" if _named(field["type"])["kind"] in {"OBJECT", "INTERFACE", "UNION"} else ""
    document = (
        f"{kind}{'(' + declarations + ')' if declarations else ''}"
        f" {{ {field['name']}{'(' + arguments + ')' if arguments else ''}{selection} }}"
    )
    return document, {a["name"]: factory.value(a["type"]) for a in required}


async def _root_fields(
    client: httpx.AsyncClient,
) -> tuple[list[tuple[str, str, dict[str, Any]]], ArgumentFactory]:
    schema = (await gql(client, INTROSPECT))["data"]["__schema"]
    types = {t["name"]: t for t in schema["types"]}
    roots = [("query", schema["queryType"]["name"])]
    if schema["mutationType"]:
        roots.append(("mutation", schema["mutationType"]["name"]))
    fields = [(kind, root, field) for kind, root in roots for field in types[root]["fields"]]
    return fields, ArgumentFactory(types)


async def test_every_root_field_but_the_public_ones_needs_a_token(
    client: httpx.AsyncClient,
) -> None:
    fields, factory = await _root_fields(client)
    before = await table_counts()
    checked, wrong = [], []

    for kind, root, field in fields:
        if (root, field["name"]) in PUBLIC_FIELDS:
            continue
        document, variables = _operation(kind, field, factory)
        response = await client.post("/graphql", json={"query": document, "variables": variables})
        body = response.json()
        data = body.get("data")
        refused = (
            response.status_code == 200
            and error_codes(body) == ["UNAUTHENTICATED"]
            and (data is None or data.get(field["name"]) is None)
        )
        checked.append(field["name"])
        if not refused:
            wrong.append((root, field["name"], response.status_code, body))

    assert wrong == [], "root fields reachable without a token (add permission_classes=AUTHENTICATED)"
    assert "me" in checked and "logout" in checked and "createInvite" in checked
    assert await table_counts() == before  # nothing was written by any refused call


async def test_the_public_fields_exist_and_do_not_ask_for_a_token(
    client: httpx.AsyncClient,
) -> None:
    fields, factory = await _root_fields(client)
    public = {(root, f["name"]): (kind, f) for kind, root, f in fields if (root, f["name"]) in PUBLIC_FIELDS}

    assert set(public) == PUBLIC_FIELDS
    for kind, field in public.values():
        document, variables = _operation(kind, field, factory)
        body = await gql(client, document, variables)
        assert "errors" not in body, body
        assert body["data"][field["name"]] == {"__typename": _named(field["type"])["name"]}


async def test_an_invalid_token_on_a_public_field_is_ignored(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    await make_coach(settings)

    body = await gql(
        client,
        'mutation { login(input: {email: "coach@example.com", password: "Correct-Horse-42"}) { accessToken errors { code } } }',
        token="expired.or.garbage",
    )

    assert body["data"]["login"]["errors"] == []
    assert body["data"]["login"]["accessToken"]


# --- limits -------------------------------------------------------------------------------


def _deep_query(types: dict[str, dict[str, Any]], root: str, levels: int) -> str:
    """`{ a { b { ... __typename } } }` with `levels` nested object fields, found in the schema."""

    def walk(type_name: str, remaining: int, seen: frozenset[tuple[str, int]]) -> list[str] | None:
        if remaining == 0:
            return []
        for field in types[type_name]["fields"] or []:
            target = _named(field["type"])
            if target["kind"] != "OBJECT" or any(_required(a) for a in field["args"]):
                continue
            key = (target["name"], remaining - 1)
            if key in seen:
                continue
            rest = walk(target["name"], remaining - 1, seen | {key})
            if rest is not None:
                return [field["name"], *rest]
        return None

    path = walk(root, levels, frozenset())
    assert path is not None, f"the schema has no {levels}-deep path of object fields"
    return "{ " + " { ".join(path) + " { __typename" + " }" * len(path) + " }"


async def test_query_depth_is_limited(client: httpx.AsyncClient, settings: Settings) -> None:
    schema = (await gql(client, INTROSPECT))["data"]["__schema"]
    types = {t["name"]: t for t in schema["types"]}
    # the root field is level 0: MAX_QUERY_DEPTH nested fields under it are allowed
    too_deep = _deep_query(types, schema["queryType"]["name"], settings.max_query_depth + 1)
    at_limit = _deep_query(types, schema["queryType"]["name"], settings.max_query_depth)
    message = f"'anonymous' exceeds maximum operation depth of {settings.max_query_depth}"

    refused = await client.post("/graphql", json={"query": too_deep})
    allowed = await client.post("/graphql", json={"query": at_limit})

    assert refused.status_code == 200
    assert "data" not in refused.json()
    assert [e["message"] for e in refused.json()["errors"]] == [message]
    assert error_codes(refused.json()) == ["GRAPHQL_VALIDATION_FAILED"]
    assert message not in allowed.text
    assert error_codes(allowed.json()) == ["UNAUTHENTICATED"]  # it was executed


async def test_aliases_are_limited(client: httpx.AsyncClient, settings: Settings) -> None:
    aliases = " ".join(f"a{i}: __typename" for i in range(settings.max_aliases + 1))

    body = (await client.post("/graphql", json={"query": "{ " + aliases + " }"})).json()

    assert "data" not in body
    assert (
        body["errors"][0]["message"]
        == f"{settings.max_aliases + 1} aliases found. Allowed: {settings.max_aliases}"
    )
    allowed = " ".join(f"a{i}: __typename" for i in range(settings.max_aliases))
    assert "errors" not in (await client.post("/graphql", json={"query": "{ " + allowed + " }"})).json()


async def test_tokens_are_limited(client: httpx.AsyncClient, settings: Settings) -> None:
    query = "{ " + "__typename " * settings.max_tokens + "}"

    body = (await client.post("/graphql", json={"query": query})).json()

    assert "data" not in body
    assert body["errors"][0]["message"].startswith("Syntax Error: Document contains more than")
    assert error_codes(body) == ["GRAPHQL_VALIDATION_FAILED"]


async def test_a_body_over_max_body_bytes_is_a_413(client: httpx.AsyncClient, settings: Settings) -> None:
    padding = "#" * settings.max_body_bytes
    before = await table_counts()

    declared = await client.post("/graphql", json={"query": "{ __typename }\n" + padding})

    async def chunks() -> Any:  # no content-length: counted while streaming
        yield b'{"query": "{ __typename }", "x": "'
        for _ in range(settings.max_body_bytes // 65536 + 1):
            yield b"y" * 65536
        yield b'"}'

    streamed = await client.post("/graphql", content=chunks(), headers={"content-type": JSON})

    assert (declared.status_code, declared.text) == (413, "Request body too large")
    assert (streamed.status_code, streamed.text) == (413, "Request body too large")
    assert await table_counts() == before


async def test_a_body_just_under_the_limit_is_served(client: httpx.AsyncClient, settings: Settings) -> None:
    query = "{ __typename }"
    filler = settings.max_body_bytes - len(f'{{"query": "{query}", "x": ""}}')

    response = await client.post(
        "/graphql",
        content=f'{{"query": "{query}", "x": "{"z" * filler}"}}'.encode(),
        headers={"content-type": JSON},
    )

    assert response.status_code == 200
    assert response.json() == {"data": {"__typename": "Query"}}


async def test_batches_run_in_order_up_to_the_limit(client: httpx.AsyncClient, settings: Settings) -> None:
    coach = await make_coach(settings)
    batch = [{"query": "{ __typename }"}, {"query": ME}, {"query": "{ me { email } }"}]

    response = await client.post("/graphql", json=batch, headers={"authorization": f"Bearer {coach.token}"})

    assert response.status_code == 200
    assert response.json() == [
        {"data": {"__typename": "Query"}},
        {"data": {"me": {"id": str(coach.user.id), "email": "coach@example.com", "role": "COACH"}}},
        {"data": {"me": {"email": "coach@example.com"}}},
    ]


async def test_a_batch_over_the_limit_is_refused_and_runs_nothing(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    register = {
        "query": "mutation($i: RegisterCoachInput!) { registerCoach(input: $i) { errors { code } } }",
        "variables": {"i": {"email": "a@example.com", "password": "Correct-Horse-42", "displayName": "Al"}},
    }
    before = await table_counts()

    response = await client.post("/graphql", json=[register] * (settings.max_operations_per_request + 1))

    assert response.status_code == 400
    assert await table_counts() == before


# --- unexpected failures ------------------------------------------------------------------


async def test_bad_scalar_input_is_a_typed_error_not_a_500(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    coach = await make_coach(settings)

    body = await gql(
        client,
        "query($id: UUID!) { athlete(id: $id) { __typename } }",
        {"id": "not-a-uuid"},
        token=coach.token,
    )

    assert "data" not in body or body["data"] is None
    assert error_codes(body) == ["BAD_USER_INPUT"]


async def test_nul_characters_in_input_are_a_typed_error(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    await make_coach(settings)
    before = await table_counts()

    body = await gql(
        client,
        "mutation($i: LoginInput!) { login(input: $i) { accessToken errors { field code } } }",
        {"i": {"email": "coach@example.com\u0000", "password": "Correct-Horse-42"}},
    )
    literal = await gql(
        client,
        'mutation { registerCoach(input: {email: "a\\u0000@example.com", password: "Correct-Horse-42", '
        'displayName: "Al"}) { errors { code } } }',
    )

    assert error_codes(body) == ["BAD_USER_INPUT"]
    assert error_codes(literal) == ["BAD_USER_INPUT"]
    assert "\u0000" not in str(body) + str(literal)
    assert await table_counts() == before


async def test_an_unexpected_exception_is_reported_without_its_text(settings: Settings) -> None:
    import strawberry

    from graphql_schema.errors import ErrorCodes
    from graphql_schema.view import GraphQLEndpoint

    @strawberry.type
    class Query:
        @strawberry.field(description="Fails.")
        def boom(self) -> int:
            raise RuntimeError("password=hunter2 at db-internal:5432")

        @strawberry.field(description="Works.")
        def fine(self) -> int:
            return 1

    endpoint = GraphQLEndpoint(settings)
    endpoint.schema = strawberry.Schema(query=Query, extensions=[ErrorCodes])
    transport = httpx.ASGITransport(app=endpoint)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        response = await http.post("/graphql", json={"query": "{ fine boom }"})

    assert response.status_code == 200
    body = response.json()
    assert body["data"] is None
    assert body["errors"] == [
        {
            "message": "Unexpected error; it has been logged.",
            "locations": [{"line": 1, "column": 8}],
            "path": ["boom"],
            "extensions": {"code": "INTERNAL_SERVER_ERROR"},
        }
    ]
    assert "hunter2" not in response.text


async def test_a_failure_outside_execution_is_not_a_500(settings: Settings) -> None:
    from graphql_schema.view import GraphQLEndpoint

    class BrokenContext(GraphQLEndpoint):
        async def get_context(self, request: Any, response: Any) -> Any:
            raise ConnectionError("db-internal:5432 refused the connection")

    transport = httpx.ASGITransport(app=BrokenContext(settings))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        response = await http.post("/graphql", json={"query": "{ __typename }"})

    assert response.status_code == 200
    assert response.json() == {
        "data": None,
        "errors": [
            {
                "message": "Unexpected error; it has been logged.",
                "extensions": {"code": "INTERNAL_SERVER_ERROR"},
            }
        ],
    }
    assert "db-internal" not in response.text


async def test_unknown_paths_are_404(client: httpx.AsyncClient) -> None:
    assert (await client.get(f"/nothing-{uuid.uuid4()}")).status_code == 404


async def test_circular_introspection_is_refused(client: httpx.AsyncClient) -> None:
    query = "{ __schema { types { fields { type { fields { type { fields { type { name } } } } } } } } }"

    body = (await client.post("/graphql", json={"query": query})).json()

    assert "data" not in body
    assert [e["message"] for e in body["errors"]] == ["Maximum introspection depth exceeded"]


async def test_graphiql_can_be_switched_off() -> None:
    from graphql_schema.view import GraphQLEndpoint
    from tests.conftest import make_settings

    transport = httpx.ASGITransport(app=GraphQLEndpoint(make_settings(GRAPHIQL=False)))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        response = await http.get("/graphql", headers={"accept": "text/html"})

    assert response.status_code == 404


# --- client address -----------------------------------------------------------------------


def _request(headers: dict[str, str], peer: str = "10.0.0.5") -> Any:
    from starlette.requests import Request

    scope = {
        "type": "http",
        "method": "POST",
        "path": "/graphql",
        "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()],
        "client": (peer, 1234),
    }
    return Request(scope)


def test_forwarded_headers_are_ignored_unless_trusted() -> None:
    from graphql_schema.view import client_info
    from tests.conftest import make_settings

    request = _request({"x-forwarded-for": "198.51.100.23", "user-agent": "ua"})

    assert client_info(request, make_settings()).ip == "10.0.0.5"


@pytest.mark.parametrize(
    ("forwarded", "expected"),
    [
        ("198.51.100.23", "198.51.100.23"),
        ("1.2.3.4, 198.51.100.23", "198.51.100.23"),  # a client-supplied first entry is not trusted
        ("1.2.3.4,  2001:db8::7 ", "2001:db8::7"),
        ("not-an-ip", "10.0.0.5"),
    ],
)
def test_behind_a_trusted_proxy_the_address_it_appended_is_used(forwarded: str, expected: str) -> None:
    from graphql_schema.view import client_info
    from tests.conftest import make_settings

    info = client_info(
        _request({"x-forwarded-for": forwarded, "user-agent": "ua"}),
        make_settings(TRUST_PROXY_HEADERS=True),
    )

    assert (info.ip, info.user_agent) == (expected, "ua")


async def test_the_audit_log_records_the_socket_address_by_default(
    client: httpx.AsyncClient,
) -> None:
    from app.audit.models import AuditLog

    await client.post(
        "/graphql",
        json={
            "query": 'mutation { login(input: {email: "x@example.com", password: "Wrong-Password-1"}) { errors { code } } }'
        },
        headers={"x-forwarded-for": "198.51.100.23"},
    )

    assert await AuditLog.all().values_list("ip_address", flat=True) == ["203.0.113.7"]


# --- hostile transport input ------------------------------------------------------------------


async def test_lone_surrogates_in_input_are_a_typed_error(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    # JSON's "\ud800" escape decodes to a lone surrogate, which cannot be encoded as UTF-8: the
    # database driver failed on it (an internal error) wherever it reached a query.
    coach = await make_coach(settings)
    before = await table_counts()
    mutation = "mutation($i: CreateInviteInput!) { createInvite(input: $i) { code errors { code } } }"

    async def post(variables: str) -> httpx.Response:
        return await client.post(
            "/graphql",
            content=f'{{"query": "{mutation}", "variables": {variables}}}'.encode(),
            headers={"content-type": JSON, "authorization": f"Bearer {coach.token}"},
        )

    in_text = await post('{"i": {"email": "a\\ud800@example.com"}}')
    in_key = await post('{"i": {"email": "a@example.com"}, "\\udfff": 1}')

    for response in (in_text, in_key):
        assert response.status_code == 200
        assert response.json() == {  # refused before execution: no `data`
            "errors": [
                {
                    "message": "Text must be valid Unicode: a lone surrogate (U+D800 to U+DFFF) cannot be stored.",
                    "extensions": {"code": "BAD_USER_INPUT"},
                }
            ],
        }
    assert await table_counts() == before


@pytest.mark.parametrize(
    "body",
    [
        b'{"query": "{ __typename }", "variables": {"x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}}",
        b'{"query": "{ __typename }", "variables": {"x": ' + b"9" * 5000 + b"}}",
        b'{"query": "{ __typename }", "variables": {"x": "\xff\xfe"}}',
    ],
    ids=["nested past the parser's recursion limit", "a 5000-digit integer", "not UTF-8"],
)
async def test_json_python_cannot_read_is_a_400(client: httpx.AsyncClient, body: bytes) -> None:
    # json.loads raised RecursionError / ValueError / UnicodeDecodeError, not JSONDecodeError:
    # the request was answered as an internal error instead of a malformed request.
    response = await client.post("/graphql", content=body, headers={"content-type": JSON})

    assert (response.status_code, response.text) == (400, "Unable to parse request body as JSON")


async def test_deeply_nested_get_variables_are_a_400(client: httpx.AsyncClient) -> None:
    response = await client.get(
        "/graphql", params={"query": "{ __typename }", "variables": "[" * 5000 + "]" * 5000}
    )

    assert (response.status_code, response.text) == (400, "Unable to parse request body as JSON")


async def test_an_unknown_operation_name_with_a_lone_surrogate_is_a_400(client: httpx.AsyncClient) -> None:
    # the 400's plain-text reason echoes the name; encoding it as UTF-8 failed: an HTTP 500
    response = await client.post(
        "/graphql",
        content=b'{"query": "query A { __typename }", "operationName": "B\\ud800"}',
        headers={"content-type": JSON},
    )

    assert (response.status_code, response.text) == (400, 'Unknown operation named "B\\ud800".')
