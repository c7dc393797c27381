"""Athletes: the roster, one athlete's profile, and editing a profile."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from app.athletes.models import AthleteProfile, PrimaryGoal
from app.audit.models import AuditLog
from app.programs.models import ProgramStatus
from tests.helpers import (
    call,
    error_codes,
    gql,
    make_admin,
    make_athlete,
    make_coach,
    make_program,
    make_team,
    mutate,
    snapshot,
)

ROSTER = """query($first: Int, $after: String, $search: String) {
    athletes(first: $first, after: $after, search: $search) {
        edges { node { displayName } } pageInfo { hasNextPage endCursor } totalCount } }"""

PROFILE = """query($id: UUID!) { athlete(id: $id) {
    id displayName email timezone primaryGoal coachNotes restingHr maxHr heightCm weightKg
    coach { displayName } currentProgram { title } programs { title } } }"""

UPDATE = """mutation($input: UpdateAthleteProfileInput!) { updateAthleteProfile(input: $input) {
    athlete { displayName timezone primaryGoal coachNotes restingHr maxHr heightCm weightKg }
    errors { field code message } } }"""


def _names(data):
    return [e["node"]["displayName"] for e in data["athletes"]["edges"]]


async def test_coach_roster_is_ordered_searchable_and_paged(client, settings):
    coach = await make_coach(settings)
    for index, name in enumerate(["zoe Long", "Adam Stone", "Maya LONGfellow", "100% Effort"]):
        await make_athlete(settings, coach, email=f"a{index}@example.com", name=name)
    other = await make_coach(settings, email="other@example.com", name="Other Coach")
    await make_athlete(settings, other, email="x@example.com", name="Long Distance")

    everyone = await call(client, coach.token, ROSTER)
    searched = await call(client, coach.token, ROSTER, search="  long ")
    literal = await call(client, coach.token, ROSTER, search="0%")
    page1 = await call(client, coach.token, ROSTER, first=3)
    page2 = await call(client, coach.token, ROSTER, first=3, after=page1["athletes"]["pageInfo"]["endCursor"])

    assert _names(everyone) == ["100% Effort", "Adam Stone", "Maya LONGfellow", "zoe Long"]
    assert everyone["athletes"]["totalCount"] == 4
    assert _names(searched) == ["Maya LONGfellow", "zoe Long"]
    assert _names(literal) == ["100% Effort"]
    assert _names(page1) == ["100% Effort", "Adam Stone", "Maya LONGfellow"]
    assert page1["athletes"]["pageInfo"]["hasNextPage"] is True
    assert _names(page2) == ["zoe Long"]


async def test_admin_sees_everyone_and_an_athlete_only_themself(client, settings):
    team = await make_team(settings)
    admin = await make_admin(settings)

    as_admin = await call(client, admin.token, ROSTER)
    as_athlete = await call(client, team.athlete.token, ROSTER)

    assert _names(as_admin) == ["Athlete One", "Other Athlete"]
    assert _names(as_athlete) == ["Athlete One"]


async def test_overlong_search_is_bad_user_input(client, settings):
    coach = await make_coach(settings)

    body = await gql(client, ROSTER, {"search": "s" * 81}, token=coach.token)

    assert error_codes(body) == ["BAD_USER_INPUT"]


async def test_coach_reads_the_full_profile(client, settings):
    team = await make_team(settings)
    profile = team.athlete.athlete
    assert profile is not None
    profile.coach_notes, profile.resting_hr, profile.max_hr = "Watch the left knee", 48, 190
    profile.height_cm, profile.weight_kg = Decimal("181.5"), Decimal("74.2")
    await profile.save()
    await make_program(
        team.athlete,
        title="Old",
        start=date(2025, 9, 1),
        end=date(2025, 11, 30),
        status=ProgramStatus.COMPLETED,
    )
    await make_program(team.athlete, title="Now", status=ProgramStatus.CURRENT)

    data = await call(client, team.coach.token, PROFILE, id=str(profile.id))

    assert data["athlete"] == {
        "id": str(profile.id),
        "displayName": "Athlete One",
        "email": "athlete@example.com",
        "timezone": "UTC",
        "primaryGoal": "GENERAL_FITNESS",
        "coachNotes": "Watch the left knee",
        "restingHr": 48,
        "maxHr": 190,
        "heightCm": 181.5,
        "weightKg": 74.2,
        "coach": {"displayName": "Coach Carter"},
        "currentProgram": {"title": "Now"},
        "programs": [{"title": "Now"}, {"title": "Old"}],
    }


async def test_athlete_reads_themself_without_the_coachs_notes(client, settings):
    team = await make_team(settings)
    profile = team.athlete.athlete
    assert profile is not None
    profile.coach_notes = "Private"
    await profile.save()

    mine = await call(client, team.athlete.token, PROFILE, id=str(profile.id))
    someone_else = await call(client, team.athlete.token, PROFILE, id=str(team.other_athlete.athlete.id))  # type: ignore[union-attr]

    assert mine["athlete"]["coachNotes"] is None
    assert mine["athlete"]["coach"] == {"displayName": "Coach Carter"}
    assert someone_else == {"athlete": None}


async def test_other_coach_cannot_see_the_athlete(client, settings):
    team = await make_team(settings)

    data = await call(client, team.other_coach.token, PROFILE, id=str(team.athlete_id))
    searched = await call(client, team.other_coach.token, ROSTER, search="Athlete One")

    assert data == {"athlete": None}
    assert searched["athletes"] == {
        "edges": [],
        "pageInfo": {"hasNextPage": False, "endCursor": None},
        "totalCount": 0,
    }


async def test_coach_updates_the_profile(client, settings):
    team = await make_team(settings)

    payload = await mutate(
        client,
        team.coach.token,
        UPDATE,
        {
            "id": str(team.athlete_id),
            "displayName": " Ada ",
            "timezone": "Europe/Oslo",
            "primaryGoal": "HYBRID",
            "coachNotes": "Strong engine",
            "restingHr": 45,
            "maxHr": 188,
            "heightCm": 170.26,
            "weightKg": 61,
        },
    )

    assert payload == {
        "athlete": {
            "displayName": "Ada",
            "timezone": "Europe/Oslo",
            "primaryGoal": "HYBRID",
            "coachNotes": "Strong engine",
            "restingHr": 45,
            "maxHr": 188,
            "heightCm": 170.3,
            "weightKg": 61.0,
        },
        "errors": [],
    }
    stored = await AthleteProfile.get(id=team.athlete_id)
    assert (stored.display_name, stored.timezone, stored.primary_goal) == (
        "Ada",
        "Europe/Oslo",
        PrimaryGoal.HYBRID,
    )
    assert stored.height_cm == Decimal("170.3")
    assert await AuditLog.filter(action="update_athlete_profile", entity_id=team.athlete_id).count() == 1


async def test_athlete_updates_their_own_profile_and_may_clear_measurements(client, settings):
    team = await make_team(settings)
    profile = team.athlete.athlete
    assert profile is not None
    profile.weight_kg = Decimal("70.0")
    profile.coach_notes = "Keep"
    await profile.save()

    payload = await mutate(
        client,
        team.athlete.token,
        UPDATE,
        {"id": str(team.athlete_id), "timezone": "Asia/Tokyo", "weightKg": None},
    )

    assert payload["errors"] == []
    assert payload["athlete"]["timezone"] == "Asia/Tokyo"
    assert payload["athlete"]["weightKg"] is None
    assert payload["athlete"]["coachNotes"] is None  # hidden from the athlete
    stored = await AthleteProfile.get(id=team.athlete_id)
    assert (stored.weight_kg, stored.coach_notes) == (None, "Keep")


async def test_athlete_may_not_write_coach_notes(client, settings):
    team = await make_team(settings)
    before = await snapshot()

    body = await gql(
        client,
        UPDATE,
        {"input": {"id": str(team.athlete_id), "coachNotes": "I am fine", "displayName": "Me"}},
        token=team.athlete.token,
    )

    assert error_codes(body) == ["FORBIDDEN"]
    assert body["data"] is None
    assert await snapshot() == before


async def test_profile_rules_are_reported_together_and_nothing_is_written(client, settings):
    team = await make_team(settings)
    before = await snapshot()

    payload = await mutate(
        client,
        team.coach.token,
        UPDATE,
        {
            "id": str(team.athlete_id),
            "displayName": "x" * 81,
            "timezone": "Mars/Olympus",
            "primaryGoal": None,
            "restingHr": 19,
            "maxHr": 251,
            "heightCm": 49.9,
            "weightKg": 0,
        },
    )

    assert payload["athlete"] is None
    assert [(e["field"], e["code"]) for e in payload["errors"]] == [
        ("primaryGoal", "REQUIRED"),
        ("displayName", "TOO_LONG"),
        ("timezone", "INVALID_TIMEZONE"),
        ("restingHr", "OUT_OF_RANGE"),
        ("maxHr", "OUT_OF_RANGE"),
        ("heightCm", "OUT_OF_RANGE"),
        ("weightKg", "OUT_OF_RANGE"),
    ]
    assert await snapshot() == before


async def test_huge_measurements_are_out_of_range(client, settings):
    team = await make_team(settings)

    payload = await mutate(
        client,
        team.coach.token,
        UPDATE,
        {"id": str(team.athlete_id), "heightCm": 1e300, "weightKg": 400.01},
    )

    assert [(e["field"], e["code"]) for e in payload["errors"]] == [
        ("heightCm", "OUT_OF_RANGE"),
        ("weightKg", "OUT_OF_RANGE"),
    ]
    assert (await AthleteProfile.get(id=team.athlete_id)).height_cm is None


async def test_resting_heart_rate_must_be_below_the_maximum(client, settings):
    team = await make_team(settings)
    profile = team.athlete.athlete
    assert profile is not None
    profile.max_hr = 150
    await profile.save()

    payload = await mutate(client, team.coach.token, UPDATE, {"id": str(team.athlete_id), "restingHr": 150})

    assert payload["errors"] == [
        {
            "field": "restingHr",
            "code": "INVALID",
            "message": "Resting heart rate must be below maximum heart rate.",
        }
    ]
    assert (await AthleteProfile.get(id=team.athlete_id)).resting_hr is None


async def test_others_get_not_found_and_nothing_changes(client, settings):
    team = await make_team(settings)
    before = await snapshot()

    by_other_coach = await mutate(
        client,
        team.other_coach.token,
        UPDATE,
        {"id": str(team.athlete_id), "displayName": "Stolen"},
    )
    by_other_athlete = await mutate(
        client,
        team.other_athlete.token,
        UPDATE,
        {"id": str(team.athlete_id), "displayName": "Stolen"},
    )

    for payload in (by_other_coach, by_other_athlete):
        assert payload == {
            "athlete": None,
            "errors": [{"field": "id", "code": "NOT_FOUND", "message": "Athlete not found."}],
        }
    assert await snapshot() == before


async def test_admin_updates_any_profile(client, settings):
    team = await make_team(settings)
    admin = await make_admin(settings)

    payload = await mutate(
        client,
        admin.token,
        UPDATE,
        {"id": str(team.other_athlete.athlete.id), "coachNotes": "Admin note"},
    )  # type: ignore[union-attr]

    assert payload["errors"] == [] and payload["athlete"]["coachNotes"] == "Admin note"


async def test_time_zone_names_the_file_system_cannot_look_up_are_invalid(client, settings):
    # ZoneInfo() raised OSError (an internal error) for a name longer than a file name may be,
    # and IsADirectoryError for a folder of the zone database such as "Europe"
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    before = await snapshot()

    payloads = [
        await mutate(
            client,
            coach.token,
            UPDATE,
            {"id": str(athlete.athlete.id), "timezone": name},
        )
        for name in ("Europe/" + "x" * 300, "Europe", "x" * 65)
    ]

    assert [p["errors"] for p in payloads] == [
        [{"field": "timezone", "code": "INVALID_TIMEZONE", "message": "Not an IANA time zone."}],
        [{"field": "timezone", "code": "INVALID_TIMEZONE", "message": "'Europe' is not an IANA time zone."}],
        [{"field": "timezone", "code": "INVALID_TIMEZONE", "message": "Not an IANA time zone."}],
    ]
    assert await snapshot() == before
