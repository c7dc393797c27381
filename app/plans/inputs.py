"""What a plan generation reads: the athlete's phase, load, weekly loads, readiness, feedback,
usual modality, exercises and availability, gathered into one JSON-ready document (recorded on
the run, hashed for the cache). Reads only what the caller may see: the athlete was checked."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from app.analytics.models import DailyReadiness, DailyTrainingLoad
from app.athletes.models import AthleteProfile
from app.core.times import local_date, local_day_bounds, week_of
from app.exercises.catalog import SYSTEM_EXERCISE_IDS
from app.exercises.service import exercises_of_coach
from app.logs.models import SessionFeedback
from app.plans.progression import RuleParams
from app.programs.models import ProgramPhase, ProgramStatus, SessionType, TrainingProgram, TrainingSession

HISTORY_WEEKS = 6
READINESS_DAYS = 7
FEEDBACK_DAYS = 14
HABIT_DAYS = 28
FALLBACK_LIFTS = ("Back Squat", "Deadlift", "Bench Press")
DEFAULT_DAYS = ((1, "07:00", 90), (3, "07:00", 90), (5, "07:00", 90), (6, "08:00", 150))


async def _phase(athlete: AthleteProfile, monday: date) -> dict[str, Any] | None:
    program = await TrainingProgram.filter(athlete_id=athlete.id, status=ProgramStatus.CURRENT).first()
    if program is None:
        return None
    phase = (
        await ProgramPhase.filter(
            program_id=program.id, start_date__lte=monday + timedelta(days=6), end_date__gte=monday
        )
        .order_by("start_date")
        .first()
    )
    if phase is None:
        return None
    return {
        "programId": str(program.id),
        "name": phase.name,
        "focus": phase.focus,
        "weekInPhase": max(1, (monday - phase.start_date).days // 7 + 1),
    }


async def _load(athlete: AthleteProfile, until: date) -> dict[str, Any] | None:
    row = await DailyTrainingLoad.filter(athlete_id=athlete.id, day__lte=until).order_by("-day").first()
    if row is None:
        return None
    return {
        "asOf": row.day.isoformat(),
        "acute": row.acute,
        "chronic": row.chronic,
        "acwr": row.acwr,
        "acwrZone": row.acwr_zone.value if row.acwr_zone else None,
        "fitness": round(row.tp_fitness, 2),
        "fatigue": round(row.tp_fatigue, 2),
        "rampRate": row.tp_ramp,
    }


async def _weekly_loads(athlete: AthleteProfile, this_monday: date) -> list[dict[str, Any]]:
    """The complete weeks before `this_monday`, oldest first, with their summed daily load."""
    first = this_monday - timedelta(weeks=HISTORY_WEEKS)
    rows = await DailyTrainingLoad.filter(
        athlete_id=athlete.id, day__gte=first, day__lt=this_monday
    ).values_list("day", "load")
    sums: dict[date, float] = {first + timedelta(weeks=i): 0.0 for i in range(HISTORY_WEEKS)}
    for day, load in rows:
        sums[week_of(day)[0]] += load
    if not rows:
        return []
    oldest = week_of(min(day for day, _ in rows))[0]
    return [{"weekStart": m.isoformat(), "load": round(v, 1)} for m, v in sorted(sums.items()) if m >= oldest]


async def _readiness(athlete: AthleteProfile, today: date) -> list[dict[str, Any]]:
    rows = await DailyReadiness.filter(
        athlete_id=athlete.id, day__gt=today - timedelta(days=READINESS_DAYS), day__lte=today
    ).order_by("day")
    return [
        {
            "day": r.day.isoformat(),
            "score": r.score,
            "recommendation": r.recommendation.value if r.recommendation else None,
        }
        for r in rows
    ]


async def _feedback(athlete: AthleteProfile, now: datetime) -> dict[str, Any]:
    types = await SessionFeedback.filter(
        athlete_id=athlete.id, submitted_at__gte=now - timedelta(days=FEEDBACK_DAYS), submitted_at__lte=now
    ).values_list("feedback_type", flat=True)
    counts = Counter(str(getattr(t, "value", t)) for t in types)
    return {"days": FEEDBACK_DAYS, **{k: counts.get(k, 0) for k in ("done", "skipped", "hard", "pain")}}


async def _recent_sessions(athlete: AthleteProfile, today: date) -> list[TrainingSession]:
    start, end = local_day_bounds(athlete.timezone, today - timedelta(days=HABIT_DAYS), today)
    return await TrainingSession.filter(
        athlete_id=athlete.id, scheduled_at__gte=start, scheduled_at__lt=end
    ).order_by("scheduled_at")


def _availability(
    athlete: AthleteProfile, sessions: list[TrainingSession], given: list[dict[str, Any]] | None
) -> dict[str, Any]:
    if given:
        return {"source": "input", "days": sorted(given, key=lambda d: d["weekday"])}
    times: dict[int, Counter[str]] = {}
    longest: dict[int, int] = {}
    for s in sessions:
        local = s.scheduled_at.astimezone(ZoneInfo(athlete.timezone))
        weekday = local.isoweekday()
        times.setdefault(weekday, Counter())[local.strftime("%H:%M")] += 1
        longest[weekday] = max(longest.get(weekday, 0), s.duration_minutes or 60)
    if times:
        days = [
            {"weekday": d, "startTime": c.most_common(1)[0][0], "maxMinutes": max(60, longest[d])}
            for d, c in sorted(times.items())
        ]
        return {"source": "history", "days": days}
    return {
        "source": "default",
        "days": [{"weekday": d, "startTime": t, "maxMinutes": m} for d, t, m in DEFAULT_DAYS],
    }


async def _exercises(athlete: AthleteProfile, sessions: list[TrainingSession]) -> list[dict[str, Any]]:
    wanted: list[str] = []
    for s in sessions:
        if s.session_type is SessionType.STRENGTH:
            for item in (s.prescription or {}).get("exercises", []):
                if (
                    isinstance(item, dict)
                    and isinstance(item.get("exerciseId"), str)
                    and item["exerciseId"] not in wanted
                ):
                    wanted.append(item["exerciseId"])
    if not wanted:
        wanted = [str(SYSTEM_EXERCISE_IDS[name]) for name in FALLBACK_LIFTS if name in SYSTEM_EXERCISE_IDS]
    usable = await exercises_of_coach(athlete.coach_id).filter(id__in=wanted).values_list("id", "name")
    names = {str(i): n for i, n in usable}
    return [{"id": i, "name": names[i]} for i in wanted if i in names][:3]


async def gather(
    athlete: AthleteProfile,
    monday: date,
    now: datetime,
    params: RuleParams,
    availability: list[dict[str, Any]] | None,
) -> dict[str, Any]:
    """The inputs of a generation for `athlete`'s week starting `monday`, as of `now`."""
    today = local_date(now, athlete.timezone)
    this_monday = week_of(today)[0]
    sessions = await _recent_sessions(athlete, today)
    endurance = Counter(s.modality.value for s in sessions if s.session_type is SessionType.ENDURANCE)
    return {
        "athlete": {
            "id": str(athlete.id),
            "timezone": athlete.timezone,
            "primaryGoal": athlete.primary_goal.value,
        },
        "week": {"start": monday.isoformat(), "end": (monday + timedelta(days=6)).isoformat()},
        "phase": await _phase(athlete, monday),
        "availability": _availability(athlete, sessions, availability),
        "load": await _load(athlete, min(today, monday - timedelta(days=1))),
        "weeklyLoads": await _weekly_loads(athlete, min(this_monday, monday)),
        "readiness": await _readiness(athlete, min(today, monday - timedelta(days=1))),
        "feedback": await _feedback(athlete, now),
        "modality": endurance.most_common(1)[0][0] if endurance else "run",
        "exercises": await _exercises(athlete, sessions),
        "rules": params.as_dict(),
    }
