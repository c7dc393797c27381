"""The TrainingSession type (a view over a session row), its payload and its inputs."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

import strawberry
from strawberry.scalars import JSON

from app.core.times import local_date
from app.db.rows import NOT_READ
from app.programs.models import TrainingSession as SessionRow
from graphql_schema import refs
from graphql_schema.context import Info
from graphql_schema.errors import UserError
from graphql_schema.fields import field, loaded, reading
from graphql_schema.programs.enums import Intensity, Modality, SessionStatus, SessionType
from graphql_schema.sync.once import IDEMPOTENCY_KEY_DESCRIPTION


async def _prescription(row: strawberry.Parent[SessionRow], info: Info) -> JSON:
    if row.prescription is NOT_READ:  # a row read without its JSON (app/db/rows.py)
        return JSON(await info.context.loaders.programs.prescription_by_session.load(row.id))
    return JSON(row.prescription)


@strawberry.type(description="One planned workout of a program.")
class TrainingSession:
    id: uuid.UUID = strawberry.field(description="The session's id.")
    title: str = strawberry.field(description="Short name of the session, 1-200 characters.")
    scheduled_at: datetime = strawberry.field(description="When the session is planned (UTC).")
    duration_minutes: int | None = strawberry.field(description="Planned duration in minutes, 1-300.")
    modality: Modality = strawberry.field(description="How the session is trained.")
    session_type: SessionType = strawberry.field(
        description="Strength or endurance; decides the prescription's schema."
    )
    prescription: JSON = strawberry.field(
        description="What to do, as JSON following the session type's schema (seed 004).",
        resolver=_prescription,
        metadata=reading("prescription", "id"),
    )
    focus: str | None = strawberry.field(description="What the session works on, e.g. lower-body power.")
    intensity: Intensity | None = strawberry.field(description="How hard the session is meant to be.")
    status: SessionStatus = strawberry.field(description="Planned, completed or skipped.")
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

    program = loaded(
        "The program the session belongs to.",
        graphql_type=refs.TrainingProgram,
        loader=lambda loaders: loaders.programs.program_by_id,
        key="program_id",
    )

    phase = loaded(
        "The phase the session belongs to, if any.",
        graphql_type=refs.ProgramPhase | None,
        loader=lambda loaders: loaders.programs.phase_by_id,
        key="phase_id",
    )

    micro_cycle = loaded(
        "The micro-cycle (training week) the session belongs to, if any.",
        graphql_type=refs.MicroCycle | None,
        loader=lambda loaders: loaders.programs.micro_cycle_by_id,
        key="micro_cycle_id",
    )

    athlete = loaded(
        "The athlete the session is for.",
        graphql_type=refs.AthleteProfile,
        loader=lambda loaders: loaders.athletes.athlete_by_id,
        key="athlete_id",
    )

    @field(
        "The calendar date of the session in the athlete's time zone.", reads=("scheduled_at", "athlete_id")
    )
    async def local_date(self, info: Info) -> date:
        athlete = await info.context.loaders.athletes.athlete_by_id.load(self.athlete_id)
        return local_date(self.scheduled_at, athlete.timezone if athlete else "UTC")

    log = loaded(
        "The current version of the athlete's workout log for this session, if logged.",
        graphql_type=refs.WorkoutLog | None,
        loader=lambda loaders: loaders.logs.current_log_by_session,
    )

    feedback = loaded(
        "The athlete's feedback on this session, if given.",
        graphql_type=refs.SessionFeedback | None,
        loader=lambda loaders: loaders.logs.feedback_by_session,
    )


@strawberry.type(description="The result of a session mutation.")
class TrainingSessionPayload:
    session: SessionRow | None = strawberry.field(
        description="The session as saved; null when `errors` is not empty.",
        graphql_type=TrainingSession | None,
    )
    errors: list[UserError] = strawberry.field(description="Why the input was refused; empty on success.")


@strawberry.input(description="A new session in a program.")
class ScheduleSessionInput:
    program_id: uuid.UUID = strawberry.field(
        description="The program; the session's athlete is the program's."
    )
    title: str = strawberry.field(description="Title, 1-200 characters.")
    scheduled_at: datetime = strawberry.field(
        description="When (with a UTC offset); its athlete-local date must lie in the program, phase and week."
    )
    modality: Modality = strawberry.field(description="How the session is trained.")
    session_type: SessionType = strawberry.field(description="Strength or endurance.")
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
    intensity: Intensity | None = strawberry.field(default=None, description="How hard it is meant to be.")
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
    modality: Modality | None = strawberry.field(
        default=strawberry.UNSET, description="How the session is trained."
    )
    session_type: SessionType | None = strawberry.field(
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
    intensity: Intensity | None = strawberry.field(
        default=strawberry.UNSET, description="How hard; null clears."
    )
    planned_load: float | None = strawberry.field(
        default=strawberry.UNSET, description="0-10000; null clears."
    )


@strawberry.input(description="A planned session the athlete will not do.")
class SkipSessionInput:
    id: uuid.UUID = strawberry.field(description="The session.")
    reason: str | None = strawberry.field(default=None, description="Why, up to 500 characters.")


@strawberry.input(description="Athletes: one of your own planned sessions you will not do.")
class SkipOwnSessionInput:
    id: uuid.UUID = strawberry.field(description="Your session; it must still be planned.")
    reason: str | None = strawberry.field(default=None, description="Why, up to 500 characters.")
    idempotency_key: str | None = strawberry.field(default=None, description=IDEMPOTENCY_KEY_DESCRIPTION)

    def arguments(self) -> dict[str, Any]:
        """The input as `app.programs.sessions.skip_own_session`'s arguments."""
        return {"id": self.id, "reason": self.reason}
