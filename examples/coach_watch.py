"""A coach's live feed: every workout the coach's athletes log, as it is logged.

    python examples/coach_watch.py [--url http://127.0.0.1:8000] [--email coach@demo.coachgraph.dev]
                                   [--count N]

Logs in over HTTP (httpx), then subscribes to `workoutLogged` over a WebSocket with the
graphql-transport-ws protocol (the `websockets` package): the access token goes in the
`connection_init` payload as {"authorization": "Bearer <token>"}. Prints one line per event, and
stops after --count events (default: never).

A real dashboard reconnects after a network drop or a server restart (with a fresh token once
the old one has expired, close code 4403) and then refetches what it shows: events sent while
it was away are not replayed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpx
from websockets.asyncio.client import connect
from websockets.typing import Subprotocol

DEMO_EMAIL = "coach@demo.coachgraph.dev"
DEMO_PASSWORD = "Demo-Coachgraph-2026"  # the demo accounts' password (make run)

LOGIN = """mutation Login($email: String!, $password: String!) {
  login(input: {email: $email, password: $password}) { accessToken errors { code message } }
}"""
WORKOUT_LOGGED = """subscription WorkoutLogged {
  workoutLogged {
    eventId occurredAt workoutLogId version
    athlete { displayName }
    workoutLog { rpe durationMinutes sessionLoad session { title } }
  }
}"""


def access_token(url: str, email: str, password: str) -> str:
    body = {"query": LOGIN, "variables": {"email": email, "password": password}}
    payload = httpx.post(f"{url}/graphql", json=body, timeout=30).json()["data"]["login"]
    if payload["errors"]:
        raise RuntimeError(f"login refused: {payload['errors']}")
    token: str = payload["accessToken"]
    return token


def websocket_url(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(("wss" if parts.scheme == "https" else "ws", parts.netloc, "/graphql", "", ""))


def describe(event: dict[str, Any]) -> str:
    log = event["workoutLog"] or {}
    session = (log.get("session") or {}).get("title", "a workout")
    athlete = (event["athlete"] or {}).get("displayName", "an athlete")
    return (
        f"workout logged {event['workoutLogId']} (version {event['version']}): {athlete}, {session},"
        f" RPE {log.get('rpe')}, {log.get('durationMinutes')} min, load {log.get('sessionLoad')}"
    )


async def watch(url: str, token: str, count: int | None) -> None:
    protocol = Subprotocol("graphql-transport-ws")
    async with connect(websocket_url(url), subprotocols=[protocol]) as socket:
        await socket.send(
            json.dumps({"type": "connection_init", "payload": {"authorization": f"Bearer {token}"}})
        )
        ack = json.loads(await socket.recv())
        if ack.get("type") != "connection_ack":
            raise RuntimeError(f"connection refused: {ack}")
        subscribe = {"id": "feed", "type": "subscribe", "payload": {"query": WORKOUT_LOGGED}}
        await socket.send(json.dumps(subscribe))
        print("subscribed to workoutLogged", flush=True)
        seen = 0
        async for raw in socket:
            message = json.loads(raw)
            if message["type"] == "ping":
                await socket.send(json.dumps({"type": "pong"}))
            elif message["type"] == "next":
                print(describe(message["payload"]["data"]["workoutLogged"]), flush=True)
                seen += 1
                if count is not None and seen >= count:
                    await socket.send(json.dumps({"id": "feed", "type": "complete"}))
                    return
            elif message["type"] in ("error", "complete"):
                raise RuntimeError(f"the subscription ended: {message}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--url", default="http://127.0.0.1:8000")
    parser.add_argument("--email", default=DEMO_EMAIL)
    parser.add_argument("--password", default=DEMO_PASSWORD)
    parser.add_argument("--count", type=int, default=None, help="stop after this many events")
    args = parser.parse_args(argv)
    token = access_token(args.url, args.email, args.password)
    print(f"logged in as {args.email}", flush=True)
    asyncio.run(watch(args.url, token, args.count))
    return 0


if __name__ == "__main__":
    sys.exit(main())
