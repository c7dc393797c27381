"""Dataloaders of wellness: days with chosen values, precedence, revisions and freshness by athlete."""

from __future__ import annotations

import uuid
from datetime import date
from operator import attrgetter

from app.athletes.models import AthleteProfile
from app.core.access import athlete_filter
from app.core.actor import Actor
from app.ingest.models import RecordRevision
from app.wellness import reads
from app.wellness.models import CheckIn, DataFreshness, WellnessDaily
from app.wellness.precedence import (
    COACH_SOURCES,
    OWN_SOURCES,
    Precedence,
    WellnessDay,
    days_of,
    precedence_of,
)
from graphql_schema.dataloader import ScopedLoader, by_key, grouped_by_key

DaysKey = tuple[uuid.UUID, date, date]


class PrecedenceByAthleteLoader(ScopedLoader[uuid.UUID, Precedence]):
    """The source precedence that applies to each athlete (own, coach's, default): one query."""

    async def fetch(self, keys: list[uuid.UUID]) -> list[Precedence]:
        rows = (
            await AthleteProfile.filter(id__in=keys, **athlete_filter(self.actor, through=None))
            .annotate(own=OWN_SOURCES, coach=COACH_SOURCES)
            .values("id", "own", "coach")
        )
        found = {r["id"]: precedence_of(r) for r in rows}
        return [found.get(k, Precedence.of(None, None)) for k in keys]


class WellnessDaysByAthleteLoader(ScopedLoader[DaysKey, list[WellnessDay]]):
    """An athlete's days between two local days, values chosen by precedence: one query for the
    rows of every key (plus the precedence loader's one)."""

    def __init__(self, actor: Actor, precedence: PrecedenceByAthleteLoader) -> None:
        super().__init__(actor)
        self.precedence = precedence

    async def fetch(self, keys: list[DaysKey]) -> list[list[WellnessDay]]:
        athletes = sorted({k[0] for k in keys})
        first, last = min(k[1] for k in keys), max(k[2] for k in keys)
        rows = await WellnessDaily.filter(
            athlete_id__in=athletes,
            sample_date__gte=first,
            sample_date__lte=last,
            **athlete_filter(self.actor),
        ).order_by("sample_date", "source")
        orders = await self.precedence.load_many(athletes)
        by_athlete = dict(
            zip(athletes, grouped_by_key(rows, attrgetter("athlete_id"), athletes), strict=True)
        )
        order_of = dict(zip(athletes, orders, strict=True))
        out = []
        for athlete_id, day_from, day_to in keys:
            mine = [r for r in by_athlete[athlete_id] if day_from <= r.sample_date <= day_to]
            out.append(days_of(athlete_id, mine, order_of[athlete_id]))
        return out


class RecordRevisionsByRecordLoader(ScopedLoader[uuid.UUID, list[RecordRevision]]):
    """The replaced versions of records, oldest first."""

    async def fetch(self, keys: list[uuid.UUID]) -> list[list[RecordRevision]]:
        rows = await RecordRevision.filter(record_id__in=keys, **athlete_filter(self.actor)).order_by(
            "revision", "id"
        )
        return grouped_by_key(rows, attrgetter("record_id"), keys)


class DataFreshnessByAthleteLoader(ScopedLoader[uuid.UUID, list[DataFreshness]]):
    """The freshness watermarks of athletes (every source and kind)."""

    async def fetch(self, keys: list[uuid.UUID]) -> list[list[DataFreshness]]:
        rows = await reads.freshness_of_athletes(self.actor, keys)
        return grouped_by_key(rows, attrgetter("athlete_id"), keys)


class CheckInByIdLoader(ScopedLoader[uuid.UUID, CheckIn | None]):
    """Check-ins by id (None when missing or not visible)."""

    async def fetch(self, keys: list[uuid.UUID]) -> list[CheckIn | None]:
        return by_key(await CheckIn.filter(id__in=keys, **athlete_filter(self.actor)), attrgetter("id"), keys)


class WellnessLoaders:
    """The wellness loaders of one operation."""

    def __init__(self, actor: Actor) -> None:
        self.precedence_by_athlete = PrecedenceByAthleteLoader(actor)
        self.days_by_athlete = WellnessDaysByAthleteLoader(actor, self.precedence_by_athlete)
        self.revisions_by_record = RecordRevisionsByRecordLoader(actor)
        self.freshness_by_athlete = DataFreshnessByAthleteLoader(actor)
        self.check_in_by_id = CheckInByIdLoader(actor)
