"""GraphQL types of the programs domain: programs, phases, micro-cycles, sessions, weeks."""

from __future__ import annotations

import math
import uuid
from datetime import date, datetime
from typing import TYPE_CHECKING, Annotated, Any

import strawberry
from strawberry.scalars import JSON

from app import clock
from app.athletes.models import AthleteProfile as AthleteModel
from app.programs.models import Intensity as IntensityEnum
from app.programs.models import MicroCycle as MicroCycleModel
from app.programs.models import MicroCycleStatus as MicroCycleStatusEnum
from app.programs.models import Modality as ModalityEnum
from app.programs.models import PhaseStatus as PhaseStatusEnum
from app.programs.models import ProgramPhase as PhaseModel
from app.programs.models import ProgramStatus as ProgramStatusEnum
from app.programs.models import SessionStatus as SessionStatusEnum
from app.programs.models import SessionType as SessionTypeEnum
from app.programs.models import TrainingProgram as ProgramModel
from app.programs.models import TrainingSession as SessionModel
from app.programs.sessions import AthleteWeek as WeekModel
from app.programs.sessions import check_window, local_date, local_day_bounds
from graphql_schema.errors import UserError
from graphql_schema.programs.loaders import SessionWindow

if TYPE_CHECKING:
    from graphql_schema.athletes.types import AthleteProfile, Coach
    from graphql_schema.logs.types import SessionFeedback, WorkoutLog

ProgramStatus = strawberry.enum(
    ProgramStatusEnum,
    name="ProgramStatus",
    description="A program's life: planned -> current -> completed, or archived. One current program per athlete.",
)
PhaseStatus = strawberry.enum(PhaseStatusEnum, name="PhaseStatus", description="Where a phase stands.")
MicroCycleStatus = strawberry.enum(
    MicroCycleStatusEnum, name="MicroCycleStatus", description="Where a training week stands."
)
Modality = strawberry.enum(ModalityEnum, name="Modality", description="How a session is trained.")
SessionType = strawberry.enum(
    SessionTypeEnum,
    name="SessionType",
    description="Strength or endurance: decides the prescription's JSON schema.",
)
SessionStatus = strawberry.enum(
    SessionStatusEnum, name="SessionStatus", description="Planned, completed or skipped."
)
Intensity = strawberry.enum(IntensityEnum, name="Intensity", description="How hard a session is meant to be.")

AthleteRef = Annotated["AthleteProfile", strawberry.lazy("graphql_schema.athletes.types")]
CoachRef = Annotated["Coach", strawberry.lazy("graphql_schema.athletes.types")]
WorkoutLogRef = Annotated["WorkoutLog", strawberry.lazy("graphql_schema.logs.types")]
FeedbackRef = Annotated["SessionFeedback", strawberry.lazy("graphql_schema.logs.types")]


async def _athlete_model(info: strawberry.Info, athlete_id: uuid.UUID) -> AthleteModel | None:
    return await info.context.loaders.athletes.athlete_by_id.load(athlete_id)


async def _athlete(info: strawberry.Info, athlete_id: uuid.UUID) -> Any:
    from graphql_schema.athletes.types import AthleteProfile

    model = await _athlete_model(info, athlete_id)
    return AthleteProfile.from_model(model) if model else None


# The parent of a row the caller can see is visible too (same athlete), so the non-null fields
# below never get None from these helpers but for a row deleted meanwhile; GraphQL then reports
# its own non-null error. Hence their `type: ignore[return-value]`.
async def _program(info: strawberry.Info, program_id: uuid.UUID) -> TrainingProgram | None:
    model = await info.context.loaders.programs.program_by_id.load(program_id)
    return TrainingProgram.from_model(model) if model else None


async def _phase(info: strawberry.Info, phase_id: uuid.UUID | None) -> ProgramPhase | None:
    if phase_id is None:
        return None
    model = await info.context.loaders.programs.phase_by_id.load(phase_id)
    return ProgramPhase.from_model(model) if model else None


async def _micro_cycle(info: strawberry.Info, cycle_id: uuid.UUID | None) -> MicroCycle | None:
    if cycle_id is None:
        return None
    model = await info.context.loaders.programs.micro_cycle_by_id.load(cycle_id)
    return MicroCycle.from_model(model) if model else None


