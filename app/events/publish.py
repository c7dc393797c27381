"""Publishing an event: a NOTIFY sent inside the writing transaction.

PostgreSQL delivers a NOTIFY only when its transaction commits, and never for a transaction
that rolls back, so a subscriber can never hear of a write that did not happen. Services call
`publish` inside their `in_transaction()` block, after the write.
"""

from __future__ import annotations

from collections.abc import Sequence

from tortoise import connections

from app.events.models import Event

CHANNEL = "coachgraph_events"


async def publish(event: Event) -> None:
    """Queue `event` for delivery to every server process when the current transaction commits."""
    connection = connections.get("default")
    await connection.execute_query("SELECT pg_notify($1, $2)", [CHANNEL, event.encode()])


async def publish_many(events: Sequence[Event]) -> None:
    """`publish` for several events in one statement (delivered in this order at commit)."""
    if events:
        connection = connections.get("default")
        await connection.execute_query(
            "SELECT pg_notify($1, p) FROM unnest($2::text[]) AS p",
            [CHANNEL, [event.encode() for event in events]],
        )
