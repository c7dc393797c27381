"""GraphQL types of the logs domain."""

from __future__ import annotations
