"""Sign-in: the same answers, waits and lockout for a real and a made-up name; the lockout
after LOCK_AFTER wrong tries, lifted by time or by an administrator, both audited; the
password strength rule (zxcvbn) with its Persian reasons."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from secretariat.kernel import accounts, lockout, setup
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import (
    AccountLocked,
    AuthenticationFailed,
    LoginThrottled,
    PermissionDenied,
    SecretariatError,
    ValidationError,
)
from secretariat.kernel.jalali import now_utc
from secretariat.kernel.models import AuditEntry, LoginFailure
from tests.conftest import ADMIN_PASSWORD, USER_PASSWORD, MakeUser


def _try(ctx: AppContext, name: str, password: str) -> SecretariatError | None:
    """One sign-in attempt, with the waits between tries skipped (their time is not the
    subject here: the counts are)."""
    with ctx.write() as session:
        session.execute(update(LoginFailure).where(LoginFailure.locked_until.is_(None))
                        .values(last_failed_at=now_utc() - timedelta(hours=1)))
    try:
        accounts.authenticate(ctx, name, password)
    except SecretariatError as exc:
        return exc
    return None


def _answers(ctx: AppContext, name: str, tries: int) -> list[str]:
    return [type(_try(ctx, name, "wrong-password-9")).__name__ for _ in range(tries)]


def test_a_made_up_name_is_answered_like_a_real_one(ctx: AppContext, admin: CurrentUser) -> None:
    real = _answers(ctx, "admin", lockout.LOCK_AFTER + 1)
    made_up = _answers(ctx, "nobody-here", lockout.LOCK_AFTER + 1)
    assert real == made_up
    assert real == ["AuthenticationFailed"] * lockout.LOCK_AFTER + ["AccountLocked"]
    # Throttled too, by the name tried, before any lockout.
    for name in ("clerk-never", "admin2"):
        for _ in range(lockout.FREE_ATTEMPTS):
            with pytest.raises(AuthenticationFailed):
                accounts.authenticate(ctx, name, "wrong-password-9")
        with ctx.write() as session:  # the wait starts now, however slow the hashing was
            session.execute(update(LoginFailure).values(last_failed_at=now_utc()))
        with pytest.raises(LoginThrottled):
            accounts.authenticate(ctx, name, "wrong-password-9")


def test_a_locked_name_waits_even_with_the_right_password(
    ctx: AppContext, admin: CurrentUser
) -> None:
    _answers(ctx, "admin", lockout.LOCK_AFTER)
    with pytest.raises(AccountLocked) as info:
        accounts.authenticate(ctx, "admin", ADMIN_PASSWORD)
    assert info.value.params == {"minutes": lockout.LOCK_MINUTES, "tries": lockout.LOCK_AFTER}
    assert str(info.value) == (
        "پس از ۱۰ ورود نادرست پیاپی، ورود با این نام تا ۱۵ دقیقهٔ دیگر بسته است؛"
        " مدیر سامانه می‌تواند زودتر آن را باز کند.")
    # Fifteen minutes later the right password opens it and the count starts afresh.
    with ctx.write() as session:
        session.execute(update(LoginFailure).values(
            locked_until=now_utc() - timedelta(seconds=1)))
    assert accounts.authenticate(ctx, "admin", ADMIN_PASSWORD).username == "admin"
    with ctx.read() as session:
        assert session.scalar(select(LoginFailure)) is None


def test_an_admin_unlocks_and_both_are_audited(
    ctx: AppContext, admin: CurrentUser, make_user: MakeUser
) -> None:
    clerk = make_user("clerk1")
    _answers(ctx, "clerk1", lockout.LOCK_AFTER)
    with pytest.raises(AccountLocked):
        accounts.authenticate(ctx, "clerk1", USER_PASSWORD)
    with pytest.raises(PermissionDenied):
        accounts.unlock_user(ctx, clerk, "clerk1")
    assert accounts.unlock_user(ctx, admin, " Clerk1 ")
    assert not accounts.unlock_user(ctx, admin, "clerk1")  # nothing left to unlock
    assert accounts.authenticate(ctx, "clerk1", USER_PASSWORD).username == "clerk1"
    with ctx.read() as session:
        entries = session.execute(
            select(AuditEntry.actor, AuditEntry.action, AuditEntry.entity_id)
            .where(AuditEntry.entity == "sign_in").order_by(AuditEntry.id)).all()
    assert [tuple(e) for e in entries] == [("system", "lock", "clerk1"),
                                           ("admin", "unlock", "clerk1")]


def test_a_password_reset_lifts_the_lockout(ctx: AppContext, admin: CurrentUser,
                                            make_user: MakeUser) -> None:
    make_user("clerk1")
    _answers(ctx, "clerk1", lockout.LOCK_AFTER)
    accounts.reset_password(ctx, admin, "clerk1", "temporary-pass-1")
    assert accounts.authenticate(ctx, "clerk1", "temporary-pass-1").username == "clerk1"


@pytest.mark.parametrize(
    ("password", "code"),
    [
        ("short-1", "password_too_short"),
        ("password123", "password_weak_common_word"),
        ("qwertyuiop", "password_weak_common_word"),
        ("aaaaaaaaaaaa", "password_weak_repeated"),
        ("1234567890", "password_weak_common_word"),
        ("13990101abc", "password_weak_date"),
        ("tehrani1234", "password_weak_personal"),
    ],
)
def test_a_weak_password_is_refused_with_its_reason(
    ctx: AppContext, admin: CurrentUser, password: str, code: str
) -> None:
    with pytest.raises(ValidationError) as info:
        accounts.add_user(ctx, admin, "mtehrani", password, "clerk", full_name="Maryam Tehrani")
    assert (info.value.field, info.value.code) == ("password", code)
    assert "گذرواژه" in str(info.value) and code not in str(info.value)
    if code != "password_weak_personal":  # made of Maryam Tehrani's name, not the admin's
        with pytest.raises(ValidationError):
            accounts.reset_password(ctx, admin, "admin", password)
    assert [u.username for u in accounts.list_users(ctx, admin)] == ["admin"]


def test_the_first_admin_needs_a_strong_password_too(ctx: AppContext) -> None:
    with pytest.raises(ValidationError) as info:
        setup.initialize(ctx, "admin", "admin12345")
    assert info.value.code.startswith("password_weak_")
    assert not setup.is_initialized(ctx)
    assert setup.initialize(ctx, "admin", ADMIN_PASSWORD).username == "admin"


def test_a_long_password_is_judged_and_accepted(ctx: AppContext, admin: CurrentUser) -> None:
    long_one = "کوه-دماوند-" * 20  # longer than zxcvbn reads: its start is judged
    accounts.add_user(ctx, admin, "clerk2", long_one, "clerk")
    assert accounts.authenticate(ctx, "clerk2", long_one).username == "clerk2"
