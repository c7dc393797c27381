"""The findings of the weekly summary: fatigue analysis, patterns and suggestions, each with the
numbers and the rule behind it (the rules and their sources are listed in weekly.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.analytics.acwr import AcwrZone
from app.analytics.readiness_params import FeedbackKind
from app.analytics.weekly import (
    DEEP_FATIGUE,
    DISCLAIMER,
    HARD_RPE,
    HIGH_MONOTONY,
    LOW_ADHERENCE,
    SPIKE,
    VERY_FRESH,
    Week,
    adherence,
    flag_days,
    last_day,
    volume_of,
    week_load,
    zone_text,
)


@dataclass(frozen=True)
class Finding:
    """A pattern or a suggestion: a code, its text and why."""

    code: str
    text: str
    reasoning: str

    def as_pattern(self) -> dict[str, str]:
        return {"code": self.code, "pattern": self.text, "reasoning": self.reasoning}

    def as_suggestion(self) -> dict[str, str]:
        return {"code": self.code, "suggestion": self.text, "reasoning": self.reasoning}


def fatigue_analysis(week: Week) -> str:
    """A few sentences on the week's fatigue: form, ACWR, monotony and readiness, with their numbers."""
    day = last_day(week)
    if day is None:
        return "No training-load data for this week."
    p = week.params
    model = day.model(p.fitness_convention)
    form = f"Form (TSB, {p.fitness_convention.value}) ended the week at {model.form:.1f}"
    if model.form < DEEP_FATIGUE:
        form += f", below {DEEP_FATIGUE:g}: fatigue is well ahead of fitness."
    elif model.form > VERY_FRESH:
        form += f", above {VERY_FRESH:g}: very fresh, fitness may be slipping."
    else:
        form += f", within {DEEP_FATIGUE:g} to {VERY_FRESH:g}."
    parts = [form, zone_text(day.zone, day.acwr, p) + "."]
    if day.week is not None and day.week.monotony is not None:
        level = "high" if day.week.monotony > HIGH_MONOTONY else "normal"
        parts.append(f"Monotony {day.week.monotony:.2f} ({level}; above {HIGH_MONOTONY:g} is high).")
    scores = [r.result.score for r in week.readiness if r.result.score is not None]
    if scores:
        parts.append(f"Readiness averaged {sum(scores) / len(scores):.0f} over {len(scores)} days.")
    flags = flag_days(week)
    if flags:
        listed = ", ".join(f"{name} on {n} day{'s' if n > 1 else ''}" for name, n in sorted(flags.items()))
        parts.append(f"Red flags: {listed}.")
    return " ".join(parts)


def _spike(week: Week) -> Finding | None:
    load, before = week_load(week), week.previous_load
    if before is None or before <= 0 or load <= before * (1 + SPIKE):
        return None
    change = load / before - 1
    return Finding(
        "load_spike",
        f"Weekly load rose {change:.0%} over the week before",
        f"{load:.0f} against {before:.0f} AU; more than {SPIKE:.0%} a week is a common warning sign (seed 003's ramp rule).",
    )


def _hard_strength(week: Week) -> Finding | None:
    hard = [
        w
        for w in week.workouts
        if w.kind == "strength" and w.log is not None and (w.log.rpe or 0) >= HARD_RPE
    ]
    if len(hard) < 2:
        return None
    return Finding(
        "high_rpe_strength",
        f"Strength sessions were very hard: {len(hard)} at RPE {HARD_RPE}+",
        f"RPE {', '.join(str(w.log.rpe) for w in hard if w.log)} in strength work suggests too little recovery between sessions.",
    )


def _skipped(week: Week) -> Finding | None:
    rate, planned, _, skipped, reasoning = adherence(week)
    if rate is None or (rate >= LOW_ADHERENCE and skipped < 2):
        return None
    return Finding(
        "missed_sessions", f"{planned - round(rate * planned)} of {planned} sessions not completed", reasoning
    )


def _monotony(week: Week) -> Finding | None:
    day = last_day(week)
    if day is None or day.week is None or day.week.monotony is None or day.week.monotony <= HIGH_MONOTONY:
        return None
    return Finding(
        "high_monotony",
        f"Training was monotonous (monotony {day.week.monotony:.2f})",
        f"Mean daily load {day.week.mean:.0f} over an SD of {day.week.sd:.0f}; above {HIGH_MONOTONY:g} "
        "Foster (1998) saw more illness and overtraining.",
    )


def _pain(week: Week) -> Finding | None:
    pain = [f for f in week.feedback if f.kind is FeedbackKind.PAIN and week.start <= f.day <= week.end]
    if not pain:
        return None
    days = ", ".join(sorted({f.day.isoformat() for f in pain}))
    return Finding(
        "pain_reported",
        f"Pain reported after {len(pain)} session(s)",
        f"Session feedback of {days} said pain.",
    )


