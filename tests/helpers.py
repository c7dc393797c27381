"""What the test modules share: constants, factories and small clients (conftest.py holds the fixtures).

Test modules import from here, never from each other.
"""

from __future__ import annotations

import logging
import os
import secrets
import subprocess
import sys
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import asyncpg
import httpx
from argon2 import PasswordHasher, Type
from tortoise import connections

from app.athletes.models import AthleteProfile, Coach
from app.auth import service as auth
from app.auth.models import User
from app.core.actor import Actor, ClientInfo
from app.db.config import DatabaseAddress
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
from app.settings import Environment, Settings

# --- clock, settings, password hashing ----------------------------------------------------

PINNED_NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)  # a Monday; the `fixed_clock` fixture's "now"
# Argon2id with small parameters keeps the suite fast; production uses argon2-cffi's defaults.
TEST_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1, type=Type.ID)


# The suite's signing key: random for each run, handed to the servers tests start.
TEST_SECRET = secrets.token_urlsafe(48)


def make_settings(**overrides: Any) -> Settings:
    """Test settings (DATABASE_URL from the environment), with `overrides`."""
    values: dict[str, Any] = {
        "APP_ENV": Environment.TEST,
        "DATABASE_URL": os.environ.get("DATABASE_URL"),
        # the checker runs once at start; tests that need a check run one themselves
        "HEALTH_CHECK_INTERVAL_SECONDS": 3600,
        # the analytics job never runs by itself in tests; tests that need a pass run one
        "ANALYTICS_JOB_INTERVAL_SECONDS": 86400,
        # nor does the retention job; tests that need a pass run one
        "RETENTION_JOB_INTERVAL_SECONDS": 7 * 86400,
        "SECRET_KEY": TEST_SECRET,
    }
    values.update(overrides)
    return Settings(**values)


# --- GraphQL over HTTP --------------------------------------------------------------------


async def gql(
    client: httpx.AsyncClient,
    query: str,
    variables: dict[str, Any] | None = None,
    *,
    token: str | None = None,
    expect_status: int = 200,
) -> dict[str, Any]:
    """POST a GraphQL operation and return the decoded body."""
    headers = {"authorization": f"Bearer {token}"} if token else {}
    response = await client.post(
        "/graphql", json={"query": query, "variables": variables or {}}, headers=headers
    )
    assert response.status_code == expect_status, response.text
    return response.json()


async def call(client: httpx.AsyncClient, token: str, query: str, **variables: Any) -> dict[str, Any]:
    """POST an operation and return its `data` (asserting there were no GraphQL errors)."""
    body = await gql(client, query, variables, token=token)
    assert "errors" not in body, body
    return body["data"]


async def mutate(client: httpx.AsyncClient, token: str, query: str, input: dict[str, Any]) -> dict[str, Any]:
    """Run a one-input mutation and return its payload."""
    data = await call(client, token, query, input=input)
    return next(iter(data.values()))


def error_codes(body: dict[str, Any]) -> list[str | None]:
    """The extensions.code of each GraphQL error in a response body."""
    return [(e.get("extensions") or {}).get("code") for e in body.get("errors", [])]


# --- accounts -----------------------------------------------------------------------------

PASSWORD = "Correct-Horse-42"
CLIENT = ClientInfo(ip="198.51.100.1", user_agent="factory")


@dataclass
class Account:
    user: User
    token: str
    refresh_token: str
    actor: Actor
    coach: Coach | None = None
    athlete: AthleteProfile | None = None


async def _login(email: str, settings: Settings) -> auth.IssuedTokens:
    return await auth.login(email=email, password=PASSWORD, settings=settings, client=CLIENT)


async def make_coach(
    settings: Settings, email: str = "coach@example.com", name: str = "Coach Carter"
) -> Account:
    user = await auth.register_coach(email=email, password=PASSWORD, display_name=name, client=CLIENT)
    coach = await Coach.get(user_id=user.id)
    tokens = await _login(email, settings)
    actor = Actor(user_id=user.id, role=user.role, coach_id=coach.id, client=CLIENT)
    return Account(user, tokens.access_token, tokens.refresh_token, actor, coach=coach)


async def make_athlete(
    settings: Settings,
    coach: Account,
    email: str = "athlete@example.com",
    name: str = "Athlete One",
    timezone: str = "UTC",
) -> Account:
    invite = await auth.create_invite(actor=coach.actor, settings=settings)
    user = await auth.register_athlete(
        invite_code=invite.code,
        email=email,
        password=PASSWORD,
        display_name=name,
        timezone=timezone,
        client=CLIENT,
    )
    athlete = await AthleteProfile.get(user_id=user.id)
    tokens = await _login(email, settings)
    actor = Actor(user_id=user.id, role=user.role, athlete_id=athlete.id, client=CLIENT)
    return Account(user, tokens.access_token, tokens.refresh_token, actor, athlete=athlete)


