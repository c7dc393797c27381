"""The command line and the demo roster it loads."""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path

import pytest
from tortoise import connections

from app.athletes.models import AthleteProfile, Coach, InviteCode
from app.auth.models import User
from app.core.actor import Role
from app.db.config import DatabaseAddress
from app.demo import DEMO_ATHLETES, DEMO_COACH_EMAIL, DEMO_PASSWORD, load_demo
from app.settings import Settings
from tests.helpers import REPO_ROOT, cli_env, database_url, run_cli, table_counts

PRODUCTION = {"APP_ENV": "production", "SECRET_KEY": "p" * 48}


async def test_load_demo_creates_a_coach_and_five_invited_athletes(settings: Settings) -> None:
    summary = await load_demo(reset=False, settings=settings)

    assert summary.created is True
    assert (summary.coach_email, summary.password) == (DEMO_COACH_EMAIL, DEMO_PASSWORD)
    assert summary.athlete_emails == [a[1] for a in DEMO_ATHLETES]
    coach = await Coach.get(user__email=DEMO_COACH_EMAIL)
    assert (await User.get(id=coach.user_id)).role is Role.COACH
    athletes = (
        await AthleteProfile.filter(coach_id=coach.id).order_by("display_name").prefetch_related("user")
    )
    assert [(a.display_name, a.user.email, a.timezone, a.primary_goal) for a in athletes] == [
        (name, email, tz, goal) for name, email, tz, goal in DEMO_ATHLETES
    ]
    invites = await InviteCode.filter(coach_id=coach.id).prefetch_related("used_by")
    assert sorted((i.email, i.used_by.email if i.used_by else None) for i in invites) == sorted(
        (a[1], a[1]) for a in DEMO_ATHLETES
    )
    assert all(i.used_at is not None for i in invites)
    assert await User.all().count() == 6


async def test_load_demo_twice_changes_nothing(settings: Settings) -> None:
    await load_demo(reset=False, settings=settings)
    before = await table_counts()
    ids = set(await User.all().values_list("id", flat=True))

    summary = await load_demo(reset=False, settings=settings)

    assert summary.created is False
    assert await table_counts() == before
    assert set(await User.all().values_list("id", flat=True)) == ids


async def test_load_demo_reset_reloads_the_roster(settings: Settings) -> None:
    await load_demo(reset=False, settings=settings)
    first = await table_counts()
    old_ids = set(await User.all().values_list("id", flat=True))

    summary = await load_demo(reset=True, settings=settings)

    assert summary.created is True
    reloaded = await table_counts()
    histories = ("audit_log", "auth_attempt", "change_log")  # what was done: the reset adds to them
    assert {k: v for k, v in reloaded.items() if k not in histories} == {
        k: v for k, v in first.items() if k not in histories
    }
    new_ids = set(await User.all().values_list("id", flat=True))
    assert len(new_ids) == 6 and new_ids.isdisjoint(old_ids)


async def test_load_demo_reset_keeps_other_accounts(settings: Settings) -> None:
    from tests.helpers import make_coach

    other = await make_coach(settings, email="someone@example.com")
    await load_demo(reset=False, settings=settings)

    await load_demo(reset=True, settings=settings)

    assert await User.filter(id=other.user.id).exists()
    assert await Coach.filter(id=other.coach.id).exists()  # type: ignore[union-attr]


