"""The benchmark's workloads: a GraphQL request, who sends it, how many at once, and the floor's SQL.

Each workload is one `Workload` entry in `WORKLOADS`. The floor (`scripts/bench/floor.py`)
answers a workload's GraphQL document with the workload's `floor_sql`: ONE statement that
returns the whole JSON response (`{"data": ...}`) as text, keys, nesting and values as the
GraphQL server returns them. Every floor statement takes the same parameters:

    $1 uuid         the token's subject (a user id)
    $2 timestamptz  when the token was issued
    $3 uuid         the token's session (refresh-token family), or NULL
    $4 json         the request's variables (`{}` when none)

and folds in what the app's authentication statement checks (an active account of the right
kind, a token issued after "log out everywhere", a session not logged out), answering NULL when
that fails. Row-level scope is by construction: everything is reached from the caller's own
coach or athlete row.

The roster overview reads the stored analytics series (readiness, training load, weekly
summaries) and the data-freshness watermarks, like the app's loaders.

The sync batch (scripts/bench/syncbatch.py) writes: its requests are built from the data set
(`prepare`), carry placeholders the load generator fills per request so that every request has
fresh ids and keys (scripts/bench/loadgen.py, `fill`), the data set is put back before each run
(`reset`), and its floor is a handler that makes the same writes in one transaction with
several set-based statements (`floor_handler`) rather than one statement.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Literal

import asyncpg

from scripts.bench import syncbatch

# The README's coach dashboard, for a whole page of 50 athletes (the page size is written in the
# floor's statement too: LIMIT 51, "position <= 50").
DASHBOARD_QUERY = """query Dashboard {
  athletes(first: 50) {
    edges { node {
      displayName timezone
      currentProgram {
        title totalWeeks completedWeeks adherenceRate
        currentPhase { name focus }
        nextSession { title scheduledAt sessionType }
        phases { name phaseOrder microCycles { weekIndex sessionsPlanned sessionsCompleted
          sessions { title status log { rpe sessionLoad } } } }
      }
    } }
    pageInfo { hasNextPage endCursor }
  }
}"""

# The README's athlete's week.
WEEK_QUERY = """{ week { weekStart weekEnd sessionsPlanned sessionsCompleted
    sessions { id title localDate scheduledAt sessionType status prescription log { id rpe } } } }"""

# Notes on the dashboard's statement:
# - actor: the account checks of the app's authentication statement (app/auth/service.py);
# - page: the roster page, one row more than the page to know whether another page follows;
# - micro-cycles are reached by program_id first (micro_cycle.phase_id has no index of its own);
# - endCursor is the cursor graphql_schema/pagination.py writes: base64url (unpadded) of the
#   compact JSON ["athlete_profile.display_name", name, id]; equal for ASCII names (Python's
#   json.dumps escapes the others), which the data set's are.
DASHBOARD_SQL = r"""
WITH request AS (
    SELECT $1::uuid AS user_id, $2::timestamptz AS issued_at, $3::uuid AS session_id, $4::json AS variables
),
actor AS (
    SELECT c.id AS coach_id
    FROM request r
    JOIN user_account u ON u.id = r.user_id
    JOIN coach c ON c.user_id = u.id
    WHERE u.is_active
      AND (u.tokens_valid_after IS NULL OR r.issued_at > u.tokens_valid_after)
      AND NOT EXISTS (
          SELECT 1 FROM refresh_token t WHERE t.family_id = r.session_id AND t.revoked_at IS NOT NULL
      )
),
page AS (
    SELECT a.id, a.display_name, a.timezone, (now() AT TIME ZONE a.timezone)::date AS today,
           row_number() OVER (ORDER BY a.display_name, a.id) AS position
    FROM athlete_profile a
    JOIN actor ON a.coach_id = actor.coach_id
    ORDER BY a.display_name, a.id
    LIMIT 51
)
SELECT CASE WHEN EXISTS (SELECT 1 FROM actor) THEN json_build_object('data', json_build_object(
    'athletes', json_build_object(
        'edges', (
            SELECT coalesce(json_agg(json_build_object('node', json_build_object(
                'displayName', pg.display_name,
                'timezone', pg.timezone,
                'currentProgram', program.document
            )) ORDER BY pg.position), '[]')
            FROM page pg
            LEFT JOIN LATERAL (
                SELECT json_build_object(
                    'title', p.title,
                    'totalWeeks', weeks.total,
                    'completedWeeks', greatest(0, least(floor((pg.today - p.start_date) / 7.0)::int, weeks.total)),
                    'adherenceRate', due.rate,
                    'currentPhase', (
                        SELECT json_build_object('name', ph.name, 'focus', ph.focus)
                        FROM program_phase ph
                        WHERE ph.program_id = p.id AND ph.start_date <= pg.today AND ph.end_date >= pg.today
                        ORDER BY ph.start_date, ph.id LIMIT 1),
                    'nextSession', (
                        SELECT json_build_object(
                            'title', s.title, 'scheduledAt', s.scheduled_at, 'sessionType', upper(s.session_type))
                        FROM training_session s
                        WHERE s.program_id = p.id AND s.status = 'planned' AND s.scheduled_at >= now()
                        ORDER BY s.scheduled_at, s.id LIMIT 1),
                    'phases', (
                        SELECT coalesce(json_agg(json_build_object(
                            'name', ph.name, 'phaseOrder', ph.phase_order, 'microCycles', cycles.document
                        ) ORDER BY ph.phase_order, ph.id), '[]')
                        FROM program_phase ph
                        CROSS JOIN LATERAL (
                            SELECT coalesce(json_agg(json_build_object(
                                'weekIndex', mc.week_index,
                                'sessionsPlanned', ws.planned,
                                'sessionsCompleted', ws.completed,
                                'sessions', ws.sessions
                            ) ORDER BY mc.week_index, mc.id), '[]') AS document
                            FROM micro_cycle mc
                            CROSS JOIN LATERAL (
                                SELECT count(*) AS planned,
                                       count(*) FILTER (WHERE s.status = 'completed') AS completed,
                                       coalesce(json_agg(json_build_object(
                                           'title', s.title,
                                           'status', upper(s.status),
                                           'log', CASE WHEN l.id IS NULL THEN NULL ELSE json_build_object(
                                               'rpe', l.rpe, 'sessionLoad', l.rpe * l.duration_minutes) END
                                       ) ORDER BY s.scheduled_at, s.id), '[]') AS sessions
                                FROM training_session s
                                LEFT JOIN workout_log l ON l.session_id = s.id AND l.is_current
                                WHERE s.micro_cycle_id = mc.id
                            ) AS ws
                            WHERE mc.program_id = p.id AND mc.phase_id = ph.id
                        ) AS cycles
                        WHERE ph.program_id = p.id)
                ) AS document
                FROM training_program p
                CROSS JOIN LATERAL (SELECT ceil((p.end_date - p.start_date + 1) / 7.0)::int AS total) AS weeks
                CROSS JOIN LATERAL (
                    SELECT (count(*) FILTER (WHERE s.status = 'completed'))::float8 / nullif(count(*), 0) AS rate
                    FROM training_session s
                    WHERE s.program_id = p.id AND s.scheduled_at < now()
                ) AS due
                WHERE p.athlete_id = pg.id AND p.status = 'current'
            ) AS program ON true
            WHERE pg.position <= 50),
        'pageInfo', json_build_object(
            'hasNextPage', (SELECT count(*) > 50 FROM page),
            'endCursor', (
                SELECT rtrim(translate(encode(convert_to(
                    '["athlete_profile.display_name",' || to_json(pg.display_name)::text || ',"' || pg.id || '"]',
                    'UTF8'), 'base64'), E'+/\n', '-_'), '=')
                FROM page pg
                WHERE pg.position = (SELECT least(count(*), 50) FROM page))
        )
    )
))::text END
"""

WEEK_SQL = """
WITH request AS (
    SELECT $1::uuid AS user_id, $2::timestamptz AS issued_at, $3::uuid AS session_id, $4::json AS variables
),
actor AS (
    SELECT a.id, a.timezone, date_trunc('week', now() AT TIME ZONE a.timezone)::date AS monday
    FROM request r
    JOIN user_account u ON u.id = r.user_id
    JOIN athlete_profile a ON a.user_id = u.id
    WHERE u.is_active
      AND (u.tokens_valid_after IS NULL OR r.issued_at > u.tokens_valid_after)
      AND NOT EXISTS (
          SELECT 1 FROM refresh_token t WHERE t.family_id = r.session_id AND t.revoked_at IS NOT NULL
      )
)
SELECT json_build_object('data', json_build_object('week', json_build_object(
    'weekStart', w.monday,
    'weekEnd', w.monday + 6,
    'sessionsPlanned', ws.planned,
    'sessionsCompleted', ws.completed,
    'sessions', ws.sessions
)))::text
FROM actor w
CROSS JOIN LATERAL (
    SELECT count(*) AS planned,
           count(*) FILTER (WHERE s.status = 'completed') AS completed,
           coalesce(json_agg(json_build_object(
               'id', s.id,
               'title', s.title,
               'localDate', (s.scheduled_at AT TIME ZONE w.timezone)::date,
               'scheduledAt', s.scheduled_at,
               'sessionType', upper(s.session_type),
               'status', upper(s.status),
               'prescription', s.prescription,
               'log', CASE WHEN l.id IS NULL THEN NULL ELSE json_build_object('id', l.id, 'rpe', l.rpe) END
           ) ORDER BY s.scheduled_at, s.id), '[]') AS sessions
    FROM training_session s
    LEFT JOIN workout_log l ON l.session_id = s.id AND l.is_current
    WHERE s.athlete_id = w.id
      AND s.scheduled_at >= w.monday::timestamp AT TIME ZONE w.timezone
      AND s.scheduled_at < (w.monday + 7)::timestamp AT TIME ZONE w.timezone
) AS ws
"""

# The README's roster at a glance, for the coach's whole roster (50 athletes; the page is 100).
ROSTER_QUERY = """{ rosterOverview(first: 100) { edges { node { date redFlags athlete { displayName }
    readiness { score recommendation confidence } trainingLoad { acwr acwrZone form }
    lastWeekSummary { adherenceRate suggestions { suggestion } } dataFreshness { source state } } } } }"""

# Notes on the roster's statement, after the app's loaders (graphql_schema/analytics/loaders.py
# and types/roster.py, app/wellness/freshness.py):
# - the latest readiness and training-load day are the newest stored rows of the 7 days up to
#   the athlete's local today; form is in the convention of the parameters the day was computed
#   with (analytics_params), fitness - fatigue of the day before or of the day as stored;
# - last week's summary is the stored summary of the Monday of (today - 7 days);
# - freshness: per source, the newest record's lag behind now against the servers' warn and
#   stale hours (:freshness_warn_hours and :freshness_stale_hours, filled in by the floor from
#   its settings), stalest first.
ROSTER_SQL = """
WITH request AS (
    SELECT $1::uuid AS user_id, $2::timestamptz AS issued_at, $3::uuid AS session_id, $4::json AS variables
),
actor AS (
    SELECT c.id AS coach_id
    FROM request r
    JOIN user_account u ON u.id = r.user_id
    JOIN coach c ON c.user_id = u.id
    WHERE u.is_active
      AND (u.tokens_valid_after IS NULL OR r.issued_at > u.tokens_valid_after)
      AND NOT EXISTS (
          SELECT 1 FROM refresh_token t WHERE t.family_id = r.session_id AND t.revoked_at IS NOT NULL
      )
),
page AS (
    SELECT a.id, a.display_name, (now() AT TIME ZONE a.timezone)::date AS today,
           row_number() OVER (ORDER BY a.display_name, a.id) AS position
    FROM athlete_profile a
    JOIN actor ON a.coach_id = actor.coach_id
    ORDER BY a.display_name, a.id
    LIMIT 100
)
SELECT CASE WHEN EXISTS (SELECT 1 FROM actor) THEN json_build_object('data', json_build_object(
    'rosterOverview', json_build_object('edges', (
        SELECT coalesce(json_agg(json_build_object('node', json_build_object(
            'date', pg.today,
            'redFlags', coalesce((
                SELECT json_agg(upper(flag.value) ORDER BY flag.position)
                FROM jsonb_array_elements_text(rd.red_flags) WITH ORDINALITY AS flag(value, position)), '[]'),
            'athlete', json_build_object('displayName', pg.display_name),
            'readiness', CASE WHEN rd.id IS NULL THEN NULL ELSE json_build_object(
                'score', rd.score, 'recommendation', upper(rd.recommendation),
                'confidence', upper(rd.confidence)) END,
            'trainingLoad', CASE WHEN tl.id IS NULL THEN NULL ELSE json_build_object(
                'acwr', tl.acwr, 'acwrZone', upper(tl.acwr_zone),
                'form', CASE WHEN ap.params ->> 'fitness_convention' = 'goldencheetah'
                             THEN tl.gc_form ELSE tl.tp_form END) END,
            'lastWeekSummary', CASE WHEN ws.id IS NULL THEN NULL ELSE json_build_object(
                'adherenceRate', ws.adherence_rate,
                'suggestions', (
                    SELECT coalesce(json_agg(json_build_object('suggestion', item.value ->> 'suggestion')
                                             ORDER BY item.position), '[]')
                    FROM jsonb_array_elements(ws.suggestions) WITH ORDINALITY AS item(value, position))) END,
            'dataFreshness', (
                SELECT coalesce(json_agg(json_build_object(
                    'source', f.source,
                    'state', CASE WHEN f.lag >= :freshness_stale_hours THEN 'STALE'
                                  WHEN f.lag >= :freshness_warn_hours THEN 'WARN' ELSE 'FRESH' END
                ) ORDER BY round(f.lag::numeric, 2) DESC, f.source), '[]')
                FROM (
                    SELECT df.source, greatest(extract(epoch FROM now() - max(df.newest_at)) / 3600, 0) AS lag
                    FROM data_freshness df
                    WHERE df.athlete_id = pg.id
                    GROUP BY df.source
                ) AS f)
        )) ORDER BY pg.position), '[]')
        FROM page pg
        LEFT JOIN LATERAL (
            SELECT r.id, r.score, r.recommendation, r.confidence, r.red_flags
            FROM daily_readiness r
            WHERE r.athlete_id = pg.id AND r.day BETWEEN pg.today - 7 AND pg.today
            ORDER BY r.day DESC LIMIT 1
        ) AS rd ON true
        LEFT JOIN LATERAL (
            SELECT d.id, d.acwr, d.acwr_zone, d.tp_form, d.gc_form, d.params_hash
            FROM daily_training_load d
            WHERE d.athlete_id = pg.id AND d.day BETWEEN pg.today - 7 AND pg.today
            ORDER BY d.day DESC LIMIT 1
        ) AS tl ON true
        LEFT JOIN analytics_params ap ON ap.hash = tl.params_hash
        LEFT JOIN weekly_summary ws
            ON ws.athlete_id = pg.id AND ws.week_start = date_trunc('week', pg.today - 7)::date
    ))
))::text END
"""

# The floor's handler of a workload that takes more than one statement: a pooled connection,
# the token's (subject, issued at, session) and the request's variables; the response's text,
# or None when the account checks fail.
FloorHandler = Callable[[asyncpg.Connection, tuple[Any, ...], dict[str, Any]], Awaitable[str | None]]


@dataclass(frozen=True)
class Workload:
    """One measured request mix: `connections` clients, each sending requests back to back."""

    name: str
    description: str
    role: Literal["coach", "athlete"]  # whose tokens the requests carry, in rotation
    connections: int
    query: str
    floor_sql: str
    variables: dict[str, Any] | None = None
    # For requests that must differ (a sync batch: fresh ids and idempotency keys): the JSON
    # document of request number i. None: every request is {"query": query, "variables": ...}.
    document: Callable[[int], dict[str, Any]] | None = None
    # The numbers of uvicorn workers the app is measured with (the floor always has one).
    app_workers: tuple[int, ...] = (1,)
    # For requests made from the data set's rows: (connection, tokens) -> the requests, instead
    # of `requests(tokens)`. Bodies may hold the placeholders of `loadgen.fill`.
    prepare: Callable[[asyncpg.Connection, list[str]], Awaitable[list[tuple[str, bytes]]]] | None = None
    # For writes: put the data set back as it was before the workload's first run.
    reset: Callable[[asyncpg.Connection], Awaitable[None]] | None = None
    # Instead of `floor_sql`: the floor's handler (see FloorHandler).
    floor_handler: FloorHandler | None = None
    # For writes: what became of the operations of a measured run, in words (printed and kept).
    outcomes: Callable[[asyncpg.Connection], Awaitable[str]] | None = None

    def body(self, index: int) -> bytes:
        """The JSON body of request number `index`."""
        if self.document is not None:
            return json.dumps(self.document(index)).encode()
        document: dict[str, Any] = {"query": self.query}
        if self.variables:
            document["variables"] = self.variables
        return json.dumps(document).encode()

    def requests(self, tokens: list[str]) -> list[tuple[str, bytes]]:
        """(bearer token, body) of the requests the load generator cycles through."""
        return [(token, self.body(index)) for index, token in enumerate(tokens)]

    async def build(self, conn: asyncpg.Connection, tokens: list[str]) -> list[tuple[str, bytes]]:
        """The requests, from the data set when the workload needs its rows."""
        if self.prepare is not None:
            return await self.prepare(conn, tokens)
        return self.requests(tokens)


DASHBOARD = Workload(
    name="dashboard",
    description="the README's coach dashboard, athletes(first: 50), every coach in turn",
    role="coach",
    connections=4,
    query=DASHBOARD_QUERY,
    floor_sql=DASHBOARD_SQL,
    app_workers=(1, 2),
)

WEEK = Workload(
    name="week",
    description="the README's athlete's week (`week`), every athlete in turn",
    role="athlete",
    connections=16,
    query=WEEK_QUERY,
    floor_sql=WEEK_SQL,
)

ROSTER = Workload(
    name="roster",
    description="the README's rosterOverview (first: 100), a coach's 50 athletes, every coach in turn",
    role="coach",
    connections=4,
    query=ROSTER_QUERY,
    floor_sql=ROSTER_SQL,
)

SYNC = Workload(
    name="sync",
    description=syncbatch.DESCRIPTION,
    role="athlete",
    connections=4,
    query=syncbatch.SYNC_MUTATION,
    floor_sql="",
    prepare=syncbatch.BATCHES.prepare,
    reset=syncbatch.BATCHES.reset,
    floor_handler=syncbatch.floor_handler,
    outcomes=syncbatch.BATCHES.outcomes,
)

# Run in this order (the sync batch last: its writes change the series the roster reads).
WORKLOADS: tuple[Workload, ...] = (DASHBOARD, WEEK, ROSTER, SYNC)
