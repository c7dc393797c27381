"""GraphQL types of the logs domain: workout logs (versioned) and session feedback."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Any

import strawberry
from strawberry.scalars import JSON

from app.logs.load import session_rpe_load
from app.logs.models import FeedbackType as FeedbackTypeEnum
from app.logs.models import SessionFeedback as SessionFeedbackModel
from app.logs.models import SyncStatus as SyncStatusEnum
from app.logs.models import WorkoutLog as WorkoutLogModel
from graphql_schema.errors import UserError

if TYPE_CHECKING:
    from graphql_schema.athletes.types import AthleteProfile
    from graphql_schema.programs.types import TrainingSession

SyncStatus = strawberry.enum(
    SyncStatusEnum,
    name="SyncStatus",
    description="Where a log recorded offline stands: pending upload, synced, or failed to sync.",
)
FeedbackType = strawberry.enum(
    FeedbackTypeEnum,
    name="FeedbackType",
    description="How the athlete sums up a session: done, skipped, hard, or pain.",
)


async def _session(info: strawberry.Info, session_id: uuid.UUID | None) -> Any:
    from graphql_schema.programs.types import TrainingSession

    if session_id is None:
        return None
    model = await info.context.loaders.programs.session_by_id.load(session_id)
    return TrainingSession.from_model(model) if model else None


async def _athlete(info: strawberry.Info, athlete_id: uuid.UUID) -> Any:
    from graphql_schema.athletes.types import AthleteProfile

    model = await info.context.loaders.logs.athlete_by_id.load(athlete_id)
    return AthleteProfile.from_model(model) if model else None


@strawberry.type(
    description="What an athlete actually did in a session. Immutable: an edit writes a new "
    "version that `replaces` the previous one; only the newest version `isCurrent`."
)
class WorkoutLog:
    id: uuid.UUID = strawberry.field(description="The id of this version of the log.")
    completed_at: datetime = strawberry.field(description="When the workout was finished (UTC).")
    actual_data: JSON = strawberry.field(
        description="What was done, shaped like the session's prescription (strength: exercises "
        "and sets; endurance: modality, duration, distance, average heart rate and power)."
    )
    rpe: int | None = strawberry.field(
        description="Rating of perceived exertion for the whole session, 1-10."
    )
    duration_minutes: int | None = strawberry.field(description="How long the session took, 0-1440 minutes.")
    notes: str | None = strawberry.field(description="The athlete's notes, up to 1000 characters.")
    sync_status: SyncStatus = strawberry.field(  # type: ignore[valid-type]
        description="Offline sync state as reported by the client."
    )
    version: int = strawberry.field(description="1 for the first log of a session, +1 for every edit.")
    is_current: bool = strawberry.field(
        description="True for the newest version; older versions stay readable."
    )
    created_at: datetime = strawberry.field(description="When this version was written (UTC).")
    session_id: strawberry.Private[uuid.UUID | None]
    athlete_id: strawberry.Private[uuid.UUID]
    replaces_id: strawberry.Private[uuid.UUID | None]

    @strawberry.field(description="The session this log records; null when the session was deleted.")
    async def session(
        self, info: strawberry.Info
    ) -> Annotated[TrainingSession, strawberry.lazy("graphql_schema.programs.types")] | None:
        return await _session(info, self.session_id)

    @strawberry.field(description="The athlete who did the workout.")
    async def athlete(
        self, info: strawberry.Info
    ) -> Annotated[AthleteProfile, strawberry.lazy("graphql_schema.athletes.types")]:
        return await _athlete(info, self.athlete_id)

    @strawberry.field(description="The previous version this one replaces; null for version 1.")
    async def replaces(self, info: strawberry.Info) -> WorkoutLog | None:
        if self.replaces_id is None:
            return None
        model = await info.context.loaders.logs.log_by_id.load(self.replaces_id)
        return WorkoutLog.from_model(model) if model else None

    @strawberry.field(
        description="Foster session-RPE load (Foster et al. 2001): rpe x durationMinutes, in "
        "arbitrary units; null when either is missing."
    )
    def session_load(self) -> int | None:
        return session_rpe_load(self.rpe, self.duration_minutes)

    @classmethod
    def from_model(cls, model: WorkoutLogModel) -> WorkoutLog:
        return cls(
            id=model.id,
            completed_at=model.completed_at,
            actual_data=JSON(model.actual_data),
            rpe=model.rpe,
            duration_minutes=model.duration_minutes,
            notes=model.notes,
            sync_status=model.sync_status,
            version=model.version,
            is_current=model.is_current,
            created_at=model.created_at,
            session_id=model.session_id,
            athlete_id=model.athlete_id,
            replaces_id=model.replaces_id,
        )


@strawberry.type(
    description="How a session felt to the athlete; one per session and athlete (resubmitting updates it)."
)
class SessionFeedback:
    id: uuid.UUID = strawberry.field(description="The feedback's id.")
    type: FeedbackType = strawberry.field(description="Done, skipped, hard or pain.")  # type: ignore[valid-type]
    mood: str | None = strawberry.field(
        description="The athlete's mood in a word or emoji, up to 50 characters."
    )
    energy: int | None = strawberry.field(description="Energy level, 1 (drained) to 5 (fresh).")
    soreness: int | None = strawberry.field(description="Muscle soreness, 1 (none) to 5 (severe).")
    comments: str | None = strawberry.field(description="Free comments, up to 1000 characters.")
    submitted_at: datetime = strawberry.field(description="When the feedback was last submitted (UTC).")
    session_id: strawberry.Private[uuid.UUID | None]
    athlete_id: strawberry.Private[uuid.UUID]

    @strawberry.field(description="The session the feedback is about.")
    async def session(
        self, info: strawberry.Info
    ) -> Annotated[TrainingSession, strawberry.lazy("graphql_schema.programs.types")] | None:
        return await _session(info, self.session_id)

    @strawberry.field(description="The athlete who gave the feedback.")
    async def athlete(
        self, info: strawberry.Info
    ) -> Annotated[AthleteProfile, strawberry.lazy("graphql_schema.athletes.types")]:
        return await _athlete(info, self.athlete_id)

    @classmethod
    def from_model(cls, model: SessionFeedbackModel) -> SessionFeedback:
        return cls(
            id=model.id,
            type=model.feedback_type,
            mood=model.mood,
            energy=model.energy,
            soreness=model.soreness,
            comments=model.comments,
            submitted_at=model.submitted_at,
            session_id=model.session_id,
            athlete_id=model.athlete_id,
        )


@strawberry.type(description="The result of `logWorkout` or `editWorkoutLog`.")
class WorkoutLogPayload:
    workout_log: WorkoutLog | None = strawberry.field(
        description="The log written; null when `errors` is not empty."
    )
    errors: list[UserError] = strawberry.field(description="Why the input was refused; empty on success.")


@strawberry.type(description="The result of `submitSessionFeedback`.")
class SessionFeedbackPayload:
    feedback: SessionFeedback | None = strawberry.field(
        description="The feedback as stored; null when `errors` is not empty."
    )
    errors: list[UserError] = strawberry.field(description="Why the input was refused; empty on success.")


@strawberry.input(description="A finished workout, logged by the athlete (often offline, synced later).")
class LogWorkoutInput:
    session_id: uuid.UUID = strawberry.field(description="The athlete's own session that was done.")
    completed_at: datetime = strawberry.field(
        description="When it was finished (UTC); within 7 days of the session's scheduled time and "
        "not in the future."
    )
    actual_data: JSON = strawberry.field(
        description="What was done, in the shape for the session's type (seed 004's actual data)."
    )
    id: uuid.UUID | None = strawberry.field(
        default=None, description="Client-generated id for the log (optional)."
    )
    rpe: int | None = strawberry.field(default=None, description="Rating of perceived exertion, 1-10.")
    duration_minutes: int | None = strawberry.field(
        default=None, description="Minutes the session took, 0-1440."
    )
    notes: str | None = strawberry.field(default=None, description="Notes, up to 1000 characters.")
    sync_status: SyncStatus = strawberry.field(  # type: ignore[valid-type]
        default=SyncStatusEnum.SYNCED, description="Offline sync state reported by the client."
    )


@strawberry.input(description="A correction of a log: written as a new version that replaces the given one.")
class EditWorkoutLogInput:
    id: uuid.UUID = strawberry.field(description="The current version of the log being replaced.")
    completed_at: datetime = strawberry.field(
        description="When it was finished (UTC); within 7 days of the session's scheduled time and "
        "not in the future."
    )
    actual_data: JSON = strawberry.field(description="What was done, in the shape for the session's type.")
    new_id: uuid.UUID | None = strawberry.field(
        default=None, description="Client-generated id for the new version (optional)."
    )
    rpe: int | None = strawberry.field(default=None, description="Rating of perceived exertion, 1-10.")
    duration_minutes: int | None = strawberry.field(
        default=None, description="Minutes the session took, 0-1440."
    )
    notes: str | None = strawberry.field(default=None, description="Notes, up to 1000 characters.")
    sync_status: SyncStatus = strawberry.field(  # type: ignore[valid-type]
        default=SyncStatusEnum.SYNCED, description="Offline sync state reported by the client."
    )


@strawberry.input(description="The athlete's feedback on one of their sessions; submitting again updates it.")
class SubmitSessionFeedbackInput:
    session_id: uuid.UUID = strawberry.field(description="The athlete's own session.")
    type: FeedbackType = strawberry.field(description="Done, skipped, hard or pain.")  # type: ignore[valid-type]
    mood: str | None = strawberry.field(
        default=None, description="Mood in a word or emoji, up to 50 characters."
    )
    energy: int | None = strawberry.field(default=None, description="Energy level, 1-5.")
    soreness: int | None = strawberry.field(default=None, description="Muscle soreness, 1-5.")
    comments: str | None = strawberry.field(default=None, description="Comments, up to 1000 characters.")
