"""Argon2id password hashing (argon2-cffi), computed in a worker thread off the event loop."""

from __future__ import annotations

import asyncio
import re

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from app.core.errors import Collector, ErrorCode

MIN_PASSWORD_LENGTH = 12
MAX_PASSWORD_LENGTH = 256


def default_hasher() -> PasswordHasher:
    """Production's hasher: argon2-cffi's RFC 9106 low-memory profile (t=3, m=64 MiB, p=4),
    above OWASP's minimum."""
    return PasswordHasher(type=Type.ID)


_hasher = default_hasher()


def set_hasher(hasher: PasswordHasher) -> None:
    """Swap the hasher (tests use cheaper parameters; production keeps the default)."""
    global _hasher
    _hasher = hasher


def get_hasher() -> PasswordHasher:
    return _hasher


def check_password_policy(password: str, collector: Collector, field: str = "password") -> None:
    """Seed 004's policy: 12+ characters with an upper-case letter, a lower-case one and a digit."""
    if len(password) < MIN_PASSWORD_LENGTH:
        collector.add(
            field, ErrorCode.WEAK_PASSWORD, f"Password must be at least {MIN_PASSWORD_LENGTH} characters."
        )
    elif len(password) > MAX_PASSWORD_LENGTH:
        collector.add(
            field, ErrorCode.TOO_LONG, f"Password must be at most {MAX_PASSWORD_LENGTH} characters."
        )
    missing = [
        label
        for label, pattern in (
            ("an upper-case letter", r"[A-Z]"),
            ("a lower-case letter", r"[a-z]"),
            ("a digit", r"[0-9]"),
        )
        if not re.search(pattern, password)
    ]
    if missing:
        collector.add(field, ErrorCode.WEAK_PASSWORD, "Password must contain " + ", ".join(missing) + ".")


async def hash_password(password: str) -> str:
    """An Argon2id hash of `password`."""
    return await asyncio.to_thread(_hasher.hash, password)


async def verify_password(password_hash: str, password: str) -> bool:
    """Whether `password` matches; never raises for a wrong password or a malformed hash."""

    def _verify() -> bool:
        try:
            return _hasher.verify(password_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    return await asyncio.to_thread(_verify)


def needs_rehash(password_hash: str) -> bool:
    """Whether the hash was made with other parameters than the current ones."""
    try:
        return _hasher.check_needs_rehash(password_hash)
    except InvalidHashError:
        return True


# A hash to verify against when the email is unknown, so both paths take the same time.
_DUMMY_HASH: str | None = None


async def dummy_verify(password: str) -> None:
    """Spend the time a real verification would, for an unknown account."""
    global _DUMMY_HASH
    if _DUMMY_HASH is None:
        _DUMMY_HASH = await hash_password("Timing-Equaliser-0")
    await verify_password(_DUMMY_HASH, password)
