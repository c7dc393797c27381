"""Reading plan runs and drafts, and the week a draft is reviewed against.

Who sees what: coaches their athletes' runs and drafts, admins all; an athlete sees none of the
runs, and of the drafts only their own accepted (or partly accepted) plans, never a pending or
discarded draft. Generating, editing, accepting and discarding are coaches' and admins'.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from tortoise.queryset import QuerySet

from app.athletes.models import AthleteProfile
from app.core.access import athlete_filter
from app.core.actor import Actor
from app.core.errors import Collector, PermissionDenied
from app.core.times import check_day, local_day_bounds, week_of
from app.plans.diff import DiffEntry, diff
from app.plans.models import DraftStatus, PlanGenerationRun, PlanRunStatus, PlanSnapshot
from app.programs.models import TrainingSession

ATHLETE_VISIBLE = (DraftStatus.ACCEPTED, DraftStatus.PARTIALLY_ACCEPTED)


def require_not_athlete(actor: Actor) -> None:
    if actor.is_athlete:
        raise PermissionDenied("Generation runs are for coaches; your accepted plans are in planDrafts.")


def list_runs(
    *, actor: Actor, athlete_id: uuid.UUID | None, status: PlanRunStatus | None = None
) -> QuerySet[PlanGenerationRun]:
    """The runs the caller may see (one athlete's when given), optionally of one status."""
    require_not_athlete(actor)
    query = PlanGenerationRun.filter(**athlete_filter(actor))
    if athlete_id is not None:
        query = query.filter(athlete_id=athlete_id)
    if status is not None:
        query = query.filter(status=status)
    return query


async def get_run(*, actor: Actor, run_id: uuid.UUID) -> PlanGenerationRun | None:
    require_not_athlete(actor)
    return await PlanGenerationRun.filter(id=run_id, **athlete_filter(actor)).first()


def visible_drafts(actor: Actor) -> QuerySet[PlanSnapshot]:
    query = PlanSnapshot.filter(**athlete_filter(actor))
    return query.filter(status__in=ATHLETE_VISIBLE) if actor.is_athlete else query


def list_drafts(
    *,
    actor: Actor,
    athlete_id: uuid.UUID | None,
    status: DraftStatus | None = None,
    week_start: date | None = None,
) -> QuerySet[PlanSnapshot]:
    """Drafts the caller may see, optionally one athlete's, of one status, of the week holding `week_start`."""
    query = visible_drafts(actor)
    if athlete_id is not None:
        query = query.filter(athlete_id=athlete_id)
    if status is not None:
        query = query.filter(status=status)
    if week_start is not None:
        errors = Collector()
        check_day(week_start, errors, "weekStart")
        errors.raise_if_any()
        query = query.filter(week_start=week_of(week_start)[0])
    return query


async def get_draft(*, actor: Actor, draft_id: uuid.UUID) -> PlanSnapshot | None:
    return await visible_drafts(actor).filter(id=draft_id).first()


async def week_sessions(athlete: AthleteProfile, monday: date) -> list[TrainingSession]:
    """The athlete's sessions in their local week starting `monday`, in time order."""
    start, end = local_day_bounds(athlete.timezone, monday, monday + timedelta(days=6))
    return await TrainingSession.filter(
        athlete_id=athlete.id, scheduled_at__gte=start, scheduled_at__lt=end
    ).order_by("scheduled_at", "id")


async def review(snapshot: PlanSnapshot) -> list[DiffEntry]:
    """The draft beside the week as planned now (the snapshot was read within the caller's scope)."""
    athlete = await AthleteProfile.get(id=snapshot.athlete_id)
    return diff(
        snapshot.plan["sessions"], await week_sessions(athlete, snapshot.week_start), athlete.timezone
    )
