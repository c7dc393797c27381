"""A coach's review of a draft: edit its sessions, accept all or some of them into the athlete's
micro-cycle, or discard it. Each is one transaction with its audit entry; accepting schedules and
edits sessions through the programs services (their checks, audit and `planChanged` events), and
links each accepted session to the run, so feedback on it is feedback on the run (seed 002).

Accepting never deletes a planned session: a REMOVED line of the review is information only.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from tortoise.transactions import in_transaction

from app import clock
from app.athletes.models import AthleteProfile
from app.audit.service import record_action
from app.core.access import locked_for_write, require_planner
from app.core.actor import Actor
from app.core.errors import Collector, ErrorCode, FieldError, ValidationFailed
from app.plans.diff import DiffEntry
from app.plans.generation import validate_output
from app.plans.generators import canonical
from app.plans.models import DraftStatus, PlanChangeKind, PlanSession, PlanSnapshot
from app.plans.service import review
from app.plans.validation import plan_path
from app.programs.models import (
    Intensity,
    MicroCycle,
    Modality,
    ProgramPhase,
    ProgramStatus,
    SessionType,
    TrainingProgram,
)
from app.programs.sessions import schedule_session, update_session

MAX_KEYS = 14


async def _draft_for_write(actor: Actor, draft_id: uuid.UUID, expected_version: int | None) -> PlanSnapshot:
    require_planner(actor)
    draft = await locked_for_write(
        PlanSnapshot, draft_id, actor, through="athlete", label="Draft", field="id"
    )
    if draft.status is not DraftStatus.DRAFT:
        raise ValidationFailed.one("id", ErrorCode.INVALID_TRANSITION, f"This draft is {draft.status.value}.")
    if expected_version is not None and expected_version != draft.version:
        raise ValidationFailed.one(
            "expectedVersion", ErrorCode.CONFLICT, f"The draft is at version {draft.version}: reload it."
        )
    return draft


def _justified(sessions: list[dict[str, Any]], before: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for session in sessions:
        old = before.get(session["key"])
        if old is None:
            session = {
                **session,
                "justification": {"rule": "coach", "text": "Added by the coach."},
                "edited": True,
            }
        else:
            same = {k: v for k, v in old.items() if k not in ("justification", "edited")}
            changed = canonical(same) != canonical(session)
            session = {
                **session,
                "justification": old["justification"],
                "edited": bool(old.get("edited")) or changed,
            }
        out.append(session)
    return out


async def update_draft(
    *, actor: Actor, id: uuid.UUID, sessions: list[dict[str, Any]], expected_version: int | None = None
) -> PlanSnapshot:
    """Replace a pending draft's sessions (checked like a generator's output); the generated plan is kept."""
    async with in_transaction():
        draft = await _draft_for_write(actor, id, expected_version)
        before = {s["key"]: s for s in draft.plan["sessions"]}
        plan = {
            **draft.plan,
            "sessions": _justified(sessions, before),
            "targetLoad": draft.plan.get("targetLoad"),
        }
        athlete = await AthleteProfile.get(id=draft.athlete_id)
        valid, errors = await validate_output(canonical(plan), draft.week_start, athlete.coach_id)
        if valid is None:
            raise ValidationFailed(
                [FieldError(plan_path(e.path), ErrorCode.INVALID, e.message) for e in errors]
            )
        draft.plan, draft.version, draft.edited = valid, draft.version + 1, True
        await draft.save(update_fields=["plan", "version", "edited", "updated_at"])
        await record_action(
            actor,
            "update_plan_draft",
            "plan_snapshot",
            draft.id,
            version=draft.version,
            sessions=len(sessions),
        )
    return draft


async def discard_draft(*, actor: Actor, id: uuid.UUID, expected_version: int | None = None) -> PlanSnapshot:
    """Set a pending draft aside: nothing of it reaches the athlete's plan."""
    async with in_transaction():
        draft = await _draft_for_write(actor, id, expected_version)
        draft.status, draft.reviewed_by_id, draft.reviewed_at = (
            DraftStatus.DISCARDED,
            actor.user_id,
            clock.now(),
        )
        await draft.save(update_fields=["status", "reviewed_by_id", "reviewed_at", "updated_at"])
        await record_action(actor, "discard_plan_draft", "plan_snapshot", draft.id, run=str(draft.run_id))
    return draft


def _chosen(entries: list[DiffEntry], keys: list[str] | None) -> list[DiffEntry]:
    by_key = {e.key: e for e in entries if e.key is not None}
    if keys is None:
        return list(by_key.values())
    errors = Collector()
    if not keys:
        errors.add(
            "sessionKeys", ErrorCode.REQUIRED, "Name at least one session, or omit sessionKeys to accept all."
        )
    if len(keys) > MAX_KEYS:
        errors.add("sessionKeys", ErrorCode.TOO_LONG, f"At most {MAX_KEYS} sessions.")
    for index, key in enumerate(keys):
        if key not in by_key:
            errors.add(f"sessionKeys.{index}", ErrorCode.NOT_FOUND, f"The draft has no session {key[:40]!r}.")
    errors.raise_if_any()
    return [by_key[k] for k in dict.fromkeys(keys)]


Placement = tuple[TrainingProgram, ProgramPhase | None, MicroCycle | None]


