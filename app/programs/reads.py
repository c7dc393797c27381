"""Programs, phases, micro-cycles and sessions for the API's views, read in batches
(app/db/rows.py). Every statement is filtered to what the caller may see and has constant text
(keys as arrays), so one prepared statement serves every batch."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from app.athletes.reads import athlete_scope
from app.core.actor import Actor
from app.db.json import RawJSON
from app.db.rows import Row, fetch, fetch_json, shape
from app.logs.reads import LOG
from app.programs.models import (
    MicroCycle,
    ProgramPhase,
    ProgramStatus,
    SessionStatus,
    TrainingProgram,
    TrainingSession,
)
from app.programs.progress import MicroCycleStats, ProgramStats

PROGRAM = shape(TrainingProgram)
PHASE = shape(ProgramPhase)
MICRO_CYCLE = shape(MicroCycle)
SESSION = shape(TrainingSession)
SESSION_WITH_JSON = shape(TrainingSession, with_json=True)

# the position of a key in a batch, returned with each row it matched (rows[i]["key_index"])
KEY_INDEX = "k.i AS key_index"


def _via_program(actor: Actor, param: int) -> tuple[str, list[Any]]:
    """Scope of rows reached through their program (phases, micro-cycles)."""
    scope, params = athlete_scope(actor, "p.athlete_id", param)
    return f"t.program_id IN (SELECT p.id FROM training_program p WHERE {scope})", params  # noqa: S608


# --- programs -----------------------------------------------------------------------------


async def programs_by_id(actor: Actor, ids: list[uuid.UUID]) -> list[Any]:
    scope, params = athlete_scope(actor, "t.athlete_id", 2)
    return await fetch(PROGRAM.row, PROGRAM.select(f"t.id = ANY($1::uuid[]) AND {scope}"), ids, *params)


async def programs_of_athletes(actor: Actor, athlete_ids: list[uuid.UUID]) -> list[Any]:
    """The athletes' programs, newest start date first."""
    scope, params = athlete_scope(actor, "t.athlete_id", 2)
    sql = PROGRAM.select(f"t.athlete_id = ANY($1::uuid[]) AND {scope}", "t.start_date DESC, t.id DESC")
    return await fetch(PROGRAM.row, sql, athlete_ids, *params)


async def current_programs_of_athletes(actor: Actor, athlete_ids: list[uuid.UUID]) -> list[Any]:
    """The athletes' current programs (at most one each: a unique index says so)."""
    scope, params = athlete_scope(actor, "t.athlete_id", 3)
    sql = PROGRAM.select(f"t.athlete_id = ANY($1::uuid[]) AND t.status = $2 AND {scope}")
    return await fetch(PROGRAM.row, sql, athlete_ids, ProgramStatus.CURRENT.value, *params)


# --- phases -------------------------------------------------------------------------------


async def phases_by_id(actor: Actor, ids: list[uuid.UUID]) -> list[Any]:
    scope, params = _via_program(actor, 2)
    return await fetch(PHASE.row, PHASE.select(f"t.id = ANY($1::uuid[]) AND {scope}"), ids, *params)


async def phases_of_programs(actor: Actor, program_ids: list[uuid.UUID]) -> list[Any]:
    """The programs' phases, by phase order (each program's together: grouping them is a step
    per program, `grouped_by_key`)."""
    scope, params = _via_program(actor, 2)
    sql = PHASE.select(f"t.program_id = ANY($1::uuid[]) AND {scope}", "t.program_id, t.phase_order, t.id")
    return await fetch(PHASE.row, sql, program_ids, *params)


async def phases_on_days(actor: Actor, keys: Sequence[tuple[uuid.UUID, date]]) -> list[Any]:
    """For each (program id, day) of `keys`, the program's phases containing the day, by start
    date; each row carries the position of its key (`key_index`, from 1)."""
    scope, params = _via_program(actor, 3)
    sql = PHASE.select(
        f"t.start_date <= k.day AND t.end_date >= k.day AND {scope}",
        "k.i, t.start_date, t.id",
        joins="JOIN unnest($1::uuid[], $2::date[]) WITH ORDINALITY AS k(program_id, day, i)"
        " ON t.program_id = k.program_id",
        extra=KEY_INDEX,
    )
    return await fetch(PHASE.row, sql, [p for p, _ in keys], [d for _, d in keys], *params)


