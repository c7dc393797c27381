"""The exercise catalogue (system, public and coach-owned exercises) and athletes' benchmarks.

Visibility of exercises: system ones (no creator) and public ones are seen by everyone; a
coach's private ones by that coach and their athletes; admins see all. Only the creating
coach changes an exercise; system exercises are read-only.
"""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal, InvalidOperation

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q, Subquery
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from app.athletes.models import AthleteProfile
from app.athletes.service import get_visible_athlete
from app.audit.service import record_action
from app.core.access import NOBODY, athlete_filter
from app.core.actor import Actor
from app.core.errors import Collector, ErrorCode, NotFound, PermissionDenied, ValidationFailed
from app.core.times import local_today
from app.core.validation import text_length
from app.exercises.models import (
    BenchmarkMetric,
    Exercise,
    ExerciseCategory,
    MetricType,
    MuscleGroup,
)

# First key of the advisory lock that serialises creating/renaming exercises with one name.
_NAME_LOCK_CLASS = 0x65786572  # "exer"
# BenchmarkMetric.value is NUMERIC(10, 3).
MAX_BENCHMARK_VALUE = Decimal("9999999.999")


_SHARED = Q(created_by_id__isnull=True) | Q(is_public=True)


def exercises_of_coach(coach_id: uuid.UUID) -> QuerySet[Exercise]:
    """The exercises a coach may use and see: system, public, and their own."""
    return Exercise.filter(_SHARED | Q(created_by_id=coach_id))


def visible_exercises(actor: Actor) -> QuerySet[Exercise]:
    """The exercises `actor` may see: a coach's (`exercises_of_coach`), an athlete's coach's, all for admins."""
    if actor.is_admin:
        return Exercise.all()
    if actor.is_coach:
        return exercises_of_coach(actor.coach_id or NOBODY)
    own_coach = Subquery(AthleteProfile.filter(id=actor.athlete_id or NOBODY).values("coach_id"))
    return Exercise.filter(_SHARED | Q(created_by_id__in=own_coach))


def list_exercises(
    *, actor: Actor, search: str | None = None, category: ExerciseCategory | None = None
) -> QuerySet[Exercise]:
    """The visible exercises, optionally filtered by a name substring (any case) and a category."""
    query = visible_exercises(actor)
    if search and search.strip():
        query = query.filter(name__icontains=search.strip())
    if category is not None:
        query = query.filter(category=category)
    return query


async def get_exercise(*, actor: Actor, exercise_id: uuid.UUID) -> Exercise | None:
    """One visible exercise, or None."""
    return await visible_exercises(actor).filter(id=exercise_id).first()


def _muscle_groups(values: list[MuscleGroup] | None, collector: Collector) -> list[str]:
    if not values:
        collector.add("muscleGroups", ErrorCode.REQUIRED, "Give at least one muscle group.")
        return []
    return list(dict.fromkeys(MuscleGroup(v).value for v in values))


async def _lock_and_check_name(
    conn: BaseDBAsyncClient, name: str, *, exclude_id: uuid.UUID | None = None
) -> None:
    """Serialise writers of this name (any case); refuse it when another exercise has it."""
    await conn.execute_query(
        "SELECT pg_advisory_xact_lock($1, hashtext(upper($2)))", [_NAME_LOCK_CLASS, name]
    )
    clash = Exercise.filter(name__iexact=name)
    if exclude_id is not None:
        clash = clash.exclude(id=exclude_id)
    if await clash.exists():
        raise ValidationFailed.one(
            "name", ErrorCode.ALREADY_EXISTS, "An exercise with this name already exists."
        )


def _require_coach(actor: Actor) -> uuid.UUID:
    if not actor.is_coach or actor.coach_id is None:
        raise PermissionDenied("Only coaches create and edit exercises.")
    return actor.coach_id


async def create_exercise(
    *,
    actor: Actor,
    name: str,
    category: ExerciseCategory,
    muscle_groups: list[MuscleGroup],
    is_public: bool = False,
    exercise_id: uuid.UUID | None = None,
) -> Exercise:
    """Add a coach's own exercise to the catalogue (private unless `is_public`)."""
    coach_id = _require_coach(actor)
    errors = Collector()
    clean_name = text_length(name, errors, "name", min_length=2, max_length=100)
    groups = _muscle_groups(muscle_groups, errors)
    errors.raise_if_any()
    assert clean_name is not None
    try:
        async with in_transaction() as conn:
            if exercise_id is not None and await Exercise.filter(id=exercise_id).exists():
                raise ValidationFailed.one("id", ErrorCode.ALREADY_EXISTS, "This id is already taken.")
            await _lock_and_check_name(conn, clean_name)
            exercise = await Exercise.create(
                id=exercise_id or uuid.uuid4(),
                name=clean_name,
                category=ExerciseCategory(category),
                muscle_groups=groups,
                created_by_id=coach_id,
                is_public=is_public,
            )
            await record_action(actor, "create_exercise", "exercise", exercise.id)
    except IntegrityError as exc:  # a concurrent insert with the same id or name won
        raise ValidationFailed.one(
            "name", ErrorCode.ALREADY_EXISTS, "An exercise with this name already exists."
        ) from exc
    return exercise


