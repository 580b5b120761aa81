"""Letter numbers (شماره ثبت): per secretariat, per kind, per Jalali year; gapless, unique.

The kernel's counters (``secretariat.kernel.counters``) give the numbers, scope
``letter:<secretariat code>:<kind>`` and the Jalali year as period, inside the
transaction that inserts the letter, so a crash or an error rolls both back together.
"""

from __future__ import annotations

import json
import re
import string
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from secretariat.correspondence._models import Letter
from secretariat.correspondence._vocab import KIND_NUMBER_CODES, LetterKind
from secretariat.kernel import counters
from secretariat.kernel.errors import Conflict, ValidationError
from secretariat.kernel.models import Setting
from secretariat.kernel.org_settings import OrgSettings
from secretariat.kernel.text.digits import to_ascii_digits

SCOPE_PREFIX = "letter:"
# What the settings page shows a format with: the 12th incoming letter of 1405.
SAMPLE = {"year": 1405, "yy": "05", "code": "و", "secretariat": "1", "seq": 12}


@dataclass(frozen=True)
class NumberingSettings:
    secretariat_code: str
    number_format: str


def numbering_settings(session: Session) -> NumberingSettings:
    """The organisation's code and number format, read inside the caller's transaction."""
    defaults = OrgSettings()
    stored: dict[str, Any] = {
        s.key: json.loads(s.value)
        for s in session.scalars(
            select(Setting).where(Setting.key.in_(["secretariat_code", "number_format"]))
        )
    }
    code = str(stored.get("secretariat_code") or defaults.secretariat_code)
    fmt = str(stored.get("number_format") or defaults.number_format)
    return NumberingSettings(to_ascii_digits(code.strip()), fmt)


def letter_scope(secretariat: str, kind: str) -> str:
    """The counter scope of a secretariat's letters of one kind (the period is the year)."""
    return f"{SCOPE_PREFIX}{secretariat}:{kind}"


def format_number(fmt: str, *, year: int, kind: str, secretariat: str, seq: int) -> str:
    """Fill the format: {year} {yy} {code} (و/ص/د) {secretariat} {seq} (format specs allowed,
    e.g. {seq:05d}). The result keeps ASCII digits."""
    return counters.format_number(
        fmt, year=year, yy=f"{year % 100:02d}", code=KIND_NUMBER_CODES[LetterKind(kind)],
        secretariat=secretariat, seq=seq,
    )


def check_format(fmt: str) -> str:
    """A sample number for the settings page; ValidationError if the format is unusable."""
    return counters.check_format(fmt, SAMPLE)


def allocate(session: Session, secretariat: str, kind: str, year: int, count: int = 1) -> int:
    """Reserve ``count`` consecutive numbers; returns the first. Call inside ctx.write()."""
    return counters.allocate(session, letter_scope(secretariat, kind), year, count)


def ensure_unused(session: Session, numbers: list[str]) -> None:
    """A changed format or secretariat code could repeat an old number: refuse, loudly."""
    taken = session.scalar(select(Letter.number).where(Letter.number.in_(numbers)).limit(1))
    if taken is not None:
        raise Conflict("number_taken", number=taken)


def parse_number(fmt: str, number: str, *, year: int, kind: str, secretariat: str) -> int | None:
    """The seq of ``number`` if this register's format gives exactly that number for it (of
    this kind, year and secretariat), else None: a number taken over from an earlier
    register in another format."""
    values: dict[str, object] = {"year": year, "yy": f"{year % 100:02d}",
                                 "code": KIND_NUMBER_CODES[LetterKind(kind)],
                                 "secretariat": secretariat}
    pattern = []
    try:
        for literal, name, spec, _conversion in string.Formatter().parse(fmt):
            pattern.append(re.escape(literal))
            if name is None:
                continue
            if name == "seq":
                pattern.append(r"(?P<seq>\d+)")
            elif name in values:
                piece = format(values[name], spec or "")
                pattern.append(re.escape(to_ascii_digits(piece)))
            else:
                return None
    except ValueError:
        return None
    match = re.fullmatch("".join(pattern), number.strip())
    if match is None or "seq" not in match.groupdict():
        return None
    seq = int(match["seq"])
    try:
        again = format_number(fmt, year=year, kind=kind, secretariat=secretariat, seq=seq)
    except ValidationError:
        return None
    return seq if again == number.strip() and seq > 0 else None
