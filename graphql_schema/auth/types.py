"""GraphQL types of the accounts domain (the User type is a view over the auth service's Account)."""

from __future__ import annotations

import uuid
from datetime import datetime

import strawberry

from app.athletes.models import AthleteProfile as AthleteRow
from app.athletes.models import Coach as CoachRow
from app.auth.service import Account
from app.core.actor import Role
from graphql_schema import refs
from graphql_schema.errors import UserError

strawberry.enum(Role, name="Role", description="What an account is: coach, athlete or admin.")


@strawberry.type(description="An account. Only its owner, its coach (for athletes) and admins see it.")
class User:
    id: uuid.UUID = strawberry.field(description="The account's id.")
    email: str = strawberry.field(description="Login email, lowercased.")
    role: Role = strawberry.field(description="The account's role.")
    created_at: datetime = strawberry.field(description="When the account was created (UTC).")
    last_login_at: datetime | None = strawberry.field(description="When the account last logged in (UTC).")
    coach: CoachRow | None = strawberry.field(
        description="The coach profile, for coach accounts.", graphql_type=refs.Coach | None
    )
    athlete: AthleteRow | None = strawberry.field(
        description="The athlete profile, for athlete accounts.", graphql_type=refs.AthleteProfile | None
    )


@strawberry.type(description="The result of registering an account.")
class RegisterPayload:
    user: Account | None = strawberry.field(
        description="The new account; null when `errors` is not empty.", graphql_type=User | None
    )
    errors: list[UserError] = strawberry.field(description="Why the input was refused; empty on success.")


@strawberry.type(description="Tokens issued by `login` or `refreshToken`.")
class AuthPayload:
    access_token: str | None = strawberry.field(
        description="JWT to send as `Authorization: Bearer …`; short-lived."
    )
    access_token_expires_at: datetime | None = strawberry.field(
        description="When the access token expires (UTC)."
    )
    refresh_token: str | None = strawberry.field(
        description="Single-use token for `refreshToken`; each use returns a new one. Keep it secret."
    )
    refresh_token_expires_at: datetime | None = strawberry.field(
        description="When the refresh token expires (UTC)."
    )
    user: Account | None = strawberry.field(description="The logged-in account.", graphql_type=User | None)
    errors: list[UserError] = strawberry.field(description="Why the call was refused; empty on success.")


@strawberry.type(description="A new invite code. The code is shown only here, once.")
class CreateInvitePayload:
    code: str | None = strawberry.field(description="The invite code to give the athlete.")
    expires_at: datetime | None = strawberry.field(description="When the code stops working (UTC).")
    email: str | None = strawberry.field(description="The only email that may use the code, if bound.")
    errors: list[UserError] = strawberry.field(description="Why the call was refused; empty on success.")


@strawberry.type(description="The result of logging out.")
class LogoutPayload:
    revoked_count: int = strawberry.field(description="How many refresh tokens were revoked.")
    errors: list[UserError] = strawberry.field(description="Why the call was refused; empty on success.")


@strawberry.input(description="A new coach account.")
class RegisterCoachInput:
    email: str = strawberry.field(description="Login email (max 255 characters).")
    password: str = strawberry.field(
        description="12+ characters with upper- and lower-case letters and a digit."
    )
    display_name: str = strawberry.field(description="Name shown to athletes, 2-100 characters.")


@strawberry.input(description="A new athlete account joining the coach who issued the invite code.")
class RegisterAthleteInput:
    invite_code: str = strawberry.field(description="The code from the coach's `createInvite`.")
    email: str = strawberry.field(description="Login email (max 255 characters).")
    password: str = strawberry.field(
        description="12+ characters with upper- and lower-case letters and a digit."
    )
    display_name: str = strawberry.field(description="Name shown to the coach, 1-80 characters.")
    timezone: str = strawberry.field(default="UTC", description="IANA time zone, e.g. Europe/Oslo.")


@strawberry.input(description="Credentials.")
class LoginInput:
    email: str = strawberry.field(description="Login email.")
    password: str = strawberry.field(description="Password.")


@strawberry.input(description="A refresh token to rotate.")
class RefreshTokenInput:
    refresh_token: str = strawberry.field(
        description="The refresh token from the last `login` or `refreshToken`."
    )


@strawberry.input(description="What to revoke on logout.")
class LogoutInput:
    refresh_token: str | None = strawberry.field(
        default=None,
        description="Revoke this token's session (default: the session of the access token used).",
    )
    everywhere: bool = strawberry.field(
        default=False, description="Revoke every session and every access token issued so far."
    )


@strawberry.input(description="An invite for one athlete.")
class CreateInviteInput:
    email: str | None = strawberry.field(default=None, description="Bind the code to this email (optional).")


@strawberry.type(description="The result of deactivating an account.")
class DeactivateAccountPayload:
    user: Account | None = strawberry.field(
        description="The account, now inactive; null when `errors` is not empty.", graphql_type=User | None
    )
    errors: list[UserError] = strawberry.field(description="Why the call was refused; empty on success.")


@strawberry.input(description="The account to deactivate.")
class DeactivateAccountInput:
    user_id: uuid.UUID = strawberry.field(description="The account's id.")
