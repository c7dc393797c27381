"""The coach dashboard renders a whole roster in one request with a constant number of SQL statements."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import httpx

from app.logs.models import SessionFeedback, WorkoutLog
from app.programs.models import (
    MicroCycle,
    Modality,
    ProgramPhase,
    ProgramStatus,
    SessionStatus,
    SessionType,
    TrainingProgram,
    TrainingSession,
)
from app.settings import Settings
from tests.helpers import Account, QueryCounter, gql, make_athlete, make_coach

# coach -> athletes -> current program -> phases -> micro-cycles -> sessions -> log (and the
# derived fields a dashboard shows next to them).
DASHBOARD = """
query Dashboard {
  athletes(first: 50) {
    edges { node {
      id displayName email coach { displayName }
      currentProgram {
        id title status totalWeeks completedWeeks adherenceRate
        currentPhase { id name }
        nextSession { id title scheduledAt }
        phases {
          id name phaseOrder
          microCycles {
            id weekIndex sessionsPlanned sessionsCompleted
            sessions { id title status localDate log { id rpe sessionLoad } feedback { energy } }
          }
        }
      }
    } }
    pageInfo { hasNextPage endCursor }
  }
}
"""

# The number of SQL statements the dashboard costs, whatever the roster size: 1 to authenticate
# the caller (account, profile and session in one statement), 1 for the roster page, then one
# batch per loader: emails, coach, current programs,
# the programs' athletes (their time zones define "today"), program stats, current phases,
# next sessions, phases, micro-cycles, micro-cycle stats, sessions, logs, feedback.
DASHBOARD_STATEMENTS = 15

START = date(2026, 1, 5)  # a Monday
NOW = datetime(2026, 1, 14, 12, 0, tzinfo=UTC)


async def _roster(settings: Settings, size: int) -> Account:
    """A coach with `size` athletes, each with a current program of 2 phases, 2 weeks each, 3 sessions a week."""
    coach = await make_coach(settings)
    for i in range(size):
        athlete = await make_athlete(
            settings, coach, email=f"athlete{i}@example.com", name=f"Athlete {i:02d}"
        )
        program = await TrainingProgram.create(
            athlete_id=athlete.athlete.id,  # type: ignore[union-attr]
            coach_id=coach.coach.id,  # type: ignore[union-attr]
            title=f"Program {i}",
            start_date=START,
            end_date=START + timedelta(days=27),
            status=ProgramStatus.CURRENT,
        )
        for p in range(2):
            phase = await ProgramPhase.create(
                program=program,
                name=f"Phase {p + 1}",
                phase_order=p + 1,
                start_date=START + timedelta(days=14 * p),
                end_date=START + timedelta(days=14 * p + 13),
            )
            for w in range(2):
                week_start = START + timedelta(days=14 * p + 7 * w)
                cycle = await MicroCycle.create(
                    program=program,
                    phase=phase,
                    week_index=2 * p + w + 1,
                    start_date=week_start,
                    end_date=week_start + timedelta(days=6),
                )
                for s in range(3):
                    at = datetime.combine(
                        week_start + timedelta(days=2 * s), datetime.min.time(), UTC
                    ) + timedelta(hours=7)
                    done = at < NOW
                    session = await TrainingSession.create(
                        program=program,
                        phase=phase,
                        micro_cycle=cycle,
                        athlete_id=athlete.athlete.id,  # type: ignore[union-attr]
                        title=f"Run {s}",
                        scheduled_at=at,
                        duration_minutes=45,
                        modality=Modality.RUN,
                        session_type=SessionType.ENDURANCE,
                        prescription={
                            "modality": "run",
                            "duration": {"value": 45, "unit": "minutes"},
                            "intensity": {"type": "heart_rate_zone", "zone": 2},
                        },
                        status=SessionStatus.COMPLETED if done else SessionStatus.PLANNED,
                    )
                    if done:
                        await WorkoutLog.create(
                            session=session,
                            athlete_id=athlete.athlete.id,  # type: ignore[union-attr]
                            completed_at=at + timedelta(hours=1),
                            actual_data={
                                "modality": "run",
                                "duration": {"value": 44, "unit": "minutes"},
                                "completed": True,
                            },
                            rpe=6,
                            duration_minutes=44,
                        )
                        await SessionFeedback.create(
                            session=session,
                            athlete_id=athlete.athlete.id,  # type: ignore[union-attr]
                            feedback_type="done",
                            energy=4,
                            soreness=2,
                            submitted_at=at + timedelta(hours=2),
                        )
    return coach


async def _dashboard(client: httpx.AsyncClient, coach: Account) -> tuple[dict[str, Any], int]:
    with QueryCounter() as counter:
        body = await gql(client, DASHBOARD, token=coach.token)
    assert "errors" not in body, body
    return body["data"], counter.count


async def test_dashboard_costs_the_same_statements_for_2_and_20_athletes(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: Any
) -> None:
    # given a roster of 2, then (after a clean slate) a roster of 20, at the same moment
    fixed_clock.set(NOW)
    coach = await _roster(settings, 2)
    small, small_count = await _dashboard(client, coach)
    await TrainingProgram.all().delete()
    await WorkoutLog.all().delete()
    from app.auth.models import User

    await User.filter(role="athlete").delete()
    await User.filter(role="coach").delete()
    coach = await _roster(settings, 20)

    # when the coach loads the dashboard
    large, large_count = await _dashboard(client, coach)

    # then every level is there, for every athlete, and the SQL cost did not grow
    assert len(small["athletes"]["edges"]) == 2
    assert len(large["athletes"]["edges"]) == 20
    first = large["athletes"]["edges"][0]["node"]
    program = first["currentProgram"]
    assert first["displayName"] == "Athlete 00"
    assert program["totalWeeks"] == 4
    assert program["completedWeeks"] == 1
    assert program["adherenceRate"] == 1.0
    assert program["currentPhase"]["name"] == "Phase 1"
    assert program["nextSession"]["title"] == "Run 2"  # Friday of week 2
    assert [p["phaseOrder"] for p in program["phases"]] == [1, 2]
    week1 = program["phases"][0]["microCycles"][0]
    assert (week1["sessionsPlanned"], week1["sessionsCompleted"]) == (3, 3)
    assert week1["sessions"][0]["log"]["sessionLoad"] == 6 * 44
    assert week1["sessions"][0]["feedback"] == {"energy": 4}
    assert program["phases"][1]["microCycles"][1]["sessions"][2]["log"] is None
    assert small_count == large_count == DASHBOARD_STATEMENTS


def _columns(statements: list[str], table: str, by: str) -> set[str]:
    """The columns of the one statement that reads `table`'s rows by a batch of `by` keys."""
    (statement,) = [s for s in statements if f"FROM {table} t " in s and f"t.{by} = ANY($1::uuid[])" in s]
    select = statement.split(" FROM ", 1)[0].removeprefix("SELECT ")
    return {column.strip().removeprefix("t.").strip('"') for column in select.split(",")}


