"""Which document an operation runs: the automatic persisted queries protocol and trusted documents.

Automatic persisted queries (the protocol Apollo Client and urql speak):
- `extensions.persistedQuery = {"version": 1, "sha256Hash": "<hex>"}` without a query: the stored
  document runs; an unknown hash answers `PersistedQueryNotFound` (PERSISTED_QUERY_NOT_FOUND).
- The same with the query: the hash is checked against the query, the query runs, and it is
  stored (PostgreSQL, shared by every server process) when it is valid against the schema and
  at most PERSISTED_QUERY_MAX_BYTES long. Over HTTP GET too, so a query can be fetched by URL.

Trusted documents (TRUSTED_DOCUMENTS names a manifest): only the manifest's documents run, by
hash or by their exact text; anything else is OPERATION_NOT_TRUSTED, and nothing is stored.
"""

from __future__ import annotations

from typing import Any

from graphql import GraphQLError, GraphQLSchema, parse, validate

from app.persisted import service
from app.settings import Settings
from graphql_schema.errors import BAD_USER_INPUT
from graphql_schema.persisted.manifest import Manifest

PERSISTED_QUERY_NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND"
OPERATION_NOT_TRUSTED = "OPERATION_NOT_TRUSTED"
NOT_FOUND_MESSAGE = "PersistedQueryNotFound"  # the exact message Apollo Client retries on
NOT_TRUSTED_MESSAGE = "This server runs only its trusted documents; this operation is not one of them."


class DocumentRefused(Exception):
    """The operation's document cannot run; `error` is what the client gets."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.error = GraphQLError(message, extensions={"code": code})


def _requested_hash(extensions: dict[str, Any] | None) -> str | None:
    """The sha256Hash of `extensions.persistedQuery`, None without one; refused when malformed."""
    persisted = (extensions or {}).get("persistedQuery") if isinstance(extensions, dict) else None
    if persisted is None:
        return None
    if not isinstance(persisted, dict) or persisted.get("version") != 1:
        raise DocumentRefused("persistedQuery: only version 1 is supported.", BAD_USER_INPUT)
    sha256 = persisted.get("sha256Hash")
    if not service.is_sha256(sha256):
        raise DocumentRefused(
            "persistedQuery.sha256Hash must be a lower-case hexadecimal SHA-256.", BAD_USER_INPUT
        )
    assert isinstance(sha256, str)
    return sha256


class PersistedDocuments:
    """Resolves the document of each operation, for the HTTP view and the WebSocket handler."""

    def __init__(self, settings: Settings, schema: GraphQLSchema) -> None:
        self.max_bytes = settings.persisted_query_max_bytes
        self.max_tokens = settings.max_tokens
        self.max_count = settings.persisted_query_max_count
        self.schema = schema
        path = settings.trusted_documents
        self.manifest = Manifest.load(path) if path is not None else None

    async def resolve(self, query: str | None, extensions: dict[str, Any] | None) -> str | None:
        """The document to execute (None: there is none, the transport says so);
        DocumentRefused when the request may not run."""
        sha256 = _requested_hash(extensions)
        if sha256 is not None and not query:
            query = None  # a hash with an empty query (as WebSocket clients send it): the hash alone
        if sha256 is not None and query is not None and service.sha256_hex(query) != sha256:
            raise DocumentRefused(
                "persistedQuery.sha256Hash is not the SHA-256 of the query.", BAD_USER_INPUT
            )
        if self.manifest is not None:
            return self._trusted(query, sha256)
        if sha256 is None:
            return query
        if query is None:
            stored = await service.find(sha256=sha256)
            if stored is None:
                raise DocumentRefused(NOT_FOUND_MESSAGE, PERSISTED_QUERY_NOT_FOUND)
            return stored
        if len(query.encode("utf-8")) <= self.max_bytes and self._valid(query):
            await service.register(sha256=sha256, document=query, max_count=self.max_count)
        return query

    def _trusted(self, query: str | None, sha256: str | None) -> str | None:
        assert self.manifest is not None
        if sha256 is None and query is None:
            return None
        body = self.manifest.body(sha256 if sha256 is not None else service.sha256_hex(query or ""))
        if body is None:
            raise DocumentRefused(NOT_TRUSTED_MESSAGE, OPERATION_NOT_TRUSTED)
        return body

    def _valid(self, query: str) -> bool:
        """Only documents that parse and validate are stored (a parse error runs, and is answered)."""
        try:
            document = parse(query, max_tokens=self.max_tokens)
        except GraphQLError:
            return False
        return not validate(self.schema, document)
