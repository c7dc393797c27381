"""Migrations: a fresh database is migrated, and models never drift from the committed migrations."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterable
from pathlib import Path

import asyncpg
import pytest
from tortoise import Tortoise

from app.db.config import DatabaseAddress
from app.db.lifecycle import MIGRATIONS_DIR, drop_database
from tests.helpers import REPO_ROOT, cli_env, database_url, run_cli


def _in_order(names: Iterable[str]) -> list[str]:
    """Migration file names in the order they apply: by number (10_... after 9_...)."""
    return sorted(names, key=lambda name: int(name.split("_", 1)[0]))


MIGRATION_FILES = _in_order(p.name for p in (MIGRATIONS_DIR / "models").glob("*.py") if p.name[0].isdigit())

# aerich's offline diff of the models against the newest migration's MODELS_STATE. It runs in a
# child process: aerich keeps class-level state and initialises Tortoise itself, which would
# disturb the test session's open Tortoise. Offline mode needs no database (the address is unused).
DIFF_SCRIPT = """
import asyncio, sys
from aerich import Command
from tortoise import Tortoise
from app.db.config import DatabaseAddress, tortoise_config
from app.settings import Settings

async def main() -> None:
    location, extra_module = sys.argv[1], sys.argv[2]
    config = tortoise_config(DatabaseAddress("127.0.0.1", 9, "postgres", None, "offline"), Settings(APP_ENV="test"))
    if extra_module:
        sys.path.insert(0, location)
        config["apps"]["models"]["models"].append(extra_module)
    command = Command(tortoise_config=config, app="models", location=location)
    try:
        await command.init(offline=True)
        print("DIFF:" + repr(await command.migrate("check", no_input=True, offline=True)))
    finally:
        await Tortoise.close_connections()

asyncio.run(main())
"""

DRIFT_MODULE = """
from tortoise import fields
from tortoise.models import Model


class DriftProbe(Model):
    id = fields.UUIDField(primary_key=True)
    note = fields.CharField(max_length=20)

    class Meta:
        table = "drift_probe"
"""


def _offline_diff(location: Path, extra_module: str = "") -> tuple[str, list[str]]:
    """(the migration aerich would write, or "" when none; the files then in the copy)."""
    shutil.copytree(MIGRATIONS_DIR, location)
    if extra_module:
        (location / f"{extra_module}.py").write_text(DRIFT_MODULE)
    result = subprocess.run(
        [sys.executable, "-c", DIFF_SCRIPT, str(location), extra_module],
        cwd=REPO_ROOT,
        env=cli_env(APP_ENV="test"),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    line = next(line for line in result.stdout.splitlines() if line.startswith("DIFF:"))
    return ast.literal_eval(line[len("DIFF:") :]), _in_order(
        p.name for p in (location / "models").glob("*.py")
    )


def test_models_match_the_committed_migrations(tmp_path: Path) -> None:
    diff, files = _offline_diff(tmp_path / "migrations")

    assert diff == "", (
        f"the models differ from migrations/: aerich would write {diff!r}."
        " Run `coachgraph makemigrations <name>` and commit the new migration."
    )
    assert files == MIGRATION_FILES


def test_the_drift_check_detects_a_model_without_a_migration(tmp_path: Path) -> None:
    diff, files = _offline_diff(tmp_path / "migrations", extra_module="drift_probe_models")

    assert diff.startswith(f"{len(MIGRATION_FILES)}_") and diff.endswith("_check.py")
    assert files == _in_order([*MIGRATION_FILES, diff])
    written = (tmp_path / "migrations" / "models" / diff).read_text()
    assert 'CREATE TABLE IF NOT EXISTS "drift_probe"' in written


def _expected_tables() -> set[str]:
    return {model._meta.db_table for model in Tortoise.apps["models"].values()}


async def test_migrate_builds_a_fresh_database_and_records_each_migration(
    database: DatabaseAddress,
) -> None:
    fresh = database.with_database(f"coachgraph_fresh_{uuid.uuid4().hex[:8]}")
    env = cli_env(APP_ENV="test", DATABASE_URL=database_url(fresh))
    try:
        first = run_cli("migrate", env=env)
        second = run_cli("migrate", env=env)

        conn = await asyncpg.connect(
            host=fresh.host, port=fresh.port, user=fresh.user, database=fresh.database
        )
        try:
            tables = {
                r["tablename"]
                for r in await conn.fetch("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
            }
            versions = await conn.fetch("SELECT version, app FROM aerich ORDER BY id")
            trigger = await conn.fetchval(
                "SELECT count(*) FROM pg_trigger WHERE tgname = 'audit_log_no_change' AND NOT tgisinternal"
            )
        finally:
            await conn.close()
    finally:
        await drop_database(fresh)

    assert first.returncode == 0, first.stderr
    assert first.stdout.split() == MIGRATION_FILES
    assert second.returncode == 0, second.stderr
    assert second.stdout.strip() == "no pending migrations"
    assert tables == _expected_tables()
    assert [(r["version"], r["app"]) for r in versions] == [(name, "models") for name in MIGRATION_FILES]
    assert trigger == 1


@pytest.mark.parametrize("name", MIGRATION_FILES)
def test_each_migration_declares_its_models_state(name: str) -> None:
    # aerich's offline diff compares against MODELS_STATE: a migration without it breaks the check
    assert "MODELS_STATE = (" in (MIGRATIONS_DIR / "models" / name).read_text()


async def test_create_database_if_missing_creates_once_and_reuses(
    database: DatabaseAddress,
) -> None:
    from app.db.lifecycle import create_database_if_missing

    target = database.with_database(f'coachgraph "quoted" {uuid.uuid4().hex[:6]}')
    try:
        assert await create_database_if_missing(target) is True
        assert await create_database_if_missing(target) is False
        conn = await asyncpg.connect(
            host=target.host, port=target.port, user=target.user, database=target.database
        )
        assert await conn.fetchval("SELECT current_database()") == target.database
        await conn.close()
    finally:
        await drop_database(target)
    assert await create_database_if_missing(database) is False  # the session's own database
