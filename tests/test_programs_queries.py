"""Programs read through the API: by id, connections, derived fields, nested loaders, access."""

from __future__ import annotations

from datetime import date

from app.programs.models import ProgramStatus, SessionStatus, TrainingProgram
from tests.helpers import (
    QueryCounter,
    call,
    gql,
    make_admin,
    make_athlete,
    make_cycle,
    make_phase,
    make_program,
    make_session,
    make_team,
    utc,
)

DERIVED = """
query($id: UUID!) {
  program(id: $id) {
    id totalWeeks completedWeeks adherenceRate
    currentPhase { name }
    nextSession { title scheduledAt }
    athlete { id displayName }
    coach { displayName }
  }
}
"""


async def _season(athlete):
    """A 12-week program (2026-02-02..2026-04-26) with three phases and a mix of sessions.

    Relative to the pinned now (2026-03-02 09:30 UTC): five sessions are due (3 completed,
    1 skipped, 1 still planned), one future session was completed early, one future one is
    skipped, and the first planned one at or after now is "Tempo" at 09:30 exactly.
    """
    program = await make_program(
        athlete, start=date(2026, 2, 2), end=date(2026, 4, 26), status=ProgramStatus.CURRENT
    )
    await make_phase(program, 1, date(2026, 2, 2), date(2026, 2, 22), name="Base")
    await make_phase(program, 2, date(2026, 2, 23), date(2026, 3, 1), name="Build")
    await make_phase(program, 3, date(2026, 3, 2), date(2026, 3, 22), name="Peak")
    for day in (3, 10, 17):
        await make_session(program, utc(2026, 2, day, 7), status=SessionStatus.COMPLETED, title=f"Done {day}")
    await make_session(program, utc(2026, 2, 24, 7), status=SessionStatus.SKIPPED, title="Skipped")
    await make_session(program, utc(2026, 3, 2, 9, 29), status=SessionStatus.PLANNED, title="Missed")
    await make_session(program, utc(2026, 3, 3, 7), status=SessionStatus.COMPLETED, title="Early")
    await make_session(program, utc(2026, 3, 2, 9, 45), status=SessionStatus.SKIPPED, title="Skipped later")
    await make_session(program, utc(2026, 3, 4, 7), title="Intervals")
    await make_session(program, utc(2026, 3, 2, 9, 30), title="Tempo")
    return program


async def test_derived_fields_with_a_pinned_clock(client, settings, fixed_clock):
    team = await make_team(settings)
    program = await _season(team.athlete)

    data = await call(client, team.coach.token, DERIVED, id=str(program.id))

    assert data["program"] == {
        "id": str(program.id),
        "totalWeeks": 12,
        "completedWeeks": 4,
        "adherenceRate": 0.6,
        "currentPhase": {"name": "Peak"},
        "nextSession": {"title": "Tempo", "scheduledAt": "2026-03-02T09:30:00+00:00"},
        "athlete": {"id": str(team.athlete_id), "displayName": "Athlete One"},
        "coach": {"displayName": "Coach Carter"},
    }


async def test_derived_fields_use_the_athletes_local_today(client, settings, fixed_clock):
    # 2026-03-02 09:30 UTC is 2026-03-01 23:30 in Honolulu: week 3 has not ended, Build still runs.
    team = await make_team(settings)
    islander = await make_athlete(
        settings, team.coach, email="kai@example.com", name="Kai", timezone="Pacific/Honolulu"
    )
    program = await _season(islander)

    data = await call(client, team.coach.token, DERIVED, id=str(program.id))

    assert data["program"]["completedWeeks"] == 3
    assert data["program"]["currentPhase"] == {"name": "Build"}


async def test_derived_fields_before_anything_is_due_and_after_the_end(client, settings, fixed_clock):
    team = await make_team(settings)
    future = await make_program(team.athlete, start=date(2026, 4, 6), end=date(2026, 4, 15))
    await make_session(future, utc(2026, 4, 7, 7), title="First")
    past = await make_program(team.athlete, start=date(2025, 9, 1), end=date(2025, 11, 30))
    await make_session(past, utc(2025, 9, 2, 7), status=SessionStatus.COMPLETED)

    ahead = (await call(client, team.coach.token, DERIVED, id=str(future.id)))["program"]
    done = (await call(client, team.coach.token, DERIVED, id=str(past.id)))["program"]

    assert (ahead["totalWeeks"], ahead["completedWeeks"], ahead["adherenceRate"]) == (2, 0, None)
    assert ahead["currentPhase"] is None
    assert ahead["nextSession"]["title"] == "First"
    assert (done["totalWeeks"], done["completedWeeks"], done["adherenceRate"]) == (13, 13, 1.0)
    assert done["nextSession"] is None


