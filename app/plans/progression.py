"""How much training next week holds: the default generator's load decision, pure and explainable.

Starting from last week's load (Foster session-RPE units, app/analytics), in this order:
  1. no history: a baseline week (a fixed load per available day);
  2. deload after `deload_after_weeks` loading weeks in a row (a loading week holds at least
     `loading_ratio` of the load of the week before it): `deload_factor` of last week;
  3. readiness: the newest recommendation rest/recovery, or a score under `low_readiness`,
     reduces by `reduce_factor`; a falling trend (the last 3 days' mean `readiness_drop` points
     under the 4 days before) or pain reported in the feedback holds; otherwise progress by
     `progression`;
  4. bounded by the ACWR band: the week's daily mean over the chronic load at most `acwr_high`
     (and no more than the chronic load itself while ACWR is above `acwr_danger`);
  5. bounded by the ramp rate: fitness (CTL, 42 d, TrainingPeaks) after the week rises by at most
     `max_ramp` points: with a constant daily load L, CTL moves by (L - CTL) x (1 - (1 - 1/42)^7).
Each step that applied is returned with the numbers it used, for the plan's justification.
Sources: Foster 2001 (session-RPE); Gabbett 2016 and Williams et al. 2017 (ACWR bands, contested:
configurable); Coggan/TrainingPeaks (CTL ramp rate).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

RULESET_ID = "weekly-rules"
RULESET_VERSION = "1.0"
CTL_DAYS = 42
WEEK_CTL_GAIN = 1 - (1 - 1 / CTL_DAYS) ** 7  # share of (L - CTL) a week of daily load L adds to CTL
BASELINE_SESSION_LOAD = 180.0  # 45 minutes at RPE 4


@dataclass(frozen=True)
class RuleParams:
    """The rule set's parameters (recorded in every run's inputs)."""

    deload_after_weeks: int = 3
    progression: float = 0.10
    max_ramp: float = 5.0
    acwr_high: float = 1.3
    acwr_danger: float = 1.5
    loading_ratio: float = 0.8
    deload_factor: float = 0.6
    reduce_factor: float = 0.8
    low_readiness: float = 40.0
    readiness_drop: float = 5.0
    max_sessions: int = 6

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class Decision:
    """Next week's type and target load, and the steps that decided them."""

    week_type: str
    target: float
    allow_hard: bool = True
    steps: list[dict[str, Any]] = field(default_factory=list)

    def note(self, rule: str, text: str, **numbers: Any) -> None:
        self.steps.append({"rule": rule, "text": text, "numbers": numbers})


def loading_weeks(loads: list[float], ratio: float) -> int:
    """How many of the newest weeks in a row were loading weeks (`loads` oldest first)."""
    count = 0
    for index in range(len(loads) - 1, -1, -1):
        load = loads[index]
        before = loads[index - 1] if index > 0 else None
        if load <= 0 or (before is not None and load < ratio * before):
            break
        count += 1
    return count


def readiness_trend(scores: list[float]) -> float | None:
    """The last 3 days' mean score minus the mean of the (up to 4) days before; None without both."""
    if len(scores) < 4:
        return None
    recent, before = scores[-3:], scores[:-3][-4:]
    return round(sum(recent) / len(recent) - sum(before) / len(before), 1)


def _start(inputs: dict[str, Any], params: RuleParams, days: int) -> Decision | float:
    loads = [w["load"] for w in inputs["weeklyLoads"]]
    last = loads[-1] if loads else 0.0
    chronic = (inputs.get("load") or {}).get("chronic")
    if last > 0:
        return float(last)
    if chronic:
        return round(float(chronic) * 7, 1)
    decision = Decision("baseline", round(BASELINE_SESSION_LOAD * days, 1), allow_hard=False)
    decision.note(
        "baseline",
        f"No training load in the last weeks: a baseline week of {days} easy sessions"
        f" ({BASELINE_SESSION_LOAD:g} load each).",
        availableDays=days,
        sessionLoad=BASELINE_SESSION_LOAD,
    )
    return decision


