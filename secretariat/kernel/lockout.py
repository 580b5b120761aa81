"""Wrong sign-ins, counted by the name tried: a growing delay after a few, a lockout of
LOCK_MINUTES after LOCK_AFTER, lifted early by an administrator (``user unlock``).

Counting by the name typed, real or not, gives a made-up name the same answers and the same
waits as a real one, so sign-in tells nobody which names exist. Locking and unlocking are
audited (entity ``sign_in``, the name tried as its id).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from secretariat.kernel import audit
from secretariat.kernel.context import SYSTEM_USER, CurrentUser
from secretariat.kernel.errors import AccountLocked, LoginThrottled
from secretariat.kernel.models import LoginFailure

FREE_ATTEMPTS = 3
MAX_DELAY_SECONDS = 300
LOCK_AFTER = 10
LOCK_MINUTES = 15
FORGET_AFTER = timedelta(days=1)  # a name with no wrong try for this long starts afresh
NAME_LENGTH = 64


def login_delay(failed_logins: int) -> timedelta:
    """How long to wait after ``failed_logins`` consecutive failures."""
    if failed_logins < FREE_ATTEMPTS:
        return timedelta(0)
    return timedelta(seconds=min(2 ** (failed_logins - FREE_ATTEMPTS), MAX_DELAY_SECONDS))


def key_of(username: str) -> str:
    """The name tried as it is counted (what sign-in looks up, cut to the column)."""
    return (username or "").strip().lower()[:NAME_LENGTH]


def _minutes(delta: timedelta) -> int:
    return max(1, -(-int(delta.total_seconds()) // 60))


def refuse_if_waiting(session: Session, name: str, now: datetime) -> None:
    """AccountLocked or LoginThrottled when ``name`` must wait (before any password check,
    so neither answer takes a hash's time or says whether the password was right)."""
    row = session.get(LoginFailure, name)
    if row is None:
        return
    if row.locked_until is not None and now < row.locked_until:
        raise AccountLocked(minutes=_minutes(row.locked_until - now), tries=LOCK_AFTER)
    if row.locked_until is None:
        wait_until = row.last_failed_at + login_delay(row.failures)
        if now < wait_until:
            raise LoginThrottled(seconds=int((wait_until - now).total_seconds()) + 1)


def count_failure(session: Session, name: str, now: datetime) -> None:
    """One more wrong try for ``name``; the LOCK_AFTER-th locks it (audited)."""
    session.execute(delete(LoginFailure).where(LoginFailure.last_failed_at < now - FORGET_AFTER))
    row = session.get(LoginFailure, name)
    if row is None or (row.locked_until is not None and row.locked_until <= now):
        if row is not None:  # a lockout served: counting starts again
            session.delete(row)
            session.flush()
        row = LoginFailure(name=name, failures=0, last_failed_at=now)
        session.add(row)
    row.failures += 1
    row.last_failed_at = now
    if row.failures >= LOCK_AFTER:
        row.locked_until = now + timedelta(minutes=LOCK_MINUTES)
        audit.record(session, SYSTEM_USER, "lock", "sign_in", name, None,
                     {"failures": row.failures, "minutes": LOCK_MINUTES})


def clear(session: Session, name: str) -> None:
    """Forget ``name``'s wrong tries (a sign-in that succeeded, a password reset)."""
    session.execute(delete(LoginFailure).where(LoginFailure.name == name))


def locked_names(session: Session, now: datetime) -> dict[str, datetime]:
    """Names locked out now, with when their lockout ends (UTC)."""
    rows = session.execute(select(LoginFailure.name, LoginFailure.locked_until)
                           .where(LoginFailure.locked_until > now))
    return {name: until for name, until in rows if until is not None}


def unlock(session: Session, actor: CurrentUser, name: str) -> bool:
    """An administrator lifts ``name``'s lockout and delay; audited when there was one."""
    row = session.get(LoginFailure, name)
    if row is None:
        return False
    before = {"failures": row.failures}
    session.delete(row)
    audit.record(session, actor, "unlock", "sign_in", name, before, None)
    return True
