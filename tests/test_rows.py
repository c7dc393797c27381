"""Rows read without the ORM (app/db/rows.py) read as the models do; JSON columns are read only
for a response that asks for them; pooled connections go back to the pool without a reset round
trip but never with an open transaction."""

from __future__ import annotations

import json
import uuid
from datetime import date
from typing import Any

import httpx
import pytest
from tortoise import connections
from tortoise.fields.data import JSONField
from tortoise.models import Model

from app.athletes import reads as athlete_reads
from app.athletes.models import AthleteProfile
from app.auth import service as auth
from app.core.actor import Actor, Role
from app.db.json import RawJSON
from app.db.rows import NOT_READ
from app.demo import DEMO_COACH_EMAIL, DEMO_PASSWORD, load_demo
from app.logs import reads as log_reads
from app.logs.models import SessionFeedback, WorkoutLog
from app.programs import reads as program_reads
from app.programs.models import MicroCycle, ProgramPhase, TrainingProgram, TrainingSession
from app.settings import Settings
from tests.helpers import CLIENT, QueryCounter

ADMIN = Actor(user_id=uuid.uuid4(), role=Role.ADMIN)


def _attributes(row: Any, model: type[Model]) -> dict[str, Any]:
    values = {
        name: getattr(row, name)
        for name, field in model._meta.fields_map.items()
        if name in model._meta.fields_db_projection and not isinstance(field, JSONField)
    }
    values["pk"] = row.pk
    return values


async def test_rows_read_every_column_as_the_model_does() -> None:
    await load_demo(reset=False)
    reads = [
        (AthleteProfile, athlete_reads.athletes_by_id),
        (TrainingProgram, program_reads.programs_by_id),
        (ProgramPhase, program_reads.phases_by_id),
        (MicroCycle, program_reads.micro_cycles_by_id),
        (TrainingSession, program_reads.sessions_by_id),
        (WorkoutLog, log_reads.logs_by_id),
        (SessionFeedback, log_reads.feedback_by_id),
    ]
    for model, read in reads:
        models = {m.pk: m for m in await model.all().limit(50)}
        assert models, model.__name__
        rows = await read(ADMIN, list(models))

        assert len(rows) == len(models)
        for row in rows:
            expected = _attributes(models[row.pk], model)
            assert _attributes(row, model) == expected, model.__name__
            # enum columns are the model's enum members, not their text
            for name, value in expected.items():
                assert type(getattr(row, name)) is type(value), (model.__name__, name)
            # JSON columns are left out of the row, read on demand
            for name, field in model._meta.fields_map.items():
                if isinstance(field, JSONField):
                    assert getattr(row, name) is NOT_READ


