"""GraphQL types of offline sync (views over the sync services' rows and value objects): the batch
and its per-operation results, the sync report, and the changes feed."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Annotated, Any

import strawberry
from strawberry.types.base import get_object_definition
from strawberry.utils.str_converters import to_camel_case
from tortoise.models import Model

from app.core.errors import FieldError
from app.sync import status
from app.sync.conflicts import Conflict
from app.sync.entities import Entity, EntityKind
from app.sync.models import ChangeLog, ChangeOperation, SyncOperation, SyncOutcome
from app.sync.protocol import OperationResult
from app.sync.status import SyncReport as ReportRow
from graphql_schema import refs
from graphql_schema.context import Info
from graphql_schema.errors import UserError
from graphql_schema.fields import list_of
from graphql_schema.loaders import Loaders
from graphql_schema.logs.enums import SyncStatus
from graphql_schema.pagination import AfterArg, Connection, FirstArg, paginate
from graphql_schema.sync.once import OperationInput

strawberry.enum(
    SyncOutcome,
    name="SyncOutcome",
    description="What became of a sync operation: APPLIED now; DUPLICATE (its idempotency key had "
    "already applied: the first result again); CONFLICT (based on a version the server has since "
    "replaced); REJECTED (see its errors).",
)
strawberry.enum(EntityKind, name="EntityKind", description="A kind of row the API shows.")
strawberry.enum(
    ChangeOperation,
    name="ChangeOperation",
    description="What happened to a row: INSERT or UPDATE (the row is in `entity`); DELETE (deleted); "
    "ARCHIVE (a program was archived: drop it); ATHLETE_GONE (the athlete is no longer yours: drop "
    "every row of `athleteId`). The last three are tombstones: no `entity`.",
)


def _errors(problems: list[FieldError]) -> list[UserError]:
    return [UserError(field=e.field, code=e.code, message=e.message) for e in problems]


def _as(kind: EntityKind) -> Callable[[Entity], Model | None]:
    def resolve(entity: strawberry.Parent[Entity]) -> Model | None:
        return entity.row if entity.kind is kind else None

    return resolve


def _entity_id(entity: strawberry.Parent[Entity]) -> uuid.UUID:
    row_id = entity.row.pk
    assert isinstance(row_id, uuid.UUID)
    return row_id


@strawberry.type(
    description="One row of any kind the API shows: `kind` says which, and exactly that field is set."
)
class SyncEntity:
    kind: EntityKind = strawberry.field(description="The kind of row.")
    id: uuid.UUID = strawberry.field(description="The row's id.", resolver=_entity_id)
    program: Model | None = strawberry.field(
        description="When a program.",
        graphql_type=refs.TrainingProgram | None,
        resolver=_as(EntityKind.PROGRAM),
    )
    phase: Model | None = strawberry.field(
        description="When a program phase.",
        graphql_type=refs.ProgramPhase | None,
        resolver=_as(EntityKind.PHASE),
    )
    micro_cycle: Model | None = strawberry.field(
        description="When a micro-cycle (training week).",
        graphql_type=refs.MicroCycle | None,
        resolver=_as(EntityKind.MICRO_CYCLE),
    )
    session: Model | None = strawberry.field(
        description="When a session.",
        graphql_type=refs.TrainingSession | None,
        resolver=_as(EntityKind.SESSION),
    )
    workout_log: Model | None = strawberry.field(
        description="When a workout log version.",
        graphql_type=refs.WorkoutLog | None,
        resolver=_as(EntityKind.WORKOUT_LOG),
    )
    session_feedback: Model | None = strawberry.field(
        description="When session feedback.",
        graphql_type=refs.SessionFeedback | None,
        resolver=_as(EntityKind.SESSION_FEEDBACK),
    )
    benchmark: Model | None = strawberry.field(
        description="When a benchmark.",
        graphql_type=refs.BenchmarkMetric | None,
        resolver=_as(EntityKind.BENCHMARK),
    )
    exercise: Model | None = strawberry.field(
        description="When an exercise.", graphql_type=refs.Exercise | None, resolver=_as(EntityKind.EXERCISE)
    )
    athlete_profile: Model | None = strawberry.field(
        description="When an athlete profile.",
        graphql_type=refs.AthleteProfile | None,
        resolver=_as(EntityKind.ATHLETE_PROFILE),
    )
    check_in: Model | None = strawberry.field(
        description="When a morning check-in.",
        graphql_type=refs.CheckIn | None,
        resolver=_as(EntityKind.CHECK_IN),
    )
    readiness_feedback: Model | None = strawberry.field(
        description="When an athlete's feedback on a day's readiness.",
        graphql_type=refs.ReadinessFeedback | None,
        resolver=_as(EntityKind.READINESS_FEEDBACK),
    )


# --- the batch ----------------------------------------------------------------------------


def _server_version(conflict: strawberry.Parent[Conflict]) -> Entity:
    return conflict.server


@strawberry.type(
    description="Why an operation conflicts: the server's current version and how yours differs."
)
class SyncConflict:
    server_version: Entity = strawberry.field(
        description="The row as the server holds it now (for a log: its current version).",
        graphql_type=SyncEntity,
        resolver=_server_version,
    )
    fields: list[str] = strawberry.field(
        description="The input fields (API names) where your operation differs from the server's version."
    )


def _result_errors(result: strawberry.Parent[OperationResult]) -> list[UserError]:
    return _errors(result.errors)


def _result_status(result: strawberry.Parent[OperationResult]) -> SyncStatus:
    return result.record.status


def _result_attempts(result: strawberry.Parent[OperationResult]) -> int:
    return result.record.attempts


@strawberry.type(description="The result of one operation of a `sync` batch.")
class SyncOperationResult:
    client_operation_id: str = strawberry.field(description="The operation's id, as the client sent it.")
    operation: str | None = strawberry.field(
        description="The operation's name (e.g. logWorkout); null when none or several were given."
    )
    outcome: SyncOutcome = strawberry.field(description="What became of it.")
    entity: Entity | None = strawberry.field(
        description="APPLIED: the row written; DUPLICATE: that row as the first response showed it "
        "(its relations are read now). Null otherwise.",
        graphql_type=SyncEntity | None,
    )
    conflict: Conflict | None = strawberry.field(
        description="CONFLICT only: the server's version and the differing fields.",
        graphql_type=SyncConflict | None,
    )
    errors: list[UserError] = strawberry.field(
        description="REJECTED: every problem, with the codes of the single mutation (FORBIDDEN when your "
        "role may never make this change); CONFLICT: the conflict. Empty otherwise.",
        resolver=_result_errors,
    )
    sync_status: SyncStatus = strawberry.field(
        description="The operation's status after this attempt: SYNCED once applied, ERROR after 3 failed "
        "attempts, PENDING otherwise.",
        resolver=_result_status,
    )
    attempts: int = strawberry.field(
        description="How many times the server has received this operation.", resolver=_result_attempts
    )


@strawberry.type(description="The result of `sync`: one result per operation, in the order sent.")
class SyncPayload:
    results: list[OperationResult] = strawberry.field(
        description="One result per operation, in the order sent; empty when `errors` is not.",
        graphql_type=list_of(SyncOperationResult),
    )
    errors: list[UserError] = strawberry.field(
        description="Why the batch as a whole was refused (client id, size, ids, keys); nothing was applied."
    )


_ENVELOPE = frozenset({"client_operation_id", "idempotency_key"})


@strawberry.input(
    description="One queued operation: its ids and exactly one payload, the input of the single mutation "
    "of the same name (leave the payload's own idempotencyKey out: the operation's key applies)."
)
class SyncOperationInput:
    client_operation_id: str = strawberry.field(
        description="The operation's id in the client's queue, 1-100 characters; its status is kept under it."
    )
    idempotency_key: str = strawberry.field(
        description="1-255 characters, e.g. a UUID made when the operation was queued; a retry sends the same key."
    )
    log_workout: OperationInput | None = strawberry.field(
        default=None, description="Log a session as done.", graphql_type=refs.LogWorkoutInput | None
    )
    edit_workout_log: OperationInput | None = strawberry.field(
        default=None,
        description="Edit a log; `id` is the version the edit is based on (CONFLICT when it was replaced).",
        graphql_type=refs.EditWorkoutLogInput | None,
    )
    submit_session_feedback: OperationInput | None = strawberry.field(
        default=None,
        description="Say how a session felt.",
        graphql_type=refs.SubmitSessionFeedbackInput | None,
    )
    skip_own_session: OperationInput | None = strawberry.field(
        default=None,
        description="Skip one of your planned sessions.",
        graphql_type=refs.SkipOwnSessionInput | None,
    )
    record_benchmark: OperationInput | None = strawberry.field(
        default=None, description="Record a benchmark.", graphql_type=refs.RecordBenchmarkInput | None
    )
    update_athlete_profile: OperationInput | None = strawberry.field(
        default=None, description="Edit your profile.", graphql_type=refs.UpdateAthleteProfileInput | None
    )
    submit_check_in: OperationInput | None = strawberry.field(
        default=None, description="Your morning check-in.", graphql_type=refs.SubmitCheckInInput | None
    )
    record_readiness_feedback: OperationInput | None = strawberry.field(
        default=None,
        description="Whether you agreed with a day's readiness.",
        graphql_type=refs.RecordReadinessFeedbackInput | None,
    )

    def payloads(self) -> list[tuple[str, OperationInput]]:
        """The payloads given, under their operation names (each field's API name)."""
        found = []
        for definition in get_object_definition(type(self), strict=True).fields:
            value = getattr(self, definition.python_name)
            if definition.python_name not in _ENVELOPE and value is not None:
                found.append((to_camel_case(definition.python_name), value))
        return found


@strawberry.input(description="A client's queued operations, applied in order, each on its own.")
class SyncInput:
    client_id: str = strawberry.field(
        description="The client (a device install), 1-100 characters; `syncReport` reports per client."
    )
    operations: list[SyncOperationInput] = strawberry.field(
        description="At most 100 operations, in queue order."
    )


# --- the report ------------------------------------------------------------------------------


def _record_errors(row: strawberry.Parent[SyncOperation]) -> list[UserError]:
    return _errors(status.last_errors(row))


def _record_kind(row: strawberry.Parent[SyncOperation]) -> EntityKind | None:
    return EntityKind(row.entity_kind) if row.entity_kind else None


@strawberry.type(description="What the server saw of one queued operation (seed 004's sync status).")
class SyncOperationRecord:
    client_operation_id: str = strawberry.field(description="The operation's id in the client's queue.")
    operation: str | None = strawberry.field(description="The operation's name, e.g. logWorkout.")
    idempotency_key: str = strawberry.field(description="The key of its last attempt.")
    status: SyncStatus = strawberry.field(
        description="SYNCED once applied; ERROR after 3 failed attempts; PENDING otherwise."
    )
    attempts: int = strawberry.field(description="How many times it was received.")
    failures: int = strawberry.field(description="How many of those were REJECTED or CONFLICT.")
    last_outcome: SyncOutcome = strawberry.field(description="What became of its last attempt.")
    last_errors: list[UserError] = strawberry.field(
        description="Why its last attempt failed (empty once applied).", resolver=_record_errors
    )
    entity_kind: EntityKind | None = strawberry.field(
        description="The kind of row it wrote, once applied.", resolver=_record_kind
    )
    entity_id: uuid.UUID | None = strawberry.field(description="The id of the row it wrote, once applied.")
    created_at: datetime = strawberry.field(description="When it was first received (UTC).")
    updated_at: datetime = strawberry.field(description="When it was last received (UTC).")


async def _report_operations(
    report: strawberry.Parent[ReportRow],
    info: Info,
    status_is: Annotated[
        SyncStatus | None, strawberry.argument(name="status", description="Only records with this status.")
    ] = None,
    first: FirstArg = None,
    after: AfterArg = None,
) -> Connection[SyncOperation]:
    return await paginate(
        status.report_operations(report, status=status_is),
        order_by="updated_at",
        descending=True,
        first=first,
        after=after,
        max_page_size=info.context.settings.max_page_size,
    )


@strawberry.type(description="One client's operations as the server saw them: counts and the records.")
class SyncReport:
    client_id: str = strawberry.field(description="The client reported on.")
    pending_count: int = strawberry.field(
        description="Operations received but not applied yet (fewer than 3 failures)."
    )
    synced_count: int = strawberry.field(description="Operations applied.")
    error_count: int = strawberry.field(
        description="Operations that failed 3 times or more without applying: show these to the user."
    )
    operations: Connection[SyncOperation] = strawberry.field(
        description="The operation records, most recently received first; `status` keeps one status only.",
        graphql_type=Connection[SyncOperationRecord],
        resolver=_report_operations,
    )


# --- the changes feed ------------------------------------------------------------------------

_LOADERS: dict[EntityKind, Callable[[Loaders, uuid.UUID], Awaitable[Any]]] = {
    EntityKind.PROGRAM: lambda loaders, key: loaders.programs.program_by_id.load(key),
    EntityKind.PHASE: lambda loaders, key: loaders.programs.phase_by_id.load(key),
    EntityKind.MICRO_CYCLE: lambda loaders, key: loaders.programs.micro_cycle_by_id.load(key),
    EntityKind.SESSION: lambda loaders, key: loaders.programs.session_by_id.load(key),
    EntityKind.WORKOUT_LOG: lambda loaders, key: loaders.logs.log_by_id.load(key),
    EntityKind.SESSION_FEEDBACK: lambda loaders, key: loaders.logs.feedback_by_id.load(key),
    EntityKind.BENCHMARK: lambda loaders, key: loaders.exercises.benchmark_by_id.load(key),
    EntityKind.EXERCISE: lambda loaders, key: loaders.exercises.exercise_by_id.load(key),
    EntityKind.ATHLETE_PROFILE: lambda loaders, key: loaders.athletes.athlete_by_id.load(key),
    EntityKind.CHECK_IN: lambda loaders, key: loaders.wellness.check_in_by_id.load(key),
    EntityKind.READINESS_FEEDBACK: lambda loaders, key: loaders.analytics.feedback_by_id.load(key),
}


def _change_kind(row: strawberry.Parent[ChangeLog]) -> EntityKind:
    return EntityKind(row.entity)


async def _change_entity(row: strawberry.Parent[ChangeLog], info: Info) -> Entity | None:
    if row.operation not in (ChangeOperation.INSERT, ChangeOperation.UPDATE):
        return None
    kind = EntityKind(row.entity)
    found = await _LOADERS[kind](info.context.loaders, row.row_id)
    return Entity(kind, found) if found is not None else None


@strawberry.type(description="One change of a row the caller may see.")
class Change:
    kind: EntityKind = strawberry.field(description="The kind of row.", resolver=_change_kind)
    row_id: uuid.UUID = strawberry.field(name="id", description="The row's id.")
    operation: ChangeOperation = strawberry.field(description="What happened to it.")
    athlete_id: uuid.UUID | None = strawberry.field(
        description="The athlete the row belongs to (null for exercises); for ATHLETE_GONE, the athlete to drop."
    )
    entity: Entity | None = strawberry.field(
        description="INSERT and UPDATE: the row as it is now (null when it has since been deleted or hidden "
        "from you: a tombstone for it follows). Tombstones: null.",
        graphql_type=SyncEntity | None,
        resolver=_change_entity,
    )


@strawberry.type(description="A page of the changes feed.")
class ChangeFeed:
    changes: list[ChangeLog] = strawberry.field(
        description="Changes in the order they must be applied (a row may appear more than once: apply "
        "each in turn).",
        graphql_type=list_of(Change),
    )
    cursor: str = strawberry.field(
        description="Pass it as `since` on the next pull. Opaque; keep it with your data."
    )
    has_more: bool = strawberry.field(
        description="More changes are ready now: pull again at once. False: you are up to date."
    )
