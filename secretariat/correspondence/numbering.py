"""Letter numbers (شماره ثبت): per secretariat, per kind, per Jalali year; gapless, unique.

The counter row is bumped inside the transaction that inserts the letter, so a
crash or an error rolls both back together: no gap, no duplicate. SQLite runs
write transactions under ``BEGIN IMMEDIATE`` (one writer at a time); on
PostgreSQL the ``UPDATE ... RETURNING`` holds the counter row's lock until
commit, and a second writer's UPDATE waits and then sees the new value.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from secretariat.correspondence._models import Letter, LetterCounter
from secretariat.correspondence.vocab import KIND_NUMBER_CODES, LetterKind
from secretariat.kernel.errors import Conflict, ValidationError
from secretariat.kernel.models import Setting
from secretariat.kernel.org_settings import OrgSettings
from secretariat.kernel.text.digits import to_ascii_digits


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


def format_number(fmt: str, *, year: int, kind: str, secretariat: str, seq: int) -> str:
    """Fill the format: {year} {yy} {code} (و/ص/د) {secretariat} {seq} (format specs allowed,
    e.g. {seq:05d}). The result keeps ASCII digits."""
    values = {
        "year": year,
        "yy": f"{year % 100:02d}",
        "code": KIND_NUMBER_CODES[LetterKind(kind)],
        "secretariat": secretariat,
        "seq": seq,
    }
    try:
        text = fmt.format_map(values)
    except (KeyError, ValueError, IndexError, AttributeError) as exc:
        raise ValidationError(
            "number_format", "invalid_number_format", format=fmt, detail=str(exc)
        ) from exc
    return to_ascii_digits(text).strip()


def check_format(fmt: str) -> str:
    """A sample number for the settings page; ValidationError if the format is unusable."""
    if "{seq" not in fmt:
        raise ValidationError("number_format", "number_format_needs_seq")
    return format_number(fmt, year=1405, kind="incoming", secretariat="1", seq=12)


def allocate(session: Session, secretariat: str, kind: str, year: int, count: int = 1) -> int:
    """Reserve ``count`` consecutive numbers; returns the first. Call inside ctx.write()."""
    dialect = session.get_bind().dialect.name
    key = {"secretariat_code": secretariat, "kind": kind, "year": year}
    if dialect == "postgresql":
        session.execute(
            postgresql.insert(LetterCounter).values(**key, last_seq=0).on_conflict_do_nothing()
        )
    else:
        session.execute(
            sqlite.insert(LetterCounter).values(**key, last_seq=0).on_conflict_do_nothing()
        )
    last = session.execute(
        update(LetterCounter)
        .where(
            LetterCounter.secretariat_code == secretariat,
            LetterCounter.kind == kind,
            LetterCounter.year == year,
        )
        .values(last_seq=LetterCounter.last_seq + count)
        .returning(LetterCounter.last_seq)
        .execution_options(synchronize_session=False)
    ).scalar_one()
    return int(last) - count + 1


def ensure_unused(session: Session, numbers: list[str]) -> None:
    """A changed format or secretariat code could repeat an old number: refuse, loudly."""
    taken = session.scalar(select(Letter.number).where(Letter.number.in_(numbers)).limit(1))
    if taken is not None:
        raise Conflict("number_taken", number=taken)
