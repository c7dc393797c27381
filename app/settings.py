"""Settings read from the environment and validated when the process starts."""

from __future__ import annotations

import os
import secrets
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlparse

from pydantic import Field, ValidationError, ValidationInfo, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

# Where development keeps the key it generated for itself when SECRET_KEY is unset.
SECRET_KEY_FILE = "secret_key"  # noqa: S105 (a file name, not a secret)
LOOPBACK_HOSTS = ("127.0.0.1", "::1", "localhost")
ALLOWED_JWT_ALGORITHMS = ("HS256", "HS384", "HS512")
DATABASE_URL_SCHEMES = ("postgres", "postgresql", "asyncpg")
MIN_PRODUCTION_SECRET_LENGTH = 32
# uvicorn's names for log levels ("trace" is below debug)
LOG_LEVELS = ("critical", "error", "warning", "info", "debug", "trace")


class Environment(StrEnum):
    DEVELOPMENT = "development"
    TEST = "test"
    PRODUCTION = "production"


class LogFormat(StrEnum):
    TEXT = "text"
    JSON = "json"


class DatabasePooler(StrEnum):
    """What sits between coachgraph and PostgreSQL at DATABASE_URL."""

    NONE = "none"
    # PgBouncer with pool_mode = transaction: no statement cache, no session state, LISTEN direct
    PGBOUNCER_TRANSACTION = "pgbouncer-transaction"


class PlanGeneratorKind(StrEnum):
    """Which generator drafts weekly plans: the deterministic rules, or an OpenAI-compatible endpoint."""

    RULES = "rules"
    OPENAI = "openai"


class SettingsError(ValueError):
    """A setting is missing or invalid; the message says which and how to fix it."""


