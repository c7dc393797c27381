"""Phases and micro-cycles: dates inside their container, no overlaps, ordering, reordering."""

from __future__ import annotations

from datetime import date

from app.audit.models import AuditLog
from app.programs.models import MicroCycle, ProgramPhase, TrainingSession
from tests.helpers import (
    USER_ERRORS,
    error_codes,
    gql,
    make_cycle,
    make_phase,
    make_program,
    make_session,
    make_team,
    mutate,
    snapshot,
    utc,
)

PHASE_FIELDS = "id name focus phaseOrder startDate endDate status"
CYCLE_FIELDS = "id weekIndex startDate endDate status"
CREATE_PHASE = (
    "mutation($input: CreatePhaseInput!) "
    f"{{ createPhase(input: $input) {{ phase {{ {PHASE_FIELDS} }} {USER_ERRORS} }} }}"
)
UPDATE_PHASE = (
    "mutation($input: UpdatePhaseInput!) "
    f"{{ updatePhase(input: $input) {{ phase {{ {PHASE_FIELDS} }} {USER_ERRORS} }} }}"
)
REORDER_PHASES = (
    "mutation($input: ReorderPhasesInput!) { reorderPhases(input: $input) { program { id phases { "
    + PHASE_FIELDS
    + " } } "
    + USER_ERRORS
    + " } }"
)
CREATE_CYCLE = (
    "mutation($input: CreateMicroCycleInput!) { createMicroCycle(input: $input) { microCycle { "
    + CYCLE_FIELDS
    + " } "
    + USER_ERRORS
    + " } }"
)
UPDATE_CYCLE = (
    "mutation($input: UpdateMicroCycleInput!) { updateMicroCycle(input: $input) { microCycle { "
    + CYCLE_FIELDS
    + " phase { id } } "
    + USER_ERRORS
    + " } }"
)


def _codes(payload):
    return [(e["field"], e["code"]) for e in payload["errors"]]


async def _program(settings):
    team = await make_team(settings)
    program = await make_program(team.athlete, start=date(2026, 3, 2), end=date(2026, 4, 26))
    return team, program


# --- creating and editing phases --------------------------------------------------------


async def test_phases_are_appended_in_order(client, settings):
    team, program = await _program(settings)
    base = {"programId": str(program.id)}

    first = await mutate(
        client,
        team.coach.token,
        CREATE_PHASE,
        {
            **base,
            "name": " Base ",
            "focus": "Aerobic",
            "startDate": "2026-03-02",
            "endDate": "2026-03-22",
        },
    )
    second = await mutate(
        client,
        team.coach.token,
        CREATE_PHASE,
        {**base, "name": "Build", "startDate": "2026-03-23", "endDate": "2026-04-12"},
    )

    assert first == {
        "phase": {
            "id": first["phase"]["id"],
            "name": "Base",
            "focus": "Aerobic",
            "phaseOrder": 1,
            "startDate": "2026-03-02",
            "endDate": "2026-03-22",
            "status": "PLANNED",
        },
        "errors": [],
    }
    assert second["phase"]["phaseOrder"] == 2
    assert await AuditLog.filter(action="create_phase").count() == 2


async def test_phase_must_lie_within_the_program(client, settings):
    team, program = await _program(settings)
    before = await snapshot()

    payload = await mutate(
        client,
        team.coach.token,
        CREATE_PHASE,
        {
            "programId": str(program.id),
            "name": "Wide",
            "startDate": "2026-03-01",
            "endDate": "2026-04-27",
        },
    )

    assert payload["phase"] is None
    assert _codes(payload) == [("startDate", "OUT_OF_RANGE"), ("endDate", "OUT_OF_RANGE")]
    assert await snapshot() == before


