"""JSON from outside (a file, standard input), with its limits checked before and while it
is parsed, so that no input can end in a traceback.

- size: at most ``MAX_BYTES`` (10 MB) — read no more than that;
- text: strict UTF-8 (a leading BOM is allowed); a bad byte is named by its offset;
- nesting: at most ``MAX_DEPTH`` brackets deep, counted before the parser recurses;
- numbers: integers within a 64-bit column (a smaller column checks its own range, e.g.
  ``kernel.db.types.is_row_id``), no NaN or infinity;
- strings: no lone surrogate (``"\\ud800"`` decodes to something that is not text).

Every refusal is ``ValidationError("json" or the top-level key, code, ...)``.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any, BinaryIO

from secretariat.kernel.errors import ValidationError

MAX_BYTES = 10 * 1024 * 1024
MAX_DEPTH = 32
INT_LIMIT = 2**63 - 1
_TOKENS = re.compile(rb'"(?:[^"\\]|\\.)*"|[\[\]{}]')
_SURROGATE = re.compile("[\ud800-\udfff]")


def read_limited(stream: BinaryIO, field: str = "json") -> bytes:
    """At most ``MAX_BYTES`` from ``stream``; more is refused without reading it all."""
    raw = stream.read(MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        raise ValidationError(field, "input_too_large", max_mb=MAX_BYTES // (1024 * 1024))
    return raw


def _depth(raw: bytes) -> int:
    deepest = depth = 0
    for token in _TOKENS.finditer(raw):
        char = token.group()
        if char in (b"[", b"{"):
            depth += 1
            deepest = max(deepest, depth)
        elif char in (b"]", b"}"):
            depth -= 1
    return deepest


def _no_constant(name: str) -> float:
    raise ValueError(f"{name} is not a number JSON allows")


def _check_values(value: Any, field: str) -> None:
    if isinstance(value, str):
        bad = _SURROGATE.search(value)
        if bad is not None:
            raise ValidationError(field, "invalid_character", char=f"U+{ord(bad.group()):04X}",
                                  position=bad.start() + 1)
    elif isinstance(value, bool):
        return
    elif isinstance(value, int):
        if abs(value) > INT_LIMIT:
            raise ValidationError(field, "number_out_of_range")
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise ValidationError(field, "number_out_of_range")
    elif isinstance(value, list):
        for item in value:
            _check_values(item, field)
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_values(key, field)
            _check_values(item, field)


def parse_json(raw: bytes, field: str = "json") -> Any:
    """The decoded value of ``raw`` (bytes as read), or a ValidationError saying why not."""
    if len(raw) > MAX_BYTES:
        raise ValidationError(field, "input_too_large", max_mb=MAX_BYTES // (1024 * 1024))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValidationError(field, "invalid_utf8", offset=exc.start) from None
    if _depth(raw) > MAX_DEPTH:
        raise ValidationError(field, "json_too_deep", max=MAX_DEPTH)
    try:
        value = json.loads(text, parse_constant=_no_constant)
    except ValueError as exc:  # JSONDecodeError, and int() of a 5,000-digit number
        line = getattr(exc, "lineno", None)
        if line is None:
            raise ValidationError(field, "number_out_of_range") from None
        raise ValidationError(field, "invalid_json_at", line=line,
                              column=getattr(exc, "colno", 0)) from None
    if isinstance(value, dict):
        for key, item in value.items():
            _check_values(key, field)
            _check_values(item, str(key) if not _SURROGATE.search(str(key)) else field)
    else:
        _check_values(value, field)
    return value
