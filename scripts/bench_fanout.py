"""Benchmark: event fan-out from a commit in one server process to subscribers on two processes.

Starts two servers on a throwaway database, opens SUBSCRIBERS WebSockets (half on each server)
subscribed to `planChanged`, then commits EVENTS program edits through the first server. For each
edit it times, from the moment the mutation is sent, when every subscriber receives the event
(so a delivery includes the commit, the NOTIFY, the other process's fan-out and the socket).
Prints p50 / p99 / max delivery latency and the server memory each subscriber costs.

    .venv/bin/python scripts/bench_fanout.py [--subscribers 500] [--events 20]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
from contextlib import AsyncExitStack
from typing import Any

import httpx
import websockets

from scripts.benchlib import Server, percentile, servers, throwaway_database

PASSWORD = "Bench-Password-2026"
SUBSCRIPTION = "subscription { planChanged { eventId change } }"
UPDATE = "mutation($input: UpdateProgramInput!) { updateProgram(input: $input) { errors { code } } }"


async def _gql(
    http: httpx.AsyncClient, server: Server, query: str, variables: dict[str, Any], token: str = ""
) -> Any:
    headers = {"authorization": f"Bearer {token}"} if token else {}
    response = await http.post(
        f"{server.url}/graphql", json={"query": query, "variables": variables}, headers=headers
    )
    body = response.json()
    if body.get("errors"):
        raise RuntimeError(body["errors"])
    return body["data"]


async def _setup(http: httpx.AsyncClient, server: Server) -> tuple[str, str]:
    """A coach with one athlete and a program; returns the coach's token and the program id."""
    email = "bench.coach@example.com"
    await _gql(
        http,
        server,
        "mutation($i: RegisterCoachInput!) { registerCoach(input: $i) { errors { code } } }",
        {"i": {"email": email, "password": PASSWORD, "displayName": "Bench Coach"}},
    )
    login = "mutation($e: String!, $p: String!) { login(input: {email: $e, password: $p}) { accessToken } }"
    token = (await _gql(http, server, login, {"e": email, "p": PASSWORD}))["login"]["accessToken"]
    code = (await _gql(http, server, "mutation { createInvite(input: {}) { code } }", {}, token))[
        "createInvite"
    ]["code"]
    athlete = await _gql(
        http,
        server,
        "mutation($i: RegisterAthleteInput!) { registerAthlete(input: $i) { user { athlete { id } } } }",
        {
            "i": {
                "inviteCode": code,
                "email": "bench.athlete@example.com",
                "password": PASSWORD,
                "displayName": "A",
            }
        },
    )
    athlete_id = athlete["registerAthlete"]["user"]["athlete"]["id"]
    created = await _gql(
        http,
        server,
        "mutation($i: CreateProgramInput!) { createProgram(input: $i) { program { id } } }",
        {
            "i": {
                "athleteId": athlete_id,
                "title": "Block",
                "startDate": "2026-01-05",
                "endDate": "2026-03-29",
            }
        },
        token,
    )
    return token, created["createProgram"]["program"]["id"]


async def _subscribe(stack: AsyncExitStack, server: Server, token: str) -> Any:
    ws = await stack.enter_async_context(
        websockets.connect(
            server.ws_url, subprotocols=[websockets.Subprotocol("graphql-transport-ws")], max_queue=None
        )
    )
    await ws.send(json.dumps({"type": "connection_init", "payload": {"authorization": f"Bearer {token}"}}))
    assert json.loads(await ws.recv())["type"] == "connection_ack"
    await ws.send(json.dumps({"id": "1", "type": "subscribe", "payload": {"query": SUBSCRIPTION}}))
    return ws


class Deliveries:
    """Arrival times per subscriber, and an event set when every subscriber has event i."""

    def __init__(self, subscribers: int, events: int) -> None:
        self.arrivals: list[list[float]] = [[] for _ in range(subscribers)]
        self.counts = [0] * events
        self.done = [asyncio.Event() for _ in range(events)]
        self.subscribers = subscribers

    async def receive(self, ws: Any, index: int) -> None:
        mine = self.arrivals[index]
        while len(mine) < len(self.counts):
            message = json.loads(await ws.recv())
            if message.get("type") == "next":
                mine.append(time.perf_counter())
                event = len(mine) - 1
                self.counts[event] += 1
                if self.counts[event] == self.subscribers:
                    self.done[event].set()


async def main(subscribers: int, events: int) -> None:
    async with (
        throwaway_database() as address,
        servers(
            address, 2, WS_MAX_CONNECTIONS_PER_ACCOUNT="1000", HEALTH_CHECK_INTERVAL_SECONDS="3600"
        ) as pair,
        httpx.AsyncClient(timeout=60) as http,
        AsyncExitStack() as stack,
    ):
        token, program_id = await _setup(http, pair[0])
        before = [server.rss_bytes() for server in pair]
        sockets = [await _subscribe(stack, pair[i % 2], token) for i in range(subscribers)]
        await asyncio.sleep(1.0)  # every subscription is registered on its server's bus
        after = [server.rss_bytes() for server in pair]
        deliveries = Deliveries(subscribers, events)
        readers = [asyncio.create_task(deliveries.receive(ws, i)) for i, ws in enumerate(sockets)]
        sent: list[float] = []
        for index in range(events):
            sent.append(time.perf_counter())
            await _gql(http, pair[0], UPDATE, {"input": {"id": program_id, "title": f"Block {index}"}}, token)
            await asyncio.wait_for(deliveries.done[index].wait(), timeout=30)
        await asyncio.wait_for(asyncio.gather(*readers), timeout=30)
    latencies = [(a[i] - sent[i]) * 1000 for a in deliveries.arrivals for i in range(events)]
    per_subscriber = (sum(after) - sum(before)) / subscribers
    print(
        f"fan-out: {subscribers} subscribers on 2 processes, {events} committed events, {len(latencies)} deliveries"
    )
    print(
        f"  delivery latency from commit request: p50 {percentile(latencies, 0.5):.1f} ms, "
        f"p99 {percentile(latencies, 0.99):.1f} ms, max {max(latencies):.1f} ms"
    )
    print(
        f"  server memory per subscriber: {per_subscriber / 1024:.1f} KiB "
        f"(RSS {sum(before) / 2**20:.1f} -> {sum(after) / 2**20:.1f} MiB over both processes)"
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscribers", type=int, default=500)
    parser.add_argument("--events", type=int, default=20)
    arguments = parser.parse_args()
    asyncio.run(main(arguments.subscribers, arguments.events))