def _readiness(decision: Decision, inputs: dict[str, Any], params: RuleParams, base: float) -> None:
    days = inputs["readiness"]
    scores = [d["score"] for d in days if d["score"] is not None]
    latest = days[-1] if days else None
    trend = readiness_trend(scores)
    pain = inputs["feedback"]["pain"]
    low = latest is not None and (
        latest["recommendation"] in ("rest", "recovery")
        or (latest["score"] is not None and latest["score"] < params.low_readiness)
    )
    if low and latest is not None:
        decision.week_type, decision.target, decision.allow_hard = (
            "reduce",
            round(base * params.reduce_factor, 1),
            False,
        )
        decision.note(
            "readiness_low",
            f"Readiness on {latest['day']} is {latest['score']} ({latest['recommendation']}): reduce to"
            f" {params.reduce_factor:.0%} of last week's load {base:.0f}.",
            readiness=latest["score"],
            recommendation=latest["recommendation"],
            factor=params.reduce_factor,
        )
    elif (trend is not None and trend <= -params.readiness_drop) or pain > 0:
        decision.week_type, decision.target = "hold", round(base, 1)
        decision.allow_hard = pain == 0
        decision.note(
            "readiness_trend" if pain == 0 else "pain_reported",
            f"Readiness trend {trend} points (limit -{params.readiness_drop:g}), {pain} pain report(s) in"
            f" {inputs['feedback']['days']} days: hold last week's load {base:.0f}.",
            trend=trend,
            painReports=pain,
            baseLoad=base,
        )
    else:
        decision.week_type, decision.target = "build", round(base * (1 + params.progression), 1)
        decision.note(
            "progression",
            f"Readiness holds (trend {trend}): progress {params.progression:.0%} on last week's load {base:.0f}.",
            trend=trend,
            progression=params.progression,
            baseLoad=base,
        )


def _bounds(decision: Decision, inputs: dict[str, Any], params: RuleParams) -> None:
    load = inputs.get("load") or {}
    chronic, acwr, fitness = load.get("chronic"), load.get("acwr"), load.get("fitness")
    if chronic:
        cap = round(params.acwr_high * chronic * 7, 1)
        if acwr is not None and acwr > params.acwr_danger:
            cap = round(min(cap, chronic * 7), 1)
            decision.allow_hard = False
        if decision.target > cap:
            decision.note(
                "acwr_band",
                f"ACWR {acwr} with chronic load {chronic:.1f}/day: the week is capped at {cap:.0f}"
                f" (projected ACWR at most {params.acwr_high:g}; {params.acwr_danger:g} is the danger line).",
                acwr=acwr,
                chronic=chronic,
                cap=cap,
                acwrHigh=params.acwr_high,
            )
            decision.target = cap
    if fitness is not None:
        cap = round(7 * (fitness + params.max_ramp / WEEK_CTL_GAIN), 1)
        if decision.target > cap:
            decision.note(
                "ramp_rate",
                f"Fitness {fitness:.1f}: a ramp of at most {params.max_ramp:g} CTL points a week caps the week at {cap:.0f}.",
                fitness=fitness,
                maxRamp=params.max_ramp,
                cap=cap,
                rampRate=load.get("rampRate"),
            )
            decision.target = cap


def decide(inputs: dict[str, Any], params: RuleParams) -> Decision:
    """Next week's type and target load from the run's inputs (see the module's rules)."""
    days = min(len(inputs["availability"]["days"]), params.max_sessions)
    start = _start(inputs, params, days)
    if isinstance(start, Decision):
        return start
    base = start
    loads = [w["load"] for w in inputs["weeklyLoads"]]
    streak = loading_weeks(loads, params.loading_ratio)
    if streak >= params.deload_after_weeks:
        decision = Decision("deload", round(base * params.deload_factor, 1), allow_hard=False)
        decision.note(
            "deload",
            f"{streak} loading weeks in a row (weekly loads {', '.join(f'{x:.0f}' for x in loads[-streak:])}),"
            f" deload after {params.deload_after_weeks}: {params.deload_factor:.0%} of last week's load {base:.0f}.",
            loadingWeeks=streak,
            deloadAfterWeeks=params.deload_after_weeks,
            factor=params.deload_factor,
            baseLoad=base,
        )
    else:
        decision = Decision("build", base)
        _readiness(decision, inputs, params, base)
    _bounds(decision, inputs, params)
    return decision
