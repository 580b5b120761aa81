from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from secretariat.kernel import accounts, lockout, setup
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import (
    AuthenticationFailed,
    Conflict,
    LoginThrottled,
    PermissionDenied,
    ValidationError,
)
from secretariat.kernel.jalali import now_utc
from secretariat.kernel.lockout import login_delay
from secretariat.kernel.models import LoginFailure, User
from tests.conftest import ADMIN_PASSWORD, USER_PASSWORD, MakeUser


def test_first_run_creates_admin_once(ctx: AppContext) -> None:
    assert not setup.is_initialized(ctx)
    admin = setup.initialize(ctx, "Admin", ADMIN_PASSWORD, "مدیر")
    assert admin.username == "admin" and admin.role == "admin" and admin.clearance == "secret"
    assert setup.is_initialized(ctx)
    with pytest.raises(Conflict):
        setup.initialize(ctx, "other", ADMIN_PASSWORD)


def test_password_is_hashed_with_argon2id(ctx: AppContext, admin: CurrentUser) -> None:
    with ctx.read() as session:
        stored = session.scalar(select(User.password_hash).where(User.username == "admin"))
    assert stored is not None and stored.startswith("$argon2id$")
    assert ADMIN_PASSWORD not in stored


def test_login_and_wrong_password(ctx: AppContext, admin: CurrentUser) -> None:
    assert accounts.authenticate(ctx, " ADMIN ", ADMIN_PASSWORD).id == admin.id
    with pytest.raises(AuthenticationFailed):
        accounts.authenticate(ctx, "admin", "wrong-password")
    with pytest.raises(AuthenticationFailed):
        accounts.authenticate(ctx, "nobody", ADMIN_PASSWORD)


def test_delay_grows_after_repeated_failures(ctx: AppContext, admin: CurrentUser) -> None:
    assert login_delay(0) == login_delay(2) == timedelta(0)
    assert login_delay(3) < login_delay(4) < login_delay(6)
    assert login_delay(100) == timedelta(seconds=300)
    for _ in range(lockout.FREE_ATTEMPTS):
        with pytest.raises(AuthenticationFailed):
            accounts.authenticate(ctx, "admin", "wrong-password")
    with ctx.write() as session:  # the wait starts now, however slow the hashing above was
        session.execute(update(LoginFailure).values(last_failed_at=now_utc()))
    # Even the right password must wait now.
    with pytest.raises(LoginThrottled) as info:
        accounts.authenticate(ctx, "admin", ADMIN_PASSWORD)
    assert info.value.params["seconds"] >= 1
    # Once the wait is over the right password works and clears the counter.
    with ctx.write() as session:
        session.execute(update(LoginFailure).values(last_failed_at=now_utc() - timedelta(minutes=10)))
    accounts.authenticate(ctx, "admin", ADMIN_PASSWORD)
    with ctx.read() as session:
        assert session.scalar(select(LoginFailure.failures)) is None


def test_inactive_user_cannot_sign_in(ctx: AppContext, admin: CurrentUser, make_user: MakeUser) -> None:
    make_user("clerk1")
    accounts.update_user(ctx, admin, "clerk1", active=False)
    with pytest.raises(AuthenticationFailed):
        accounts.authenticate(ctx, "clerk1", USER_PASSWORD)


def test_only_admin_manages_users(ctx: AppContext, admin: CurrentUser, make_user: MakeUser) -> None:
    clerk = make_user("clerk1")
    with pytest.raises(PermissionDenied):
        accounts.add_user(ctx, clerk, "clerk2", USER_PASSWORD, "clerk")
    with pytest.raises(PermissionDenied):
        accounts.list_users(ctx, clerk)
    with pytest.raises(PermissionDenied):
        accounts.reset_password(ctx, clerk, "admin", "hijacked-password")
    assert [u.username for u in accounts.list_users(ctx, admin)] == ["admin", "clerk1"]


@pytest.mark.parametrize(
    ("kwargs", "field", "code"),
    [
        ({"username": "x"}, "username", "invalid_username"),
        ({"username": "علی"}, "username", "invalid_username"),
        ({"password": "short"}, "password", "password_too_short"),
        ({"role": "boss"}, "role", "invalid_role"),
        ({"clearance": "top"}, "clearance", "invalid_clearance"),
        ({"username": "cl\x1berk"}, "username", "invalid_username"),
        ({"full_name": "علی\x1b[31m"}, "full_name", "control_character"),
        ({"full_name": "علی \u202eرضایی"}, "full_name", "direction_character"),
        ({"post_title": "کارشناس\x00"}, "post_title", "control_character"),
    ],
)
def test_bad_input_is_refused_on_its_field(
    ctx: AppContext, admin: CurrentUser, kwargs: dict[str, str], field: str, code: str
) -> None:
    args = {
        "username": "newuser",
        "password": USER_PASSWORD,
        "role": "clerk",
        "clearance": "normal",
    } | kwargs
    with pytest.raises(ValidationError) as info:
        accounts.add_user(ctx, admin, **args)
    assert (info.value.field, info.value.code) == (field, code)
    assert [u.username for u in accounts.list_users(ctx, admin)] == ["admin"]
    assert str(info.value)  # a Persian sentence, not a code


def test_duplicate_username(ctx: AppContext, admin: CurrentUser) -> None:
    accounts.add_user(ctx, admin, "clerk1", USER_PASSWORD, "clerk")
    with pytest.raises(Conflict):
        accounts.add_user(ctx, admin, "Clerk1", USER_PASSWORD, "clerk")


def test_reset_and_change_password(ctx: AppContext, admin: CurrentUser, make_user: MakeUser) -> None:
    clerk = make_user("clerk1")
    accounts.reset_password(ctx, admin, "clerk1", "temporary-pass")
    assert accounts.must_change_password(ctx, clerk)
    with pytest.raises(ValidationError):
        accounts.change_own_password(ctx, clerk, "not-the-old-one", "brand-new-pass")
    accounts.change_own_password(ctx, clerk, "temporary-pass", "brand-new-pass")
    assert not accounts.must_change_password(ctx, clerk)
    assert accounts.authenticate(ctx, "clerk1", "brand-new-pass").username == "clerk1"


def test_last_admin_cannot_be_removed(ctx: AppContext, admin: CurrentUser) -> None:
    with pytest.raises(ValidationError):
        accounts.update_user(ctx, admin, "admin", role="clerk")
    with pytest.raises(ValidationError):
        accounts.update_user(ctx, admin, "admin", active=False)
    assert accounts.list_users(ctx, admin)[0].role == "admin"


def test_an_edited_name_follows_the_text_rules(ctx: AppContext, admin: CurrentUser) -> None:
    with pytest.raises(ValidationError) as info:
        accounts.update_user(ctx, admin, "admin", full_name="مدیر\u202e")
    assert (info.value.field, info.value.code) == ("full_name", "direction_character")
    updated = accounts.update_user(ctx, admin, "admin", post_title="  مدیر\tسامانه ")
    assert updated.post_title == "مدیر سامانه"
