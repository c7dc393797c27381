"""Dataloaders of the programs domain: programs, phases, micro-cycles, sessions, derived counts.

Every loader makes one SQL statement per batch, filtered with `athlete_filter(actor)`, and
returns results in key order (None / [] for rows the caller may not see).
"""

from __future__ import annotations

import uuid
from bisect import bisect_left
from datetime import date, datetime
from functools import reduce
from operator import attrgetter, or_
from typing import Any

from tortoise.expressions import Q
from tortoise.functions import Count, Min

from app import clock
from app.core.access import athlete_filter
from app.core.actor import Actor
from app.programs.calendar import SessionWindow
from app.programs.models import (
    MicroCycle,
    ProgramPhase,
    ProgramStatus,
    SessionStatus,
    TrainingProgram,
    TrainingSession,
)
from app.programs.progress import MicroCycleStats, ProgramStats
from graphql_schema.dataloader import ScopedLoader, by_key, first_by_key, grouped_by_key

_VIA_PROGRAM = "program__athlete"
_ID = attrgetter("id")


def _via_program(actor: Actor) -> dict[str, Any]:
    return athlete_filter(actor, through=_VIA_PROGRAM)


# --- by id ------------------------------------------------------------------------------


class TrainingProgramByIdLoader(ScopedLoader[uuid.UUID, TrainingProgram | None]):
    """Programs by id."""

    async def fetch(self, keys: list[uuid.UUID]) -> list[TrainingProgram | None]:
        return by_key(await TrainingProgram.filter(id__in=keys, **athlete_filter(self.actor)), _ID, keys)


class ProgramPhaseByIdLoader(ScopedLoader[uuid.UUID, ProgramPhase | None]):
    """Phases by id."""

    async def fetch(self, keys: list[uuid.UUID]) -> list[ProgramPhase | None]:
        return by_key(await ProgramPhase.filter(id__in=keys, **_via_program(self.actor)), _ID, keys)


class MicroCycleByIdLoader(ScopedLoader[uuid.UUID, MicroCycle | None]):
    """Micro-cycles by id."""

    async def fetch(self, keys: list[uuid.UUID]) -> list[MicroCycle | None]:
        return by_key(await MicroCycle.filter(id__in=keys, **_via_program(self.actor)), _ID, keys)


class TrainingSessionByIdLoader(ScopedLoader[uuid.UUID, TrainingSession | None]):
    """Sessions by id; None for missing or invisible rows."""

    async def fetch(self, keys: list[uuid.UUID]) -> list[TrainingSession | None]:
        return by_key(await TrainingSession.filter(id__in=keys, **athlete_filter(self.actor)), _ID, keys)


# --- children ---------------------------------------------------------------------------


class ProgramPhasesByProgramLoader(ScopedLoader[uuid.UUID, list[ProgramPhase]]):
    """A program's phases, by phase order."""

    async def fetch(self, keys: list[uuid.UUID]) -> list[list[ProgramPhase]]:
        rows = await ProgramPhase.filter(program_id__in=keys, **_via_program(self.actor)).order_by(
            "phase_order", "id"
        )
        return grouped_by_key(rows, attrgetter("program_id"), keys)


class MicroCyclesByProgramLoader(ScopedLoader[uuid.UUID, list[MicroCycle]]):
    """A program's micro-cycles, by week index."""

    async def fetch(self, keys: list[uuid.UUID]) -> list[list[MicroCycle]]:
        rows = await MicroCycle.filter(program_id__in=keys, **_via_program(self.actor)).order_by(
            "week_index", "id"
        )
        return grouped_by_key(rows, attrgetter("program_id"), keys)


class MicroCyclesByPhaseLoader(ScopedLoader[uuid.UUID, list[MicroCycle]]):
    """A phase's micro-cycles, by week index."""

    async def fetch(self, keys: list[uuid.UUID]) -> list[list[MicroCycle]]:
        rows = await MicroCycle.filter(phase_id__in=keys, **_via_program(self.actor)).order_by(
            "week_index", "id"
        )
        return grouped_by_key(rows, attrgetter("phase_id"), keys)


