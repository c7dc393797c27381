"""GraphiQL in a real browser, with the network cut off: headless Chromium (Debian's, driven by
Playwright) loads the page from a uvicorn server, logs in as the demo coach, runs the dashboard,
subscribes to workoutLogged and sees the event of a log written over HTTP. Any request to
another host fails the test, and so does any error the page reports (a CSP violation included).
"""

from __future__ import annotations

import asyncio
import json
import shutil
import tempfile
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.async_api import Page, Request, Route, WebSocket, async_playwright

from app import clock
from app.db.config import DatabaseAddress
from app.demo import DEMO_ATHLETES, DEMO_PASSWORD, load_demo
from app.programs.models import SessionStatus, SessionType, TrainingSession
from app.settings import Settings
from tests.helpers import database_url
from tests.processes import Server, ensure_chromium, servers

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    # the network is cut off: no name but the loopback address resolves
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]
RESPONSE = """(marker) => {
  const editor = document.querySelector('.result-window .CodeMirror');
  const text = editor ? editor.CodeMirror.getValue() : '';
  return text.includes(marker) ? text : false;
}"""
# GraphiQL keeps the operation it will run on the query editor (after parsing a change)
OPERATION_IS = """(name) => {
  const editor = document.querySelector('.graphiql-query-editor .CodeMirror');
  return editor !== null && editor.CodeMirror.operationName === name;
}"""
# the headers editor's text once it holds `token` (the page writes it on the next tick after a login)
HEADERS = """token => {
  const text = document.querySelectorAll('.graphiql-editor-tool .CodeMirror')[1].CodeMirror.getValue();
  return text.includes(token) ? text : null;
}"""
LOG = "mutation($i: LogWorkoutInput!) { logWorkout(input: $i) { workoutLog { id } errors { code message } } }"
LOGIN = "mutation($e: String!, $p: String!) { login(input: {email: $e, password: $p}) { accessToken } }"


@pytest.fixture(scope="module")
def folder() -> Any:
    path = Path(tempfile.mkdtemp(prefix="coachgraph-browser-"))
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture
async def server(database: DatabaseAddress, settings: Settings, folder: Path) -> AsyncIterator[Server]:
    """A development server (GraphiQL with the demo credentials) on the demo data."""
    await load_demo(reset=False, settings=settings)
    env = {
        "APP_ENV": "development",
        "DATABASE_URL": database_url(database),
        "SECRET_KEY": settings.secret_key,
    }
    async with servers(1, folder, **env) as (started,):
        yield started


class Watch:
    """What the page asked for, and what went wrong in it."""

    def __init__(self, origin: str) -> None:
        self.origin = origin
        self.foreign: list[str] = []
        self.sockets: list[str] = []
        self.sent: list[str] = []
        self.problems: list[str] = []

    def socket(self, socket: WebSocket) -> None:
        self.sockets.append(socket.url)
        socket.on("framesent", lambda payload: self.sent.append(str(payload)))

    async def subscribed(self) -> None:
        """Until the page's graphql-ws client has sent its subscribe message, and a moment more
        for the server to act on it."""
        for _ in range(100):
            if any('"type":"subscribe"' in frame for frame in self.sent):
                await asyncio.sleep(0.5)
                return
            await asyncio.sleep(0.1)
        raise AssertionError(f"no subscribe message sent; frames: {self.sent}")

    async def route(self, route: Route, request: Request) -> None:
        if request.url.startswith((f"{self.origin}/", "data:")):
            await route.continue_()
        else:
            self.foreign.append(request.url)
            await route.abort()


async def _open_tab(page: Page, title: str) -> None:
    """Switch to the tab whose operation is `title`, once GraphiQL has taken in its document."""
    await page.locator(".graphiql-tab", has_text=title).locator("button.graphiql-tab-button").click()
    await page.wait_for_function(OPERATION_IS, arg=title)


async def _run_tab(page: Page, title: str, marker: str) -> dict[str, Any]:
    """Open the tab, run its operation, and return the response once it holds `marker`."""
    await _open_tab(page, title)
    await page.locator(".graphiql-execute-button").click()
    text = await (await page.wait_for_function(RESPONSE, arg=marker, timeout=15_000)).json_value()
    response: dict[str, Any] = json.loads(text)
    return response


