"""JWT access and refresh tokens. The only module that touches python-jose.

One algorithm, configured in the settings, is passed explicitly on every encode and
decode, so a token signed with another algorithm (or `none`) is never accepted.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from enum import StrEnum

from jose import JWTError, jwt

from app.settings import Settings

ISSUER = "coachgraph"
REQUIRED_CLAIMS = ("sub", "exp", "iat", "typ", "jti")


class TokenType(StrEnum):
    ACCESS = "access"
    REFRESH = "refresh"


class InvalidToken(Exception):
    """The token is malformed, forged, expired, of the wrong type or otherwise unacceptable."""


@dataclass(frozen=True)
class TokenClaims:
    subject: uuid.UUID
    token_type: TokenType
    issued_at: datetime
    expires_at: datetime
    token_id: str
    family_id: uuid.UUID | None = None


def encode_token(
    *,
    settings: Settings,
    subject: uuid.UUID,
    token_type: TokenType,
    now: datetime,
    ttl: timedelta,
    family_id: uuid.UUID | None = None,
) -> str:
    """Sign a token of `token_type` for `subject`, valid for `ttl` from `now`."""
    claims: dict[str, object] = {
        "sub": str(subject),
        "typ": token_type.value,
        # NumericDate with microseconds (RFC 7519 allows fractions): "log out everywhere"
        # refuses tokens issued before it, and a login a moment later must not be caught too.
        "iat": round(now.timestamp(), 6),
        "exp": int((now + ttl).timestamp()),
        "iss": ISSUER,
        "jti": secrets.token_urlsafe(16),
    }
    if family_id is not None:
        claims["fam"] = str(family_id)
    return jwt.encode(claims, settings.secret_key, algorithm=settings.jwt_algorithm)


# What verifying a token found, by token (and the key, algorithm, type and time zone it was
# verified with): an access token comes with every request of its session, and checking its
# signature and claims (python-jose) was about a tenth of an athlete's week. Only tokens that
# passed are kept; their expiry is checked on every use, and revocation is the database's.
_VERIFIED: dict[tuple[str, str, str, TokenType, tzinfo | None], tuple[TokenClaims, int]] = {}
_VERIFIED_MAX = 4096


def decode_token(token: str, *, settings: Settings, expected_type: TokenType, now: datetime) -> TokenClaims:
    """Verify signature, algorithm, expiry, issuer and type; return the claims or raise InvalidToken."""
    key = (token, settings.secret_key, settings.jwt_algorithm, expected_type, now.tzinfo)
    verified = _VERIFIED.get(key)
    if verified is None:
        verified = _verify(token, settings, expected_type, now.tzinfo)
        if len(_VERIFIED) >= _VERIFIED_MAX:
            _VERIFIED.clear()
        _VERIFIED[key] = verified
    claims, exp = verified
    if exp <= int(now.timestamp()):
        raise InvalidToken("token expired")
    return claims


def _verify(
    token: str, settings: Settings, expected_type: TokenType, tz: tzinfo | None
) -> tuple[TokenClaims, int]:
    """The token's claims (and expiry) if its signature, algorithm, issuer, type and claims hold."""
    try:
        header = jwt.get_unverified_header(token)
    except JWTError as exc:
        raise InvalidToken("malformed token") from exc
    if header.get("alg") != settings.jwt_algorithm:
        raise InvalidToken("unexpected signing algorithm")
    try:
        claims = jwt.decode(
            token,
            settings.secret_key,
            algorithms=[settings.jwt_algorithm],
            issuer=ISSUER,
            # expiry is checked by decode_token against the injected clock
            options={"verify_exp": False, "verify_iat": False, "verify_aud": False, "require_sub": True},
        )
    except JWTError as exc:
        raise InvalidToken("invalid signature or claims") from exc
    missing = [name for name in REQUIRED_CLAIMS if name not in claims]
    if missing:
        raise InvalidToken(f"missing claims: {', '.join(missing)}")
    if claims["typ"] != expected_type.value:
        raise InvalidToken("wrong token type")
    try:
        exp = int(claims["exp"])
        iat = float(claims["iat"])
        subject = uuid.UUID(str(claims["sub"]))
        family = uuid.UUID(str(claims["fam"])) if "fam" in claims else None
        issued_at = datetime.fromtimestamp(iat, tz)
        expires_at = datetime.fromtimestamp(exp, tz)
    except (TypeError, ValueError, OverflowError, OSError) as exc:
        raise InvalidToken("malformed claims") from exc
    decoded = TokenClaims(
        subject=subject,
        token_type=TokenType(claims["typ"]),
        issued_at=issued_at,
        expires_at=expires_at,
        token_id=str(claims["jti"]),
        family_id=family,
    )
    return decoded, exp


def hash_secret(value: str) -> str:
    """SHA-256 hex digest: how refresh tokens and invite codes are stored."""
    return hashlib.sha256(value.encode()).hexdigest()
