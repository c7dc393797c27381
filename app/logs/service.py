"""Workout logs (immutable, versioned) and session feedback, written by the athlete themself.

A log records what was actually done in one of the athlete's sessions. There is at most one
current log per session and athlete (the partial unique index `uniq_workout_log_current`);
an edit never changes a log: it writes a new version that replaces the old one, and the
old one only loses its `is_current` flag. Feedback is one row per session and athlete; a
repeated submission updates it (offline clients retry).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from tortoise import timezone
from tortoise.exceptions import IntegrityError
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from app import clock
from app.analytics.pending import changed as analytics_changed
from app.analytics.workouts import log_start
from app.athletes.models import AthleteProfile
from app.audit.service import record_action
from app.core.access import athlete_filter, require_athlete_self
from app.core.actor import Actor
from app.core.errors import Collector, ErrorCode, ValidationFailed
from app.core.times import client_time
from app.core.validation import int_range, text_length
from app.events.models import Event, EventKind
from app.events.publish import publish
from app.exercises.service import visible_exercises
from app.logs.actual_data import exercise_ids, validate_actual_data
from app.logs.models import FeedbackType, SessionFeedback, SyncStatus, WorkoutLog
from app.programs.models import SessionStatus, SessionType, TrainingSession

# How far completedAt may be from the session's scheduled time, either side (seed 004).
LOG_WINDOW = timedelta(days=7)
MAX_NOTES_LENGTH = 1000
MAX_COMMENTS_LENGTH = 1000
MAX_MOOD_LENGTH = 50
CURRENT_LOG_INDEX = "uniq_workout_log_current"


def _completed_time(value: datetime) -> datetime:
    """When the workout was finished, in UTC (a time without an offset is UTC)."""
    errors = Collector()
    moment = client_time(value, errors, "completedAt")
    errors.raise_if_any()
    assert moment is not None  # None only with an error recorded
    return moment


def _check_fields(
    errors: Collector, *, rpe: int | None, duration_minutes: int | None, notes: str | None
) -> str | None:
    int_range(rpe, errors, "rpe", minimum=1, maximum=10)
    int_range(duration_minutes, errors, "durationMinutes", minimum=0, maximum=1440)
    clean = text_length(notes, errors, "notes", max_length=MAX_NOTES_LENGTH, required=False)
    return clean or None


def _check_window(errors: Collector, completed_at: datetime, scheduled_at: datetime | None) -> None:
    if completed_at > clock.now():
        errors.add("completedAt", ErrorCode.OUT_OF_WINDOW, "Cannot be in the future.")
    elif scheduled_at is not None and abs(completed_at - scheduled_at) > LOG_WINDOW:
        errors.add(
            "completedAt",
            ErrorCode.OUT_OF_WINDOW,
            "Must be within 7 days of the session's scheduled time.",
        )


async def _check_exercises(errors: Collector, actor: Actor, actual_data: Any) -> None:
    """Every exerciseId of a strength log must be an exercise the athlete can see."""
    wanted = exercise_ids(actual_data)
    if not wanted:
        return
    ids = {uuid.UUID(x) for x in wanted}
    known = {str(i) for i in await visible_exercises(actor).filter(id__in=ids).values_list("id", flat=True)}
    for index, exercise_id in enumerate(wanted):
        if str(uuid.UUID(exercise_id)) not in known:
            errors.add(
                f"actualData.exercises.{index}.exerciseId",
                ErrorCode.NOT_FOUND,
                "Exercise not found.",
            )


async def _validate_log(
    errors: Collector,
    actor: Actor,
    *,
    session_type: SessionType,
    values: LogValues,
    scheduled_at: datetime | None,
) -> None:
    _check_window(errors, values.completed_at, scheduled_at)
    before = len(errors.errors)
    validate_actual_data(values.actual_data, session_type, errors)
    if len(errors.errors) == before and session_type is SessionType.STRENGTH:
        await _check_exercises(errors, actor, values.actual_data)


def _is_current_log_clash(exc: IntegrityError) -> bool:
    return CURRENT_LOG_INDEX in str(exc)


async def _mark_completed(session: TrainingSession, completed_at: datetime) -> None:
    session.status = SessionStatus.COMPLETED
    session.completed_at = completed_at
    await session.save(update_fields=["status", "completed_at", "updated_at"])


def _already_logged() -> ValidationFailed:
    return ValidationFailed.one(
        "sessionId", ErrorCode.ALREADY_EXISTS, "This session is already logged; edit that log instead."
    )


def _already_replaced() -> ValidationFailed:
    return ValidationFailed.one(
        "id", ErrorCode.CONFLICT, "This version was already replaced; edit the current version."
    )


@dataclass(frozen=True)
class LogValues:
    """What a log version records, checked field by field (`completed_at` in UTC)."""

    completed_at: datetime
    actual_data: Any
    rpe: int | None
    duration_minutes: int | None
    notes: str | None
    sync_status: SyncStatus

    @classmethod
    def check(
        cls,
        errors: Collector,
        *,
        completed_at: datetime,
        actual_data: Any,
        rpe: int | None,
        duration_minutes: int | None,
        notes: str | None,
        sync_status: SyncStatus,
    ) -> LogValues:
        clean_notes = _check_fields(errors, rpe=rpe, duration_minutes=duration_minutes, notes=notes)
        return cls(
            _completed_time(completed_at),
            actual_data,
            rpe,
            duration_minutes,
            clean_notes,
            SyncStatus(sync_status),
        )


async def _create_version(
    values: LogValues,
    *,
    log_id: uuid.UUID | None,
    session_id: uuid.UUID | None,
    athlete_id: uuid.UUID,
    replaces: WorkoutLog | None = None,
) -> WorkoutLog:
    """Write a log version: the first of a session, or the one that replaces `replaces`."""
    return await WorkoutLog.create(
        id=log_id or uuid.uuid4(),
        session_id=session_id,
        athlete_id=athlete_id,
        completed_at=values.completed_at,
        actual_data=values.actual_data,
        rpe=values.rpe,
        duration_minutes=values.duration_minutes,
        notes=values.notes,
        sync_status=values.sync_status,
        version=replaces.version + 1 if replaces else 1,
        replaces_id=replaces.id if replaces else None,
        is_current=True,
    )


def _start(log: WorkoutLog) -> datetime:
    """When the logged workout started (the day its load counts on, app/analytics/workouts.py)."""
    return log_start(log.completed_at, log.duration_minutes)


async def _publish_logged(log: WorkoutLog) -> None:
    """Tell the athlete's coach (and the athlete's other devices) about a new log version."""
    coach_id = await AthleteProfile.filter(id=log.athlete_id).first().values_list("coach_id", flat=True)
    await publish(
        Event(
            kind=EventKind.WORKOUT_LOGGED,
            entity_type="workout_log",
            entity_id=log.id,
            athlete_id=log.athlete_id,
            coach_id=cast("uuid.UUID | None", coach_id),
            data={"version": log.version, "session": str(log.session_id) if log.session_id else None},
        )
    )


async def _own_session_for_write(session_id: uuid.UUID, athlete_id: uuid.UUID) -> TrainingSession | None:
    # Locking the session serialises concurrent writes about it (logs, feedback).
    return await TrainingSession.filter(id=session_id, athlete_id=athlete_id).select_for_update().first()


async def log_workout(
    *,
    actor: Actor,
    session_id: uuid.UUID,
    completed_at: datetime,
    actual_data: Any,
    rpe: int | None = None,
    duration_minutes: int | None = None,
    notes: str | None = None,
    sync_status: SyncStatus = SyncStatus.SYNCED,
    log_id: uuid.UUID | None = None,
) -> WorkoutLog:
    """Log one of the athlete's own sessions as done; the session becomes completed."""
    athlete_id = require_athlete_self(actor)
    errors = Collector()
    values = LogValues.check(
        errors,
        completed_at=completed_at,
        actual_data=actual_data,
        rpe=rpe,
        duration_minutes=duration_minutes,
        notes=notes,
        sync_status=sync_status,
    )
    try:
        async with in_transaction():
            session = await _own_session_for_write(session_id, athlete_id)
            if session is None:
                errors.add("sessionId", ErrorCode.NOT_FOUND, "Session not found.")
            else:
                await _validate_log(
                    errors,
                    actor,
                    session_type=SessionType(session.session_type),
                    values=values,
                    scheduled_at=session.scheduled_at,
                )
            if log_id is not None and await WorkoutLog.filter(id=log_id).exists():
                errors.add("id", ErrorCode.ALREADY_EXISTS, "This id is already taken.")
            errors.raise_if_any()
            assert session is not None
            if await WorkoutLog.filter(
                session_id=session.id, athlete_id=athlete_id, is_current=True
            ).exists():
                raise _already_logged()
            log = await _create_version(values, log_id=log_id, session_id=session.id, athlete_id=athlete_id)
            await _mark_completed(session, values.completed_at)
            await record_action(actor, "log_workout", "workout_log", log.id, session=str(session.id))
            await _publish_logged(log)
            await analytics_changed(athlete_id, reason="log_workout", at=_start(log), sessions=[session.id])
    except IntegrityError as exc:
        if _is_current_log_clash(exc):
            raise _already_logged() from exc
        raise ValidationFailed.one("id", ErrorCode.ALREADY_EXISTS, "This id is already taken.") from exc
    return log


