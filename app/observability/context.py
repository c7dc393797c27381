"""The request id of what this task is serving (a context variable), and where ids come from.

An HTTP request or a WebSocket connection takes the client's X-Request-ID when it is a sane
token (what a proxy or a client generated, so one id follows the request across systems), and
a new random id otherwise. Each operation on a WebSocket gets `<connection id>.<operation id>`.
Tasks started while serving inherit the id (asyncio copies the context into new tasks).
"""

from __future__ import annotations

import hashlib
import re
import uuid
from contextvars import ContextVar

HEADER = "x-request-id"
MAX_LENGTH = 128

REQUEST_ID: ContextVar[str | None] = ContextVar("coachgraph_request_id", default=None)

# Letters, digits and a few separators that proxies use (UUIDs, hex, base64, `Root=1-...`):
# nothing that could break a log line, a header or a JSON string.
_SANE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:/+=@-]*")
_SANE_OPERATION_ID = re.compile(r"[A-Za-z0-9._:-]{1,40}")


def request_id_from(header: str | None) -> str:
    """The client's id when it is a sane token (1-128 characters), else a new random one."""
    if header and len(header) <= MAX_LENGTH and _SANE.fullmatch(header):
        return header
    return uuid.uuid4().hex


def operation_request_id(connection_id: str | None, operation_id: str) -> str:
    """The id of one operation on a WebSocket: the connection's id, a dot, the operation's id
    (or a short digest of it when the client chose something that is not a sane token)."""
    part = operation_id
    if not _SANE_OPERATION_ID.fullmatch(part):
        part = hashlib.sha256(part.encode("utf-8", "backslashreplace")).hexdigest()[:12]
    return f"{connection_id or uuid.uuid4().hex}.{part}"


def current_request_id() -> str | None:
    """The id of the request (or WebSocket operation) being served, if any."""
    return REQUEST_ID.get()
