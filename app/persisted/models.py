"""PersistedQuery: a GraphQL document a client registered under its SHA-256 (automatic persisted queries)."""

from __future__ import annotations

from tortoise import fields

from app.core.models import TimestampedModel


class PersistedQuery(TimestampedModel):
    """A registered document, shared by every server process (least recently used evicted first)."""

    # lower-case hexadecimal SHA-256 of `document` (checked before storing, and by the database)
    sha256 = fields.CharField(max_length=64, unique=True)
    document = fields.TextField()
    last_used_at = fields.DatetimeField(db_index=True)

    class Meta:
        table = "persisted_query"