async def _log_for_edit(
    log_id: uuid.UUID, athlete_id: uuid.UUID
) -> tuple[WorkoutLog, TrainingSession | None]:
    """The current version of the athlete's log and its session, both locked."""
    old = await WorkoutLog.filter(id=log_id, athlete_id=athlete_id).select_for_update().first()
    if old is None:
        raise ValidationFailed.one("id", ErrorCode.NOT_FOUND, "Workout log not found.")
    if not old.is_current:
        raise _already_replaced()
    session = None
    if old.session_id is not None:
        session = await TrainingSession.filter(id=old.session_id).select_for_update().first()
    return old, session


def _type_of(old: WorkoutLog, session: TrainingSession | None) -> SessionType:
    """The session's type; for a log whose session was deleted, the shape of the log itself."""
    if session is not None:
        return SessionType(session.session_type)
    is_strength = isinstance(old.actual_data, dict) and "exercises" in old.actual_data
    return SessionType.STRENGTH if is_strength else SessionType.ENDURANCE


async def edit_workout_log(
    *,
    actor: Actor,
    log_id: uuid.UUID,
    completed_at: datetime,
    actual_data: Any,
    rpe: int | None = None,
    duration_minutes: int | None = None,
    notes: str | None = None,
    sync_status: SyncStatus = SyncStatus.SYNCED,
    new_id: uuid.UUID | None = None,
) -> WorkoutLog:
    """Correct a log by writing a new version that replaces the current one."""
    athlete_id = require_athlete_self(actor)
    errors = Collector()
    values = LogValues.check(
        errors,
        completed_at=completed_at,
        actual_data=actual_data,
        rpe=rpe,
        duration_minutes=duration_minutes,
        notes=notes,
        sync_status=sync_status,
    )
    try:
        async with in_transaction():
            old, session = await _log_for_edit(log_id, athlete_id)
            await _validate_log(
                errors,
                actor,
                session_type=_type_of(old, session),
                values=values,
                scheduled_at=session.scheduled_at if session is not None else None,
            )
            if new_id is not None and await WorkoutLog.filter(id=new_id).exists():
                errors.add("newId", ErrorCode.ALREADY_EXISTS, "This id is already taken.")
            errors.raise_if_any()
            # The only change ever made to a written log: it stops being current.
            await WorkoutLog.filter(id=old.id).update(is_current=False, updated_at=timezone.now())
            log = await _create_version(
                values, log_id=new_id, session_id=old.session_id, athlete_id=athlete_id, replaces=old
            )
            if session is not None:
                await _mark_completed(session, values.completed_at)
            await record_action(
                actor, "edit_workout_log", "workout_log", log.id, replaces=str(old.id), version=log.version
            )
            await _publish_logged(log)
            await analytics_changed(
                athlete_id,
                reason="edit_workout_log",
                at=min(_start(old), _start(log)),
                sessions=[old.session_id],
            )
    except IntegrityError as exc:
        if _is_current_log_clash(exc):
            raise _already_replaced() from exc
        raise ValidationFailed.one("newId", ErrorCode.ALREADY_EXISTS, "This id is already taken.") from exc
    return log


