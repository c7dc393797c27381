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


ATHLETE_PROGRAM = "query($id: UUID!) { athlete(id: $id) { currentProgram { title version } } }"
RENAME = "mutation($input: UpdateProgramInput!) { updateProgram(input: $input) { program { title } errors { code } } }"


async def _run(ws: Any, op_id: str, query: str, variables: dict[str, Any]) -> dict[str, Any]:
    await ws.send_json(
        {"id": op_id, "type": "subscribe", "payload": {"query": query, "variables": variables}}
    )
    message = await ws.receive_json(timeout=5)
    assert message["type"] == "next", message
    assert await ws.receive_json(timeout=5) == {"id": op_id, "type": "complete"}
    return message["payload"]


async def test_each_operation_on_a_connection_reads_fresh_rows(app: Any, settings: Settings) -> None:
    # given a coach connected over WebSocket, with an athlete on a current program
    from app.programs.models import ProgramStatus
    from tests.helpers import make_program, make_team

    team = await make_team(settings)
    program = await make_program(team.athlete, status=ProgramStatus.CURRENT, title="Base block")
    client, connect = await _open(app, "graphql-transport-ws")
    async with client, connect as ws:
        await ws.send_json(
            {"type": "connection_init", "payload": {"Authorization": f"Bearer {team.coach.token}"}}
        )
        assert await ws.receive_json(timeout=5) == {"type": "connection_ack"}
        athlete = {"id": str(team.athlete_id)}

        # when it reads the program, renames it, and reads it again on the same connection
        before = await _run(ws, "1", ATHLETE_PROGRAM, athlete)
        renamed = await _run(ws, "2", RENAME, {"input": {"id": str(program.id), "title": "Build block"}})
        after = await _run(ws, "3", ATHLETE_PROGRAM, athlete)

    # then the second read sees the change (loaders are per operation, not per connection)
    assert before == {"data": {"athlete": {"currentProgram": {"title": "Base block", "version": 1}}}}
    assert renamed == {"data": {"updateProgram": {"program": {"title": "Build block"}, "errors": []}}}
    assert after == {"data": {"athlete": {"currentProgram": {"title": "Build block", "version": 2}}}}