@strawberry.type(description="One planned workout of a program.")
class TrainingSession:
    id: uuid.UUID = strawberry.field(description="The session's id.")
    title: str = strawberry.field(description="Short name of the session, 1-200 characters.")
    scheduled_at: datetime = strawberry.field(description="When the session is planned (UTC).")
    duration_minutes: int | None = strawberry.field(description="Planned duration in minutes, 1-300.")
    modality: Modality = strawberry.field(description="How the session is trained.")  # type: ignore[valid-type]
    session_type: SessionType = strawberry.field(  # type: ignore[valid-type]
        description="Strength or endurance; decides the prescription's schema."
    )
    prescription: JSON = strawberry.field(
        description="What to do, as JSON following the session type's schema (seed 004)."
    )
    focus: str | None = strawberry.field(description="What the session works on, e.g. lower-body power.")
    intensity: Intensity | None = strawberry.field(description="How hard the session is meant to be.")  # type: ignore[valid-type]
    status: SessionStatus = strawberry.field(description="Planned, completed or skipped.")  # type: ignore[valid-type]
    planned_load: float | None = strawberry.field(
        description="Planned training load (arbitrary units, >= 0)."
    )
    completed_at: datetime | None = strawberry.field(description="When the session was completed (UTC).")
    skipped_reason: str | None = strawberry.field(description="Why the session was skipped.")
    created_at: datetime = strawberry.field(description="When the session was created (UTC).")
    updated_at: datetime = strawberry.field(description="When the session last changed (UTC).")
    program_id: strawberry.Private[uuid.UUID]
    phase_id: strawberry.Private[uuid.UUID | None]
    micro_cycle_id: strawberry.Private[uuid.UUID | None]
    athlete_id: strawberry.Private[uuid.UUID]

    @strawberry.field(description="The program the session belongs to.")
    async def program(self, info: strawberry.Info) -> TrainingProgram:
        return await _program(info, self.program_id)  # type: ignore[return-value]

    @strawberry.field(description="The phase the session belongs to, if any.")
    async def phase(self, info: strawberry.Info) -> ProgramPhase | None:
        return await _phase(info, self.phase_id)

    @strawberry.field(description="The micro-cycle (training week) the session belongs to, if any.")
    async def micro_cycle(self, info: strawberry.Info) -> MicroCycle | None:
        return await _micro_cycle(info, self.micro_cycle_id)

    @strawberry.field(description="The athlete the session is for.")
    async def athlete(self, info: strawberry.Info) -> AthleteRef:
        return await _athlete(info, self.athlete_id)

    @strawberry.field(description="The calendar date of the session in the athlete's time zone.")
    async def local_date(self, info: strawberry.Info) -> date:
        athlete = await _athlete_model(info, self.athlete_id)
        return local_date(self.scheduled_at, athlete.timezone if athlete else "UTC")

    @strawberry.field(
        description="The current version of the athlete's workout log for this session, if logged."
    )
    async def log(self, info: strawberry.Info) -> WorkoutLogRef | None:
        from graphql_schema.logs.types import WorkoutLog

        model = await info.context.loaders.logs.current_log_by_session.load(self.id)
        return WorkoutLog.from_model(model) if model else None

    @strawberry.field(description="The athlete's feedback on this session, if given.")
    async def feedback(self, info: strawberry.Info) -> FeedbackRef | None:
        from graphql_schema.logs.types import SessionFeedback

        model = await info.context.loaders.logs.feedback_by_session.load(self.id)
        return SessionFeedback.from_model(model) if model else None

    @classmethod
    def from_model(cls, model: SessionModel) -> TrainingSession:
        return cls(
            id=model.id,
            title=model.title,
            scheduled_at=model.scheduled_at,
            duration_minutes=model.duration_minutes,
            modality=model.modality,
            session_type=model.session_type,
            prescription=JSON(model.prescription),
            focus=model.focus,
            intensity=model.intensity,
            status=model.status,
            planned_load=model.planned_load,
            completed_at=model.completed_at,
            skipped_reason=model.skipped_reason,
            created_at=model.created_at,
            updated_at=model.updated_at,
            program_id=model.program_id,
            phase_id=model.phase_id,
            micro_cycle_id=model.micro_cycle_id,
            athlete_id=model.athlete_id,
        )


