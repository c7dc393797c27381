"""JSON columns as the text PostgreSQL sent: parsed when something needs the value, not before.

The API's row views (app/db/rows.py) read a JSON column as `RawJSON`, a `str` holding the JSON
text asyncpg received, and the GraphQL JSON scalar parses it only when a response selects the
field. A dashboard reads thousands of prescriptions and logs without showing one.
"""

from __future__ import annotations

import json
from typing import Any


class RawJSON(str):
    """The text of a JSON value as PostgreSQL sent it."""

    __slots__ = ()

    def value(self) -> Any:
        """The parsed value."""
        return json.loads(self)
