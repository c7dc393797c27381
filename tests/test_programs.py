"""Programs: creation, edits with versions, status transitions, one current program, access."""

from __future__ import annotations

import asyncio
from datetime import date

import pytest
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from app.audit.models import AuditLog
from app.programs.models import ProgramStatus, TrainingProgram
from tests.helpers import (
    USER_ERRORS,
    error_codes,
    gql,
    make_admin,
    make_phase,
    make_program,
    make_team,
    mutate,
    snapshot,
)

PROGRAM_FIELDS = "id title description startDate endDate macroCycle status version"
CREATE_PROGRAM = (
    "mutation($input: CreateProgramInput!) "
    f"{{ createProgram(input: $input) {{ program {{ {PROGRAM_FIELDS} }} {USER_ERRORS} }} }}"
)
UPDATE_PROGRAM = (
    "mutation($input: UpdateProgramInput!) "
    f"{{ updateProgram(input: $input) {{ program {{ {PROGRAM_FIELDS} }} {USER_ERRORS} }} }}"
)


def transition(name: str) -> str:
    """The operation for one of the program status mutations (activateProgram, ...)."""
    return (
        "mutation($input: ProgramTransitionInput!) { "
        + name
        + "(input: $input) { program { id status version } "
        + USER_ERRORS
        + " } }"
    )


async def test_coach_creates_a_program_for_their_athlete(client, settings):
    team = await make_team(settings)

    payload = await mutate(
        client,
        team.coach.token,
        CREATE_PROGRAM,
        {
            "athleteId": str(team.athlete_id),
            "title": "  Spring block  ",
            "description": "Base to peak",
            "startDate": "2026-03-02",
            "endDate": "2026-05-24",
            "macroCycle": "2026 season",
        },
    )

    assert payload["errors"] == []
    program = payload["program"]
    assert program["title"] == "Spring block"
    assert program["description"] == "Base to peak"
    assert program["macroCycle"] == "2026 season"
    assert (program["startDate"], program["endDate"]) == ("2026-03-02", "2026-05-24")
    assert (program["status"], program["version"]) == ("PLANNED", 1)
    stored = await TrainingProgram.get(id=program["id"])
    assert stored.coach_id == team.coach.coach.id  # type: ignore[attr-defined, union-attr]
    assert stored.athlete_id == team.athlete_id  # type: ignore[attr-defined]
    audit = await AuditLog.filter(action="create_program").get()
    assert audit.entity_id == stored.id
    assert audit.user_id == team.coach.user.id


async def test_create_program_accepts_a_client_id_and_refuses_a_taken_one(client, settings):
    team = await make_team(settings)
    client_id = "7d9f3c1e-2b4a-4c6d-8e0f-1a2b3c4d5e6f"
    base = {
        "athleteId": str(team.athlete_id),
        "title": "A",
        "startDate": "2026-03-02",
        "endDate": "2026-03-08",
    }

    first = await mutate(client, team.coach.token, CREATE_PROGRAM, {**base, "id": client_id})
    again = await mutate(client, team.coach.token, CREATE_PROGRAM, {**base, "id": client_id, "title": "B"})

    assert first["program"]["id"] == client_id
    assert again == {
        "program": None,
        "errors": [{"field": "id", "code": "ALREADY_EXISTS", "message": "This id is already taken."}],
    }
    assert [p.title for p in await TrainingProgram.all()] == ["A"]


async def test_create_program_reports_every_problem_at_once_and_writes_nothing(client, settings):
    team = await make_team(settings)
    before = await snapshot()

    payload = await mutate(
        client,
        team.coach.token,
        CREATE_PROGRAM,
        {
            "athleteId": str(team.athlete_id),
            "title": "   ",
            "description": "x" * 5001,
            "macroCycle": "m" * 201,
            "startDate": "2026-03-10",
            "endDate": "2026-03-09",
            "status": "COMPLETED",
        },
    )

    assert payload["program"] is None
    assert [(e["field"], e["code"]) for e in payload["errors"]] == [
        ("title", "REQUIRED"),
        ("description", "TOO_LONG"),
        ("macroCycle", "TOO_LONG"),
        ("endDate", "INVALID"),
        ("status", "INVALID"),
    ]
    assert await snapshot() == before


async def test_title_of_201_characters_is_too_long_and_200_is_fine(client, settings):
    team = await make_team(settings)
    base = {"athleteId": str(team.athlete_id), "startDate": "2026-03-02", "endDate": "2026-03-02"}

    too_long = await mutate(client, team.coach.token, CREATE_PROGRAM, {**base, "title": "t" * 201})
    fine = await mutate(client, team.coach.token, CREATE_PROGRAM, {**base, "title": "t" * 200})

    assert [(e["field"], e["code"]) for e in too_long["errors"]] == [("title", "TOO_LONG")]
    assert fine["errors"] == [] and len(fine["program"]["title"]) == 200


