"""Hostile and extreme input on every root field of the served schema: never an HTTP 5xx, never
INTERNAL_SERVER_ERROR, and a refused mutation writes nothing.

The schema is walked by introspection over HTTP, so a new query, mutation, argument or input
field is swept without touching this file. Each call starts from a realistic, valid request (a
coach with an athlete, a current program with phases, a week, sessions, a logged workout,
feedback, a benchmark and a coach exercise) and replaces ONE argument or input field with one
hostile value for its type: extreme numbers, empty / blank / huge / odd-unicode text, calendar
limits, naive and far-offset times, unknown ids, malformed JSON documents, empty / huge /
duplicated lists, out-of-range page sizes and forged or foreign cursors.
"""

from __future__ import annotations

import base64
import json
import math
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import httpx
from tortoise import connections

from app.activities import ingest as activities
from app.auth import service as auth
from app.clock import FixedClock
from app.exercises import service as exercises
from app.exercises.catalog import SYSTEM_EXERCISE_IDS, ensure_system_exercises
from app.exercises.models import ExerciseCategory, MetricType, MuscleGroup
from app.health.checker import get_checker
from app.ingest import tokens
from app.logs import service as logs
from app.logs.models import FeedbackType, WorkoutLog
from app.plans.generation import generate_plan_draft
from app.plans.models import PlanSnapshot
from app.programs import micro_cycles, phases, programs, sessions
from app.programs.models import Modality, SessionType
from app.settings import Settings
from app.wellness import checkins
from app.wellness import ingest as wellness
from tests.helpers import (
    INTROSPECT,
    PASSWORD,
    Account,
    ArgumentFactory,
    is_required,
    make_admin,
    make_athlete,
    make_coach,
    make_settings,
    named_type,
    type_string,
)

SQUAT = SYSTEM_EXERCISE_IDS["Back Squat"]
NIL = "00000000-0000-0000-0000-000000000000"
INTERNAL = "INTERNAL_SERVER_ERROR"


# --- hostile values, by GraphQL type ------------------------------------------------------


class RawJSON:
    """JSON text spliced into the request body as is (for nesting too deep for json.dumps)."""

    def __init__(self, text: str) -> None:
        self.text = text


def _nested(depth: int) -> dict[str, Any]:
    value: dict[str, Any] = {"leaf": 1}
    for _ in range(depth - 1):
        value = {"a": value}
    return value


def _raw_nested(depth: int) -> RawJSON:
    return RawJSON('{"a":' * depth + "1" + "}" * depth)


INTS: list[tuple[str, Any]] = [("0", 0), ("-1", -1), ("int32 max", 2**31 - 1), ("int32 min", -(2**31))]
FLOATS: list[tuple[str, Any]] = [
    ("1e300", 1e300),
    ("-1e300", -1e300),
    ("1e-300", 1e-300),
    ("0.0", 0.0),
    ("-0.0", -0.0),
    ("NaN", math.nan),
    ("Infinity", math.inf),
]
STRINGS: list[tuple[str, Any]] = [
    ("empty", ""),
    ("space", " "),
    ("only whitespace", " \t\n\u00a0\u3000\u2003 "),
    ("10k chars", "x" * 10_000),
    ("100k chars", "y" * 100_000),
    ("emoji", "\U0001f3cb\ufe0f\u200d\u2640\ufe0f \U0001f4aa\U0001f3fd"),
    ("RTL", "\u202e\u0645\u0631\u062d\u0628\u0627 \u05e9\u05dc\u05d5\u05dd"),
    ("combining and zero-width marks", "Z\u0351\u0352a\u0300\u0301\u0302l\u0336g\u0338o\u200b\ufeff"),
    ("line separator", "\u2028"),
    ("lone surrogate", "ab\ud800cd"),
    ("NUL", "a\x00b"),
    ("LIKE wildcards and a trailing backslash", "%_\\"),
]
DATES: list[tuple[str, Any]] = [
    ("0001-01-01", "0001-01-01"),
    ("9999-12-31", "9999-12-31"),
    # the edges of the supported window (1900-01-01..2199-12-31), inside and out
    ("1899-12-31", "1899-12-31"),
    ("1900-01-01", "1900-01-01"),
    ("2199-12-31", "2199-12-31"),
    ("2200-01-01", "2200-01-01"),
]
DATETIMES: list[tuple[str, Any]] = [
    ("year 1", "0001-01-01T00:00:00Z"),
    ("year 9999", "9999-12-31T23:59:59Z"),
    ("+14:00 at a DST gap", "2026-03-29T02:30:00+14:00"),
    ("naive", "2026-01-01T00:00:00"),
    ("year 1 at +14:00", "0001-01-01T00:00:00+14:00"),
    ("year 9999 at -14:00", "9999-12-31T23:59:59-14:00"),
    ("the window's first instant", "1900-01-01T00:00:00Z"),
    ("the window's last instant", "2199-12-31T23:59:59Z"),
]
UUIDS: list[tuple[str, Any]] = [("nil UUID", NIL), ("random UUID", "random")]


