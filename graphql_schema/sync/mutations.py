"""Mutations of the sync domain: `sync`, a client's queued operations in one request."""

from __future__ import annotations

from typing import Annotated

import strawberry

from app.core.errors import ErrorCode, FieldError
from app.sync import protocol
from graphql_schema.context import Info
from graphql_schema.errors import attempt
from graphql_schema.fields import mutation
from graphql_schema.permissions import AUTHENTICATED
from graphql_schema.sync.once import key_ttl
from graphql_schema.sync.types import SyncInput, SyncOperationInput, SyncPayload


def _request(operation: SyncOperationInput) -> protocol.OperationRequest:
    """A queued operation in the protocol's terms; what is wrong with its shape becomes its problems."""
    given = operation.payloads()
    if len(given) != 1:
        names = ", ".join(protocol.OPERATIONS)
        problem = FieldError(None, ErrorCode.INVALID, f"Give exactly one operation: one of {names}.")
        return protocol.OperationRequest(
            operation.client_operation_id, operation.idempotency_key, None, problems=(problem,)
        )
    name, payload = given[0]
    problems: tuple[FieldError, ...] = ()
    if payload.idempotency_key is not None and payload.idempotency_key != operation.idempotency_key:
        problems = (
            FieldError(
                f"{name}.idempotencyKey",
                ErrorCode.INVALID,
                "Give the idempotency key once, on the operation.",
            ),
        )
    return protocol.OperationRequest(
        operation.client_operation_id, operation.idempotency_key, name, payload.arguments(), problems
    )


@strawberry.type
class SyncMutation:
    @mutation(
        description="Send a client's queued operations (at most 100) in one request. They apply in the "
        "order sent, each in its own transaction, and each gets its own result: APPLIED, DUPLICATE (its "
        "idempotency key had applied: the first result again), CONFLICT (based on a replaced version: "
        "the server's version and the differing fields) or REJECTED (typed errors). One failing "
        "operation never loses another. Every attempt is recorded for `syncReport`.",
        permission_classes=AUTHENTICATED,
    )
    async def sync(
        self,
        info: Info,
        input: Annotated[SyncInput, strawberry.argument(description="The client and its queued operations.")],
    ) -> SyncPayload:
        requests = [_request(operation) for operation in input.operations]
        results, errors = await attempt(
            lambda: protocol.sync_batch(
                actor=info.context.require_actor(),
                client_id=input.client_id,
                operations=requests,
                ttl=key_ttl(info.context.settings),
            )
        )
        return SyncPayload(results=results or [], errors=errors)
