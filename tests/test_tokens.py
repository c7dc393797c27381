"""Tokens: only our algorithm, our key, our claims and the right type are accepted.

Forged tokens are built by hand here (base64url + HMAC, or an RSA signature) so the tests do
not depend on python-jose, which only app/auth/tokens.py uses.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import json
import uuid
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from app.auth import tokens
from app.auth.tokens import ISSUER, InvalidToken, TokenType, decode_token, encode_token
from app.settings import Settings
from tests.helpers import ME, PINNED_NOW, error_codes, gql, make_coach

pytestmark = pytest.mark.usefixtures("fixed_clock")

NOW = int(PINNED_NOW.timestamp())
HASHES = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def forge(claims: dict[str, Any], *, alg: str = "HS256", key: str | None = None, settings: Settings) -> str:
    """A JWT with these claims, signed with `alg` (HS*, RS256 or none) and `key`."""
    header = b64(json.dumps({"alg": alg, "typ": "JWT"}).encode())
    payload = b64(json.dumps(claims).encode())
    signing_input = f"{header}.{payload}".encode()
    if alg.lower() == "none":
        return f"{header}.{payload}."
    if alg == "RS256":
        signature = _rsa_key().sign(signing_input, padding.PKCS1v15(), hashes.SHA256())
    else:
        secret = (key if key is not None else settings.secret_key).encode()
        signature = hmac.new(secret, signing_input, HASHES[alg]).digest()
    return f"{header}.{payload}.{b64(signature)}"


@functools.cache
def _rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def claims_for(subject: uuid.UUID, **overrides: Any) -> dict[str, Any]:
    claims = {
        "sub": str(subject),
        "typ": "access",
        "iat": NOW,
        "exp": NOW + 900,
        "iss": ISSUER,
        "jti": "j1",
    }
    claims.update(overrides)
    return {k: v for k, v in claims.items() if v is not None}


# Each builder turns (user id, settings) into a token that must be refused as an access token.
Builder = Callable[[uuid.UUID, Settings], str]
REFUSED: dict[str, Builder] = {
    "alg none": lambda u, s: forge(claims_for(u), alg="none", settings=s),
    "alg None (case variant)": lambda u, s: forge(claims_for(u), alg="None", settings=s),
    "HS512 when HS256 is configured": lambda u, s: forge(claims_for(u), alg="HS512", settings=s),
    "HS384 when HS256 is configured": lambda u, s: forge(claims_for(u), alg="HS384", settings=s),
    "RS256 signature": lambda u, s: forge(claims_for(u), alg="RS256", settings=s),
    "another key": lambda u, s: forge(claims_for(u), key="another-secret-entirely-0123456789", settings=s),
    "empty key": lambda u, s: forge(claims_for(u), key="", settings=s),
    "expired": lambda u, s: forge(claims_for(u, iat=NOW - 900, exp=NOW), settings=s),
    "missing sub": lambda u, s: forge(claims_for(u, sub=None), settings=s),
    "missing exp": lambda u, s: forge(claims_for(u, exp=None), settings=s),
    "missing iat": lambda u, s: forge(claims_for(u, iat=None), settings=s),
    "missing typ": lambda u, s: forge(claims_for(u, typ=None), settings=s),
    "missing jti": lambda u, s: forge(claims_for(u, jti=None), settings=s),
    "wrong issuer": lambda u, s: forge(claims_for(u, iss="someone-else"), settings=s),
    "sub not a uuid": lambda u, s: forge(claims_for(u, sub="admin"), settings=s),
    "exp not a number": lambda u, s: forge(claims_for(u, exp="later"), settings=s),
    "iat out of range": lambda u, s: forge(claims_for(u, iat=1e300), settings=s),
    "refresh token used as access token": lambda u, s: encode_token(
        settings=s, subject=u, token_type=TokenType.REFRESH, now=PINNED_NOW, ttl=timedelta(days=1)
    ),
    "unknown typ": lambda u, s: forge(claims_for(u, typ="id"), settings=s),
    "tampered payload": lambda u, s: _tamper(forge(claims_for(u), settings=s)),
    "not a jwt": lambda u, s: "not-a-token",
    "three garbage parts": lambda u, s: "a.b.c",
    "empty": lambda u, s: "",
}


def _tamper(token: str) -> str:
    header, payload, signature = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=="))
    claims["exp"] += 86400
    return f"{header}.{b64(json.dumps(claims).encode())}.{signature}"


def test_a_well_formed_token_is_accepted(settings: Settings) -> None:
    subject = uuid.uuid4()

    claims = decode_token(
        forge(claims_for(subject), settings=settings),
        settings=settings,
        expected_type=TokenType.ACCESS,
        now=PINNED_NOW,
    )

    assert claims.subject == subject
    assert claims.token_type is TokenType.ACCESS
    assert claims.issued_at == PINNED_NOW
    assert claims.expires_at == PINNED_NOW + timedelta(seconds=900)


def test_tokens_we_issue_round_trip_with_their_family(settings: Settings) -> None:
    subject, family = uuid.uuid4(), uuid.uuid4()
    token = encode_token(
        settings=settings,
        subject=subject,
        token_type=TokenType.REFRESH,
        now=PINNED_NOW,
        ttl=timedelta(days=1),
        family_id=family,
    )

    claims = decode_token(token, settings=settings, expected_type=TokenType.REFRESH, now=PINNED_NOW)

    assert (claims.subject, claims.family_id, claims.issued_at) == (subject, family, PINNED_NOW)
    header = json.loads(base64.urlsafe_b64decode(token.split(".")[0] + "=="))
    assert header["alg"] == "HS256"


def test_a_token_expires_at_its_exp_second(settings: Settings) -> None:
    token = forge(claims_for(uuid.uuid4(), exp=NOW + 1), settings=settings)

    decode_token(token, settings=settings, expected_type=TokenType.ACCESS, now=PINNED_NOW)
    with pytest.raises(InvalidToken, match="token expired"):
        decode_token(
            token,
            settings=settings,
            expected_type=TokenType.ACCESS,
            now=PINNED_NOW + timedelta(seconds=1),
        )


def test_a_token_is_verified_once_and_its_expiry_and_key_checked_on_every_use(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    verified: list[str] = []
    verify = tokens._verify

    def counting(token: str, *args: Any, **kwargs: Any) -> Any:
        verified.append(token)
        return verify(token, *args, **kwargs)

    monkeypatch.setattr(tokens, "_verify", counting)
    subject = uuid.uuid4()
    token = forge(claims_for(subject, exp=NOW + 60), settings=settings)

    for _ in range(3):
        claims = decode_token(token, settings=settings, expected_type=TokenType.ACCESS, now=PINNED_NOW)
        assert claims.subject == subject
    assert verified == [token]  # the signature was checked once
    # a token verified before is still refused when it has expired, under another key or as
    # another type
    with pytest.raises(InvalidToken, match="token expired"):
        decode_token(
            token, settings=settings, expected_type=TokenType.ACCESS, now=PINNED_NOW + timedelta(minutes=1)
        )
    other = Settings(APP_ENV="test", SECRET_KEY="another-secret-" + "x" * 40)
    with pytest.raises(InvalidToken, match="invalid signature"):
        decode_token(token, settings=other, expected_type=TokenType.ACCESS, now=PINNED_NOW)
    with pytest.raises(InvalidToken, match="wrong token type"):
        decode_token(token, settings=settings, expected_type=TokenType.REFRESH, now=PINNED_NOW)


def test_an_access_token_is_not_a_refresh_token(settings: Settings) -> None:
    token = forge(claims_for(uuid.uuid4()), settings=settings)

    with pytest.raises(InvalidToken, match="wrong token type"):
        decode_token(token, settings=settings, expected_type=TokenType.REFRESH, now=PINNED_NOW)


def test_the_configured_algorithm_is_the_only_one(settings: Settings) -> None:
    hs512 = Settings(APP_ENV="test", JWT_ALGORITHM="HS512")
    subject = uuid.uuid4()
    token = forge(claims_for(subject), alg="HS512", settings=hs512)

    assert (
        decode_token(token, settings=hs512, expected_type=TokenType.ACCESS, now=PINNED_NOW).subject == subject
    )
    with pytest.raises(InvalidToken):
        decode_token(token, settings=settings, expected_type=TokenType.ACCESS, now=PINNED_NOW)


@pytest.mark.parametrize("case", list(REFUSED))
def test_decode_token_refuses(settings: Settings, case: str) -> None:
    token = REFUSED[case](uuid.uuid4(), settings)

    with pytest.raises(InvalidToken):
        decode_token(token, settings=settings, expected_type=TokenType.ACCESS, now=PINNED_NOW)


@pytest.mark.parametrize("case", list(REFUSED))
async def test_the_api_refuses(client: httpx.AsyncClient, settings: Settings, case: str) -> None:
    coach = await make_coach(settings)
    assert (await gql(client, ME, token=forge(claims_for(coach.user.id), settings=settings)))["data"]["me"][
        "email"
    ] == ("coach@example.com")  # the same user with a sound token is let in

    body = await gql(client, ME, token=REFUSED[case](coach.user.id, settings))

    assert body["data"] is None
    assert error_codes(body) == ["UNAUTHENTICATED"]


@pytest.mark.parametrize("header", ["Basic dXNlcjpwYXNz", "Bearer", "Token abc", "bearer  "])
async def test_other_authorization_schemes_are_not_tokens(client: httpx.AsyncClient, header: str) -> None:
    response = await client.post("/graphql", json={"query": ME}, headers={"authorization": header})

    assert response.status_code == 200
    assert error_codes(response.json()) == ["UNAUTHENTICATED"]


def test_a_verified_token_is_remembered_only_for_its_key_type_and_lifetime(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    token = forge(claims_for(uuid.uuid4(), exp=NOW + 60), settings=settings)
    other_key = Settings(APP_ENV="test", SECRET_KEY="another-key-of-thirty-two-characters-or-more")

    first = decode_token(token, settings=settings, expected_type=TokenType.ACCESS, now=PINNED_NOW)
    assert (
        tokens._VERIFIED[(token, settings.secret_key, "HS256", TokenType.ACCESS, PINNED_NOW.tzinfo)] == first
    )
    assert decode_token(token, settings=settings, expected_type=TokenType.ACCESS, now=PINNED_NOW) == first
    with pytest.raises(InvalidToken, match="wrong token type"):
        decode_token(token, settings=settings, expected_type=TokenType.REFRESH, now=PINNED_NOW)
    with pytest.raises(InvalidToken, match="invalid signature"):
        decode_token(token, settings=other_key, expected_type=TokenType.ACCESS, now=PINNED_NOW)
    with pytest.raises(InvalidToken, match="token expired"):
        decode_token(
            token, settings=settings, expected_type=TokenType.ACCESS, now=PINNED_NOW + timedelta(seconds=60)
        )

    monkeypatch.setattr(tokens, "VERIFIED_CACHE_SIZE", 3)
    tokens._VERIFIED.clear()
    many = [forge(claims_for(uuid.uuid4()), settings=settings) for _ in range(5)]
    for each in many:
        decode_token(each, settings=settings, expected_type=TokenType.ACCESS, now=PINNED_NOW)
    assert [key[0] for key in tokens._VERIFIED] == many[2:]  # the least recently used left first
