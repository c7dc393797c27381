"""Every nested list of a program is bounded: its length, phases, sessions, a week's sessions,
and an athlete's programs have hard caps, refused with TOO_LONG (or OUT_OF_RANGE) and nothing written."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import httpx

from app.programs.models import ProgramPhase, TrainingProgram, TrainingSession
from app.programs.rules import (
    MAX_PHASES_PER_PROGRAM,
    MAX_PROGRAM_DAYS,
    MAX_PROGRAMS_PER_ATHLETE,
    MAX_SESSIONS_PER_MICRO_CYCLE,
    MAX_SESSIONS_PER_PROGRAM,
)
from app.settings import Settings
from tests.helpers import (
    ENDURANCE_RUN,
    make_cycle,
    make_phase,
    make_program,
    make_team,
    mutate,
    table_counts,
    utc,
)

CREATE_PROGRAM = (
    "mutation($input: CreateProgramInput!) { createProgram(input: $input) { errors { field code message } } }"
)
CREATE_PHASE = (
    "mutation($input: CreatePhaseInput!) { createPhase(input: $input) { errors { field code message } } }"
)
SCHEDULE = """mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) {
  errors { field code message } } }"""


def _session_input(program: TrainingProgram, **extra: Any) -> dict[str, Any]:
    return {
        "programId": str(program.id),
        "title": "Easy run",
        "scheduledAt": "2026-03-03T07:00:00Z",
        "modality": "RUN",
        "sessionType": "ENDURANCE",
        "prescription": ENDURANCE_RUN,
        **extra,
    }


async def test_a_program_spans_at_most_two_years(client: httpx.AsyncClient, settings: Settings) -> None:
    team = await make_team(settings)
    start = date(2026, 3, 2)
    longest = {"athleteId": str(team.athlete_id), "title": "Long", "startDate": start.isoformat()}

    refused = await mutate(
        client,
        team.coach.token,
        CREATE_PROGRAM,
        {**longest, "endDate": (start + timedelta(days=MAX_PROGRAM_DAYS)).isoformat()},
    )
    accepted = await mutate(
        client,
        team.coach.token,
        CREATE_PROGRAM,
        {**longest, "endDate": (start + timedelta(days=MAX_PROGRAM_DAYS - 1)).isoformat()},
    )

    assert refused["errors"] == [
        {
            "field": "endDate",
            "code": "OUT_OF_RANGE",
            "message": f"A program spans at most {MAX_PROGRAM_DAYS} days.",
        }
    ]
    assert accepted["errors"] == []


async def test_an_athlete_has_at_most_200_programs(client: httpx.AsyncClient, settings: Settings) -> None:
    team = await make_team(settings)
    athlete = team.athlete.athlete
    assert athlete is not None
    await TrainingProgram.bulk_create(
        [
            TrainingProgram(
                athlete_id=athlete.id,
                coach_id=athlete.coach_id,
                title=f"P{i}",  # type: ignore[attr-defined]
                start_date=date(2026, 1, 1),
                end_date=date(2026, 2, 1),
            )
            for i in range(MAX_PROGRAMS_PER_ATHLETE)
        ]
    )
    before = await table_counts()

    body = await mutate(
        client,
        team.coach.token,
        CREATE_PROGRAM,
        {
            "athleteId": str(athlete.id),
            "title": "One more",
            "startDate": "2026-03-02",
            "endDate": "2026-04-01",
        },
    )

    assert body["errors"] == [
        {
            "field": "athleteId",
            "code": "TOO_LONG",
            "message": f"An athlete's program list holds at most {MAX_PROGRAMS_PER_ATHLETE}.",
        }
    ]
    assert await table_counts() == before


async def test_a_program_has_at_most_20_phases(client: httpx.AsyncClient, settings: Settings) -> None:
    team = await make_team(settings)
    program = await make_program(team.athlete, start=date(2026, 1, 1), end=date(2026, 12, 31))
    for order in range(1, MAX_PHASES_PER_PROGRAM + 1):
        day = date(2026, 1, 1) + timedelta(days=7 * (order - 1))
        await make_phase(program, order, day, day + timedelta(days=6))

    body = await mutate(
        client,
        team.coach.token,
        CREATE_PHASE,
        {
            "programId": str(program.id),
            "name": "One more",
            "startDate": "2026-11-01",
            "endDate": "2026-11-30",
        },
    )

    assert [(e["field"], e["code"]) for e in body["errors"]] == [("programId", "TOO_LONG")]
    assert await ProgramPhase.filter(program_id=program.id).count() == MAX_PHASES_PER_PROGRAM


async def test_a_program_and_a_week_hold_a_bounded_number_of_sessions(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    team = await make_team(settings)
    program = await make_program(team.athlete)
    phase = await make_phase(program, 1, date(2026, 3, 2), date(2026, 3, 15))
    week = await make_cycle(phase, 1, date(2026, 3, 2), date(2026, 3, 8))
    athlete = program.athlete_id  # type: ignore[attr-defined]
    rows = [
        TrainingSession(
            program_id=program.id,
            athlete_id=athlete,
            phase_id=phase.id,
            micro_cycle_id=week.id,
            title=f"S{i}",
            scheduled_at=utc(2026, 3, 3, 7),
            modality="run",
            session_type="endurance",
            prescription=ENDURANCE_RUN,
        )
        for i in range(MAX_SESSIONS_PER_MICRO_CYCLE)
    ]
    await TrainingSession.bulk_create(rows)

    full_week = await mutate(
        client, team.coach.token, SCHEDULE, _session_input(program, microCycleId=str(week.id))
    )
    await TrainingSession.bulk_create(
        [
            TrainingSession(
                program_id=program.id,
                athlete_id=athlete,
                title=f"T{i}",
                scheduled_at=utc(2026, 3, 10, 7),
                modality="run",
                session_type="endurance",
                prescription=ENDURANCE_RUN,
            )
            for i in range(MAX_SESSIONS_PER_PROGRAM - MAX_SESSIONS_PER_MICRO_CYCLE)
        ]
    )
    full_program = await mutate(client, team.coach.token, SCHEDULE, _session_input(program))

    assert [(e["field"], e["code"]) for e in full_week["errors"]] == [("microCycleId", "TOO_LONG")]
    assert [(e["field"], e["code"]) for e in full_program["errors"]] == [("programId", "TOO_LONG")]
    assert await TrainingSession.filter(program_id=program.id).count() == MAX_SESSIONS_PER_PROGRAM
