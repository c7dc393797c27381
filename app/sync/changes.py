"""The changes feed: everything the caller may see that changed since their cursor.

Where changes come from. PostgreSQL triggers on every tracked table (programs, phases,
micro-cycles, sessions, workout logs, feedback, benchmarks, exercises, athlete profiles)
append one `change_log` row per written row, inside the writing transaction: the table, the
row's id, the operation, the owning athlete (the creating coach for exercises) and the
writing transaction's id, `pg_current_xact_id()`. No code path can write without it.

Why the cursor is not a timestamp or a plain sequence. A client pulls "everything after X"
again and again. If X were an `updated_at` or a sequence value, it would be taken when a row
is written, not when its transaction commits: a transaction that wrote at 10:00:00 and
commits at 10:00:05 becomes visible after a concurrent one that wrote at 10:00:03 and
committed at once. A pull at 10:00:04 returns the second and moves the cursor past
10:00:03; the first then appears behind the cursor and is never sent.

The cursor here. Rows are ordered by (txid, id) and a pull serves only rows whose txid is
below the horizon: the `xmin` of a snapshot taken for the pull,
`pg_snapshot_xmin(pg_current_snapshot())`, the oldest transaction still running. Every
transaction below it has finished, so no row with a smaller txid can still appear, and
within one transaction ids grow in the order it wrote. The cursor encodes the position
(txid, id) of the last row served (or, when nothing more is visible, (horizon, 0): every
transaction below the horizon has been read). A change committed concurrently with a pull
has a txid at or above that pull's horizon and is served by a later pull. The price is
latency: a change waits until every transaction older than it has finished (a statement
runs at most STATEMENT_TIMEOUT_MS).

Who sees what (filtered in SQL). A row owned by an athlete goes to the athlete, to their
current coach and to admins; a shared (system or public) exercise to everyone, a private one
to its coach and the coach's athletes. When an athlete moves to another coach, the old coach
gets one ATHLETE_GONE tombstone (drop every row of that athlete) and never a later row of
theirs; the new coach gets every row of the athlete again; the athlete loses the old coach's
private exercises (tombstones) and gets the new coach's. Deleted rows and archived programs
come as tombstones (DELETE, ARCHIVE) without the row.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass

from tortoise import connections
from tortoise.expressions import Q, Subquery
from tortoise.queryset import QuerySet

from app.athletes.models import AthleteProfile
from app.core.access import NOBODY, athlete_filter
from app.core.actor import Actor
from app.core.errors import ErrorCode, ValidationFailed
from app.sync.models import ChangeAudience, ChangeLog

_LIST_KEY = "changes"
_MAX_POSITION = 2**63 - 1
MAX_CURSOR_LENGTH = 200


@dataclass(frozen=True, order=True)
class Position:
    """A place in the feed: after the change (txid, id)."""

    txid: int
    id: int


START = Position(0, 0)


def encode_cursor(position: Position) -> str:
    """The opaque cursor a client passes back as `since`."""
    raw = json.dumps([_LIST_KEY, position.txid, position.id], separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(cursor: str, field: str = "since") -> Position:
    """The position a cursor holds; INVALID unless `encode_cursor` could have written it."""
    problem = ValidationFailed.one(field, ErrorCode.INVALID, "Not a cursor of the changes feed.")
    if len(cursor) > MAX_CURSOR_LENGTH:
        raise problem
    try:
        values = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode("utf-8"))
    except (ValueError, binascii.Error, RecursionError) as exc:
        raise problem from exc
    if not isinstance(values, list) or len(values) != 3 or values[0] != _LIST_KEY:
        raise problem
    numbers = values[1:]
    if not all(type(n) is int and 0 <= n <= _MAX_POSITION for n in numbers):
        raise problem
    return Position(numbers[0], numbers[1])


def visible_changes(actor: Actor) -> QuerySet[ChangeLog]:
    """The change-log rows `actor` may read (module docstring: who sees what)."""
    if actor.is_admin:
        return ChangeLog.filter(audience__in=[ChangeAudience.ATHLETE, ChangeAudience.EXERCISE])
    athletes = Subquery(AthleteProfile.filter(**athlete_filter(actor, through=None)).values("id"))
    owned = Q(audience=ChangeAudience.ATHLETE, athlete_id__in=athletes)
    if actor.is_coach:
        coach = actor.coach_id or NOBODY
        addressed = Q(audience=ChangeAudience.COACH, coach_id=coach)
        return ChangeLog.filter(owned | addressed | _exercises(Q(coach_id=coach)))
    own_coach = Subquery(AthleteProfile.filter(id=actor.athlete_id or NOBODY).values("coach_id"))
    addressed = Q(audience=ChangeAudience.ATHLETE_ONLY, athlete_id=actor.athlete_id or NOBODY)
    return ChangeLog.filter(owned | addressed | _exercises(Q(coach_id__in=own_coach)))


def _exercises(own: Q) -> Q:
    return Q(audience=ChangeAudience.EXERCISE) & (Q(shared=True) | own)


@dataclass(frozen=True)
class ChangePage:
    """One pull: the changes in feed order, where the next pull starts, and whether more wait."""

    changes: list[ChangeLog]
    cursor: str
    has_more: bool


async def horizon() -> int:
    """The oldest transaction still running: every change below it is final."""
    rows = await connections.get("default").execute_query_dict(
        "SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS horizon"
    )
    return int(rows[0]["horizon"])


async def changes_since(*, actor: Actor, since: str | None, first: int) -> ChangePage:
    """Up to `first` changes after the cursor `since` (from the beginning when None)."""
    start = decode_cursor(since) if since else START
    limit = await horizon()
    rows = (
        await visible_changes(actor)
        .filter(Q(txid__gt=start.txid) | Q(txid=start.txid, id__gt=start.id), txid__lt=limit)
        .order_by("txid", "id")
        .limit(first + 1)
    )
    has_more = len(rows) > first
    rows = rows[:first]
    if has_more:
        end = Position(rows[-1].txid, rows[-1].id)
    else:
        end = max(start, Position(limit, 0))
    return ChangePage(rows, encode_cursor(end), has_more)
