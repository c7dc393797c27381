"""TrainingProgram, ProgramPhase, MicroCycle and TrainingSession tables (seeds 001, 003, 004)."""

from __future__ import annotations

import uuid
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from tortoise import fields

from app.core.models import TimestampedModel, UniquePartialIndex

if TYPE_CHECKING:
    from app.athletes.models import AthleteProfile, Coach


class ProgramStatus(StrEnum):
    PLANNED = "planned"
    CURRENT = "current"
    COMPLETED = "completed"
    ARCHIVED = "archived"


class PhaseStatus(StrEnum):
    PLANNED = "planned"
    ACTIVE = "active"
    COMPLETED = "completed"


class MicroCycleStatus(StrEnum):
    PLANNED = "planned"
    ACTIVE = "active"
    COMPLETED = "completed"


class SessionType(StrEnum):
    STRENGTH = "strength"
    ENDURANCE = "endurance"


class SessionStatus(StrEnum):
    PLANNED = "planned"
    COMPLETED = "completed"
    SKIPPED = "skipped"


class Modality(StrEnum):
    """How a session is trained: the endurance modalities of seed 004, plus strength work."""

    RUN = "run"
    BIKE = "bike"
    ROW = "row"
    SWIM = "swim"
    STRENGTH = "strength"
    MOBILITY = "mobility"
    OTHER = "other"


class Intensity(StrEnum):
    RECOVERY = "recovery"
    EASY = "easy"
    MODERATE = "moderate"
    HARD = "hard"
    MAX = "max"


class TrainingProgram(TimestampedModel):
    """A coach's plan for one athlete over a date range; at most one is `current` per athlete."""

    athlete: fields.ForeignKeyRelation[AthleteProfile] = fields.ForeignKeyField(
        "models.AthleteProfile", related_name="programs", on_delete=fields.CASCADE
    )
    coach: fields.ForeignKeyRelation[Coach] = fields.ForeignKeyField(
        "models.Coach", related_name="programs", on_delete=fields.RESTRICT
    )
    if TYPE_CHECKING:
        athlete_id: uuid.UUID
        coach_id: uuid.UUID
    title = fields.CharField(max_length=200)
    # Tortoise types TextField as `str` whatever `null` says; the column is nullable
    description: fields.Field[str | None] = fields.TextField(null=True)  # type: ignore[assignment]
    start_date = fields.DateField()
    end_date = fields.DateField()
    macro_cycle = fields.CharField(max_length=200, null=True)
    status = fields.CharEnumField(ProgramStatus, max_length=16, default=ProgramStatus.PLANNED)
    version = fields.IntField(default=1)

    class Meta:
        table = "training_program"
        indexes = (
            ("athlete_id", "status"),
            ("coach_id",),
            UniquePartialIndex(
                fields=("athlete_id",), condition={"status": "current"}, name="uniq_training_program_current"
            ),
        )


class ProgramPhase(TimestampedModel):
    """A block of a program (base, build, peak...), ordered and non-overlapping within it."""

    program: fields.ForeignKeyRelation[TrainingProgram] = fields.ForeignKeyField(
        "models.TrainingProgram", related_name="phases", on_delete=fields.CASCADE
    )
    if TYPE_CHECKING:
        program_id: uuid.UUID
    name = fields.CharField(max_length=100)
    focus = fields.CharField(max_length=200, null=True)
    phase_order = fields.IntField()
    start_date = fields.DateField()
    end_date = fields.DateField()
    status = fields.CharEnumField(PhaseStatus, max_length=16, default=PhaseStatus.PLANNED)

    class Meta:
        table = "program_phase"
        unique_together = (("program_id", "phase_order"),)


class MicroCycle(TimestampedModel):
    """One training week of a program, inside one phase."""

    program: fields.ForeignKeyRelation[TrainingProgram] = fields.ForeignKeyField(
        "models.TrainingProgram", related_name="micro_cycles", on_delete=fields.CASCADE
    )
    phase: fields.ForeignKeyRelation[ProgramPhase] = fields.ForeignKeyField(
        "models.ProgramPhase", related_name="micro_cycles", on_delete=fields.CASCADE
    )
    if TYPE_CHECKING:
        program_id: uuid.UUID
        phase_id: uuid.UUID
    week_index = fields.IntField()
    start_date = fields.DateField()
    end_date = fields.DateField()
    status = fields.CharEnumField(MicroCycleStatus, max_length=16, default=MicroCycleStatus.PLANNED)
    # Derived from wellness once readiness is computed; null until then.
    readiness_score = fields.FloatField(null=True)

    class Meta:
        table = "micro_cycle"
        unique_together = (("program_id", "week_index"),)
        indexes = (("phase_id", "week_index"),)


class TrainingSession(TimestampedModel):
    """One planned workout; `prescription` is validated against its type's JSON schema."""

    program: fields.ForeignKeyRelation[TrainingProgram] = fields.ForeignKeyField(
        "models.TrainingProgram", related_name="sessions", on_delete=fields.CASCADE
    )
    phase: fields.ForeignKeyNullableRelation[ProgramPhase] = fields.ForeignKeyField(
        "models.ProgramPhase", related_name="sessions", null=True, on_delete=fields.SET_NULL
    )
    micro_cycle: fields.ForeignKeyNullableRelation[MicroCycle] = fields.ForeignKeyField(
        "models.MicroCycle", related_name="sessions", null=True, on_delete=fields.SET_NULL
    )
    athlete: fields.ForeignKeyRelation[AthleteProfile] = fields.ForeignKeyField(
        "models.AthleteProfile", related_name="sessions", on_delete=fields.CASCADE
    )
    if TYPE_CHECKING:
        program_id: uuid.UUID
        phase_id: uuid.UUID | None
        micro_cycle_id: uuid.UUID | None
        athlete_id: uuid.UUID
    title = fields.CharField(max_length=200)
    scheduled_at = fields.DatetimeField()
    duration_minutes = fields.IntField(null=True)
    modality = fields.CharEnumField(Modality, max_length=16)
    session_type = fields.CharEnumField(SessionType, max_length=16)
    prescription: fields.JSONField[dict[str, Any]] = fields.JSONField()
    focus = fields.CharField(max_length=200, null=True)
    intensity = fields.CharEnumField(Intensity, max_length=16, null=True)
    status = fields.CharEnumField(SessionStatus, max_length=16, default=SessionStatus.PLANNED)
    planned_load = fields.FloatField(null=True)
    completed_at = fields.DatetimeField(null=True)
    skipped_reason = fields.CharField(max_length=500, null=True)

    class Meta:
        table = "training_session"
        indexes = (
            ("athlete_id", "scheduled_at"),
            ("program_id", "scheduled_at"),
            ("micro_cycle_id",),
            ("phase_id",),
        )
