"""Every foreign key has an index whose leading columns are the key's: joins and ON DELETE checks
from the referenced table never scan the referencing one."""

from __future__ import annotations

from typing import Any

from tortoise import connections

# Foreign keys whose columns lead no index, from the catalog. A partial index counts only when
# its condition is "<the key's column> IS NOT NULL": every row a lookup by key can find is in it.
UNINDEXED_FOREIGN_KEYS = """
SELECT c.conrelid::regclass::text AS table_name, c.conname AS constraint_name,
       array_to_string(ARRAY(
           SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, n)
           JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.n
       ), ',') AS columns
FROM pg_constraint c
WHERE c.contype = 'f'
  AND c.connamespace = 'public'::regnamespace
  AND NOT EXISTS (
      SELECT 1 FROM pg_index i
      WHERE i.indrelid = c.conrelid
        AND (
            i.indpred IS NULL
            OR pg_get_expr(i.indpred, i.indrelid) = '(' || (
                SELECT a.attname FROM pg_attribute a WHERE a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
            ) || ' IS NOT NULL)'
        )
        AND (i.indkey::int2[])[0:array_length(c.conkey, 1) - 1] @> c.conkey
        AND (i.indkey::int2[])[0:array_length(c.conkey, 1) - 1] <@ c.conkey
  )
ORDER BY 1, 2
"""


async def test_every_foreign_key_has_an_index(app: Any) -> None:
    rows = await connections.get("default").execute_query_dict(UNINDEXED_FOREIGN_KEYS)

    missing = [f"{r['table_name']}({r['columns']})" for r in rows]
    assert missing == [], "\n".join(missing)
