"""The programs domain's enums, registered once as GraphQL enums (their Python classes live in
`app.programs.models` and are used as they are in annotations)."""

from __future__ import annotations

import strawberry

from app.programs.models import (
    Intensity,
    MicroCycleStatus,
    Modality,
    PhaseStatus,
    ProgramStatus,
    SessionStatus,
    SessionType,
)

strawberry.enum(
    ProgramStatus,
    name="ProgramStatus",
    description="A program's life: planned -> current -> completed, or archived. One current program per athlete.",
)
strawberry.enum(PhaseStatus, name="PhaseStatus", description="Where a phase stands.")
strawberry.enum(MicroCycleStatus, name="MicroCycleStatus", description="Where a training week stands.")
strawberry.enum(Modality, name="Modality", description="How a session is trained.")
strawberry.enum(
    SessionType,
    name="SessionType",
    description="Strength or endurance: decides the prescription's JSON schema.",
)
strawberry.enum(SessionStatus, name="SessionStatus", description="Planned, completed or skipped.")
strawberry.enum(Intensity, name="Intensity", description="How hard a session is meant to be.")

__all__ = [
    "Intensity",
    "MicroCycleStatus",
    "Modality",
    "PhaseStatus",
    "ProgramStatus",
    "SessionStatus",
    "SessionType",
]
