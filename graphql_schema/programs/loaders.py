"""Dataloaders of the programs domain: programs, phases, micro-cycles, sessions, derived counts.

Every loader makes one SQL statement per batch (app/programs/reads.py: constant text, filtered
to what the caller may see, rows read without the ORM), and returns results in key order
(None / [] for rows the caller may not see). The rows have their model's attributes, read-only,
and are typed as the model.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from operator import attrgetter

from app import clock
from app.core.actor import Actor
from app.db.json import RawJSON
from app.programs import reads
from app.programs.calendar import SessionWindow
from app.programs.models import MicroCycle as MicroCycleRow
from app.programs.models import ProgramPhase as PhaseRow
from app.programs.models import TrainingProgram as ProgramRow
from app.programs.models import TrainingSession as SessionRow
from app.programs.progress import MicroCycleStats, ProgramStats
from graphql_schema.dataloader import ScopedLoader, by_key, by_position, grouped_by_key

_ID = attrgetter("id")
_PROGRAM_ID = attrgetter("program_id")
_ATHLETE_ID = attrgetter("athlete_id")


# --- by id ------------------------------------------------------------------------------


class TrainingProgramByIdLoader(ScopedLoader[uuid.UUID, ProgramRow | None]):
    """Programs by id."""

    async def fetch(self, keys: list[uuid.UUID]) -> list[ProgramRow | None]:
        return by_key(await reads.programs_by_id(self.actor, keys), _ID, keys)


class ProgramPhaseByIdLoader(ScopedLoader[uuid.UUID, PhaseRow | None]):
    """Phases by id."""

    async def fetch(self, keys: list[uuid.UUID]) -> list[PhaseRow | None]:
        return by_key(await reads.phases_by_id(self.actor, keys), _ID, keys)


class MicroCycleByIdLoader(ScopedLoader[uuid.UUID, MicroCycleRow | None]):
    """Micro-cycles by id."""

    async def fetch(self, keys: list[uuid.UUID]) -> list[MicroCycleRow | None]:
        return by_key(await reads.micro_cycles_by_id(self.actor, keys), _ID, keys)


class TrainingSessionByIdLoader(ScopedLoader[uuid.UUID, SessionRow | None]):
    """Sessions by id; None for missing or invisible rows."""

    async def fetch(self, keys: list[uuid.UUID]) -> list[SessionRow | None]:
        return by_key(await reads.sessions_by_id(self.actor, keys), _ID, keys)


class PrescriptionBySessionLoader(ScopedLoader[uuid.UUID, RawJSON | None]):
    """Sessions' prescriptions, for rows read without them (app/db/rows.py)."""

    async def fetch(self, keys: list[uuid.UUID]) -> list[RawJSON | None]:
        found = await reads.prescriptions(self.actor, keys)
        return [found.get(key) for key in keys]


# --- children ---------------------------------------------------------------------------


class ProgramPhasesByProgramLoader(ScopedLoader[uuid.UUID, list[PhaseRow]]):
    """A program's phases, by phase order."""

    async def fetch(self, keys: list[uuid.UUID]) -> list[list[PhaseRow]]:
        return grouped_by_key(await reads.phases_of_programs(self.actor, keys), _PROGRAM_ID, keys)


class MicroCyclesByProgramLoader(ScopedLoader[uuid.UUID, list[MicroCycleRow]]):
    """A program's micro-cycles, by week index."""

    async def fetch(self, keys: list[uuid.UUID]) -> list[list[MicroCycleRow]]:
        return grouped_by_key(await reads.micro_cycles_of_programs(self.actor, keys), _PROGRAM_ID, keys)


class MicroCyclesByPhaseLoader(ScopedLoader[uuid.UUID, list[MicroCycleRow]]):
    """A phase's micro-cycles, by week index."""

    narrows = True

    async def fetch(self, keys: list[uuid.UUID]) -> list[list[MicroCycleRow]]:
        rows = await reads.micro_cycles_of_phases(self.actor, keys)
        return grouped_by_key(rows, attrgetter("phase_id"), keys)

    async def fetch_reading(
        self, keys: list[uuid.UUID], reading: frozenset[str]
    ) -> list[list[MicroCycleRow]]:
        rows = await reads.micro_cycles_of_phases(self.actor, keys, reading)
        return grouped_by_key(rows, attrgetter("phase_id"), keys)


