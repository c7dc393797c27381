"""submitSessionFeedback and sessionFeedback: one idempotent feedback per session and athlete."""

from __future__ import annotations

import asyncio
import uuid
from datetime import timedelta
from typing import Any

from app.audit.models import AuditLog
from app.clock import FixedClock
from app.logs.models import FeedbackType, SessionFeedback
from app.settings import Settings
from tests.helpers import (
    PINNED_NOW,
    SUBMIT,
    gql,
    make_admin,
    make_athlete,
    make_athlete_session,
    make_coach,
    submit,
    two_tenants,
)

LIST = """
query($athleteId: UUID, $first: Int, $after: String) {
  sessionFeedback(athleteId: $athleteId, first: $first, after: $after) {
    edges { node { id type energy session { id } } }
    pageInfo { hasNextPage endCursor }
  }
}
"""


async def test_athlete_submits_feedback(client: Any, settings: Settings, fixed_clock: FixedClock) -> None:
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    session = await make_athlete_session(athlete)

    result = await submit(
        client,
        athlete,
        {
            "sessionId": str(session.id),
            "type": "HARD",
            "mood": "tired",
            "energy": 2,
            "soreness": 4,
            "comments": "Legs heavy",
        },
    )

    assert result["errors"] == []
    feedback = result["feedback"]
    assert feedback == {
        "id": feedback["id"],
        "type": "HARD",
        "mood": "tired",
        "energy": 2,
        "soreness": 4,
        "comments": "Legs heavy",
        "submittedAt": PINNED_NOW.isoformat(),
        "session": {"id": str(session.id)},
        "athlete": {"id": str(athlete.athlete.id)},
    }
    row = await SessionFeedback.get(id=feedback["id"])
    assert (row.feedback_type, row.energy, row.soreness) == (FeedbackType.HARD, 2, 4)
    assert await AuditLog.filter(action="submit_session_feedback", entity_id=row.id).count() == 1


async def test_second_submission_updates_the_one_row(
    client: Any, settings: Settings, fixed_clock: FixedClock
) -> None:
    # given
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    session = await make_athlete_session(athlete)
    first = await submit(
        client, athlete, {"sessionId": str(session.id), "type": "DONE", "energy": 4, "mood": "good"}
    )
    fixed_clock.set(PINNED_NOW + timedelta(minutes=5))

    # when
    second = await submit(client, athlete, {"sessionId": str(session.id), "type": "PAIN", "soreness": 5})

    # then: the same row, holding the second submission's values (omitted ones cleared)
    assert second["errors"] == []
    assert second["feedback"]["id"] == first["feedback"]["id"]
    assert (
        second["feedback"]["type"],
        second["feedback"]["energy"],
        second["feedback"]["mood"],
    ) == ("PAIN", None, None)
    assert second["feedback"]["soreness"] == 5
    assert second["feedback"]["submittedAt"] == (PINNED_NOW + timedelta(minutes=5)).isoformat()
    rows = await SessionFeedback.all()
    assert len(rows) == 1
    assert (rows[0].feedback_type, rows[0].soreness, rows[0].energy) == (FeedbackType.PAIN, 5, None)
    assert await AuditLog.filter(action="update_session_feedback").count() == 1


async def test_concurrent_submissions_make_one_row(
    client: Any, settings: Settings, fixed_clock: FixedClock
) -> None:
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    session = await make_athlete_session(athlete)

    results = await asyncio.gather(
        *(
            submit(client, athlete, {"sessionId": str(session.id), "type": "DONE", "energy": e})
            for e in (1, 2, 3, 4)
        )
    )

    assert all(r["errors"] == [] for r in results)
    assert len({r["feedback"]["id"] for r in results}) == 1
    assert await SessionFeedback.filter(session_id=session.id).count() == 1


async def test_bounds(client: Any, settings: Settings, fixed_clock: FixedClock) -> None:
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    session = await make_athlete_session(athlete)

    low = await submit(
        client,
        athlete,
        {
            "sessionId": str(session.id),
            "type": "DONE",
            "energy": 0,
            "soreness": 0,
            "mood": "m" * 51,
            "comments": "c" * 1001,
        },
    )
    high = await submit(
        client, athlete, {"sessionId": str(session.id), "type": "DONE", "energy": 6, "soreness": 6}
    )

    assert [(e["field"], e["code"]) for e in low["errors"]] == [
        ("mood", "TOO_LONG"),
        ("energy", "OUT_OF_RANGE"),
        ("soreness", "OUT_OF_RANGE"),
        ("comments", "TOO_LONG"),
    ]
    assert [(e["field"], e["code"]) for e in high["errors"]] == [
        ("energy", "OUT_OF_RANGE"),
        ("soreness", "OUT_OF_RANGE"),
    ]
    assert await SessionFeedback.all().count() == 0

    edges = await submit(
        client,
        athlete,
        {
            "sessionId": str(session.id),
            "type": "DONE",
            "energy": 5,
            "soreness": 1,
            "mood": "m" * 50,
            "comments": "c" * 1000,
        },
    )
    assert edges["errors"] == []