async def test_phase_field_rules_are_reported_together(client, settings):
    team, program = await _program(settings)

    payload = await mutate(
        client,
        team.coach.token,
        CREATE_PHASE,
        {
            "programId": str(program.id),
            "name": "n" * 101,
            "focus": "f" * 201,
            "startDate": "2026-03-10",
            "endDate": "2026-03-09",
            "phaseOrder": 0,
        },
    )

    assert _codes(payload) == [
        ("name", "TOO_LONG"),
        ("focus", "TOO_LONG"),
        ("endDate", "INVALID"),
        ("phaseOrder", "OUT_OF_RANGE"),
    ]
    assert await ProgramPhase.all().count() == 0


async def test_overlapping_phases_are_refused(client, settings):
    team, program = await _program(settings)
    await make_phase(program, 1, date(2026, 3, 2), date(2026, 3, 22), name="Base")

    payload = await mutate(
        client,
        team.coach.token,
        CREATE_PHASE,
        {
            "programId": str(program.id),
            "name": "Clash",
            "startDate": "2026-03-22",
            "endDate": "2026-03-29",
        },
    )

    assert payload["errors"] == [
        {
            "field": "startDate",
            "code": "OVERLAP",
            "message": "The dates overlap another phase of the program (Base).",
        }
    ]
    assert await ProgramPhase.all().count() == 1


async def test_phase_order_must_follow_the_dates(client, settings):
    team, program = await _program(settings)
    await make_phase(program, 1, date(2026, 3, 2), date(2026, 3, 8))
    await make_phase(program, 3, date(2026, 3, 23), date(2026, 3, 29))
    base = {"programId": str(program.id), "name": "Middle"}

    appended_too_early = await mutate(
        client,
        team.coach.token,
        CREATE_PHASE,
        {**base, "startDate": "2026-03-09", "endDate": "2026-03-15"},
    )
    wrong_order = await mutate(
        client,
        team.coach.token,
        CREATE_PHASE,
        {**base, "startDate": "2026-03-30", "endDate": "2026-04-05", "phaseOrder": 2},
    )
    taken = await mutate(
        client,
        team.coach.token,
        CREATE_PHASE,
        {**base, "startDate": "2026-03-09", "endDate": "2026-03-15", "phaseOrder": 3},
    )
    fits = await mutate(
        client,
        team.coach.token,
        CREATE_PHASE,
        {**base, "startDate": "2026-03-09", "endDate": "2026-03-15", "phaseOrder": 2},
    )

    assert _codes(appended_too_early) == [("startDate", "INVALID")]
    assert _codes(wrong_order) == [("phaseOrder", "INVALID")]
    assert _codes(taken) == [("phaseOrder", "ALREADY_EXISTS")]
    assert fits["errors"] == [] and fits["phase"]["phaseOrder"] == 2
    assert [p.phase_order for p in await ProgramPhase.all().order_by("start_date")] == [1, 2, 3]


async def test_update_phase_checks_overlap_order_and_its_micro_cycles(client, settings):
    team, program = await _program(settings)
    base_phase = await make_phase(program, 1, date(2026, 3, 2), date(2026, 3, 15), name="Base")
    build = await make_phase(program, 2, date(2026, 3, 16), date(2026, 3, 29), name="Build")
    await make_cycle(build, 3, date(2026, 3, 23), date(2026, 3, 29))
    before = await snapshot()

    overlap = await mutate(
        client, team.coach.token, UPDATE_PHASE, {"id": str(base_phase.id), "endDate": "2026-03-16"}
    )
    order = await mutate(client, team.coach.token, UPDATE_PHASE, {"id": str(base_phase.id), "phaseOrder": 3})
    cuts_cycle = await mutate(
        client, team.coach.token, UPDATE_PHASE, {"id": str(build.id), "endDate": "2026-03-28"}
    )
    outside = await mutate(
        client, team.coach.token, UPDATE_PHASE, {"id": str(build.id), "endDate": "2026-04-27"}
    )
    cleared = await mutate(client, team.coach.token, UPDATE_PHASE, {"id": str(build.id), "startDate": None})

    assert _codes(overlap) == [("startDate", "OVERLAP")]
    assert _codes(order) == [("phaseOrder", "INVALID")]
    assert _codes(cuts_cycle) == [("endDate", "OUT_OF_RANGE")]
    assert _codes(outside) == [("endDate", "OUT_OF_RANGE")]
    assert _codes(cleared) == [("startDate", "REQUIRED")]
    assert await snapshot() == before

    ok = await mutate(
        client,
        team.coach.token,
        UPDATE_PHASE,
        {
            "id": str(build.id),
            "name": "Build 2",
            "focus": None,
            "endDate": "2026-04-05",
            "status": "ACTIVE",
        },
    )
    assert ok["errors"] == []
    assert (ok["phase"]["name"], ok["phase"]["endDate"], ok["phase"]["status"]) == (
        "Build 2",
        "2026-04-05",
        "ACTIVE",
    )


