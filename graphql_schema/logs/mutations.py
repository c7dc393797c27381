"""Mutations of the logs domain: logWorkout, editWorkoutLog, submitSessionFeedback."""

from __future__ import annotations

from typing import Annotated

import strawberry

from app.logs.models import SessionFeedback as FeedbackRow
from app.logs.models import WorkoutLog as LogRow
from graphql_schema.context import Info
from graphql_schema.errors import attempt
from graphql_schema.fields import mutation
from graphql_schema.logs.types import (
    EditWorkoutLogInput,
    LogWorkoutInput,
    SessionFeedbackPayload,
    SubmitSessionFeedbackInput,
    WorkoutLogPayload,
)
from graphql_schema.permissions import AUTHENTICATED
from graphql_schema.sync.once import write_once


@strawberry.type
class LogsMutation:
    @mutation(
        description="Athletes: log one of your sessions as done (it becomes completed). One "
        "current log per session; to correct it use `editWorkoutLog`. Coaches and admins are "
        "refused (FORBIDDEN).",
        permission_classes=AUTHENTICATED,
    )
    async def log_workout(
        self,
        info: Info,
        input: Annotated[LogWorkoutInput, strawberry.argument(description="The workout as done.")],
    ) -> WorkoutLogPayload:
        log, errors = await attempt(lambda: write_once(info, "logWorkout", input, LogRow))
        return WorkoutLogPayload(workout_log=log, errors=errors)

    @mutation(
        description="Athletes: correct a log. Logs are immutable: this writes a new version "
        "replacing the current one, which stays readable. Editing a version that was already "
        "replaced is a CONFLICT.",
        permission_classes=AUTHENTICATED,
    )
    async def edit_workout_log(
        self,
        info: Info,
        input: Annotated[
            EditWorkoutLogInput,
            strawberry.argument(description="The log to replace and its new content."),
        ],
    ) -> WorkoutLogPayload:
        log, errors = await attempt(lambda: write_once(info, "editWorkoutLog", input, LogRow))
        return WorkoutLogPayload(workout_log=log, errors=errors)

    @mutation(
        description="Athletes: say how one of your sessions felt. Idempotent: submitting again for "
        "the same session updates the one feedback and returns it.",
        permission_classes=AUTHENTICATED,
    )
    async def submit_session_feedback(
        self,
        info: Info,
        input: Annotated[
            SubmitSessionFeedbackInput,
            strawberry.argument(description="The feedback on one session."),
        ],
    ) -> SessionFeedbackPayload:
        feedback, errors = await attempt(
            lambda: write_once(info, "submitSessionFeedback", input, FeedbackRow)
        )
        return SessionFeedbackPayload(feedback=feedback, errors=errors)