async def update_exercise(
    *,
    actor: Actor,
    exercise_id: uuid.UUID,
    name: str | None = None,
    category: ExerciseCategory | None = None,
    muscle_groups: list[MuscleGroup] | None = None,
    is_public: bool | None = None,
) -> Exercise:
    """Change a coach's own exercise; fields left None stay as they are."""
    coach_id = _require_coach(actor)
    errors = Collector()
    clean_name = text_length(name, errors, "name", min_length=2, max_length=100, required=False)
    groups = _muscle_groups(muscle_groups, errors) if muscle_groups is not None else None
    errors.raise_if_any()
    try:
        async with in_transaction() as conn:
            exercise = await visible_exercises(actor).filter(id=exercise_id).select_for_update().first()
            if exercise is None:
                raise ValidationFailed.one("id", ErrorCode.NOT_FOUND, "Exercise not found.")
            if exercise.created_by_id is None:
                raise ValidationFailed.one("id", ErrorCode.READ_ONLY, "System exercises cannot be changed.")
            if exercise.created_by_id != coach_id:
                # another coach's public exercise: visible, but not theirs to change
                raise ValidationFailed.one("id", ErrorCode.NOT_FOUND, "Exercise not found.")
            changed: list[str] = []
            if clean_name is not None and clean_name != exercise.name:
                await _lock_and_check_name(conn, clean_name, exclude_id=exercise.id)
                exercise.name = clean_name
                changed.append("name")
            if category is not None and category != exercise.category:
                exercise.category = ExerciseCategory(category)
                changed.append("category")
            if groups is not None and groups != exercise.muscle_groups:
                exercise.muscle_groups = groups
                changed.append("muscle_groups")
            if is_public is not None and is_public != exercise.is_public:
                exercise.is_public = is_public
                changed.append("is_public")
            if changed:
                await exercise.save(update_fields=[*changed, "updated_at"])
                await record_action(actor, "update_exercise", "exercise", exercise.id, fields=changed)
    except IntegrityError as exc:  # a concurrent rename to the same exact name won
        raise ValidationFailed.one(
            "name", ErrorCode.ALREADY_EXISTS, "An exercise with this name already exists."
        ) from exc
    return exercise


def _benchmark_value(value: float | Decimal, collector: Collector) -> Decimal:
    try:
        amount = Decimal(str(value))
    except (InvalidOperation, ValueError):
        collector.add("value", ErrorCode.INVALID, "Not a number.")
        return Decimal(0)
    if not amount.is_finite():
        collector.add("value", ErrorCode.INVALID, "Not a number.")
        return Decimal(0)
    # both bounds are checked before rounding: quantize() fails outright on values this far out
    # of NUMERIC(10, 3)'s range, on either side of zero (1e300 and -1e300 alike)
    if amount <= 0:
        collector.add("value", ErrorCode.OUT_OF_RANGE, "Must be greater than 0.")
        return Decimal(0)
    if amount > MAX_BENCHMARK_VALUE:
        collector.add("value", ErrorCode.OUT_OF_RANGE, f"Must be at most {MAX_BENCHMARK_VALUE}.")
        return Decimal(0)
    amount = amount.quantize(Decimal("0.001"))
    if amount <= 0:  # positive, but below the 0.001 the column keeps
        collector.add("value", ErrorCode.OUT_OF_RANGE, "Must be greater than 0.")
    return amount


async def record_benchmark(
    *,
    actor: Actor,
    athlete_id: uuid.UUID,
    metric_type: MetricType,
    value: float | Decimal,
    unit: str,
    established_at: date,
    exercise_id: uuid.UUID | None = None,
    benchmark_id: uuid.UUID | None = None,
) -> BenchmarkMetric:
    """Add a benchmark to an athlete's history (their coach, an admin, or the athlete)."""
    metric_type = MetricType(metric_type)
    errors = Collector()
    amount = _benchmark_value(value, errors)
    clean_unit = text_length(unit, errors, "unit", min_length=1, max_length=20)
    if metric_type is MetricType.ONE_RM and exercise_id is None:
        errors.add("exerciseId", ErrorCode.REQUIRED, "A 1RM benchmark needs the exercise it was lifted on.")
    if metric_type is not MetricType.ONE_RM and exercise_id is not None:
        errors.add("exerciseId", ErrorCode.INVALID, "Only 1RM benchmarks refer to an exercise.")
    async with in_transaction():
        try:
            athlete = await get_visible_athlete(actor, athlete_id)
        except NotFound as exc:
            raise ValidationFailed.one("athleteId", ErrorCode.NOT_FOUND, "Athlete not found.") from exc
        if established_at > local_today(athlete.timezone):
            errors.add("establishedAt", ErrorCode.OUT_OF_RANGE, "Cannot be in the future.")
        if exercise_id is not None and metric_type is MetricType.ONE_RM:
            if not await visible_exercises(actor).filter(id=exercise_id).exists():
                errors.add("exerciseId", ErrorCode.NOT_FOUND, "Exercise not found.")
        if benchmark_id is not None and await BenchmarkMetric.filter(id=benchmark_id).exists():
            errors.add("id", ErrorCode.ALREADY_EXISTS, "This id is already taken.")
        errors.raise_if_any()
        benchmark = await BenchmarkMetric.create(
            id=benchmark_id or uuid.uuid4(),
            athlete_id=athlete.id,
            metric_type=metric_type.value,
            value=amount,
            unit=clean_unit,
            exercise_id=exercise_id,
            established_at=established_at,
        )
        await record_action(
            actor,
            "record_benchmark",
            "benchmark_metric",
            benchmark.id,
            athlete=str(athlete.id),
            metric_type=metric_type.value,
        )
    return benchmark


def list_benchmarks(
    *, actor: Actor, athlete_id: uuid.UUID | None = None, metric_type: MetricType | None = None
) -> QuerySet[BenchmarkMetric]:
    """Benchmarks visible to the caller, optionally of one athlete and of one metric type."""
    query = BenchmarkMetric.filter(**athlete_filter(actor))
    if athlete_id is not None:
        query = query.filter(athlete_id=athlete_id)
    if metric_type is not None:
        query = query.filter(metric_type=MetricType(metric_type).value)
    return query