# --- reordering -------------------------------------------------------------------------


async def test_reorder_lays_phases_back_to_back_and_moves_their_weeks_and_sessions(client, settings):
    team, program = await _program(settings)
    a = await make_phase(program, 1, date(2026, 3, 2), date(2026, 3, 15), name="A")  # 14 days
    b = await make_phase(program, 2, date(2026, 3, 16), date(2026, 3, 22), name="B")  # 7 days
    c = await make_phase(program, 3, date(2026, 3, 30), date(2026, 4, 12), name="C")  # 14 days, after a gap
    a_week = await make_cycle(a, 1, date(2026, 3, 2), date(2026, 3, 8))
    c_week = await make_cycle(c, 5, date(2026, 4, 6), date(2026, 4, 12))
    a_session = await make_session(program, utc(2026, 3, 3, 6, 15), cycle=a_week)
    c_session = await make_session(program, utc(2026, 4, 7, 18), cycle=c_week)
    b_loose = await make_session(program, utc(2026, 3, 20, 7), phase=b)

    payload = await mutate(
        client,
        team.coach.token,
        REORDER_PHASES,
        {"programId": str(program.id), "phaseIds": [str(c.id), str(a.id), str(b.id)]},
    )

    assert payload["errors"] == []
    assert [
        (p["name"], p["phaseOrder"], p["startDate"], p["endDate"]) for p in payload["program"]["phases"]
    ] == [
        ("C", 1, "2026-03-02", "2026-03-15"),  # moved 28 days earlier
        ("A", 2, "2026-03-16", "2026-03-29"),  # moved 14 days later
        ("B", 3, "2026-03-30", "2026-04-05"),  # moved 14 days later
    ]
    assert (await MicroCycle.get(id=c_week.id)).start_date == date(2026, 3, 9)
    assert (await MicroCycle.get(id=c_week.id)).end_date == date(2026, 3, 15)
    assert (await MicroCycle.get(id=a_week.id)).start_date == date(2026, 3, 16)
    assert (await TrainingSession.get(id=c_session.id)).scheduled_at == utc(2026, 3, 10, 18)
    assert (await TrainingSession.get(id=a_session.id)).scheduled_at == utc(2026, 3, 17, 6, 15)
    assert (await TrainingSession.get(id=b_loose.id)).scheduled_at == utc(2026, 4, 3, 7)
    assert await AuditLog.filter(action="reorder_phases", entity_id=program.id).count() == 1


async def test_reorder_needs_exactly_the_programs_phases(client, settings):
    team, program = await _program(settings)
    a = await make_phase(program, 1, date(2026, 3, 2), date(2026, 3, 8))
    b = await make_phase(program, 2, date(2026, 3, 9), date(2026, 3, 15))
    other_program = await make_program(team.athlete, title="Other")
    stranger = await make_phase(other_program, 1, date(2026, 3, 2), date(2026, 3, 8))
    before = await snapshot()

    missing = await mutate(
        client,
        team.coach.token,
        REORDER_PHASES,
        {"programId": str(program.id), "phaseIds": [str(a.id)]},
    )
    doubled = await mutate(
        client,
        team.coach.token,
        REORDER_PHASES,
        {"programId": str(program.id), "phaseIds": [str(a.id), str(a.id), str(b.id)]},
    )
    foreign = await mutate(
        client,
        team.coach.token,
        REORDER_PHASES,
        {"programId": str(program.id), "phaseIds": [str(b.id), str(stranger.id)]},
    )

    for payload in (missing, doubled, foreign):
        assert payload["program"] is None
        assert _codes(payload) == [("phaseIds", "INVALID")]
    assert await snapshot() == before


