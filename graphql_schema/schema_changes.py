"""The schema change report: what changed between the SDL committed on main (where the branch
left main) and the served schema, by graphql-core's breaking and dangerous change finders.

A breaking change needs an entry in CHANGELOG.md's "Unreleased" section holding the change's
description as `coachgraph schema-diff` prints it (for example "Field Query.week was removed."),
so that a client author reading the changelog sees it. Deprecations carry a reason and the date
they were made (YYYY-MM-DD), so clients know how long they have had to move.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from graphql import (
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLInterfaceType,
    GraphQLObjectType,
    GraphQLSchema,
    build_schema,
    find_breaking_changes,
    find_dangerous_changes,
)

from graphql_schema.schema import SDL_PATH

REPO_ROOT = SDL_PATH.parents[1]
CHANGELOG_PATH = REPO_ROOT / "CHANGELOG.md"
SDL_IN_REPO = SDL_PATH.relative_to(REPO_ROOT).as_posix()
DEFAULT_REFS = ("main", "origin/main")
_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_UNRELEASED = re.compile(r"^##\s+\[?unreleased\]?\s*$", re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True)
class SchemaChange:
    """One change: BREAKING or DANGEROUS, graphql-core's kind, and its description."""

    level: str
    kind: str
    description: str

    def __str__(self) -> str:
        return f"{self.level} {self.kind}: {self.description}"


class BaselineError(RuntimeError):
    """The SDL to compare against could not be read."""


def _git(*args: str) -> str | None:
    """What `git <args>` prints in the repository, or None when git or the object is missing."""
    try:
        done = subprocess.run(  # noqa: S603 (fixed arguments; a ref only names what git shows)
            ["git", *args],  # noqa: S607 (git from PATH, as developers run it)
            cwd=REPO_ROOT,
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout if done.returncode == 0 else None


def baseline(against: str | None = None) -> tuple[str, str]:
    """The SDL to compare with, and where it came from: `against` (a file, or a git ref); by
    default the SDL committed on main where this branch left it (the merge base of HEAD and
    main, so that what main gained since is not reported as removed here; on main itself, main's
    own); else (no git, no main) the committed file itself."""
    if against is not None and Path(against).is_file():
        return Path(against).read_text(encoding="utf-8"), against
    if against is not None:
        sdl = _git("show", f"{against}:{SDL_IN_REPO}")
        if sdl is None:
            raise BaselineError(f"{against} is neither a file nor a git ref holding {SDL_IN_REPO}")
        return sdl, f"{against}:{SDL_IN_REPO}"
    for ref in DEFAULT_REFS:
        base = (_git("merge-base", "HEAD", ref) or "").strip()
        sdl = _git("show", f"{base}:{SDL_IN_REPO}") if base else None
        if sdl is not None:
            return sdl, f"{ref}:{SDL_IN_REPO} (at {base[:10]}, where this branch left {ref})"
    return SDL_PATH.read_text(encoding="utf-8"), f"{SDL_IN_REPO} (no git ref {' or '.join(DEFAULT_REFS)})"


def changes(old_sdl: str, new_sdl: str) -> list[SchemaChange]:
    """Every breaking, then every dangerous, change from `old_sdl` to `new_sdl`."""
    old, new = build_schema(old_sdl), build_schema(new_sdl)
    found = [SchemaChange("BREAKING", c.type.name, c.description) for c in find_breaking_changes(old, new)]
    found += [SchemaChange("DANGEROUS", c.type.name, c.description) for c in find_dangerous_changes(old, new)]
    return found


def unreleased_section(changelog: str) -> str:
    """The text of the changelog's "## Unreleased" section (empty when there is none)."""
    match = _UNRELEASED.search(changelog)
    if match is None:
        return ""
    rest = changelog[match.end() :]
    following = re.search(r"^##\s", rest, re.MULTILINE)
    return rest[: following.start()] if following else rest


def unacknowledged(found: list[SchemaChange], changelog: str) -> list[SchemaChange]:
    """The breaking changes whose description is not in the changelog's Unreleased section."""
    section = " ".join(unreleased_section(changelog).replace("`", "").split())
    return [c for c in found if c.level == "BREAKING" and " ".join(c.description.split()) not in section]


def _dated(reason: str | None) -> bool:
    """Whether a deprecation reason says why (a few words at least) and when (a real date)."""
    match = _DATE.search(reason or "")
    if match is None or len(_DATE.sub("", reason or "").strip(" .;,()")) < 3:
        return False
    try:
        date(*(int(part) for part in match.groups()))
    except ValueError:
        return False
    return True


def undated_deprecations(schema: GraphQLSchema) -> list[str]:
    """Every deprecated field, argument, input field and enum value whose reason does not say
    why (or what to use instead) and when (a YYYY-MM-DD date)."""
    missing: list[str] = []
    for name, kind in schema.type_map.items():
        if name.startswith("__"):
            continue
        if isinstance(kind, GraphQLObjectType | GraphQLInterfaceType):
            for field_name, field in kind.fields.items():
                if field.deprecation_reason is not None and not _dated(field.deprecation_reason):
                    missing.append(f"{name}.{field_name}")
                missing.extend(
                    f"{name}.{field_name}({arg}:)"
                    for arg, definition in field.args.items()
                    if definition.deprecation_reason is not None and not _dated(definition.deprecation_reason)
                )
        elif isinstance(kind, GraphQLInputObjectType):
            missing.extend(
                f"{name}.{field_name}"
                for field_name, field in kind.fields.items()
                if field.deprecation_reason is not None and not _dated(field.deprecation_reason)
            )
        elif isinstance(kind, GraphQLEnumType):
            missing.extend(
                f"{name}.{value_name}"
                for value_name, value in kind.values.items()
                if value.deprecation_reason is not None and not _dated(value.deprecation_reason)
            )
    return missing
