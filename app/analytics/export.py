"""CSV export for spreadsheets: `GET /export/athletes/{id}/daily.csv?from=YYYY-MM-DD&to=YYYY-MM-DD`.

One row per athlete-local day: the day's load, fitness, fatigue, form and ramp rate (in the
coach's convention, or `&convention=trainingpeaks|goldencheetah`), ACWR and its zone, monotony
and strain, the readiness score with its recommendation, confidence and red flags, and every
wellness value with the source precedence chose it from. Authentication is a bearer access
token (401 without a valid one; integration tokens are refused with 403), and the athlete must
be one the caller may see (404 otherwise, as for a missing athlete): the API's own rules.
"""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from app.analytics.fitness import Convention
from app.analytics.models import DailyReadiness, DailyTrainingLoad
from app.analytics.params import AnalyticsParams
from app.analytics.settings_service import params_of_coach
from app.athletes.service import find_visible_athlete
from app.auth import service as auth_service
from app.core.access import athlete_filter
from app.core.actor import Actor, ClientInfo
from app.core.errors import NotAuthenticated
from app.core.times import EARLIEST_DAY, LATEST_DAY
from app.ingest.tokens import is_integration_token
from app.settings import Settings
from app.wellness.models import WellnessDaily
from app.wellness.precedence import FIELDS, WellnessDay, days_of, effective_precedence

MAX_DAYS = 366
LOAD_HEADER = ["date", "load", "sessions", "acute_load", "chronic_load", "acwr", "acwr_zone", "acwr_method"]
MODEL_HEADER = ["convention", "fitness", "fatigue", "form", "ramp_rate", "monotony", "strain"]
READINESS_HEADER = ["readiness_score", "recommendation", "confidence", "red_flags"]
WELLNESS_HEADER = [name for field in FIELDS for name in (field, f"{field}_source")]
TAIL_HEADER = ["load_algorithm", "readiness_algorithm", "params_hash"]
HEADER = [*LOAD_HEADER, *MODEL_HEADER, *READINESS_HEADER, *WELLNESS_HEADER, *TAIL_HEADER]


def _day(value: str | None, name: str) -> date:
    if not value:
        raise ValueError(f"`{name}` is required (YYYY-MM-DD)")
    day = date.fromisoformat(value)
    if not EARLIEST_DAY <= day <= LATEST_DAY:
        raise ValueError(f"`{name}` must lie between {EARLIEST_DAY} and {LATEST_DAY}")
    return day


def _range(request: Request) -> tuple[date, date, Convention | None]:
    """The `from`, `to` and `convention` query parameters (ValueError with the reason)."""
    first = _day(request.query_params.get("from"), "from")
    last = _day(request.query_params.get("to"), "to")
    if last < first or (last - first).days + 1 > MAX_DAYS:
        raise ValueError(f"`to` must be on or after `from`, at most {MAX_DAYS} days in all")
    raw = request.query_params.get("convention")
    return first, last, Convention(raw) if raw else None


