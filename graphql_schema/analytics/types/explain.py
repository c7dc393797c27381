"""The explanation of a stored number: formula, source, parameters and inputs (views over
app/analytics/explain.py's values)."""

from __future__ import annotations

import uuid
from datetime import date

import strawberry
from strawberry.scalars import JSON

from app.analytics.explain import Explanation as ExplanationRow
from app.analytics.explain import Input as InputRow
from graphql_schema.fields import list_of


@strawberry.type(
    description="One input of a value: what it is, its value and day, and the record it came from."
)
class ExplanationInput:
    name: str = strawberry.field(
        description="What the input is (daily load, fitness of the day before, ...)."
    )
    value: float | None = strawberry.field(description="Its value, when it has one.")
    day: date | None = strawberry.field(name="date", description="The athlete-local day it belongs to.")
    kind: str | None = strawberry.field(
        description="The table of the record it came from: workout_log, activity, wellness_daily, hrv_reading, "
        "sleep_session, check_in, session_feedback, daily_training_load, daily_readiness."
    )
    id: uuid.UUID | None = strawberry.field(description="The record's id, when it has one.")
    source: str | None = strawberry.field(description="The device or hub of the record, when known.")
    note: str | None = strawberry.field(description="Details: how the input entered the value.")


def _inputs(row: strawberry.Parent[ExplanationRow]) -> list[InputRow]:
    return row.inputs


@strawberry.type(
    description="How a stored number is computed: its formula, its published source, the algorithm version "
    "and parameters it was computed with, and every input it read. Applying the formula to the inputs gives "
    "the value again."
)
class Explanation:
    metric: str = strawberry.field(description="The value explained.")
    value: float | None = strawberry.field(description="The value, as stored.")
    formula: str = strawberry.field(description="The formula, with the parameters filled in.")
    source: str = strawberry.field(
        description="Where the formula comes from (a study, a tool, or this project)."
    )
    algorithm_version: str = strawberry.field(description="The version of the algorithm that computed it.")
    parameters: JSON = strawberry.field(
        description="Every parameter of the computation (the coach's settings)."
    )
    inputs: list[InputRow] = strawberry.field(
        description="What the value read.", resolver=_inputs, graphql_type=list_of(ExplanationInput)
    )
