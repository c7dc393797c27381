"""The one ingestion path every kind of data takes: batch API, file import and check-in.

A batch is one athlete's records from one source. Each record is validated alone (a bad one is
REJECTED with typed errors and never loses the others), then the whole batch is written with a
constant number of set-based statements, whatever its size:

  1. lock the athlete (concurrent batches about one athlete run one after the other);
  2. read the stored rows the batch's keys already have (one SELECT joined to the keys);
  3. classify each record: APPLIED (new), UNCHANGED (identical: a replay changes nothing),
     REVISED (replaces the stored values, which go to the revision history), or REJECTED
     (a final value is never replaced by a tentative one, nor by an older measurement);
  4. insert the IngestionRun with its counts (every outcome is known by now; one INSERT, no
     UPDATE after the writes);
  5. one `INSERT ... SELECT FROM unnest(arrays) ON CONFLICT ... DO UPDATE` for the new and
     revised rows; one INSERT of the revision history; one upsert of the freshness watermark;
  6. the recomputation queue, and the audit entry. A hub's batch (`ingestWellness`, `ingestSleep`,
     `ingestHrv`, `ingestActivities`) is recomputed right after the response
     (app/analytics/deferred.py); a check-in or a file import before it.

Lateness: a record is late when it arrives more than 48 hours after the end of its athlete-local
day (local midnight in the athlete's IANA zone, so a day across a DST change is 23 or 25 hours
long and the window is 48 elapsed hours after its true end). Late records are stored and flagged,
never dropped. A record for a day after the athlete's local today is rejected.

Cost: 5 statements for a replay, 7 with new rows, 8 with revised ones (and the token's check),
whatever the batch's size (`tests/test_ingest_statements.py`). `make bench-ingest` times a
1,000-record batch beside a bare upsert of the same rows; docs/PERFORMANCE.md ("Ingest") has the
figures and what each step of the path costs.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from operator import itemgetter
from typing import Any

from tortoise import connections
from tortoise.transactions import in_transaction

from app import clock
from app.analytics.pending import batch_changed
from app.athletes.service import athlete_for_write
from app.audit.service import record_action
from app.core.actor import Actor
from app.core.errors import Collector, ErrorCode, FieldError
from app.ingest import writes
from app.ingest.batch import (
    CLOCK_SKEW,
    LATE_AFTER,
    MANUAL_SOURCE,
    MAX_RECORDS,
    SOURCE_PATTERN,
    Batch,
    Candidate,
    Outcome,
    RecordResult,
    Table,
)
from app.ingest.models import IngestionRun, IngestKind, RunStatus

MAX_RUN_ERRORS = 100
# The batches of the ingest API, whose series are recomputed after the response.
HUB_KINDS = frozenset({IngestKind.WELLNESS, IngestKind.SLEEP, IngestKind.HRV, IngestKind.ACTIVITIES})

# Decides a record against the stored row of its key (None: new). Returns the outcome, the
# values to write (for a merge, the merged values) and the error of a rejection.
Classifier = Callable[
    [Candidate, Mapping[str, Any] | None], tuple[Outcome, dict[str, Any], FieldError | None]
]

SUPERSEDED = "A final record is not replaced by a tentative one, nor by an older measurement."


def replace_classifier(
    candidate: Candidate, stored: Mapping[str, Any] | None
) -> tuple[Outcome, dict[str, Any], FieldError | None]:
    """The default rule: new -> APPLIED; identical -> UNCHANGED; a tentative report after a final
    one, or a measurement older than the stored one -> REJECTED; otherwise REVISED."""
    values = candidate.values
    if stored is None:
        return Outcome.APPLIED, values, None
    if _same(stored, values):
        return Outcome.UNCHANGED, values, None
    older = (
        values.get("measured_at") is not None
        and stored.get("measured_at") is not None
        and values["measured_at"] < stored["measured_at"]
    )
    if (stored.get("status") == "final" and values.get("status") == "tentative") or older:
        return Outcome.REJECTED, values, FieldError("status", ErrorCode.CONFLICT, SUPERSEDED)
    return Outcome.REVISED, values, None


_getters: dict[tuple[str, ...], Callable[[Any], Any]] = {}


def _same(stored: Mapping[str, Any], values: dict[str, Any]) -> bool:
    """Whether the stored row holds exactly `values`: one C call for the stored side (an
    itemgetter per set of names; 1,000 replayed records: 0.9 ms -> 0.6 ms)."""
    names = tuple(values)
    if not names:
        return True
    getter = _getters.get(names)
    if getter is None:
        getter = _getters[names] = itemgetter(*names) if len(names) > 1 else lambda row: (row[names[0]],)
    try:
        return bool(getter(stored) == tuple(values.values()))
    except KeyError:  # a value that is not a stored column: compared as before (missing is None)
        return all(stored.get(name) == value for name, value in values.items())


def check_source(source: str, errors: Collector, *, allow_manual: bool = False) -> str:
    """A source name: lowercase letters, digits and underscores, 2-32 characters."""
    clean = (source or "").strip().lower()
    if not SOURCE_PATTERN.match(clean):
        errors.add(
            "source",
            ErrorCode.INVALID,
            "A source is 2-32 lowercase letters, digits or underscores, e.g. garmin.",
        )
    elif clean == MANUAL_SOURCE and not allow_manual:
        errors.add("source", ErrorCode.INVALID, "The manual source is reserved for check-ins.")
    return clean


def check_batch_size(count: int, errors: Collector) -> None:
    if count < 1:
        errors.add("records", ErrorCode.REQUIRED, "Send at least one record.")
    elif count > MAX_RECORDS:
        errors.add("records", ErrorCode.TOO_LONG, f"A batch holds at most {MAX_RECORDS} records.")


@dataclass
class BatchReport:
    """What a batch did: its run and one result per record, in the order sent."""

    run: IngestionRun
    results: list[RecordResult]


Validator = Callable[[Batch, int, Any, RecordResult], Candidate | None]


async def run_batch(
    *,
    actor: Actor,
    athlete_id: uuid.UUID,
    source: str,
    kind: IngestKind,
    table: Table,
    records: Sequence[Any],
    validate: Validator,
    classify: Classifier = replace_classifier,
    file_name: str | None = None,
    after_write: Callable[[Batch, list[tuple[Candidate, RecordResult]]], Any] | None = None,
) -> BatchReport:
    """Validate and write one batch through the steps above; one transaction."""
    async with in_transaction():
        athlete = await athlete_for_write(actor, athlete_id)
        batch = Batch(actor, athlete, source, kind, clock.now(), file_name)
        results = [RecordResult(index=i) for i in range(len(records))]
        candidates = [
            c for i, r in enumerate(records) if (c := validate(batch, i, r, results[i])) is not None
        ]
        run = IngestionRun(
            athlete_id=athlete.id,
            triggered_by_id=actor.user_id,
            integration_token_id=actor.integration_token_id,
            source=source,
            kind=kind,
            status=RunStatus.COMPLETED,
            started_at=batch.received_at,
            received=len(records),
            file_name=file_name,
        )
        written = await _write(batch, table, _last_of_each_key(candidates, results), results, run, classify)
        if after_write is not None:
            await after_write(batch, written)
        await batch_changed(athlete.id, table.kind, _changed_days(written), after_response=kind in HUB_KINDS)
        await record_action(
            actor,
            f"ingest_{kind.value}",
            "ingestion_run",
            run.id,
            athlete=str(athlete.id),
            source=source,
            integration_token=str(actor.integration_token_id) if actor.integration_token_id else None,
        )
    return BatchReport(run, results)


def _changed_days(written: list[tuple[Candidate, RecordResult]]) -> list[tuple[date, uuid.UUID | None]]:
    """The days (a revised record's previous day too) and ids of the records the batch changed."""
    changed = [(c, r) for c, r in written if r.status in (Outcome.APPLIED, Outcome.REVISED)]
    days = [(c.day, r.record_id) for c, r in changed]
    return days + [(r.previous_day, r.record_id) for _, r in changed if r.previous_day is not None]


def _last_of_each_key(candidates: list[Candidate], results: list[RecordResult]) -> list[Candidate]:
    """The last record of each key wins; earlier ones are REJECTED as duplicates."""
    last: dict[tuple[Any, ...], Candidate] = {}
    for candidate in candidates:
        earlier = last.get(candidate.key)
        if earlier is not None:
            results[earlier.index].errors.append(
                FieldError(
                    None,
                    ErrorCode.DUPLICATE,
                    f"Record {candidate.index} of this batch has the same key; the last one is kept.",
                )
            )
        last[candidate.key] = candidate
    return list(last.values())


async def _write(
    batch: Batch,
    table: Table,
    candidates: list[Candidate],
    results: list[RecordResult],
    run: IngestionRun,
    classify: Classifier,
) -> list[tuple[Candidate, RecordResult]]:
    """Classify the records against the stored rows, insert the run with its final counts (the
    rows refer to it), then write the new and revised rows, their history and the watermark."""
    conn = connections.get("default")
    stored = await writes.stored_rows(conn, batch, table, candidates) if candidates else {}
    rows, written = _classify(batch, table, candidates, results, stored, classify)
    await _finish(run, results)
    if rows:
        await writes.upsert(conn, batch, table, run, rows, results)
        if table.keep_history:
            await writes.revisions(conn, batch, table, run, rows, results)
    await writes.freshness(conn, batch, table, [c for c, _ in written])
    return written


Row = tuple[Candidate, dict[str, Any], Mapping[str, Any] | None]


def _classify(
    batch: Batch,
    table: Table,
    candidates: list[Candidate],
    results: list[RecordResult],
    stored: dict[tuple[Any, ...], Mapping[str, Any]],
    classify: Classifier,
) -> tuple[list[Row], list[tuple[Candidate, RecordResult]]]:
    """Each record's outcome and id; the rows to write (new and revised) and the records kept."""
    rows: list[Row] = []
    written: list[tuple[Candidate, RecordResult]] = []
    for candidate in candidates:
        result = results[candidate.index]
        result.late = candidate.late
        previous = stored.get(candidate.key)
        if (
            previous is not None
            and table.athlete_in_key is False
            and previous["athlete_id"] != batch.athlete.id
        ):
            result.errors.append(
                FieldError(
                    "externalId", ErrorCode.ALREADY_EXISTS, "This id is already recorded for another athlete."
                )
            )
            continue
        outcome, values, error = classify(candidate, previous)
        result.status = outcome
        if error is not None:
            result.errors.append(error)
            continue
        if previous is not None:
            result.record_id = previous["id"]
            if table.day_column is not None:
                result.previous_day = previous.get(table.day_column)
        written.append((candidate, result))
        if outcome is not Outcome.UNCHANGED:
            rows.append((candidate, values, previous))
    fresh = [r for _, r in written if r.record_id is None]
    for result, record_id in zip(fresh, writes.new_ids(len(fresh)), strict=True):
        result.record_id = record_id
    return rows, written


async def _finish(run: IngestionRun, results: list[RecordResult]) -> None:
    counts = {outcome: 0 for outcome in Outcome}
    errors: list[dict[str, Any]] = []
    for result in results:
        counts[result.status] += 1
        for error in result.errors:
            if len(errors) < MAX_RUN_ERRORS:
                errors.append(
                    {
                        "index": result.index,
                        "field": error.field,
                        "code": error.code.value,
                        "message": error.message,
                    }
                )
    rejected = counts[Outcome.REJECTED]
    run.applied, run.unchanged = counts[Outcome.APPLIED], counts[Outcome.UNCHANGED]
    run.revised, run.rejected = counts[Outcome.REVISED], rejected
    run.late = sum(1 for r in results if r.late and r.status is not Outcome.REJECTED)
    run.errors = errors
    run.status = (
        RunStatus.COMPLETED
        if not rejected
        else RunStatus.PARTIAL
        if rejected < len(results)
        else RunStatus.FAILED
    )
    run.finished_at = clock.now()  # every outcome is decided: the rows follow in this transaction
    await run.save()


__all__ = [
    "CLOCK_SKEW",
    "LATE_AFTER",
    "MANUAL_SOURCE",
    "MAX_RECORDS",
    "SOURCE_PATTERN",
    "Batch",
    "BatchReport",
    "Candidate",
    "Outcome",
    "RecordResult",
    "Table",
    "check_batch_size",
    "check_source",
    "replace_classifier",
    "run_batch",
]