async def test_bad_type_is_bad_user_input(client: Any, settings: Settings, fixed_clock: FixedClock) -> None:
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    session = await make_athlete_session(athlete)

    body = await gql(
        client,
        SUBMIT,
        {"input": {"sessionId": str(session.id), "type": "MEH"}},
        token=athlete.token,
    )

    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    assert await SessionFeedback.all().count() == 0


async def test_only_the_athlete_themself_submits(
    client: Any, settings: Settings, fixed_clock: FixedClock
) -> None:
    coach_a, athlete_a, _, athlete_b = await two_tenants(settings)
    admin = await make_admin(settings)
    session = await make_athlete_session(athlete_a)
    await submit(client, athlete_a, {"sessionId": str(session.id), "type": "DONE", "energy": 3})

    for caller in (coach_a, admin):
        body = await gql(
            client,
            SUBMIT,
            {"input": {"sessionId": str(session.id), "type": "PAIN"}},
            token=caller.token,
        )
        assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    other = await submit(client, athlete_b, {"sessionId": str(session.id), "type": "PAIN", "energy": 1})
    unknown = await submit(client, athlete_a, {"sessionId": str(uuid.uuid4()), "type": "PAIN"})

    assert other == {
        "feedback": None,
        "errors": [{"field": "sessionId", "code": "NOT_FOUND", "message": "Session not found."}],
    }
    assert [(e["field"], e["code"]) for e in unknown["errors"]] == [("sessionId", "NOT_FOUND")]
    rows = await SessionFeedback.all()
    assert [(r.feedback_type, r.energy) for r in rows] == [(FeedbackType.DONE, 3)]


async def test_feedback_list_newest_first_and_scoped(
    client: Any, settings: Settings, fixed_clock: FixedClock
) -> None:
    # given: athlete A gives feedback on two sessions, athlete B on one
    coach_a, athlete_a, coach_b, athlete_b = await two_tenants(settings)
    early = await make_athlete_session(athlete_a)
    late = await make_athlete_session(athlete_a)
    await submit(client, athlete_a, {"sessionId": str(early.id), "type": "DONE", "energy": 3})
    fixed_clock.set(PINNED_NOW + timedelta(minutes=10))  # tokens last 15 minutes
    await submit(client, athlete_a, {"sessionId": str(late.id), "type": "SKIPPED"})
    b_session = await make_athlete_session(athlete_b)
    await submit(client, athlete_b, {"sessionId": str(b_session.id), "type": "DONE"})

    # when
    own = await gql(client, LIST, {}, token=athlete_a.token)
    as_coach = await gql(
        client, LIST, {"athleteId": str(athlete_a.athlete.id), "first": 1}, token=coach_a.token
    )
    coach_b_view = await gql(client, LIST, {"athleteId": str(athlete_a.athlete.id)}, token=coach_b.token)
    athlete_b_view = await gql(client, LIST, {"athleteId": str(athlete_a.athlete.id)}, token=athlete_b.token)

    # then
    assert [
        (e["node"]["session"]["id"], e["node"]["type"]) for e in own["data"]["sessionFeedback"]["edges"]
    ] == [
        (str(late.id), "SKIPPED"),
        (str(early.id), "DONE"),
    ]
    assert [e["node"]["session"]["id"] for e in as_coach["data"]["sessionFeedback"]["edges"]] == [
        str(late.id)
    ]
    assert as_coach["data"]["sessionFeedback"]["pageInfo"]["hasNextPage"] is True
    assert coach_b_view["data"]["sessionFeedback"]["edges"] == []
    assert athlete_b_view["data"]["sessionFeedback"]["edges"] == []


async def test_nul_characters_are_refused(client: Any, settings: Settings, fixed_clock: FixedClock) -> None:
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    session = await make_athlete_session(athlete)

    body = await gql(
        client,
        SUBMIT,
        {"input": {"sessionId": str(session.id), "type": "DONE", "comments": "a\u0000"}},
        token=athlete.token,
    )

    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    assert await SessionFeedback.all().count() == 0
