"""The system exercise catalogue: complete, stable ids, idempotent, never touching coach rows."""

from __future__ import annotations

import uuid
from typing import Any

from app.exercises.catalog import (
    SYSTEM_EXERCISE_IDS,
    SYSTEM_EXERCISE_NAMESPACE,
    SYSTEM_EXERCISES,
    ensure_system_exercises,
    system_exercise_id,
)
from app.exercises.models import Exercise, ExerciseCategory, MuscleGroup
from app.settings import Settings
from tests.helpers import make_coach


async def _snapshot() -> list[tuple[Any, ...]]:
    return [
        (
            e.id,
            e.name,
            e.category,
            list(e.muscle_groups),
            e.created_by_id,
            e.is_public,
            e.updated_at,
        )
        for e in await Exercise.all().order_by("name")
    ]


async def test_seeding_an_empty_catalogue_inserts_every_system_exercise() -> None:
    # given an empty exercise table
    assert await Exercise.all().count() == 0

    # when the catalogue is seeded
    inserted = await ensure_system_exercises()

    # then every system exercise is there: 50+, public, without creator, with its stable id
    assert inserted == len(SYSTEM_EXERCISES)
    assert inserted >= 50
    rows = await Exercise.all()
    assert len(rows) == inserted
    assert {r.category for r in rows} == set(ExerciseCategory)
    by_name = {r.name: r for r in rows}
    for spec in SYSTEM_EXERCISES:
        row = by_name[spec.name]
        assert row.id == uuid.uuid5(SYSTEM_EXERCISE_NAMESPACE, spec.name)
        assert row.created_by_id is None
        assert row.is_public is True
        assert row.category == spec.category
        assert row.muscle_groups == [m.value for m in spec.muscle_groups]
        assert row.muscle_groups, spec.name
        assert all(MuscleGroup(m) for m in row.muscle_groups)
        assert len(set(row.muscle_groups)) == len(row.muscle_groups)


async def test_every_category_has_several_exercises_and_names_are_unique_ignoring_case() -> None:
    counts = {c: sum(1 for x in SYSTEM_EXERCISES if x.category is c) for c in ExerciseCategory}
    assert min(counts.values()) >= 5, counts
    names = [x.name.lower() for x in SYSTEM_EXERCISES]
    assert len(names) == len(set(names))
    assert all(2 <= len(x.name) <= 100 for x in SYSTEM_EXERCISES)
    assert {
        "Back Squat",
        "Deadlift",
        "Bench Press",
        "Overhead Press",
        "Pull-Up",
        "Barbell Row",
    } <= set(SYSTEM_EXERCISE_IDS)


async def test_system_exercise_ids_are_stable_across_installations() -> None:
    # The ids are part of the public contract: clients and demo data hard-code them.
    assert SYSTEM_EXERCISE_NAMESPACE == uuid.UUID("6f1c2a8e-4d3b-5e7f-9a10-c0ac4c9a7b01")
    assert system_exercise_id("Back Squat") == uuid.UUID("d9c89f21-c1a1-5ace-8d35-522cfe84f8bd")
    assert system_exercise_id("Deadlift") == uuid.UUID("ef08ec54-3371-5bdb-9b1a-ddef37f7aba0")
    assert system_exercise_id("Bench Press") == uuid.UUID("a75cf4c2-bd36-53a6-86d5-555801710c13")
    assert system_exercise_id("Back Squat") == SYSTEM_EXERCISE_IDS["Back Squat"]
    assert system_exercise_id("Back Squat").version == 5
    await ensure_system_exercises()
    squat = await Exercise.get(name="Back Squat")
    assert squat.id == system_exercise_id("Back Squat")


async def test_seeding_twice_inserts_nothing_and_changes_nothing() -> None:
    # given a seeded catalogue
    await ensure_system_exercises()
    before = await _snapshot()

    # when it is seeded again
    inserted = await ensure_system_exercises()

    # then nothing was inserted or modified
    assert inserted == 0
    assert await _snapshot() == before


async def test_seeding_restores_only_the_missing_system_exercises() -> None:
    # given a catalogue where two system exercises were removed
    await ensure_system_exercises()
    await Exercise.filter(name__in=["Deadlift", "Plank"]).delete()
    kept = await _snapshot()

    # when it is seeded again
    inserted = await ensure_system_exercises()

    # then exactly those two come back, with their stable ids, and the others are untouched
    assert inserted == 2
    after = await _snapshot()
    assert [row for row in after if row[1] not in {"Deadlift", "Plank"}] == kept
    restored = {e.name: e.id for e in await Exercise.filter(name__in=["Deadlift", "Plank"])}
    assert restored == {
        "Deadlift": system_exercise_id("Deadlift"),
        "Plank": system_exercise_id("Plank"),
    }


async def test_seeding_never_touches_or_duplicates_coach_owned_exercises(
    settings: Settings,
) -> None:
    # given a coach who created "back squat" (same name, other case) and a custom exercise
    coach = await make_coach(settings)
    own_squat = await Exercise.create(
        name="back squat",
        category=ExerciseCategory.SQUAT,
        muscle_groups=["quads"],
        created_by_id=coach.coach.id,
    )
    sled = await Exercise.create(
        name="Sled Push",
        category=ExerciseCategory.ACCESSORY,
        muscle_groups=["full_body"],
        created_by_id=coach.coach.id,
        is_public=True,
    )
    before = {
        (
            e.id,
            e.name,
            e.category,
            tuple(e.muscle_groups),
            e.created_by_id,
            e.is_public,
            e.updated_at,
        )
        for e in await Exercise.filter(created_by_id=coach.coach.id)
    }

    # when the catalogue is seeded
    inserted = await ensure_system_exercises()

    # then the coach's rows are unchanged, and no second "Back Squat" was created
    assert inserted == len(SYSTEM_EXERCISES) - 1
    after = {
        (
            e.id,
            e.name,
            e.category,
            tuple(e.muscle_groups),
            e.created_by_id,
            e.is_public,
            e.updated_at,
        )
        for e in await Exercise.filter(created_by_id=coach.coach.id)
    }
    assert after == before
    assert {e.id for e in await Exercise.filter(created_by_id=coach.coach.id)} == {
        own_squat.id,
        sled.id,
    }
    assert not await Exercise.filter(id=system_exercise_id("Back Squat")).exists()
    assert await Exercise.filter(created_by_id=None).count() == len(SYSTEM_EXERCISES) - 1
    assert await Exercise.all().count() == len(SYSTEM_EXERCISES) + 1
