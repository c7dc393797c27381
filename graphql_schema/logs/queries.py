"""Queries of the logs domain: workout logs (any version) and session feedback."""

from __future__ import annotations

import uuid
from typing import Annotated

import strawberry

from app.logs import service
from app.logs.models import SessionFeedback as FeedbackRow
from app.logs.models import WorkoutLog as LogRow
from graphql_schema.context import Info
from graphql_schema.fields import field
from graphql_schema.logs.types import SessionFeedback, WorkoutLog
from graphql_schema.pagination import AfterArg, Connection, FirstArg, paginate
from graphql_schema.permissions import AUTHENTICATED

AthleteIdArg = Annotated[
    uuid.UUID | None,
    strawberry.argument(
        description="Whose entries to list. Omitted: every athlete the caller may see (an athlete: themself)."
    ),
]


@strawberry.type
class LogsQuery:
    @field(
        description="Workout logs, newest completedAt first. Another coach's athlete gives an empty list.",
        graphql_type=Connection[WorkoutLog],
        permission_classes=AUTHENTICATED,
    )
    async def workout_logs(
        self,
        info: Info,
        athlete_id: AthleteIdArg = None,
        first: FirstArg = None,
        after: AfterArg = None,
        include_superseded: Annotated[
            bool,
            strawberry.argument(
                description="Also list versions replaced by an edit (default: current only)."
            ),
        ] = False,
    ) -> Connection[LogRow]:
        query = service.list_workout_logs(
            actor=info.context.require_actor(),
            athlete_id=athlete_id,
            include_superseded=include_superseded,
        )
        return await paginate(
            query,
            order_by="completed_at",
            descending=True,
            first=first,
            after=after,
            max_page_size=info.context.settings.max_page_size,
        )

    @field(
        description="One version of a workout log by id (current or replaced); null when missing "
        "or not visible.",
        graphql_type=WorkoutLog | None,
        permission_classes=AUTHENTICATED,
    )
    async def workout_log(
        self,
        info: Info,
        id: Annotated[uuid.UUID, strawberry.argument(description="The log version's id.")],
    ) -> LogRow | None:
        return await service.get_workout_log(actor=info.context.require_actor(), log_id=id)

    @field(
        description="Session feedback, most recently submitted first. Another coach's athlete "
        "gives an empty list.",
        graphql_type=Connection[SessionFeedback],
        permission_classes=AUTHENTICATED,
    )
    async def session_feedback(
        self,
        info: Info,
        athlete_id: AthleteIdArg = None,
        first: FirstArg = None,
        after: AfterArg = None,
    ) -> Connection[FeedbackRow]:
        query = service.list_session_feedback(actor=info.context.require_actor(), athlete_id=athlete_id)
        return await paginate(
            query,
            order_by="submitted_at",
            descending=True,
            first=first,
            after=after,
            max_page_size=info.context.settings.max_page_size,
        )
