"""The one call writers make when an input of the series changes: `changed(...)`.

It runs inside the writer's transaction and costs one statement: a row in `analytics_pending`
naming the athlete and the earliest athlete-local day the change can affect. The row commits
(or rolls back) with the change, so no change is lost and none is imagined. Right after the
commit the series is recomputed from that day (`recompute.process_pending`, called by the API
once the operation's transactions have committed: before the response, or right after it for a
change queued `after_response`, see deferred.py), and the periodic job picks up whatever was left
(a crash between commit and recomputation, writes made outside the API).

The earliest day is exact, not guessed: besides the day the caller names, a workout's day is
the day its matched device activity started (workouts.py), so the statement also takes the
earliest start day of the logs and activities of the sessions the change touches.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date, datetime

from tortoise import connections


@dataclass
class Queued:
    """The pending rows an operation wrote, and whether any of them wants its recomputation
    before the response (a change queued without `after_response`)."""

    ids: set[uuid.UUID] = field(default_factory=set)
    before_response: bool = False

    def add(self, ids: Iterable[uuid.UUID], *, after_response: bool = False) -> None:
        self.ids.update(ids)
        self.before_response = self.before_response or not after_response


# The pending rows this operation wrote (shared with the tasks it starts).
_touched: ContextVar[Queued | None] = ContextVar("analytics_touched", default=None)

_INSERT = """
INSERT INTO "analytics_pending" (id, athlete_id, from_day, reason, created_at, updated_at)
SELECT $8::uuid, p.id,
       CASE WHEN $6 THEN NULL ELSE LEAST(
           $2::date,
           ($3::timestamptz AT TIME ZONE p.timezone)::date,
           (SELECT min((a.start_at AT TIME ZONE p.timezone)::date) FROM "activity" a
             WHERE a.athlete_id = p.id AND a.duplicate_of_id IS NULL
               AND (a.planned_session_id = ANY($4::uuid[]) OR a.id = ANY($5::uuid[]))),
           (SELECT min(((l.completed_at - make_interval(mins => coalesce(l.duration_minutes, 0)))
                        AT TIME ZONE p.timezone)::date)
              FROM "workout_log" l
             WHERE l.athlete_id = p.id AND l.is_current
               AND (l.session_id = ANY($4::uuid[]) OR l.session_id IN (
                    SELECT a.planned_session_id FROM "activity" a WHERE a.id = ANY($5::uuid[]))))
       ) END,
       $7, now(), now()
FROM "athlete_profile" p WHERE p.id = $1
"""


async def changed(
    athlete_id: uuid.UUID,
    *,
    reason: str,
    day: date | None = None,
    at: datetime | None = None,
    sessions: Sequence[uuid.UUID | None] = (),
    activities: Sequence[uuid.UUID | None] = (),
    everything: bool = False,
    after_response: bool = False,
) -> None:
    """Queue the athlete's series for recomputation from the earliest day the change affects.

    `day` (an athlete-local day) and `at` (an instant, turned into the athlete's local day)
    name the change's own day; `sessions` and `activities` add the start days of the current
    logs and device activities of those sessions (a workout counts on its activity's day);
    `everything` recomputes the whole series (new parameters, another time zone);
    `after_response` lets the API answer before recomputing (an integration hub's batch).
    """
    if not everything and day is None and at is None:
        raise ValueError("name the day the change is about (day or at), or recompute everything")
    row_id = uuid.uuid4()
    await connections.get("default").execute_query(
        _INSERT,
        [
            athlete_id,
            day,
            at,
            [s for s in sessions if s is not None],
            [a for a in activities if a is not None],
            everything,
            reason[:32],
            row_id,
        ],
    )
    touched = _touched.get()
    if touched is not None:
        touched.add((row_id,), after_response=after_response)


async def batch_changed(
    athlete_id: uuid.UUID,
    kind: str,
    written: Sequence[tuple[date, uuid.UUID | None]],
    *,
    after_response: bool = False,
) -> None:
    """An ingested batch wrote (or revised) records of `kind` on these days: queue what they affect.

    Intraday heart rate feeds no series; a batch that wrote nothing changes nothing.
    `after_response`: the batch came from a hub (see deferred.py).
    """
    if kind == "heart_rate" or not written:
        return
    activities = [record for _, record in written] if kind == "activities" else []
    await changed(
        athlete_id,
        reason=f"ingest_{kind}",
        day=min(d for d, _ in written),
        activities=activities,
        after_response=after_response,
    )


def touch(ids: Iterable[uuid.UUID]) -> None:
    """Add pending rows written by set-based statements to the operation's collection."""
    touched = _touched.get()
    if touched is not None:
        touched.add(ids)


@contextmanager
def collecting() -> Iterator[Queued]:
    """Collect the ids of the pending rows the code inside wrote (the API wraps each operation);
    those that committed are processed right after it."""
    touched = Queued()
    token = _touched.set(touched)
    try:
        yield touched
    finally:
        _touched.reset(token)


def stop_collecting() -> None:
    """Collect nothing more in this context (a task started inside an operation that outlives it)."""
    _touched.set(None)