async def test_program_structure_is_ordered(client, settings):
    team = await make_team(settings)
    program = await make_program(team.athlete, start=date(2026, 3, 2), end=date(2026, 4, 26))
    late = await make_phase(program, 2, date(2026, 3, 30), date(2026, 4, 26), name="Late")
    early = await make_phase(program, 1, date(2026, 3, 2), date(2026, 3, 29), name="Early")
    await make_cycle(late, 5, date(2026, 3, 30), date(2026, 4, 5))
    week1 = await make_cycle(early, 1, date(2026, 3, 2), date(2026, 3, 8))
    await make_cycle(early, 2, date(2026, 3, 9), date(2026, 3, 15))
    await make_session(program, utc(2026, 3, 4, 7), cycle=week1, title="Wed", status=SessionStatus.COMPLETED)
    await make_session(program, utc(2026, 3, 2, 7), cycle=week1, title="Mon")
    await make_session(program, utc(2026, 3, 10, 7), phase=early, title="Loose")

    body = await call(
        client,
        team.coach.token,
        """query($id: UUID!) { program(id: $id) {
            phases { name phaseOrder program { id } microCycles { weekIndex phase { name } } }
            microCycles { weekIndex sessionsPlanned sessionsCompleted sessions { title } }
            sessions { title phase { name } microCycle { weekIndex } }
            march: sessions(from: "2026-03-03", to: "2026-03-09") { title }
            fromTenth: sessions(from: "2026-03-10") { title }
            toThird: sessions(to: "2026-03-03") { title }
        } }""",
        id=str(program.id),
    )
    data = body["program"]

    assert data["phases"] == [
        {
            "name": "Early",
            "phaseOrder": 1,
            "program": {"id": str(program.id)},
            "microCycles": [
                {"weekIndex": 1, "phase": {"name": "Early"}},
                {"weekIndex": 2, "phase": {"name": "Early"}},
            ],
        },
        {
            "name": "Late",
            "phaseOrder": 2,
            "program": {"id": str(program.id)},
            "microCycles": [{"weekIndex": 5, "phase": {"name": "Late"}}],
        },
    ]
    assert data["microCycles"] == [
        {
            "weekIndex": 1,
            "sessionsPlanned": 2,
            "sessionsCompleted": 1,
            "sessions": [{"title": "Mon"}, {"title": "Wed"}],
        },
        {"weekIndex": 2, "sessionsPlanned": 0, "sessionsCompleted": 0, "sessions": []},
        {"weekIndex": 5, "sessionsPlanned": 0, "sessionsCompleted": 0, "sessions": []},
    ]
    assert data["sessions"] == [
        {"title": "Mon", "phase": {"name": "Early"}, "microCycle": {"weekIndex": 1}},
        {"title": "Wed", "phase": {"name": "Early"}, "microCycle": {"weekIndex": 1}},
        {"title": "Loose", "phase": {"name": "Early"}, "microCycle": None},
    ]
    assert data["march"] == [{"title": "Wed"}]
    assert data["fromTenth"] == [{"title": "Loose"}]
    assert data["toThird"] == [{"title": "Mon"}]


async def test_programs_connection_filters_orders_and_pages(client, settings):
    team = await make_team(settings)
    a = await make_program(
        team.athlete,
        start=date(2026, 1, 5),
        end=date(2026, 2, 1),
        status=ProgramStatus.COMPLETED,
        title="Jan",
    )
    b = await make_program(
        team.athlete,
        start=date(2026, 3, 2),
        end=date(2026, 4, 1),
        status=ProgramStatus.CURRENT,
        title="Mar",
    )
    c = await make_program(
        team.athlete,
        start=date(2026, 2, 2),
        end=date(2026, 3, 1),
        status=ProgramStatus.COMPLETED,
        title="Feb",
    )
    await make_program(team.other_athlete, title="Not mine")
    query = """query($athleteId: UUID, $status: ProgramStatus, $first: Int, $after: String) {
        programs(athleteId: $athleteId, status: $status, first: $first, after: $after) {
            edges { node { title } } pageInfo { hasNextPage endCursor } totalCount } }"""

    everything = (await call(client, team.coach.token, query))["programs"]
    page1 = (await call(client, team.coach.token, query, athleteId=str(team.athlete_id), first=2))["programs"]
    page2 = (
        await call(
            client,
            team.coach.token,
            query,
            athleteId=str(team.athlete_id),
            first=2,
            after=page1["pageInfo"]["endCursor"],
        )
    )["programs"]
    completed = (await call(client, team.coach.token, query, status="COMPLETED"))["programs"]

    assert [e["node"]["title"] for e in everything["edges"]] == ["Mar", "Feb", "Jan"]
    assert everything["totalCount"] == 3
    assert [e["node"]["title"] for e in page1["edges"]] == ["Mar", "Feb"] and page1["pageInfo"][
        "hasNextPage"
    ] is True
    assert [e["node"]["title"] for e in page2["edges"]] == ["Jan"] and page2["pageInfo"][
        "hasNextPage"
    ] is False
    assert [e["node"]["title"] for e in completed["edges"]] == ["Feb", "Jan"]
    assert {a.id, b.id, c.id}  # the rows exist


async def test_athlete_reads_their_own_programs_only(client, settings):
    team = await make_team(settings)
    mine = await make_program(team.athlete, title="Mine")
    theirs = await make_program(team.other_athlete, title="Theirs")

    data = await call(
        client,
        team.athlete.token,
        "query($mine: UUID!, $theirs: UUID!) { mine: program(id: $mine) { title } theirs: program(id: $theirs) { title } "
        "programs { edges { node { title } } } }",
        mine=str(mine.id),
        theirs=str(theirs.id),
    )

    assert data == {
        "mine": {"title": "Mine"},
        "theirs": None,
        "programs": {"edges": [{"node": {"title": "Mine"}}]},
    }