# --- micro-cycles -----------------------------------------------------------------------


async def test_micro_cycle_defaults_to_seven_days(client, settings):
    team, program = await _program(settings)
    phase = await make_phase(program, 1, date(2026, 3, 2), date(2026, 3, 29))
    client_id = "0b7c8a7e-43f5-4b8e-9d1b-3f5a5f0c2e11"

    payload = await mutate(
        client,
        team.coach.token,
        CREATE_CYCLE,
        {
            "programId": str(program.id),
            "phaseId": str(phase.id),
            "weekIndex": 1,
            "startDate": "2026-03-02",
            "id": client_id,
        },
    )

    assert payload == {
        "microCycle": {
            "id": client_id,
            "weekIndex": 1,
            "startDate": "2026-03-02",
            "endDate": "2026-03-08",
            "status": "PLANNED",
        },
        "errors": [],
    }


async def test_micro_cycle_rules(client, settings):
    team, program = await _program(settings)
    phase = await make_phase(program, 1, date(2026, 3, 2), date(2026, 3, 29))
    await make_cycle(phase, 1, date(2026, 3, 2), date(2026, 3, 8))
    other_program = await make_program(team.athlete, title="Other")
    foreign_phase = await make_phase(other_program, 1, date(2026, 3, 2), date(2026, 3, 29))
    base = {"programId": str(program.id), "phaseId": str(phase.id)}
    before = await snapshot()

    duplicate = await mutate(
        client, team.coach.token, CREATE_CYCLE, {**base, "weekIndex": 1, "startDate": "2026-03-09"}
    )
    overlap = await mutate(
        client, team.coach.token, CREATE_CYCLE, {**base, "weekIndex": 2, "startDate": "2026-03-08"}
    )
    outside = await mutate(
        client, team.coach.token, CREATE_CYCLE, {**base, "weekIndex": 5, "startDate": "2026-03-26"}
    )
    zero = await mutate(
        client, team.coach.token, CREATE_CYCLE, {**base, "weekIndex": 0, "startDate": "2026-03-09"}
    )
    wrong_phase = await mutate(
        client,
        team.coach.token,
        CREATE_CYCLE,
        {**base, "phaseId": str(foreign_phase.id), "weekIndex": 2, "startDate": "2026-03-09"},
    )
    inverted = await mutate(
        client,
        team.coach.token,
        CREATE_CYCLE,
        {**base, "weekIndex": 2, "startDate": "2026-03-15", "endDate": "2026-03-09"},
    )

    assert _codes(duplicate) == [("weekIndex", "ALREADY_EXISTS")]
    assert _codes(overlap) == [("startDate", "OVERLAP")]
    assert _codes(outside) == [("endDate", "OUT_OF_RANGE")]
    assert _codes(zero) == [("weekIndex", "OUT_OF_RANGE")]
    assert _codes(wrong_phase) == [("phaseId", "NOT_FOUND")]
    assert _codes(inverted) == [("endDate", "INVALID")]
    assert await snapshot() == before