def _json_values(base: Any) -> list[tuple[str, Any]]:
    """Hostile documents for a JSON input whose valid value is `base`."""
    values: list[tuple[str, Any]] = [
        ("null", None),
        ("[]", []),
        ('"x"', "x"),
        ("1", 1),
        ("1e308", 1e308),
        ("depth 200", _nested(200)),
        ("depth 5000", _raw_nested(5000)),
        ("10k-item array", [1] * 10_000),
    ]
    if not isinstance(base, dict):
        return values
    values += [
        ("unexpected keys", {**base, "unexpected": {"x": [1, 2]}, "__proto__": None, "": 0}),
        ("depth 200 under an unexpected key", {**base, "notes": _nested(200)}),
        ("depth 900 under an unexpected key", {**base, "notes": _raw_nested(900)}),
        ("10k items under an unexpected key", {**base, "notes": list(range(10_000))}),
        ("numbers 1e308", _map_numbers(base, 1e308)),
        ("numbers -1e308", _map_numbers(base, -1e308)),
        ("a 400-digit integer", {**base, "notes": 10**400}),
        ("exerciseId not a UUID", _map_key(base, "exerciseId", "not-a-uuid")),
        ("exerciseId a braced UUID", _map_key(base, "exerciseId", "{" + str(SQUAT) + "}")),
        ("a lone surrogate key", {**base, "\ud800": 1}),
        ("a NUL in a key", {**base, "a\x00": 1}),
    ]
    for path in _number_paths(base):
        where = ".".join(str(p) for p in path)
        values += [
            (f"NaN at {where}", _put(base, path, math.nan)),
            (f"Infinity at {where}", _put(base, path, math.inf)),
        ]
    for key, item in base.items():
        if isinstance(item, list) and item:
            # as many copies as fit in the body limit (about 10,000)
            copies = min(10_000, 900_000 // len(json.dumps(item)))
            values.append((f"{copies * len(item)} items in {key}", {**base, key: item * copies}))
    return values


def _number_paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if isinstance(value, bool):
        return []
    if isinstance(value, (int, float)):
        return [path]
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in _number_paths(v, (*path, k))]
    if isinstance(value, list):
        return [p for i, v in enumerate(value) for p in _number_paths(v, (*path, i))]
    return []


