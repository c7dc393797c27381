"""Writing the series: set-based upserts over arrays (one statement per table for a whole batch).

A row is only rewritten when one of its values changed (`IS DISTINCT FROM`), so `updated_at`
says when a number last changed, and recomputing an unchanged series writes nothing.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from datetime import date
from typing import Any

from tortoise import connections

from app import clock
from app.analytics.params import LOAD_ALGORITHM, READINESS_ALGORITHM, WEEKLY_ALGORITHM, AnalyticsParams

LOAD_COLUMNS: dict[str, str] = {
    "athlete_id": "uuid",
    "day": "date",
    "series_index": "int",
    "load": "float8",
    "session_count": "int",
    "workouts": "jsonb",
    **{name: "float8" for name in ("acute", "chronic", "acwr")},
    "acwr_zone": "text",
    **{f"{c}_{v}": "float8" for c in ("tp", "gc") for v in ("fitness", "fatigue", "form", "ramp")},
    **{name: "float8" for name in ("weekly_load", "week_sd", "monotony", "strain")},
    "algorithm_version": "text",
    "params_hash": "text",
}
READINESS_COLUMNS: dict[str, str] = {
    "athlete_id": "uuid",
    "day": "date",
    "score": "float8",
    "recommendation": "text",
    "confidence": "text",
    "confidence_reasons": "jsonb",
    "contributions": "jsonb",
    "red_flags": "jsonb",
    "tips": "jsonb",
    "hrv_metric": "text",
    **{n: "float8" for n in ("hrv_value", "resting_hr_value", "sleep_score", "stress", "steps")},
    "baselines": "jsonb",
    "acwr": "float8",
    "acwr_zone": "text",
    "training_load_7d": "float8",
    "training_load_28d": "float8",
    "sources": "jsonb",
    "inputs": "jsonb",
    "algorithm_version": "text",
    "params_hash": "text",
}
_WEEK = {"athlete_id": "uuid", "week_start": "date", "week_end": "date"}
_WEEK_TAIL = {"inputs": "jsonb", "algorithm_version": "text", "params_hash": "text"}
METRICS_COLUMNS: dict[str, str] = {
    **_WEEK,
    **{n: "int" for n in ("run_count", "ride_count", "swim_count", "other_count")},
    **{n: "int" for n in ("vo2_sessions", "tempo_sessions", "long_runs", "strength_count")},
    **{
        n: "float8"
        for n in (
            "run_distance_km",
            "run_minutes",
            "ride_distance_km",
            "ride_minutes",
            "swim_minutes",
            "strength_load",
            "strength_tonnage",
            "total_load",
            "ctl_mean",
            "atl_mean",
            "ramp_rate_mean",
            "rest_hr_mean",
            "steps_mean",
            "sleep_score_mean",
            "hrv_mean",
        )
    },
    "convention": "text",
    **_WEEK_TAIL,
}
SUMMARY_COLUMNS: dict[str, str] = {
    **_WEEK,
    "program_id": "uuid",
    "complete": "bool",
    "adherence_rate": "float8",
    **{n: "int" for n in ("sessions_planned", "sessions_completed", "sessions_skipped")},
    "total_volume": "jsonb",
    "fatigue_analysis": "text",
    "reasoning": "jsonb",
    "patterns": "jsonb",
    "suggestions": "jsonb",
    "disclaimer": "text",
    **_WEEK_TAIL,
}


async def upsert(
    table: str,
    columns: dict[str, str],
    key: tuple[str, ...],
    rows: Sequence[dict[str, Any]],
    *,
    stamp: str = "",
) -> None:
    """INSERT ... SELECT FROM unnest(arrays) ON CONFLICT (key) DO UPDATE, only where a value changed.

    One array per column (JSON columns travel as text). Floats keep every bit: asyncpg sends
    doubles in binary. `stamp` names a timestamp column set to the clock's now whenever the row
    is written (generated_at).
    """
    if not rows:
        return
    names = list(columns)
    params: list[Any] = [[row[name] for row in rows] for name in names]
    params.append(clock.now())
    now = f"${len(params)}::timestamptz"
    arrays = ", ".join(f"${i + 1}::{'text' if t == 'jsonb' else t}[]" for i, t in enumerate(columns.values()))
    selected = ", ".join(f'r."{n}"::{t}' if t == "jsonb" else f'r."{n}"' for n, t in columns.items())
    quoted = ", ".join(f'"{n}"' for n in names)
    values = [f'"{n}"' for n in names if n not in key]
    changes = [f"{n} = EXCLUDED.{n}" for n in values] + [f"updated_at = {now}"]
    stamped = [now] if stamp else []
    if stamp:
        changes.append(f"{stamp} = {now}")
    current = ", ".join(f"t.{n}" for n in values)
    proposed = ", ".join(f"EXCLUDED.{n}" for n in values)
    # names come from the module's column specs, never from input; values are parameters
    sql = (
        f'INSERT INTO "{table}" AS t (id, created_at, updated_at, {stamp + ", " if stamp else ""}{quoted}) '  # noqa: S608
        f"SELECT gen_random_uuid(), {now}, {now}, {', '.join([*stamped, selected])} "
        f"FROM unnest({arrays}) AS r({quoted}) "
        f"ON CONFLICT ({', '.join(key)}) DO UPDATE SET {', '.join(changes)} "
        f"WHERE ({current}) IS DISTINCT FROM ({proposed})"
    )
    await connections.get("default").execute_query(sql, params)


async def save_params(params: Sequence[AnalyticsParams]) -> None:
    """Keep each parameter set once, under its hash."""
    unique = {p.hash: p for p in params}
    if not unique:
        return
    algorithms = json.dumps([LOAD_ALGORITHM, READINESS_ALGORITHM, WEEKLY_ALGORITHM])
    await connections.get("default").execute_query(
        'INSERT INTO "analytics_params" (id, hash, algorithms, params, created_at, updated_at) '
        "SELECT gen_random_uuid(), r.h, $1::jsonb, r.p::jsonb, now(), now() "
        "FROM unnest($2::text[], $3::text[]) AS r(h, p) ON CONFLICT (hash) DO NOTHING",
        [algorithms, list(unique), [json.dumps(p.to_json(), sort_keys=True) for p in unique.values()]],
    )


async def trim(ids: Sequence[uuid.UUID], firsts: Sequence[date | None], lasts: Sequence[date]) -> None:
    """Delete stored days outside each athlete's series (before its first input day, after today),
    and weeks that start before the first day's week (an athlete without inputs keeps nothing)."""
    if not ids:
        return
    conn = connections.get("default")
    params = [list(ids), list(firsts), list(lasts)]
    for table in ("daily_training_load", "daily_readiness"):
        await conn.execute_query(
            f'DELETE FROM "{table}" t USING unnest($1::uuid[], $2::date[], $3::date[]) AS b(id, first, last) '  # noqa: S608
            "WHERE t.athlete_id = b.id AND (b.first IS NULL OR t.day < b.first OR t.day > b.last)",
            params,
        )
    for table in ("weekly_metrics", "weekly_summary"):
        await conn.execute_query(
            f'DELETE FROM "{table}" t USING unnest($1::uuid[], $2::date[]) AS b(id, first) '  # noqa: S608
            "WHERE t.athlete_id = b.id AND (b.first IS NULL OR t.week_end < b.first)",
            params[:2],
        )


async def update_micro_cycles(ids: Sequence[uuid.UUID], firsts: Sequence[date]) -> None:
    """Each micro-cycle's readinessScore: the mean score of its days (those with a score)."""
    if not ids:
        return
    await connections.get("default").execute_query(
        'UPDATE "micro_cycle" m SET readiness_score = x.score, updated_at = now() FROM ('
        " SELECT c.id, (SELECT avg(r.score) FROM daily_readiness r WHERE r.athlete_id = p.athlete_id"
        "   AND r.day BETWEEN c.start_date AND c.end_date AND r.score IS NOT NULL) AS score"
        " FROM micro_cycle c JOIN training_program p ON p.id = c.program_id"
        " JOIN unnest($1::uuid[], $2::date[]) AS b(id, first) ON p.athlete_id = b.id AND c.end_date >= b.first"
        ") x WHERE m.id = x.id AND m.readiness_score IS DISTINCT FROM x.score",
        [list(ids), list(firsts)],
    )
