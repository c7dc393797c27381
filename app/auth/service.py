"""The auth domain's services, in one place for callers: accounts (app/auth/accounts.py) and
sessions (app/auth/sessions.py)."""

from __future__ import annotations

from app.auth.accounts import (
    Account,
    IssuedInvite,
    account_of,
    create_admin,
    create_invite,
    current_account,
    deactivate_account,
    register_athlete,
    register_coach,
)
from app.auth.sessions import IssuedTokens, authenticate, authenticate_with_profile, login, logout, refresh
from app.auth.throttle import too_many_attempts

__all__ = [
    "Account",
    "IssuedInvite",
    "IssuedTokens",
    "account_of",
    "authenticate",
    "authenticate_with_profile",
    "create_admin",
    "create_invite",
    "current_account",
    "deactivate_account",
    "login",
    "logout",
    "refresh",
    "register_athlete",
    "register_coach",
    "too_many_attempts",
]
