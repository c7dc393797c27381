"""Coach, AthleteProfile and the invite codes that join an athlete to a coach (seeds 001 and 004)."""

from __future__ import annotations

import uuid
from enum import StrEnum
from typing import TYPE_CHECKING

from tortoise import fields

from app.core.models import TimestampedModel

if TYPE_CHECKING:
    from app.auth.models import User


class PrimaryGoal(StrEnum):
    """The focus areas an athlete's training is built around."""

    STRENGTH = "strength"
    ENDURANCE = "endurance"
    HYBRID = "hybrid"
    HYPERTROPHY = "hypertrophy"
    WEIGHT_LOSS = "weight_loss"
    GENERAL_FITNESS = "general_fitness"
    RACE_PREPARATION = "race_preparation"
    REHABILITATION = "rehabilitation"


class Coach(TimestampedModel):
    """The coach side of a coach user (1:1)."""

    user: fields.OneToOneRelation[User] = fields.OneToOneField(
        "models.User", related_name="coach", on_delete=fields.CASCADE
    )
    if TYPE_CHECKING:
        user_id: uuid.UUID
    display_name = fields.CharField(max_length=100)

    class Meta:
        table = "coach"


class AthleteProfile(TimestampedModel):
    """The athlete side of an athlete user (1:1), assigned to one coach."""

    user: fields.OneToOneRelation[User] = fields.OneToOneField(
        "models.User", related_name="athlete", on_delete=fields.CASCADE
    )
    if TYPE_CHECKING:
        user_id: uuid.UUID
    # A coach with athletes cannot be deleted until they are reassigned (seed 004).
    coach: fields.ForeignKeyRelation[Coach] = fields.ForeignKeyField(
        "models.Coach", related_name="athletes", on_delete=fields.RESTRICT
    )
    if TYPE_CHECKING:
        coach_id: uuid.UUID
    display_name = fields.CharField(max_length=80)
    timezone = fields.CharField(max_length=64, default="UTC")
    primary_goal = fields.CharEnumField(PrimaryGoal, max_length=32, default=PrimaryGoal.GENERAL_FITNESS)
    # Tortoise types TextField as `str` whatever `null` says; the column is nullable
    coach_notes: fields.Field[str | None] = fields.TextField(null=True)  # type: ignore[assignment]
    resting_hr = fields.IntField(null=True)
    max_hr = fields.IntField(null=True)
    height_cm = fields.DecimalField(max_digits=5, decimal_places=1, null=True)
    weight_kg = fields.DecimalField(max_digits=5, decimal_places=1, null=True)

    class Meta:
        table = "athlete_profile"
        indexes = (("coach_id", "display_name"),)


class InviteCode(TimestampedModel):
    """A single-use code a coach hands to an athlete; registering with it joins that coach."""

    code_hash = fields.CharField(max_length=64, unique=True)
    coach: fields.ForeignKeyRelation[Coach] = fields.ForeignKeyField(
        "models.Coach", related_name="invites", on_delete=fields.CASCADE
    )
    if TYPE_CHECKING:
        coach_id: uuid.UUID
    email = fields.CharField(max_length=255, null=True)
    expires_at = fields.DatetimeField()
    used_at = fields.DatetimeField(null=True)
    used_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="used_invites", null=True, on_delete=fields.SET_NULL
    )
    if TYPE_CHECKING:
        used_by_id: uuid.UUID | None

    class Meta:
        table = "invite_code"
        indexes = (("coach_id",), ("used_by_id",))