async def test_update_micro_cycle_keeps_it_in_its_phase_and_moves_sessions_with_it(client, settings):
    team, program = await _program(settings)
    first = await make_phase(program, 1, date(2026, 3, 2), date(2026, 3, 15), name="First")
    second = await make_phase(program, 2, date(2026, 3, 16), date(2026, 3, 29), name="Second")
    week = await make_cycle(first, 1, date(2026, 3, 2), date(2026, 3, 8))
    await make_cycle(first, 2, date(2026, 3, 9), date(2026, 3, 15))
    session = await make_session(program, utc(2026, 3, 3, 7), cycle=week)
    before = await snapshot()

    outside = await mutate(
        client, team.coach.token, UPDATE_CYCLE, {"id": str(week.id), "phaseId": str(second.id)}
    )
    overlap = await mutate(
        client, team.coach.token, UPDATE_CYCLE, {"id": str(week.id), "endDate": "2026-03-09"}
    )
    duplicate = await mutate(client, team.coach.token, UPDATE_CYCLE, {"id": str(week.id), "weekIndex": 2})
    assert _codes(outside) == [("startDate", "OUT_OF_RANGE")]
    assert _codes(overlap) == [("startDate", "OVERLAP")]
    assert _codes(duplicate) == [("weekIndex", "ALREADY_EXISTS")]
    assert await snapshot() == before

    moved = await mutate(
        client,
        team.coach.token,
        UPDATE_CYCLE,
        {
            "id": str(week.id),
            "phaseId": str(second.id),
            "weekIndex": 3,
            "startDate": "2026-03-16",
            "endDate": "2026-03-22",
            "status": "ACTIVE",
        },
    )

    assert moved["errors"] == []
    assert moved["microCycle"] == {
        "id": str(week.id),
        "weekIndex": 3,
        "startDate": "2026-03-16",
        "endDate": "2026-03-22",
        "status": "ACTIVE",
        "phase": {"id": str(second.id)},
    }
    assert (await TrainingSession.get(id=session.id)).phase_id == second.id  # type: ignore[attr-defined]


# --- access -----------------------------------------------------------------------------


async def test_athlete_may_not_write_phases_or_weeks(client, settings):
    team, program = await _program(settings)
    phase = await make_phase(program, 1, date(2026, 3, 2), date(2026, 3, 29))
    week = await make_cycle(phase, 1, date(2026, 3, 2), date(2026, 3, 8))
    before = await snapshot()
    calls = [
        (
            CREATE_PHASE,
            {
                "programId": str(program.id),
                "name": "X",
                "startDate": "2026-04-01",
                "endDate": "2026-04-02",
            },
        ),
        (UPDATE_PHASE, {"id": str(phase.id), "name": "X"}),
        (REORDER_PHASES, {"programId": str(program.id), "phaseIds": [str(phase.id)]}),
        (
            CREATE_CYCLE,
            {
                "programId": str(program.id),
                "phaseId": str(phase.id),
                "weekIndex": 2,
                "startDate": "2026-03-09",
            },
        ),
        (UPDATE_CYCLE, {"id": str(week.id), "weekIndex": 4}),
    ]

    for query, variables in calls:
        body = await gql(client, query, {"input": variables}, token=team.athlete.token)
        assert error_codes(body) == ["FORBIDDEN"], body

    assert await snapshot() == before


async def test_other_coach_gets_not_found_for_phases_and_weeks(client, settings):
    team, program = await _program(settings)
    phase = await make_phase(program, 1, date(2026, 3, 2), date(2026, 3, 29))
    week = await make_cycle(phase, 1, date(2026, 3, 2), date(2026, 3, 8))
    before = await snapshot()
    calls = [
        (
            CREATE_PHASE,
            {
                "programId": str(program.id),
                "name": "X",
                "startDate": "2026-04-01",
                "endDate": "2026-04-02",
            },
            "programId",
        ),
        (UPDATE_PHASE, {"id": str(phase.id), "name": "X"}, "id"),
        (REORDER_PHASES, {"programId": str(program.id), "phaseIds": [str(phase.id)]}, "programId"),
        (
            CREATE_CYCLE,
            {
                "programId": str(program.id),
                "phaseId": str(phase.id),
                "weekIndex": 2,
                "startDate": "2026-03-09",
            },
            "programId",
        ),
        (UPDATE_CYCLE, {"id": str(week.id), "weekIndex": 4}, "id"),
    ]

    for query, variables, field in calls:
        payload = await mutate(client, team.other_coach.token, query, variables)
        assert _codes(payload) == [(field, "NOT_FOUND")]

    assert await snapshot() == before