async def _placement(draft: PlanSnapshot) -> Placement:
    """The athlete's current program, and the phase and micro-cycle holding the draft's week."""
    program = await TrainingProgram.filter(
        athlete_id=draft.athlete_id,
        status=ProgramStatus.CURRENT,
        start_date__lte=draft.week_end,
        end_date__gte=draft.week_start,
    ).first()
    if program is None:
        raise ValidationFailed.one(
            "id",
            ErrorCode.INVALID,
            "The athlete has no current program holding this week: activate one first.",
        )
    cycle = await MicroCycle.filter(
        program_id=program.id, start_date__lte=draft.week_start, end_date__gte=draft.week_start
    ).first()
    phase = await ProgramPhase.filter(
        program_id=program.id, start_date__lte=draft.week_start, end_date__gte=draft.week_start
    ).first()
    return program, phase, cycle


def _values(draft: dict[str, Any], tz: str) -> dict[str, Any]:
    start = time.fromisoformat(draft["startTime"])
    return {
        "title": draft["title"],
        "scheduled_at": datetime.combine(date.fromisoformat(draft["day"]), start, tzinfo=ZoneInfo(tz)),
        "duration_minutes": draft["durationMinutes"],
        "modality": Modality(draft["modality"]),
        "intensity": Intensity(draft["intensity"]) if draft.get("intensity") else None,
        "planned_load": draft.get("plannedLoad"),
        "prescription": draft["prescription"],
        "focus": draft.get("focus"),
    }


_CHANGED = {"startTime": "scheduled_at", "durationMinutes": "duration_minutes", "plannedLoad": "planned_load"}


async def _apply(
    actor: Actor,
    entry: DiffEntry,
    placement: Placement,
    tz: str,
) -> uuid.UUID:
    program, phase, cycle = placement
    assert entry.draft is not None
    values = _values(entry.draft, tz)
    if entry.kind is PlanChangeKind.ADDED:
        session = await schedule_session(
            actor=actor,
            program_id=program.id,
            phase_id=phase.id if phase else None,
            micro_cycle_id=cycle.id if cycle else None,
            session_type=SessionType(entry.draft["sessionType"]),
            **values,
        )
        return session.id
    assert entry.session_id is not None
    if entry.kind is PlanChangeKind.CHANGED:
        changes = {
            _CHANGED.get(name, name): values[_CHANGED.get(name, name)] for name in entry.changed_fields
        }
        await update_session(actor=actor, id=entry.session_id, **changes)
    return entry.session_id


async def _apply_all(
    actor: Actor, chosen: list[DiffEntry], placement: Placement, timezone: str
) -> list[tuple[DiffEntry, uuid.UUID]]:
    """Schedule or update every chosen session; every refusal is reported (under sessions.<key>)."""
    errors: list[FieldError] = []
    applied: list[tuple[DiffEntry, uuid.UUID]] = []
    for entry in chosen:
        try:
            applied.append((entry, await _apply(actor, entry, placement, timezone)))
        except ValidationFailed as failure:
            errors += [
                FieldError(f"sessions.{entry.key}.{e.field or ''}".rstrip("."), e.code, e.message)
                for e in failure.errors
            ]
    if errors:
        raise ValidationFailed(errors)
    return applied


async def _mark_accepted(
    actor: Actor,
    draft: PlanSnapshot,
    entries: list[DiffEntry],
    applied: list[tuple[DiffEntry, uuid.UUID]],
    cycle: MicroCycle | None,
) -> None:
    for entry, session_id in applied:
        await PlanSession.create(
            snapshot_id=draft.id,
            run_id=draft.run_id,
            session_id=session_id,
            athlete_id=draft.athlete_id,
            draft_key=entry.key,
            change=entry.kind,
        )
    everything = {e.key for e in entries if e.key is not None}
    draft.accepted_keys = [e.key for e, _ in applied if e.key is not None]
    complete = set(draft.accepted_keys) == everything
    draft.status = DraftStatus.ACCEPTED if complete else DraftStatus.PARTIALLY_ACCEPTED
    draft.reviewed_by_id, draft.reviewed_at = actor.user_id, clock.now()
    draft.micro_cycle_id = cycle.id if cycle else None
    await draft.save(
        update_fields=[
            "accepted_keys",
            "status",
            "reviewed_by_id",
            "reviewed_at",
            "micro_cycle_id",
            "updated_at",
        ]
    )


async def accept_draft(
    *, actor: Actor, id: uuid.UUID, session_keys: list[str] | None = None, expected_version: int | None = None
) -> PlanSnapshot:
    """Accept all (`session_keys` None) or some of a draft's sessions into the athlete's week, as one transaction."""
    async with in_transaction():
        draft = await _draft_for_write(actor, id, expected_version)
        entries = await review(draft)
        chosen = _chosen(entries, session_keys)
        placement = await _placement(draft)
        athlete = await AthleteProfile.get(id=draft.athlete_id)
        applied = await _apply_all(actor, chosen, placement, athlete.timezone)
        await _mark_accepted(actor, draft, entries, applied, placement[2])
        counts = {
            k.value: sum(1 for e, _ in applied if e.kind is k)
            for k in (PlanChangeKind.ADDED, PlanChangeKind.CHANGED, PlanChangeKind.UNCHANGED)
        }
        await record_action(
            actor,
            "accept_plan_draft",
            "plan_snapshot",
            draft.id,
            run=str(draft.run_id),
            keys=draft.accepted_keys,
            **counts,
        )
    return draft