# --- micro-cycles -------------------------------------------------------------------------


async def micro_cycles_by_id(actor: Actor, ids: list[uuid.UUID]) -> list[Any]:
    scope, params = _via_program(actor, 2)
    return await fetch(
        MICRO_CYCLE.row, MICRO_CYCLE.select(f"t.id = ANY($1::uuid[]) AND {scope}"), ids, *params
    )


async def micro_cycles_of_programs(actor: Actor, program_ids: list[uuid.UUID]) -> list[Any]:
    """The programs' micro-cycles, by week index."""
    scope, params = _via_program(actor, 2)
    sql = MICRO_CYCLE.select(f"t.program_id = ANY($1::uuid[]) AND {scope}", "t.week_index, t.id")
    return await fetch(MICRO_CYCLE.row, sql, program_ids, *params)


async def micro_cycles_of_phases(
    actor: Actor, phase_ids: list[uuid.UUID], reading: frozenset[str] | None = None
) -> list[Any]:
    """The phases' micro-cycles, by week index, each phase's together (with only the attributes
    `reading` and `phase_id` when given: app/db/rows.py, `Shape.narrow`)."""
    scope, params = _via_program(actor, 2)
    shape = MICRO_CYCLE if reading is None else MICRO_CYCLE.narrow(reading | {"phase_id"})
    sql = shape.select(f"t.phase_id = ANY($1::uuid[]) AND {scope}", "t.phase_id, t.week_index, t.id")
    return await fetch(shape.row, sql, phase_ids, *params)


async def micro_cycle_stats(actor: Actor, ids: list[uuid.UUID]) -> dict[uuid.UUID, MicroCycleStats]:
    """Session counts of micro-cycles (absent: no sessions)."""
    scope, params = athlete_scope(actor, "t.athlete_id", 3)
    sql = (
        "SELECT t.micro_cycle_id, count(*), count(*) FILTER (WHERE t.status = $2)"  # noqa: S608
        f" FROM training_session t WHERE t.micro_cycle_id = ANY($1::uuid[]) AND {scope}"
        " GROUP BY t.micro_cycle_id"
    )
    rows = await fetch(Row, sql, ids, SessionStatus.COMPLETED.value, *params)
    return {row[0]: MicroCycleStats(row[1], row[2]) for row in rows}


# --- sessions -----------------------------------------------------------------------------


async def sessions_by_id(actor: Actor, ids: list[uuid.UUID]) -> list[Any]:
    scope, params = athlete_scope(actor, "t.athlete_id", 2)
    return await fetch(SESSION.row, SESSION.select(f"t.id = ANY($1::uuid[]) AND {scope}"), ids, *params)


async def prescriptions(actor: Actor, session_ids: list[uuid.UUID]) -> dict[uuid.UUID, RawJSON]:
    """The prescriptions of sessions, by session id (rows read by this module leave them out)."""
    scope, params = athlete_scope(actor, "t.athlete_id", 2)
    return await fetch_json(SESSION, "prescription", session_ids, scope, *params)


async def sessions_of_athlete(
    actor: Actor, athlete_id: uuid.UUID, start: datetime, end: datetime
) -> tuple[list[Any], list[Any | None]]:
    """An athlete's sessions scheduled in [start, end), by time, with their prescriptions, and
    each one's current workout log (None when unlogged), read in the same statement: an
    athlete's week or day is a handful of sessions, and a second statement for their logs cost
    as much as reading them (app/db/rows.py, `Shape.view`)."""
    scope, params = athlete_scope(actor, "t.athlete_id", 4)
    sql = SESSION_WITH_JSON.select(
        f"t.athlete_id = $1 AND t.scheduled_at >= $2 AND t.scheduled_at < $3 AND {scope}",
        "t.scheduled_at, t.id",
        joins=_CURRENT_LOG,
        extra=LOG.columns_of("l"),
    )
    rows = await fetch(SESSION_WITH_JSON.row, sql, athlete_id, start, end, *params)
    log = LOG.view(SESSION_WITH_JSON.width)
    return rows, [log.of(row) for row in rows]


