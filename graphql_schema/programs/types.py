"""GraphQL types of the programs domain."""

from __future__ import annotations
