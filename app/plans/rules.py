"""The default generator's sessions: next week's plan from the load decision, the phase's focus
and the athlete's availability, every session justified with the numbers it used. Pure."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from app.plans.progression import Decision, RuleParams, decide
from app.plans.schema import SCHEMA_VERSION

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
MIN_MINUTES = 20


@dataclass(frozen=True)
class Kind:
    """A session template: its title, intensity, RPE (for load = RPE x minutes), share weight, zone."""

    title: str
    intensity: str
    rpe: int
    weight: float
    zone: int
    hard: bool = False


KINDS = {
    "long": Kind("Long {m}", "easy", 4, 1.6, 2),
    "easy": Kind("Easy {m}", "easy", 3, 1.0, 2),
    "tempo": Kind("Tempo {m}", "moderate", 6, 1.0, 3, hard=True),
    "intervals": Kind("Intervals ({m})", "hard", 8, 0.9, 4, hard=True),
    "recovery": Kind("Recovery {m}", "recovery", 2, 0.5, 1),
    "strength": Kind("Strength", "moderate", 6, 0.9, 0),
}

# the phase's focus -> the week's sessions, in order of priority (the first n of them are kept)
TEMPLATES = {
    "endurance": ("easy", "long", "strength", "tempo", "easy", "recovery"),
    "strength": ("strength", "easy", "strength", "long", "strength", "recovery"),
    "intensity": ("intervals", "long", "easy", "strength", "tempo", "recovery"),
    "taper": ("easy", "intervals", "recovery", "easy", "tempo", "recovery"),
}
_FOCUS_WORDS = (
    ("taper", ("taper", "fresh")),
    ("intensity", ("peak", "speed", "intensity", "race", "threshold", "specific")),
    ("strength", ("strength", "overload", "hypertrophy", "power")),
)


def focus_category(phase: dict[str, Any] | None) -> str:
    """Which template the current phase asks for, from the words of its name and focus."""
    text = f"{(phase or {}).get('name') or ''} {(phase or {}).get('focus') or ''}".lower()
    for category, words in _FOCUS_WORDS:
        if any(word in text for word in words):
            return category
    return "endurance"


def _kinds(category: str, count: int, decision: Decision, has_exercises: bool) -> list[str]:
    kinds = list(TEMPLATES[category][:count])
    kinds = [k if decision.allow_hard or not KINDS[k].hard else "easy" for k in kinds]
    kinds = [k if has_exercises or k != "strength" else "easy" for k in kinds]
    if "long" in kinds:  # the long session goes on the last available day (the weekend, mostly)
        kinds.remove("long")
        kinds.append("long")
    return kinds


def _prescription(
    kind: str, minutes: int, modality: str, exercises: list[dict[str, Any]], deload: bool
) -> dict[str, Any]:
    if kind == "strength":
        return {
            "exercises": [
                {
                    "exerciseId": e["id"],
                    "sets": 2 if deload else 3,
                    "reps": 5,
                    "intensity": {"type": "rpe", "value": 6 if deload else 7},
                    "restSeconds": 120,
                }
                for e in exercises[:3]
            ]
        }
    return {
        "modality": modality,
        "duration": {"value": minutes, "unit": "minutes"},
        "intensity": {"type": "heart_rate_zone", "zone": KINDS[kind].zone},
    }


def _session(
    kind: str, day: dict[str, Any], week_start: date, share: float, decision: Decision, inputs: dict[str, Any]
) -> dict[str, Any]:
    spec = KINDS[kind]
    modality = inputs["modality"]
    wanted = decision.target * share
    ceiling = min(int(day.get("maxMinutes") or 300), 300)
    minutes = max(MIN_MINUTES, min(ceiling, round(wanted / spec.rpe)))
    planned = float(minutes * spec.rpe)
    numbers = {
        "targetLoad": decision.target,
        "share": round(share, 3),
        "rpe": spec.rpe,
        "minutes": minutes,
        "plannedLoad": planned,
    }
    text = (
        f"{share:.0%} of the week's target load {decision.target:.0f} ({decision.week_type} week) at RPE {spec.rpe}:"
        f" {minutes} min, planned load {planned:.0f}."
    )
    if minutes != round(wanted / spec.rpe):
        text += f" Kept within {MIN_MINUTES}-{ceiling} min (the day's availability)."
        numbers["maxMinutes"] = ceiling
    phase = inputs.get("phase") or {}
    return {
        "key": f"{WEEKDAYS[day['weekday'] - 1]}-{kind}",
        "day": (week_start + timedelta(days=day["weekday"] - 1)).isoformat(),
        "startTime": day.get("startTime") or "07:00",
        "title": spec.title.format(m=modality),
        "sessionType": "strength" if kind == "strength" else "endurance",
        "modality": "strength" if kind == "strength" else modality,
        "durationMinutes": minutes,
        "intensity": spec.intensity,
        "focus": phase.get("focus"),
        "plannedLoad": planned,
        "prescription": _prescription(
            kind, minutes, modality, inputs["exercises"], decision.week_type == "deload"
        ),
        "justification": {"rule": kind, "text": text, "numbers": numbers},
    }


def build_plan(inputs: dict[str, Any], params: RuleParams) -> dict[str, Any]:
    """The WeeklyPlan the rules give for `inputs` (deterministic: the same inputs, the same plan)."""
    decision = decide(inputs, params)
    week_start = date.fromisoformat(inputs["week"]["start"])
    days = sorted(inputs["availability"]["days"], key=lambda d: d["weekday"])[: params.max_sessions]
    category = focus_category(inputs.get("phase"))
    kinds = _kinds(category, len(days), decision, bool(inputs["exercises"]))
    total = sum(KINDS[k].weight for k in kinds) or 1.0
    sessions = [
        _session(kind, day, week_start, KINDS[kind].weight / total, decision, inputs)
        for kind, day in zip(kinds, days, strict=True)
    ]
    phase = inputs.get("phase")
    decision.note(
        "focus",
        f"Phase {phase['name'] if phase else '(none)'}: focus {category!r} gives"
        f" {', '.join(kinds) or 'no sessions'} on {len(days)} available day(s) ({inputs['availability']['source']}).",
        availableDays=len(days),
    )
    return {
        "schemaVersion": SCHEMA_VERSION,
        "weekStart": week_start.isoformat(),
        "weekEnd": (week_start + timedelta(days=6)).isoformat(),
        "weekType": decision.week_type,
        "targetLoad": decision.target,
        "sessions": sessions,
        "justification": decision.steps,
    }
