"""Rules the database holds by itself (seed 004): delete behaviour and CHECK constraints.

These go around the services on purpose: they prove the database refuses what the services
would never send, so a bug, a script or a manual fix cannot store it either.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from app.athletes.models import AthleteProfile, Coach
from app.auth.models import User
from app.exercises.models import BenchmarkMetric
from app.logs.models import SessionFeedback, WorkoutLog
from app.programs.models import MicroCycle, ProgramPhase, TrainingProgram, TrainingSession
from app.settings import Settings
from tests.helpers import (
    make_cycle,
    make_exercise,
    make_phase,
    make_program,
    make_session,
    make_team,
)

RUN = {"modality": "run", "duration": {"value": 30, "unit": "minutes"}, "completed": True}
AT = datetime(2026, 3, 3, 7, 0, tzinfo=UTC)


async def _refused(make: Any) -> None:
    with pytest.raises(IntegrityError):
        async with in_transaction():
            await make()


async def _program_with_log(settings: Settings) -> tuple[Any, TrainingProgram, TrainingSession, WorkoutLog]:
    team = await make_team(settings)
    program = await make_program(team.athlete)
    phase = await make_phase(program, 1, date(2026, 3, 2), date(2026, 3, 29))
    cycle = await make_cycle(phase, 1, date(2026, 3, 2), date(2026, 3, 8))
    session = await make_session(program, AT, cycle=cycle)
    log = await WorkoutLog.create(
        session=session, athlete_id=program.athlete_id, completed_at=AT, actual_data=RUN, rpe=5
    )  # type: ignore[attr-defined]
    await SessionFeedback.create(
        session=session, athlete_id=program.athlete_id, feedback_type="done", submitted_at=AT
    )  # type: ignore[attr-defined]
    return team, program, session, log


async def test_a_coach_with_athletes_cannot_be_deleted(settings: Settings) -> None:
    team, *_ = await _program_with_log(settings)

    await _refused(lambda: User.filter(id=team.coach.user.id).delete())

    assert await Coach.filter(user_id=team.coach.user.id).exists()
    assert await AthleteProfile.filter(coach_id=team.coach.coach.id).count() == 1  # type: ignore[union-attr]


async def test_deleting_a_session_keeps_its_log(settings: Settings) -> None:
    _, _, session, log = await _program_with_log(settings)

    await session.delete()

    kept = await WorkoutLog.get(id=log.id)
    assert kept.session_id is None  # type: ignore[attr-defined]
    assert kept.rpe == 5
    assert await SessionFeedback.all().count() == 0  # feedback belongs to the session


async def test_deleting_a_program_deletes_its_plan_but_not_the_logs(settings: Settings) -> None:
    _, program, _, log = await _program_with_log(settings)

    await program.delete()

    assert await ProgramPhase.all().count() == 0
    assert await MicroCycle.all().count() == 0
    assert await TrainingSession.all().count() == 0
    assert await WorkoutLog.filter(id=log.id, session_id=None).exists()


async def test_deleting_an_athlete_deletes_their_logs_and_benchmarks(settings: Settings) -> None:
    team, program, _, _ = await _program_with_log(settings)
    await BenchmarkMetric.create(
        athlete_id=team.athlete_id, metric_type="FTP", value=250, unit="W", established_at=date(2026, 3, 1)
    )
    other_logs = await WorkoutLog.filter(athlete_id=team.other_athlete.athlete.id).count()  # type: ignore[union-attr]

    await User.filter(id=team.athlete.user.id).delete()

    assert await AthleteProfile.filter(id=team.athlete_id).count() == 0
    assert await TrainingProgram.filter(id=program.id).count() == 0
    assert await WorkoutLog.filter(athlete_id=team.athlete_id).count() == 0
    assert await BenchmarkMetric.filter(athlete_id=team.athlete_id).count() == 0
    assert await WorkoutLog.filter(athlete_id=team.other_athlete.athlete.id).count() == other_logs  # type: ignore[union-attr]


async def test_a_replaced_log_version_and_a_benchmarked_exercise_cannot_be_deleted(
    settings: Settings,
) -> None:
    team, _, session, log = await _program_with_log(settings)
    await WorkoutLog.filter(id=log.id).update(is_current=False)
    await WorkoutLog.create(
        session=session,
        athlete_id=team.athlete_id,
        completed_at=AT,
        actual_data=RUN,
        rpe=6,
        version=2,
        replaces_id=log.id,
    )
    squat = await make_exercise("Test Squat")
    await BenchmarkMetric.create(
        athlete_id=team.athlete_id,
        metric_type="1RM",
        value=140,
        unit="kg",
        exercise=squat,
        established_at=date(2026, 3, 1),
    )

    await _refused(lambda: WorkoutLog.filter(id=log.id).delete())
    await _refused(lambda: squat.delete())

    assert await WorkoutLog.filter(id=log.id).exists()


@pytest.mark.parametrize(
    ("table", "values"),
    [
        ("log rpe 11", {"rpe": 11}),
        ("log rpe 0", {"rpe": 0}),
        ("log notes 1001", {"notes": "x" * 1001}),
        ("feedback energy 6", {"energy": 6}),
        ("feedback soreness 0", {"soreness": 0}),
        ("benchmark value 0", {"value": 0}),
        ("1RM without exercise", {"metric_type": "1RM"}),
        ("program ends before it starts", {"end_date": date(2026, 2, 1)}),
        ("session of 301 minutes", {"duration_minutes": 301}),
        ("second current program", {}),
        ("second current log", {}),
    ],
)
async def test_check_constraints_refuse_out_of_range_rows(
    settings: Settings, table: str, values: dict[str, Any]
) -> None:
    team, program, session, _ = await _program_with_log(settings)
    await TrainingProgram.filter(id=program.id).update(status="current")
    athlete_id = team.athlete_id
    makers = {
        "log": lambda: WorkoutLog.create(
            session_id=None, athlete_id=athlete_id, completed_at=AT, actual_data=RUN, **values
        ),
        "feedback": lambda: SessionFeedback.create(
            session_id=session.id,
            athlete_id=team.other_athlete.athlete.id,
            feedback_type="done",
            submitted_at=AT,
            **values,
        ),  # type: ignore[union-attr]
        "benchmark": lambda: BenchmarkMetric.create(
            **{
                "athlete_id": athlete_id,
                "metric_type": "FTP",
                "value": 200,
                "unit": "W",
                "established_at": date(2026, 3, 1),
                **values,
            }
        ),
        "1RM": lambda: BenchmarkMetric.create(
            athlete_id=athlete_id, value=100, unit="kg", established_at=date(2026, 3, 1), **values
        ),
        "program": lambda: TrainingProgram.create(
            athlete_id=athlete_id, coach_id=program.coach_id, title="x", start_date=date(2026, 3, 2), **values
        ),  # type: ignore[attr-defined]
        "session": lambda: TrainingSession.create(
            program_id=program.id,
            athlete_id=athlete_id,
            title="x",
            scheduled_at=AT,
            modality="run",
            session_type="endurance",
            prescription={},
            **values,
        ),
        "second current program": lambda: TrainingProgram.create(
            athlete_id=athlete_id,
            coach_id=program.coach_id,
            title="again",
            start_date=date(2026, 6, 1),
            end_date=date(2026, 7, 1),
            status="current",
        ),  # type: ignore[attr-defined]
        "second current log": lambda: WorkoutLog.create(
            session_id=session.id, athlete_id=athlete_id, completed_at=AT, actual_data=RUN
        ),
    }
    key = table if table in makers else table.split()[0]
    before = (
        await WorkoutLog.all().count(),
        await BenchmarkMetric.all().count(),
        await TrainingProgram.all().count(),
    )

    await _refused(makers[key])

    assert (
        await WorkoutLog.all().count(),
        await BenchmarkMetric.all().count(),
        await TrainingProgram.all().count(),
    ) == before
