"""Recomputing athletes' series: incrementally after a change, or everything (`coachgraph recompute`).

One transaction per batch of athletes:
  1. lock each athlete's series (a transaction-scoped advisory lock: two processes never
     recompute one athlete at once, and a writer's change that commits meanwhile is queued);
  2. read the athlete's queued changes (`analytics_pending`) and plan the start day
     (state.py), the stored days before it, and every input from it (inputs.py): a constant
     number of statements for the whole batch;
  3. compute in memory (compute.py) and write set-based (store.py): the daily load and
     readiness rows, the weekly rollups and summaries of the closed weeks, the micro-cycles'
     readiness means; delete the queued changes it handled;
  4. publish `readinessChanged` and `rosterAlerts` (alerts.py) inside the transaction, so they
     are delivered when it commits.
The result equals a recomputation from scratch (tests/test_analytics_recompute_properties.py).
"""

from __future__ import annotations

import gc
import json
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date, timedelta
from typing import Any

from tortoise import connections
from tortoise.transactions import in_transaction

from app.analytics import alerts, rows, store
from app.analytics.compute import Computed, compute
from app.analytics.inputs import read_inputs
from app.analytics.state import Athlete, load_athletes, load_previous, plan
from app.events.models import Event, EventKind
from app.events.publish import publish_many

# Athletes per transaction when recomputing many.
BATCH_SIZE = 50
# Only the queue: recompute from the queued changes, if any.
QUEUED = date.max
_LOCK_SPACE = 7_300_001


async def _lock(ids: Sequence[uuid.UUID], *, wait: bool) -> list[uuid.UUID]:
    """Lock the athletes' series for this transaction (in id order); with `wait` False, only those free."""
    function = "pg_advisory_xact_lock" if wait else "pg_try_advisory_xact_lock"
    rows_ = await connections.get("default").execute_query_dict(
        f"SELECT u.id, {function}($2, hashtext(u.id::text)) AS locked "  # noqa: S608 (one of two names)
        "FROM unnest($1::uuid[]) WITH ORDINALITY AS u(id, n) ORDER BY u.n",
        [sorted(ids), _LOCK_SPACE],
    )
    return [r["id"] for r in rows_ if wait or r["locked"]]


async def _queued(ids: Sequence[uuid.UUID]) -> tuple[dict[uuid.UUID, date | None], list[uuid.UUID]]:
    """The earliest queued day per athlete (None: everything) and the queue rows read."""
    found = await connections.get("default").execute_query_dict(
        'SELECT id, athlete_id, from_day FROM "analytics_pending" WHERE athlete_id = ANY($1::uuid[])',
        [list(ids)],
    )
    earliest: dict[uuid.UUID, date | None] = {}
    for row in found:
        earliest[row["athlete_id"]] = _earlier(earliest.get(row["athlete_id"], QUEUED), row["from_day"])
    return earliest, [r["id"] for r in found]


def _earlier(a: date | None, b: date | None) -> date | None:
    return None if a is None or b is None else min(a, b)


async def recompute(
    asked: Mapping[uuid.UUID, date | None],
    *,
    wait: bool = True,
    notify: bool = True,
    current_week: bool = False,
) -> list[uuid.UUID]:
    """Recompute these athletes from the day asked (None: everything; QUEUED: only what is queued),
    or from an earlier queued change, in one transaction. Returns the athletes recomputed.
    `current_week` also summarizes the week running today (incomplete; on demand only)."""
    async with in_transaction():
        ids = await _lock(list(asked), wait=wait)
        queued, handled = await _queued(ids)
        wanted = {i: _earlier(asked[i], queued.get(i, QUEUED)) for i in ids}
        athletes = await load_athletes([i for i, day in wanted.items() if day != QUEUED])
        for athlete in athletes:
            plan(athlete, wanted[athlete.id])
        await load_previous(athletes)
        before = await _stored_recent(athletes) if notify else ({}, {})
        inputs = await read_inputs(athletes)
        done = [compute(a, inputs[a.id], current_week=current_week) for a in athletes if a.id in inputs]
        await _write(athletes, done)
        if handled:
            await connections.get("default").execute_query(
                'DELETE FROM "analytics_pending" WHERE id = ANY($1::uuid[])', [handled]
            )
        if notify:
            await publish_many(_events(done, *before))
    return [a.id for a in athletes]


