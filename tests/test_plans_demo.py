"""The README's tour of plan drafts on the demo data: the demo coach generates next week for an
athlete, reviews it and accepts it; a list of drafts with their reviews costs a constant number of
SQL statements."""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest

from app.athletes.models import AthleteProfile
from app.auth import service as auth
from app.demo import DEMO_ATHLETES, DEMO_COACH_EMAIL, DEMO_PASSWORD, load_demo
from app.settings import Settings
from tests.helpers import CLIENT, PINNED_NOW, QueryCounter, call, mutate
from tests.plans_helpers import ACCEPT, GENERATE

pytestmark = pytest.mark.usefixtures("fixed_clock")
NEXT_WEEK = (PINNED_NOW + timedelta(days=7)).date().isoformat()
REVIEWS = """query($first: Int) { planDrafts(first: $first) { edges { node { id weekType targetLoad
  athlete { displayName } run { id generator inputs }
  sessions { key title durationMinutes justification { text } }
  review { kind key changedFields session { id title } draftSession { key } } } } } }"""


async def _demo_coach(settings: Settings) -> str:
    await load_demo(reset=False, settings=settings)
    tokens = await auth.login(
        email=DEMO_COACH_EMAIL, password=DEMO_PASSWORD, settings=settings, client=CLIENT
    )
    return tokens.access_token


async def test_the_demo_coach_generates_reviews_and_accepts_a_draft(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    token = await _demo_coach(settings)
    ava = await AthleteProfile.get(user__email=DEMO_ATHLETES[0][1])

    generated = await mutate(client, token, GENERATE, {"athleteId": str(ava.id), "weekStart": NEXT_WEEK})
    draft = generated["draft"]
    accepted = await mutate(client, token, ACCEPT, {"id": draft["id"]})

    run = generated["run"]
    assert (generated["errors"], run["status"], run["inputs"]["availability"]["source"]) == (
        [],
        "SUCCESS",
        "history",
    )
    assert run["inputs"]["phase"]["name"] == "Build" and run["inputs"]["exercises"]
    assert draft["sessions"] and {line["kind"] for line in draft["review"]} <= {
        "ADDED",
        "CHANGED",
        "UNCHANGED",
        "REMOVED",
    }
    assert any(line["kind"] == "CHANGED" for line in draft["review"])
    assert accepted["errors"] == []
    assert accepted["draft"]["status"] == "ACCEPTED"
    assert len(accepted["draft"]["acceptedSessions"]) == len(draft["sessions"])


async def test_a_page_of_drafts_with_their_reviews_costs_a_constant_number_of_statements(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    token = await _demo_coach(settings)
    athletes = await AthleteProfile.filter(user__email__in=[a[1] for a in DEMO_ATHLETES]).order_by(
        "display_name"
    )
    for athlete in athletes[:2]:
        await mutate(client, token, GENERATE, {"athleteId": str(athlete.id), "weekStart": NEXT_WEEK})
    with QueryCounter() as two:
        await call(client, token, REVIEWS, first=10)
    for athlete in athletes[2:]:
        await mutate(client, token, GENERATE, {"athleteId": str(athlete.id), "weekStart": NEXT_WEEK})

    with QueryCounter() as five:
        page = await call(client, token, REVIEWS, first=10)

    assert len(page["planDrafts"]["edges"]) == 5
    assert five.count == two.count