def _sessions(models: list[SessionModel]) -> list[TrainingSession]:
    return [TrainingSession.from_model(m) for m in models]


@strawberry.type(description="One training week of a program, inside one phase.")
class MicroCycle:
    id: uuid.UUID = strawberry.field(description="The micro-cycle's id.")
    week_index: int = strawberry.field(
        description="The week's number in its program, from 1; unique in the program."
    )
    start_date: date = strawberry.field(description="First day of the week (athlete-local date).")
    end_date: date = strawberry.field(description="Last day of the week (athlete-local date).")
    status: MicroCycleStatus = strawberry.field(description="Planned, active or completed.")  # type: ignore[valid-type]
    readiness_score: float | None = strawberry.field(
        description="Readiness for the week, 0-100, derived from wellness data; null until computed."
    )
    created_at: datetime = strawberry.field(description="When the micro-cycle was created (UTC).")
    updated_at: datetime = strawberry.field(description="When the micro-cycle last changed (UTC).")
    program_id: strawberry.Private[uuid.UUID]
    phase_id: strawberry.Private[uuid.UUID]

    @strawberry.field(description="The program the week belongs to.")
    async def program(self, info: strawberry.Info) -> TrainingProgram:
        return await _program(info, self.program_id)  # type: ignore[return-value]

    @strawberry.field(description="The phase the week belongs to.")
    async def phase(self, info: strawberry.Info) -> ProgramPhase:
        return await _phase(info, self.phase_id)  # type: ignore[return-value]

    @strawberry.field(description="The week's sessions, by scheduled time.")
    async def sessions(self, info: strawberry.Info) -> list[TrainingSession]:
        return _sessions(await info.context.loaders.programs.sessions_by_micro_cycle.load(self.id))

    @strawberry.field(description="How many sessions the week has (any status).")
    async def sessions_planned(self, info: strawberry.Info) -> int:
        return (await info.context.loaders.programs.stats_by_micro_cycle.load(self.id)).planned

    @strawberry.field(description="How many of the week's sessions are completed.")
    async def sessions_completed(self, info: strawberry.Info) -> int:
        return (await info.context.loaders.programs.stats_by_micro_cycle.load(self.id)).completed

    @classmethod
    def from_model(cls, model: MicroCycleModel) -> MicroCycle:
        return cls(
            id=model.id,
            week_index=model.week_index,
            start_date=model.start_date,
            end_date=model.end_date,
            status=model.status,
            readiness_score=model.readiness_score,
            created_at=model.created_at,
            updated_at=model.updated_at,
            program_id=model.program_id,
            phase_id=model.phase_id,
        )


@strawberry.type(
    description="A block of a program (base, build, peak...); phases are ordered and do not overlap."
)
class ProgramPhase:
    id: uuid.UUID = strawberry.field(description="The phase's id.")
    name: str = strawberry.field(description="The phase's name, 1-100 characters.")
    focus: str | None = strawberry.field(description="What the phase develops.")
    phase_order: int = strawberry.field(description="Position in the program, from 1; follows the dates.")
    start_date: date = strawberry.field(description="First day of the phase (athlete-local date).")
    end_date: date = strawberry.field(description="Last day of the phase (athlete-local date).")
    status: PhaseStatus = strawberry.field(description="Planned, active or completed.")  # type: ignore[valid-type]
    created_at: datetime = strawberry.field(description="When the phase was created (UTC).")
    updated_at: datetime = strawberry.field(description="When the phase last changed (UTC).")
    program_id: strawberry.Private[uuid.UUID]

    @strawberry.field(description="The program the phase belongs to.")
    async def program(self, info: strawberry.Info) -> TrainingProgram:
        return await _program(info, self.program_id)  # type: ignore[return-value]

    @strawberry.field(description="The phase's micro-cycles, by week index.")
    async def micro_cycles(self, info: strawberry.Info) -> list[MicroCycle]:
        models = await info.context.loaders.programs.micro_cycles_by_phase.load(self.id)
        return [MicroCycle.from_model(m) for m in models]

    @classmethod
    def from_model(cls, model: PhaseModel) -> ProgramPhase:
        return cls(
            id=model.id,
            name=model.name,
            focus=model.focus,
            phase_order=model.phase_order,
            start_date=model.start_date,
            end_date=model.end_date,
            status=model.status,
            created_at=model.created_at,
            updated_at=model.updated_at,
            program_id=model.program_id,
        )