async def _write(athletes: Sequence[Athlete], done: Sequence[Computed]) -> None:
    await store.save_params([a.params for a in athletes])
    load_rows = [
        rows.load_row(c.athlete.id, d, c.workouts.get(d.day, []), c.athlete.params)
        for c in done
        for d in c.loads
    ]
    await store.upsert("daily_training_load", store.LOAD_COLUMNS, ("athlete_id", "day"), load_rows)
    readiness_rows = [
        rows.readiness_row(c.athlete.id, r, c.athlete.params) for c in done for r in c.readiness
    ]
    await store.upsert("daily_readiness", store.READINESS_COLUMNS, ("athlete_id", "day"), readiness_rows)
    weeks = [rows.week_rows(c.athlete.id, w, c.athlete.params) for c in done for w in c.weeks]
    await store.upsert(
        "weekly_metrics", store.METRICS_COLUMNS, ("athlete_id", "week_start"), [m for m, _ in weeks]
    )
    await store.upsert(
        "weekly_summary",
        store.SUMMARY_COLUMNS,
        ("athlete_id", "week_start"),
        [s for _, s in weeks],
        stamp="generated_at",
    )
    await store.trim([a.id for a in athletes], [a.first_day for a in athletes], [a.today for a in athletes])
    computed = [c for c in done if c.loads]
    await store.update_micro_cycles([c.athlete.id for c in computed], [c.loads[0].day for c in computed])


_RECENT = """
SELECT r.athlete_id, r.day, r.score, r.recommendation, r.red_flags::text AS red_flags, d.acwr_zone
FROM unnest($1::uuid[], $2::date[]) AS b(id, first)
JOIN daily_readiness r ON r.athlete_id = b.id AND r.day >= b.first
LEFT JOIN daily_training_load d ON d.athlete_id = r.athlete_id AND d.day = r.day
"""

Recent = dict[uuid.UUID, dict[date, alerts.Stored]]


async def _stored_recent(
    athletes: Sequence[Athlete],
) -> tuple[Recent, dict[uuid.UUID, dict[date, str | None]]]:
    """The stored recent days (and the day before them) that the events compare with."""
    todo = [a for a in athletes if a.start is not None]
    firsts = [alerts.recent_from(a.today) - timedelta(days=1) for a in todo]
    found = await connections.get("default").execute_query_dict(_RECENT, [[a.id for a in todo], firsts])
    stored: Recent = {}
    zones: dict[uuid.UUID, dict[date, str | None]] = {}
    for row in found:
        flags = frozenset(json.loads(row["red_flags"]))
        stored.setdefault(row["athlete_id"], {})[row["day"]] = alerts.Stored(
            row["score"], row["recommendation"], flags, row["acwr_zone"]
        )
        zones.setdefault(row["athlete_id"], {})[row["day"]] = row["acwr_zone"]
    return stored, zones


def _events(
    done: Iterable[Computed], stored: Recent, zones: dict[uuid.UUID, dict[date, str | None]]
) -> list[Event]:
    events = []
    for c in done:
        a = c.athlete
        for notice in alerts.notices(
            a.today, c.readiness, c.loads, stored.get(a.id, {}), zones.get(a.id, {})
        ):
            data: dict[str, Any] = notice.data
            events.append(
                Event(
                    kind=EventKind.READINESS_CHANGED
                    if notice.kind == "readiness"
                    else EventKind.ROSTER_ALERT,
                    entity_type="daily_readiness" if notice.kind == "readiness" else "roster_alert",
                    athlete_id=a.id,
                    coach_id=a.coach_id,
                    data=data,
                )
            )
    return events


async def process_pending(pending_ids: Iterable[uuid.UUID]) -> list[uuid.UUID]:
    """Recompute the athletes of these queue rows, if they committed (right after an operation)."""
    ids = list(pending_ids)
    if not ids:
        return []
    found = await connections.get("default").execute_query_dict(
        'SELECT DISTINCT athlete_id FROM "analytics_pending" WHERE id = ANY($1::uuid[])', [ids]
    )
    athletes = [r["athlete_id"] for r in found]
    return await recompute(dict.fromkeys(athletes, QUEUED)) if athletes else []


async def recompute_all(
    athlete_ids: Sequence[uuid.UUID] | None = None, *, notify: bool = False, part: tuple[int, int] = (1, 1)
) -> int:
    """Recompute every athlete's series (or these athletes') from scratch, in batches; returns how many.

    `part` (K, N) takes only every N-th athlete from the K-th (in id order): N processes, each
    with its own K, share the work without overlapping.
    """
    if athlete_ids is None:
        found = await connections.get("default").execute_query_dict(
            "SELECT id FROM athlete_profile ORDER BY id"
        )
        athlete_ids = [r["id"] for r in found]
    share, parts = part
    athlete_ids = sorted(athlete_ids)[share - 1 :: parts]
    count = 0
    with _fewer_collections():
        for at in range(0, len(athlete_ids), BATCH_SIZE):
            batch = athlete_ids[at : at + BATCH_SIZE]
            count += len(await recompute(dict.fromkeys(batch, None), notify=notify))
    return count


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Recomputing many athletes allocates many objects that live for one batch, and the cyclic
    garbage collector would rescan them again and again (a quarter of the time). Collect less
    often meanwhile (reference counting frees them anyway), then restore the thresholds."""
    previous = gc.get_threshold()
    gc.set_threshold(100_000, 50, 1000)
    try:
        yield
    finally:
        gc.set_threshold(*previous)
