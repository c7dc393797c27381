"""GraphQL types of the logs domain: workout logs (versioned) and session feedback (views over rows)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

import strawberry
from strawberry.scalars import JSON

from app.db.rows import NOT_READ
from app.logs.load import session_rpe_load
from app.logs.models import SessionFeedback as FeedbackRow
from app.logs.models import WorkoutLog as LogRow
from app.programs.models import TrainingSession as SessionRow
from app.sync.idempotency import is_replay
from graphql_schema import refs
from graphql_schema.context import Info
from graphql_schema.errors import UserError
from graphql_schema.fields import field, loaded, reading
from graphql_schema.logs.enums import FeedbackType, SyncStatus
from graphql_schema.sync.once import IDEMPOTENCY_KEY_DESCRIPTION


async def _session(info: Info, session_id: uuid.UUID | None) -> SessionRow | None:
    if session_id is None:
        return None
    return await info.context.loaders.programs.session_by_id.load(session_id)


async def _actual_data(row: strawberry.Parent[LogRow], info: Info) -> JSON:
    if row.actual_data is NOT_READ:  # a row read without its JSON (app/db/rows.py)
        return JSON(await info.context.loaders.logs.actual_data_by_log.load(row.id))
    return JSON(row.actual_data)


async def _sync_status(row: strawberry.Parent[LogRow], info: Info) -> SyncStatus:
    if is_replay(row):  # a DUPLICATE's result shows the log as the first response did
        return row.sync_status
    pending = await info.context.loaders.sync.status_by_log.load(row.id)
    return pending or row.sync_status


@strawberry.type(
    description="What an athlete actually did in a session. Immutable: an edit writes a new "
    "version that `replaces` the previous one; only the newest version `isCurrent`."
)
class WorkoutLog:
    id: uuid.UUID = strawberry.field(description="The id of this version of the log.")
    completed_at: datetime = strawberry.field(description="When the workout was finished (UTC).")
    actual_data: JSON = strawberry.field(
        description="What was done, shaped like the session's prescription (strength: exercises "
        "and sets; endurance: modality, duration, distance, average heart rate and power).",
        resolver=_actual_data,
        metadata=reading("actual_data", "id"),
    )
    rpe: int | None = strawberry.field(
        description="Rating of perceived exertion for the whole session, 1-10."
    )
    duration_minutes: int | None = strawberry.field(description="How long the session took, 0-1440 minutes.")
    notes: str | None = strawberry.field(description="The athlete's notes, up to 1000 characters.")
    sync_status: SyncStatus = strawberry.field(
        description="Offline sync state: PENDING (ERROR after 3 failures) while the server holds an edit of "
        "this version that has not applied; otherwise SYNCED for logs written through `sync`, or the "
        "state the client reported.",
        resolver=_sync_status,
    )
    version: int = strawberry.field(description="1 for the first log of a session, +1 for every edit.")
    is_current: bool = strawberry.field(
        description="True for the newest version; older versions stay readable."
    )
    created_at: datetime = strawberry.field(description="When this version was written (UTC).")
    session_id: strawberry.Private[uuid.UUID | None]
    athlete_id: strawberry.Private[uuid.UUID]
    replaces_id: strawberry.Private[uuid.UUID | None]

    @field(
        "The session this log records; null when the session was deleted.",
        graphql_type=refs.TrainingSession | None,
        reads=("session_id",),
    )
    async def session(self, info: Info) -> SessionRow | None:
        return await _session(info, self.session_id)

    athlete = loaded(
        "The athlete who did the workout.",
        graphql_type=refs.AthleteProfile,
        loader=lambda loaders: loaders.athletes.athlete_by_id,
        key="athlete_id",
    )

    replaces = loaded(
        "The previous version this one replaces; null for version 1.",
        graphql_type=refs.WorkoutLog | None,
        loader=lambda loaders: loaders.logs.log_by_id,
        key="replaces_id",
    )

    @field(
        "Foster session-RPE load (Foster et al. 2001): rpe x durationMinutes, in "
        "arbitrary units; null when either is missing.",
        reads=("rpe", "duration_minutes"),
    )
    def session_load(self) -> int | None:
        return session_rpe_load(self.rpe, self.duration_minutes)


def _feedback_type(row: strawberry.Parent[FeedbackRow]) -> FeedbackType:
    return row.feedback_type


@strawberry.type(
    description="How a session felt to the athlete; one per session and athlete (resubmitting updates it)."
)
class SessionFeedback:
    id: uuid.UUID = strawberry.field(description="The feedback's id.")

    type: FeedbackType = strawberry.field(description="Done, skipped, hard or pain.", resolver=_feedback_type)
    mood: str | None = strawberry.field(
        description="The athlete's mood in a word or emoji, up to 50 characters."
    )
    energy: int | None = strawberry.field(description="Energy level, 1 (drained) to 5 (fresh).")
    soreness: int | None = strawberry.field(description="Muscle soreness, 1 (none) to 5 (severe).")
    comments: str | None = strawberry.field(description="Free comments, up to 1000 characters.")
    submitted_at: datetime = strawberry.field(description="When the feedback was last submitted (UTC).")
    session_id: strawberry.Private[uuid.UUID | None]
    athlete_id: strawberry.Private[uuid.UUID]

    @field("The session the feedback is about.", graphql_type=refs.TrainingSession | None)
    async def session(self, info: Info) -> SessionRow | None:
        return await _session(info, self.session_id)

    athlete = loaded(
        "The athlete who gave the feedback.",
        graphql_type=refs.AthleteProfile,
        loader=lambda loaders: loaders.athletes.athlete_by_id,
        key="athlete_id",
    )


@strawberry.type(description="The result of `logWorkout` or `editWorkoutLog`.")
class WorkoutLogPayload:
    workout_log: LogRow | None = strawberry.field(
        description="The log written; null when `errors` is not empty.", graphql_type=WorkoutLog | None
    )
    errors: list[UserError] = strawberry.field(description="Why the input was refused; empty on success.")


@strawberry.type(description="The result of `submitSessionFeedback`.")
class SessionFeedbackPayload:
    feedback: FeedbackRow | None = strawberry.field(
        description="The feedback as stored; null when `errors` is not empty.",
        graphql_type=SessionFeedback | None,
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
    sync_status: SyncStatus = strawberry.field(
        default=SyncStatus.SYNCED, description="Offline sync state reported by the client."
    )
    idempotency_key: str | None = strawberry.field(default=None, description=IDEMPOTENCY_KEY_DESCRIPTION)

    def arguments(self) -> dict[str, Any]:
        """The input as `app.logs.service.log_workout`'s arguments."""
        return {
            "session_id": self.session_id,
            "completed_at": self.completed_at,
            "actual_data": self.actual_data,
            "rpe": self.rpe,
            "duration_minutes": self.duration_minutes,
            "notes": self.notes,
            "sync_status": self.sync_status,
            "log_id": self.id,
        }


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
    sync_status: SyncStatus = strawberry.field(
        default=SyncStatus.SYNCED, description="Offline sync state reported by the client."
    )
    idempotency_key: str | None = strawberry.field(default=None, description=IDEMPOTENCY_KEY_DESCRIPTION)

    def arguments(self) -> dict[str, Any]:
        """The input as `app.logs.service.edit_workout_log`'s arguments."""
        return {
            "log_id": self.id,
            "completed_at": self.completed_at,
            "actual_data": self.actual_data,
            "rpe": self.rpe,
            "duration_minutes": self.duration_minutes,
            "notes": self.notes,
            "sync_status": self.sync_status,
            "new_id": self.new_id,
        }


@strawberry.input(description="The athlete's feedback on one of their sessions; submitting again updates it.")
class SubmitSessionFeedbackInput:
    session_id: uuid.UUID = strawberry.field(description="The athlete's own session.")
    type: FeedbackType = strawberry.field(description="Done, skipped, hard or pain.")
    mood: str | None = strawberry.field(
        default=None, description="Mood in a word or emoji, up to 50 characters."
    )
    energy: int | None = strawberry.field(default=None, description="Energy level, 1-5.")
    soreness: int | None = strawberry.field(default=None, description="Muscle soreness, 1-5.")
    comments: str | None = strawberry.field(default=None, description="Comments, up to 1000 characters.")
    idempotency_key: str | None = strawberry.field(default=None, description=IDEMPOTENCY_KEY_DESCRIPTION)

    def arguments(self) -> dict[str, Any]:
        """The input as `app.logs.service.submit_session_feedback`'s arguments."""
        return {
            "session_id": self.session_id,
            "feedback_type": self.type,
            "mood": self.mood,
            "energy": self.energy,
            "soreness": self.soreness,
            "comments": self.comments,
        }
