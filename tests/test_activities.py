"""ingestActivities: dedup across batches and sources, matching to planned sessions (closest start
wins, a session at most once), the coach's relink and unlink, and adherence."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import httpx

from app.activities.models import Activity
from app.clock import FixedClock
from app.programs.models import (
    Modality,
    ProgramStatus,
    SessionStatus,
    SessionType,
    TrainingProgram,
    TrainingSession,
)
from app.settings import Settings
from tests.helpers import Account, error_codes, gql, make_athlete, make_coach

INGEST = """
mutation($input: IngestActivitiesInput!) {
  ingestActivities(input: $input) {
    run { status applied unchanged revised rejected }
    results { index status id duplicateOf errors { field code } }
    errors { field code }
  }
}
"""
LINK = """
mutation($input: LinkActivityInput!) {
  linkActivity(input: $input) { activity { id matchMethod plannedSession { id status } } errors { field code } }
}
"""
PROGRAM = "query($id: UUID!) { program(id: $id) { adherenceRate } }"
RUN = {"modality": "run", "duration": {"value": 45, "unit": "minutes"}}


async def _athlete_with_program(settings: Settings) -> tuple[Account, Account, TrainingProgram]:
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach, timezone="Europe/Oslo")
    assert athlete.athlete is not None and coach.coach is not None
    program = await TrainingProgram.create(
        athlete_id=athlete.athlete.id,
        coach_id=coach.coach.id,
        title="Block",
        status=ProgramStatus.CURRENT,
        start_date=date(2026, 2, 23),
        end_date=date(2026, 3, 22),
    )
    return coach, athlete, program


async def _session(
    program: TrainingProgram, at: datetime, modality: Modality = Modality.RUN
) -> TrainingSession:
    return await TrainingSession.create(
        program=program,
        athlete_id=program.athlete_id,
        title=f"{modality.value} {at:%H:%M}",
        scheduled_at=at,
        duration_minutes=45,
        modality=modality,
        session_type=SessionType.ENDURANCE,
        prescription=RUN,
    )


def _record(
    external_id: str, start: str, minutes: int = 45, kind: str = "RUNNING", **extra: Any
) -> dict[str, Any]:
    return {"externalId": external_id, "start": start, "durationSeconds": minutes * 60, "type": kind, **extra}


async def _ingest(
    client: httpx.AsyncClient, token: str, athlete: Account, source: str, records: list[Any]
) -> Any:
    variables = {"input": {"athleteId": str(athlete.athlete.id), "source": source, "records": records}}  # type: ignore[union-attr]
    body = await gql(client, INGEST, variables, token=token)
    assert "errors" not in body, body
    return body["data"]["ingestActivities"]


async def test_activities_are_deduplicated_across_batches_and_sources(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    coach, athlete, _ = await _athlete_with_program(settings)
    first = await _ingest(
        client, coach.token, athlete, "garmin", [_record("g-1", "2026-03-01T07:00:00Z", avgHr=140)]
    )

    again = await _ingest(
        client, coach.token, athlete, "garmin", [_record("g-1", "2026-03-01T07:00:00Z", avgHr=140)]
    )
    corrected = await _ingest(
        client, coach.token, athlete, "garmin", [_record("g-1", "2026-03-01T07:00:00Z", avgHr=142)]
    )
    # the same run relayed by Strava: another source, a minute later, about as long
    relayed = await _ingest(
        client, coach.token, athlete, "strava", [_record("s-9", "2026-03-01T07:01:00Z", 44)]
    )
    other = await _ingest(
        client, coach.token, athlete, "strava", [_record("s-10", "2026-03-01T17:00:00Z", 30)]
    )

    garmin_id = first["results"][0]["id"]
    assert first["results"][0]["status"] == "APPLIED"
    assert again["results"][0] == {
        "index": 0,
        "status": "UNCHANGED",
        "id": garmin_id,
        "duplicateOf": None,
        "errors": [],
    }
    assert corrected["results"][0]["status"] == "REVISED" and corrected["results"][0]["id"] == garmin_id
    assert relayed["results"][0]["status"] == "APPLIED" and relayed["results"][0]["duplicateOf"] == garmin_id
    assert other["results"][0]["duplicateOf"] is None
    listed = await gql(
        client,
        "query($a: UUID) { activities(athleteId: $a) { edges { node { source externalId avgHr revision } } } }",
        {"a": str(athlete.athlete.id)},
        token=coach.token,  # type: ignore[union-attr]
    )
    nodes = [e["node"] for e in listed["data"]["activities"]["edges"]]
    assert nodes == [
        {"source": "strava", "externalId": "s-10", "avgHr": None, "revision": 1},
        {"source": "garmin", "externalId": "g-1", "avgHr": 142, "revision": 2},
    ]


async def test_an_external_id_of_another_athlete_is_refused_alone(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    coach, athlete, _ = await _athlete_with_program(settings)
    other = await make_athlete(settings, coach, email="other@example.com")
    await _ingest(client, coach.token, athlete, "garmin", [_record("g-1", "2026-03-01T07:00:00Z")])

    result = await _ingest(
        client,
        coach.token,
        other,
        "garmin",
        [
            _record("g-1", "2026-03-01T07:00:00Z"),
            _record("g-2", "2026-03-01T09:00:00Z"),
            _record("g-3", "2026-03-09T09:00:00Z"),
        ],
    )

    assert [r["status"] for r in result["results"]] == ["REJECTED", "APPLIED", "REJECTED"]
    assert result["results"][0]["errors"] == [{"field": "externalId", "code": "ALREADY_EXISTS"}]
    assert result["results"][2]["errors"] == [{"field": "start", "code": "OUT_OF_WINDOW"}]
    assert (await Activity.get(external_id="g-1")).athlete_id == athlete.athlete.id  # type: ignore[union-attr]


async def test_an_activity_fulfils_the_closest_fitting_session_of_its_local_day_once(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    coach, athlete, program = await _athlete_with_program(settings)
    # Oslo is UTC+1: the morning run is at 07:00 local, the evening one at 18:00 local
    morning = await _session(program, datetime(2026, 3, 1, 6, 0, tzinfo=UTC))
    evening = await _session(program, datetime(2026, 3, 1, 17, 0, tzinfo=UTC))
    ride = await _session(program, datetime(2026, 3, 1, 8, 0, tzinfo=UTC), Modality.BIKE)

    result = await _ingest(
        client,
        coach.token,
        athlete,
        "garmin",
        [
            _record("g-1", "2026-03-01T16:40:00Z"),  # closest to the evening run
            _record("g-2", "2026-03-01T16:55:00Z"),  # closer still: takes the evening run
            _record("g-3", "2026-03-01T05:00:00Z", kind="SWIMMING"),  # no swim planned
        ],
    )

    assert {r["status"] for r in result["results"]} == {"APPLIED"}
    ids = [r["id"] for r in result["results"]]
    links = {str(a.id): a.planned_session_id for a in await Activity.all()}
    assert links[ids[1]] == evening.id
    assert links[ids[0]] == morning.id  # the remaining run of the day
    assert links[ids[2]] is None
    await evening.refresh_from_db()
    await ride.refresh_from_db()
    assert evening.status is SessionStatus.COMPLETED
    assert evening.completed_at == datetime(2026, 3, 1, 17, 40, tzinfo=UTC)
    assert ride.status is SessionStatus.PLANNED


async def test_the_coach_relinks_and_unlinks_and_adherence_follows(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    coach, athlete, program = await _athlete_with_program(settings)
    first = await _session(program, datetime(2026, 2, 28, 6, 0, tzinfo=UTC))
    second = await _session(program, datetime(2026, 3, 1, 6, 0, tzinfo=UTC))
    result = await _ingest(client, coach.token, athlete, "garmin", [_record("g-1", "2026-02-28T06:10:00Z")])
    activity_id = result["results"][0]["id"]
    adherence = await gql(client, PROGRAM, {"id": str(program.id)}, token=coach.token)
    assert adherence["data"]["program"]["adherenceRate"] == 0.5

    moved = await gql(
        client, LINK, {"input": {"activityId": activity_id, "sessionId": str(second.id)}}, token=coach.token
    )
    by_athlete = await gql(client, LINK, {"input": {"activityId": activity_id}}, token=athlete.token)
    unlinked = await gql(client, LINK, {"input": {"activityId": activity_id}}, token=coach.token)

    assert moved["data"]["linkActivity"]["activity"]["matchMethod"] == "MANUAL"
    assert moved["data"]["linkActivity"]["activity"]["plannedSession"] == {
        "id": str(second.id),
        "status": "COMPLETED",
    }
    assert error_codes(by_athlete) == ["FORBIDDEN"]
    assert unlinked["data"]["linkActivity"]["activity"]["plannedSession"] is None
    await first.refresh_from_db()
    await second.refresh_from_db()
    assert (first.status, second.status) == (SessionStatus.PLANNED, SessionStatus.PLANNED)
    adherence = await gql(client, PROGRAM, {"id": str(program.id)}, token=coach.token)
    assert adherence["data"]["program"]["adherenceRate"] == 0.0


async def test_a_session_is_linked_to_one_activity_at_most(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    coach, athlete, program = await _athlete_with_program(settings)
    session = await _session(program, datetime(2026, 3, 1, 6, 0, tzinfo=UTC))
    result = await _ingest(
        client,
        coach.token,
        athlete,
        "garmin",
        [_record("g-1", "2026-03-01T06:00:00Z"), _record("g-2", "2026-03-01T12:00:00Z", kind="CYCLING")],
    )
    second = result["results"][1]["id"]

    body = await gql(
        client, LINK, {"input": {"activityId": second, "sessionId": str(session.id)}}, token=coach.token
    )

    assert body["data"]["linkActivity"]["errors"] == [{"field": "sessionId", "code": "ALREADY_EXISTS"}]
    assert await Activity.filter(planned_session_id=session.id).count() == 1


async def test_another_coach_cannot_link_or_see_the_activities(
    client: httpx.AsyncClient, settings: Settings, fixed_clock: FixedClock
) -> None:
    coach, athlete, program = await _athlete_with_program(settings)
    session = await _session(program, datetime(2026, 3, 1, 6, 0, tzinfo=UTC))
    result = await _ingest(
        client, coach.token, athlete, "garmin", [_record("g-1", "2026-03-01T12:00:00Z", kind="CYCLING")]
    )
    activity_id = result["results"][0]["id"]
    outsider = await make_coach(settings, email="other-coach@example.com")

    link = await gql(
        client,
        LINK,
        {"input": {"activityId": activity_id, "sessionId": str(session.id)}},
        token=outsider.token,
    )
    seen = await gql(
        client, "query($id: UUID!) { activity(id: $id) { id } }", {"id": activity_id}, token=outsider.token
    )

    assert link["data"]["linkActivity"]["errors"] == [{"field": "activityId", "code": "NOT_FOUND"}]
    assert seen["data"]["activity"] is None
    assert (await Activity.get(id=activity_id)).planned_session_id is None
    assert datetime(2026, 3, 2, tzinfo=UTC) - timedelta(days=1) < fixed_clock.now