@pytest.mark.parametrize("command", [["serve", "--demo"], ["load-demo"], ["load-demo", "--reset"]])
def test_demo_data_is_refused_in_production(
    command: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.cli import main
    from app.settings import get_settings

    for name, value in {**PRODUCTION, "DATA_DIR": str(tmp_path)}.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("DATABASE_URL", raising=False)
    get_settings.cache_clear()
    try:
        with pytest.raises(SystemExit) as stopped:
            main(command)
    finally:
        get_settings.cache_clear()

    assert stopped.value.code == "coachgraph: demo data is refused in production"
    assert list(tmp_path.iterdir()) == []  # no database was started


def test_print_schema_prints_the_sdl(capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli import main
    from graphql_schema.schema import print_sdl

    main(["print-schema"])

    assert capsys.readouterr().out == print_sdl()


@pytest.mark.parametrize("argv", [["frobnicate"], ["create-admin"], []])
def test_unknown_commands_and_missing_arguments_are_usage_errors(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    from app.cli import main

    with pytest.raises(SystemExit) as stopped:
        main(argv)

    assert stopped.value.code == 2
    assert "usage: coachgraph" in capsys.readouterr().err


# --- docker/ ------------------------------------------------------------------------------

DOCKER = REPO_ROOT / "docker"


def _compose() -> dict:  # type: ignore[type-arg]
    import yaml

    return yaml.safe_load((DOCKER / "compose.yaml").read_text())


def test_compose_runs_the_app_next_to_a_healthy_postgres_16() -> None:
    services = _compose()["services"]

    db = next(s for s in services.values() if str(s.get("image", "")).startswith("postgres:16"))
    db_name = next(name for name, s in services.items() if s is db)
    assert "pg_isready" in " ".join(db["healthcheck"]["test"])
    app = services["app"]
    assert app["build"] == {"context": "..", "dockerfile": "docker/Dockerfile"}
    assert app["depends_on"] == {db_name: {"condition": "service_healthy"}}
    env = app["environment"]
    assert env["APP_ENV"] == "production"
    assert env["SECRET_KEY"] == "${SECRET_KEY:?set SECRET_KEY}"
    assert env["DATABASE_URL"].startswith("postgres://") and f"@{db_name}:5432/" in env["DATABASE_URL"]
    assert env["HOST"] == "0.0.0.0"


def test_compose_commits_no_secret() -> None:
    import re

    services = _compose()["services"]
    for service in services.values():
        for name, value in (service.get("environment") or {}).items():
            if re.search("SECRET|PASSWORD|TOKEN|KEY", name):
                assert re.fullmatch(r"\$\{[A-Z_]+:\?[^}]+\}", str(value)), (
                    f"{name} must come from the environment"
                )
        if "DATABASE_URL" in (service.get("environment") or {}):
            password = re.match(r"postgres://[^:]+:([^@]+)@", service["environment"]["DATABASE_URL"])
            assert password and re.fullmatch(r"\$\{[A-Z_]+:\?[^}]+\}", password.group(1))


def test_the_image_migrates_then_serves_as_a_non_root_user() -> None:
    dockerfile = (DOCKER / "Dockerfile").read_text()
    lines = [line.strip() for line in dockerfile.splitlines() if line.strip() and not line.startswith("#")]
    entrypoint = [
        line
        for line in (DOCKER / "entrypoint.sh").read_text().splitlines()
        if line and not line.startswith("#")
    ]

    assert lines[0] == "FROM python:3.11-slim"
    users = [line.split()[1] for line in lines if line.startswith("USER ")]
    assert users and users[-1] not in {"root", "0"}
    assert any(line.startswith("RUN pip install") for line in lines)
    assert "HOST=0.0.0.0" in dockerfile
    healthcheck = next(line for line in lines if line.startswith("HEALTHCHECK"))
    assert "/health/db" in dockerfile[dockerfile.index(healthcheck) :].split("ENTRYPOINT")[0]
    assert lines[-1] == 'ENTRYPOINT ["coachgraph-entrypoint"]'
    assert "COPY docker/entrypoint.sh /usr/local/bin/coachgraph-entrypoint" in lines
    assert entrypoint == ["set -eu", "coachgraph migrate", 'exec coachgraph serve "$@"']
    assert (DOCKER / "entrypoint.sh").stat().st_mode & 0o111


def test_the_build_context_leaves_out_local_state() -> None:
    ignored = (DOCKER / "Dockerfile.dockerignore").read_text().split()

    assert {".venv", ".data", ".git", ".env"} <= set(ignored)


async def test_recompute_redoes_every_series_or_one_athletes(
    settings: Settings, database: DatabaseAddress
) -> None:
    await load_demo(reset=False, settings=settings)
    ava = await AthleteProfile.get(user__email=DEMO_ATHLETES[0][1])
    conn = connections.get("default")
    await conn.execute_script("DELETE FROM daily_training_load; DELETE FROM daily_readiness")
    env = cli_env(APP_ENV="test", DATABASE_URL=database_url(database), SECRET_KEY="s" * 48)

    one = await asyncio.to_thread(run_cli, "recompute", "--athlete", str(ava.id), env=env)

    assert one.returncode == 0, one.stderr
    assert one.stdout.strip().endswith("recomputed the series of 1 athlete(s)")
    counts = await conn.execute_query_dict("SELECT athlete_id, count(*) AS n FROM daily_readiness GROUP BY 1")
    assert [(r["athlete_id"], r["n"]) for r in counts] == [(ava.id, 365)]
    every = await asyncio.to_thread(run_cli, "recompute", env=env)
    assert every.stdout.strip().endswith("recomputed the series of 5 athlete(s)")
    assert len(await conn.execute_query_dict("SELECT DISTINCT athlete_id FROM daily_training_load")) == 5
    halves = [await asyncio.to_thread(run_cli, "recompute", "--part", f"{k}/2", env=env) for k in (1, 2)]
    assert [h.stdout.strip().rsplit(" ", 2)[-2] for h in halves] == ["3", "2"]
    unknown = await asyncio.to_thread(run_cli, "recompute", "--athlete", str(uuid.uuid4()), env=env)
    assert unknown.returncode == 1 and "no athlete" in unknown.stderr