@strawberry.type(description="A coach's plan for one athlete over a date range.")
class TrainingProgram:
    id: uuid.UUID = strawberry.field(description="The program's id.")
    title: str = strawberry.field(description="The program's title, 1-200 characters.")
    description: str | None = strawberry.field(description="Free text about the program.")
    start_date: date = strawberry.field(description="First day of the program (athlete-local date).")
    end_date: date = strawberry.field(description="Last day of the program (athlete-local date).")
    macro_cycle: str | None = strawberry.field(
        description="The macro-cycle (season block) the program belongs to."
    )
    status: ProgramStatus = strawberry.field(description="Planned, current, completed or archived.")  # type: ignore[valid-type]
    version: int = strawberry.field(
        description="Starts at 1 and grows with every edit; send it as `expectedVersion` to detect concurrent edits."
    )
    created_at: datetime = strawberry.field(description="When the program was created (UTC).")
    updated_at: datetime = strawberry.field(description="When the program last changed (UTC).")
    athlete_id: strawberry.Private[uuid.UUID]
    coach_id: strawberry.Private[uuid.UUID]

    @strawberry.field(description="The athlete the program is for.")
    async def athlete(self, info: strawberry.Info) -> AthleteRef:
        return await _athlete(info, self.athlete_id)

    @strawberry.field(description="The coach who plans the program.")
    async def coach(self, info: strawberry.Info) -> CoachRef:
        from graphql_schema.athletes.types import Coach

        model = await info.context.loaders.athletes.coach_by_id.load(self.coach_id)
        return Coach.from_model(model) if model else None  # type: ignore[return-value]

    @strawberry.field(description="The program's phases, by phase order.")
    async def phases(self, info: strawberry.Info) -> list[ProgramPhase]:
        models = await info.context.loaders.programs.phases_by_program.load(self.id)
        return [ProgramPhase.from_model(m) for m in models]

    @strawberry.field(description="The program's micro-cycles (training weeks), by week index.")
    async def micro_cycles(self, info: strawberry.Info) -> list[MicroCycle]:
        models = await info.context.loaders.programs.micro_cycles_by_program.load(self.id)
        return [MicroCycle.from_model(m) for m in models]

    @strawberry.field(
        description="The program's sessions by scheduled time, optionally within athlete-local dates."
    )
    async def sessions(
        self,
        info: strawberry.Info,
        from_: Annotated[
            date | None,
            strawberry.argument(name="from", description="First athlete-local date to include."),
        ] = None,
        to: Annotated[
            date | None, strawberry.argument(description="Last athlete-local date to include.")
        ] = None,
    ) -> list[TrainingSession]:
        check_window(from_, to)
        start = end = None
        if from_ is not None or to is not None:
            athlete = await _athlete_model(info, self.athlete_id)
            zone = athlete.timezone if athlete else "UTC"
            if from_ is not None:
                start, _ = local_day_bounds(zone, from_, from_)
            if to is not None:
                _, end = local_day_bounds(zone, to, to)
        window = SessionWindow(program_id=self.id, start=start, end=end)
        return _sessions(await info.context.loaders.programs.sessions_by_window.load(window))

    @strawberry.field(description="Length of the program in weeks: ceil((endDate - startDate + 1 day) / 7).")
    def total_weeks(self) -> int:
        return math.ceil(((self.end_date - self.start_date).days + 1) / 7)

    @strawberry.field(
        description="Whole weeks elapsed from startDate to the athlete's local today, between 0 and totalWeeks."
    )
    async def completed_weeks(self, info: strawberry.Info) -> int:
        today = await self._today(info)
        elapsed = (today - self.start_date).days // 7
        return max(0, min(elapsed, self.total_weeks()))

    @strawberry.field(
        description="Completed sessions / sessions scheduled before now (skipped and still-planned past sessions "
        "count against), 0-1; null while no session is due yet."
    )
    async def adherence_rate(self, info: strawberry.Info) -> float | None:
        return (await info.context.loaders.programs.stats_by_program.load(self.id)).adherence_rate

    @strawberry.field(description="The phase whose dates contain the athlete's local today, if any.")
    async def current_phase(self, info: strawberry.Info) -> ProgramPhase | None:
        today = await self._today(info)
        model = await info.context.loaders.programs.phase_by_date.load((self.id, today))
        return ProgramPhase.from_model(model) if model else None

    @strawberry.field(description="The first planned session scheduled at or after now, if any.")
    async def next_session(self, info: strawberry.Info) -> TrainingSession | None:
        stats = await info.context.loaders.programs.stats_by_program.load(self.id)
        if stats.next_at is None:
            return None
        model = await info.context.loaders.programs.planned_session_by_time.load((self.id, stats.next_at))
        return TrainingSession.from_model(model) if model else None

    async def _today(self, info: strawberry.Info) -> date:
        athlete = await _athlete_model(info, self.athlete_id)
        return local_date(clock.now(), athlete.timezone if athlete else "UTC")

    @classmethod
    def from_model(cls, model: ProgramModel) -> TrainingProgram:
        return cls(
            id=model.id,
            title=model.title,
            description=model.description,
            start_date=model.start_date,
            end_date=model.end_date,
            macro_cycle=model.macro_cycle,
            status=model.status,
            version=model.version,
            created_at=model.created_at,
            updated_at=model.updated_at,
            athlete_id=model.athlete_id,
            coach_id=model.coach_id,
        )


