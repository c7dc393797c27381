"""Explanations of a stored daily readiness (see explain.py): the score, each factor, the
recommendation and the confidence, with the parameters and the records they read."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from app.analytics.explain import Explanation, Input, as_json
from app.analytics.params import AnalyticsParams


class ReadinessMetric(StrEnum):
    SCORE = "score"
    HRV = "hrv"
    RESTING_HR = "resting_hr"
    SLEEP = "sleep"
    ACWR = "acwr"
    CHECK_IN = "check_in"
    SESSION_FEEDBACK = "session_feedback"
    RECOMMENDATION = "recommendation"
    CONFIDENCE = "confidence"


@dataclass(frozen=True)
class ReadinessContext:
    """The row explained, the stored days of its baseline window (oldest first), its parameters."""

    row: Any
    window: Sequence[Any]
    params: AnalyticsParams

    @property
    def day(self) -> date:
        found: date = self.row.day
        return found

    def contribution(self, factor: str) -> dict[str, Any] | None:
        return next((c for c in as_json(self.row.contributions) if c["factor"] == factor), None)

    def records(self, kind: str) -> list[Input]:
        """The records of the day's values: 'wellness_daily:<id>', 'hrv_reading:<id>', ..."""
        sources = as_json(self.row.sources)
        chosen = ", ".join(f"{name}: {source}" for name, source in sorted(sources.items()))
        found = []
        for record in as_json(self.row.inputs).get("records", []):
            table, _, ident = record.partition(":")
            if table == kind or kind == "*":
                found.append(
                    Input("record", None, self.day, table, uuid.UUID(ident), note=f"values chosen: {chosen}")
                )
        return found


def _factor(c: ReadinessContext, factor: str) -> list[Input]:
    found = c.contribution(factor)
    if found is None:
        return [
            Input(f"{factor} factor", None, c.day, note="not present: its weight is shared by the others")
        ]
    note = f"{found['detail']}; weight {found['weight']:g}, share {found['share']:.4f}, sub-score {found['subScore']:.4f}"
    return [Input(f"{factor} points", found["points"], c.day, note=note)]


def _score(c: ReadinessContext) -> tuple[str, list[Input], float | None]:
    inputs = [
        Input(
            f"{x['factor']} points",
            x["points"],
            c.day,
            note=f"{x['detail']}; share {x['share']:.4f} x sub-score {x['subScore']:.4f}",
        )
        for x in as_json(c.row.contributions)
    ]
    formula = "100 x sum(share_i x sub_score_i), share_i = weight_i / sum of the present factors' weights"
    return formula, inputs, c.row.score


def _baseline(
    c: ReadinessContext, name: str, column: str, unit: str
) -> tuple[str, list[Input], float | None]:
    p = c.params
    stats = (as_json(c.row.baselines) or {}).get("hrv" if name == "hrv" else "restingHr") or {}
    first = c.day - timedelta(days=p.baseline_long_days - 1)
    values = [
        Input(f"daily {name} ({unit})", getattr(r, column), r.day, "daily_readiness")
        for r in [*c.window, c.row]
        if first <= r.day <= c.day and getattr(r, column) is not None
    ]
    summary = Input(
        f"{p.baseline_short_days}-day mean against the {p.baseline_long_days}-day mean",
        stats.get("shortMean"),
        c.day,
        note=f"band {stats.get('bandLow')}..{stats.get('bandHigh')} ({stats.get('band')}); long mean {stats.get('longMean')}, "
        f"SD {stats.get('longSd')}; {stats.get('shortCount')} and {stats.get('longCount')} values; "
        f"artefacts rejected on {stats.get('rejectedDays')}",
    )
    transform = "ln " if name == "hrv" else ""
    formula = (
        f"band of the {p.baseline_short_days}-day mean of {transform}{name} against the {p.baseline_long_days}-day "
        f"mean +/- {p.baseline_band_sd:g} x sample SD (at least {p.windows.min_short_values} and "
        f"{p.windows.min_long_values} values); sub-scores below/within/above in readiness_params.py"
    )
    return formula, [*_factor(c, name), summary, *values, *c.records("*")], stats.get("shortMean")


def _sleep(c: ReadinessContext) -> tuple[str, list[Input], float | None]:
    formula = f"sub-score = sleep score / 100; below {c.params.poor_sleep_below:g} is the POOR_SLEEP flag"
    inputs = [*_factor(c, "sleep"), Input("sleep score", c.row.sleep_score, c.day), *c.records("*")]
    return formula, inputs, c.row.sleep_score


