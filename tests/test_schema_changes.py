"""The schema change report: breaking changes since the main branch need a CHANGELOG.md entry,
and every deprecation carries a reason and a date."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphql_schema.schema import build_schema, print_sdl
from graphql_schema.schema_changes import (
    CHANGELOG_PATH,
    BaselineError,
    SchemaChange,
    baseline,
    changes,
    unacknowledged,
    undated_deprecations,
)
from tests.helpers import cli_env, make_settings, run_cli

OLD = """
type Query {
  week: Int
  today(date: String): Int
}
enum Status { PLANNED DONE }
"""
NEW = """
type Query {
  today(date: String!): Int
  status: Status
}
enum Status { PLANNED DONE SKIPPED }
"""
FOUND = [
    SchemaChange("BREAKING", "FIELD_REMOVED", "Field Query.week was removed."),
    SchemaChange(
        "BREAKING", "ARG_CHANGED_KIND", "Argument Query.today(date:) has changed type from String to String!."
    ),
    SchemaChange("DANGEROUS", "VALUE_ADDED_TO_ENUM", "Enum value Status.SKIPPED was added."),
]


def test_breaking_changes_since_main_are_in_the_changelog() -> None:
    old, source = baseline()

    found = changes(old, print_sdl())

    missing = unacknowledged(found, CHANGELOG_PATH.read_text())
    assert missing == [], (
        f"breaking schema changes since {source} need an entry under '## Unreleased' in CHANGELOG.md"
        " (run `coachgraph schema-diff`)"
    )


def test_each_breaking_and_dangerous_change_is_found() -> None:
    assert changes(OLD, NEW) == FOUND


def test_a_breaking_change_counts_as_acknowledged_only_in_the_unreleased_section() -> None:
    released = "# Changelog\n\n## Unreleased\n\n## 0.1.0\n- Field Query.week was removed.\n"
    listed = (
        "# Changelog\n\n## Unreleased\n### Breaking\n- `Field Query.week was removed.` Use `today`.\n"
        "- Argument Query.today(date:) has changed type from String to\n  String!. Always send it.\n\n## 0.1.0\n"
    )

    assert unacknowledged(FOUND, "") == FOUND[:2]
    assert unacknowledged(FOUND, released) == FOUND[:2]
    assert unacknowledged(FOUND, listed) == []


def _served_with_an_extra_field(tmp_path: Path) -> Path:
    sdl = print_sdl().replace("type Query {", 'type Query {\n  """Gone."""\n  legacyThing: Int\n', 1)
    path = tmp_path / "old.graphql"
    path.write_text(sdl)
    return path


def test_the_command_prints_each_change_and_the_check_fails_without_an_entry(tmp_path: Path) -> None:
    old = _served_with_an_extra_field(tmp_path)
    changelog = tmp_path / "CHANGELOG.md"
    changelog.write_text("# Changelog\n\n## Unreleased\n")

    report = run_cli("schema-diff", "--against", str(old), "--changelog", str(changelog), env=cli_env())
    check = run_cli(
        "schema-diff", "--check", "--against", str(old), "--changelog", str(changelog), env=cli_env()
    )

    assert (report.returncode, check.returncode) == (0, 1)
    assert (
        report.stdout
        == check.stdout
        == (
            f"schema changes since {old}: 1\n"
            "  BREAKING FIELD_REMOVED: Field Query.legacyThing was removed.\n"
            "not in CHANGELOG.md's Unreleased section: - Field Query.legacyThing was removed.\n"
        )
    )


def test_the_check_passes_once_the_changelog_lists_the_change(tmp_path: Path) -> None:
    old = _served_with_an_extra_field(tmp_path)
    changelog = tmp_path / "CHANGELOG.md"
    changelog.write_text(
        "# Changelog\n\n## Unreleased\n- Field Query.legacyThing was removed. Nobody read it.\n"
    )

    check = run_cli(
        "schema-diff", "--check", "--against", str(old), "--changelog", str(changelog), env=cli_env()
    )

    assert check.returncode == 0, check.stdout + check.stderr
    assert check.stdout == (
        f"schema changes since {old}: 1\n  BREAKING FIELD_REMOVED: Field Query.legacyThing was removed.\n"
    )


def test_an_unknown_baseline_is_refused() -> None:
    with pytest.raises(BaselineError, match="no-such-ref is neither a file nor a git ref"):
        baseline("no-such-ref")


def test_every_deprecation_in_the_schema_carries_a_reason_and_a_date() -> None:
    assert undated_deprecations(build_schema(make_settings())._schema) == []


def test_the_deprecation_walk_finds_each_undated_deprecation() -> None:
    from graphql import build_schema as from_sdl

    schema = from_sdl(
        """
        type Query {
          a: Int @deprecated(reason: "Use b. Deprecated 2026-11-30.")
          b(x: Int @deprecated(reason: "Unused."), y: Int @deprecated(reason: "Use z. 2026-02-30")): Int
          c: Int @deprecated
          d(input: In): E
        }
        input In { old: Int @deprecated(reason: "2026-11-30") }
        enum E { ON OFF @deprecated(reason: "Use ON. Deprecated 2026-11-30.") GONE @deprecated(reason: "Soon") }
        """
    )

    assert undated_deprecations(schema) == ["Query.b(x:)", "Query.b(y:)", "Query.c", "In.old", "E.GONE"]