class Settings(BaseSettings):
    """Every setting coachgraph reads, with its environment variable and default."""

    model_config = SettingsConfigDict(env_prefix="", case_sensitive=False, extra="ignore")

    app_env: Environment = Field(Environment.DEVELOPMENT, alias="APP_ENV")
    database_url: str | None = Field(None, alias="DATABASE_URL")
    database_direct_url: str | None = Field(None, alias="DATABASE_DIRECT_URL")
    database_pooler: DatabasePooler = Field(DatabasePooler.NONE, alias="DATABASE_POOLER")
    workers: int = Field(1, alias="WORKERS", ge=1, le=64)
    host: str = Field("127.0.0.1", alias="HOST")
    port: int = Field(8000, alias="PORT", ge=1, le=65535)
    secret_key: str = Field("", alias="SECRET_KEY")
    jwt_algorithm: str = Field("HS256", alias="JWT_ALGORITHM")
    access_token_ttl_seconds: int = Field(900, alias="ACCESS_TOKEN_TTL_SECONDS", ge=30, le=86400)
    refresh_token_ttl_seconds: int = Field(
        14 * 86400, alias="REFRESH_TOKEN_TTL_SECONDS", ge=300, le=365 * 86400
    )
    invite_ttl_seconds: int = Field(7 * 86400, alias="INVITE_TTL_SECONDS", ge=60)
    data_dir: Path = Field(Path(".data"), alias="DATA_DIR")
    db_pool_max_size: int = Field(10, alias="DB_POOL_MAX_SIZE", ge=1, le=200)
    statement_timeout_ms: int = Field(10_000, alias="STATEMENT_TIMEOUT_MS", ge=100)
    login_max_failures: int = Field(5, alias="LOGIN_MAX_FAILURES", ge=1)
    login_client_max_failures: int = Field(20, alias="LOGIN_CLIENT_MAX_FAILURES", ge=1)
    login_window_seconds: int = Field(900, alias="LOGIN_WINDOW_SECONDS", ge=1)
    refresh_max_per_window: int = Field(30, alias="REFRESH_MAX_PER_WINDOW", ge=1)
    registration_max_per_window: int = Field(10, alias="REGISTRATION_MAX_PER_WINDOW", ge=1)
    invite_max_per_window: int = Field(50, alias="INVITE_MAX_PER_WINDOW", ge=1)
    max_query_depth: int = Field(12, alias="MAX_QUERY_DEPTH", ge=2)
    max_aliases: int = Field(30, alias="MAX_ALIASES", ge=1)
    max_tokens: int = Field(5000, alias="MAX_TOKENS", ge=100)
    max_page_size: int = Field(100, alias="MAX_PAGE_SIZE", ge=1, le=1000)
    max_query_cost: int = Field(100_000, alias="MAX_QUERY_COST", ge=100)
    introspection: bool | None = Field(None, alias="INTROSPECTION")
    field_suggestions: bool | None = Field(None, alias="FIELD_SUGGESTIONS")
    max_operations_per_request: int = Field(10, alias="MAX_OPERATIONS_PER_REQUEST", ge=1)
    max_body_bytes: int = Field(1_048_576, alias="MAX_BODY_BYTES", ge=1024)
    max_upload_bytes: int = Field(10_485_760, alias="MAX_UPLOAD_BYTES", ge=1024)
    freshness_warn_hours: float = Field(24.0, alias="FRESHNESS_WARN_HOURS", gt=0)
    freshness_stale_hours: float = Field(48.0, alias="FRESHNESS_STALE_HOURS", gt=0)
    # None: on in development and test, off in production (see the `graphiql` property)
    graphiql_setting: bool | None = Field(None, alias="GRAPHIQL")
    health_check_interval_seconds: float = Field(15.0, alias="HEALTH_CHECK_INTERVAL_SECONDS", ge=0.1, le=3600)
    health_buffer_size: int = Field(1000, alias="HEALTH_BUFFER_SIZE", ge=1, le=100_000)
    credential_rotation_days: int = Field(90, alias="CREDENTIAL_ROTATION_DAYS", ge=1, le=3650)
    ws_init_timeout_seconds: float = Field(10.0, alias="WS_INIT_TIMEOUT_SECONDS", ge=0.1, le=600)
    ws_max_operations_per_connection: int = Field(20, alias="WS_MAX_OPERATIONS_PER_CONNECTION", ge=1, le=1000)
    ws_max_connections_per_account: int = Field(10, alias="WS_MAX_CONNECTIONS_PER_ACCOUNT", ge=1, le=1000)
    ws_send_queue_size: int = Field(100, alias="WS_SEND_QUEUE_SIZE", ge=1, le=100_000)
    trust_proxy_headers: bool = Field(False, alias="TRUST_PROXY_HEADERS")
    idempotency_key_ttl_days: int = Field(30, alias="IDEMPOTENCY_KEY_TTL_DAYS", ge=1, le=3650)
    persisted_query_max_bytes: int = Field(32_768, alias="PERSISTED_QUERY_MAX_BYTES", ge=256, le=1_048_576)
    persisted_query_max_count: int = Field(10_000, alias="PERSISTED_QUERY_MAX_COUNT", ge=1, le=1_000_000)
    trusted_documents: Path | None = Field(None, alias="TRUSTED_DOCUMENTS")
    log_level: str = Field("info", alias="LOG_LEVEL")
    log_format: LogFormat | None = Field(None, alias="LOG_FORMAT")
    metrics: bool | None = Field(None, alias="METRICS")
    metrics_token: str = Field("", alias="METRICS_TOKEN")
    otel_exporter_otlp_endpoint: str | None = Field(None, alias="OTEL_EXPORTER_OTLP_ENDPOINT")
    analytics_job_interval_seconds: float = Field(
        300.0, alias="ANALYTICS_JOB_INTERVAL_SECONDS", ge=1, le=86400
    )
    retention_job_interval_seconds: float = Field(
        86400.0, alias="RETENTION_JOB_INTERVAL_SECONDS", ge=1, le=7 * 86400
    )
    plan_generator: PlanGeneratorKind = Field(PlanGeneratorKind.RULES, alias="PLAN_GENERATOR")
    plan_llm_base_url: str | None = Field(None, alias="PLAN_LLM_BASE_URL")
    plan_llm_model: str | None = Field(None, alias="PLAN_LLM_MODEL")
    plan_llm_api_key: str = Field("", alias="PLAN_LLM_API_KEY")
    plan_llm_timeout_seconds: float = Field(60.0, alias="PLAN_LLM_TIMEOUT_SECONDS", gt=0, le=600)
    plan_max_attempts: int = Field(3, alias="PLAN_MAX_ATTEMPTS", ge=1, le=5)
    plan_cache_ttl_hours: float = Field(24.0, alias="PLAN_CACHE_TTL_HOURS", ge=0, le=24 * 90)
    plan_deload_after_weeks: int = Field(3, alias="PLAN_DELOAD_AFTER_WEEKS", ge=1, le=12)
    plan_max_ramp: float = Field(5.0, alias="PLAN_MAX_RAMP", gt=0, le=50)
    plan_progression: float = Field(0.10, alias="PLAN_PROGRESSION", ge=0, le=0.5)

    @field_validator("database_url", "database_direct_url", mode="before")
    @classmethod
    def _database_url(cls, value: object, info: ValidationInfo) -> object:
        if isinstance(value, str):
            value = value.strip() or None
        if isinstance(value, str):
            parsed = urlparse(value)
            if parsed.scheme not in DATABASE_URL_SCHEMES:
                name = "DATABASE_DIRECT_URL" if info.field_name == "database_direct_url" else "DATABASE_URL"
                raise SettingsError(
                    f"{name} must be a PostgreSQL URL such as"
                    " postgres://user:password@host:5432/coachgraph;"
                    f" got scheme {parsed.scheme!r} (unset it to use the embedded PostgreSQL)"
                )
        return value

    @field_validator("trusted_documents", mode="before")
    @classmethod
    def _trusted_documents(cls, value: object) -> object:
        if isinstance(value, str):
            return value.strip() or None
        return value

    @field_validator("log_level", mode="before")
    @classmethod
    def _log_level(cls, value: object) -> object:
        if isinstance(value, str):
            value = value.strip().lower()
            if value not in LOG_LEVELS:
                raise SettingsError(f"LOG_LEVEL must be one of {', '.join(LOG_LEVELS)}; got {value!r}")
        return value

    @field_validator("otel_exporter_otlp_endpoint", "plan_llm_base_url", "plan_llm_model", mode="before")
    @classmethod
    def _blank_is_unset(cls, value: object) -> object:
        return (value.strip() or None) if isinstance(value, str) else value

    @model_validator(mode="after")
    def _check(self) -> Settings:
        if self.jwt_algorithm not in ALLOWED_JWT_ALGORITHMS:
            raise SettingsError(
                f"JWT_ALGORITHM must be one of {', '.join(ALLOWED_JWT_ALGORITHMS)};"
                f" got {self.jwt_algorithm!r}"
            )
        if "app_env" not in self.model_fields_set and self.host not in LOOPBACK_HOSTS:
            # listening beyond this machine without saying which environment: production's rules
            self.app_env = Environment.PRODUCTION
        if self.app_env is Environment.PRODUCTION:
            if not self.secret_key:
                raise SettingsError(
                    "SECRET_KEY is missing; production (APP_ENV=production, or APP_ENV unset with a"
                    " HOST other than 127.0.0.1) needs its own secret (for example: python -c"
                    " 'import secrets; print(secrets.token_urlsafe(48))')"
                )
            if len(self.secret_key) < MIN_PRODUCTION_SECRET_LENGTH:
                raise SettingsError(
                    f"SECRET_KEY must be at least {MIN_PRODUCTION_SECRET_LENGTH} characters in production"
                )
        self._check_database()
        if self.plan_generator is PlanGeneratorKind.OPENAI and not (
            self.plan_llm_base_url and self.plan_llm_model
        ):
            raise SettingsError("PLAN_GENERATOR=openai needs PLAN_LLM_BASE_URL and PLAN_LLM_MODEL")
        if self.plan_llm_base_url and urlparse(self.plan_llm_base_url).scheme not in ("http", "https"):
            raise SettingsError("PLAN_LLM_BASE_URL must be an http(s) URL, e.g. https://api.openai.com/v1")
        if self.freshness_stale_hours < self.freshness_warn_hours:
            raise SettingsError("FRESHNESS_STALE_HOURS must not be below FRESHNESS_WARN_HOURS")
        if self.refresh_token_ttl_seconds <= self.access_token_ttl_seconds:
            raise SettingsError("REFRESH_TOKEN_TTL_SECONDS must be longer than ACCESS_TOKEN_TTL_SECONDS")
        if self.trusted_documents is not None and not self.trusted_documents.is_file():
            raise SettingsError(
                f"TRUSTED_DOCUMENTS must name a manifest file (coachgraph trusted-documents build);"
                f" {self.trusted_documents} is not one"
            )
        if self.data_dir.exists() and not self.data_dir.is_dir():
            raise SettingsError(f"DATA_DIR must be a folder; {self.data_dir} is a file")
        if not self.secret_key:
            self.secret_key = local_secret(self.data_dir)
        return self

    def _check_database(self) -> None:
        if self.database_direct_url and not self.database_url:
            raise SettingsError("DATABASE_DIRECT_URL needs DATABASE_URL (the address the pool connects to)")
        if self.database_pooler is not DatabasePooler.NONE:
            if not self.database_url:
                raise SettingsError(
                    f"DATABASE_POOLER={self.database_pooler.value} needs DATABASE_URL (the pooler)"
                )
            if not self.database_direct_url:
                raise SettingsError(
                    f"DATABASE_POOLER={self.database_pooler.value} needs DATABASE_DIRECT_URL: the event bus's"
                    " LISTEN and the migrations need a direct connection to PostgreSQL, not one through the pooler"
                )

    @property
    def is_production(self) -> bool:
        return self.app_env is Environment.PRODUCTION

    @property
    def graphiql(self) -> bool:
        """Whether /graphql serves GraphiQL to browsers: GRAPHIQL when set, else on outside production."""
        return not self.is_production if self.graphiql_setting is None else self.graphiql_setting

    @property
    def introspection_enabled(self) -> bool:
        """Schema introspection: on, but off in production unless INTROSPECTION=true."""
        return self.introspection if self.introspection is not None else not self.is_production

    @property
    def field_suggestions_enabled(self) -> bool:
        """ "Did you mean ...?" in errors: on, but off in production unless FIELD_SUGGESTIONS=true."""
        return self.field_suggestions if self.field_suggestions is not None else not self.is_production

    @property
    def log_format_effective(self) -> LogFormat:
        """Log lines: text, but JSON (one object a line) in production unless LOG_FORMAT says otherwise."""
        if self.log_format is not None:
            return self.log_format
        return LogFormat.JSON if self.is_production else LogFormat.TEXT

    @property
    def metrics_enabled(self) -> bool:
        """Prometheus metrics at /metrics: on, but off in production unless METRICS=true."""
        return self.metrics if self.metrics is not None else not self.is_production


