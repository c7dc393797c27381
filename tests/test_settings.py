"""Settings: read from the environment, validated when the process starts."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from app.settings import (
    SECRET_KEY_FILE,
    Environment,
    Settings,
    SettingsError,
    load_settings,
)
from tests.helpers import cli_env, run_cli

GOOD_SECRET = "k" * 48


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """No coachgraph variable in the environment, so the defaults show."""
    for name, field in Settings.model_fields.items():
        monkeypatch.delenv(field.alias or name.upper(), raising=False)
    return monkeypatch


def test_defaults_when_nothing_is_set(clean_env: pytest.MonkeyPatch, tmp_path: Path) -> None:
    clean_env.chdir(tmp_path)
    settings = Settings()

    assert settings.app_env is Environment.DEVELOPMENT
    assert settings.database_url is None
    assert (settings.host, settings.port) == ("127.0.0.1", 8000)
    assert settings.secret_key == (tmp_path / ".data" / SECRET_KEY_FILE).read_text()
    assert settings.jwt_algorithm == "HS256"
    assert settings.access_token_ttl_seconds == 15 * 60
    assert settings.refresh_token_ttl_seconds == 14 * 86400
    assert settings.data_dir == Path(".data")
    assert settings.is_production is False


def test_values_come_from_the_environment(clean_env: pytest.MonkeyPatch, tmp_path: Path) -> None:
    clean_env.setenv("APP_ENV", "production")
    clean_env.setenv("DATABASE_URL", "postgres://app:pw@db.internal:5433/coachgraph")
    clean_env.setenv("HOST", "0.0.0.0")
    clean_env.setenv("PORT", "9001")
    clean_env.setenv("SECRET_KEY", GOOD_SECRET)
    clean_env.setenv("JWT_ALGORITHM", "HS512")
    clean_env.setenv("ACCESS_TOKEN_TTL_SECONDS", "600")
    clean_env.setenv("REFRESH_TOKEN_TTL_SECONDS", "86400")
    clean_env.setenv("DATA_DIR", str(tmp_path / "data"))

    settings = load_settings()

    assert settings.app_env is Environment.PRODUCTION
    assert settings.is_production is True
    assert settings.database_url == "postgres://app:pw@db.internal:5433/coachgraph"
    assert (settings.host, settings.port) == ("0.0.0.0", 9001)
    assert settings.secret_key == GOOD_SECRET
    assert settings.jwt_algorithm == "HS512"
    assert (settings.access_token_ttl_seconds, settings.refresh_token_ttl_seconds) == (600, 86400)
    assert settings.data_dir == tmp_path / "data"


@pytest.mark.parametrize("name", ["development", "test", "production"])
def test_each_environment_is_accepted(name: str) -> None:
    assert Settings(APP_ENV=name, SECRET_KEY=GOOD_SECRET).app_env.value == name


def test_an_unknown_environment_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        Settings(APP_ENV="staging")
    assert caught.value.errors()[0]["loc"] == ("APP_ENV",)


@pytest.mark.parametrize(
    ("secret", "message"),
    [
        (None, "SECRET_KEY is missing"),
        ("", "SECRET_KEY is missing"),
        ("s" * 31, "SECRET_KEY must be at least 32 characters in production"),
    ],
)
def test_production_refuses_a_missing_default_or_short_secret(
    clean_env: pytest.MonkeyPatch, secret: str | None, message: str
) -> None:
    values = {"APP_ENV": "production"} | ({} if secret is None else {"SECRET_KEY": secret})

    with pytest.raises(ValidationError, match=message):
        Settings(**values)


def test_production_accepts_its_own_long_secret() -> None:
    settings = Settings(APP_ENV="production", SECRET_KEY="s" * 32)

    assert settings.secret_key == "s" * 32


@pytest.mark.parametrize("env", ["development", "test"])
def test_without_a_secret_development_generates_its_own_once(
    clean_env: pytest.MonkeyPatch, tmp_path: Path, env: str
) -> None:
    first = Settings(APP_ENV=env, DATA_DIR=str(tmp_path / "a"))
    again = Settings(APP_ENV=env, DATA_DIR=str(tmp_path / "a"))
    elsewhere = Settings(APP_ENV=env, DATA_DIR=str(tmp_path / "b"))

    stored = tmp_path / "a" / SECRET_KEY_FILE
    assert len(first.secret_key) >= 48
    assert again.secret_key == first.secret_key == stored.read_text()  # kept, not regenerated
    assert elsewhere.secret_key != first.secret_key  # random: no key anyone else knows
    assert stored.stat().st_mode & 0o777 == 0o600  # readable by its owner only


def test_a_secret_that_is_set_is_used_and_nothing_is_written(
    clean_env: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    settings = Settings(SECRET_KEY=GOOD_SECRET, DATA_DIR=str(tmp_path))

    assert settings.secret_key == GOOD_SECRET
    assert not (tmp_path / SECRET_KEY_FILE).exists()


@pytest.mark.parametrize("host", ["0.0.0.0", "10.0.0.5", "api.example.com"])
def test_an_unset_environment_listening_beyond_loopback_is_production(
    clean_env: pytest.MonkeyPatch, host: str, tmp_path: Path
) -> None:
    with pytest.raises(ValidationError, match="SECRET_KEY is missing"):
        Settings(HOST=host)
    assert Settings(HOST=host, SECRET_KEY=GOOD_SECRET).app_env is Environment.PRODUCTION
    assert (
        Settings(HOST=host, APP_ENV="development", DATA_DIR=str(tmp_path)).app_env is Environment.DEVELOPMENT
    )


@pytest.mark.parametrize("algorithm", ["HS256", "HS384", "HS512"])
def test_hmac_algorithms_are_accepted(algorithm: str) -> None:
    assert Settings(JWT_ALGORITHM=algorithm).jwt_algorithm == algorithm


@pytest.mark.parametrize("algorithm", ["none", "RS256", "ES256", "hs256", ""])
def test_other_jwt_algorithms_are_refused(algorithm: str) -> None:
    with pytest.raises(ValidationError, match="JWT_ALGORITHM must be one of HS256, HS384, HS512"):
        Settings(JWT_ALGORITHM=algorithm)


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"ACCESS_TOKEN_TTL_SECONDS": 10}, "ACCESS_TOKEN_TTL_SECONDS"),
        ({"ACCESS_TOKEN_TTL_SECONDS": 86401}, "ACCESS_TOKEN_TTL_SECONDS"),
        ({"REFRESH_TOKEN_TTL_SECONDS": 60}, "REFRESH_TOKEN_TTL_SECONDS"),
        ({"PORT": 0}, "PORT"),
        ({"PORT": 70000}, "PORT"),
        ({"PORT": "eighty"}, "PORT"),
    ],
)
def test_out_of_range_values_are_refused(values: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Settings(**values)
    assert caught.value.errors()[0]["loc"] == (field,)


def test_refresh_tokens_must_outlive_access_tokens() -> None:
    with pytest.raises(ValidationError, match="REFRESH_TOKEN_TTL_SECONDS must be longer"):
        Settings(ACCESS_TOKEN_TTL_SECONDS=3600, REFRESH_TOKEN_TTL_SECONDS=3600)


@pytest.mark.parametrize(
    "url",
    [
        "postgres://u:p@localhost:5432/db",
        "postgresql://u@db.example.com/coachgraph",
        "postgres://postgres@/coachgraph?host=/run/postgresql",
    ],
)
def test_postgres_database_urls_are_accepted(url: str) -> None:
    assert Settings(DATABASE_URL=url).database_url == url


def test_an_empty_database_url_means_the_embedded_server() -> None:
    assert Settings(DATABASE_URL="").database_url is None


@pytest.mark.parametrize("url", ["mysql://u:p@localhost/db", "sqlite:///tmp/db.sqlite3", "localhost:5432"])
def test_non_postgres_database_urls_are_refused(url: str) -> None:
    with pytest.raises(ValidationError, match="DATABASE_URL must be a PostgreSQL URL"):
        Settings(DATABASE_URL=url)


def test_data_dir_must_be_a_folder(tmp_path: Path) -> None:
    a_file = tmp_path / "not-a-folder"
    a_file.write_text("x")

    with pytest.raises(ValidationError, match="DATA_DIR must be a folder"):
        Settings(DATA_DIR=str(a_file))


def test_load_settings_reports_each_problem_by_variable_name(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("PORT", "eighty")

    with pytest.raises(SettingsError) as caught:
        load_settings()

    assert str(caught.value) == "PORT: Input should be a valid integer, unable to parse string as an integer"


def test_serve_in_production_without_a_secret_exits_with_a_clear_message(tmp_path: Path) -> None:
    result = run_cli("serve", env=cli_env(APP_ENV="production", DATA_DIR=str(tmp_path), PORT="1"), timeout=60)

    assert result.returncode == 1
    assert result.stderr.startswith(
        "coachgraph: invalid settings: SECRET_KEY is missing; production (APP_ENV=production, or APP_ENV"
        " unset with a HOST other than 127.0.0.1) needs its own secret"
    ), result.stderr
    assert "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []  # it stopped before starting any database


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        (
            {"APP_ENV": "production", "SECRET_KEY": "too-short"},
            "coachgraph: invalid settings: SECRET_KEY must be at least 32 characters in production",
        ),
        (
            {"JWT_ALGORITHM": "RS256"},
            "coachgraph: invalid settings: JWT_ALGORITHM must be one of HS256, HS384, HS512; got 'RS256'",
        ),
        ({"PORT": "http"}, "coachgraph: invalid settings: PORT: Input should be a valid integer"),
    ],
)
def test_every_command_stops_with_a_clear_message_on_bad_settings(
    clean_env: pytest.MonkeyPatch, tmp_path: Path, overrides: dict[str, str], message: str
) -> None:
    from app.cli import main
    from app.settings import get_settings

    clean_env.setenv("DATA_DIR", str(tmp_path))
    for name, value in overrides.items():
        clean_env.setenv(name, value)
    get_settings.cache_clear()
    try:
        for command in (["serve"], ["migrate"], ["load-demo"]):
            with pytest.raises(SystemExit) as stopped:
                main(command)
            assert str(stopped.value.code).startswith(message)
    finally:
        get_settings.cache_clear()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("environment", "graphiql", "served"),
    [
        ("development", None, True),
        ("test", None, True),
        ("production", None, False),
        ("production", "true", True),
        ("development", "false", False),
    ],
)
def test_graphiql_is_on_outside_production_unless_set(
    clean_env: pytest.MonkeyPatch, environment: str, graphiql: str | None, served: bool
) -> None:
    clean_env.setenv("APP_ENV", environment)
    clean_env.setenv("SECRET_KEY", GOOD_SECRET)
    if graphiql is not None:
        clean_env.setenv("GRAPHIQL", graphiql)

    assert load_settings().graphiql is served


def test_persisted_queries_are_bounded_by_default(clean_env: pytest.MonkeyPatch) -> None:
    settings = load_settings()

    assert (settings.persisted_query_max_bytes, settings.persisted_query_max_count) == (32_768, 10_000)
    assert settings.trusted_documents is None
