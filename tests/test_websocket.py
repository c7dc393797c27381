"""The WebSocket endpoint: graphql-transport-ws only, authenticated at connection_init."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from httpx_ws import WebSocketDisconnect, aconnect_ws
from httpx_ws.transport import ASGIWebSocketTransport

from app.settings import Settings
from tests.helpers import make_coach


async def _open(app: Any, protocol: str):  # type: ignore[no-untyped-def]
    client = httpx.AsyncClient(transport=ASGIWebSocketTransport(app), base_url="http://testserver")
    return client, aconnect_ws("http://testserver/graphql", client, subprotocols=[protocol])


async def test_connection_init_with_a_valid_token_is_acknowledged(app: Any, settings: Settings) -> None:
    coach = await make_coach(settings)
    client, connect = await _open(app, "graphql-transport-ws")
    async with client, connect as ws:
        await ws.send_json({"type": "connection_init", "payload": {"Authorization": f"Bearer {coach.token}"}})
        assert await ws.receive_json(timeout=5) == {"type": "connection_ack"}


@pytest.mark.parametrize("payload", [{}, {"Authorization": "Bearer not-a-token"}, {"token": "x.y.z"}])
async def test_connection_init_without_a_valid_token_is_closed_4403(
    app: Any, payload: dict[str, str]
) -> None:
    client, connect = await _open(app, "graphql-transport-ws")
    async with client, connect as ws:
        await ws.send_json({"type": "connection_init", "payload": payload})
        with pytest.raises(WebSocketDisconnect) as closed:
            await ws.receive_json(timeout=5)
    assert closed.value.code == 4403


async def test_the_legacy_graphql_ws_protocol_is_refused(app: Any) -> None:
    client, connect = await _open(app, "graphql-ws")
    async with client, connect as ws:
        with pytest.raises(WebSocketDisconnect) as closed:
            await ws.receive_json(timeout=5)
    assert closed.value.code == 4406
