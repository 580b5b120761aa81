"""The few characters printed under a QR code, for people to read out or type.

The code itself is the signed text of ``secretariat.kernel.signed_codes``; under it the
letter prints the start of its content digest (what the Verify dialog shows beside the
register's own), grouped for reading: «HUHH-UVP5».
"""

from __future__ import annotations

from secretariat.kernel.signed_codes import parse_code

SHORT_DIGITS = 8


def short_code(code: str) -> str | None:
    """The start of ``code``'s content digest, or None when ``code`` is not a signed code."""
    parsed = parse_code(code)
    if parsed is None:
        return None
    digest = parsed.fields.digest[:SHORT_DIGITS]
    return f"{digest[:4]}-{digest[4:]}"