@strawberry.type(description="An athlete's Monday-to-Sunday week (athlete-local dates) and its sessions.")
class AthleteWeek:
    week_start: date = strawberry.field(description="The Monday that starts the week.")
    week_end: date = strawberry.field(description="The Sunday that ends the week.")
    sessions: list[TrainingSession] = strawberry.field(description="The week's sessions, by scheduled time.")
    sessions_planned: int = strawberry.field(description="How many sessions the week has (any status).")
    sessions_completed: int = strawberry.field(description="How many of the week's sessions are completed.")
    athlete_model: strawberry.Private[AthleteModel]

    @strawberry.field(description="The athlete whose week this is.")
    def athlete(self) -> AthleteRef:
        from graphql_schema.athletes.types import AthleteProfile

        return AthleteProfile.from_model(self.athlete_model)

    @classmethod
    def from_model(cls, week: WeekModel) -> AthleteWeek:
        return cls(
            week_start=week.week_start,
            week_end=week.week_end,
            sessions=_sessions(week.sessions),
            sessions_planned=week.sessions_planned,
            sessions_completed=week.sessions_completed,
            athlete_model=week.athlete,
        )


# --- payloads ---------------------------------------------------------------------------


@strawberry.type(description="The result of a program mutation.")
class ProgramPayload:
    program: TrainingProgram | None = strawberry.field(
        description="The program as saved; null when `errors` is not empty."
    )
    errors: list[UserError] = strawberry.field(description="Why the input was refused; empty on success.")


@strawberry.type(description="The result of a phase mutation.")
class ProgramPhasePayload:
    phase: ProgramPhase | None = strawberry.field(
        description="The phase as saved; null when `errors` is not empty."
    )
    errors: list[UserError] = strawberry.field(description="Why the input was refused; empty on success.")


@strawberry.type(description="The result of a micro-cycle mutation.")
class MicroCyclePayload:
    micro_cycle: MicroCycle | None = strawberry.field(
        description="The micro-cycle as saved; null when `errors` is not empty."
    )
    errors: list[UserError] = strawberry.field(description="Why the input was refused; empty on success.")


@strawberry.type(description="The result of a session mutation.")
class TrainingSessionPayload:
    session: TrainingSession | None = strawberry.field(
        description="The session as saved; null when `errors` is not empty."
    )
    errors: list[UserError] = strawberry.field(description="Why the input was refused; empty on success.")


# --- inputs -----------------------------------------------------------------------------


@strawberry.input(description="A new program for one of your athletes.")
class CreateProgramInput:
    athlete_id: uuid.UUID = strawberry.field(description="The athlete the program is for.")
    title: str = strawberry.field(description="Title, 1-200 characters.")
    start_date: date = strawberry.field(description="First day (athlete-local date).")
    end_date: date = strawberry.field(description="Last day, not before startDate.")
    description: str | None = strawberry.field(default=None, description="Free text, up to 5000 characters.")
    macro_cycle: str | None = strawberry.field(
        default=None, description="Macro-cycle name, up to 200 characters."
    )
    status: ProgramStatus = strawberry.field(  # type: ignore[valid-type]
        default=ProgramStatusEnum.PLANNED,
        description="PLANNED (default) or CURRENT (refused with CONFLICT while the athlete has a current program).",
    )
    id: uuid.UUID | None = strawberry.field(default=None, description="Client-generated id (optional).")


