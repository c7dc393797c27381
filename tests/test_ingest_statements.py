"""An ingest batch costs a constant number of SQL statements, whatever its size: the same for
20 records as for 200, new (APPLIED), replayed (UNCHANGED) or revised (REVISED), the series'
recomputation after the commit included. Timing is `make bench-ingest`'s (docs/PERFORMANCE.md)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import httpx

from app.clock import FixedClock
from app.settings import Settings
from tests.helpers import QueryCounter, gql, make_athlete, make_coach

INGEST = """
mutation($input: IngestWellnessInput!) {
  ingestWellness(input: $input) { run { applied unchanged revised rejected } results { index status id late } }
}
"""
# The token's check, then the ingest transaction: athlete lock, stored rows, run, [upsert,]
# [history,] freshness, [recomputation queue,] audit (6 to 9); a batch that changed
# data adds the recomputation after the commit (24 or 25, app/analytics/recompute.py).
STATEMENTS = {"APPLIED": 33, "UNCHANGED": 6, "REVISED": 33}


def _records(count: int, today: date, bump: int = 0) -> list[dict[str, Any]]:
    return [
        {
            "date": (today - timedelta(days=i + 1)).isoformat(),
            "restingHr": 50 + i % 7 + bump,
            "steps": 5000 + i,
        }
        for i in range(count)
    ]


async def _counted(client: httpx.AsyncClient, token: str, records: list[dict[str, Any]]) -> tuple[Any, int]:
    with QueryCounter() as counter:
        body = await gql(client, INGEST, {"input": {"source": "garmin", "records": records}}, token=token)
    assert "errors" not in body, body
    return body["data"]["ingestWellness"], counter.count


async def test_a_batch_costs_the_same_statements_for_20_records_as_for_200(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    coach = await make_coach(settings)
    today = fixed_clock.now.date()
    counts: dict[int, dict[str, int]] = {}
    for size in (20, 200):
        athlete = await make_athlete(settings, coach, email=f"size-{size}@example.com")
        first, applied = await _counted(client, athlete.token, _records(size, today))
        replay, unchanged = await _counted(client, athlete.token, _records(size, today))
        revised_batch, revised = await _counted(client, athlete.token, _records(size, today, bump=1))
        assert (
            first["run"]["applied"] == replay["run"]["unchanged"] == revised_batch["run"]["revised"] == size
        )
        counts[size] = {"APPLIED": applied, "UNCHANGED": unchanged, "REVISED": revised}

    assert counts[20] == counts[200] == STATEMENTS, counts