async def test_dates_outside_the_supported_window_are_out_of_range(client, settings):
    team, program = await _program(settings)
    phase = await make_phase(program, 1, date(2026, 3, 2), date(2026, 3, 29))
    before = await snapshot()

    far_week = await mutate(
        client,
        team.coach.token,
        CREATE_CYCLE,
        {
            "programId": str(program.id),
            "phaseId": str(phase.id),
            "weekIndex": 9,
            "startDate": "9999-12-30",
        },
    )
    far_phase = await mutate(
        client,
        team.coach.token,
        CREATE_PHASE,
        {
            "programId": str(program.id),
            "name": "Old",
            "startDate": "1899-12-31",
            "endDate": "2026-03-01",
        },
    )

    assert far_week["errors"] == [
        {
            "field": "startDate",
            "code": "OUT_OF_RANGE",
            "message": "Dates run from 1900-01-01 to 2199-12-31.",
        }
    ]
    assert _codes(far_phase) == [("startDate", "OUT_OF_RANGE")]
    assert await snapshot() == before


async def test_phase_order_and_week_index_stay_far_below_the_integer_limit(client, settings):
    # A phase at order 2147483647 made the next appended phase (order + 1) overflow the INTEGER
    # column: an internal error. Orders and week indexes now run from 1 to 10000.
    team, program = await _program(settings)
    top = await make_phase(program, 2_147_483_647, date(2026, 3, 2), date(2026, 3, 29))
    cycle = await make_cycle(top, 1, date(2026, 3, 2), date(2026, 3, 8))
    before = await snapshot()

    appended = await mutate(
        client,
        team.coach.token,
        CREATE_PHASE,
        {"programId": str(program.id), "name": "Peak", "startDate": "2026-03-30", "endDate": "2026-04-12"},
    )
    ordered = await mutate(
        client,
        team.coach.token,
        CREATE_PHASE,
        {
            "programId": str(program.id),
            "name": "Peak",
            "startDate": "2026-03-30",
            "endDate": "2026-04-12",
            "phaseOrder": 10_001,
        },
    )
    moved = await mutate(
        client, team.coach.token, UPDATE_PHASE, {"id": str(top.id), "phaseOrder": 2_147_483_647}
    )
    week = await mutate(
        client,
        team.coach.token,
        CREATE_CYCLE,
        {
            "programId": str(program.id),
            "phaseId": str(top.id),
            "weekIndex": 10_001,
            "startDate": "2026-03-09",
        },
    )
    renumbered = await mutate(
        client, team.coach.token, UPDATE_CYCLE, {"id": str(cycle.id), "weekIndex": -2_147_483_648}
    )

    assert appended["errors"] == [
        {
            "field": "phaseOrder",
            "code": "OUT_OF_RANGE",
            "message": "The last phase has order 10000, the highest; give this phase's order.",
        }
    ]
    order_error = {
        "field": "phaseOrder",
        "code": "OUT_OF_RANGE",
        "message": "Phase order runs from 1 to 10000.",
    }
    assert ordered["errors"] == [order_error]
    assert moved["errors"] == [order_error]
    week_error = {"field": "weekIndex", "code": "OUT_OF_RANGE", "message": "Week index runs from 1 to 10000."}
    assert week["errors"] == [week_error]
    assert renumbered["errors"] == [week_error]
    assert await snapshot() == before


async def test_a_week_starting_on_the_last_supported_day_is_out_of_range(client, settings):
    # Without an endDate, a week from 2199-12-31 got no end at all, and the range checks then
    # compared None with a date: an internal error. Its default end (2200-01-06) is now refused.
    team, program = await _program(settings)
    phase = await make_phase(program, 1, date(2026, 3, 2), date(2026, 3, 29))
    before = await snapshot()

    payload = await mutate(
        client,
        team.coach.token,
        CREATE_CYCLE,
        {"programId": str(program.id), "phaseId": str(phase.id), "weekIndex": 9, "startDate": "2199-12-31"},
    )

    assert payload["errors"] == [
        {"field": "endDate", "code": "OUT_OF_RANGE", "message": "Dates run from 1900-01-01 to 2199-12-31."}
    ]
    assert await snapshot() == before