def _token(request: Request) -> str:
    scheme, _, token = (request.headers.get("authorization") or "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise NotAuthenticated("a bearer access token is required")
    return token.strip()


async def _actor(token: str, request: Request, settings: Settings) -> Actor:
    client = ClientInfo(
        ip=request.client.host if request.client else None, user_agent=request.headers.get("user-agent")
    )
    return await auth_service.authenticate(access_token=token, settings=settings, client=client)


def _number(value: float | None) -> str:
    return "" if value is None else repr(round(value, 6))


def _row(
    day: date,
    load: DailyTrainingLoad | None,
    ready: DailyReadiness | None,
    wellness: WellnessDay | None,
    convention: Convention | None,
    params: AnalyticsParams,
) -> list[str]:
    cells: list[str] = [day.isoformat()]
    if load is None:
        cells += [""] * (len(LOAD_HEADER) - 1 + len(MODEL_HEADER))
    else:
        chosen = convention or params.fitness_convention
        prefix = "tp" if chosen is Convention.TRAININGPEAKS else "gc"
        cells += [_number(load.load), str(load.session_count), _number(load.acute), _number(load.chronic)]
        cells += [
            _number(load.acwr),
            load.acwr_zone.value if load.acwr_zone else "",
            params.acwr_method.value,
        ]
        cells += [chosen.value] + [
            _number(getattr(load, f"{prefix}_{n}")) for n in ("fitness", "fatigue", "form", "ramp")
        ]
        cells += [_number(load.monotony), _number(load.strain)]
    if ready is None:
        cells += [""] * len(READINESS_HEADER)
    else:
        cells += [_number(ready.score), ready.recommendation.value if ready.recommendation else ""]
        cells += [ready.confidence, ";".join(ready.red_flags)]
    for field in FIELDS:
        found = wellness.chosen.get(field) if wellness else None
        cells += [_number(float(found.value)) if found else "", found.row.source if found else ""]
    params_hash = load.params_hash if load else ready.params_hash if ready else ""
    cells += [load.algorithm_version if load else "", ready.algorithm_version if ready else "", params_hash]
    return cells


def render(
    first: date,
    last: date,
    loads: Sequence[DailyTrainingLoad],
    readiness: Sequence[DailyReadiness],
    wellness: Sequence[WellnessDay],
    convention: Convention | None,
    params: AnalyticsParams,
) -> str:
    """The CSV text: the header, then one row per day from `first` to `last`."""
    by_load = {r.day: r for r in loads}
    by_ready = {r.day: r for r in readiness}
    by_wellness = {w.day: w for w in wellness}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    day = first
    while day <= last:
        writer.writerow(
            _row(day, by_load.get(day), by_ready.get(day), by_wellness.get(day), convention, params)
        )
        day += timedelta(days=1)
    return out.getvalue()


async def _content(
    actor: Actor, athlete_id: uuid.UUID, first: date, last: date, convention: Convention | None
) -> str | None:
    athlete = await find_visible_athlete(actor, athlete_id)
    if athlete is None:
        return None
    scope: dict[str, Any] = {"athlete_id": athlete.id, "day__gte": first, "day__lte": last}
    loads = await DailyTrainingLoad.filter(**athlete_filter(actor)).filter(**scope).order_by("day")
    readiness = await DailyReadiness.filter(**athlete_filter(actor)).filter(**scope).order_by("day")
    rows = await WellnessDaily.filter(**athlete_filter(actor)).filter(
        athlete_id=athlete.id, sample_date__gte=first, sample_date__lte=last
    )
    precedence = await effective_precedence(actor=actor, athlete_id=athlete.id)
    params = await params_of_coach(athlete.coach_id)
    return render(first, last, loads, readiness, days_of(athlete.id, rows, precedence), convention, params)


def export_routes(settings: Settings) -> list[Route]:
    """The export route, authorized like the API."""

    async def daily_csv(request: Request) -> Response:
        try:
            token = _token(request)
            if is_integration_token(token):
                return PlainTextResponse("Integration tokens may only ingest data.", status_code=403)
            actor = await _actor(token, request, settings)
        except NotAuthenticated:
            return PlainTextResponse("Unauthorized", status_code=401, headers={"WWW-Authenticate": "Bearer"})
        try:
            athlete_id = uuid.UUID(request.path_params["athlete_id"])
            first, last, convention = _range(request)
        except ValueError as exc:
            return PlainTextResponse(str(exc), status_code=400)
        text = await _content(actor, athlete_id, first, last, convention)
        if text is None:
            return PlainTextResponse("Athlete not found.", status_code=404)
        name = f"athlete-{athlete_id}-daily-{first.isoformat()}-{last.isoformat()}.csv"
        headers = {"Content-Disposition": f'attachment; filename="{name}"', "Cache-Control": "no-store"}
        return Response(text, media_type="text/csv; charset=utf-8", headers=headers)

    return [Route("/export/athletes/{athlete_id}/daily.csv", daily_csv, methods=["GET"])]