class TrainingSessionsByMicroCycleLoader(ScopedLoader[uuid.UUID, list[TrainingSession]]):
    """A micro-cycle's sessions, by scheduled time."""

    async def fetch(self, keys: list[uuid.UUID]) -> list[list[TrainingSession]]:
        rows = await TrainingSession.filter(micro_cycle_id__in=keys, **athlete_filter(self.actor)).order_by(
            "scheduled_at", "id"
        )
        return grouped_by_key(rows, attrgetter("micro_cycle_id"), keys)


def _window_q(window: SessionWindow) -> Q:
    conditions: dict[str, Any] = {"program_id": window.program_id}
    if window.start is not None:
        conditions["scheduled_at__gte"] = window.start
    if window.end is not None:
        conditions["scheduled_at__lt"] = window.end
    return Q(**conditions)


class TrainingSessionsByWindowLoader(ScopedLoader[SessionWindow, list[TrainingSession]]):
    """A program's sessions within a time window, by scheduled time (one query for all windows)."""

    async def fetch(self, keys: list[SessionWindow]) -> list[list[TrainingSession]]:
        condition = reduce(or_, (_window_q(key) for key in set(keys)))
        rows = await TrainingSession.filter(condition, **athlete_filter(self.actor)).order_by(
            "scheduled_at", "id"
        )
        groups = grouped_by_key(rows, attrgetter("program_id"), [key.program_id for key in keys])
        return [_slice(group, key) for group, key in zip(groups, keys, strict=True)]


def _slice(sessions: list[TrainingSession], window: SessionWindow) -> list[TrainingSession]:
    """The sessions (ordered by time) of `window`, found by bisection."""
    times = [s.scheduled_at for s in sessions]
    low = bisect_left(times, window.start) if window.start is not None else 0
    high = bisect_left(times, window.end) if window.end is not None else len(times)
    return sessions[low:high]


class TrainingProgramsByAthleteLoader(ScopedLoader[uuid.UUID, list[TrainingProgram]]):
    """An athlete's programs, newest start date first."""

    async def fetch(self, keys: list[uuid.UUID]) -> list[list[TrainingProgram]]:
        rows = await TrainingProgram.filter(athlete_id__in=keys, **athlete_filter(self.actor)).order_by(
            "-start_date", "-id"
        )
        return grouped_by_key(rows, attrgetter("athlete_id"), keys)


class CurrentTrainingProgramByAthleteLoader(ScopedLoader[uuid.UUID, TrainingProgram | None]):
    """An athlete's current program (at most one: a unique index says so)."""

    async def fetch(self, keys: list[uuid.UUID]) -> list[TrainingProgram | None]:
        rows = await TrainingProgram.filter(
            athlete_id__in=keys, status=ProgramStatus.CURRENT, **athlete_filter(self.actor)
        )
        return by_key(rows, attrgetter("athlete_id"), keys)


PhaseDayKey = tuple[uuid.UUID, date]


class ProgramPhaseByDateLoader(ScopedLoader[PhaseDayKey, ProgramPhase | None]):
    """The phase of a program whose dates contain a day: keys are (program id, day)."""

    async def fetch(self, keys: list[PhaseDayKey]) -> list[ProgramPhase | None]:
        condition = reduce(or_, (Q(program_id=p, start_date__lte=d, end_date__gte=d) for p, d in set(keys)))
        rows = await ProgramPhase.filter(condition, **_via_program(self.actor)).order_by("start_date", "id")
        groups = grouped_by_key(rows, attrgetter("program_id"), [program_id for program_id, _ in keys])
        return [_phase_on(group, day) for group, (_, day) in zip(groups, keys, strict=True)]


def _phase_on(phases: list[ProgramPhase], day: date) -> ProgramPhase | None:
    """The phase (of phases ordered by start, never overlapping) whose dates contain `day`."""
    index = bisect_left([p.start_date for p in phases], day)
    candidates = phases[max(index - 1, 0) : index + 1]
    return next((p for p in candidates if p.start_date <= day <= p.end_date), None)


