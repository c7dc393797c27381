"""Passwords: seed 004's policy, Argon2id hashes made off the event loop, rehash on login."""

from __future__ import annotations

import threading

import httpx
import pytest
from argon2 import PasswordHasher, Type

from app.auth import passwords
from app.auth.models import User
from app.core.errors import Collector, ErrorCode, FieldError
from app.settings import Settings
from tests.helpers import LOGIN, PASSWORD, TEST_HASHER, gql, make_coach


def policy(password: str) -> list[FieldError]:
    collector = Collector()
    passwords.check_password_policy(password, collector)
    return collector.errors


def test_a_password_meeting_every_rule_passes() -> None:
    assert policy("Abcdefghij12") == []
    assert policy("Correct-Horse-42") == []


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("Abcdefghij1", "Password must be at least 12 characters."),
        ("abcdefghij12", "Password must contain an upper-case letter."),
        ("ABCDEFGHIJ12", "Password must contain a lower-case letter."),
        ("Abcdefghijkl", "Password must contain a digit."),
    ],
)
def test_each_rule_is_checked_on_its_own(password: str, message: str) -> None:
    assert policy(password) == [FieldError("password", ErrorCode.WEAK_PASSWORD, message)]


def test_every_broken_rule_is_reported() -> None:
    assert policy("") == [
        FieldError("password", ErrorCode.WEAK_PASSWORD, "Password must be at least 12 characters."),
        FieldError(
            "password",
            ErrorCode.WEAK_PASSWORD,
            "Password must contain an upper-case letter, a lower-case letter, a digit.",
        ),
    ]


def test_an_overlong_password_is_refused() -> None:
    assert policy("Aa1" * 100) == [
        FieldError("password", ErrorCode.TOO_LONG, "Password must be at most 256 characters.")
    ]


def test_the_production_hasher_is_argon2id_above_owasp_minimums() -> None:
    # OWASP: Argon2id with at least 19 MiB memory and 2 iterations (or 46 MiB and 1)
    production = passwords.default_hasher()
    assert production.type is Type.ID
    assert production.memory_cost >= 19 * 1024 and production.time_cost >= 2


async def test_hash_password_makes_a_verifiable_argon2id_hash() -> None:
    digest = await passwords.hash_password(PASSWORD)

    assert digest.startswith("$argon2id$v=19$m=1024,t=1,p=1$")
    assert PASSWORD not in digest
    assert await passwords.verify_password(digest, PASSWORD) is True
    assert await passwords.verify_password(digest, PASSWORD.lower()) is False
    assert await passwords.hash_password(PASSWORD) != digest  # salted


async def test_verify_password_never_raises_for_a_malformed_hash() -> None:
    assert await passwords.verify_password("not-a-hash", PASSWORD) is False
    assert await passwords.verify_password("", PASSWORD) is False
    assert passwords.needs_rehash("not-a-hash") is True


class ThreadRecordingHasher(PasswordHasher):
    """The test hasher, noting which thread each hash and verification ran on."""

    def __init__(self) -> None:
        super().__init__(time_cost=1, memory_cost=1024, parallelism=1, type=Type.ID)
        self.threads: list[int] = []

    def hash(self, password, *, salt=None):  # type: ignore[no-untyped-def, override]
        self.threads.append(threading.get_ident())
        return super().hash(password, salt=salt)

    def verify(self, hash, password):  # type: ignore[no-untyped-def, override]
        self.threads.append(threading.get_ident())
        return super().verify(hash, password)


async def test_hashing_and_verifying_run_off_the_event_loop() -> None:
    recorder = ThreadRecordingHasher()
    passwords.set_hasher(recorder)

    digest = await passwords.hash_password(PASSWORD)
    await passwords.verify_password(digest, PASSWORD)
    await passwords.dummy_verify("whatever")

    assert len(recorder.threads) >= 3
    assert threading.get_ident() not in recorder.threads


async def test_login_rehashes_a_hash_made_with_other_parameters(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    coach = await make_coach(settings)
    old_hasher = PasswordHasher(time_cost=2, memory_cost=2048, parallelism=2, type=Type.ID)
    old_hash = old_hasher.hash(PASSWORD)
    await User.filter(id=coach.user.id).update(password_hash=old_hash)

    result = await gql(client, LOGIN, {"input": {"email": "coach@example.com", "password": PASSWORD}})

    assert result["data"]["login"]["errors"] == []
    stored = (await User.get(id=coach.user.id)).password_hash
    assert stored != old_hash
    assert stored.startswith("$argon2id$v=19$m=1024,t=1,p=1$")
    assert TEST_HASHER.check_needs_rehash(stored) is False
    assert TEST_HASHER.verify(stored, PASSWORD) is True


async def test_login_keeps_a_current_hash(client: httpx.AsyncClient, settings: Settings) -> None:
    coach = await make_coach(settings)
    current = (await User.get(id=coach.user.id)).password_hash

    await gql(client, LOGIN, {"input": {"email": "coach@example.com", "password": PASSWORD}})

    assert (await User.get(id=coach.user.id)).password_hash == current


async def test_a_failed_login_does_not_rehash(client: httpx.AsyncClient, settings: Settings) -> None:
    coach = await make_coach(settings)
    old_hash = PasswordHasher(time_cost=2, memory_cost=2048, parallelism=1, type=Type.ID).hash(PASSWORD)
    await User.filter(id=coach.user.id).update(password_hash=old_hash)

    await gql(client, LOGIN, {"input": {"email": "coach@example.com", "password": "Wrong-Password-1"}})

    assert (await User.get(id=coach.user.id)).password_hash == old_hash