async def test_athlete_may_not_create_or_change_programs(client, settings):
    team = await make_team(settings)
    program = await make_program(team.athlete)
    before = await snapshot()

    created = await gql(
        client,
        CREATE_PROGRAM,
        {
            "input": {
                "athleteId": str(team.athlete_id),
                "title": "Mine",
                "startDate": "2026-03-02",
                "endDate": "2026-03-09",
            }
        },
        token=team.athlete.token,
    )
    updated = await gql(
        client,
        UPDATE_PROGRAM,
        {"input": {"id": str(program.id), "title": "Mine"}},
        token=team.athlete.token,
    )
    activated = await gql(
        client,
        transition("activateProgram"),
        {"input": {"id": str(program.id)}},
        token=team.athlete.token,
    )

    for body in (created, updated, activated):
        assert error_codes(body) == ["FORBIDDEN"]
        assert body["data"] is None
    assert await snapshot() == before


async def test_other_coach_gets_not_found_and_nothing_changes(client, settings):
    team = await make_team(settings)
    program = await make_program(team.athlete)
    before = await snapshot()

    created = await mutate(
        client,
        team.other_coach.token,
        CREATE_PROGRAM,
        {
            "athleteId": str(team.athlete_id),
            "title": "Steal",
            "startDate": "2026-03-02",
            "endDate": "2026-03-09",
        },
    )
    updated = await mutate(
        client, team.other_coach.token, UPDATE_PROGRAM, {"id": str(program.id), "title": "Steal"}
    )
    transitions = [
        await mutate(client, team.other_coach.token, transition(name), {"id": str(program.id)})
        for name in ("activateProgram", "completeProgram", "archiveProgram")
    ]

    assert created == {
        "program": None,
        "errors": [{"field": "athleteId", "code": "NOT_FOUND", "message": "Athlete not found."}],
    }
    assert updated == {
        "program": None,
        "errors": [{"field": "id", "code": "NOT_FOUND", "message": "Program not found."}],
    }
    for payload in transitions:
        assert payload == {
            "program": None,
            "errors": [{"field": "id", "code": "NOT_FOUND", "message": "Program not found."}],
        }
    assert await snapshot() == before


async def test_admin_creates_programs_for_any_athlete_with_the_athletes_coach(client, settings):
    team = await make_team(settings)
    admin = await make_admin(settings)

    payload = await mutate(
        client,
        admin.token,
        CREATE_PROGRAM,
        {
            "athleteId": str(team.other_athlete.athlete.id),
            "title": "By admin",
            "startDate": "2026-03-02",
            "endDate": "2026-03-08",
        },  # type: ignore[union-attr]
    )

    assert payload["errors"] == []
    stored = await TrainingProgram.get(id=payload["program"]["id"])
    assert stored.coach_id == team.other_coach.coach.id  # type: ignore[attr-defined, union-attr]


# --- versions ---------------------------------------------------------------------------


async def test_update_bumps_version_and_leaves_omitted_fields(client, settings):
    team = await make_team(settings)
    program = await make_program(team.athlete)
    program.description = "Keep me"
    await program.save()

    first = await mutate(
        client, team.coach.token, UPDATE_PROGRAM, {"id": str(program.id), "title": "Renamed"}
    )
    second = await mutate(
        client,
        team.coach.token,
        UPDATE_PROGRAM,
        {"id": str(program.id), "expectedVersion": 2, "macroCycle": "Season"},
    )
    cleared = await mutate(
        client, team.coach.token, UPDATE_PROGRAM, {"id": str(program.id), "description": None}
    )

    assert first["program"]["version"] == 2 and first["program"]["title"] == "Renamed"
    assert first["program"]["description"] == "Keep me"
    assert second["program"]["version"] == 3 and second["program"]["macroCycle"] == "Season"
    assert cleared["program"]["version"] == 4 and cleared["program"]["description"] is None
    stored = await TrainingProgram.get(id=program.id)
    assert (stored.title, stored.macro_cycle, stored.description, stored.version) == (
        "Renamed",
        "Season",
        None,
        4,
    )


