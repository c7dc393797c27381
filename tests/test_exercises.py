"""The exercise catalogue: visibility across coaches, search, createExercise and updateExercise."""

from __future__ import annotations

import uuid
from typing import Any

from app.audit.models import AuditLog
from app.exercises.catalog import SYSTEM_EXERCISES, ensure_system_exercises, system_exercise_id
from app.exercises.models import Exercise, ExerciseCategory, MuscleGroup
from app.settings import Settings
from tests.helpers import Account, gql, make_admin, make_athlete, make_coach

EXERCISES = """
query($search: String, $category: ExerciseCategory, $first: Int, $after: String) {
  exercises(search: $search, category: $category, first: $first, after: $after) {
    edges { node { id name } }
    pageInfo { hasNextPage endCursor }
  }
}
"""

ONE = """
query($id: UUID!) {
  exercise(id: $id) { id name category muscleGroups isPublic isSystem createdBy { id displayName } }
}
"""

CREATE = """
mutation($input: CreateExerciseInput!) {
  createExercise(input: $input) {
    exercise { id name category muscleGroups isPublic isSystem createdBy { id displayName } }
    errors { field code message }
  }
}
"""

UPDATE = """
mutation($input: UpdateExerciseInput!) {
  updateExercise(input: $input) {
    exercise { id name category muscleGroups isPublic }
    errors { field code message }
  }
}
"""


async def create(client: Any, account: Account, **input: Any) -> dict[str, Any]:
    values = {
        "name": "Sled Push",
        "category": "ACCESSORY",
        "muscleGroups": ["QUADS", "GLUTES"],
        **input,
    }
    body = await gql(client, CREATE, {"input": values}, token=account.token)
    assert "errors" not in body, body
    return body["data"]["createExercise"]


async def update(client: Any, account: Account, **input: Any) -> dict[str, Any]:
    body = await gql(client, UPDATE, {"input": input}, token=account.token)
    assert "errors" not in body, body
    return body["data"]["updateExercise"]


async def names(client: Any, account: Account, **variables: Any) -> list[str]:
    body = await gql(client, EXERCISES, {"first": 100, **variables}, token=account.token)
    return [e["node"]["name"] for e in body["data"]["exercises"]["edges"]]


async def catalogue(settings: Settings) -> tuple[Account, Account, Account, Account]:
    """A system exercise; coach A with a private and a public one; coach B with a private one."""
    coach_a = await make_coach(settings, "a@example.com", "Coach A")
    athlete_a = await make_athlete(settings, coach_a, "athlete.a@example.com", "Athlete A")
    coach_b = await make_coach(settings, "b@example.com", "Coach B")
    athlete_b = await make_athlete(settings, coach_b, "athlete.b@example.com", "Athlete B")
    await Exercise.create(
        name="Back Squat", category=ExerciseCategory.SQUAT, muscle_groups=["quads"], is_public=True
    )
    for coach, name, public in (
        (coach_a, "A private", False),
        (coach_a, "A public", True),
        (coach_b, "B private", False),
    ):
        await Exercise.create(
            name=name,
            category=ExerciseCategory.CORE,
            muscle_groups=["core"],
            created_by_id=coach.coach.id,
            is_public=public,
        )
    return coach_a, athlete_a, coach_b, athlete_b


async def test_visibility_across_coaches(client: Any, settings: Settings) -> None:
    coach_a, athlete_a, coach_b, athlete_b = await catalogue(settings)
    admin = await make_admin(settings)

    assert await names(client, coach_a) == ["A private", "A public", "Back Squat"]
    assert await names(client, athlete_a) == ["A private", "A public", "Back Squat"]
    assert await names(client, coach_b) == ["A public", "B private", "Back Squat"]
    assert await names(client, athlete_b) == ["A public", "B private", "Back Squat"]
    assert await names(client, admin) == ["A private", "A public", "B private", "Back Squat"]


async def test_exercise_by_id_is_null_when_not_visible(client: Any, settings: Settings) -> None:
    coach_a, athlete_a, coach_b, athlete_b = await catalogue(settings)
    private_a = await Exercise.get(name="A private")

    own = await gql(client, ONE, {"id": str(private_a.id)}, token=coach_a.token)
    athletes = await gql(client, ONE, {"id": str(private_a.id)}, token=athlete_a.token)
    for outsider in (coach_b, athlete_b):
        hidden = await gql(client, ONE, {"id": str(private_a.id)}, token=outsider.token)
        assert hidden == {"data": {"exercise": None}}
    missing = await gql(client, ONE, {"id": str(uuid.uuid4())}, token=coach_a.token)

    assert own["data"]["exercise"] == {
        "id": str(private_a.id),
        "name": "A private",
        "category": "CORE",
        "muscleGroups": ["CORE"],
        "isPublic": False,
        "isSystem": False,
        "createdBy": {"id": str(coach_a.coach.id), "displayName": "Coach A"},
    }
    assert athletes["data"]["exercise"]["id"] == str(private_a.id)
    assert missing == {"data": {"exercise": None}}


