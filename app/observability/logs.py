"""Log lines: every record carries the request id it was emitted for; text or JSON lines.

`configure_logging` gives the root logger one handler on stderr, with the RequestIdFilter and
the format of LOG_FORMAT: `text` (development's default) or `json` (production's default: one
JSON object per line with time, level, logger, message, request_id, process and, for an
exception, its traceback as text). uvicorn's and gunicorn's own loggers are routed through the
same handler, so access lines have the same format and carry the request id too.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime
from typing import TextIO

from app.observability.context import REQUEST_ID
from app.settings import LogFormat, Settings

# Loggers of the servers that run the app: their lines go through coachgraph's handler.
SERVER_LOGGERS = (
    "uvicorn",
    "uvicorn.error",
    "uvicorn.access",
    "uvicorn.asgi",
    "gunicorn.error",
    "gunicorn.access",
)
TRACE = 5  # uvicorn's level below DEBUG
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"


class RequestIdFilter(logging.Filter):
    """Adds `request_id` to each record: the id of the request being served, or "-"."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not hasattr(record, "request_id"):
            record.request_id = REQUEST_ID.get() or "-"
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time (UTC, ISO 8601), level, logger, message, request_id,
    process, and `exception` (the traceback as text) when there is one."""

    def format(self, record: logging.LogRecord) -> str:
        request_id = getattr(record, "request_id", None) or REQUEST_ID.get()
        entry: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": None if request_id in (None, "-") else request_id,
            "process": record.process,
        }
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        elif record.exc_text:
            entry["exception"] = record.exc_text
        if record.stack_info:
            entry["stack"] = self.formatStack(record.stack_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


class CoachgraphHandler(logging.StreamHandler[TextIO]):
    """A stream handler writing to whatever sys.stderr is when a record is emitted (so a
    replaced stderr, as under test runners, is followed rather than kept open)."""

    @property
    def stream(self) -> TextIO:
        return sys.stderr

    @stream.setter
    def stream(self, value: TextIO) -> None:
        pass


def build_handler(log_format: LogFormat) -> logging.Handler:
    """coachgraph's handler: stderr, the request id filter, the format asked for."""
    handler = CoachgraphHandler()
    handler.addFilter(RequestIdFilter())
    handler.setFormatter(JsonFormatter() if log_format is LogFormat.JSON else logging.Formatter(TEXT_FORMAT))
    return handler


def level_of(name: str) -> int:
    return TRACE if name == "trace" else logging.getLevelNamesMapping()[name.upper()]


def configure_logging(settings: Settings, *, replace: bool = False) -> None:
    """Route every log record through coachgraph's handler (idempotent: a second call replaces
    the first one's handler). With `replace`, the root logger's other handlers are removed too
    (the command line's bootstrap handler); otherwise they are kept (a test runner's capture)."""
    logging.addLevelName(TRACE, "TRACE")
    root = logging.getLogger()
    for handler in list(root.handlers):
        if replace or isinstance(handler, CoachgraphHandler):
            root.removeHandler(handler)
    root.addHandler(build_handler(settings.log_format_effective))
    root.setLevel(level_of(settings.log_level))
    for name in SERVER_LOGGERS:
        logger = logging.getLogger(name)
        for handler in list(logger.handlers):
            logger.removeHandler(handler)
        logger.propagate = True
