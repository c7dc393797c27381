"""Matching activities to the planned sessions they fulfil, and the coach's relink / unlink.

An activity is matched to a session of the athlete on the same athlete-local day whose modality
its type fits; the closest start time wins, and a session is matched at most once (a partial
unique index holds it). A matched planned session counts as completed (its `completedAt` is the
activity's end) unless the athlete's feedback on it says it was skipped. Unlinking a session
that only the activity completed (no workout log) makes it planned again.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any

from tortoise import connections
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from app.activities.models import Activity, ActivityType, MatchMethod
from app.analytics.pending import changed as analytics_changed
from app.athletes.models import AthleteProfile
from app.audit.service import record_action
from app.core.access import athlete_filter, locked_for_write, require_planner
from app.core.actor import Actor
from app.core.errors import ErrorCode, ValidationFailed
from app.core.times import local_date, local_day_bounds
from app.programs.models import Modality, SessionStatus, TrainingSession

# Which planned modalities each activity type fulfils.
FITS: dict[str, frozenset[str]] = {
    ActivityType.RUNNING: frozenset({Modality.RUN}),
    ActivityType.CYCLING: frozenset({Modality.BIKE}),
    ActivityType.SWIMMING: frozenset({Modality.SWIM}),
    ActivityType.ROWING: frozenset({Modality.ROW}),
    ActivityType.STRENGTH_TRAINING: frozenset({Modality.STRENGTH}),
    ActivityType.HIIT: frozenset({Modality.STRENGTH, Modality.OTHER}),
    ActivityType.YOGA: frozenset({Modality.MOBILITY}),
    ActivityType.WALKING: frozenset({Modality.OTHER}),
    ActivityType.HIKING: frozenset({Modality.OTHER}),
    ActivityType.CARDIO: frozenset({Modality.OTHER}),
    ActivityType.OTHER: frozenset({Modality.OTHER}),
}

_CANDIDATE_SESSIONS = (
    "SELECT s.id, s.scheduled_at, s.modality FROM training_session s"
    " WHERE s.athlete_id = $1 AND s.scheduled_at >= $2 AND s.scheduled_at < $3"
    " AND s.status IN ('planned', 'completed')"
    " AND NOT EXISTS (SELECT 1 FROM activity a WHERE a.planned_session_id = s.id)"
    " AND NOT EXISTS (SELECT 1 FROM session_feedback f WHERE f.session_id = s.id AND f.feedback_type = 'skipped')"
)


def pair_closest(
    activities: list[dict[str, Any]], sessions: list[dict[str, Any]], zone: str
) -> list[tuple[uuid.UUID, uuid.UUID, datetime]]:
    """(activity, session, activity end) pairs: same local day, fitting modality, closest start
    first, each activity and session used once."""
    options = []
    for act in activities:
        fits = FITS.get(act["activity_type"], frozenset())
        for ses in sessions:
            if ses["modality"] in fits and local_date(ses["scheduled_at"], zone) == act["local_date"]:
                gap = abs((act["start_at"] - ses["scheduled_at"]).total_seconds())
                options.append((gap, str(act["id"]), str(ses["id"]), act, ses))
    options.sort(key=lambda o: (o[0], o[1], o[2]))
    used_a: set[uuid.UUID] = set()
    used_s: set[uuid.UUID] = set()
    pairs = []
    for _, _, _, act, ses in options:
        if act["id"] in used_a or ses["id"] in used_s:
            continue
        used_a.add(act["id"])
        used_s.add(ses["id"])
        pairs.append((act["id"], ses["id"], act["start_at"] + timedelta(seconds=act["duration_seconds"])))
    return pairs


async def match_new_activities(athlete: AthleteProfile, activity_ids: list[uuid.UUID]) -> int:
    """Match freshly stored activities of `athlete` to free planned sessions; returns the matches."""
    if not activity_ids:
        return 0
    conn = connections.get("default")
    activities = await conn.execute_query_dict(
        "SELECT id, activity_type, start_at, local_date, duration_seconds FROM activity"
        " WHERE id = ANY($1::uuid[]) AND planned_session_id IS NULL AND duplicate_of_id IS NULL",
        [activity_ids],
    )
    if not activities:
        return 0
    days = [a["local_date"] for a in activities]
    start, end = local_day_bounds(athlete.timezone, min(days), max(days))
    sessions = await conn.execute_query_dict(_CANDIDATE_SESSIONS, [athlete.id, start, end])
    pairs = pair_closest(activities, sessions, athlete.timezone)
    if not pairs:
        return 0
    await conn.execute_query(
        "UPDATE activity a SET planned_session_id = p.session_id, match_method = 'auto' FROM"
        " unnest($1::uuid[], $2::uuid[]) AS p(activity_id, session_id) WHERE a.id = p.activity_id",
        [[p[0] for p in pairs], [p[1] for p in pairs]],
    )
    await _complete(conn, [(s, done) for _, s, done in pairs])
    return len(pairs)


async def _complete(conn: Any, sessions: list[tuple[uuid.UUID, datetime]]) -> None:
    """Matched planned sessions become completed (unless their feedback says skipped)."""
    await conn.execute_query(
        "UPDATE training_session s SET status = 'completed', completed_at = c.done, updated_at = now()"
        " FROM unnest($1::uuid[], $2::timestamptz[]) AS c(id, done) WHERE s.id = c.id AND s.status = 'planned'"
        " AND NOT EXISTS (SELECT 1 FROM session_feedback f WHERE f.session_id = s.id AND f.feedback_type = 'skipped')",
        [[s for s, _ in sessions], [d for _, d in sessions]],
    )


async def _release(conn: Any, session_id: uuid.UUID) -> None:
    """A session only its activity completed (no current workout log) is planned again."""
    await conn.execute_query(
        "UPDATE training_session s SET status = 'planned', completed_at = NULL, updated_at = now()"
        " WHERE s.id = $1 AND s.status = 'completed'"
        " AND NOT EXISTS (SELECT 1 FROM workout_log l WHERE l.session_id = s.id AND l.is_current)",
        [session_id],
    )


async def link_activity(*, actor: Actor, activity_id: uuid.UUID, session_id: uuid.UUID | None) -> Activity:
    """Coach: link an activity to another planned session of its athlete, or unlink it (None)."""
    require_planner(actor)
    try:
        async with in_transaction():
            activity = await locked_for_write(
                Activity, activity_id, actor, through="athlete", label="Activity", field="activityId"
            )
            previous = activity.planned_session_id
            conn = connections.get("default")
            if session_id is not None:
                session = (
                    await TrainingSession.filter(**athlete_filter(actor))
                    .filter(id=session_id, athlete_id=activity.athlete_id)
                    .select_for_update()
                    .first()
                )
                if session is None:
                    raise ValidationFailed.one("sessionId", ErrorCode.NOT_FOUND, "Session not found.")
                if session.status is SessionStatus.SKIPPED:
                    raise ValidationFailed.one(
                        "sessionId", ErrorCode.INVALID_TRANSITION, "The session was skipped."
                    )
            activity.planned_session_id = session_id
            activity.match_method = MatchMethod.MANUAL if session_id is not None else None
            await activity.save(update_fields=["planned_session_id", "match_method", "updated_at"])
            if previous is not None and previous != session_id:
                await _release(conn, previous)
            if session_id is not None:
                done = activity.start_at + timedelta(seconds=activity.duration_seconds)
                await _complete(conn, [(session_id, done)])
            await analytics_changed(
                activity.athlete_id,
                reason="link_activity",
                at=activity.start_at,
                sessions=[previous, session_id],
            )
            await record_action(
                actor,
                "link_activity" if session_id else "unlink_activity",
                "activity",
                activity.id,
                session=str(session_id) if session_id else None,
                previous=str(previous) if previous else None,
            )
    except IntegrityError as exc:
        raise ValidationFailed.one(
            "sessionId", ErrorCode.ALREADY_EXISTS, "Another activity is already linked to this session."
        ) from exc
    return activity
