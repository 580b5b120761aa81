"""Case numbers (شمارهٔ پرونده): per Jalali year of receipt, gapless, through the kernel's
counters (scope ``case``, the year as period), inside the transaction that inserts the case.
The format is a setting (default ``{year}/پ/{seq}``: the 12th case of 1405 is «1405/پ/12»)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from secretariat.cases._models import Case
from secretariat.cases._vocab import DEFAULT_NUMBER_FORMAT, NUMBER_FORMAT_KEY
from secretariat.kernel import counters
from secretariat.kernel.errors import Conflict
from secretariat.kernel.org_settings import get_setting

SCOPE = "case"
SAMPLE = {"year": 1405, "yy": "05", "seq": 12}


def number_format(session: Session) -> str:
    return str(get_setting(session, NUMBER_FORMAT_KEY, DEFAULT_NUMBER_FORMAT)
               or DEFAULT_NUMBER_FORMAT)


def check_format(fmt: str) -> str:
    """A sample number (the 12th case of 1405); ValidationError if the format is unusable."""
    return counters.check_format(fmt, SAMPLE, field="case_number_format")


def format_number(fmt: str, year: int, seq: int) -> str:
    return counters.format_number(fmt, "case_number_format", year=year,
                                  yy=f"{year % 100:02d}", seq=seq)


def allocate(session: Session, year: int, count: int = 1) -> int:
    """Reserve ``count`` consecutive numbers of ``year``; returns the first."""
    return counters.allocate(session, SCOPE, year, count)


def ensure_unused(session: Session, numbers: list[str]) -> None:
    """A changed format could repeat an old number: refuse, loudly."""
    taken = session.scalar(select(Case.number).where(Case.number.in_(numbers)).limit(1))
    if taken is not None:
        raise Conflict("case_number_taken", number=taken)