async def test_stale_expected_version_is_a_conflict_and_changes_nothing(client, settings):
    team = await make_team(settings)
    program = await make_program(team.athlete)
    await mutate(
        client,
        team.coach.token,
        UPDATE_PROGRAM,
        {"id": str(program.id), "title": "Edited elsewhere"},
    )
    before = await snapshot()

    payload = await mutate(
        client,
        team.coach.token,
        UPDATE_PROGRAM,
        {"id": str(program.id), "expectedVersion": 1, "title": "Offline edit"},
    )

    assert payload == {
        "program": None,
        "errors": [
            {
                "field": "expectedVersion",
                "code": "CONFLICT",
                "message": "The program changed since version 1; it is now version 2.",
            }
        ],
    }
    assert await snapshot() == before


async def test_update_validates_dates_against_the_program_and_its_phases(client, settings):
    team = await make_team(settings)
    program = await make_program(team.athlete, start=date(2026, 3, 2), end=date(2026, 3, 29))
    await make_phase(program, 1, date(2026, 3, 9), date(2026, 3, 22))
    before = await snapshot()

    inverted = await mutate(
        client, team.coach.token, UPDATE_PROGRAM, {"id": str(program.id), "endDate": "2026-03-01"}
    )
    cuts_phase = await mutate(
        client, team.coach.token, UPDATE_PROGRAM, {"id": str(program.id), "startDate": "2026-03-10"}
    )
    cleared = await mutate(
        client, team.coach.token, UPDATE_PROGRAM, {"id": str(program.id), "startDate": None}
    )

    assert [(e["field"], e["code"]) for e in inverted["errors"]] == [
        ("endDate", "INVALID"),
        ("endDate", "OUT_OF_RANGE"),
    ]
    assert [(e["field"], e["code"]) for e in cuts_phase["errors"]] == [("startDate", "OUT_OF_RANGE")]
    assert [(e["field"], e["code"]) for e in cleared["errors"]] == [("startDate", "REQUIRED")]
    assert await snapshot() == before


# --- status transitions -----------------------------------------------------------------

TRANSITION_TABLE = [
    # (from, mutation, resulting status or None when refused)
    (ProgramStatus.PLANNED, "activateProgram", "CURRENT"),
    (ProgramStatus.PLANNED, "completeProgram", None),
    (ProgramStatus.PLANNED, "archiveProgram", "ARCHIVED"),
    (ProgramStatus.CURRENT, "activateProgram", None),
    (ProgramStatus.CURRENT, "completeProgram", "COMPLETED"),
    (ProgramStatus.CURRENT, "archiveProgram", "ARCHIVED"),
    (ProgramStatus.COMPLETED, "activateProgram", None),
    (ProgramStatus.COMPLETED, "completeProgram", None),
    (ProgramStatus.COMPLETED, "archiveProgram", "ARCHIVED"),
    (ProgramStatus.ARCHIVED, "activateProgram", None),
    (ProgramStatus.ARCHIVED, "completeProgram", None),
    (ProgramStatus.ARCHIVED, "archiveProgram", None),
]


@pytest.mark.parametrize(("start", "mutation", "result"), TRANSITION_TABLE)
async def test_status_transitions(client, settings, start, mutation, result):
    team = await make_team(settings)
    program = await make_program(team.athlete, status=start)

    payload = await mutate(client, team.coach.token, transition(mutation), {"id": str(program.id)})

    stored = await TrainingProgram.get(id=program.id)
    if result is None:
        assert payload["program"] is None
        assert [(e["field"], e["code"]) for e in payload["errors"]] == [(None, "INVALID_TRANSITION")]
        assert (stored.status, stored.version) == (start, 1)
    else:
        assert payload["errors"] == []
        assert payload["program"] == {"id": str(program.id), "status": result, "version": 2}
        assert (stored.status.name, stored.version) == (result, 2)


async def test_activation_completes_a_previous_program_that_has_ended(client, settings, fixed_clock):
    # fixed_clock: 2026-03-02 09:30 UTC
    team = await make_team(settings)
    old = await make_program(
        team.athlete, start=date(2026, 1, 5), end=date(2026, 3, 1), status=ProgramStatus.CURRENT
    )
    new = await make_program(team.athlete, start=date(2026, 3, 2), end=date(2026, 5, 24))

    payload = await mutate(client, team.coach.token, transition("activateProgram"), {"id": str(new.id)})

    assert payload["errors"] == [] and payload["program"]["status"] == "CURRENT"
    old_stored = await TrainingProgram.get(id=old.id)
    assert (old_stored.status, old_stored.version) == (ProgramStatus.COMPLETED, 2)
    assert await AuditLog.filter(action="completed_program", entity_id=old.id).count() == 1


