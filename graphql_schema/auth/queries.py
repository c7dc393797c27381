"""Account queries: `me`."""

from __future__ import annotations

import strawberry

from app.auth import service
from app.auth.service import Account
from graphql_schema.auth.types import User
from graphql_schema.context import Info
from graphql_schema.fields import field
from graphql_schema.permissions import AUTHENTICATED


@strawberry.type
class AuthQuery:
    @field("The calling account.", graphql_type=User, permission_classes=AUTHENTICATED)
    async def me(self, info: Info) -> Account:
        return await service.current_account(actor=info.context.require_actor())