async def make_admin(settings: Settings, email: str = "admin@example.com") -> Account:
    user = await auth.create_admin(email=email, password=PASSWORD)
    tokens = await _login(email, settings)
    return Account(
        user, tokens.access_token, tokens.refresh_token, Actor(user_id=user.id, role=user.role, client=CLIENT)
    )


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


async def two_tenants(settings: Settings) -> tuple[Account, Account, Account, Account]:
    """Coach A with athlete A, coach B with athlete B."""
    coach_a = await make_coach(settings, "a@example.com", "Coach A")
    athlete_a = await make_athlete(settings, coach_a, "athlete.a@example.com", "Athlete A")
    coach_b = await make_coach(settings, "b@example.com", "Coach B")
    athlete_b = await make_athlete(settings, coach_b, "athlete.b@example.com", "Athlete B")
    return coach_a, athlete_a, coach_b, athlete_b


# --- programs, phases, micro-cycles, sessions, exercises (arranged with the ORM) ----------

ENDURANCE_RUN = {
    "modality": "run",
    "duration": {"value": 45, "unit": "minutes"},
    "intensity": {"type": "heart_rate_zone", "zone": 2},
}


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)  # type: ignore[misc]


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
    """An endurance session (ENDURANCE_RUN) of `program`, at `at`."""
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


# --- workout logs, feedback and benchmarks ------------------------------------------------

SQUAT_ID = uuid.UUID("00000000-0000-4000-8000-00000000a001")


async def make_squat() -> Exercise:
    """A system exercise (no creator, public)."""
    return await Exercise.create(
        id=SQUAT_ID,
        name="Back Squat",
        category=ExerciseCategory.SQUAT,
        muscle_groups=["quads"],
        is_public=True,
    )


async def make_athlete_session(
    athlete: Account,
    *,
    scheduled_at: datetime = PINNED_NOW - timedelta(days=1),
    session_type: SessionType = SessionType.STRENGTH,
    status: SessionStatus = SessionStatus.PLANNED,
) -> TrainingSession:
    """A session of the athlete, in their program (one is created, by their coach, if they have none)."""
    assert athlete.athlete is not None
    program = await TrainingProgram.filter(athlete_id=athlete.athlete.id).first()
    if program is None:
        program = await TrainingProgram.create(
            athlete_id=athlete.athlete.id,
            coach_id=athlete.athlete.coach_id,  # type: ignore[attr-defined]
            title="Spring block",
            start_date=date(2026, 2, 1),
            end_date=date(2026, 4, 30),
        )
    strength = session_type is SessionType.STRENGTH
    return await TrainingSession.create(
        program=program,
        athlete_id=athlete.athlete.id,
        title="Lower body" if strength else "Easy run",
        scheduled_at=scheduled_at,
        modality="strength" if strength else "run",
        session_type=session_type,
        prescription={"exercises": []} if strength else {"modality": "run"},
        status=status,
    )


def strength_data(exercise_id: uuid.UUID = SQUAT_ID) -> dict[str, Any]:
    sets = [{"weight": 100, "reps": 5, "rpe": 8}, {"weight": 100, "reps": 5}]
    return {"exercises": [{"exerciseId": str(exercise_id), "sets": sets}]}


ENDURANCE_DATA = {
    "modality": "run",
    "duration": {"value": 62, "unit": "minutes"},
    "distance": {"value": 10.5, "unit": "km"},
    "avgHeartRate": 145,
    "avgPower": None,
    "completed": True,
}

LOG_WORKOUT = """mutation($input: LogWorkoutInput!) { logWorkout(input: $input) {
  workoutLog { id completedAt actualData rpe durationMinutes notes syncStatus version isCurrent sessionLoad
    session { id status completedAt } athlete { id displayName } replaces { id } }
  errors { field code message } } }"""
EDIT = """mutation($input: EditWorkoutLogInput!) { editWorkoutLog(input: $input) {
  workoutLog { id version isCurrent rpe notes completedAt actualData
    replaces { id version isCurrent replaces { id } } session { id completedAt } }
  errors { field code message } } }"""
LOGS = """query($athleteId: UUID, $first: Int, $after: String, $all: Boolean) {
  workoutLogs(athleteId: $athleteId, first: $first, after: $after, includeSuperseded: $all) {
    edges { node { id version isCurrent completedAt } } pageInfo { hasNextPage endCursor } } }"""
