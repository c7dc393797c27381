"""GraphQL types of the exercises domain."""

from __future__ import annotations