def _put(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    head, *rest = path
    if isinstance(value, dict):
        return {**value, head: _put(value[head], tuple(rest), new)}
    return [_put(v, tuple(rest), new) if i == head else v for i, v in enumerate(value)]


def _map_numbers(value: Any, number: float) -> Any:
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return number
    if isinstance(value, dict):
        return {k: _map_numbers(v, number) for k, v in value.items()}
    if isinstance(value, list):
        return [_map_numbers(v, number) for v in value]
    return value


def _map_key(value: Any, key: str, replacement: Any) -> Any:
    if isinstance(value, dict):
        return {k: replacement if k == key else _map_key(v, key, replacement) for k, v in value.items()}
    if isinstance(value, list):
        return [_map_key(v, key, replacement) for v in value]
    return value


def _b64(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode("utf-8", "surrogatepass")).decode().rstrip("=")


def _forge(cursor: str, position: Any) -> str:
    """A genuine cursor with its position (the value before the row id) replaced."""
    values = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    values[-2] = position
    return _b64(json.dumps(values))


def _cursors(cursors: dict[str, str], own_list: str) -> list[tuple[str, Any]]:
    """Malformed cursors, this list's own cursor with forged positions, and other lists' cursors."""
    malformed = [
        ("not base64", "!!not base64!!"),
        ("base64 of garbage", _b64("garbage \xff")),
        ("base64 of invalid UTF-8", base64.urlsafe_b64encode(b"\xff\xfe\xfd").decode()),
        ("an object", _b64("{}")),
        ("an empty list", _b64("[]")),
        ("NaN", _b64("[NaN, NaN, NaN]")),
        ("depth 5000", _b64("[" * 5000 + "]" * 5000)),
        ("100k characters", _b64(json.dumps(["z" * 100_000, str(uuid.uuid4())]))),
    ]
    positions: list[tuple[str, Any]] = [
        ("null", None),
        ("a NUL", "a\x00b"),
        ("a lone surrogate", "\ud800"),
        ("year 1 at +14:00", "0001-01-01T00:00:00+14:00"),
        ("year 9999 at -14:00", "9999-12-31T23:59:59-14:00"),
        ("a naive time", "2026-01-01T00:00:00"),
        ("a date", "2026-01-01"),
        ("year 1", "0001-01-01"),
        ("a 400-digit integer", 10**400),
        ("1e308", 1e308),
        ("an object", {"a": 1}),
        ("300 characters", "w" * 300),
    ]
    own = cursors.get(own_list)
    forged = (
        [(f"a forged position: {label}", _forge(own, value)) for label, value in positions] if own else []
    )
    foreign = [(f"a cursor of {name}", c) for name, c in cursors.items() if name != own_list]
    return malformed + forged + foreign


# --- the request ---------------------------------------------------------------------------


def _body(query: str, variables: dict[str, Any]) -> bytes:
    """The request body; NaN / Infinity as Python's json writes them, RawJSON spliced in."""
    raw: dict[str, str] = {}

    def swap(value: Any) -> Any:
        if isinstance(value, RawJSON):
            marker = f"@@raw{len(raw)}@@"
            raw[marker] = value.text
            return marker
        if isinstance(value, dict):
            return {k: swap(v) for k, v in value.items()}
        if isinstance(value, list):
            return [swap(v) for v in value]
        return value

    text = json.dumps({"query": query, "variables": swap(variables)})
    for marker, replacement in raw.items():
        text = text.replace(f'"{marker}"', replacement)
    return text.encode()


async def _post(
    client: httpx.AsyncClient, query: str, variables: dict[str, Any], token: str | None
) -> tuple[int, Any]:
    headers = {"content-type": "application/json"}
    if token:
        headers["authorization"] = f"Bearer {token}"
    response = await client.post("/graphql", content=_body(query, variables), headers=headers)
    try:
        body = response.json()
    except ValueError:
        body = response.text
    return response.status_code, body


def _codes(body: Any) -> set[str]:
    if not isinstance(body, dict):
        return set()
    return {str((e.get("extensions") or {}).get("code")) for e in body.get("errors") or []}


# --- the schema ----------------------------------------------------------------------------


class Schema:
    def __init__(self, introspection: dict[str, Any]) -> None:
        self.types = {t["name"]: t for t in introspection["types"]}
        self.query = self.types[introspection["queryType"]["name"]]
        self.mutation = self.types[introspection["mutationType"]["name"]]
        self.factory = ArgumentFactory(self.types)

    def selection(self, type_name: str, depth: int) -> str:
        """Every scalar field, and object fields `depth` levels down (fields needing arguments skipped)."""
        parts = []
        for field in self.types[type_name]["fields"] or []:
            if any(is_required(a) for a in field["args"]):
                continue
            target = named_type(field["type"])["name"]
            kind = self.types[target]["kind"]
            if kind in ("SCALAR", "ENUM"):
                parts.append(field["name"])
            elif kind == "OBJECT" and depth > 0:
                inner = self.selection(target, depth - 1)
                if inner:
                    parts.append(f"{field['name']} {{ {inner} }}")
        return " ".join(parts)

    def hostile(self, ref: dict[str, Any], name: str, base: Any, ctx: Sweep) -> list[tuple[str, Any]]:
        """Hostile values for an argument or input field of type `ref` whose valid value is `base`."""
        values: list[tuple[str, Any]] = []
        if ref["kind"] != "NON_NULL":
            values.append(("null", None))
        else:
            ref = ref["ofType"]
        if ref["kind"] == "LIST":
            item = ref["ofType"]
            sample = base[0] if base else self.factory.value(item)
            values += [
                ("empty list", []),
                ("1000 copies", [sample] * 1000),
                ("duplicates", list(base or [sample]) * 2),
            ]
            if named_type(item)["name"] == "UUID":
                values.append(("1000 random ids", [str(uuid.uuid4()) for _ in range(1000)]))
                values.append(("a nil id", [NIL]))
            return values
        scalar = named_type(ref)["name"]
        if self.types[scalar]["kind"] != "SCALAR":
            return values  # enums and input objects: GraphQL itself checks enum values
        if name == "after":
            return values + _cursors(ctx.cursors, ctx.current_list)
        if name == "first":
            values.append(("MAX_PAGE_SIZE + 1", ctx.settings.max_page_size + 1))
        catalogue = {
            "Int": INTS,
            "Float": FLOATS,
            "String": STRINGS,
            "Date": DATES,
            "DateTime": DATETIMES,
            "UUID": UUIDS,
            "Boolean": [],
            "ID": STRINGS,
            # an upload sent as plain JSON is not a file: refused as input, never a crash
            "Upload": [("a string", "x"), ("an object", {"filename": "x.fit"}), ("a number", 1)],
        }
        if scalar == "JSON":
            return values + _json_values(base)
        assert scalar in catalogue, f"add hostile values for scalar {scalar}"
        return values + [(label, str(uuid.uuid4()) if v == "random" else v) for label, v in catalogue[scalar]]


# --- realistic fixtures -----------------------------------------------------------------------

STRENGTH = {
    "exercises": [
        {"exerciseId": str(SQUAT), "sets": 5, "reps": 5, "intensity": {"type": "percent_1rm", "value": 80}},
    ]
}
ENDURANCE = {
    "modality": "run",
    "duration": {"value": 45, "unit": "minutes"},
    "distance": {"value": 8, "unit": "km"},
    "intensity": {"type": "heart_rate_zone", "zone": 2},
}
STRENGTH_DONE = {"exercises": [{"exerciseId": str(SQUAT), "sets": [{"weight": 100, "reps": 5, "rpe": 8}]}]}
ENDURANCE_DONE = {
    "modality": "run",
    "duration": {"value": 44, "unit": "minutes"},
    "distance": {"value": 8.1, "unit": "km"},
    "avgHeartRate": 142,
    "completed": True,
}


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


async def _fixtures(settings: Settings) -> dict[str, Any]:
    """A coach and their athlete (Oslo time) with a full training history around 2026-03-02."""
    await ensure_system_exercises()
    coach = await make_coach(settings)
    # the sessions the sweep ends (logout, refresh-token reuse) are another coach's, so the
    # coach's own token stays valid and every later mutation is swept past authentication
    leaving = await make_coach(settings, email="leaving@example.com", name="Leaving Coach")
    athlete = await make_athlete(settings, coach, timezone="Europe/Oslo")
    assert athlete.athlete is not None
    checker = get_checker()
    assert checker is not None
    await checker.check_once()  # a stored health reading for the admins' history
    actor = coach.actor
    own = await exercises.create_exercise(
        actor=actor,
        name="Coach Tempo Squat",
        category=ExerciseCategory.SQUAT,
        muscle_groups=[MuscleGroup.QUADS],
    )
    program = await programs.create_program(
        actor=actor,
        athlete_id=athlete.athlete.id,
        title="Spring block",
        start_date=date(2026, 2, 2),
        end_date=date(2026, 4, 26),
    )
    await programs.transition_program(actor=actor, id=program.id, action="activate")
    base = await phases.create_phase(
        actor=actor,
        program_id=program.id,
        name="Base",
        start_date=date(2026, 2, 2),
        end_date=date(2026, 3, 29),
    )
    build = await phases.create_phase(
        actor=actor,
        program_id=program.id,
        name="Build",
        start_date=date(2026, 3, 30),
        end_date=date(2026, 4, 26),
    )
    week = await micro_cycles.create_micro_cycle(
        actor=actor, program_id=program.id, phase_id=base.id, week_index=5, start_date=date(2026, 3, 2)
    )
    spare = await programs.create_program(
        actor=actor,
        athlete_id=athlete.athlete.id,
        title="Summer block",
        start_date=date(2026, 6, 1),
        end_date=date(2026, 7, 26),
    )

    async def session(when: str, kind: SessionType, prescription: dict[str, Any], title: str) -> Any:
        return await sessions.schedule_session(
            actor=actor,
            program_id=program.id,
            title=title,
            scheduled_at=_at(when),
            modality=Modality.STRENGTH if kind is SessionType.STRENGTH else Modality.RUN,
            session_type=kind,
            prescription=prescription,
            phase_id=base.id,
            duration_minutes=60,
        )

    done = await session("2026-02-27T07:00:00", SessionType.STRENGTH, STRENGTH, "Heavy squats")
    strength = await session("2026-03-02T07:00:00", SessionType.STRENGTH, STRENGTH, "Squat day")
    endurance = await session("2026-03-01T16:00:00", SessionType.ENDURANCE, ENDURANCE, "Easy run")
    to_skip = await session("2026-03-04T07:00:00", SessionType.ENDURANCE, ENDURANCE, "Intervals")
    await logs.log_workout(
        actor=athlete.actor,
        session_id=done.id,
        completed_at=_at("2026-02-27T08:10:00"),
        actual_data=STRENGTH_DONE,
        rpe=8,
        duration_minutes=65,
    )
    await logs.submit_session_feedback(
        actor=athlete.actor, session_id=done.id, feedback_type=FeedbackType.HARD, energy=3, soreness=4
    )
    await exercises.record_benchmark(
        actor=actor,
        athlete_id=athlete.athlete.id,
        metric_type=MetricType.ONE_RM,
        value=140,
        unit="kg",
        established_at=date(2026, 2, 20),
        exercise_id=SQUAT,
    )
    wearable = await _wearable_data(actor, athlete)
    plan_run = await generate_plan_draft(
        actor=actor, settings=settings, athlete_id=athlete.athlete.id, week_start=date(2026, 3, 9)
    )
    plan_draft = await PlanSnapshot.get(run_id=plan_run.id)
    return {
        **wearable,
        "plan_run": str(plan_run.id),
        "plan_draft": str(plan_draft.id),
        "coach": coach,
        "leaving": leaving,
        "athlete": athlete,
        "athlete_id": str(athlete.athlete.id),
        "exercise": str(own.id),
        "program": str(program.id),
        "spare": str(spare.id),
        "phase": str(base.id),
        "phase2": str(build.id),
        "week": str(week.id),
        "done": str(done.id),
        "strength": str(strength.id),
        "endurance": str(endurance.id),
        "to_skip": str(to_skip.id),
    }


async def _wearable_data(actor: Any, athlete: Account) -> dict[str, Any]:
    """A day of every kind of wearable data, a check-in and an integration token."""
    assert athlete.athlete is not None
    athlete_id = athlete.athlete.id
    await wellness.ingest_wellness(
        actor=actor,
        athlete_id=athlete_id,
        source="garmin",
        records=[{"date": date(2026, 3, 1), "resting_hr": 50, "hrv_rmssd": 60.0}],
    )
    await wellness.ingest_sleep(
        actor=actor,
        athlete_id=athlete_id,
        source="garmin",
        records=[
            {"start": _at("2026-02-28T22:30:00"), "end": _at("2026-03-01T06:30:00"), "deep_minutes": 90}
        ],
    )
    await wellness.ingest_hrv(
        actor=actor,
        athlete_id=athlete_id,
        source="garmin",
        records=[{"taken_at": _at("2026-03-01T06:35:00"), "value": 62.0}],
    )
    await wellness.ingest_heart_rate(
        actor=actor,
        athlete_id=athlete_id,
        source="garmin",
        records=[{"start": _at("2026-03-01T08:00:00"), "offsets": [0, 60], "bpm": [60, 62]}],
    )
    report = await activities.ingest_activities(
        actor=actor,
        athlete_id=athlete_id,
        source="garmin",
        records=[
            {
                "external_id": "g-1",
                "start": _at("2026-03-01T11:05:00"),
                "duration_seconds": 2700,
                "activity_type": "cycling",
            }
        ],
    )
    await checkins.submit_check_in(actor=athlete.actor, sleep_quality=4, energy=4, soreness=2, stress=2)
    issued = await tokens.create_integration_token(actor=actor, name="Hub")
    return {
        "activity": str(report.results[0].record_id),
        "run": str(report.run.id),
        "integration_token": str(issued.token.id),
    }


async def _current_log(fx: dict[str, Any]) -> str:
    log = await WorkoutLog.get(session_id=fx["done"], is_current=True)
    return str(log.id)


async def _invite(fx: dict[str, Any], settings: Settings) -> str:
    # one invite per swept value: far more than a coach may issue in a window
    unthrottled = make_settings(INVITE_MAX_PER_WINDOW=1_000_000)
    return (await auth.create_invite(actor=fx["coach"].actor, settings=unthrottled)).code


def _unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


Build = Callable[[dict[str, Any], Settings], Awaitable[dict[str, Any]]]


@dataclass(frozen=True)
class Baseline:
    """A valid input; the sweep replaces one of its fields (any field, or those in `only`) per call."""

    build: Build
    only: frozenset[str] | None = None
    writes: bool = False  # building it writes to the database (a fresh invite code)


def _static(*, only: tuple[str, ...] | None = None, **values: Any) -> Baseline:
    async def build(fx: dict[str, Any], settings: Settings) -> dict[str, Any]:
        return {k: (v(fx) if callable(v) else v) for k, v in values.items()}

    return Baseline(build, frozenset(only) if only else None)


def _ref(key: str) -> Callable[[dict[str, Any]], Any]:
    return lambda fx: fx[key]


async def _register_athlete(fx: dict[str, Any], settings: Settings) -> dict[str, Any]:
    return {
        "inviteCode": await _invite(fx, settings),
        "email": f"{_unique('athlete')}@example.com",
        "password": PASSWORD,
        "displayName": "New Athlete",
        "timezone": "Europe/Oslo",
    }


async def _register_coach(fx: dict[str, Any], settings: Settings) -> dict[str, Any]:
    return {"email": f"{_unique('coach')}@example.com", "password": PASSWORD, "displayName": "New Coach"}


async def _create_exercise(fx: dict[str, Any], settings: Settings) -> dict[str, Any]:
    return {"name": _unique("Lift"), "category": "HINGE", "muscleGroups": ["HAMSTRINGS", "GLUTES"]}


async def _edit_log(fx: dict[str, Any], settings: Settings) -> dict[str, Any]:
    return {"id": await _current_log(fx), "completedAt": "2026-02-27T08:20:00Z", "actualData": STRENGTH_DONE}


# Valid inputs (one or more) per mutation; a mutation not listed gets minimal generated values.
MUTATIONS: dict[str, list[Baseline]] = {
    "registerCoach": [Baseline(_register_coach)],
    "registerAthlete": [Baseline(_register_athlete, writes=True)],
    "login": [_static(email="coach@example.com", password=PASSWORD)],
    "refreshToken": [_static(refreshToken=lambda fx: fx["leaving"].refresh_token)],
    "logout": [_static()],
    "createInvite": [_static(email="invitee@example.com")],
    "updateAthleteProfile": [_static(id=_ref("athlete_id"), displayName="Athlete One")],
    "createProgram": [
        _static(athleteId=_ref("athlete_id"), title="Autumn", startDate="2026-09-07", endDate="2026-10-04")
    ],
    "updateProgram": [_static(id=_ref("program"), title="Spring block v2")],
    "activateProgram": [_static(id=_ref("spare"))],
    "completeProgram": [_static(id=_ref("program"))],
    "archiveProgram": [_static(id=_ref("spare"))],
    "createPhase": [
        _static(programId=_ref("spare"), name="Peak", startDate="2026-06-01", endDate="2026-06-14")
    ],
    "updatePhase": [_static(id=_ref("phase"), name="Base 1")],
    "reorderPhases": [_static(programId=_ref("program"), phaseIds=lambda fx: [fx["phase2"], fx["phase"]])],
    "createMicroCycle": [
        _static(programId=_ref("program"), phaseId=_ref("phase"), weekIndex=6, startDate="2026-03-09")
    ],
    "updateMicroCycle": [_static(id=_ref("week"), status="ACTIVE")],
    "scheduleSession": [
        _static(
            programId=_ref("program"),
            title="Tempo run",
            scheduledAt="2026-03-05T07:00:00+01:00",
            modality="RUN",
            sessionType="ENDURANCE",
            prescription=ENDURANCE,
        ),
        _static(
            programId=_ref("program"),
            title="Squat volume",
            scheduledAt="2026-03-06T07:00:00Z",
            modality="STRENGTH",
            sessionType="STRENGTH",
            prescription=STRENGTH,
            only=("prescription", "sessionType"),
        ),
    ],
    "updateSession": [_static(id=_ref("strength"), title="Squat day (moved)")],
    "skipSession": [_static(id=_ref("to_skip"))],
    "logWorkout": [
        _static(sessionId=_ref("endurance"), completedAt="2026-03-01T17:00:00Z", actualData=ENDURANCE_DONE),
        _static(
            sessionId=_ref("strength"),
            completedAt="2026-03-02T08:00:00Z",
            actualData=STRENGTH_DONE,
            only=("actualData",),
        ),
    ],
    "editWorkoutLog": [Baseline(_edit_log)],
    "submitSessionFeedback": [_static(sessionId=_ref("done"), type="DONE")],
    "ingestWellness": [
        _static(
            athleteId=_ref("athlete_id"),
            source="oura",
            records=[{"date": "2026-02-28", "restingHr": 51, "hrvRmssd": 58.5}],
        )
    ],
    "ingestSleep": [
        _static(
            athleteId=_ref("athlete_id"),
            source="oura",
            records=[{"start": "2026-02-27T22:00:00Z", "end": "2026-02-28T06:00:00Z", "remMinutes": 80}],
        )
    ],
    "ingestHrv": [
        _static(
            athleteId=_ref("athlete_id"),
            source="oura",
            records=[{"takenAt": "2026-02-28T06:00:00Z", "value": 55.5}],
        )
    ],
    "ingestHeartRate": [
        _static(
            athleteId=_ref("athlete_id"),
            source="oura",
            records=[{"start": "2026-02-28T08:00:00Z", "offsets": [0, 30], "bpm": [58, 59]}],
        )
    ],
    "ingestActivities": [
        _static(
            athleteId=_ref("athlete_id"),
            source="strava",
            records=[
                {
                    "externalId": "s-1",
                    "start": "2026-02-28T10:00:00Z",
                    "durationSeconds": 1800,
                    "type": "RUNNING",
                }
            ],
        )
    ],
    "submitCheckIn": [_static(sleepQuality=3, energy=3, soreness=2, stress=2, date="2026-03-01")],
    "setSourcePrecedence": [_static(athleteId=_ref("athlete_id"), sources=["oura", "garmin"])],
    "linkActivity": [_static(activityId=_ref("activity"), sessionId=_ref("endurance"))],
    "createIntegrationToken": [_static(name="Hub two")],
    "revokeIntegrationToken": [_static(id=_ref("integration_token"))],
    "importFitFile": [_static(athleteId=_ref("athlete_id"), file="not a file")],
    "importWellnessCsv": [_static(athleteId=_ref("athlete_id"), format="GARMIN", file="not a file")],
    "createExercise": [Baseline(_create_exercise)],
    "generatePlanDraft": [_static(athleteId=_ref("athlete_id"), weekStart="2026-03-09")],
    "updatePlanDraft": [
        _static(
            id=_ref("plan_draft"),
            sessions=[
                {
                    "key": "mon-easy",
                    "day": "2026-03-09",
                    "startTime": "07:00",
                    "title": "Easy run",
                    "sessionType": "ENDURANCE",
                    "modality": "RUN",
                    "durationMinutes": 45,
                    "prescription": ENDURANCE,
                }
            ],
        )
    ],
    "acceptPlanDraft": [_static(id=_ref("plan_draft"), sessionKeys=["mon-easy"])],
    "discardPlanDraft": [_static(id=_ref("plan_draft"))],
    "updateExercise": [_static(id=_ref("exercise"))],
    "recordBenchmark": [
        _static(
            athleteId=_ref("athlete_id"), metricType="FTP", value=250, unit="W", establishedAt="2026-03-01"
        ),
        _static(
            athleteId=_ref("athlete_id"),
            metricType="ONE_RM",
            value=142.5,
            unit="kg",
            establishedAt="2026-03-01",
            exerciseId=str(SQUAT),
            only=("exerciseId", "value"),
        ),
    ],
}

PUBLIC = {"registerCoach", "registerAthlete", "login", "refreshToken"}
# root fields only admins may call: swept with an admin's token
ADMIN_QUERIES = {"connectionHealthEvents", "databaseConnectionProfiles"}
ADMIN_MUTATIONS = {"deactivateAccount"}
# swept by a coach of their own: mutations that end the caller's sessions, and settings whose
# every accepted change recomputes the coach's whole roster's series from their first day (the
# sweep's wearable data reaches back decades: seconds for each of dozens of accepted inputs)
OWN_COACH = {"logout", "updateAnalyticsSettings"}
ATHLETE_ONLY = {"logWorkout", "editWorkoutLog", "submitSessionFeedback", "submitCheckIn"}
BOTH = {"updateAthleteProfile", "recordBenchmark", "ingestWellness", "setSourcePrecedence"}

QUERIES: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "athlete": lambda fx: {"id": fx["athlete_id"]},
    "athletes": lambda fx: {"search": "Athlete"},
    "program": lambda fx: {"id": fx["program"]},
    "programs": lambda fx: {"athleteId": fx["athlete_id"]},
    "sessions": lambda fx: {"from": "2026-02-23", "to": "2026-03-08", "athleteId": fx["athlete_id"]},
    "today": lambda fx: {"athleteId": fx["athlete_id"]},
    "week": lambda fx: {"athleteId": fx["athlete_id"], "date": "2026-03-02"},
    "workoutLogs": lambda fx: {"athleteId": fx["athlete_id"]},
    "workoutLog": lambda fx: {"id": fx["log"]},
    "sessionFeedback": lambda fx: {"athleteId": fx["athlete_id"]},
    "exercises": lambda fx: {"search": "squat"},
    "exercise": lambda fx: {"id": fx["exercise"]},
    "benchmarks": lambda fx: {"athleteId": fx["athlete_id"]},
    "wellness": lambda fx: {"athleteId": fx["athlete_id"], "from": "2026-02-01", "to": "2026-03-02"},
    "sleep": lambda fx: {"athleteId": fx["athlete_id"]},
    "hrv": lambda fx: {"athleteId": fx["athlete_id"]},
    "heartRate": lambda fx: {"athleteId": fx["athlete_id"], "date": "2026-03-01"},
    "checkIns": lambda fx: {"athleteId": fx["athlete_id"]},
    "sourcePrecedence": lambda fx: {"athleteId": fx["athlete_id"]},
    "dataFreshness": lambda fx: {"athleteIds": [fx["athlete_id"]]},
    "activities": lambda fx: {"athleteId": fx["athlete_id"]},
    "activity": lambda fx: {"id": fx["activity"]},
    "ingestionRuns": lambda fx: {"athleteId": fx["athlete_id"]},
    "ingestionRun": lambda fx: {"id": fx["run"]},
    "planGenerationRuns": lambda fx: {"athleteId": fx["athlete_id"]},
    "planGenerationRun": lambda fx: {"id": fx["plan_run"]},
    "planDrafts": lambda fx: {"athleteId": fx["athlete_id"]},
    "planDraft": lambda fx: {"id": fx["plan_draft"]},
}