ONE_LOG = "query($id: UUID!) { workoutLog(id: $id) { id version isCurrent notes replaces { id } } }"
SUBMIT = """mutation($input: SubmitSessionFeedbackInput!) { submitSessionFeedback(input: $input) {
  feedback { id type mood energy soreness comments submittedAt session { id } athlete { id } }
  errors { field code message } } }"""


def log_input(session: TrainingSession, **overrides: Any) -> dict[str, Any]:
    """A valid LogWorkoutInput for `session` (a strength log two hours before PINNED_NOW)."""
    completed = (PINNED_NOW - timedelta(hours=2)).isoformat()
    values = {"actualData": strength_data(), "rpe": 7, "durationMinutes": 60, "notes": "Felt strong"}
    return {"sessionId": str(session.id), "completedAt": completed, **values, **overrides}


def edit_input(log_id: str, **overrides: Any) -> dict[str, Any]:
    """A valid EditWorkoutLogInput for the log `log_id` (completed an hour before PINNED_NOW)."""
    completed = (PINNED_NOW - timedelta(hours=1)).isoformat()
    values = {"actualData": strength_data(), "rpe": 8, "durationMinutes": 65, "notes": "Corrected"}
    return {"id": log_id, "completedAt": completed, **values, **overrides}


async def log_workout(client: Any, account: Account, input: dict[str, Any]) -> dict[str, Any]:
    """logWorkout as `account`; returns its payload."""
    return await mutate(client, account.token, LOG_WORKOUT, input)


async def edit(client: Any, account: Account, input: dict[str, Any]) -> dict[str, Any]:
    """editWorkoutLog as `account`; returns its payload."""
    return await mutate(client, account.token, EDIT, input)


async def submit(client: Any, account: Account, input: dict[str, Any]) -> dict[str, Any]:
    """submitSessionFeedback as `account`; returns its payload."""
    return await mutate(client, account.token, SUBMIT, input)


# --- database state -----------------------------------------------------------------------


class QueryCounter(logging.Handler):
    """Counts SQL statements Tortoise sends (it logs each one on `tortoise.db_client`)."""

    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.statements: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.statements.append(record.getMessage())

    def __enter__(self) -> QueryCounter:
        logger = logging.getLogger("tortoise.db_client")
        self._previous = logger.level
        logger.setLevel(logging.DEBUG)
        logger.addHandler(self)
        return self

    def __exit__(self, *exc: object) -> None:
        logger = logging.getLogger("tortoise.db_client")
        logger.removeHandler(self)
        logger.setLevel(self._previous)

    @property
    def count(self) -> int:
        return len(self.statements)


async def table_counts() -> dict[str, int]:
    """Rows per table (but aerich's): to assert that a refused call wrote nothing."""
    conn = connections.get("default")
    rows = await conn.execute_query_dict(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'aerich' ORDER BY tablename"
    )
    counts = {}
    for row in rows:
        result = await conn.execute_query_dict(f'SELECT count(*) AS n FROM "{row["tablename"]}"')
        counts[row["tablename"]] = result[0]["n"]
    return counts


async def rows_containing(text: str) -> list[str]:
    """Tables holding `text` anywhere in a row (to prove secrets are stored only hashed)."""
    conn = connections.get("default")
    tables = await conn.execute_query_dict(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
    )
    found = []
    for row in tables:
        name = row["tablename"]
        hits = await conn.execute_query_dict(
            f'SELECT count(*) AS n FROM "{name}" t WHERE strpos(t::text, $1) > 0',
            [text],
        )
        if hits[0]["n"]:
            found.append(name)
    return found


SNAPSHOT_TABLES = (
    "training_program",
    "program_phase",
    "micro_cycle",
    "training_session",
    "athlete_profile",
    "audit_log",
)


async def snapshot() -> dict[str, list[dict[str, Any]]]:
    """Every row of the tables the athletes and programs domains write (a refused call changes none)."""
    conn = connections.get("default")
    return {
        table: await conn.execute_query_dict(f'SELECT * FROM "{table}" ORDER BY id')
        for table in SNAPSHOT_TABLES
    }


# --- the served schema, introspected ------------------------------------------------------

INTROSPECT = """
fragment Ref on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
{ __schema { queryType { name } mutationType { name } types { kind name enumValues { name }
  inputFields { name defaultValue type { ...Ref } }
  fields { name args { name defaultValue type { ...Ref } } type { ...Ref } } } } }
"""