async def test_json_columns_are_read_for_the_responses_that_ask_for_them(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    await load_demo(reset=False)
    session = await TrainingSession.filter(logs__is_current=True).first()
    assert session is not None
    [row] = await program_reads.sessions_by_id(ADMIN, [session.id])
    assert row.prescription is NOT_READ
    [(key, text)] = (await program_reads.prescriptions(ADMIN, [session.id])).items()
    assert key == session.id and isinstance(text, RawJSON) and text.value() == session.prescription

    tokens = await auth.login(
        email=DEMO_COACH_EMAIL, password=DEMO_PASSWORD, settings=settings, client=CLIENT
    )
    headers = {"authorization": f"Bearer {tokens.access_token}"}
    without = (
        "query ($id: UUID!) { program(id: $id) { phases { microCycles { sessions { id log { rpe } } } } } }"
    )
    with_json = """query ($id: UUID!) { program(id: $id) { phases { microCycles {
        sessions { id prescription log { rpe actualData } } } } } }"""
    variables = {"id": str(session.program_id)}
    await client.post("/graphql", json={"query": without, "variables": variables}, headers=headers)
    with QueryCounter() as plain:
        await client.post("/graphql", json={"query": without, "variables": variables}, headers=headers)
    with QueryCounter() as asked:
        response = await client.post(
            "/graphql", json={"query": with_json, "variables": variables}, headers=headers
        )

    # one statement more per JSON field asked for, whatever the number of sessions
    assert asked.count == plain.count + 2
    body = response.json()
    assert "errors" not in body
    sessions = [
        s
        for phase in body["data"]["program"]["phases"]
        for week in phase["microCycles"]
        for s in week["sessions"]
    ]
    expected = {
        str(s.id): s.prescription for s in await TrainingSession.filter(program_id=session.program_id)
    }
    assert {s["id"]: s["prescription"] for s in sessions} == expected
    mine = next(s for s in sessions if s["id"] == str(session.id))
    log = await WorkoutLog.get(session_id=session.id, is_current=True)
    assert mine["log"]["actualData"] == log.actual_data


def test_json_text_parses_to_what_the_standard_library_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    # orjson first; what it would read otherwise (long integers) or refuses (1e400, NaN, an
    # escaped lone surrogate) is read by the standard library: the same value either way
    texts = (
        '{"sets": [{"reps": 5, "kg": 82.5, "at": -0, "n": 1E2}], "note": "\\u00e9", "a": 1, "a": 2}',
        "[0.1, 1.7976931348623157e308, 5e-324, -0.0, 123456789012345678]",
        "123456789012345678901234567890",
        "[1e400, NaN, 18446744073709551615]",
        '"\\ud800"',
    )
    expected = [repr(json.loads(text)) for text in texts]
    standard: list[str] = []

    def loads(text: str) -> Any:
        standard.append(text)
        return json.JSONDecoder().decode(text)

    monkeypatch.setattr(json, "loads", loads)

    assert [repr(RawJSON(text).value()) for text in texts] == expected
    assert standard == list(texts[2:])  # the first two were read by orjson


async def test_a_connection_goes_back_to_the_pool_without_an_open_transaction() -> None:
    client = connections.get("default")
    async with client.acquire_connection() as connection:
        await connection.execute("BEGIN")
        await connection.execute("SET LOCAL statement_timeout = 1234")
        assert connection.is_in_transaction()
        backend = await connection.fetchval("SELECT pg_backend_pid()")

    # the pool's reset sends nothing (app/db/config.py keep_session), but asyncpg still rolls
    # back what a connection left open: the next user of that backend starts clean
    for _ in range(5):
        async with client.acquire_connection() as connection:
            if await connection.fetchval("SELECT pg_backend_pid()") == backend:
                assert not connection.is_in_transaction()
                assert await connection.fetchval("SHOW statement_timeout") != "1234ms"
                return
    raise AssertionError("the connection never came back from the pool")


async def test_a_narrowed_shape_reads_only_its_attributes_and_the_key() -> None:
    # given the demo's sessions, read whole and narrowed to what a dashboard shows
    await load_demo(reset=False)
    cycles = [c.pk for c in await MicroCycle.all().limit(20)]
    whole = await program_reads.sessions_of_micro_cycles(ADMIN, cycles)
    part = await program_reads.sessions_of_micro_cycles(ADMIN, cycles, frozenset({"title", "status"}))

    # then the same rows in the same order, with the asked attributes (and the key and the
    # grouping column) equal to the whole rows', and nothing else read
    assert [r.pk for r in part] == [r.pk for r in whole] and whole
    for small, full in zip(part, whole, strict=True):
        assert (small.id, small.title, small.status, small.micro_cycle_id) == (
            full.id,
            full.title,
            full.status,
            full.micro_cycle_id,
        )
        assert small.prescription is NOT_READ
        assert len(small) == 4
    try:
        part[0].scheduled_at  # noqa: B018 - the read is the test
    except AttributeError as error:
        assert "scheduled_at" in str(error)
    else:
        raise AssertionError("a narrowed row read a column it was not asked for")


def test_a_shape_is_not_narrowed_for_an_attribute_it_does_not_hold() -> None:
    sessions = program_reads.SESSION
    assert sessions.narrow(frozenset({"title", "no_such_column"})) is sessions
    assert sessions.narrow(frozenset({"title"})) is sessions.narrow(frozenset({"title"}))
    every = frozenset(name for name, _ in sessions._read)
    assert sessions.narrow(every) is sessions


async def test_the_newest_stored_days_read_as_the_models_do_with_their_json_parsed() -> None:
    # given the demo's stored series
    from datetime import timedelta

    from app.analytics import reads as analytics_reads
    from app.analytics.models import DailyReadiness, DailyTrainingLoad

    await load_demo(reset=False)
    for model, read in (
        (DailyReadiness, analytics_reads.latest_readiness),
        (DailyTrainingLoad, analytics_reads.latest_training_loads),
    ):
        newest = await model.all().order_by("-day").first()
        assert newest is not None, model.__name__
        athlete = newest.athlete_id  # type: ignore[attr-defined]
        # when each key asks for the newest day of the week up to a day (one before any data)
        keys = [(athlete, newest.day), (athlete, newest.day - timedelta(days=1)), (athlete, date.min)]
        rows = await read(ADMIN, keys, timedelta(days=7))

        # then one row per key that has one, at its position, the newest day up to it
        assert [r["key_index"] for r in rows] == [1, 2]
        expected = [newest, await model.get(athlete_id=athlete, day=newest.day - timedelta(days=1))]
        for row, model_row in zip(rows, expected, strict=True):
            values = {
                name: getattr(model_row, name)
                for name in model._meta.fields_map
                if name in model._meta.fields_db_projection
            }
            assert {name: getattr(row, name) for name in values} == values


async def test_weekly_summaries_and_freshness_read_as_the_models_do() -> None:
    # given the demo's stored weeks and freshness watermarks
    from app.analytics import reads as analytics_reads
    from app.analytics.models import WeeklySummary
    from app.wellness import reads as wellness_reads
    from app.wellness.models import DataFreshness

    await load_demo(reset=False)
    summary = await WeeklySummary.all().order_by("-week_start").first()
    assert summary is not None
    athlete = summary.athlete_id  # type: ignore[attr-defined]

    # when a summary is asked for by (athlete, Monday), with a week that has none
    rows = await analytics_reads.summaries_of_weeks(
        ADMIN, [(athlete, date(1990, 1, 1)), (athlete, summary.week_start)]
    )
    # and the athlete's freshness watermarks
    marks = await wellness_reads.freshness_of_athletes(ADMIN, [athlete])

    # then the rows hold what the models hold (JSON parsed), at their key's position and in order
    assert [r["key_index"] for r in rows] == [2]
    expected = await DataFreshness.filter(athlete_id=athlete).order_by("source", "kind")
    assert marks and [m.id for m in marks] == [e.id for e in expected]
    for row, model_row in [(rows[0], summary), *zip(marks, expected, strict=True)]:
        model = type(model_row)
        values = {
            name: getattr(model_row, name)
            for name in model._meta.fields_map
            if name in model._meta.fields_db_projection
        }
        assert {name: getattr(row, name) for name in values} == values