async def test_system_catalogue_is_visible_to_everyone(client: Any, settings: Settings) -> None:
    inserted = await ensure_system_exercises()
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    squat_id = system_exercise_id("Back Squat")

    coach_view = await gql(client, ONE, {"id": str(squat_id)}, token=coach.token)
    count = await gql(client, "{ exercises { totalCount } }", token=athlete.token)

    assert inserted == len(SYSTEM_EXERCISES)
    assert coach_view["data"]["exercise"]["name"] == "Back Squat"
    assert coach_view["data"]["exercise"]["isSystem"] is True
    assert coach_view["data"]["exercise"]["createdBy"] is None
    assert count["data"]["exercises"]["totalCount"] == len(SYSTEM_EXERCISES)


async def test_search_category_and_paging(client: Any, settings: Settings) -> None:
    coach_a, *_ = await catalogue(settings)

    assert await names(client, coach_a, search="a P") == ["A private", "A public"]
    assert await names(client, coach_a, search="  SQUAT ") == ["Back Squat"]
    assert await names(client, coach_a, search="B private") == []
    assert await names(client, coach_a, category="SQUAT") == ["Back Squat"]
    assert await names(client, coach_a, category="CORE", search="public") == ["A public"]

    first = await gql(client, EXERCISES, {"first": 2}, token=coach_a.token)
    after = first["data"]["exercises"]["pageInfo"]["endCursor"]
    second = await gql(client, EXERCISES, {"first": 2, "after": after}, token=coach_a.token)
    assert [e["node"]["name"] for e in first["data"]["exercises"]["edges"]] == [
        "A private",
        "A public",
    ]
    assert first["data"]["exercises"]["pageInfo"]["hasNextPage"] is True
    assert [e["node"]["name"] for e in second["data"]["exercises"]["edges"]] == ["Back Squat"]
    assert second["data"]["exercises"]["pageInfo"]["hasNextPage"] is False


async def test_coach_creates_an_exercise(client: Any, settings: Settings) -> None:
    coach = await make_coach(settings)
    exercise_id = uuid.uuid4()

    result = await create(
        client,
        coach,
        id=str(exercise_id),
        name="  Sled Push ",
        muscleGroups=["QUADS", "GLUTES", "QUADS"],
        isPublic=True,
    )

    assert result == {
        "exercise": {
            "id": str(exercise_id),
            "name": "Sled Push",
            "category": "ACCESSORY",
            "muscleGroups": ["QUADS", "GLUTES"],
            "isPublic": True,
            "isSystem": False,
            "createdBy": {"id": str(coach.coach.id), "displayName": "Coach Carter"},
        },
        "errors": [],
    }
    row = await Exercise.get(id=exercise_id)
    assert (row.name, row.muscle_groups, row.created_by_id, row.is_public) == (
        "Sled Push",
        ["quads", "glutes"],
        coach.coach.id,
        True,
    )
    assert await AuditLog.filter(action="create_exercise", entity_id=exercise_id).count() == 1


async def test_create_validation(client: Any, settings: Settings) -> None:
    coach = await make_coach(settings)

    short = await create(client, coach, name="X", muscleGroups=[])
    long = await create(client, coach, name="x" * 101)
    ok_edges = [await create(client, coach, name="xy"), await create(client, coach, name="y" * 100)]

    assert [(e["field"], e["code"]) for e in short["errors"]] == [
        ("name", "TOO_SHORT"),
        ("muscleGroups", "REQUIRED"),
    ]
    assert [(e["field"], e["code"]) for e in long["errors"]] == [("name", "TOO_LONG")]
    assert [r["errors"] for r in ok_edges] == [[], []]
    assert sorted(await Exercise.all().values_list("name", flat=True)) == ["xy", "y" * 100]


async def test_names_are_unique_ignoring_case(client: Any, settings: Settings) -> None:
    coach_a, _, coach_b, _ = await catalogue(settings)

    against_system = await create(client, coach_a, name="back SQUAT")
    against_hidden = await create(client, coach_a, name="b PRIVATE")
    own_duplicate = await create(client, coach_b, name="a public")
    taken_id = await create(client, coach_b, name="Fresh", id=str((await Exercise.get(name="A private")).id))

    for result in (against_system, against_hidden, own_duplicate):
        assert result == {
            "exercise": None,
            "errors": [
                {
                    "field": "name",
                    "code": "ALREADY_EXISTS",
                    "message": "An exercise with this name already exists.",
                }
            ],
        }
    assert [(e["field"], e["code"]) for e in taken_id["errors"]] == [("id", "ALREADY_EXISTS")]
    assert await Exercise.all().count() == 4