async def test_activation_archives_a_previous_program_still_running_in_the_athletes_zone(
    client, settings, fixed_clock
):
    # 2026-03-02 09:30 UTC is still 2026-03-01 in Honolulu (UTC-10): the old program has not ended there.
    from tests.helpers import make_athlete

    team = await make_team(settings)
    hawaii = await make_athlete(
        settings, team.coach, email="hi@example.com", name="Kai", timezone="Pacific/Honolulu"
    )
    fixed_clock.set(fixed_clock.now.replace(hour=8))  # 2026-03-01 22:00 in Honolulu
    old = await make_program(
        hawaii, start=date(2026, 1, 5), end=date(2026, 3, 1), status=ProgramStatus.CURRENT
    )
    new = await make_program(hawaii, start=date(2026, 3, 2), end=date(2026, 5, 24))

    await mutate(client, team.coach.token, transition("activateProgram"), {"id": str(new.id)})

    assert (await TrainingProgram.get(id=old.id)).status is ProgramStatus.ARCHIVED
    assert (await TrainingProgram.get(id=new.id)).status is ProgramStatus.CURRENT


async def test_creating_a_second_current_program_is_a_conflict(client, settings):
    team = await make_team(settings)
    await make_program(team.athlete, status=ProgramStatus.CURRENT)
    before = await snapshot()

    payload = await mutate(
        client,
        team.coach.token,
        CREATE_PROGRAM,
        {
            "athleteId": str(team.athlete_id),
            "title": "Two",
            "startDate": "2026-03-02",
            "endDate": "2026-03-09",
            "status": "CURRENT",
        },
    )

    assert payload["program"] is None
    assert [(e["field"], e["code"]) for e in payload["errors"]] == [("status", "CONFLICT")]
    assert await snapshot() == before


async def test_the_database_refuses_two_current_programs_for_one_athlete(settings):
    team = await make_team(settings)
    await make_program(team.athlete, status=ProgramStatus.CURRENT)
    other_athletes_current = await make_program(team.other_athlete, status=ProgramStatus.CURRENT)

    with pytest.raises(IntegrityError, match="uniq_training_program_current"):
        async with in_transaction():
            await make_program(team.athlete, status=ProgramStatus.CURRENT)

    assert await TrainingProgram.filter(athlete_id=team.athlete_id, status=ProgramStatus.CURRENT).count() == 1
    assert other_athletes_current.status is ProgramStatus.CURRENT
    # Other statuses are not limited.
    await make_program(team.athlete, status=ProgramStatus.COMPLETED)
    await make_program(team.athlete, status=ProgramStatus.COMPLETED)


async def test_concurrent_current_programs_leave_exactly_one(client, settings):
    team = await make_team(settings)
    base = {
        "athleteId": str(team.athlete_id),
        "startDate": "2026-03-02",
        "endDate": "2026-03-09",
        "status": "CURRENT",
    }

    results = await asyncio.gather(
        *(mutate(client, team.coach.token, CREATE_PROGRAM, {**base, "title": f"Race {i}"}) for i in range(4))
    )

    winners = [r for r in results if r["program"] is not None]
    losers = [r for r in results if r["program"] is None]
    assert len(winners) == 1
    assert [[(e["field"], e["code"]) for e in r["errors"]] for r in losers] == [[("status", "CONFLICT")]] * 3
    assert await TrainingProgram.filter(athlete_id=team.athlete_id).count() == 1


async def test_concurrent_activations_leave_exactly_one_current(client, settings, fixed_clock):
    team = await make_team(settings)
    planned = [await make_program(team.athlete, title=f"P{i}") for i in range(3)]

    results = await asyncio.gather(
        *(mutate(client, team.coach.token, transition("activateProgram"), {"id": str(p.id)}) for p in planned)
    )

    assert all(r["errors"] == [] for r in results)
    statuses = sorted(p.status.value for p in await TrainingProgram.filter(athlete_id=team.athlete_id))
    assert statuses == ["archived", "archived", "current"]


async def test_program_dates_must_lie_in_the_supported_window(client, settings):
    team = await make_team(settings)

    payload = await mutate(
        client,
        team.coach.token,
        CREATE_PROGRAM,
        {
            "athleteId": str(team.athlete_id),
            "title": "Far",
            "startDate": "9999-12-01",
            "endDate": "9999-12-31",
        },
    )

    assert [(e["field"], e["code"]) for e in payload["errors"]] == [
        ("startDate", "OUT_OF_RANGE"),
        ("endDate", "OUT_OF_RANGE"),
    ]
    assert await TrainingProgram.all().count() == 0
