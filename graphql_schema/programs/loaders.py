"""Dataloaders of the programs domain, built per request with the caller's row-level scope.

Every loader makes one SQL statement per batch, filtered with `athlete_filter(actor)`, and
returns results in key order (None / [] for rows the caller may not see).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from functools import reduce
from operator import or_
from typing import Any

from aiodataloader import DataLoader
from tortoise.expressions import Q
from tortoise.functions import Count, Min

from app import clock
from app.core.access import athlete_filter
from app.core.actor import Actor
from app.programs.models import (
    MicroCycle,
    ProgramPhase,
    ProgramStatus,
    SessionStatus,
    TrainingProgram,
    TrainingSession,
)

_VIA_PROGRAM = "program__athlete"


def _by_key(rows: Any, key: str, keys: list[Any]) -> list[Any]:
    # graphql_schema.loaders imports this module, so its helpers are imported on first use.
    from graphql_schema.loaders import by_key

    return by_key(rows, key, keys)


def _grouped(rows: Any, key: str, keys: list[Any]) -> list[list[Any]]:
    from graphql_schema.loaders import grouped_by_key

    return grouped_by_key(rows, key, keys)


class _ScopedLoader(DataLoader):
    """A loader that knows the caller, so every batch query is row-scoped in SQL."""

    def __init__(self, actor: Actor | None) -> None:
        super().__init__()
        self.actor = actor

    async def batch_load_fn(self, keys: list[Any]) -> list[Any]:
        if self.actor is None:
            return [self.empty() for _ in keys]
        return await self.load_batch(self.actor, keys)

    def empty(self) -> Any:
        return None

    async def load_batch(self, actor: Actor, keys: list[Any]) -> list[Any]:
        raise NotImplementedError


class _GroupLoader(_ScopedLoader):
    def empty(self) -> Any:
        return []


# --- by id ------------------------------------------------------------------------------


class TrainingProgramByIdLoader(_ScopedLoader):
    """Programs by id."""

    async def load_batch(self, actor: Actor, keys: list[uuid.UUID]) -> list[TrainingProgram | None]:
        return _by_key(await TrainingProgram.filter(id__in=keys, **athlete_filter(actor)), "id", keys)


class ProgramPhaseByIdLoader(_ScopedLoader):
    """Phases by id."""

    async def load_batch(self, actor: Actor, keys: list[uuid.UUID]) -> list[ProgramPhase | None]:
        rows = await ProgramPhase.filter(id__in=keys, **athlete_filter(actor, through=_VIA_PROGRAM))
        return _by_key(rows, "id", keys)


class MicroCycleByIdLoader(_ScopedLoader):
    """Micro-cycles by id."""

    async def load_batch(self, actor: Actor, keys: list[uuid.UUID]) -> list[MicroCycle | None]:
        rows = await MicroCycle.filter(id__in=keys, **athlete_filter(actor, through=_VIA_PROGRAM))
        return _by_key(rows, "id", keys)


class TrainingSessionByIdLoader(_ScopedLoader):
    """Sessions by id; None for missing or invisible rows."""

    async def load_batch(self, actor: Actor, keys: list[uuid.UUID]) -> list[TrainingSession | None]:
        return _by_key(await TrainingSession.filter(id__in=keys, **athlete_filter(actor)), "id", keys)


# --- children ---------------------------------------------------------------------------


class ProgramPhasesByProgramLoader(_GroupLoader):
    """A program's phases, by phase order."""

    async def load_batch(self, actor: Actor, keys: list[uuid.UUID]) -> list[list[ProgramPhase]]:
        rows = await ProgramPhase.filter(
            program_id__in=keys, **athlete_filter(actor, through=_VIA_PROGRAM)
        ).order_by("phase_order", "id")
        return _grouped(rows, "program_id", keys)


class MicroCyclesByProgramLoader(_GroupLoader):
    """A program's micro-cycles, by week index."""

    async def load_batch(self, actor: Actor, keys: list[uuid.UUID]) -> list[list[MicroCycle]]:
        rows = await MicroCycle.filter(
            program_id__in=keys, **athlete_filter(actor, through=_VIA_PROGRAM)
        ).order_by("week_index", "id")
        return _grouped(rows, "program_id", keys)


class MicroCyclesByPhaseLoader(_GroupLoader):
    """A phase's micro-cycles, by week index."""

    async def load_batch(self, actor: Actor, keys: list[uuid.UUID]) -> list[list[MicroCycle]]:
        rows = await MicroCycle.filter(
            phase_id__in=keys, **athlete_filter(actor, through=_VIA_PROGRAM)
        ).order_by("week_index", "id")
        return _grouped(rows, "phase_id", keys)


class TrainingSessionsByMicroCycleLoader(_GroupLoader):
    """A micro-cycle's sessions, by scheduled time."""

    async def load_batch(self, actor: Actor, keys: list[uuid.UUID]) -> list[list[TrainingSession]]:
        rows = await TrainingSession.filter(micro_cycle_id__in=keys, **athlete_filter(actor)).order_by(
            "scheduled_at", "id"
        )
        return _grouped(rows, "micro_cycle_id", keys)