def _acwr(c: ReadinessContext) -> tuple[str, list[Input], float | None]:
    p = c.params
    formula = (
        f"the ACWR zone of the day before (morning readiness): under < {p.acwr_sweet_spot_low:g} <= sweet spot <= "
        f"{p.acwr_sweet_spot_high:g} < caution <= {p.acwr_danger_above:g} < danger (contested thresholds)"
    )
    day = c.day - timedelta(days=1)
    inputs = [
        *_factor(c, "acwr"),
        Input("ACWR", c.row.acwr, day, "daily_training_load", note=c.row.acwr_zone),
    ]
    inputs += [
        Input("acute load", c.row.training_load_7d, day),
        Input("chronic load", c.row.training_load_28d, day),
    ]
    return formula, inputs, c.row.acwr


def _subjective(
    c: ReadinessContext, factor: str, key: str, kind: str
) -> tuple[str, list[Input], float | None]:
    ident = as_json(c.row.inputs).get(key)
    inputs = [*_factor(c, factor)]
    if ident:
        inputs.append(Input(factor.replace("_", " "), None, None, kind, uuid.UUID(ident)))
    if factor == "check_in":
        formula = (
            "mean of energy and sleep quality (x - 1) / 4 and soreness and stress (5 - x) / 4, 1-5 scales"
        )
    else:
        formula = "done 1.0, hard 0.4, pain 0.0 (and the REST recommendation), skipped not counted"
    formula += f"; the latest given on the day or up to {c.params.feedback_max_age_days} days before"
    found = c.contribution(factor)
    return formula, inputs, found["points"] if found else None


def _recommendation(c: ReadinessContext) -> tuple[str, list[Input], float | None]:
    formula = (
        "pain: REST; score < 25 REST; < 40 or 2+ red flags RECOVERY; < 60 or any red flag EASY; < 75 MODERATE; "
        "else HIGH_INTENSITY, at most MODERATE with LOW confidence"
    )
    inputs = [Input("score", c.row.score, c.day)] + [
        Input("red flag", None, c.day, note=f) for f in as_json(c.row.red_flags)
    ]
    inputs.append(Input("confidence", None, c.day, note=c.row.confidence))
    return formula, inputs, c.row.score


def _confidence(c: ReadinessContext) -> tuple[str, list[Input], float | None]:
    p = c.params
    stats = (as_json(c.row.baselines) or {}).get("hrv") or {}
    formula = (
        f"LOW with fewer than {p.min_hrv_readings} valid HRV readings in {p.baseline_short_days} days, or when the "
        f"newest wellness day is more than {p.stale_after_days} days old; HIGH otherwise"
    )
    inputs = [
        Input("valid HRV readings in the short window", stats.get("shortCount"), c.day),
        Input("newest HRV day", None, None, note=stats.get("latestDay")),
    ] + [Input("reason", None, c.day, note=r) for r in as_json(c.row.confidence_reasons)]
    return formula, inputs, None


READINESS_RULES: dict[
    ReadinessMetric, tuple[Callable[[ReadinessContext], tuple[str, list[Input], float | None]], str]
] = {
    ReadinessMetric.SCORE: (
        _score,
        "coachgraph readiness/1: weights and cut-offs in readiness_params.py (not a published model)",
    ),
    ReadinessMetric.HRV: (
        lambda c: _baseline(c, "hrv", "hrv_value", "ms"),
        "Plews DJ et al., Eur J Appl Physiol 2012; Sports Med 2013 (ln rMSSD 7-day mean, 0.5 SD)",
    ),
    ReadinessMetric.RESTING_HR: (
        lambda c: _baseline(c, "resting_hr", "resting_hr_value", "bpm"),
        "Buchheit M, Front Physiol 2014;5:73",
    ),
    ReadinessMetric.SLEEP: (_sleep, "the device's sleep score (0-100) of the night that ended on the day"),
    ReadinessMetric.ACWR: (_acwr, "Gabbett TJ 2016; Hulin BT et al. 2016 (contested thresholds)"),
    ReadinessMetric.CHECK_IN: (
        lambda c: _subjective(c, "check_in", "checkIn", "check_in"),
        "the athlete's morning check-in",
    ),
    ReadinessMetric.SESSION_FEEDBACK: (
        lambda c: _subjective(c, "session_feedback", "feedback", "session_feedback"),
        "the athlete's latest session feedback (seed 002)",
    ),
    ReadinessMetric.RECOMMENDATION: (
        _recommendation,
        "coachgraph readiness/1 cut-offs (readiness_params.py)",
    ),
    ReadinessMetric.CONFIDENCE: (
        _confidence,
        "DESIGN.md: fewer than 3 valid HRV readings in 7 days is low confidence",
    ),
}


def explain_readiness(metric: ReadinessMetric, context: ReadinessContext) -> Explanation:
    """A daily readiness value."""
    rule, source = READINESS_RULES[metric]
    formula, inputs, value = rule(context)
    version: str = context.row.algorithm_version
    return Explanation(metric.value, value, formula, source, version, context.params.to_json(), inputs)
