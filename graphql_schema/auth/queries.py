"""Account queries: `me`."""

from __future__ import annotations

import strawberry

from app.auth.models import User as UserModel
from graphql_schema.auth.types import User
from graphql_schema.permissions import AUTHENTICATED


@strawberry.type
class AuthQuery:
    @strawberry.field(description="The calling account.", permission_classes=AUTHENTICATED)
    async def me(self, info: strawberry.Info) -> User:
        actor = info.context.require_actor()
        return User.from_model(await UserModel.get(id=actor.user_id))
