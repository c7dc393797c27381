"""Inputs of the plan-draft mutations."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

import strawberry
from strawberry.scalars import JSON

from graphql_schema.programs.enums import Intensity, Modality, SessionType


@strawberry.input(description="A day the athlete can train next week.")
class AvailabilityDayInput:
    weekday: int = strawberry.field(
        description="ISO weekday: 1 (Monday) to 7 (Sunday); one entry per weekday."
    )
    start_time: str = strawberry.field(default="07:00", description="Athlete-local start, HH:MM (24 h).")
    max_minutes: int = strawberry.field(
        default=90, description="The longest session that day, 20-300 minutes."
    )

    def as_dict(self) -> dict[str, Any]:
        return {"weekday": self.weekday, "startTime": self.start_time, "maxMinutes": self.max_minutes}


@strawberry.input(description="Draft a week of an athlete's plan.")
class GeneratePlanDraftInput:
    athlete_id: uuid.UUID = strawberry.field(description="One of your athletes.")
    week_start: date = strawberry.field(
        description="A day of the week to plan (its Monday is used): the athlete's current week up to 8 weeks ahead."
    )
    request_id: uuid.UUID | None = strawberry.field(
        default=None, description="A client-generated id: sending it again returns the same run (idempotent)."
    )
    availability: list[AvailabilityDayInput] | None = strawberry.field(
        default=None,
        description="The days the athlete can train; omitted: the weekdays of their last 4 weeks of sessions"
        " (or Monday, Wednesday, Friday and Saturday).",
    )

    def availability_days(self) -> list[dict[str, Any]] | None:
        return None if self.availability is None else [d.as_dict() for d in self.availability]


@strawberry.input(description="A session of an edited draft.")
class PlanDraftSessionInput:
    key: str = strawberry.field(
        description="Its key, 1-40 letters, digits, - or _; a key of the draft keeps its justification."
    )
    day: date = strawberry.field(description="The athlete-local day, in the draft's week.")
    start_time: str = strawberry.field(description="Athlete-local start, HH:MM.")
    title: str = strawberry.field(description="Title, 1-200 characters.")
    session_type: SessionType = strawberry.field(description="Strength or endurance.")
    modality: Modality = strawberry.field(description="How it is trained.")
    duration_minutes: int = strawberry.field(description="1-300 minutes.")
    prescription: JSON = strawberry.field(description="The prescription (seed 004's schema of its type).")
    intensity: Intensity | None = strawberry.field(default=None, description="How hard.")
    focus: str | None = strawberry.field(default=None, description="Focus, at most 200 characters.")
    planned_load: float | None = strawberry.field(default=None, description="Planned load, 0-10000.")

    def as_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "day": self.day.isoformat(),
            "startTime": self.start_time,
            "title": self.title,
            "sessionType": self.session_type.value,
            "modality": self.modality.value,
            "durationMinutes": self.duration_minutes,
            "intensity": self.intensity.value if self.intensity else None,
            "focus": self.focus,
            "plannedLoad": self.planned_load,
            "prescription": self.prescription,
        }


@strawberry.input(description="Replace a pending draft's sessions.")
class UpdatePlanDraftInput:
    id: uuid.UUID = strawberry.field(description="The draft.")
    sessions: list[PlanDraftSessionInput] = strawberry.field(
        description="Its sessions from now on (at most 14)."
    )
    expected_version: int | None = strawberry.field(
        default=None, description="The version you edited; another is CONFLICT (someone edited it since)."
    )

    def session_dicts(self) -> list[dict[str, Any]]:
        return [s.as_dict() for s in self.sessions]


@strawberry.input(description="Accept all or some of a draft's sessions into the athlete's week.")
class AcceptPlanDraftInput:
    id: uuid.UUID = strawberry.field(description="The draft.")
    session_keys: list[str] | None = strawberry.field(
        default=None, description="The sessions to accept (keys of its review); omitted: all of them."
    )
    expected_version: int | None = strawberry.field(default=None, description="The version you reviewed.")


@strawberry.input(description="Discard a pending draft.")
class DiscardPlanDraftInput:
    id: uuid.UUID = strawberry.field(description="The draft.")
    expected_version: int | None = strawberry.field(default=None, description="The version you reviewed.")
