"""JSON columns as the text PostgreSQL sent: parsed when something needs the value, not before.

The API's row views (app/db/rows.py) read a JSON column as `RawJSON`, a `str` holding the JSON
text asyncpg received, and the GraphQL JSON scalar parses it only when a response selects the
field. A dashboard reads thousands of prescriptions and logs without showing one.
"""

from __future__ import annotations

import json
import re
from typing import Any

import orjson


class RawJSON(str):
    """The text of a JSON value as PostgreSQL sent it."""

    __slots__ = ()

    def value(self) -> Any:
        """The parsed value: orjson's (twice as fast), or the standard library's for a text with
        a run of 19 digits or more, which may be an integer beyond 64 bits (PostgreSQL's JSON
        holds any; orjson would turn it into a float)."""
        if _LONG_DIGITS.search(self) is not None:
            return json.loads(self)
        return orjson.loads(str.__str__(self))  # orjson takes an exact str, not a subclass


_LONG_DIGITS = re.compile(r"[0-9]{19}")
