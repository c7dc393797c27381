"""A draft beside the week as planned: which of its sessions are added, changed or unchanged, and
which planned sessions it has no counterpart for (removed). Pure.

A draft session matches the first still-unmatched planned session of the same athlete-local day
and session type (completed and skipped sessions are history: never matched, never changed).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from app.plans.models import PlanChangeKind
from app.programs.models import SessionStatus, TrainingSession

# draft field -> how the planned session shows it
COMPARED = (
    "title",
    "startTime",
    "durationMinutes",
    "modality",
    "intensity",
    "plannedLoad",
    "prescription",
    "focus",
)


@dataclass
class DiffEntry:
    """One line of the review: a draft session and/or the planned session it concerns."""

    kind: PlanChangeKind
    key: str | None
    day: date
    session_id: uuid.UUID | None = None
    draft: dict[str, Any] | None = None
    changed_fields: list[str] = field(default_factory=list)


def as_draft_fields(session: TrainingSession, tz: ZoneInfo) -> dict[str, Any]:
    """A planned session's values under the draft's field names."""
    local = session.scheduled_at.astimezone(tz)
    return {
        "day": local.date().isoformat(),
        "startTime": local.strftime("%H:%M"),
        "title": session.title,
        "sessionType": session.session_type.value,
        "modality": session.modality.value,
        "durationMinutes": session.duration_minutes,
        "intensity": session.intensity.value if session.intensity else None,
        "plannedLoad": session.planned_load,
        "prescription": session.prescription,
        "focus": session.focus,
    }


def diff(
    draft_sessions: list[dict[str, Any]], planned: list[TrainingSession], timezone: str
) -> list[DiffEntry]:
    """The review of a draft against the planned sessions of its week (ordered by day)."""
    tz = ZoneInfo(timezone)
    open_rows = [(s, as_draft_fields(s, tz)) for s in planned if s.status is SessionStatus.PLANNED]
    used: set[uuid.UUID] = set()
    entries: list[DiffEntry] = []
    for draft in draft_sessions:
        match = next(
            (
                (s, v)
                for s, v in open_rows
                if s.id not in used and v["day"] == draft["day"] and v["sessionType"] == draft["sessionType"]
            ),
            None,
        )
        day = date.fromisoformat(draft["day"])
        if match is None:
            entries.append(DiffEntry(PlanChangeKind.ADDED, draft["key"], day, draft=draft))
            continue
        session, values = match
        used.add(session.id)
        changed = [name for name in COMPARED if _differs(draft.get(name), values[name])]
        kind = PlanChangeKind.CHANGED if changed else PlanChangeKind.UNCHANGED
        entries.append(DiffEntry(kind, draft["key"], day, session.id, draft, changed))
    for session, values in open_rows:
        if session.id not in used:
            entries.append(
                DiffEntry(PlanChangeKind.REMOVED, None, date.fromisoformat(values["day"]), session.id)
            )
    return sorted(entries, key=lambda e: (e.day, e.kind is PlanChangeKind.REMOVED))


def _differs(wanted: Any, current: Any) -> bool:
    if isinstance(wanted, int | float) and isinstance(current, int | float):
        return abs(float(wanted) - float(current)) > 1e-6
    return bool(wanted != current)
