"""Weekly plan drafts through the API: generate, review beside the planned week, edit, accept all
or some sessions (one transaction, audited, planChanged), discard; idempotent replays; who may."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest

from app import clock
from app.audit.models import AuditLog
from app.auth import service as auth
from app.plans.models import PlanGenerationRun, PlanSession, PlanSnapshot
from app.programs.models import TrainingSession
from app.settings import Settings
from tests.analytics_helpers import received, socket, subscribe
from tests.helpers import (
    CLIENT,
    ENDURANCE_RUN,
    PASSWORD,
    call,
    error_codes,
    gql,
    mutate,
    submit,
    table_counts,
)
from tests.plans_helpers import (
    ACCEPT,
    DISCARD,
    DRAFT,
    DRAFTS,
    NEXT_MONDAY,
    RUN,
    RUNS,
    UPDATE,
    arrange_week,
    generate,
    generate_input,
)

pytestmark = pytest.mark.usefixtures("fixed_clock")


async def test_a_coach_generates_a_draft_and_reviews_it_beside_the_week(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    week = await arrange_week(settings)

    payload = await generate(client, week.team.coach.token, generate_input(week))

    assert payload["errors"] == []
    run, draft = payload["run"], payload["draft"]
    assert (run["status"], run["attempt"], run["attempts"], run["generator"], run["cacheHit"]) == (
        "SUCCESS",
        1,
        1,
        "rules",
        False,
    )
    assert run["promptId"].startswith("weekly-rules/1.0/")
    assert run["inputs"]["weeklyLoads"][-2:] == [
        {"weekStart": "2026-02-16", "load": 350.0},
        {"weekStart": "2026-02-23", "load": 350.0},
    ]
    assert [s["key"] for s in run["validatedOutput"]["sessions"]] == ["mon-easy", "wed-easy", "sat-long"]
    assert (draft["status"], draft["version"], draft["weekType"], draft["targetLoad"]) == (
        "DRAFT",
        1,
        "build",
        385.0,
    )
    assert [s["key"] for s in draft["sessions"]] == ["mon-easy", "wed-easy", "sat-long"]
    assert [j["rule"] for j in draft["justification"]] == ["progression", "focus"]
    assert "385" in draft["sessions"][0]["justification"]["text"]
    review = [(line["kind"], line["key"], line["day"]) for line in draft["review"]]
    assert review == [
        ("CHANGED", "mon-easy", "2026-03-09"),
        ("ADDED", "wed-easy", "2026-03-11"),
        ("REMOVED", None, "2026-03-12"),
        ("ADDED", "sat-long", "2026-03-14"),
    ]
    assert draft["review"][0]["session"] == {"id": str(week.monday_run.id), "title": "Easy run"}
    assert draft["review"][0]["changedFields"] == [
        "durationMinutes",
        "intensity",
        "plannedLoad",
        "prescription",
        "focus",
    ]
    assert draft["review"][2]["session"]["id"] == str(week.thursday_run.id)
    # nothing reached the athlete's plan
    assert await TrainingSession.filter(athlete_id=week.team.athlete_id).count() == 2


async def test_accepting_a_whole_draft_writes_the_week_links_the_run_and_audits(
    app: Any, client: httpx.AsyncClient, settings: Settings
) -> None:
    week = await arrange_week(settings)
    draft = (await generate(client, week.team.coach.token, generate_input(week)))["draft"]

    async with socket(app, week.team.coach.token) as ws:
        await subscribe(
            ws,
            "plans",
            "subscription($a: UUID) { planChanged(athleteId: $a) { entity change } }",
            a=str(week.team.athlete_id),
        )
        payload = await mutate(
            client, week.team.coach.token, ACCEPT, {"id": draft["id"], "expectedVersion": 1}
        )
        events = await received(ws, expect=3)

    assert payload["errors"] == []
    accepted = payload["draft"]
    assert (accepted["status"], accepted["acceptedKeys"]) == (
        "ACCEPTED",
        ["mon-easy", "wed-easy", "sat-long"],
    )
    links = {link["draftKey"]: link for link in accepted["acceptedSessions"]}
    assert {k: v["change"] for k, v in links.items()} == {
        "mon-easy": "CHANGED",
        "sat-long": "ADDED",
        "wed-easy": "ADDED",
    }
    assert links["mon-easy"]["session"]["id"] == str(week.monday_run.id)
    assert all(v["session"]["microCycle"] == {"id": str(week.cycle.id)} for v in links.values())
    monday = await TrainingSession.get(id=week.monday_run.id)
    assert monday.duration_minutes == accepted["sessions"][0]["durationMinutes"] != 45
    assert await TrainingSession.filter(id=week.thursday_run.id).exists()  # never deleted
    assert await TrainingSession.filter(athlete_id=week.team.athlete_id).count() == 4
    assert await PlanSession.filter(run_id=accepted["runId"]).count() == 3
    actions = await AuditLog.filter(entity_type__in=["plan_snapshot", "training_session"]).values_list(
        "action", flat=True
    )
    assert sorted(actions) == ["accept_plan_draft", "schedule_session", "schedule_session", "update_session"]
    changes = sorted(e["payload"]["data"]["planChanged"]["change"] for e in events if e.get("type") == "next")
    assert changes == ["CREATED", "CREATED", "UPDATED"]


async def test_accepting_part_of_a_draft_leaves_the_rest_of_the_week(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    week = await arrange_week(settings)
    draft = (await generate(client, week.team.coach.token, generate_input(week)))["draft"]

    payload = await mutate(
        client, week.team.coach.token, ACCEPT, {"id": draft["id"], "sessionKeys": ["sat-long"]}
    )

    assert payload["errors"] == []
    assert (payload["draft"]["status"], payload["draft"]["acceptedKeys"]) == (
        "PARTIALLY_ACCEPTED",
        ["sat-long"],
    )
    assert (await TrainingSession.get(id=week.monday_run.id)).duration_minutes == 45
    titles = (
        await TrainingSession.filter(athlete_id=week.team.athlete_id)
        .order_by("scheduled_at")
        .values_list("title", flat=True)
    )
    assert titles == ["Easy run", "Intervals", "Long run"]
    # a draft is accepted once
    again = await mutate(
        client, week.team.coach.token, ACCEPT, {"id": draft["id"], "sessionKeys": ["wed-easy"]}
    )
    assert [e["code"] for e in again["errors"]] == ["INVALID_TRANSITION"]


async def test_unknown_keys_or_an_old_version_accept_nothing(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    week = await arrange_week(settings)
    draft = (await generate(client, week.team.coach.token, generate_input(week)))["draft"]
    before = await table_counts()

    unknown = await mutate(
        client, week.team.coach.token, ACCEPT, {"id": draft["id"], "sessionKeys": ["sat-long", "sun-x"]}
    )
    stale = await mutate(client, week.team.coach.token, ACCEPT, {"id": draft["id"], "expectedVersion": 7})
    empty = await mutate(client, week.team.coach.token, ACCEPT, {"id": draft["id"], "sessionKeys": []})

    assert [(e["field"], e["code"]) for e in unknown["errors"]] == [("sessionKeys.1", "NOT_FOUND")]
    assert [(e["field"], e["code"]) for e in stale["errors"]] == [("expectedVersion", "CONFLICT")]
    assert [(e["field"], e["code"]) for e in empty["errors"]] == [("sessionKeys", "REQUIRED")]
    assert await table_counts() == before


async def test_a_session_the_program_refuses_rolls_the_whole_acceptance_back(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    week = await arrange_week(settings)
    draft = (await generate(client, week.team.coach.token, generate_input(week)))["draft"]
    week.program.end_date = NEXT_MONDAY.replace(day=12)  # Saturday falls outside the program now
    await week.program.save()
    before = await table_counts()

    payload = await mutate(client, week.team.coach.token, ACCEPT, {"id": draft["id"]})

    assert [(e["field"], e["code"]) for e in payload["errors"]] == [
        ("sessions.sat-long.scheduledAt", "OUT_OF_RANGE")
    ]
    assert await table_counts() == before
    assert (await TrainingSession.get(id=week.monday_run.id)).duration_minutes == 45


async def test_a_coach_edits_a_draft_and_a_bad_edit_changes_nothing(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    week = await arrange_week(settings)
    draft = (await generate(client, week.team.coach.token, generate_input(week)))["draft"]
    keep = [s for s in draft["sessions"] if s["key"] != "wed-easy"]
    sessions = [
        {
            k: s[k]
            for k in (
                "key",
                "day",
                "startTime",
                "title",
                "sessionType",
                "modality",
                "durationMinutes",
                "intensity",
                "plannedLoad",
                "prescription",
                "focus",
            )
        }
        for s in keep
    ]
    sessions[1]["durationMinutes"] = 100
    sessions[1]["prescription"] = {**ENDURANCE_RUN, "duration": {"value": 100, "unit": "minutes"}}

    edited = await mutate(
        client, week.team.coach.token, UPDATE, {"id": draft["id"], "expectedVersion": 1, "sessions": sessions}
    )

    assert edited["errors"] == []
    after = edited["draft"]
    assert (after["version"], after["edited"]) == (2, True)
    assert [(s["key"], s["durationMinutes"], s["edited"]) for s in after["sessions"]] == [
        ("mon-easy", draft["sessions"][0]["durationMinutes"], False),
        ("sat-long", 100, True),
    ]
    assert after["sessions"][1]["justification"] == draft["sessions"][2]["justification"]
    bad = [{**sessions[0], "prescription": {"modality": "run"}}]
    refused = await mutate(client, week.team.coach.token, UPDATE, {"id": draft["id"], "sessions": bad})
    assert {e["field"] for e in refused["errors"]} == {
        "sessions.0.prescription.duration",
        "sessions.0.prescription.intensity",
    }
    stored = await PlanSnapshot.get(id=draft["id"])
    assert stored.version == 2 and stored.generated_plan["sessions"][1]["key"] == "wed-easy"


async def test_a_discarded_draft_cannot_be_accepted(client: httpx.AsyncClient, settings: Settings) -> None:
    week = await arrange_week(settings)
    draft = (await generate(client, week.team.coach.token, generate_input(week)))["draft"]

    discarded = await mutate(client, week.team.coach.token, DISCARD, {"id": draft["id"]})
    accepted = await mutate(client, week.team.coach.token, ACCEPT, {"id": draft["id"]})

    assert discarded == {"draft": {"id": draft["id"], "status": "DISCARDED"}, "errors": []}
    assert [e["code"] for e in accepted["errors"]] == ["INVALID_TRANSITION"]
    assert await TrainingSession.filter(athlete_id=week.team.athlete_id).count() == 2


async def test_the_same_request_id_returns_the_same_run(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    week = await arrange_week(settings)
    request_id = str(uuid.uuid4())

    first = await generate(client, week.team.coach.token, generate_input(week, requestId=request_id))
    again = await generate(client, week.team.coach.token, generate_input(week, requestId=request_id))
    other_week = await generate(
        client, week.team.coach.token, generate_input(week, requestId=request_id, weekStart="2026-03-16")
    )

    assert again["run"]["id"] == first["run"]["id"] and again["run"]["requestId"] == request_id
    assert again["draft"]["id"] == first["draft"]["id"]
    assert [(e["field"], e["code"]) for e in other_week["errors"]] == [
        ("requestId", "IDEMPOTENCY_KEY_REUSED")
    ]
    assert await PlanGenerationRun.all().count() == 1


async def test_bad_input_is_refused_and_writes_nothing(client: httpx.AsyncClient, settings: Settings) -> None:
    week = await arrange_week(settings)
    before = await table_counts()
    cases = [
        ({"weekStart": "2026-02-23"}, [("weekStart", "OUT_OF_WINDOW")]),
        ({"weekStart": "2026-06-01"}, [("weekStart", "OUT_OF_WINDOW")]),
        ({"athleteId": str(uuid.uuid4())}, [("athleteId", "NOT_FOUND")]),
        (
            {"availability": [{"weekday": 1}, {"weekday": 1, "startTime": "25:00", "maxMinutes": 5}]},
            [
                ("availability.1.weekday", "DUPLICATE"),
                ("availability.1.startTime", "INVALID"),
                ("availability.1.maxMinutes", "OUT_OF_RANGE"),
            ],
        ),
        ({"availability": []}, [("availability", "REQUIRED")]),
    ]
    for changes, expected in cases:
        payload = await generate(client, week.team.coach.token, generate_input(week, **changes))
        assert [(e["field"], e["code"]) for e in payload["errors"]] == expected, changes
        assert payload["run"] is None
    assert await table_counts() == before


async def test_athletes_read_their_accepted_plan_but_never_generate_or_accept(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    week = await arrange_week(settings)
    athlete = week.team.athlete
    draft = (await generate(client, week.team.coach.token, generate_input(week)))["draft"]
    before = await table_counts()

    refused = await gql(
        client,
        "mutation($input: GeneratePlanDraftInput!) { generatePlanDraft(input: $input) { errors { code } } }",
        {"input": generate_input(week)},
        token=athlete.token,
    )
    accept = await gql(client, ACCEPT, {"input": {"id": draft["id"]}}, token=athlete.token)
    runs = await gql(client, RUNS, {}, token=athlete.token)
    pending = await call(client, athlete.token, DRAFTS)

    assert error_codes(refused) == error_codes(accept) == error_codes(runs) == ["FORBIDDEN"]
    assert pending == {"planDrafts": {"edges": []}}
    assert await table_counts() == before
    await mutate(client, week.team.coach.token, ACCEPT, {"id": draft["id"]})
    mine = await call(client, athlete.token, DRAFTS)
    assert mine == {
        "planDrafts": {"edges": [{"node": {"id": draft["id"], "status": "ACCEPTED", "run": None}}]}
    }


async def test_another_coach_reaches_no_run_or_draft_and_changes_nothing(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    week = await arrange_week(settings)
    payload = await generate(client, week.team.coach.token, generate_input(week))
    run_id, draft_id = payload["run"]["id"], payload["draft"]["id"]
    other = week.team.other_coach
    before = await table_counts()

    reads = [
        await call(client, other.token, RUN, id=run_id),
        await call(client, other.token, DRAFT, id=draft_id),
        await call(client, other.token, RUNS, a=str(week.team.athlete_id)),
        await call(client, other.token, DRAFTS),
    ]
    writes = [
        await mutate(client, other.token, ACCEPT, {"id": draft_id}),
        await mutate(client, other.token, DISCARD, {"id": draft_id}),
        await generate(client, other.token, generate_input(week)),
    ]

    assert reads == [
        {"planGenerationRun": None},
        {"planDraft": None},
        {"planGenerationRuns": {"edges": [], "pageInfo": {"hasNextPage": False, "endCursor": None}}},
        {"planDrafts": {"edges": []}},
    ]
    assert [[(e["field"], e["code"]) for e in w["errors"]] for w in writes] == [
        [("id", "NOT_FOUND")],
        [("id", "NOT_FOUND")],
        [("athleteId", "NOT_FOUND")],
    ]
    assert await table_counts() == before


async def test_feedback_on_an_accepted_session_is_linked_to_its_run(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    week = await arrange_week(settings)
    payload = await generate(client, week.team.coach.token, generate_input(week))
    await mutate(
        client, week.team.coach.token, ACCEPT, {"id": payload["draft"]["id"], "sessionKeys": ["mon-easy"]}
    )
    clock.set_clock(clock.FixedClock(clock.now().replace(day=9, hour=12)))

    for account in (week.team.athlete, week.team.coach):  # a week later: fresh access tokens
        tokens = await auth.login(
            email=account.user.email, password=PASSWORD, settings=settings, client=CLIENT
        )
        account.token = tokens.access_token
    feedback = await submit(
        client, week.team.athlete, {"sessionId": str(week.monday_run.id), "type": "HARD", "energy": 2}
    )
    run = await call(client, week.team.coach.token, RUN, id=payload["run"]["id"])

    assert feedback["errors"] == []
    assert run["planGenerationRun"]["acceptedSessions"] == [
        {
            "draftKey": "mon-easy",
            "change": "CHANGED",
            "session": {"id": str(week.monday_run.id)},
            "feedback": {"type": "HARD"},
        }
    ]


async def test_runs_are_listed_newest_first_a_page_at_a_time(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    week = await arrange_week(settings)
    ids = []
    for monday in ("2026-03-09", "2026-03-16", "2026-03-23"):
        ids.append(
            (await generate(client, week.team.coach.token, generate_input(week, weekStart=monday)))["run"][
                "id"
            ]
        )
        clock.set_clock(clock.FixedClock(clock.now().replace(minute=clock.now().minute + 1)))

    first = await call(client, week.team.coach.token, RUNS, a=str(week.team.athlete_id), first=2)
    rest = await call(
        client,
        week.team.coach.token,
        RUNS,
        first=2,
        after=first["planGenerationRuns"]["pageInfo"]["endCursor"],
    )

    pages = [first["planGenerationRuns"], rest["planGenerationRuns"]]
    assert [[e["node"]["id"] for e in p["edges"]] for p in pages] == [ids[:0:-1], ids[:1]]
    assert [p["pageInfo"]["hasNextPage"] for p in pages] == [True, False]
