"""Trusted documents: the manifest of the only operations a locked-down server executes.

`coachgraph trusted-documents build <folder> -o manifest.json` writes one from a folder of
`.graphql` files, in the format of Apollo's persisted query manifests:

    {"format": "apollo-persisted-query-manifest", "version": 1,
     "operations": [{"id": "<sha256 of body>", "name": "Week", "type": "query", "body": "..."}]}

Each named operation becomes one entry whose body is the operation and the fragments it uses
(from any file of the folder), printed canonically; its id is the SHA-256 of that body, the hash
a client sends as `extensions.persistedQuery.sha256Hash`. A flat `{"<sha256>": "<body>"}` map
(the form other GraphQL code generators write) is read too.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from graphql import (
    DocumentNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    OperationDefinitionNode,
    parse,
    print_ast,
    visit,
)
from graphql.language import Visitor

from app.persisted.service import is_sha256, sha256_hex

FORMAT = "apollo-persisted-query-manifest"


class ManifestError(ValueError):
    """The manifest, or a document it is built from, is unusable; the message says where and why."""


@dataclass(frozen=True)
class TrustedOperation:
    """One operation of the manifest."""

    id: str
    name: str
    type: str
    body: str


@dataclass(frozen=True)
class Manifest:
    """The trusted documents by their SHA-256."""

    bodies: dict[str, str]

    def body(self, sha256: str) -> str | None:
        """The trusted document with this hash, or None."""
        return self.bodies.get(sha256)

    @classmethod
    def load(cls, path: Path) -> Manifest:
        """Read a manifest file; every body is checked against its hash."""
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ManifestError(f"{path}: not a readable JSON manifest ({exc})") from None
        pairs = _pairs(raw, path)
        bodies: dict[str, str] = {}
        for sha256, body in pairs:
            if not is_sha256(sha256) or not isinstance(body, str) or sha256_hex(body) != sha256:
                raise ManifestError(
                    f"{path}: the operation {str(sha256)[:16]}... is not the SHA-256 of its body"
                )
            bodies[sha256] = body
        return cls(bodies)


def _pairs(raw: Any, path: Path) -> list[tuple[Any, Any]]:
    if isinstance(raw, dict) and raw.get("format") == FORMAT:
        if raw.get("version") != 1 or not isinstance(raw.get("operations"), list):
            raise ManifestError(f"{path}: version 1 with a list of operations expected")
        operations = raw["operations"]
        if not all(isinstance(o, dict) for o in operations):
            raise ManifestError(f"{path}: every operation must be an object")
        return [(o.get("id"), o.get("body")) for o in operations]
    if isinstance(raw, dict) and "format" not in raw:
        return list(raw.items())
    raise ManifestError(f"{path}: expected an {FORMAT} or a {{sha256: document}} map")


class _Spreads(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def enter_fragment_spread(self, node: FragmentSpreadNode, *_: Any) -> None:
        self.names.add(node.name.value)


def _spreads(node: OperationDefinitionNode | FragmentDefinitionNode) -> set[str]:
    visitor = _Spreads()
    visit(node, visitor)
    return visitor.names


def _definitions(
    files: Iterable[Path],
) -> tuple[list[OperationDefinitionNode], dict[str, FragmentDefinitionNode]]:
    operations: dict[str, OperationDefinitionNode] = {}
    fragments: dict[str, FragmentDefinitionNode] = {}
    for file in files:
        try:
            document = parse(file.read_text(encoding="utf-8"))
        except GraphQLError as exc:
            raise ManifestError(f"{file}: {exc.message}") from None
        for definition in document.definitions:
            if isinstance(definition, OperationDefinitionNode):
                if definition.name is None:
                    raise ManifestError(f"{file}: every operation needs a name")
                name = definition.name.value
                if name in operations:
                    raise ManifestError(f"{file}: the operation name {name} is used twice")
                operations[name] = definition
            elif isinstance(definition, FragmentDefinitionNode):
                if definition.name.value in fragments:
                    raise ManifestError(f"{file}: the fragment {definition.name.value} is defined twice")
                fragments[definition.name.value] = definition
    return list(operations.values()), fragments


def _operation_document(
    operation: OperationDefinitionNode, fragments: dict[str, FragmentDefinitionNode]
) -> DocumentNode:
    needed: dict[str, FragmentDefinitionNode] = {}
    pending = sorted(_spreads(operation))
    while pending:
        name = pending.pop()
        if name in needed:
            continue
        if name not in fragments:
            raise ManifestError(
                f"operation {operation.name.value if operation.name else ''}: unknown fragment {name}"
            )
        needed[name] = fragments[name]
        pending.extend(sorted(_spreads(fragments[name])))
    return DocumentNode(definitions=(operation, *(needed[n] for n in sorted(needed))))


def build_manifest(
    folder: Path, validate: Callable[[DocumentNode], list[str]] | None = None
) -> dict[str, Any]:
    """The manifest of every named operation in the `.graphql` files under `folder`;
    `validate` returns the problems of a document against the schema (none: it is valid)."""
    files = sorted(folder.rglob("*.graphql"))
    if not files:
        raise ManifestError(f"{folder}: no .graphql files")
    operations, fragments = _definitions(files)
    entries: list[TrustedOperation] = []
    for operation in operations:
        document = _operation_document(operation, fragments)
        body = print_ast(document)
        name = operation.name.value if operation.name else ""
        problems = validate(document) if validate is not None else []
        if problems:
            raise ManifestError(f"operation {name}: " + "; ".join(problems))
        entries.append(TrustedOperation(sha256_hex(body), name, operation.operation.value, body))
    entries.sort(key=lambda e: e.name)
    return {
        "format": FORMAT,
        "version": 1,
        "operations": [{"id": e.id, "name": e.name, "type": e.type, "body": e.body} for e in entries],
    }