async def _headers(page: Page, token: str) -> dict[str, Any]:
    """The headers editor's JSON once the page has written the token into it."""
    text = await (await page.wait_for_function(HEADERS, arg=token, timeout=15_000)).json_value()
    headers: dict[str, Any] = json.loads(text)
    return headers


async def _log_a_workout_over_http(server: Server) -> str:
    """Ava logs her next planned session through the API; the new log's id."""
    name, email = DEMO_ATHLETES[0][:2]
    now = clock.now()
    session = (
        await TrainingSession.filter(
            athlete__user__email=email,
            status=SessionStatus.PLANNED,
            scheduled_at__gte=now - timedelta(days=6),
            scheduled_at__lte=now + timedelta(days=6),
        )
        .order_by("scheduled_at")
        .first()
    )
    assert session is not None, f"{name} has no planned session within 6 days"
    if session.session_type is SessionType.ENDURANCE:
        data: dict[str, Any] = {
            "modality": session.prescription["modality"],
            "duration": {"value": 45, "unit": "minutes"},
        }
    else:
        exercises = session.prescription["exercises"]
        data = {
            "exercises": [{"exerciseId": e["exerciseId"], "sets": [{"reps": e["reps"]}]} for e in exercises]
        }
    log = {
        "sessionId": str(session.id),
        "completedAt": now.isoformat(),
        "rpe": 6,
        "durationMinutes": 45,
        "actualData": data,
    }
    async with httpx.AsyncClient(base_url=server.url) as http:
        login = await http.post(
            "/graphql", json={"query": LOGIN, "variables": {"e": email, "p": DEMO_PASSWORD}}
        )
        token = login.json()["data"]["login"]["accessToken"]
        body = (
            await http.post(
                "/graphql",
                json={"query": LOG, "variables": {"i": log}},
                headers={"authorization": f"Bearer {token}"},
            )
        ).json()
    assert body["data"]["logWorkout"]["errors"] == [], body
    log_id: str = body["data"]["logWorkout"]["workoutLog"]["id"]
    return log_id


async def test_graphiql_works_offline_logs_in_and_receives_a_subscription_event(server: Server) -> None:
    watch = Watch(server.url)
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=str(ensure_chromium()), args=CHROMIUM_ARGS)
        try:
            context = await browser.new_context(viewport={"width": 1400, "height": 900})
            await context.route("**/*", watch.route)
            page = await context.new_page()
            page.on("websocket", watch.socket)
            page.on(
                "console",
                lambda message: watch.problems.append(message.text) if message.type == "error" else None,
            )
            page.on("pageerror", lambda error: watch.problems.append(str(error)))
            await page.goto(f"{server.url}/graphql")

            tabs = await page.locator(".graphiql-tab").all_inner_texts()
            login = await _run_tab(page, "Login", "accessToken")
            token = login["data"]["login"]["accessToken"]
            headers = await _headers(page, token)
            dashboard = await _run_tab(page, "Dashboard", '"athletes"')
            dashboard_headers = await _headers(page, token)

            await (
                page.locator(".graphiql-tab", has_text="WorkoutLogged")
                .locator("button.graphiql-tab-button")
                .click()
            )
            await page.locator(".graphiql-execute-button").click()
            await watch.subscribed()
            log_id = await _log_a_workout_over_http(server)
            event_text = await (
                await page.wait_for_function(RESPONSE, arg=log_id, timeout=15_000)
            ).json_value()
        finally:
            await browser.close()

    assert tabs == [
        "Login",
        "Dashboard",
        "Week",
        "LogWorkout",
        "WorkoutLogged",
        "GeneratePlanDraft",
        "AcceptPlanDraft",
    ]
    assert login["data"]["login"]["user"] == {"email": "coach@demo.coachgraph.dev", "role": "COACH"}
    assert headers == dashboard_headers == {"Authorization": f"Bearer {token}"}
    names = [edge["node"]["displayName"] for edge in dashboard["data"]["athletes"]["edges"]]
    assert names == [athlete[0] for athlete in DEMO_ATHLETES]
    event = json.loads(event_text)["data"]["workoutLogged"]
    assert (event["workoutLogId"], event["workoutLog"]["id"], event["athlete"]) == (
        log_id,
        log_id,
        {"displayName": DEMO_ATHLETES[0][0]},
    )
    assert watch.sockets == [f"ws://127.0.0.1:{server.port}/graphql"]
    assert watch.foreign == []
    assert watch.problems == []
