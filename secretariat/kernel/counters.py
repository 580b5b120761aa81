"""Gapless counters: the next number of a (scope, period) key, inside the caller's transaction.

A letter's number, a case's, a member's, a receipt's: each feature names its scope (e.g.
``letter:1:incoming``) and its period (the Jalali year, or 0 when numbers never restart)
and calls ``allocate`` inside the unit of work that inserts the numbered row, so a crash or
an error rolls both back together: no gap, no duplicate. SQLite runs write transactions
under ``BEGIN IMMEDIATE`` (one writer at a time); on PostgreSQL ``UPDATE ... RETURNING``
holds the counter row's lock until commit. ``format_number`` fills a configurable format
(``{year}/{code}/{seq}``, ``ANJ-{seq:04d}``) and keeps ASCII digits.

Letters number through it (scope ``letter:<code>:<kind>``, migration 0003); ``reconcile``
is the check every numbering feature declares: each counter against the rows it numbered.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy import select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from secretariat.kernel.check_report import CheckReport
from secretariat.kernel.errors import ValidationError
from secretariat.kernel.models.counters import Counter
from secretariat.kernel.text.digits import to_ascii_digits


def allocate(session: Session, scope: str, period: int = 0, count: int = 1) -> int:
    """Reserve ``count`` consecutive numbers of (scope, period); returns the first."""
    values = {"scope": scope, "period": period, "last": 0}
    if session.get_bind().dialect.name == "postgresql":
        # Deferred: the PostgreSQL dialect is imported only by offices that use it.
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        session.execute(pg_insert(Counter).values(**values).on_conflict_do_nothing())
    else:
        session.execute(sqlite_insert(Counter).values(**values).on_conflict_do_nothing())
    last = session.execute(
        update(Counter)
        .where(Counter.scope == scope, Counter.period == period)
        .values(last=Counter.last + count)
        .returning(Counter.last)
        .execution_options(synchronize_session=False)
    ).scalar_one()
    return int(last) - count + 1


def raise_to(session: Session, scope: str, period: int, value: int) -> None:
    """Make sure the next number of (scope, period) comes after ``value``: numbers taken over
    from an earlier register (a legacy import) are never given again."""
    allocate(session, scope, period, 0)  # the row exists from here on
    session.execute(
        update(Counter)
        .where(Counter.scope == scope, Counter.period == period, Counter.last < value)
        .values(last=value)
        .execution_options(synchronize_session=False)
    )


def last_allocated(session: Session, scope_prefix: str = "") -> dict[tuple[str, int], int]:
    """(scope, period) -> last number given, for the scopes starting with ``scope_prefix``
    (what a feature's check reconciles with the rows it numbered)."""
    rows = session.execute(
        select(Counter.scope, Counter.period, Counter.last)
        .where(Counter.scope.startswith(scope_prefix, autoescape=True))
    )
    return {(r.scope, r.period): r.last for r in rows}


def format_number(fmt: str, field: str = "number_format", **values: object) -> str:
    """Fill ``fmt`` (``str.format`` syntax: ``{seq:05d}`` works) with ``values``; ASCII digits.
    A format that does not fit the values is a ValidationError on ``field``."""
    try:
        text = fmt.format_map(values)
    except (KeyError, ValueError, IndexError, AttributeError) as exc:
        raise ValidationError(
            field, "invalid_number_format", format=fmt, detail=str(exc)
        ) from exc
    return to_ascii_digits(text).strip()


def check_format(fmt: str, sample: Mapping[str, object], field: str = "number_format") -> str:
    """A sample number for a settings page; ValidationError if the format is unusable."""
    if "{seq" not in fmt:
        raise ValidationError(field, "number_format_needs_seq")
    return format_number(fmt, field, **sample)


# --- reconciling counters with the rows they numbered (for a feature's check) -------------

Key = tuple[str, int]  # (scope, period)


def tally(numbers: Iterable[tuple[str, int, int]]) -> dict[Key, tuple[int, int]]:
    """(scope, period, number) of every numbered row -> (scope, period): (highest, count)."""
    found: dict[Key, tuple[int, int]] = {}
    for scope, period, number in numbers:
        highest, count = found.get((scope, period), (0, 0))
        found[(scope, period)] = (max(highest, int(number)), count + 1)
    return found


def reconcile(
    session: Session,
    report: CheckReport,
    scope_prefix: str,
    numbered: Mapping[Key, tuple[int, int]],
) -> None:
    """Compare every counter of ``scope_prefix`` with the rows it numbered, given as
    (scope, period) -> (highest number a row holds, how many rows hold a number): the
    counter must equal the highest number (lower: it was wound back and would give a number
    twice; higher: a number was given to no row), and the numbers must run 1..highest
    without a gap or a repeat. A feature's check is one GROUP BY and one call, e.g.
    ``reconcile(session, report, "case:", tally(rows))``."""
    given = last_allocated(session, scope_prefix)
    for scope, period in sorted(set(numbered) | set(given)):
        highest, count = numbered.get((scope, period), (0, 0))
        last = given.get((scope, period), 0)
        where = {"scope": scope, "year": period, "counter": last, "highest": highest}
        if last < highest:
            report.add("counter_rewound", **where)
        elif last > highest:
            report.add("counter_ahead", **where, missing=last - highest)
        if count < highest:
            report.add("number_gap", scope=scope, year=period, missing=highest - count)
        elif count > highest:
            report.add("number_repeated", scope=scope, year=period, extra=count - highest)