async def test_only_coaches_create(client: Any, settings: Settings) -> None:
    coach = await make_coach(settings)
    athlete = await make_athlete(settings, coach)
    admin = await make_admin(settings)

    for caller in (athlete, admin):
        body = await gql(
            client,
            CREATE,
            {"input": {"name": "Nope", "category": "CORE", "muscleGroups": ["CORE"]}},
            token=caller.token,
        )
        assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert await Exercise.all().count() == 0


async def test_owner_updates_their_exercise(client: Any, settings: Settings) -> None:
    coach_a, *_ = await catalogue(settings)
    mine = await Exercise.get(name="A private")

    renamed = await update(
        client,
        coach_a,
        id=str(mine.id),
        name="A Plank",
        category="PLYOMETRIC",
        muscleGroups=["OBLIQUES"],
        isPublic=True,
    )
    recased = await update(client, coach_a, id=str(mine.id), name="A PLANK")
    unchanged = await update(client, coach_a, id=str(mine.id))

    assert renamed == {
        "exercise": {
            "id": str(mine.id),
            "name": "A Plank",
            "category": "PLYOMETRIC",
            "muscleGroups": ["OBLIQUES"],
            "isPublic": True,
        },
        "errors": [],
    }
    assert recased["errors"] == [] and recased["exercise"]["name"] == "A PLANK"
    assert unchanged["exercise"]["name"] == "A PLANK"
    row = await Exercise.get(id=mine.id)
    assert (row.name, row.category, row.muscle_groups, row.is_public) == (
        "A PLANK",
        ExerciseCategory.PLYOMETRIC,
        [MuscleGroup.OBLIQUES.value],
        True,
    )
    assert await AuditLog.filter(action="update_exercise", entity_id=mine.id).count() == 2


async def test_update_refusals_leave_rows_unchanged(client: Any, settings: Settings) -> None:
    coach_a, athlete_a, coach_b, _ = await catalogue(settings)
    system = await Exercise.get(name="Back Squat")
    public_a = await Exercise.get(name="A public")
    private_a = await Exercise.get(name="A private")
    private_b = await Exercise.get(name="B private")
    before = sorted(await Exercise.all().values_list("name", "is_public", "category"))

    read_only = await update(client, coach_a, id=str(system.id), name="My Squat")
    other_public = await update(client, coach_b, id=str(public_a.id), isPublic=False)
    other_private = await update(client, coach_b, id=str(private_a.id), name="Mine now")
    unknown = await update(client, coach_b, id=str(uuid.uuid4()), name="Ghost")
    clash = await update(client, coach_b, id=str(private_b.id), name="back squat")
    invalid = await update(client, coach_b, id=str(private_b.id), name="", muscleGroups=[])
    as_athlete = await gql(
        client,
        UPDATE,
        {"input": {"id": str(private_a.id), "name": "Athlete's"}},
        token=athlete_a.token,
    )

    assert read_only["errors"] == [
        {"field": "id", "code": "READ_ONLY", "message": "System exercises cannot be changed."}
    ]
    for result in (other_public, other_private, unknown):
        assert result["errors"] == [{"field": "id", "code": "NOT_FOUND", "message": "Exercise not found."}]
    assert [(e["field"], e["code"]) for e in clash["errors"]] == [("name", "ALREADY_EXISTS")]
    assert [(e["field"], e["code"]) for e in invalid["errors"]] == [
        ("name", "REQUIRED"),
        ("muscleGroups", "REQUIRED"),
    ]
    assert as_athlete["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert sorted(await Exercise.all().values_list("name", "is_public", "category")) == before
    assert await AuditLog.filter(action="update_exercise").count() == 0


async def test_bad_enum_value_is_bad_user_input(client: Any, settings: Settings) -> None:
    coach = await make_coach(settings)

    body = await gql(
        client,
        CREATE,
        {"input": {"name": "Odd", "category": "DANCE", "muscleGroups": ["EARS"]}},
        token=coach.token,
    )

    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    assert await Exercise.all().count() == 0


async def test_nul_characters_are_refused(client: Any, settings: Settings) -> None:
    coach = await make_coach(settings)

    body = await gql(
        client,
        CREATE,
        {"input": {"name": "Sled\u0000Push", "category": "CORE", "muscleGroups": ["CORE"]}},
        token=coach.token,
    )
    search = await gql(client, EXERCISES, {"search": "a\u0000"}, token=coach.token)

    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    assert search["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    assert await Exercise.all().count() == 0