class TrainingSessionsByMicroCycleLoader(ScopedLoader[uuid.UUID, list[SessionRow]]):
    """A micro-cycle's sessions, by scheduled time."""

    narrows = True

    async def fetch(self, keys: list[uuid.UUID]) -> list[list[SessionRow]]:
        rows = await reads.sessions_of_micro_cycles(self.actor, keys)
        return grouped_by_key(rows, attrgetter("micro_cycle_id"), keys)

    async def fetch_reading(self, keys: list[uuid.UUID], reading: frozenset[str]) -> list[list[SessionRow]]:
        rows = await reads.sessions_of_micro_cycles(self.actor, keys, reading)
        return grouped_by_key(rows, attrgetter("micro_cycle_id"), keys)


class TrainingSessionsByWindowLoader(ScopedLoader[SessionWindow, list[SessionRow]]):
    """A program's sessions within a time window, by scheduled time (one query for all windows)."""

    async def fetch(self, keys: list[SessionWindow]) -> list[list[SessionRow]]:
        return by_position(
            await reads.sessions_in_windows(self.actor, [(w.program_id, w.start, w.end) for w in keys]),
            len(keys),
        )


class TrainingProgramsByAthleteLoader(ScopedLoader[uuid.UUID, list[ProgramRow]]):
    """An athlete's programs, newest start date first."""

    async def fetch(self, keys: list[uuid.UUID]) -> list[list[ProgramRow]]:
        return grouped_by_key(await reads.programs_of_athletes(self.actor, keys), _ATHLETE_ID, keys)


class CurrentTrainingProgramByAthleteLoader(ScopedLoader[uuid.UUID, ProgramRow | None]):
    """An athlete's current program (at most one: a unique index says so)."""

    async def fetch(self, keys: list[uuid.UUID]) -> list[ProgramRow | None]:
        return by_key(await reads.current_programs_of_athletes(self.actor, keys), _ATHLETE_ID, keys)


PhaseDayKey = tuple[uuid.UUID, date]


class ProgramPhaseByDateLoader(ScopedLoader[PhaseDayKey, PhaseRow | None]):
    """The phase of a program whose dates contain a day: keys are (program id, day)."""

    async def fetch(self, keys: list[PhaseDayKey]) -> list[PhaseRow | None]:
        groups = by_position(await reads.phases_on_days(self.actor, keys), len(keys))
        return [group[0] if group else None for group in groups]


# --- derived statistics -----------------------------------------------------------------


class ProgramStatsByProgramLoader(ScopedLoader[uuid.UUID, ProgramStats]):
    """Adherence counts and the next session time of programs: one GROUP BY per batch."""

    async def fetch(self, keys: list[uuid.UUID]) -> list[ProgramStats]:
        stats = await reads.program_stats(self.actor, keys, clock.now())
        return [stats.get(key, ProgramStats()) for key in keys]


ProgramTimeKey = tuple[uuid.UUID, datetime]


class TrainingSessionByProgramTimeLoader(ScopedLoader[ProgramTimeKey, SessionRow | None]):
    """The planned session of a program at a time (keys: (program id, scheduledAt)); lowest id on ties."""

    async def fetch(self, keys: list[ProgramTimeKey]) -> list[SessionRow | None]:
        groups = by_position(await reads.planned_sessions_at(self.actor, keys), len(keys))
        return [group[0] if group else None for group in groups]


class MicroCycleStatsByMicroCycleLoader(ScopedLoader[uuid.UUID, MicroCycleStats]):
    """Session counts of micro-cycles: one GROUP BY per batch."""

    async def fetch(self, keys: list[uuid.UUID]) -> list[MicroCycleStats]:
        stats = await reads.micro_cycle_stats(self.actor, keys)
        return [stats.get(key, MicroCycleStats()) for key in keys]


class ProgramsLoaders:
    """The programs loaders of one operation."""

    def __init__(self, actor: Actor) -> None:
        self.program_by_id = TrainingProgramByIdLoader(actor)
        self.phase_by_id = ProgramPhaseByIdLoader(actor)
        self.micro_cycle_by_id = MicroCycleByIdLoader(actor)
        self.session_by_id = TrainingSessionByIdLoader(actor)
        self.prescription_by_session = PrescriptionBySessionLoader(actor)
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
