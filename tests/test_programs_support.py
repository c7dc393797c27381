"""Shared arrangements for the programs, phases, sessions and athletes tests (no tests here).

Rows are arranged with the ORM (fast, exact); the behaviour under test is always exercised
through the GraphQL endpoint over HTTP.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import httpx
from tortoise import connections

from app.exercises.models import Exercise, ExerciseCategory
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
from tests.helpers import Account, gql, make_athlete, make_coach

ERRORS = "errors { field code message }"
PROGRAM_FIELDS = "id title description startDate endDate macroCycle status version"
PHASE_FIELDS = "id name focus phaseOrder startDate endDate status"
CYCLE_FIELDS = "id weekIndex startDate endDate status"
SESSION_FIELDS = (
    "id title scheduledAt localDate durationMinutes modality sessionType prescription focus intensity status "
    "plannedLoad skippedReason"
)

CREATE_PROGRAM = (
    "mutation($input: CreateProgramInput!) "
    f"{{ createProgram(input: $input) {{ program {{ {PROGRAM_FIELDS} }} {ERRORS} }} }}"
)
UPDATE_PROGRAM = (
    "mutation($input: UpdateProgramInput!) "
    f"{{ updateProgram(input: $input) {{ program {{ {PROGRAM_FIELDS} }} {ERRORS} }} }}"
)


def transition(name: str) -> str:
    """The operation for one of the program status mutations (activateProgram, ...)."""
    return (
        "mutation($input: ProgramTransitionInput!) { "
        + name
        + "(input: $input) { program { id status version } "
        + ERRORS
        + " } }"
    )


CREATE_PHASE = f"mutation($input: CreatePhaseInput!) {{ createPhase(input: $input) {{ phase {{ {PHASE_FIELDS} }} {ERRORS} }} }}"
UPDATE_PHASE = f"mutation($input: UpdatePhaseInput!) {{ updatePhase(input: $input) {{ phase {{ {PHASE_FIELDS} }} {ERRORS} }} }}"
REORDER_PHASES = (
    "mutation($input: ReorderPhasesInput!) { reorderPhases(input: $input) { program { id phases { "
    + PHASE_FIELDS
    + " } } "
    + ERRORS
    + " } }"
)
CREATE_CYCLE = (
    "mutation($input: CreateMicroCycleInput!) { createMicroCycle(input: $input) { microCycle { "
    + CYCLE_FIELDS
    + " } "
    + ERRORS
    + " } }"
)
UPDATE_CYCLE = (
    "mutation($input: UpdateMicroCycleInput!) { updateMicroCycle(input: $input) { microCycle { "
    + CYCLE_FIELDS
    + " phase { id } } "
    + ERRORS
    + " } }"
)
SCHEDULE = (
    "mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { session { "
    + SESSION_FIELDS
    + " phase { id } microCycle { id } athlete { id } program { id } } "
    + ERRORS
    + " } }"
)
UPDATE_SESSION = (
    "mutation($input: UpdateSessionInput!) { updateSession(input: $input) { session { "
    + SESSION_FIELDS
    + " phase { id } microCycle { id } } "
    + ERRORS
    + " } }"
)
SKIP = f"mutation($input: SkipSessionInput!) {{ skipSession(input: $input) {{ session {{ {SESSION_FIELDS} }} {ERRORS} }} }}"

STRENGTH = {"exercises": []}
ENDURANCE_RUN = {
    "modality": "run",
    "duration": {"value": 45, "unit": "minutes"},
    "intensity": {"type": "heart_rate_zone", "zone": 2},
}


@dataclass
class Team:
    """A coach with one athlete, and a second coach with their own athlete."""

    coach: Account
    athlete: Account
    other_coach: Account
    other_athlete: Account

    @property
    def athlete_id(self) -> uuid.UUID:
        assert self.athlete.athlete is not None
        return self.athlete.athlete.id


async def make_team(settings: Settings, timezone: str = "UTC") -> Team:
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach, timezone=timezone)
    other = await make_coach(settings, email="other.coach@example.com", name="Other Coach")
    other_athlete = await make_athlete(
        settings, other, email="other.athlete@example.com", name="Other Athlete"
    )
    return Team(coach, athlete, other, other_athlete)


async def make_program(
    athlete: Account,
    *,
    start: date = date(2026, 3, 2),
    end: date = date(2026, 5, 24),
    status: ProgramStatus = ProgramStatus.PLANNED,
    title: str = "Spring block",
) -> TrainingProgram:
    assert athlete.athlete is not None
    return await TrainingProgram.create(
        athlete_id=athlete.athlete.id,
        coach_id=athlete.athlete.coach_id,  # type: ignore[attr-defined]
        title=title,
        start_date=start,
        end_date=end,
        status=status,
    )


async def make_phase(
    program: TrainingProgram, order: int, start: date, end: date, name: str | None = None
) -> ProgramPhase:
    return await ProgramPhase.create(
        program_id=program.id,
        name=name or f"Phase {order}",
        phase_order=order,
        start_date=start,
        end_date=end,
    )


async def make_cycle(phase: ProgramPhase, week: int, start: date, end: date) -> MicroCycle:
    return await MicroCycle.create(
        program_id=phase.program_id,  # type: ignore[attr-defined]
        phase_id=phase.id,
        week_index=week,
        start_date=start,
        end_date=end,
    )


async def make_session(
    program: TrainingProgram,
    at: datetime,
    *,
    status: SessionStatus = SessionStatus.PLANNED,
    phase: ProgramPhase | None = None,
    cycle: MicroCycle | None = None,
    title: str = "Easy run",
) -> TrainingSession:
    return await TrainingSession.create(
        program_id=program.id,
        athlete_id=program.athlete_id,  # type: ignore[attr-defined]
        phase_id=phase.id if phase else (cycle.phase_id if cycle else None),  # type: ignore[attr-defined]
        micro_cycle_id=cycle.id if cycle else None,
        title=title,
        scheduled_at=at,
        modality=Modality.RUN,
        session_type=SessionType.ENDURANCE,
        prescription=ENDURANCE_RUN,
        status=status,
    )


async def make_exercise(name: str, *, created_by: uuid.UUID | None = None, public: bool = False) -> Exercise:
    return await Exercise.create(
        name=name,
        category=ExerciseCategory.SQUAT,
        created_by_id=created_by,
        is_public=public or created_by is None,
    )


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)  # type: ignore[misc]


async def call(client: httpx.AsyncClient, token: str, query: str, **variables: Any) -> dict[str, Any]:
    """POST an operation and return its `data` (asserting there were no GraphQL errors)."""
    body = await gql(client, query, variables, token=token)
    assert "errors" not in body, body
    return body["data"]


async def mutate(client: httpx.AsyncClient, token: str, query: str, input: dict[str, Any]) -> dict[str, Any]:
    """Run a one-input mutation and return its payload."""
    data = await call(client, token, query, input=input)
    return next(iter(data.values()))


TABLES = (
    "training_program",
    "program_phase",
    "micro_cycle",
    "training_session",
    "athlete_profile",
    "audit_log",
)


async def snapshot() -> dict[str, list[dict[str, Any]]]:
    """Every row of the tables these domains write, to prove a refused call changed nothing."""
    conn = connections.get("default")
    return {table: await conn.execute_query_dict(f'SELECT * FROM "{table}" ORDER BY id') for table in TABLES}
