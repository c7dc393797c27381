"""What the plan-draft test modules share: an athlete with a current program, a training history
and a planned next week; the operations; load rows."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import httpx

from app.analytics.models import DailyTrainingLoad
from app.programs.models import MicroCycle, ProgramPhase, ProgramStatus, TrainingProgram, TrainingSession
from app.settings import Settings
from tests.helpers import Team, make_cycle, make_phase, make_program, make_session, make_team, mutate, utc

NEXT_MONDAY = date(2026, 3, 9)  # the week after PINNED_NOW's
AVAILABILITY = [
    {"weekday": 1, "startTime": "07:00", "maxMinutes": 90},
    {"weekday": 3, "startTime": "07:00", "maxMinutes": 90},
    {"weekday": 6, "startTime": "08:00", "maxMinutes": 150},
]
USER_ERRORS = "errors { field code message }"
DRAFT_FIELDS = """id status version edited weekStart weekEnd weekType targetLoad acceptedKeys runId
  sessions { key day startTime title sessionType modality durationMinutes intensity focus plannedLoad prescription edited
    justification { rule text numbers } }
  justification { rule text numbers }
  review { kind key day changedFields session { id title } draftSession { key } }"""
RUN_FIELDS = """id status attempt attempts maxAttempts weekStart weekEnd generator generatorVersion promptId modelId
  inputs inputHash rawOutput validatedOutput errorCount cacheHit requestId timings
  errors { path message } attemptLog { attempt rawOutput errors { path message } }"""
GENERATE = f"""mutation($input: GeneratePlanDraftInput!) {{ generatePlanDraft(input: $input) {{
  run {{ {RUN_FIELDS} }} draft {{ {DRAFT_FIELDS} }} {USER_ERRORS} }} }}"""
UPDATE = f"""mutation($input: UpdatePlanDraftInput!) {{ updatePlanDraft(input: $input) {{
  draft {{ {DRAFT_FIELDS} }} {USER_ERRORS} }} }}"""
ACCEPT = f"""mutation($input: AcceptPlanDraftInput!) {{ acceptPlanDraft(input: $input) {{
  draft {{ {DRAFT_FIELDS} acceptedSessions {{ draftKey change session {{ id title microCycle {{ id }} }} }} }}
  {USER_ERRORS} }} }}"""
DISCARD = f"""mutation($input: DiscardPlanDraftInput!) {{ discardPlanDraft(input: $input) {{
  draft {{ id status }} {USER_ERRORS} }} }}"""
RUNS = """query($a: UUID, $first: Int, $after: String) { planGenerationRuns(athleteId: $a, first: $first, after: $after) {
  edges { node { id status draft { id } } } pageInfo { hasNextPage endCursor } } }"""
RUN = """query($id: UUID!) { planGenerationRun(id: $id) { id status draft { id status }
  acceptedSessions { draftKey change session { id } feedback { type } } } }"""
DRAFTS = """query($a: UUID) { planDrafts(athleteId: $a) { edges { node { id status run { id } } } } }"""
DRAFT = "query($id: UUID!) { planDraft(id: $id) { id status } }"


@dataclass
class Week:
    """A team whose athlete has a current program, a history and a planned next week."""

    team: Team
    program: TrainingProgram
    phase: ProgramPhase
    cycle: MicroCycle  # the week of NEXT_MONDAY
    monday_run: TrainingSession  # Monday 07:00, a 45-minute easy run: the draft changes it
    thursday_run: TrainingSession  # Thursday: the draft has no counterpart (removed)


async def load_days(athlete_id: uuid.UUID, first: date, daily: list[float], **latest: Any) -> None:
    """Stored training-load days from `first`, one per value; `latest` overrides the last day's columns."""
    for index, load in enumerate(daily):
        values: dict[str, Any] = {
            "acute": 50.0,
            "chronic": 50.0,
            "acwr": 1.0,
            "tp_fitness": 45.0,
            "tp_fatigue": 50.0,
            "tp_form": -5.0,
            "tp_ramp": 1.0,
        }
        if index == len(daily) - 1:
            values.update(latest)
        await DailyTrainingLoad.create(
            athlete_id=athlete_id,
            day=first + timedelta(days=index),
            series_index=index,
            load=load,
            session_count=1 if load else 0,
            workouts=[],
            gc_fitness=values["tp_fitness"],
            gc_fatigue=values["tp_fatigue"],
            gc_form=values["tp_form"],
            gc_ramp=values["tp_ramp"],
            algorithm_version="test",
            params_hash="0" * 64,
            **values,
        )


async def arrange_week(settings: Settings) -> Week:
    """Weeks of 350, 140, 350 and 350 load before this week (two loading weeks since the lighter one:
    no deload yet; next week progresses 10 % to 385), a current
    program and its Base phase, and next week holding two planned runs."""
    team = await make_team(settings)
    program = await make_program(
        team.athlete, start=date(2026, 2, 2), end=date(2026, 4, 26), status=ProgramStatus.CURRENT
    )
    phase = await make_phase(program, 1, date(2026, 2, 2), date(2026, 4, 26), name="Base")
    phase.focus = "Aerobic base"
    await phase.save()
    await make_cycle(phase, 5, date(2026, 3, 2), date(2026, 3, 8))
    cycle = await make_cycle(phase, 6, NEXT_MONDAY, NEXT_MONDAY + timedelta(days=6))
    monday = await make_session(program, utc(2026, 3, 9, 7, 0), cycle=cycle, title="Easy run")
    monday.duration_minutes = 45
    await monday.save()
    thursday = await make_session(program, utc(2026, 3, 12, 18, 0), cycle=cycle, title="Intervals")
    await load_days(team.athlete_id, date(2026, 2, 2), [50.0] * 7 + [20.0] * 7 + [50.0] * 14)
    return Week(team, program, phase, cycle, monday, thursday)


def generate_input(week: Week, **changes: Any) -> dict[str, Any]:
    values = {
        "athleteId": str(week.team.athlete_id),
        "weekStart": NEXT_MONDAY.isoformat(),
        "availability": AVAILABILITY,
    }
    return {**values, **changes}


async def generate(client: httpx.AsyncClient, token: str, input: dict[str, Any]) -> dict[str, Any]:
    return await mutate(client, token, GENERATE, input)
