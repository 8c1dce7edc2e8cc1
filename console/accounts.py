"""Passwords: Argon2 hashes only; the clear text is never stored.

Passwords are compared in Unicode NFC form: Vietnamese input methods may type "ậ" as one code
point or as "a" plus combining marks, and the same password must work from either.
"""

from __future__ import annotations

import secrets
import unicodedata
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from console.errors import InvalidValueError

_hasher = PasswordHasher()

MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 256


def _normal(password: str) -> str:
    return unicodedata.normalize("NFC", password)


def check_password_policy(password: str) -> None:
    """Raise ValueError (message for the operator) if ``password`` may not be set."""
    length = len(_normal(password))
    if length < MIN_PASSWORD_LENGTH:
        raise InvalidValueError("Mật khẩu phải có ít nhất {count} ký tự", count=MIN_PASSWORD_LENGTH)
    if length > MAX_PASSWORD_LENGTH:
        raise InvalidValueError(
            "Mật khẩu không được dài quá {count} ký tự", count=MAX_PASSWORD_LENGTH
        )


STRONG_LENGTH = 10


def check_password_strength(password: str, username: str = "") -> None:
    """The strength rule for a password a person types (an administrator's reset or a new
    account, one's own change): at least 10 characters, letters and also digits or other signs,
    not one repeated character, not containing the user name. Generated passwords are random
    and need no rule. Raises ValueError (message for the operator)."""
    check_password_policy(password)
    text = _normal(password)
    if len(text) < STRONG_LENGTH:
        raise InvalidValueError("Mật khẩu phải có ít nhất {count} ký tự", count=STRONG_LENGTH)
    letters = any(c.isalpha() for c in text)
    others = any(not c.isalpha() for c in text)
    if not (letters and others) or len(set(text.casefold())) < 4:
        raise InvalidValueError("Mật khẩu quá dễ đoán: cần có chữ cái và cả chữ số hoặc ký hiệu")
    if username and len(username) >= 3 and username.casefold() in text.casefold():
        raise InvalidValueError("Mật khẩu không được chứa tên đăng nhập")


def hash_password(password: str) -> str:
    check_password_policy(password)
    return _hasher.hash(_normal(password))


def rehash_password(password: str) -> str:
    """A fresh hash of a password that was just verified (no policy check: it is already set)."""
    return _hasher.hash(_normal(password))


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, _normal(password))
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    """True when the hash was made with other parameters than today's (Argon2 says so)."""
    try:
        return _hasher.check_needs_rehash(password_hash)
    except InvalidHashError:
        return True


@cache
def _dummy_hash() -> str:
    return _hasher.hash(secrets.token_urlsafe(16))


def spend_verify_time(password: str) -> None:
    """Verify against a throwaway hash: an unknown user name costs as long as a wrong password."""
    verify_password(_dummy_hash(), password)


def generate_password() -> str:
    """A readable one-time password (no 0/O, 1/l confusion), printed once to the administrator."""
    alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(secrets.choice(alphabet) for _ in range(12))