def _flags(week: Week, flag: str, code: str, text: str) -> Finding | None:
    days = flag_days(week)[flag]
    if days < 3:
        return None
    return Finding(
        code, f"{text} on {days} days", f"The readiness of {days} of the week's days carried {flag}."
    )


PATTERNS: tuple[Callable[[Week], Finding | None], ...] = (
    _spike,
    _hard_strength,
    _skipped,
    _monotony,
    _pain,
    lambda w: _flags(w, "low_hrv", "low_hrv_days", "HRV was below its normal range"),
    lambda w: _flags(w, "poor_sleep", "poor_sleep_days", "Sleep was poor"),
)

SUGGESTIONS: dict[str, tuple[str, str]] = {
    "load_spike": (
        "Hold next week's load at or below this week's",
        "Load rose faster than 10% a week; let fitness catch up.",
    ),
    "high_rpe_strength": (
        "Reduce intensity in next week's strength sessions",
        "Consistently high RPE suggests insufficient recovery; lowering intensity keeps the volume while the body adapts.",
    ),
    "missed_sessions": (
        "Review the plan with your coach: fewer or shorter sessions may fit the week better",
        "A plan that fits is done more often than an ambitious one.",
    ),
    "high_monotony": (
        "Vary the daily load: alternate hard and easy days and keep a full rest day",
        "Monotony falls when easy days are really easy.",
    ),
    "pain_reported": (
        "Have the pain checked before loading the area again",
        "Training through pain risks turning a niggle into an injury.",
    ),
    "low_hrv_days": (
        "Keep the next days easy until HRV is back in its range",
        "Low HRV for several days points to incomplete recovery.",
    ),
    "poor_sleep_days": (
        "Make sleep the priority this week",
        "Several poor nights lower readiness and recovery.",
    ),
}


def findings(week: Week) -> tuple[list[Finding], list[Finding]]:
    """The week's patterns, and the suggestions they (and the ACWR zone) lead to."""
    patterns = [found for rule in PATTERNS if (found := rule(week)) is not None]
    suggestions = [Finding(p.code, *SUGGESTIONS[p.code]) for p in patterns]
    day = last_day(week)
    if day is not None and day.zone in (AcwrZone.CAUTION, AcwrZone.DANGER):
        suggestions.append(
            Finding(
                "acwr_high",
                "Keep next week's load near your four-week average",
                zone_text(day.zone, day.acwr, week.params) + ": acute load is well above chronic load.",
            )
        )
    elif day is not None and day.zone is AcwrZone.UNDER and not patterns:
        suggestions.append(
            Finding(
                "acwr_low",
                "There is room to build: add up to 10% next week",
                zone_text(day.zone, day.acwr, week.params) + ": acute load is below chronic load.",
            )
        )
    if not suggestions:
        suggestions.append(
            Finding(
                "continue",
                "Continue as planned",
                "No rule flagged this week: load, recovery and adherence are in range.",
            )
        )
    return patterns, suggestions


def summary(week: Week) -> dict[str, Any]:
    """The week's summary: the stored columns of weekly_summary (seed 004's AIWeeklySummary)."""
    rate, planned, completed, skipped, adherence_reasoning = adherence(week)
    v = volume_of(week.workouts, week.params)
    endurance_minutes = sum(v.minutes.values())
    endurance_km = sum(v.km.values())
    patterns, suggestions = findings(week)
    return {
        "complete": week.complete,
        "adherence_rate": rate,
        "sessions_planned": planned,
        "sessions_completed": completed,
        "sessions_skipped": skipped,
        "total_volume": {
            "strength": f"{v.tonnage:.0f}kg",
            "endurance": f"{endurance_minutes:.0f}min",
            "strengthKg": v.tonnage,
            "enduranceMinutes": endurance_minutes,
            "enduranceKm": endurance_km,
            "load": week_load(week),
        },
        "fatigue_analysis": fatigue_analysis(week),
        "reasoning": {
            "adherence": adherence_reasoning,
            "volume": f"Strength: {v.tonnage:.0f} kg lifted (weight x reps over every set) in "
            f"{v.counts['strength']} session(s); endurance: {endurance_minutes:.0f} min and "
            f"{endurance_km:.1f} km in {sum(v.counts[k] for k in v.minutes)} session(s).",
        },
        "patterns": [p.as_pattern() for p in patterns],
        "suggestions": [s.as_suggestion() for s in suggestions],
        "disclaimer": DISCLAIMER,
    }
