"""Account mutations: registerCoach, createInvite, registerAthlete, login, refreshToken, logout."""

from __future__ import annotations

from typing import Annotated

import strawberry

from app.auth import service
from graphql_schema.auth.types import (
    AuthPayload,
    CreateInviteInput,
    CreateInvitePayload,
    DeactivateAccountInput,
    DeactivateAccountPayload,
    LoginInput,
    LogoutInput,
    LogoutPayload,
    RefreshTokenInput,
    RegisterAthleteInput,
    RegisterCoachInput,
    RegisterPayload,
)
from graphql_schema.context import Info
from graphql_schema.errors import UserError, attempt
from graphql_schema.fields import mutation
from graphql_schema.permissions import AUTHENTICATED


async def _auth_payload(tokens: service.IssuedTokens | None, errors: list[UserError]) -> AuthPayload:
    if tokens is None:
        return AuthPayload(
            access_token=None,
            access_token_expires_at=None,
            refresh_token=None,
            refresh_token_expires_at=None,
            user=None,
            errors=errors,
        )
    return AuthPayload(
        access_token=tokens.access_token,
        access_token_expires_at=tokens.access_expires_at,
        refresh_token=tokens.refresh_token,
        refresh_token_expires_at=tokens.refresh_expires_at,
        user=await service.account_of(tokens.user),
        errors=[],
    )


@strawberry.type
class AuthMutation:
    @mutation(description="Create a coach account. Open to anyone.")
    async def register_coach(
        self,
        info: Info,
        input: Annotated[RegisterCoachInput, strawberry.argument(description="The new account.")],
    ) -> RegisterPayload:
        user, errors = await attempt(
            lambda: service.register_coach(
                email=input.email,
                password=input.password,
                display_name=input.display_name,
                client=info.context.client,
                settings=info.context.settings,
            )
        )
        return RegisterPayload(user=await service.account_of(user) if user else None, errors=errors)

    @mutation(
        description="Create an athlete account with a coach's invite code; the athlete joins that coach."
    )
    async def register_athlete(
        self,
        info: Info,
        input: Annotated[
            RegisterAthleteInput, strawberry.argument(description="The invite code and the new account.")
        ],
    ) -> RegisterPayload:
        user, errors = await attempt(
            lambda: service.register_athlete(
                invite_code=input.invite_code,
                email=input.email,
                password=input.password,
                display_name=input.display_name,
                timezone=input.timezone,
                client=info.context.client,
            )
        )
        return RegisterPayload(user=await service.account_of(user) if user else None, errors=errors)

    @mutation(
        description="Log in. Failures do not say whether the email exists; repeated failures are throttled."
    )
    async def login(
        self,
        info: Info,
        input: Annotated[LoginInput, strawberry.argument(description="The credentials.")],
    ) -> AuthPayload:
        tokens, errors = await attempt(
            lambda: service.login(
                email=input.email,
                password=input.password,
                settings=info.context.settings,
                client=info.context.client,
            )
        )
        return await _auth_payload(tokens, errors)

    @mutation(
        description="Exchange a refresh token for new tokens. The old refresh token stops working; "
        "using it again revokes the whole session."
    )
    async def refresh_token(
        self,
        info: Info,
        input: Annotated[RefreshTokenInput, strawberry.argument(description="The refresh token to rotate.")],
    ) -> AuthPayload:
        tokens, errors = await attempt(
            lambda: service.refresh(
                refresh_token=input.refresh_token,
                settings=info.context.settings,
                client=info.context.client,
            )
        )
        return await _auth_payload(tokens, errors)

    @mutation(description="Revoke a session (or every session).", permission_classes=AUTHENTICATED)
    async def logout(
        self,
        info: Info,
        input: Annotated[LogoutInput, strawberry.argument(description="What to revoke.")],
    ) -> LogoutPayload:
        revoked, errors = await attempt(
            lambda: service.logout(
                actor=info.context.require_actor(),
                refresh_token=input.refresh_token,
                everywhere=input.everywhere,
            )
        )
        return LogoutPayload(revoked_count=revoked or 0, errors=errors)

    @mutation(
        description="Coaches: issue a single-use invite code for a new athlete.",
        permission_classes=AUTHENTICATED,
    )
    async def create_invite(
        self,
        info: Info,
        input: Annotated[CreateInviteInput, strawberry.argument(description="Who the invite is for.")],
    ) -> CreateInvitePayload:
        issued, errors = await attempt(
            lambda: service.create_invite(
                actor=info.context.require_actor(), settings=info.context.settings, email=input.email
            )
        )
        if issued is None:
            return CreateInvitePayload(code=None, expires_at=None, email=None, errors=errors)
        return CreateInvitePayload(
            code=issued.code, expires_at=issued.invite.expires_at, email=issued.invite.email, errors=[]
        )

    @mutation(
        "Admins: deactivate an account. It can no longer log in; its tokens stop working and its open "
        "WebSockets are closed, in every server process. Others are refused (FORBIDDEN).",
        permission_classes=AUTHENTICATED,
    )
    async def deactivate_account(
        self,
        info: Info,
        input: Annotated[DeactivateAccountInput, strawberry.argument(description="The account.")],
    ) -> DeactivateAccountPayload:
        user, errors = await attempt(
            lambda: service.deactivate_account(actor=info.context.require_actor(), user_id=input.user_id)
        )
        return DeactivateAccountPayload(user=await service.account_of(user) if user else None, errors=errors)