@strawberry.input(description="Changes to a program; omitted fields stay as they are.")
class UpdateProgramInput:
    id: uuid.UUID = strawberry.field(description="The program to change.")
    expected_version: int | None = strawberry.field(
        default=None,
        description="The version the edit is based on; a different stored version is a CONFLICT.",
    )
    title: str | None = strawberry.field(default=strawberry.UNSET, description="Title, 1-200 characters.")
    description: str | None = strawberry.field(
        default=strawberry.UNSET, description="Free text; null clears it."
    )
    start_date: date | None = strawberry.field(
        default=strawberry.UNSET, description="First day; must contain every phase."
    )
    end_date: date | None = strawberry.field(
        default=strawberry.UNSET, description="Last day; must contain every phase."
    )
    macro_cycle: str | None = strawberry.field(
        default=strawberry.UNSET, description="Macro-cycle name; null clears it."
    )


@strawberry.input(description="A program to move to another status.")
class ProgramTransitionInput:
    id: uuid.UUID = strawberry.field(description="The program.")


@strawberry.input(description="A new phase of a program.")
class CreatePhaseInput:
    program_id: uuid.UUID = strawberry.field(description="The program the phase belongs to.")
    name: str = strawberry.field(description="Name, 1-100 characters.")
    start_date: date = strawberry.field(description="First day, within the program's dates.")
    end_date: date = strawberry.field(description="Last day, within the program's dates.")
    focus: str | None = strawberry.field(
        default=None, description="What the phase develops, up to 200 characters."
    )
    phase_order: int | None = strawberry.field(
        default=None,
        description="Position from 1 (default: after the last phase); must follow the dates.",
    )
    status: PhaseStatus = strawberry.field(  # type: ignore[valid-type]
        default=PhaseStatusEnum.PLANNED, description="Initial status (default PLANNED)."
    )
    id: uuid.UUID | None = strawberry.field(default=None, description="Client-generated id (optional).")


@strawberry.input(description="Changes to a phase; omitted fields stay as they are.")
class UpdatePhaseInput:
    id: uuid.UUID = strawberry.field(description="The phase to change.")
    name: str | None = strawberry.field(default=strawberry.UNSET, description="Name, 1-100 characters.")
    focus: str | None = strawberry.field(
        default=strawberry.UNSET, description="What the phase develops; null clears it."
    )
    start_date: date | None = strawberry.field(default=strawberry.UNSET, description="First day.")
    end_date: date | None = strawberry.field(default=strawberry.UNSET, description="Last day.")
    phase_order: int | None = strawberry.field(
        default=strawberry.UNSET, description="Position from 1; must follow the dates."
    )
    status: PhaseStatus | None = strawberry.field(  # type: ignore[valid-type]
        default=strawberry.UNSET, description="Planned, active or completed."
    )


@strawberry.input(description="The new order of all of a program's phases.")
class ReorderPhasesInput:
    program_id: uuid.UUID = strawberry.field(description="The program.")
    phase_ids: list[uuid.UUID] = strawberry.field(
        description="Every phase of the program exactly once, in the new order. Phases are laid out back to back "
        "from the first phase's start date, keeping their lengths; their weeks and sessions move with them."
    )


@strawberry.input(description="A new training week in a phase.")
class CreateMicroCycleInput:
    program_id: uuid.UUID = strawberry.field(description="The program.")
    phase_id: uuid.UUID = strawberry.field(description="The phase of the program the week belongs to.")
    week_index: int = strawberry.field(description="The week's number, from 1, unique in the program.")
    start_date: date = strawberry.field(description="First day, within the phase.")
    end_date: date | None = strawberry.field(
        default=None, description="Last day (default: startDate + 6 days)."
    )
    status: MicroCycleStatus = strawberry.field(  # type: ignore[valid-type]
        default=MicroCycleStatusEnum.PLANNED, description="Initial status (default PLANNED)."
    )
    id: uuid.UUID | None = strawberry.field(default=None, description="Client-generated id (optional).")