# --- derived statistics -----------------------------------------------------------------


class ProgramStatsByProgramLoader(ScopedLoader[uuid.UUID, ProgramStats]):
    """Adherence counts and the next session time of programs: one GROUP BY per batch."""

    async def fetch(self, keys: list[uuid.UUID]) -> list[ProgramStats]:
        now = clock.now()
        rows = (
            await TrainingSession.filter(program_id__in=keys, **athlete_filter(self.actor))
            .annotate(
                due=Count("id", _filter=Q(scheduled_at__lt=now)),
                completed_due=Count("id", _filter=Q(scheduled_at__lt=now, status=SessionStatus.COMPLETED)),
                next_at=Min("scheduled_at", _filter=Q(scheduled_at__gte=now, status=SessionStatus.PLANNED)),
            )
            .group_by("program_id")
            .values("program_id", "due", "completed_due", "next_at")
        )
        stats = {
            row["program_id"]: ProgramStats(row["due"], row["completed_due"], row["next_at"]) for row in rows
        }
        return [stats.get(key, ProgramStats()) for key in keys]


ProgramTimeKey = tuple[uuid.UUID, datetime]


class TrainingSessionByProgramTimeLoader(ScopedLoader[ProgramTimeKey, TrainingSession | None]):
    """The planned session of a program at a time (keys: (program id, scheduledAt)); lowest id on ties."""

    async def fetch(self, keys: list[ProgramTimeKey]) -> list[TrainingSession | None]:
        condition = reduce(or_, (Q(program_id=p, scheduled_at=t) for p, t in set(keys)))
        rows = await TrainingSession.filter(
            condition, status=SessionStatus.PLANNED, **athlete_filter(self.actor)
        ).order_by("id")
        return first_by_key(rows, attrgetter("program_id", "scheduled_at"), keys)


class MicroCycleStatsByMicroCycleLoader(ScopedLoader[uuid.UUID, MicroCycleStats]):
    """Session counts of micro-cycles: one GROUP BY per batch."""

    async def fetch(self, keys: list[uuid.UUID]) -> list[MicroCycleStats]:
        rows = (
            await TrainingSession.filter(micro_cycle_id__in=keys, **athlete_filter(self.actor))
            .annotate(planned=Count("id"), completed=Count("id", _filter=Q(status=SessionStatus.COMPLETED)))
            .group_by("micro_cycle_id")
            .values("micro_cycle_id", "planned", "completed")
        )
        stats = {row["micro_cycle_id"]: MicroCycleStats(row["planned"], row["completed"]) for row in rows}
        return [stats.get(key, MicroCycleStats()) for key in keys]


class ProgramsLoaders:
    """The programs loaders of one operation."""

    def __init__(self, actor: Actor) -> None:
        self.program_by_id = TrainingProgramByIdLoader(actor)
        self.phase_by_id = ProgramPhaseByIdLoader(actor)
        self.micro_cycle_by_id = MicroCycleByIdLoader(actor)
        self.session_by_id = TrainingSessionByIdLoader(actor)
        self.phases_by_program = ProgramPhasesByProgramLoader(actor)
        self.micro_cycles_by_program = MicroCyclesByProgramLoader(actor)
        self.micro_cycles_by_phase = MicroCyclesByPhaseLoader(actor)
        self.sessions_by_micro_cycle = TrainingSessionsByMicroCycleLoader(actor)
        self.sessions_by_window = TrainingSessionsByWindowLoader(actor)
        self.programs_by_athlete = TrainingProgramsByAthleteLoader(actor)
        self.current_program_by_athlete = CurrentTrainingProgramByAthleteLoader(actor)
        self.phase_by_date = ProgramPhaseByDateLoader(actor)
        self.stats_by_program = ProgramStatsByProgramLoader(actor)
        self.planned_session_by_time = TrainingSessionByProgramTimeLoader(actor)
        self.stats_by_micro_cycle = MicroCycleStatsByMicroCycleLoader(actor)