# --- the sweep -----------------------------------------------------------------------------


class Sweep:
    def __init__(
        self, client: httpx.AsyncClient, settings: Settings, schema: Schema, fx: dict[str, Any]
    ) -> None:
        self.client = client
        self.settings = settings
        self.schema = schema
        self.fx = fx
        self.cursors: dict[str, str] = {}
        self.current_list = ""
        self.failures: list[str] = []
        self.calls = 0
        self.swept: set[str] = set()
        self.tables: list[tuple[str, bool]] = []
        self.last_snapshot: tuple[frozenset[str], list[Any]] | None = None

    async def load_tables(self) -> None:
        conn = connections.get("default")
        rows = await conn.execute_query_dict(
            "SELECT table_name, bool_or(column_name = 'updated_at') AS stamped FROM information_schema.columns"
            " WHERE table_schema = 'public' AND table_name <> 'aerich' GROUP BY table_name ORDER BY table_name"
        )
        self.tables = [(r["table_name"], r["stamped"]) for r in rows]

    async def snapshot(self, skip: frozenset[str] = frozenset()) -> list[Any]:
        """Rows and newest updated_at per table: a refused call must leave it as it was."""
        parts = [
            f"SELECT '{name}' AS t, count(*) AS n, {'max(updated_at)' if stamped else 'NULL'} AS changed"
            f' FROM "{name}"'
            for name, stamped in self.tables
            if name not in skip
        ]
        conn = connections.get("default")
        # ordered: PostgreSQL may run the parts of a UNION ALL in parallel, in any order
        query = f"SELECT * FROM ({' UNION ALL '.join(parts)}) AS tables ORDER BY t"
        return [tuple(r.values()) for r in await conn.execute_query_dict(query)]

    def check(self, field: str, what: str, status: int, body: Any) -> None:
        self.calls += 1
        self.swept.add(field)
        if status >= 500 or INTERNAL in _codes(body):
            self.failures.append(f"{what}: HTTP {status} {str(body)[:300]}")

    async def mutations(self) -> None:
        for field in self.schema.mutation["fields"]:
            name = field["name"]
            (argument,) = field["args"]  # mutations take one input object
            input_type = argument["type"]
            payload = named_type(field["type"])["name"]
            document = (
                f"mutation($input: {type_string(input_type)}) {{ {name}(input: $input) "
                f"{{ {self.schema.selection(payload, 1)} }} }}"
            )
            if name in PUBLIC:
                callers: list[Account | None] = [None]
            elif name in OWN_COACH:
                callers = [self.fx["leaving"]]
            elif name in ADMIN_MUTATIONS:
                callers = [self.fx["admin"]]
            elif name in ATHLETE_ONLY:
                callers = [self.fx["athlete"]]
            elif name in BOTH:
                callers = [self.fx["coach"], self.fx["athlete"]]
            else:
                callers = [self.fx["coach"]]
            baselines = MUTATIONS.get(name) or [self._generated(input_type)]
            for index, caller in enumerate(callers):
                # a second role repeats the first input only: the others exist for their shapes
                for baseline in baselines if index == 0 else baselines[:1]:
                    await self._sweep_input(name, document, input_type, baseline, caller)

    def _generated(self, input_type: dict[str, Any]) -> Baseline:
        async def build(fx: dict[str, Any], settings: Settings) -> dict[str, Any]:
            return self.schema.factory.value(input_type)

        return Baseline(build)

    async def _sweep_input(
        self, name: str, document: str, input_type: dict[str, Any], baseline: Baseline, caller: Account | None
    ) -> None:
        definition = self.schema.types[named_type(input_type)["name"]]
        sample = await baseline.build(self.fx, self.settings)
        for field in definition["inputFields"]:
            if baseline.only is not None and field["name"] not in baseline.only:
                continue
            for label, value in self.schema.hostile(
                field["type"], field["name"], sample.get(field["name"]), self
            ):
                variables = {**await baseline.build(self.fx, self.settings), field["name"]: value}
                if baseline.writes:
                    self.last_snapshot = None
                await self._mutate(name, document, variables, caller, f"{field['name']} = {label}")

    async def _mutate(
        self, name: str, document: str, variables: dict[str, Any], caller: Account | None, what: str
    ) -> None:
        # login and refreshToken record refused attempts (throttling, audit) by design
        skip = frozenset({"audit_log", "auth_attempt", "refresh_token"}) if name in PUBLIC else frozenset()
        before = self.last_snapshot if self.last_snapshot and self.last_snapshot[0] == skip else None
        before_rows = before[1] if before else await self.snapshot(skip)
        status, body = await _post(
            self.client, document, {"input": variables}, caller.token if caller else None
        )
        role = caller.user.role.value if caller else "anonymous"
        label = f"{name} as {role}: {what}"
        self.check(name, label, status, body)
        after_rows = await self.snapshot(skip)
        self.last_snapshot = (skip, after_rows)
        result = (body.get("data") or {}).get(name) if isinstance(body, dict) else None
        refused = result is None or bool(result.get("errors"))
        if refused and after_rows != before_rows:
            self.failures.append(f"{label}: refused ({str(body)[:200]}) but the database changed")

    async def queries(self) -> None:
        # the end cursor of every list, to hand each list another list's cursor
        for field in self.schema.query["fields"]:
            if named_type(field["type"])["name"].endswith("Connection"):
                args = QUERIES.get(field["name"], lambda fx: {})(self.fx)
                args = {k: v for k, v in args.items() if k != "search"}
                document = self._query_document(field, {**args, "first": 1}, "pageInfo { endCursor }")
                caller = self.fx["admin"] if field["name"] in ADMIN_QUERIES else self.fx["coach"]
                _, body = await _post(self.client, document, {**args, "first": 1}, caller.token)
                cursor = body["data"][field["name"]]["pageInfo"]["endCursor"]
                assert cursor, (field["name"], body)  # the fixtures give every list a row
                self.cursors[field["name"]] = cursor
        for field in self.schema.query["fields"]:
            self.current_list = field["name"]
            build = QUERIES.get(field["name"])
            base = (
                build(self.fx)
                if build
                else {
                    a["name"]: self.schema.factory.value(a["type"]) for a in field["args"] if is_required(a)
                }
            )
            selection = self.schema.selection(named_type(field["type"])["name"], 2)
            callers = (
                (self.fx["admin"],)
                if field["name"] in ADMIN_QUERIES
                else (self.fx["coach"], self.fx["athlete"])
            )
            for caller in callers:
                for argument in field["args"]:
                    if caller is self.fx["athlete"] and argument["name"] in ("first", "after"):
                        continue  # paging does not depend on who asks
                    for label, value in self.schema.hostile(
                        argument["type"], argument["name"], base.get(argument["name"]), self
                    ):
                        variables = {**base, argument["name"]: value}
                        status, body = await _post(
                            self.client,
                            self._query_document(field, variables, selection),
                            variables,
                            caller.token,
                        )
                        role = caller.user.role.value
                        self.check(
                            field["name"],
                            f"{field['name']} as {role}: {argument['name']} = {label}",
                            status,
                            body,
                        )

    def _query_document(self, field: dict[str, Any], variables: dict[str, Any], selection: str) -> str:
        args = [a for a in field["args"] if a["name"] in variables]
        declared = ", ".join(f"${a['name']}: {type_string(a['type'])}" for a in args)
        passed = ", ".join(f"{a['name']}: ${a['name']}" for a in args)
        inner = f" {{ {selection} }}" if selection else ""
        call = f"{field['name']}({passed})" if passed else field["name"]
        return f"query{'(' + declared + ')' if declared else ''} {{ {call}{inner} }}"


async def _sweep(client: httpx.AsyncClient, settings: Settings) -> Sweep:
    fx = await _fixtures(settings)
    fx["log"] = await _current_log(fx)
    fx["admin"] = await make_admin(settings)
    status, body = await _post(client, INTROSPECT, {}, None)
    assert status == 200
    sweep = Sweep(client, settings, Schema(body["data"]["__schema"]), fx)
    await sweep.load_tables()
    return sweep


async def test_no_query_argument_makes_a_server_error(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    sweep = await _sweep(client, settings)

    await sweep.queries()

    assert sweep.failures == [], "\n".join(sweep.failures)
    # every root field that takes arguments was swept (`me` takes none)
    assert sweep.swept == {f["name"] for f in sweep.schema.query["fields"] if f["args"]}
    assert sweep.calls > 300


async def test_no_mutation_input_makes_a_server_error_or_writes_when_refused(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    sweep = await _sweep(client, settings)

    await sweep.mutations()

    assert sweep.failures == [], "\n".join(sweep.failures)
    assert sweep.swept == {f["name"] for f in sweep.schema.mutation["fields"]}
    assert sweep.calls > 900
