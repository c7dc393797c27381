"""The base every coachgraph table shares: a UUID key (clients may supply it) and timestamps."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from tortoise import fields
from tortoise.indexes import PartialIndex
from tortoise.models import Model

if TYPE_CHECKING:
    from tortoise.backends.base.schema_generator import BaseSchemaGenerator


class TimestampedModel(Model):
    """UUID primary key plus created_at / updated_at, stored in UTC."""

    id = fields.UUIDField(primary_key=True, default=uuid.uuid4)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        abstract = True


class UniquePartialIndex(PartialIndex):
    """A UNIQUE index over the rows matching `condition` (for rules like one current program)."""

    def get_sql(self, schema_generator: BaseSchemaGenerator, model: type[Model], safe: bool) -> str:
        return (
            super().get_sql(schema_generator, model, safe).replace("CREATE INDEX", "CREATE UNIQUE INDEX", 1)
        )
