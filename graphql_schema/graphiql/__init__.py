"""coachgraph's own GraphiQL page: served by the server with everything it loads.

The page's JavaScript and CSS are bundled from pinned npm packages (the `graphiql/` folder at
the top of the repository: `npm ci && npm run build`) into `static/`, with the license of each
package bundled; the server serves them under /graphiql/static/, so the page needs nothing from
another host. Its Content-Security-Policy allows only this server (and its WebSocket).

The first visit opens the README's tour in tabs (`tour/`); in development the login tab holds
the demo credentials.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import timedelta
from functools import lru_cache
from pathlib import Path
from string import Template
from typing import Any

from starlette.requests import Request
from starlette.responses import HTMLResponse
from starlette.routing import BaseRoute, Mount
from starlette.staticfiles import StaticFiles

from app import clock
from app.demo.roster import DEMO_ATHLETES, DEMO_COACH_EMAIL, DEMO_PASSWORD
from app.settings import Environment, Settings

HERE = Path(__file__).parent
STATIC_DIR = HERE / "static"
TOUR_DIR = HERE / "tour"
STATIC_PATH = "/graphiql/static"
_HOST = re.compile(r"[A-Za-z0-9.\-]+(:[0-9]{1,5})?|\[[0-9A-Fa-f:.]+\](:[0-9]{1,5})?")
# a strength log of the README's tour: back squat (a system exercise), two sets
_ACTUAL_DATA = {
    "exercises": [
        {
            "exerciseId": "d9c89f21-c1a1-5ace-8d35-522cfe84f8bd",
            "sets": [{"weight": 100, "reps": 5, "rpe": 8}, {"weight": 100, "reps": 5, "rpe": 9}],
        }
    ]
}


@lru_cache(maxsize=1)
def _template() -> Template:
    return Template((HERE / "page.html").read_text(encoding="utf-8"))


@lru_cache(maxsize=4)
def _version(name: str) -> str:
    """A short content hash of a static file: the URL changes when the file does."""
    return hashlib.sha256((STATIC_DIR / name).read_bytes()).hexdigest()[:12]


def tour_documents() -> dict[str, str]:
    """The tour's operations by file name, in order."""
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(TOUR_DIR.glob("*.graphql"))}


def tour_tabs(settings: Settings) -> list[dict[str, Any]]:
    """The tabs GraphiQL opens on a first visit; demo credentials in development only."""
    demo = settings.app_env is Environment.DEVELOPMENT
    login = {"email": DEMO_COACH_EMAIL, "password": DEMO_PASSWORD} if demo else {"email": "", "password": ""}
    completed_at = clock.now().replace(microsecond=0).isoformat().replace("+00:00", "Z")
    log = {
        "sessionId": "<the id of a session from tab 3>",
        "completedAt": completed_at,
        "rpe": 7,
        "durationMinutes": 50,
        "notes": "Felt strong",
        "actualData": _ACTUAL_DATA,
    }
    next_monday = clock.now().date() + timedelta(days=7 - clock.now().weekday())
    plan = {"athleteId": "<an athlete's id from tab 2>", "weekStart": next_monday.isoformat()}
    accept = {"id": "<the draft's id from tab 6>", "sessionKeys": None}
    variables: dict[str, Any] = {
        "1-login": login,
        "4-log-workout": {"input": log},
        "6-plan-draft": {"input": plan},
        "7-accept-plan": {"input": accept},
    }
    tabs = []
    for name, query in tour_documents().items():
        tab: dict[str, Any] = {"query": query}
        if name in variables:
            tab["variables"] = json.dumps(variables[name], indent=2)
        tabs.append(tab)
    return tabs


def _config(settings: Settings) -> dict[str, Any]:
    if settings.app_env is Environment.DEVELOPMENT:
        athletes = ", ".join(email for _, email, _, _ in DEMO_ATHLETES)
        hint = f"Demo: {DEMO_COACH_EMAIL} (coach); athletes {athletes}; password {DEMO_PASSWORD}"
    else:
        hint = "Run the Log in tab: its token goes into the Headers tab."
    return {
        "endpoint": "/graphql",
        "tabs": tour_tabs(settings),
        "hint": hint,
        "signedIn": "Signed in: the access token is in the Headers tab (and the WebSocket's connection_init).",
    }


def content_security_policy(request: Request) -> str:
    """Only this server: its scripts, styles, fonts and images (data: URLs included), and its
    HTTP and WebSocket endpoint."""
    host = request.headers.get("host", "")
    sockets = f" ws://{host} wss://{host}" if _HOST.fullmatch(host) else ""
    return (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
        f" font-src 'self' data:; connect-src 'self'{sockets}; base-uri 'none'; form-action 'none';"
        " frame-ancestors 'none'"
    )


def page(settings: Settings, request: Request) -> HTMLResponse:
    """The GraphiQL page."""
    # JSON in a <script> element: "</" must not end it early
    config = json.dumps(_config(settings)).replace("</", "<\\/")
    html = _template().substitute(
        static=STATIC_PATH,
        css_version=_version("graphiql.css"),
        js_version=_version("graphiql.js"),
        config=config,
    )
    headers = {
        "content-security-policy": content_security_policy(request),
        "x-content-type-options": "nosniff",
        "referrer-policy": "no-referrer",
        "cache-control": "no-store",
    }
    return HTMLResponse(html, headers=headers)


def static_routes() -> list[BaseRoute]:
    """The page's JavaScript, CSS and third-party licenses, under /graphiql/static/."""
    return [Mount(STATIC_PATH, app=StaticFiles(directory=STATIC_DIR), name="graphiql-static")]
