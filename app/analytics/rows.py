"""The stored form of computed days and weeks: one dict of column values per row (JSON as text)."""

from __future__ import annotations

import json
import uuid
from functools import lru_cache
from typing import Any

from app.analytics.daily_readiness import ReadinessDay
from app.analytics.params import LOAD_ALGORITHM, READINESS_ALGORITHM, WEEKLY_ALGORITHM, AnalyticsParams
from app.analytics.series import LoadDay
from app.analytics.workouts import Workout

_encode = json.JSONEncoder(separators=(",", ":")).encode


def _json(value: Any) -> str:
    return _encode(value)


@lru_cache(maxsize=4096)
def _strings(values: tuple[str, ...]) -> str:
    """A JSON list of a few strings (flags, reasons): the same handful of lists over and over."""
    return _encode(list(values))


@lru_cache(maxsize=4096)
def _tips(codes: tuple[Any, ...]) -> str:
    return _encode([{"code": t.code.value, "text": t.text} for t in codes])


@lru_cache(maxsize=4096)
def _mapping(items: tuple[tuple[str, str], ...]) -> str:
    return _encode(dict(items))


@lru_cache(maxsize=65536)
def _contribution(c: Any) -> str:
    """A factor's part as JSON: days repeat the same parts (the same band, zone, sleep score)."""
    return _encode(
        {
            "factor": c.factor,
            "detail": c.detail,
            "subScore": c.sub_score,
            "weight": c.weight,
            "share": c.share,
            "points": c.points,
        }
    )


def load_row(
    athlete_id: uuid.UUID, day: LoadDay, workouts: list[Workout], p: AnalyticsParams
) -> dict[str, Any]:
    """The daily_training_load columns of one day."""
    week = day.week
    return {
        "athlete_id": athlete_id,
        "day": day.day,
        "series_index": day.index,
        "load": day.load,
        "session_count": len(workouts),
        "workouts": _json([w.describe() for w in workouts]) if workouts else "[]",
        "acute": day.acute,
        "chronic": day.chronic,
        "acwr": day.acwr,
        "acwr_zone": day.zone,  # a StrEnum is its value
        "tp_fitness": day.trainingpeaks.fitness,
        "tp_fatigue": day.trainingpeaks.fatigue,
        "tp_form": day.trainingpeaks.form,
        "tp_ramp": day.trainingpeaks.ramp,
        "gc_fitness": day.goldencheetah.fitness,
        "gc_fatigue": day.goldencheetah.fatigue,
        "gc_form": day.goldencheetah.form,
        "gc_ramp": day.goldencheetah.ramp,
        "weekly_load": week.weekly_load if week else None,
        "week_sd": week.sd if week else None,
        "monotony": week.monotony if week else None,
        "strain": week.strain if week else None,
        "algorithm_version": LOAD_ALGORITHM,
        "params_hash": p.hash,
    }


def _baseline(found: Any) -> dict[str, Any] | None:
    if found is None:
        return None
    b = found.baseline
    return {
        "shortMean": b.short_mean,
        "shortCount": b.short_count,
        "longMean": b.long_mean,
        "longSd": b.long_sd,
        "longCount": b.long_count,
        "bandLow": b.band_low,
        "bandHigh": b.band_high,
        "band": b.band,
        "latestDay": b.latest_day.isoformat() if b.latest_day else None,
        "rejectedDays": [d.isoformat() for d in found.rejected_days],
    }


def readiness_row(athlete_id: uuid.UUID, r: ReadinessDay, p: AnalyticsParams) -> dict[str, Any]:
    """The daily_readiness columns of one day."""
    result, inputs, load = r.result, r.result.inputs, r.load_day
    used: dict[str, Any] = {"records": list(r.values.records)}
    if r.check_in is not None and result.inputs.check_in is not None:
        used["checkIn"] = str(r.check_in.id)
    if r.feedback is not None and result.inputs.feedback is not None:
        used["feedback"] = str(r.feedback.id)
    if load is not None:
        used["loadDay"] = load.day.isoformat()
    return {
        "athlete_id": athlete_id,
        "day": r.day,
        "score": result.score,
        "recommendation": result.recommendation,
        "confidence": result.confidence,
        "confidence_reasons": _strings(tuple(result.confidence_reasons)),
        "contributions": "[" + ",".join(_contribution(c) for c in result.contributions) + "]",
        "red_flags": _strings(tuple(result.red_flags)),
        "tips": _tips(result.tips),
        "hrv_metric": p.hrv_metric,
        "hrv_value": r.values.hrv,
        "resting_hr_value": r.values.resting_hr,
        "sleep_score": r.values.sleep_score,
        "stress": r.values.stress,
        "steps": r.values.steps,
        "baselines": _json({"hrv": _baseline(inputs.hrv), "restingHr": _baseline(inputs.resting_hr)}),
        "acwr": load.acwr if load else None,
        "acwr_zone": load.zone if load else None,
        "training_load_7d": load.acute if load else None,
        "training_load_28d": load.chronic if load else None,
        "sources": _mapping(tuple(r.values.sources.items())),
        "inputs": _json(used),
        "algorithm_version": READINESS_ALGORITHM,
        "params_hash": p.hash,
    }


def week_rows(athlete_id: uuid.UUID, week: Any, p: AnalyticsParams) -> tuple[dict[str, Any], dict[str, Any]]:
    """The weekly_metrics and weekly_summary columns of one computed week (compute.WeekResult)."""
    common = {
        "athlete_id": athlete_id,
        "week_start": week.start,
        "week_end": week.end,
        "inputs": _json(week.inputs),
        "algorithm_version": WEEKLY_ALGORITHM,
        "params_hash": p.hash,
    }
    summary = dict(week.summary)
    for name in ("total_volume", "reasoning", "patterns", "suggestions"):
        summary[name] = _json(summary[name])
    summary["program_id"] = uuid.UUID(week.program_id) if week.program_id else None
    return {**common, **week.metrics}, {**common, **summary}