# a session's current log is its athlete's (one at most: a unique index)
_CURRENT_LOG = (
    "LEFT JOIN workout_log l ON l.session_id = t.id AND l.athlete_id = t.athlete_id AND l.is_current"
)


async def sessions_of_micro_cycles(
    actor: Actor, micro_cycle_ids: list[uuid.UUID], reading: frozenset[str] | None = None
) -> list[Any]:
    """The micro-cycles' sessions, by scheduled time, each micro-cycle's together (with only the
    attributes `reading` and `micro_cycle_id` when given)."""
    scope, params = athlete_scope(actor, "t.athlete_id", 2)
    shape = SESSION if reading is None else SESSION.narrow(reading | {"micro_cycle_id"})
    order = "t.micro_cycle_id, t.scheduled_at, t.id"
    sql = shape.select(f"t.micro_cycle_id = ANY($1::uuid[]) AND {scope}", order)
    return await fetch(shape.row, sql, micro_cycle_ids, *params)


Window = tuple[uuid.UUID, datetime | None, datetime | None]


async def sessions_in_windows(actor: Actor, windows: Sequence[Window]) -> list[Any]:
    """For each (program id, start, end) of `windows`, the program's sessions scheduled in
    [start, end) (None: unbounded), by time; each row carries the position of its window
    (`key_index`, from 1)."""
    scope, params = athlete_scope(actor, "t.athlete_id", 4)
    sql = SESSION.select(
        f"(k.start_at IS NULL OR t.scheduled_at >= k.start_at)"
        f" AND (k.end_at IS NULL OR t.scheduled_at < k.end_at) AND {scope}",
        "k.i, t.scheduled_at, t.id",
        joins="JOIN unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[])"
        " WITH ORDINALITY AS k(program_id, start_at, end_at, i) ON t.program_id = k.program_id",
        extra=KEY_INDEX,
    )
    programs = [program for program, _, _ in windows]
    starts = [start for _, start, _ in windows]
    ends = [end for _, _, end in windows]
    return await fetch(SESSION.row, sql, programs, starts, ends, *params)


async def planned_sessions_at(actor: Actor, keys: Sequence[tuple[uuid.UUID, datetime]]) -> list[Any]:
    """For each (program id, time) of `keys`, the program's planned sessions at that time, by
    id; each row carries the position of its key (`key_index`, from 1)."""
    scope, params = athlete_scope(actor, "t.athlete_id", 4)
    sql = SESSION.select(
        f"t.status = $3 AND {scope}",
        "k.i, t.id",
        joins="JOIN unnest($1::uuid[], $2::timestamptz[]) WITH ORDINALITY AS k(program_id, at, i)"
        " ON t.program_id = k.program_id AND t.scheduled_at = k.at",
        extra=KEY_INDEX,
    )
    programs = [p for p, _ in keys]
    times = [t for _, t in keys]
    return await fetch(SESSION.row, sql, programs, times, SessionStatus.PLANNED.value, *params)


async def program_stats(
    actor: Actor, program_ids: list[uuid.UUID], now: datetime
) -> dict[uuid.UUID, ProgramStats]:
    """Adherence counts as of `now`, and the next planned session's time, of programs."""
    scope, params = athlete_scope(actor, "t.athlete_id", 5)
    sql = (
        "SELECT t.program_id,"  # noqa: S608
        " count(*) FILTER (WHERE t.scheduled_at < $2),"
        " count(*) FILTER (WHERE t.scheduled_at < $2 AND t.status = $3),"
        " min(t.scheduled_at) FILTER (WHERE t.scheduled_at >= $2 AND t.status = $4)"
        f" FROM training_session t WHERE t.program_id = ANY($1::uuid[]) AND {scope}"
        " GROUP BY t.program_id"
    )
    rows = await fetch(
        Row, sql, program_ids, now, SessionStatus.COMPLETED.value, SessionStatus.PLANNED.value, *params
    )
    return {row[0]: ProgramStats(row[1], row[2], row[3]) for row in rows}
