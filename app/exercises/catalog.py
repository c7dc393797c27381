"""The system exercise catalogue (seed 004: 50+ common exercises, read-only, public).

System exercises have no creator (`created_by` is null), are public, and carry stable ids:
`uuid5(SYSTEM_EXERCISE_NAMESPACE, name)`, so clients, prescriptions and the demo data can
refer to "Back Squat" by the same id on every installation.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import cast

from tortoise.functions import Lower
from tortoise.transactions import in_transaction

from app.exercises.models import Exercise, ExerciseCategory, MuscleGroup

# Fixed forever: changing it would change every system exercise id.
SYSTEM_EXERCISE_NAMESPACE = uuid.UUID("6f1c2a8e-4d3b-5e7f-9a10-c0ac4c9a7b01")

# Serialises concurrent seeding (several server processes starting at once).
_SEED_LOCK_KEY = 0x636F_6163_6867_7268  # "coachgrh" as a bigint

_C = ExerciseCategory
_M = MuscleGroup


@dataclass(frozen=True)
class SystemExercise:
    """One catalogue entry: its name, movement category and the muscles it trains."""

    name: str
    category: ExerciseCategory
    muscle_groups: tuple[MuscleGroup, ...]

    @property
    def id(self) -> uuid.UUID:
        return system_exercise_id(self.name)


def system_exercise_id(name: str) -> uuid.UUID:
    """The stable id of the system exercise called `name`."""
    return uuid.uuid5(SYSTEM_EXERCISE_NAMESPACE, name)


def _x(name: str, category: ExerciseCategory, *muscles: MuscleGroup) -> SystemExercise:
    return SystemExercise(name, category, muscles)


SYSTEM_EXERCISES: tuple[SystemExercise, ...] = (
    # squat: knee-dominant lower body
    _x("Back Squat", _C.SQUAT, _M.QUADS, _M.GLUTES, _M.ADDUCTORS, _M.LOWER_BACK),
    _x("Front Squat", _C.SQUAT, _M.QUADS, _M.GLUTES, _M.UPPER_BACK, _M.CORE),
    _x("Goblet Squat", _C.SQUAT, _M.QUADS, _M.GLUTES, _M.CORE),
    _x("Box Squat", _C.SQUAT, _M.QUADS, _M.GLUTES, _M.HAMSTRINGS),
    _x("Overhead Squat", _C.SQUAT, _M.QUADS, _M.GLUTES, _M.SHOULDERS, _M.CORE),
    _x("Hack Squat", _C.SQUAT, _M.QUADS, _M.GLUTES),
    _x("Leg Press", _C.SQUAT, _M.QUADS, _M.GLUTES, _M.ADDUCTORS),
    _x("Bulgarian Split Squat", _C.SQUAT, _M.QUADS, _M.GLUTES, _M.ADDUCTORS),
    _x("Walking Lunge", _C.SQUAT, _M.QUADS, _M.GLUTES, _M.HAMSTRINGS),
    _x("Reverse Lunge", _C.SQUAT, _M.QUADS, _M.GLUTES),
    _x("Step-Up", _C.SQUAT, _M.QUADS, _M.GLUTES, _M.CALVES),
    _x("Pistol Squat", _C.SQUAT, _M.QUADS, _M.GLUTES, _M.CORE),
    # hinge: hip-dominant lower body and the Olympic pulls
    _x("Deadlift", _C.HINGE, _M.HAMSTRINGS, _M.GLUTES, _M.LOWER_BACK, _M.TRAPS, _M.FOREARMS),
    _x("Sumo Deadlift", _C.HINGE, _M.GLUTES, _M.ADDUCTORS, _M.HAMSTRINGS, _M.QUADS),
    _x("Trap Bar Deadlift", _C.HINGE, _M.QUADS, _M.GLUTES, _M.HAMSTRINGS, _M.TRAPS),
    _x("Romanian Deadlift", _C.HINGE, _M.HAMSTRINGS, _M.GLUTES, _M.LOWER_BACK),
    _x("Single-Leg Romanian Deadlift", _C.HINGE, _M.HAMSTRINGS, _M.GLUTES, _M.CORE),
    _x("Good Morning", _C.HINGE, _M.HAMSTRINGS, _M.LOWER_BACK, _M.GLUTES),
    _x("Barbell Hip Thrust", _C.HINGE, _M.GLUTES, _M.HAMSTRINGS),
    _x("Glute Bridge", _C.HINGE, _M.GLUTES, _M.HAMSTRINGS),
    _x("Kettlebell Swing", _C.HINGE, _M.GLUTES, _M.HAMSTRINGS, _M.LOWER_BACK, _M.FULL_BODY),
    _x("Back Extension", _C.HINGE, _M.LOWER_BACK, _M.GLUTES, _M.HAMSTRINGS),
    _x("Power Clean", _C.HINGE, _M.FULL_BODY, _M.HAMSTRINGS, _M.GLUTES, _M.TRAPS),
    _x("Hang Clean", _C.HINGE, _M.FULL_BODY, _M.GLUTES, _M.TRAPS),
    _x("Snatch", _C.HINGE, _M.FULL_BODY, _M.SHOULDERS, _M.GLUTES, _M.TRAPS),
    # press: horizontal and vertical pushing
    _x("Bench Press", _C.PRESS, _M.CHEST, _M.TRICEPS, _M.SHOULDERS),
    _x("Incline Bench Press", _C.PRESS, _M.CHEST, _M.SHOULDERS, _M.TRICEPS),
    _x("Close-Grip Bench Press", _C.PRESS, _M.TRICEPS, _M.CHEST, _M.SHOULDERS),
    _x("Dumbbell Bench Press", _C.PRESS, _M.CHEST, _M.TRICEPS, _M.SHOULDERS),
    _x("Overhead Press", _C.PRESS, _M.SHOULDERS, _M.TRICEPS, _M.UPPER_BACK, _M.CORE),
    _x("Push Press", _C.PRESS, _M.SHOULDERS, _M.TRICEPS, _M.QUADS, _M.FULL_BODY),
    _x("Seated Dumbbell Shoulder Press", _C.PRESS, _M.SHOULDERS, _M.TRICEPS),
    _x("Landmine Press", _C.PRESS, _M.SHOULDERS, _M.CHEST, _M.CORE),
    _x("Push-Up", _C.PRESS, _M.CHEST, _M.TRICEPS, _M.SHOULDERS, _M.CORE),
    _x("Dip", _C.PRESS, _M.TRICEPS, _M.CHEST, _M.SHOULDERS),
    # pull: horizontal and vertical pulling
    _x("Pull-Up", _C.PULL, _M.LATS, _M.BICEPS, _M.UPPER_BACK),
    _x("Chin-Up", _C.PULL, _M.LATS, _M.BICEPS, _M.UPPER_BACK),
    _x("Lat Pulldown", _C.PULL, _M.LATS, _M.BICEPS),
    _x("Barbell Row", _C.PULL, _M.UPPER_BACK, _M.LATS, _M.BICEPS, _M.LOWER_BACK),
    _x("Pendlay Row", _C.PULL, _M.UPPER_BACK, _M.LATS, _M.LOWER_BACK),
    _x("Dumbbell Row", _C.PULL, _M.LATS, _M.UPPER_BACK, _M.BICEPS),
    _x("Seated Cable Row", _C.PULL, _M.UPPER_BACK, _M.LATS, _M.BICEPS),
    _x("Chest-Supported Row", _C.PULL, _M.UPPER_BACK, _M.LATS),
    _x("Inverted Row", _C.PULL, _M.UPPER_BACK, _M.LATS, _M.BICEPS, _M.CORE),
    _x("Face Pull", _C.PULL, _M.SHOULDERS, _M.UPPER_BACK, _M.TRAPS),
    # accessory: isolation and loaded carries
    _x("Dumbbell Biceps Curl", _C.ACCESSORY, _M.BICEPS, _M.FOREARMS),
    _x("Hammer Curl", _C.ACCESSORY, _M.BICEPS, _M.FOREARMS),
    _x("Triceps Pushdown", _C.ACCESSORY, _M.TRICEPS),
    _x("Skull Crusher", _C.ACCESSORY, _M.TRICEPS),
    _x("Lateral Raise", _C.ACCESSORY, _M.SHOULDERS),
    _x("Rear Delt Fly", _C.ACCESSORY, _M.SHOULDERS, _M.UPPER_BACK),
    _x("Barbell Shrug", _C.ACCESSORY, _M.TRAPS, _M.FOREARMS),
    _x("Leg Extension", _C.ACCESSORY, _M.QUADS),
    _x("Lying Leg Curl", _C.ACCESSORY, _M.HAMSTRINGS),
    _x("Nordic Hamstring Curl", _C.ACCESSORY, _M.HAMSTRINGS),
    _x("Standing Calf Raise", _C.ACCESSORY, _M.CALVES),
    _x("Copenhagen Plank", _C.ACCESSORY, _M.ADDUCTORS, _M.OBLIQUES),
    _x("Farmer's Carry", _C.ACCESSORY, _M.FOREARMS, _M.TRAPS, _M.CORE, _M.FULL_BODY),
    # core: trunk stability and flexion
    _x("Plank", _C.CORE, _M.CORE, _M.SHOULDERS),
    _x("Side Plank", _C.CORE, _M.OBLIQUES, _M.CORE),
    _x("Dead Bug", _C.CORE, _M.CORE, _M.HIP_FLEXORS),
    _x("Bird Dog", _C.CORE, _M.CORE, _M.LOWER_BACK, _M.GLUTES),
    _x("Hollow Body Hold", _C.CORE, _M.CORE, _M.HIP_FLEXORS),
    _x("Hanging Leg Raise", _C.CORE, _M.CORE, _M.HIP_FLEXORS, _M.FOREARMS),
    _x("Ab Wheel Rollout", _C.CORE, _M.CORE, _M.LATS, _M.SHOULDERS),
    _x("Pallof Press", _C.CORE, _M.OBLIQUES, _M.CORE),
    _x("Russian Twist", _C.CORE, _M.OBLIQUES, _M.CORE),
    _x("Cable Woodchop", _C.CORE, _M.OBLIQUES, _M.CORE, _M.SHOULDERS),
    # plyometric: jumps, bounds and throws
    _x("Box Jump", _C.PLYOMETRIC, _M.QUADS, _M.GLUTES, _M.CALVES),
    _x("Broad Jump", _C.PLYOMETRIC, _M.GLUTES, _M.QUADS, _M.HAMSTRINGS),
    _x("Depth Jump", _C.PLYOMETRIC, _M.QUADS, _M.CALVES, _M.GLUTES),
    _x("Jump Squat", _C.PLYOMETRIC, _M.QUADS, _M.GLUTES, _M.CALVES),
    _x("Split Jump", _C.PLYOMETRIC, _M.QUADS, _M.GLUTES),
    _x("Tuck Jump", _C.PLYOMETRIC, _M.QUADS, _M.CALVES, _M.HIP_FLEXORS),
    _x("Lateral Bound", _C.PLYOMETRIC, _M.GLUTES, _M.ADDUCTORS, _M.CALVES),
    _x("Pogo Hops", _C.PLYOMETRIC, _M.CALVES),
    _x("Medicine Ball Slam", _C.PLYOMETRIC, _M.FULL_BODY, _M.LATS, _M.CORE),
    _x("Medicine Ball Chest Pass", _C.PLYOMETRIC, _M.CHEST, _M.TRICEPS, _M.SHOULDERS),
    _x("Plyometric Push-Up", _C.PLYOMETRIC, _M.CHEST, _M.TRICEPS, _M.SHOULDERS),
)

SYSTEM_EXERCISE_IDS: dict[str, uuid.UUID] = {x.name: x.id for x in SYSTEM_EXERCISES}


async def ensure_system_exercises() -> int:
    """Insert the system exercises that are missing (by name); returns how many were inserted.

    Idempotent and safe to run from several processes at once. Rows that already exist
    (system or coach-owned, matched by case-insensitive name or by id) are left exactly as they are.
    """
    async with in_transaction() as conn:
        await conn.execute_query("SELECT pg_advisory_xact_lock($1)", [_SEED_LOCK_KEY])
        ids = list(SYSTEM_EXERCISE_IDS.values())
        names = list(SYSTEM_EXERCISE_IDS)
        # Names are unique case-insensitively (index on lower(name)).
        # (`values_list(<one field>, flat=True)` gives bare values; Tortoise types them as tuples.)
        taken_names = {
            name.lower()
            for name in cast(
                "list[str]",
                await Exercise.annotate(lower_name=Lower("name"))
                .filter(lower_name__in=[n.lower() for n in names])
                .using_db(conn)
                .values_list("name", flat=True),
            )
        }
        taken_ids = set(await Exercise.filter(id__in=ids).using_db(conn).values_list("id", flat=True))
        missing = [
            Exercise(
                id=x.id,
                name=x.name,
                category=x.category,
                muscle_groups=[m.value for m in x.muscle_groups],
                created_by=None,
                is_public=True,
            )
            for x in SYSTEM_EXERCISES
            if x.name.lower() not in taken_names and x.id not in taken_ids
        ]
        if missing:
            await Exercise.bulk_create(missing, using_db=conn)
        return len(missing)


__all__ = [
    "SYSTEM_EXERCISES",
    "SYSTEM_EXERCISE_IDS",
    "SYSTEM_EXERCISE_NAMESPACE",
    "SystemExercise",
    "ensure_system_exercises",
    "system_exercise_id",
]