def list_workout_logs(
    *, actor: Actor, athlete_id: uuid.UUID | None = None, include_superseded: bool = False
) -> QuerySet[WorkoutLog]:
    """Logs the caller may see (one athlete's if `athlete_id` is given); by default current only."""
    query = WorkoutLog.filter(**athlete_filter(actor))
    if athlete_id is not None:
        query = query.filter(athlete_id=athlete_id)
    if not include_superseded:
        query = query.filter(is_current=True)
    return query


async def get_workout_log(*, actor: Actor, log_id: uuid.UUID) -> WorkoutLog | None:
    """Any version of a log, if the caller may see it."""
    return await WorkoutLog.filter(id=log_id, **athlete_filter(actor)).first()


def _feedback_values(
    errors: Collector,
    *,
    feedback_type: FeedbackType,
    mood: str | None,
    energy: int | None,
    soreness: int | None,
    comments: str | None,
) -> dict[str, Any]:
    """The checked columns of a feedback submission, stamped with the time it was submitted."""
    clean_mood = text_length(mood, errors, "mood", max_length=MAX_MOOD_LENGTH, required=False) or None
    int_range(energy, errors, "energy", minimum=1, maximum=5)
    int_range(soreness, errors, "soreness", minimum=1, maximum=5)
    clean_comments = text_length(comments, errors, "comments", max_length=MAX_COMMENTS_LENGTH, required=False)
    return {
        "feedback_type": FeedbackType(feedback_type),
        "mood": clean_mood,
        "energy": energy,
        "soreness": soreness,
        "comments": clean_comments or None,
        "submitted_at": clock.now(),
    }


