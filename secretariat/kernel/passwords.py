"""Password hashing with Argon2id (memory-hard), via argon2-cffi, and the strength rule
(zxcvbn: a password guessable in under about 10^8 tries is refused, with the reason)."""

from __future__ import annotations

import re
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

# RFC 9106's second recommended profile (64 MiB, 3 passes): ~0.1 s on an office PC.
_HASHER = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=2)
MIN_PASSWORD_LENGTH = 10
MIN_STRENGTH = 3  # zxcvbn's score 0..4: 3 is "safely unguessable" for an offline office
_ZXCVBN_MAX = 72  # zxcvbn refuses longer input; a longer password is judged by its start
# The weakest pattern zxcvbn found in the password -> the reason people are told.
_REASONS = {
    "dictionary": "common_word",
    "spatial": "keyboard_pattern",
    "repeat": "repeated",
    "sequence": "sequence",
    "regex": "date",
    "date": "date",
}


@cache
def _dummy_hash() -> str:
    """Verified against when the user does not exist, so a wrong name takes as long as a
    wrong password. Made on first use: hashing at import would slow every start."""
    return _HASHER.hash("not-a-real-password")


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    try:
        return (
            _HASHER.verify(password_hash or _dummy_hash(), password) and password_hash is not None
        )
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return _HASHER.check_needs_rehash(password_hash)


def weakness(password: str, user_inputs: tuple[str, ...] = ()) -> str | None:
    """None when ``password`` is strong enough; else why not (a message code's suffix):
    ``short``, ``common_word``, ``keyboard_pattern``, ``repeated``, ``sequence``, ``date``,
    ``personal`` (made of the user's own name) or ``guessable``."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return "short"
    # A full name counts word by word ("Maryam Tehrani" -> maryam, tehrani).
    inputs = [word for given in user_inputs for word in re.split(r"[\W_]+", given) if word]
    # Imported here: its word lists take 13 MB, and only setting a password needs them (not
    # signing in, not a day of registering letters).
    from zxcvbn import zxcvbn

    result = zxcvbn(password[:_ZXCVBN_MAX], user_inputs=inputs)
    if result["score"] >= MIN_STRENGTH:
        return None
    patterns = [m for m in result["sequence"] if m.get("pattern") != "bruteforce"]
    if not patterns:
        return "guessable"
    longest = max(patterns, key=lambda m: len(m["token"]))
    if longest.get("dictionary_name") == "user_inputs":
        return "personal"
    return _REASONS.get(longest["pattern"], "guessable")
