"""The event bus of one server process: LISTEN on a dedicated connection, fan out in memory.

Every process holds one asyncpg connection of its own, outside the pool (a pooled listener
dies when the pool recycles its connection), LISTENing on the events channel. A NOTIFY
committed by any process reaches every process; each hands the event to the subscriptions
of its own clients whose filter matches.

When the database goes away the listener reconnects with exponential backoff (up to
`MAX_BACKOFF_SECONDS`) and LISTENs again. Events committed while a process was not listening
are not replayed: clients refetch after a reconnect (see the README's reconnect pattern).

Each subscription has a bounded queue: a client that does not keep up is marked `overflowed`
and its socket is closed by the transport, so memory never grows with a slow reader.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field

import asyncpg

from app.db.config import DatabaseAddress
from app.events.models import Event
from app.events.publish import CHANNEL
from app.observability import metrics

log = logging.getLogger(__name__)

MAX_BACKOFF_SECONDS = 10.0
# How often the listener checks its connection is alive (a dead TCP peer is otherwise silent).
KEEPALIVE_SECONDS = 5.0

Matcher = Callable[[Event], bool]


@dataclass(eq=False)
class Subscription:
    """One subscriber's view of the bus: the events its filter accepts, in a bounded queue."""

    matches: Matcher
    queue: asyncio.Queue[Event]
    overflowed: asyncio.Event = field(default_factory=asyncio.Event)

    def offer(self, event: Event) -> None:
        if self.overflowed.is_set() or not self.matches(event):
            return
        try:
            self.queue.put_nowait(event)
        except asyncio.QueueFull:
            self.overflowed.set()

    async def next(self) -> Event:
        """The next event; raises Overflowed once the subscriber fell too far behind."""
        getter = asyncio.ensure_future(self.queue.get())
        overflow = asyncio.ensure_future(self.overflowed.wait())
        try:
            done, _ = await asyncio.wait({getter, overflow}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in (getter, overflow):
                if not task.done():
                    task.cancel()
        if getter in done:
            return getter.result()
        raise Overflowed()


class Overflowed(Exception):
    """The subscriber's queue filled up: it reads too slowly and must be disconnected."""


class EventBus:
    """The process's subscriptions, fed by NOTIFYs from every process (and local-only events)."""

    def __init__(self, address: DatabaseAddress, *, queue_size: int = 100) -> None:
        self.address = address
        self.queue_size = queue_size
        self.subscriptions: set[Subscription] = set()
        self.connected = asyncio.Event()
        self.reconnects = 0  # connections made again after one was lost
        self._ever_connected = False
        self._task: asyncio.Task[None] | None = None
        self._connection: asyncpg.Connection | None = None
        self._lost = asyncio.Event()

    async def start(self) -> None:
        """Start listening (returns once the first LISTEN is in place, or the first attempt failed)."""
        self._task = asyncio.create_task(self._run(), name="coachgraph-event-bus")
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.connected.wait(), timeout=5)

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        await self._close()

    @contextlib.asynccontextmanager
    async def subscribe(
        self, matches: Matcher, *, queue_size: int | None = None
    ) -> AsyncIterator[Subscription]:
        """A subscription for the events `matches` accepts (at most `queue_size` waiting, the
        bus's default otherwise), removed when the block ends."""
        subscription = Subscription(matches, asyncio.Queue(maxsize=queue_size or self.queue_size))
        self.subscriptions.add(subscription)
        try:
            yield subscription
        finally:
            self.subscriptions.discard(subscription)

    def deliver(self, event: Event) -> None:
        """Hand `event` to this process's matching subscriptions (no database involved)."""
        for subscription in list(self.subscriptions):
            subscription.offer(event)

    async def _run(self) -> None:
        delay = 0.2
        while True:
            try:
                await self._listen()
                delay = 0.2
                await self._watch()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # the database is away: retry, never give up
                if self.connected.is_set():
                    log.warning("event bus lost its connection (%s); reconnecting", type(exc).__name__)
                self.connected.clear()
                await self._close()
                await asyncio.sleep(delay)
                delay = min(delay * 2, MAX_BACKOFF_SECONDS)

    async def _listen(self) -> None:
        address = self.address
        connection = await asyncpg.connect(
            host=address.host,
            port=address.port,
            user=address.user,
            password=address.password,
            database=address.database,
            timeout=5,
            server_settings={"application_name": "coachgraph-events"},
        )
        self._lost.clear()
        connection.add_termination_listener(lambda _: self._lost.set())
        await connection.add_listener(CHANNEL, self._on_notify)
        self._connection = connection
        log.info("event bus listening on %s", address.describe())
        if self._ever_connected:
            self.reconnects += 1
            metrics.BUS_RECONNECTS.inc()
        self._ever_connected = True
        self.connected.set()

    async def _watch(self) -> None:
        """Return (by raising) when the listening connection dies."""
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._lost.wait(), timeout=KEEPALIVE_SECONDS)
            if self._lost.is_set() or self._connection is None:
                raise ConnectionError("listener connection terminated")
            await self._connection.execute("SELECT 1", timeout=KEEPALIVE_SECONDS)

    def _on_notify(self, connection: object, pid: int, channel: str, payload: object) -> None:
        try:
            event = Event.decode(str(payload))
        except (ValueError, KeyError, TypeError):
            log.warning("ignored a malformed event on %s", channel)
            return
        self.deliver(event)

    async def _close(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None and not connection.is_closed():
            with contextlib.suppress(Exception):
                await asyncio.wait_for(connection.close(), timeout=2)


_bus: EventBus | None = None


def set_bus(bus: EventBus | None) -> None:
    """Install the process's bus (done by the app's lifespan)."""
    global _bus
    _bus = bus


def running_bus() -> EventBus | None:
    """The process's bus, or None when it is not running."""
    return _bus


def get_bus() -> EventBus:
    """The process's running bus."""
    if _bus is None:
        raise RuntimeError("the event bus is not running (it starts with the app's lifespan)")
    return _bus
