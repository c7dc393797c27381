"""Dataloaders of plan drafts: runs by id, the draft of a run, accepted sessions of a draft or run,
and the review of a draft. One statement per batch (the review: three), filtered to the caller."""

from __future__ import annotations

import uuid
from operator import attrgetter

from app.athletes.models import AthleteProfile
from app.core.access import athlete_filter
from app.core.actor import Actor
from app.core.times import local_day_bounds
from app.plans.diff import DiffEntry, diff
from app.plans.models import PlanGenerationRun, PlanSession, PlanSnapshot
from app.plans.service import visible_drafts
from app.programs.models import TrainingSession
from graphql_schema.dataloader import ScopedLoader, by_key, grouped_by_key


class PlanGenerationRunByIdLoader(ScopedLoader[uuid.UUID, PlanGenerationRun | None]):
    """A run by id (None when missing, another tenant's, or the caller is an athlete)."""

    async def fetch(self, keys: list[uuid.UUID]) -> list[PlanGenerationRun | None]:
        if self.actor.is_athlete:
            return [None] * len(keys)
        rows = await PlanGenerationRun.filter(id__in=keys, **athlete_filter(self.actor))
        return by_key(rows, attrgetter("id"), keys)


class PlanDraftByRunLoader(ScopedLoader[uuid.UUID, PlanSnapshot | None]):
    """The draft a successful run produced (None for a failed run, or one the caller may not see)."""

    async def fetch(self, keys: list[uuid.UUID]) -> list[PlanSnapshot | None]:
        rows = await visible_drafts(self.actor).filter(run_id__in=keys)
        return by_key(rows, attrgetter("run_id"), keys)


class PlanSessionsBySnapshotLoader(ScopedLoader[uuid.UUID, list[PlanSession]]):
    """The sessions accepted from a draft, in key order."""

    async def fetch(self, keys: list[uuid.UUID]) -> list[list[PlanSession]]:
        rows = await PlanSession.filter(snapshot_id__in=keys, **athlete_filter(self.actor)).order_by(
            "draft_key"
        )
        return grouped_by_key(rows, attrgetter("snapshot_id"), keys)


class PlanSessionsByRunLoader(ScopedLoader[uuid.UUID, list[PlanSession]]):
    """The sessions accepted from a run's draft, in key order (none for athletes: runs are coaches')."""

    async def fetch(self, keys: list[uuid.UUID]) -> list[list[PlanSession]]:
        if self.actor.is_athlete:
            return [[] for _ in keys]
        rows = await PlanSession.filter(run_id__in=keys, **athlete_filter(self.actor)).order_by("draft_key")
        return grouped_by_key(rows, attrgetter("run_id"), keys)


class PlanReviewByDraftLoader(ScopedLoader[uuid.UUID, list[DiffEntry]]):
    """A draft beside the planned sessions of its week (drafts, athletes and sessions: 3 statements)."""

    async def fetch(self, keys: list[uuid.UUID]) -> list[list[DiffEntry]]:
        drafts = await visible_drafts(self.actor).filter(id__in=keys)
        if not drafts:
            return [[] for _ in keys]
        athletes = {
            a.id: a
            for a in await AthleteProfile.filter(
                id__in={d.athlete_id for d in drafts}, **athlete_filter(self.actor, through=None)
            )
        }
        drafts = [d for d in drafts if d.athlete_id in athletes]
        if not drafts:
            return [[] for _ in keys]
        windows = {
            d.id: local_day_bounds(athletes[d.athlete_id].timezone, d.week_start, d.week_end) for d in drafts
        }
        sessions = await TrainingSession.filter(
            athlete_id__in=list(athletes),
            scheduled_at__gte=min(w[0] for w in windows.values()),
            scheduled_at__lt=max(w[1] for w in windows.values()),
            **athlete_filter(self.actor),
        ).order_by("scheduled_at", "id")
        found: dict[uuid.UUID, list[DiffEntry]] = {}
        for d in drafts:
            start, end = windows[d.id]
            week = [s for s in sessions if s.athlete_id == d.athlete_id and start <= s.scheduled_at < end]
            found[d.id] = diff(d.plan["sessions"], week, athletes[d.athlete_id].timezone)
        return [found.get(k, []) for k in keys]


class PlansLoaders:
    """The plans domain's loaders of one operation."""

    def __init__(self, actor: Actor) -> None:
        self.run_by_id = PlanGenerationRunByIdLoader(actor)
        self.draft_by_run = PlanDraftByRunLoader(actor)
        self.sessions_by_draft = PlanSessionsBySnapshotLoader(actor)
        self.sessions_by_run = PlanSessionsByRunLoader(actor)
        self.review_by_draft = PlanReviewByDraftLoader(actor)