async def _store_feedback(
    session_id: uuid.UUID, athlete_id: uuid.UUID, values: dict[str, Any]
) -> tuple[SessionFeedback, str]:
    """Create the session's feedback row or update the existing one; returns it and the audit action."""
    feedback = (
        await SessionFeedback.filter(session_id=session_id, athlete_id=athlete_id).select_for_update().first()
    )
    if feedback is None:
        created = await SessionFeedback.create(session_id=session_id, athlete_id=athlete_id, **values)
        return created, "submit_session_feedback"
    feedback.update_from_dict(values)
    await feedback.save(update_fields=[*values, "updated_at"])
    return feedback, "update_session_feedback"


async def submit_session_feedback(
    *,
    actor: Actor,
    session_id: uuid.UUID,
    feedback_type: FeedbackType,
    mood: str | None = None,
    energy: int | None = None,
    soreness: int | None = None,
    comments: str | None = None,
) -> SessionFeedback:
    """Record how a session felt; a repeat for the same session updates the one feedback row."""
    athlete_id = require_athlete_self(actor)
    errors = Collector()
    values = _feedback_values(
        errors, feedback_type=feedback_type, mood=mood, energy=energy, soreness=soreness, comments=comments
    )
    try:
        async with in_transaction():
            # The session lock makes the lookup in _store_feedback see a concurrent submission's row.
            session = await _own_session_for_write(session_id, athlete_id)
            if session is None:
                errors.add("sessionId", ErrorCode.NOT_FOUND, "Session not found.")
            errors.raise_if_any()
            assert session is not None
            feedback, action = await _store_feedback(session.id, athlete_id, values)
            await record_action(actor, action, "session_feedback", feedback.id, session=str(session.id))
            await analytics_changed(athlete_id, reason=action, at=feedback.created_at)
    except IntegrityError:
        # Only reachable if a concurrent first submission slipped past the session lock:
        # that row now exists, so apply this submission to it.
        async with in_transaction():
            feedback, _ = await _store_feedback(session_id, athlete_id, values)
            await analytics_changed(athlete_id, reason="update_session_feedback", at=feedback.created_at)
    return feedback


def list_session_feedback(*, actor: Actor, athlete_id: uuid.UUID | None = None) -> QuerySet[SessionFeedback]:
    """Feedback the caller may see (one athlete's when `athlete_id` is given)."""
    query = SessionFeedback.filter(**athlete_filter(actor))
    if athlete_id is not None:
        query = query.filter(athlete_id=athlete_id)
    return query
