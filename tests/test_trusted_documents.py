"""Trusted documents: a manifest built from .graphql files by the command line is the only thing
a locked-down server runs, over HTTP and WebSocket; anything else is OPERATION_NOT_TRUSTED."""

from __future__ import annotations

import hashlib
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from httpx_ws import aconnect_ws
from httpx_ws.transport import ASGIWebSocketTransport
from pydantic import ValidationError

from app.persisted.models import PersistedQuery
from app.settings import Settings
from graphql_schema.persisted.manifest import Manifest, ManifestError
from graphql_schema.view import GraphQLEndpoint
from tests.helpers import cli_env, make_coach, make_settings, run_cli

ME_FILE = """
# what the app shows on its profile screen
query Me { me { ...Who } }
"""
FRAGMENTS_FILE = """
fragment Who on User { email role }
"""
WATCH_FILE = """
subscription Watch { workoutLogged { workoutLogId } }
mutation SignIn($email: String!, $password: String!) {
  login(input: {email: $email, password: $password}) { accessToken errors { code } }
}
"""
ME_BODY = "query Me {\n  me {\n    ...Who\n  }\n}\n\nfragment Who on User {\n  email\n  role\n}"
NOT_TRUSTED = {
    "message": "This server runs only its trusted documents; this operation is not one of them.",
    "extensions": {"code": "OPERATION_NOT_TRUSTED"},
}


def sha256(document: str) -> str:
    return hashlib.sha256(document.encode()).hexdigest()


def _write(folder: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text)
    return folder


@pytest.fixture
def manifest(tmp_path: Path) -> Path:
    folder = _write(
        tmp_path / "operations",
        {"me.graphql": ME_FILE, "shared/fragments.graphql": FRAGMENTS_FILE, "watch.graphql": WATCH_FILE},
    )
    built = run_cli(
        "trusted-documents", "build", str(folder), "-o", str(tmp_path / "manifest.json"), env=cli_env()
    )
    assert built.returncode == 0, built.stderr
    return tmp_path / "manifest.json"


@pytest.fixture
async def trusted(manifest: Path) -> AsyncIterator[httpx.AsyncClient]:
    endpoint = GraphQLEndpoint(make_settings(TRUSTED_DOCUMENTS=str(manifest)))
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=endpoint), base_url="http://testserver"
    ) as http:
        yield http


def test_the_command_writes_one_entry_per_operation_with_the_fragments_it_uses(manifest: Path) -> None:
    written = json.loads(manifest.read_text())

    assert written["format"] == "apollo-persisted-query-manifest"
    assert written["version"] == 1
    assert [(o["name"], o["type"]) for o in written["operations"]] == [
        ("Me", "query"),
        ("SignIn", "mutation"),
        ("Watch", "subscription"),
    ]
    me = written["operations"][0]
    assert (me["id"], me["body"]) == (sha256(ME_BODY), ME_BODY)
    assert all(o["id"] == sha256(o["body"]) for o in written["operations"])


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({"a.graphql": "query A { nope }"}, "operation A: Cannot query field 'nope' on type 'Query'."),
        ({"a.graphql": "{ me { email } }"}, "every operation needs a name"),
        (
            {"a.graphql": "query A { me { email } }", "b.graphql": "query A { me { role } }"},
            "the operation name A is used twice",
        ),
        ({"a.graphql": "query A { me { ...Missing } }"}, "operation A: unknown fragment Missing"),
        ({"a.graphql": "query A {"}, "Syntax Error"),
    ],
)
def test_the_command_refuses_documents_it_cannot_trust(
    tmp_path: Path, files: dict[str, str], message: str
) -> None:
    folder = _write(tmp_path / "operations", files)

    built = run_cli("trusted-documents", "build", str(folder), env=cli_env())

    assert built.returncode == 1
    assert message in built.stderr
    assert built.stdout == ""