def local_secret(data_dir: Path) -> str:
    """The key development signs with when SECRET_KEY is unset: generated once, randomly, and
    kept in the data folder, readable by its owner only (never a key anyone else knows)."""
    path = data_dir / SECRET_KEY_FILE
    try:
        existing = path.read_text().strip()
    except FileNotFoundError:
        existing = ""
    if len(existing) >= MIN_PRODUCTION_SECRET_LENGTH:
        return existing
    data_dir.mkdir(parents=True, exist_ok=True)
    # written aside, then linked into place: of processes starting together, the first wins and
    # every one of them reads the same key
    draft = path.with_name(f".{SECRET_KEY_FILE}.{os.getpid()}")
    descriptor = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w") as handle:
        handle.write(secrets.token_urlsafe(48))
    try:
        os.link(draft, path)
    except FileExistsError:
        pass
    finally:
        draft.unlink()
    return path.read_text().strip()


def explain(error: ValidationError) -> str:
    """One line per invalid setting, naming its environment variable (no pydantic noise)."""
    lines = []
    for item in error.errors():
        cause = (item.get("ctx") or {}).get("error")
        if isinstance(cause, SettingsError):  # our own messages name the variable already
            lines.append(str(cause))
            continue
        names = [str(part) for part in item.get("loc", ())]
        lines.append(f"{'.'.join(names).upper()}: {item['msg']}" if names else item["msg"])
    return "; ".join(lines)


def load_settings() -> Settings:
    """Read and validate the settings from the environment; SettingsError says what is wrong."""
    try:
        return Settings()
    except ValidationError as exc:
        raise SettingsError(explain(exc)) from None


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process's settings, read from the environment once."""
    return load_settings()
