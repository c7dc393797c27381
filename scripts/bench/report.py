"""The benchmark's results: one table per workload on the terminal, and a JSON and a Markdown file."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class Row:
    """One server measured on one workload."""

    server: str  # "coachgraph", "coachgraph, 2 workers", "floor"
    workers: int
    requests: int
    seconds: float
    req_per_s: float
    p50_ms: float | None  # None: no response arrived during the run
    p99_ms: float | None
    max_ms: float | None
    errors: int
    sql_per_request: int
    cpu_ms_per_request: float
    db_cpu_ms_per_request: float | None
    peak_rss_mib: float
    ratio_to_floor: float | None = None
    # for writes: what became of the measured run's operations ("4,000 applied")
    outcomes: str | None = None


@dataclass
class WorkloadResult:
    """One workload: how it was run, whether the documents matched, and its rows."""

    name: str
    description: str
    connections: int
    seconds: int
    warmup_seconds: int
    app_bytes: int
    floor_bytes: int
    documents_match: bool
    difference: str | None
    rows: list[Row] = field(default_factory=list)
    app_statements: list[str] = field(default_factory=list)
    floor_statements: list[str] = field(default_factory=list)


def _number(value: float | None, digits: int) -> str:
    return "n/a" if value is None else f"{value:,.{digits}f}"


_COLUMNS: tuple[tuple[str, Callable[[Row], str]], ...] = (
    ("server", lambda r: r.server),
    ("req/s", lambda r: _number(r.req_per_s, 2)),
    ("p50 ms", lambda r: _number(r.p50_ms, 1)),
    ("p99 ms", lambda r: _number(r.p99_ms, 1)),
    ("SQL/req", lambda r: str(r.sql_per_request)),
    ("CPU ms/req", lambda r: _number(r.cpu_ms_per_request, 2)),
    ("DB CPU ms/req", lambda r: _number(r.db_cpu_ms_per_request, 2)),
    ("peak RSS MiB", lambda r: _number(r.peak_rss_mib, 1)),
    ("req/s vs floor", lambda r: _number(r.ratio_to_floor, 3)),
)


def _size(length: int) -> str:
    return f"{length / 1024:,.1f} KiB" if length < 10 * 1024 else f"{length / 1024:,.0f} KiB"


def _headline(result: WorkloadResult) -> list[str]:
    match = "yes" if result.documents_match else f"NO ({result.difference})"
    return [
        f"{result.name}: {result.description}",
        f"{result.connections} connections, {result.seconds} s after a {result.warmup_seconds} s warm-up; "
        f"response {_size(result.app_bytes)} (floor {_size(result.floor_bytes)}); "
        f"same document as the floor: {match}",
    ]


def text_table(result: WorkloadResult) -> str:
    cells = [[name for name, _ in _COLUMNS]] + [[cell(row) for _, cell in _COLUMNS] for row in result.rows]
    widths = [max(len(line[i]) for line in cells) for i in range(len(_COLUMNS))]
    lines = _headline(result)
    for line in cells:
        lines.append(
            "  "
            + "  ".join(
                value.ljust(width) if i == 0 else value.rjust(width)
                for i, (value, width) in enumerate(zip(line, widths, strict=True))
            )
        )
    for row in result.rows:
        if row.errors:
            lines.append(f"  ! {row.server}: {row.errors} failed requests")
    lines += _outcomes(result)
    return "\n".join(lines)


def _outcomes(result: WorkloadResult) -> list[str]:
    return [
        f"  {row.server}: operations of the measured run: {row.outcomes}"
        for row in result.rows
        if row.outcomes
    ]


def markdown(run: dict[str, Any], results: list[WorkloadResult]) -> str:
    lines = [f"# coachgraph benchmark, {run['started_at']}", ""]
    lines += [f"- {key}: {value}" for key, value in run.items() if key != "started_at"]
    for result in results:
        lines += ["", f"## {result.name}", "", *(f"{line}  " for line in _headline(result)), ""]
        lines.append("| " + " | ".join(name for name, _ in _COLUMNS) + " |")
        lines.append("|" + "|".join(["---"] + ["---:"] * (len(_COLUMNS) - 1)) + "|")
        lines += ["| " + " | ".join(cell(row) for _, cell in _COLUMNS) + " |" for row in result.rows]
        notes = _outcomes(result)
        if notes:
            lines += ["", *(f"-{line[1:]}" for line in notes)]
    return "\n".join(lines) + "\n"


def write(folder: Path, stamp: str, run: dict[str, Any], results: list[WorkloadResult]) -> list[Path]:
    """`<stamp>.json` (everything, the SQL statements included) and `<stamp>.md` in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    document = {"run": run, "workloads": [_plain(result) for result in results]}
    as_json = folder / f"{stamp}.json"
    as_json.write_text(json.dumps(document, indent=2) + "\n")
    as_markdown = folder / f"{stamp}.md"
    as_markdown.write_text(markdown(run, results))
    return [as_json, as_markdown]


def _plain(result: WorkloadResult) -> dict[str, Any]:
    return {
        **{k: v for k, v in vars(result).items() if k != "rows"},
        "rows": [vars(row) for row in result.rows],
    }