async def test_a_trusted_operation_runs_by_hash_or_by_its_exact_text(
    trusted: httpx.AsyncClient, settings: Settings
) -> None:
    coach = await make_coach(settings)
    headers = {"authorization": f"Bearer {coach.token}"}
    by_hash = {"extensions": {"persistedQuery": {"version": 1, "sha256Hash": sha256(ME_BODY)}}}

    hashed = await trusted.post("/graphql", json=by_hash, headers=headers)
    text = await trusted.post("/graphql", json={"query": ME_BODY}, headers=headers)
    get = await trusted.get(
        "/graphql",
        params={"extensions": json.dumps(by_hash["extensions"])},
        headers={**headers, "accept": "application/json"},
    )

    me = {"data": {"me": {"email": "coach@example.com", "role": "COACH"}}}
    assert [r.json() for r in (hashed, text, get)] == [me, me, me]
    assert await PersistedQuery.all().count() == 0


async def test_anything_else_is_refused_over_http(trusted: httpx.AsyncClient, settings: Settings) -> None:
    coach = await make_coach(settings)
    headers = {"authorization": f"Bearer {coach.token}"}
    other = "query Me { me { email } }"
    attempts = [
        {"query": other},
        {"query": other, "extensions": {"persistedQuery": {"version": 1, "sha256Hash": sha256(other)}}},
        {"extensions": {"persistedQuery": {"version": 1, "sha256Hash": sha256(other)}}},
        {"query": "{ __schema { types { name } } }"},
    ]

    responses = [await trusted.post("/graphql", json=body, headers=headers) for body in attempts]

    assert [(r.status_code, r.json()) for r in responses] == [(200, {"errors": [NOT_TRUSTED]})] * 4
    assert await PersistedQuery.all().count() == 0


async def test_anything_else_is_refused_over_websocket(manifest: Path, settings: Settings) -> None:
    coach = await make_coach(settings)
    endpoint = GraphQLEndpoint(make_settings(TRUSTED_DOCUMENTS=str(manifest)))
    async with (
        httpx.AsyncClient(transport=ASGIWebSocketTransport(endpoint), base_url="http://testserver") as http,
        aconnect_ws("http://testserver/graphql", http, subprotocols=["graphql-transport-ws"]) as ws,
    ):
        await ws.send_json({"type": "connection_init", "payload": {"authorization": f"Bearer {coach.token}"}})
        assert await ws.receive_json(timeout=5) == {"type": "connection_ack"}
        untrusted = "subscription { workoutLogged { athleteId } }"
        await ws.send_json({"id": "1", "type": "subscribe", "payload": {"query": untrusted}})
        refused = await ws.receive_json(timeout=5)
        persisted = {"persistedQuery": {"version": 1, "sha256Hash": sha256(ME_BODY)}}
        await ws.send_json(
            {"id": "2", "type": "subscribe", "payload": {"query": "", "extensions": persisted}}
        )
        ran: list[Any] = [await ws.receive_json(timeout=5), await ws.receive_json(timeout=5)]

    assert refused == {"id": "1", "type": "error", "payload": [NOT_TRUSTED]}
    me = {"data": {"me": {"email": "coach@example.com", "role": "COACH"}}}
    assert ran == [{"id": "2", "type": "next", "payload": me}, {"id": "2", "type": "complete"}]


def test_a_manifest_whose_hash_does_not_match_its_body_stops_the_server(tmp_path: Path) -> None:
    path = tmp_path / "manifest.json"
    path.write_text(json.dumps({sha256("query A { me { email } }"): "query A { me { role } }"}))

    with pytest.raises(ManifestError, match="is not the SHA-256 of its body"):
        GraphQLEndpoint(make_settings(TRUSTED_DOCUMENTS=str(path)))


def test_a_flat_hash_to_document_map_is_read_too(tmp_path: Path) -> None:
    path = tmp_path / "manifest.json"
    body = "query A { me { email } }"
    path.write_text(json.dumps({sha256(body): body}))

    assert Manifest.load(path).bodies == {sha256(body): body}


def test_trusted_documents_must_name_a_file() -> None:
    with pytest.raises(ValidationError, match="TRUSTED_DOCUMENTS must name a manifest file"):
        Settings(APP_ENV="test", TRUSTED_DOCUMENTS="/nonexistent/manifest.json")
