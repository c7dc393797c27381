"""GraphiQL is the project's own page: everything it loads comes from this server, under a
Content-Security-Policy of this server only; its tour is valid against the schema; its bundle
is what the pinned npm packages build."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import httpx
from graphql import parse, validate

from app.db.config import DatabaseAddress
from app.demo.roster import DEMO_COACH_EMAIL, DEMO_PASSWORD
from app.settings import Settings
from graphql_schema.app import create_app
from graphql_schema.graphiql import STATIC_DIR, tour_documents
from graphql_schema.schema import build_schema
from tests.helpers import REPO_ROOT, make_settings

HTML = {"accept": "text/html,application/xhtml+xml,*/*;q=0.8", "host": "127.0.0.1:8000"}
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self' data:;"
    " connect-src 'self' ws://127.0.0.1:8000 wss://127.0.0.1:8000; base-uri 'none'; form-action 'none';"
    " frame-ancestors 'none'"
)
BUILD_FOLDER = REPO_ROOT / "graphiql"
TOUR = ["Login", "Dashboard", "Week", "LogWorkout", "WorkoutLogged", "GeneratePlanDraft", "AcceptPlanDraft"]


async def _get(app: Any, path: str, headers: dict[str, str] | None = None) -> httpx.Response:
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://testserver"
    ) as http:
        return await http.get(path, headers=headers or {})


def _config(page: str) -> dict[str, Any]:
    found = re.search(
        r'<script id="coachgraph-graphiql-config" type="application/json">(.*?)</script>', page, re.S
    )
    assert found is not None
    config: dict[str, Any] = json.loads(found.group(1))
    return config


def _operation_names(config: dict[str, Any]) -> list[str]:
    return [
        re.search(r"^(?:query|mutation|subscription) (\w+)", t["query"], re.M).group(1)
        for t in config["tabs"]
    ]  # type: ignore[union-attr]


async def test_the_page_loads_only_from_this_server_under_a_strict_policy(
    settings: Settings, database: DatabaseAddress
) -> None:
    app = create_app(settings, database=database)

    page = await _get(app, "/graphql", HTML)

    assert page.status_code == 200
    assert page.headers["content-type"] == "text/html; charset=utf-8"
    assert page.headers["content-security-policy"] == CSP
    assert page.headers["x-content-type-options"] == "nosniff"
    sources = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert [re.sub(r"\?v=[0-9a-f]{12}$", "", s) for s in sources] == [
        "data:,",
        "/graphiql/static/graphiql.css",
        "/graphiql/static/graphiql.js",
    ]
    for source in sources[1:]:
        asset = await _get(app, source)
        assert asset.status_code == 200
        assert asset.content == (STATIC_DIR / Path(source.split("?")[0]).name).read_bytes()


def test_the_bundle_asks_no_other_host_for_anything() -> None:
    css = (STATIC_DIR / "graphiql.css").read_text()
    script = (STATIC_DIR / "graphiql.js").read_text()

    assert re.findall(r"url\(\s*['\"]?(?!data:)[^)]*\)", css) == []
    assert "@import" not in css
    # no loader of remote code or styles: no CDN, no dynamic import of a URL
    assert re.findall(r"unpkg\.com|jsdelivr|cdnjs|fonts\.googleapis|import\(\s*['\"]https?:", script) == []


async def test_in_development_the_tour_opens_with_the_demo_credentials() -> None:
    from graphql_schema.view import GraphQLEndpoint

    endpoint = GraphQLEndpoint(make_settings(APP_ENV="development"))

    config = _config((await _get(endpoint, "/graphql", HTML)).text)

    assert _operation_names(config) == TOUR
    assert json.loads(config["tabs"][0]["variables"]) == {
        "email": DEMO_COACH_EMAIL,
        "password": DEMO_PASSWORD,
    }
    assert config["endpoint"] == "/graphql"


async def test_outside_development_the_page_holds_no_credentials(client: httpx.AsyncClient) -> None:
    page = await client.get("/graphql", headers=HTML)

    config = _config(page.text)
    assert _operation_names(config) == TOUR
    assert json.loads(config["tabs"][0]["variables"]) == {"email": "", "password": ""}
    assert DEMO_PASSWORD not in page.text


async def test_in_production_graphiql_and_its_files_are_off_unless_enabled(database: DatabaseAddress) -> None:
    secret = "p" * 40
    off = create_app(make_settings(APP_ENV="production", SECRET_KEY=secret), database=database)
    on = create_app(make_settings(APP_ENV="production", SECRET_KEY=secret, GRAPHIQL=True), database=database)

    assert (await _get(off, "/graphql", HTML)).status_code == 404
    assert (await _get(off, "/graphiql/static/graphiql.js")).status_code == 404
    page = await _get(on, "/graphql", HTML)
    assert page.status_code == 200
    assert DEMO_PASSWORD not in page.text
    assert (await _get(on, "/graphiql/static/graphiql.js")).status_code == 200


def test_every_tour_operation_is_valid_against_the_schema() -> None:
    schema = build_schema(make_settings())._schema

    problems = {
        name: [e.message for e in validate(schema, parse(text))] for name, text in tour_documents().items()
    }

    assert problems == {
        "1-login": [],
        "2-dashboard": [],
        "3-week": [],
        "4-log-workout": [],
        "5-subscription": [],
        "6-plan-draft": [],
        "7-accept-plan": [],
    }


def test_the_licenses_of_the_pinned_packages_are_kept_beside_the_bundle() -> None:
    pins = json.loads((BUILD_FOLDER / "package.json").read_text())["dependencies"]
    licenses = (STATIC_DIR / "THIRD_PARTY_LICENSES.txt").read_text()

    listed = set(re.findall(r"^- (\S+)@(\S+) \(", licenses, re.M))
    assert set(pins.items()) <= listed
    react = licenses.split("\nreact@18.3.1\n", 1)[1]
    assert "MIT License\n\nCopyright (c) Facebook, Inc. and its affiliates." in react[:200]


def test_the_committed_bundle_is_what_the_pinned_packages_build(tmp_path: Path) -> None:
    npm = shutil.which("npm")
    assert npm is not None, "npm (Node.js 20+) builds the GraphiQL bundle"
    marker = BUILD_FOLDER / "node_modules" / ".installed"
    lock = BUILD_FOLDER / "package-lock.json"
    if not marker.exists() or marker.stat().st_mtime < lock.stat().st_mtime:
        subprocess.run(
            [npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"],
            cwd=BUILD_FOLDER,
            check=True,
            capture_output=True,
            timeout=600,
        )
        marker.touch()

    subprocess.run(
        [npm, "run", "build", "--", str(tmp_path)],
        cwd=BUILD_FOLDER,
        check=True,
        capture_output=True,
        timeout=300,
    )

    built = sorted(p.name for p in tmp_path.iterdir())
    assert built == sorted(p.name for p in STATIC_DIR.iterdir())
    assert [n for n in built if (tmp_path / n).read_bytes() != (STATIC_DIR / n).read_bytes()] == []