LOGS = """query Logs { athletes(first: 50) { edges { node { currentProgram { phases { microCycles {
  sessions { id title status localDate log { id rpe sessionLoad actualData %s } } } } } } } } }"""


async def test_the_dashboard_reads_the_columns_it_shows_and_whole_rows_when_a_field_says_nothing(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: Any
) -> None:
    # given a roster of 2
    fixed_clock.set(NOW)
    coach = await _roster(settings, 2)

    # when the coach asks for sessions and logs whose every field says what it reads
    with QueryCounter() as narrow:
        shown = await gql(client, LOGS % "", token=coach.token)
    # and again with a log field that does not (its resolver may read any column)
    with QueryCounter() as whole:
        everything = await gql(client, LOGS % "syncStatus", token=coach.token)

    # then sessions and logs were read with those columns (keys and grouping columns added),
    # JSON read apart for the rows shown, and whole log rows for the second query
    assert "errors" not in shown and "errors" not in everything, (shown, everything)
    sessions = {"id", "title", "status", "scheduled_at", "athlete_id", "micro_cycle_id"}
    assert _columns(narrow.statements, "training_session", "micro_cycle_id") == sessions
    assert _columns(narrow.statements, "workout_log", "session_id") == {
        "id",
        "rpe",
        "duration_minutes",
        "session_id",
    }
    assert _columns(whole.statements, "training_session", "micro_cycle_id") == sessions
    assert {"completed_at", "notes", "sync_status", "version"} <= _columns(
        whole.statements, "workout_log", "session_id"
    )
    # and both answers agree on every field they share
    for answer in (shown, everything):
        for edge in answer["data"]["athletes"]["edges"]:
            for phase in edge["node"]["currentProgram"]["phases"]:
                for week in phase["microCycles"]:
                    for session in week["sessions"]:
                        if session["log"]:
                            session["log"].pop("syncStatus", None)
    assert shown == everything
    logs = [
        s["log"]
        for e in shown["data"]["athletes"]["edges"]
        for p in e["node"]["currentProgram"]["phases"]
        for w in p["microCycles"]
        for s in w["sessions"]
        if s["log"]
    ]
    assert len(logs) == 2 * 5 and {(log["rpe"], log["sessionLoad"]) for log in logs} == {(6, 6 * 44)}
    assert logs[0]["actualData"]["duration"] == {"value": 44, "unit": "minutes"}