async def test_other_coach_sees_nothing_of_another_coachs_programs(client, settings):
    team = await make_team(settings)
    program = await make_program(team.athlete)
    await make_session(program, utc(2026, 3, 3, 7))

    data = await call(
        client,
        team.other_coach.token,
        "query($id: UUID!, $athleteId: UUID!) { program(id: $id) { id } "
        "programs(athleteId: $athleteId) { edges { node { id } } totalCount } }",
        id=str(program.id),
        athleteId=str(team.athlete_id),
    )

    assert data == {"program": None, "programs": {"edges": [], "totalCount": 0}}


async def test_admin_reads_every_program(client, settings):
    team = await make_team(settings)
    await make_program(team.athlete, title="A")
    await make_program(team.other_athlete, title="B", start=date(2026, 4, 6))
    admin = await make_admin(settings)

    data = await call(client, admin.token, "{ programs { edges { node { title coach { displayName } } } } }")

    assert data["programs"]["edges"] == [
        {"node": {"title": "B", "coach": {"displayName": "Other Coach"}}},
        {"node": {"title": "A", "coach": {"displayName": "Coach Carter"}}},
    ]


async def test_a_bad_cursor_or_page_size_is_bad_user_input(client, settings):
    team = await make_team(settings)

    bad_cursor = await gql(client, '{ programs(after: "nope") { totalCount } }', token=team.coach.token)
    too_big = await gql(client, "{ programs(first: 101) { totalCount } }", token=team.coach.token)

    assert [e["extensions"]["code"] for e in bad_cursor["errors"]] == ["BAD_USER_INPUT"]
    assert [e["extensions"]["code"] for e in too_big["errors"]] == ["BAD_USER_INPUT"]


ROSTER = """{ athletes { edges { node {
    displayName
    currentProgram { title totalWeeks completedWeeks adherenceRate currentPhase { name } nextSession { title }
        phases { name microCycles { weekIndex sessionsPlanned sessionsCompleted sessions { title localDate
            log { id } feedback { id } phase { name } microCycle { weekIndex } athlete { displayName } } } }
        microCycles { weekIndex } sessions { title program { title } } coach { displayName } athlete { email } }
    programs { title }
} } } }"""


async def _athlete_with_a_full_program(settings, coach, index):
    athlete = await make_athlete(settings, coach, email=f"a{index}@example.com", name=f"Athlete {index}")
    program = await make_program(athlete, status=ProgramStatus.CURRENT, title=f"Program {index}")
    phase = await make_phase(program, 1, date(2026, 3, 2), date(2026, 3, 29))
    for week in range(2):
        cycle = await make_cycle(phase, week + 1, date(2026, 3, 2 + 7 * week), date(2026, 3, 8 + 7 * week))
        await make_session(program, utc(2026, 3, 3 + 7 * week, 7), cycle=cycle)
        await make_session(
            program, utc(2026, 3, 5 + 7 * week, 7), cycle=cycle, status=SessionStatus.COMPLETED
        )
    return athlete


async def test_nested_roster_query_runs_a_constant_number_of_statements(client, settings, fixed_clock):
    from tests.helpers import make_coach

    coach = await make_coach(settings)
    await _athlete_with_a_full_program(settings, coach, 1)
    with QueryCounter() as one:
        small = await call(client, coach.token, ROSTER)
    for index in range(2, 6):
        await _athlete_with_a_full_program(settings, coach, index)
    with QueryCounter() as five:
        large = await call(client, coach.token, ROSTER)

    assert len(small["athletes"]["edges"]) == 1
    assert len(large["athletes"]["edges"]) == 5
    first = large["athletes"]["edges"][0]["node"]
    assert first["currentProgram"]["phases"][0]["microCycles"][0]["sessionsPlanned"] == 2
    assert first["currentProgram"]["phases"][0]["microCycles"][0]["sessions"][0]["athlete"] == {
        "displayName": "Athlete 1"
    }
    assert first["currentProgram"]["athlete"] == {"email": "a1@example.com"}
    assert one.count > 10
    assert five.count == one.count, (one.count, five.count)


async def test_programs_queries_and_mutations_need_a_token(client, settings):
    team = await make_team(settings)
    program = await make_program(team.athlete)

    read = await gql(client, "query($id: UUID!) { program(id: $id) { id } }", {"id": str(program.id)})
    write = await gql(
        client,
        "mutation($input: ProgramTransitionInput!) { archiveProgram(input: $input) { program { id } } }",
        {"input": {"id": str(program.id)}},
    )

    assert [e["extensions"]["code"] for e in read["errors"]] == ["UNAUTHENTICATED"]
    assert [e["extensions"]["code"] for e in write["errors"]] == ["UNAUTHENTICATED"]
    assert (await TrainingProgram.get(id=program.id)).status is ProgramStatus.PLANNED