@dataclass(frozen=True)
class SessionWindow:
    """A program's sessions in [start, end) (UTC; None: unbounded)."""

    program_id: uuid.UUID
    start: datetime | None = None
    end: datetime | None = None

    def q(self) -> Q:
        conditions: dict[str, Any] = {"program_id": self.program_id}
        if self.start is not None:
            conditions["scheduled_at__gte"] = self.start
        if self.end is not None:
            conditions["scheduled_at__lt"] = self.end
        return Q(**conditions)

    def contains(self, session: TrainingSession) -> bool:
        return (
            session.program_id == self.program_id
            and (self.start is None or session.scheduled_at >= self.start)
            and (self.end is None or session.scheduled_at < self.end)
        )


class TrainingSessionsByWindowLoader(_GroupLoader):
    """A program's sessions within a time window, by scheduled time (one query for all windows)."""

    async def load_batch(self, actor: Actor, keys: list[SessionWindow]) -> list[list[TrainingSession]]:
        condition = reduce(or_, (key.q() for key in set(keys)))
        rows = await TrainingSession.filter(condition, **athlete_filter(actor)).order_by("scheduled_at", "id")
        return [[row for row in rows if key.contains(row)] for key in keys]


class TrainingProgramsByAthleteLoader(_GroupLoader):
    """An athlete's programs, newest start date first."""

    async def load_batch(self, actor: Actor, keys: list[uuid.UUID]) -> list[list[TrainingProgram]]:
        rows = await TrainingProgram.filter(athlete_id__in=keys, **athlete_filter(actor)).order_by(
            "-start_date", "-id"
        )
        return _grouped(rows, "athlete_id", keys)


class CurrentTrainingProgramByAthleteLoader(_ScopedLoader):
    """An athlete's current program (at most one: a unique index says so)."""

    async def load_batch(self, actor: Actor, keys: list[uuid.UUID]) -> list[TrainingProgram | None]:
        rows = await TrainingProgram.filter(
            athlete_id__in=keys, status=ProgramStatus.CURRENT, **athlete_filter(actor)
        )
        return _by_key(rows, "athlete_id", keys)


class ProgramPhaseByDateLoader(_ScopedLoader):
    """The phase of a program whose dates contain a day: keys are (program id, day)."""

    async def load_batch(self, actor: Actor, keys: list[tuple[uuid.UUID, date]]) -> list[ProgramPhase | None]:
        condition = reduce(or_, (Q(program_id=p, start_date__lte=d, end_date__gte=d) for p, d in set(keys)))
        rows = await ProgramPhase.filter(condition, **athlete_filter(actor, through=_VIA_PROGRAM)).order_by(
            "phase_order"
        )
        found: list[ProgramPhase | None] = []
        for program_id, day in keys:
            match = [r for r in rows if r.program_id == program_id and r.start_date <= day <= r.end_date]
            found.append(match[0] if match else None)
        return found


# --- derived statistics -----------------------------------------------------------------


@dataclass(frozen=True)
class ProgramStats:
    """Session counts of a program as of `now`, and when its next planned session is."""

    due: int = 0
    completed_due: int = 0
    next_at: datetime | None = None

    @property
    def adherence_rate(self) -> float | None:
        return self.completed_due / self.due if self.due else None


class ProgramStatsByProgramLoader(_ScopedLoader):
    """Adherence counts and the next session time of programs: one GROUP BY per batch."""

    def empty(self) -> Any:
        return ProgramStats()

    async def load_batch(self, actor: Actor, keys: list[uuid.UUID]) -> list[ProgramStats]:
        now = clock.now()
        rows = (
            await TrainingSession.filter(program_id__in=keys, **athlete_filter(actor))
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


class TrainingSessionByProgramTimeLoader(_ScopedLoader):
    """The planned session of a program at a time (keys: (program id, scheduledAt)); lowest id on ties."""

    async def load_batch(
        self, actor: Actor, keys: list[tuple[uuid.UUID, datetime]]
    ) -> list[TrainingSession | None]:
        condition = reduce(or_, (Q(program_id=p, scheduled_at=t) for p, t in set(keys)))
        rows = await TrainingSession.filter(
            condition, status=SessionStatus.PLANNED, **athlete_filter(actor)
        ).order_by("id")
        found: list[TrainingSession | None] = []
        for program_id, moment in keys:
            match = [r for r in rows if r.program_id == program_id and r.scheduled_at == moment]
            found.append(match[0] if match else None)
        return found


@dataclass(frozen=True)
class MicroCycleStats:
    """How many sessions a micro-cycle has, and how many are completed."""

    planned: int = 0
    completed: int = 0


class MicroCycleStatsByMicroCycleLoader(_ScopedLoader):
    """Session counts of micro-cycles: one GROUP BY per batch."""

    def empty(self) -> Any:
        return MicroCycleStats()

    async def load_batch(self, actor: Actor, keys: list[uuid.UUID]) -> list[MicroCycleStats]:
        rows = (
            await TrainingSession.filter(micro_cycle_id__in=keys, **athlete_filter(actor))
            .annotate(
                planned=Count("id"),
                completed=Count("id", _filter=Q(status=SessionStatus.COMPLETED)),
            )
            .group_by("micro_cycle_id")
            .values("micro_cycle_id", "planned", "completed")
        )
        stats = {row["micro_cycle_id"]: MicroCycleStats(row["planned"], row["completed"]) for row in rows}
        return [stats.get(key, MicroCycleStats()) for key in keys]


class ProgramsLoaders:
    """The programs loaders of one request."""

    def __init__(self, actor: Actor | None) -> None:
        self.actor = actor
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