SCALAR_SAMPLES: dict[str, Any] = {
    "String": "x",
    "ID": "1",
    "Int": 1,
    "Float": 1.0,
    "Boolean": False,
    "UUID": "00000000-0000-4000-8000-000000000001",
    "Date": "2026-03-02",
    "DateTime": "2026-03-02T09:30:00+00:00",
    "Time": "09:30:00",
    "Decimal": "1",
    "JSON": {},
    "Upload": "not a file",
}


def type_string(ref: dict[str, Any]) -> str:
    """A type reference as GraphQL writes it (`[ID!]!`)."""
    if ref["kind"] == "NON_NULL":
        return type_string(ref["ofType"]) + "!"
    if ref["kind"] == "LIST":
        return "[" + type_string(ref["ofType"]) + "]"
    return ref["name"]


def named_type(ref: dict[str, Any]) -> dict[str, Any]:
    """The named type inside NON_NULL and LIST wrappers."""
    while ref.get("ofType"):
        ref = ref["ofType"]
    return ref


class ArgumentFactory:
    """Minimal valid values for any input type of the introspected schema."""

    def __init__(self, types: dict[str, dict[str, Any]]) -> None:
        self.types = types

    def value(self, ref: dict[str, Any]) -> Any:
        if ref["kind"] == "NON_NULL":
            return self.value(ref["ofType"])
        if ref["kind"] == "LIST":
            return [self.value(ref["ofType"])]
        definition = self.types[ref["name"]]
        if ref["kind"] == "ENUM":
            return definition["enumValues"][0]["name"]
        if ref["kind"] == "INPUT_OBJECT":
            return {f["name"]: self.value(f["type"]) for f in definition["inputFields"] if is_required(f)}
        assert ref["name"] in SCALAR_SAMPLES, f"add a sample value for scalar {ref['name']} to SCALAR_SAMPLES"
        return SCALAR_SAMPLES[ref["name"]]


def is_required(field: dict[str, Any]) -> bool:
    """An argument or input field a caller must give (non-null, no default)."""
    return field["type"]["kind"] == "NON_NULL" and field["defaultValue"] is None


# --- the command line (tests that run it as a child process) ------------------------------

REPO_ROOT = Path(__file__).resolve().parents[1]


def cli_env(**overrides: str) -> dict[str, str]:
    """The current environment without any coachgraph setting, plus `overrides`."""
    names = {(f.alias or name).upper() for name, f in Settings.model_fields.items()}
    names |= {"COACHGRAPH_ADMIN_PASSWORD", "LOG_LEVEL"}
    env = {k: v for k, v in os.environ.items() if k.upper() not in names}
    env.update(overrides)
    return env


def run_cli(*args: str, env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run `coachgraph <args>` in a child process and wait for it."""
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *args],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def database_url(address: DatabaseAddress) -> str:
    """A DATABASE_URL for `address` (unix socket folders go in the `host` parameter)."""
    if address.host.startswith("/"):
        return f"postgres://{address.user}@/{address.database}?host={address.host}&port={address.port}"
    password = f":{address.password}" if address.password else ""
    return f"postgres://{address.user}{password}@{address.host}:{address.port}/{address.database}"


# --- account operations, as clients send them ---------------------------------------------

USER_ERRORS = "errors { field code message }"
REGISTER_COACH = (
    "mutation($input: RegisterCoachInput!) { registerCoach(input: $input) { user { id email role } "
    + USER_ERRORS
    + " } }"
)
REGISTER_ATHLETE = (
    "mutation($input: RegisterAthleteInput!) { registerAthlete(input: $input) { user { id email role } "
    + USER_ERRORS
    + " } }"
)
CREATE_INVITE = (
    "mutation($input: CreateInviteInput!) { createInvite(input: $input) { code expiresAt email "
    + USER_ERRORS
    + " } }"
)
AUTH_FIELDS = (
    "accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt user { id email role } "
    + USER_ERRORS
)
LOGIN = "mutation($input: LoginInput!) { login(input: $input) { " + AUTH_FIELDS + " } }"
REFRESH = "mutation($input: RefreshTokenInput!) { refreshToken(input: $input) { " + AUTH_FIELDS + " } }"
LOGOUT = "mutation($input: LogoutInput!) { logout(input: $input) { revokedCount " + USER_ERRORS + " } }"
ME = "{ me { id email role } }"


async def direct_connection(database: DatabaseAddress) -> asyncpg.Connection:
    """A connection of its own to the test database, as another server process would hold (the
    locks it takes are not the app's)."""
    return await asyncpg.connect(
        host=database.host,
        port=database.port,
        user=database.user,
        password=database.password,
        database=database.database,
    )