@strawberry.input(description="Changes to a training week; omitted fields stay as they are.")
class UpdateMicroCycleInput:
    id: uuid.UUID = strawberry.field(description="The micro-cycle to change.")
    phase_id: uuid.UUID | None = strawberry.field(
        default=strawberry.UNSET,
        description="Move the week (and its sessions) to another phase of the program.",
    )
    week_index: int | None = strawberry.field(
        default=strawberry.UNSET, description="The week's number, unique in the program."
    )
    start_date: date | None = strawberry.field(
        default=strawberry.UNSET, description="First day, within the phase."
    )
    end_date: date | None = strawberry.field(
        default=strawberry.UNSET, description="Last day, within the phase."
    )
    status: MicroCycleStatus | None = strawberry.field(  # type: ignore[valid-type]
        default=strawberry.UNSET, description="Planned, active or completed."
    )


@strawberry.input(description="A new session in a program.")
class ScheduleSessionInput:
    program_id: uuid.UUID = strawberry.field(
        description="The program; the session's athlete is the program's."
    )
    title: str = strawberry.field(description="Title, 1-200 characters.")
    scheduled_at: datetime = strawberry.field(
        description="When (with a UTC offset); its athlete-local date must lie in the program, phase and week."
    )
    modality: Modality = strawberry.field(description="How the session is trained.")  # type: ignore[valid-type]
    session_type: SessionType = strawberry.field(description="Strength or endurance.")  # type: ignore[valid-type]
    prescription: JSON = strawberry.field(
        description="What to do: JSON following the session type's schema; strength exercises must be ones the coach may use."
    )
    phase_id: uuid.UUID | None = strawberry.field(default=None, description="A phase of the same program.")
    micro_cycle_id: uuid.UUID | None = strawberry.field(
        default=None,
        description="A week of the same program (its phase is used when phaseId is omitted).",
    )
    duration_minutes: int | None = strawberry.field(
        default=None, description="Planned duration, 1-300 minutes."
    )
    focus: str | None = strawberry.field(
        default=None, description="What the session works on, up to 200 characters."
    )
    intensity: Intensity | None = strawberry.field(default=None, description="How hard it is meant to be.")  # type: ignore[valid-type]
    planned_load: float | None = strawberry.field(
        default=None, description="Planned load, 0-10000 arbitrary units."
    )
    id: uuid.UUID | None = strawberry.field(default=None, description="Client-generated id (optional).")


@strawberry.input(description="Changes to a session; omitted fields stay as they are.")
class UpdateSessionInput:
    id: uuid.UUID = strawberry.field(description="The session to change.")
    title: str | None = strawberry.field(default=strawberry.UNSET, description="Title, 1-200 characters.")
    scheduled_at: datetime | None = strawberry.field(
        default=strawberry.UNSET, description="When (with a UTC offset)."
    )
    modality: Modality | None = strawberry.field(  # type: ignore[valid-type]
        default=strawberry.UNSET, description="How the session is trained."
    )
    session_type: SessionType | None = strawberry.field(  # type: ignore[valid-type]
        default=strawberry.UNSET,
        description="Strength or endurance (the prescription is checked against it).",
    )
    prescription: JSON | None = strawberry.field(default=strawberry.UNSET, description="What to do.")
    phase_id: uuid.UUID | None = strawberry.field(
        default=strawberry.UNSET, description="A phase of the same program; null detaches."
    )
    micro_cycle_id: uuid.UUID | None = strawberry.field(
        default=strawberry.UNSET, description="A week of the same program; null detaches."
    )
    duration_minutes: int | None = strawberry.field(
        default=strawberry.UNSET, description="1-300 minutes; null clears."
    )
    focus: str | None = strawberry.field(
        default=strawberry.UNSET, description="Up to 200 characters; null clears."
    )
    intensity: Intensity | None = strawberry.field(  # type: ignore[valid-type]
        default=strawberry.UNSET, description="How hard; null clears."
    )
    planned_load: float | None = strawberry.field(
        default=strawberry.UNSET, description="0-10000; null clears."
    )


@strawberry.input(description="A planned session the athlete will not do.")
class SkipSessionInput:
    id: uuid.UUID = strawberry.field(description="The session.")
    reason: str | None = strawberry.field(default=None, description="Why, up to 500 characters.")
