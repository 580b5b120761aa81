"""Users: sign-in (with the delay and lockout of ``lockout``), and user administration."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from secretariat.kernel import audit, lockout
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import (
    AuthenticationFailed,
    Conflict,
    NotFound,
    ValidationError,
)
from secretariat.kernel.events import UserChanged
from secretariat.kernel.jalali import now_utc
from secretariat.kernel.messages import describe
from secretariat.kernel.models import User
from secretariat.kernel.passwords import (
    MIN_PASSWORD_LENGTH,
    hash_password,
    needs_rehash,
    verify_password,
    weakness,
)
from secretariat.kernel.permissions import Clearance, Permission, Role, require
from secretariat.kernel.text.clean import clean_line

USERNAME_RE = re.compile(r"^[a-z][a-z0-9_.-]{1,31}$")


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    full_name: str
    post_title: str
    role: str
    clearance: str
    active: bool
    created_at: datetime
    last_login_at: datetime | None
    # Locked out after too many wrong passwords, until then (UTC); None: not locked.
    locked_until: datetime | None = None


def user_snapshot(user: User) -> audit.Snapshot:
    return {
        "username": user.username,
        "full_name": user.full_name,
        "post_title": user.post_title,
        "role": user.role,
        "clearance": user.clearance,
        "active": bool(user.active),
        "must_change_password": bool(user.must_change_password),
        # A digest, not the hash itself: the log must not become a list of password hashes.
        "password": hashlib.sha256(user.password_hash.encode()).hexdigest()[:16],
    }


def load_user_snapshots(session: Session) -> list[tuple[str, audit.Snapshot]]:
    users = session.scalars(select(User).order_by(User.id))
    return [(str(u.id), user_snapshot(u)) for u in users]


def read_user_snapshot(session: Session, user_id: str) -> audit.Snapshot | None:
    user = session.get(User, int(user_id)) if user_id.isdigit() else None
    return user_snapshot(user) if user is not None else None




def current_user_of(user: User) -> CurrentUser:
    return CurrentUser(
        id=user.id,
        username=user.username,
        full_name=user.full_name,
        role=user.role,
        clearance=user.clearance,
    )


def _info(user: User, locked_until: datetime | None = None) -> UserInfo:
    return UserInfo(
        id=user.id,
        username=user.username,
        full_name=user.full_name,
        post_title=user.post_title,
        role=user.role,
        clearance=user.clearance,
        active=bool(user.active),
        created_at=user.created_at,
        last_login_at=user.last_login_at,
        locked_until=locked_until,
    )


# --- validation --------------------------------------------------------------------


def clean_username(username: str) -> str:
    name = (username or "").strip().lower() if isinstance(username, str) else ""
    if not USERNAME_RE.fullmatch(name):
        raise ValidationError("username", "invalid_username")
    return name


def check_password(password: str, field: str = "password", *personal: str) -> None:
    """At least MIN_PASSWORD_LENGTH characters and hard to guess (zxcvbn score >= 3); the
    user's name and full name (``personal``) count as guessable words."""
    reason = weakness(password or "", personal)
    if reason == "short":
        raise ValidationError(field, "password_too_short", min=MIN_PASSWORD_LENGTH)
    if reason is not None:
        raise ValidationError(field, f"password_weak_{reason}")


def password_rule() -> str:
    """The one sentence every screen (and the CLI) shows about choosing a password."""
    return describe(ValidationError("", "password_rule", min=MIN_PASSWORD_LENGTH))


def password_verdict(password: str, *personal: str) -> tuple[bool, str]:
    """What a password field shows as the user types: whether ``password`` would be taken,
    and the sentence saying so or why not (``check_password``'s own reason)."""
    try:
        check_password(password, "password", *personal)
    except ValidationError as exc:
        return False, describe(ValidationError("", exc.code, **exc.params))
    return True, describe(ValidationError("", "password_ok"))


def clean_role(role: str) -> str:
    try:
        return Role(role).value
    except ValueError:
        raise ValidationError("role", "invalid_role", value=role) from None


def clean_clearance(clearance: str) -> str:
    try:
        return Clearance(clearance).value
    except ValueError:
        raise ValidationError("clearance", "invalid_clearance", value=clearance) from None


# --- sign in -------------------------------------------------------------------------


def authenticate(ctx: AppContext, username: str, password: str) -> CurrentUser:
    """The user signing in. A real and a made-up name get the same answers (wrong name or
    password), the same Argon2 time, and the same delays and lockout (``lockout``)."""
    name = lockout.key_of(username)
    now = now_utc()
    with ctx.write() as session:
        lockout.refuse_if_waiting(session, name, now)
        user = session.scalar(select(User).where(User.username == name))
        ok = verify_password(user.password_hash if user else None, password)
        signed_in: CurrentUser | None = None
        if user is not None and ok and user.active:
            lockout.clear(session, name)
            user.last_login_at = now
            if needs_rehash(user.password_hash):
                before = user_snapshot(user)
                user.password_hash = hash_password(password)
                audit.record(
                    session,
                    current_user_of(user),
                    "rehash",
                    "user",
                    user.id,
                    before,
                    user_snapshot(user),
                )
            signed_in = current_user_of(user)
        else:
            # Counted, and committed with this unit of work, even though we refuse.
            lockout.count_failure(session, name, now)
    if signed_in is None:
        raise AuthenticationFailed()
    return signed_in


def unlock_user(ctx: AppContext, actor: CurrentUser, username: str) -> bool:
    """An administrator lifts the lockout (and delay) of a name; False when none was on it.
    Any name may be unlocked, real or not, as any name may be locked."""
    require(actor, Permission.MANAGE_USERS)
    with ctx.write() as session:
        return lockout.unlock(session, actor, lockout.key_of(username))


# --- administration ------------------------------------------------------------------


def create_user(
    session: Session,
    actor: CurrentUser,
    username: str,
    password: str,
    role: str,
    clearance: str = "normal",
    full_name: str = "",
    post_title: str = "",
) -> User:
    """Insert a user inside an open unit of work (used by ``add_user`` and first-run setup)."""
    name = clean_username(username)
    check_password(password, "password", name, full_name)
    role = clean_role(role)
    clearance = clean_clearance(clearance)
    if session.scalar(select(User.id).where(User.username == name)) is not None:
        raise Conflict("username_taken", username=name)
    user = User(
        username=name,
        full_name=clean_line(full_name, "full_name", 200),
        post_title=clean_line(post_title, "post_title", 200),
        role=role,
        clearance=clearance,
        password_hash=hash_password(password),
        active=True,
        must_change_password=False,
        created_at=now_utc(),
        failed_logins=0,
    )
    session.add(user)
    session.flush()
    audit.record(session, actor, "create", "user", user.id, None, user_snapshot(user))
    return user


def add_user(
    ctx: AppContext,
    actor: CurrentUser,
    username: str,
    password: str,
    role: str,
    clearance: str = "normal",
    full_name: str = "",
    post_title: str = "",
) -> UserInfo:
    require(actor, Permission.MANAGE_USERS)
    with ctx.write() as session:
        user = create_user(
            session, actor, username, password, role, clearance, full_name, post_title
        )
        ctx.emit(UserChanged(user.username), actor)
        return _info(user)


def list_users(ctx: AppContext, actor: CurrentUser) -> list[UserInfo]:
    require(actor, Permission.MANAGE_USERS)
    with ctx.read() as session:
        locked = lockout.locked_names(session, now_utc())
        return [_info(u, locked.get(lockout.key_of(u.username)))
                for u in session.scalars(select(User).order_by(User.username))]


def get_user(ctx: AppContext, actor: CurrentUser, username: str) -> UserInfo:
    if actor.username != username:
        require(actor, Permission.MANAGE_USERS)
    with ctx.read() as session:
        return _info(_find(session, username))


@dataclass(frozen=True)
class UserCard:
    """What anyone may know of a colleague: name and post (printed under a signature)."""

    username: str
    full_name: str
    post_title: str


def people(ctx: AppContext, actor: CurrentUser, *, active_only: bool = True) -> list[UserCard]:
    """Colleagues by full name, with their post titles — what anyone needs to pick a referral
    recipient or a signatory (the login name is there for pickers that search by it too)."""
    query = select(User.username, User.full_name, User.post_title)
    if active_only:
        query = query.where(User.active)
    with ctx.read() as session:
        rows = session.execute(query.order_by(User.full_name, User.username))
        return [UserCard(r.username, r.full_name, r.post_title) for r in rows]


def user_directory(ctx: AppContext, actor: CurrentUser) -> list[tuple[str, str]]:
    """(username, full name) of active users."""
    return [(card.username, card.full_name) for card in people(ctx, actor)]


def user_cards(ctx: AppContext, usernames: list[str]) -> dict[str, UserCard]:
    """Name and post of these users (unknown names are left out)."""
    if not usernames:
        return {}
    with ctx.read() as session:
        rows = session.execute(
            select(User.username, User.full_name, User.post_title)
            .where(User.username.in_(usernames)))
        return {r.username: UserCard(r.username, r.full_name, r.post_title) for r in rows}


def _find(session: Session, username: str) -> User:
    user = session.scalar(select(User).where(User.username == (username or "").strip().lower()))
    if user is None:
        raise NotFound("user_not_found", username=username)
    return user


def update_user(
    ctx: AppContext,
    actor: CurrentUser,
    username: str,
    *,
    full_name: str | None = None,
    post_title: str | None = None,
    role: str | None = None,
    clearance: str | None = None,
    active: bool | None = None,
) -> UserInfo:
    require(actor, Permission.MANAGE_USERS)
    with ctx.write() as session:
        user = _find(session, username)
        before = user_snapshot(user)
        if full_name is not None:
            user.full_name = clean_line(full_name, "full_name", 200)
        if post_title is not None:
            user.post_title = clean_line(post_title, "post_title", 200)
        if role is not None:
            user.role = clean_role(role)
        if clearance is not None:
            user.clearance = clean_clearance(clearance)
        if active is not None:
            user.active = active
        if user.id == actor.id and (user.role != Role.ADMIN or not user.active):
            raise ValidationError("role", "cannot_demote_self")
        _ensure_an_admin_remains(session)
        after = user_snapshot(user)
        if after != before:
            audit.record(session, actor, "update", "user", user.id, before, after)
            ctx.emit(UserChanged(user.username), actor)
        return _info(user)


def _ensure_an_admin_remains(session: Session) -> None:
    session.flush()
    admins = session.scalar(
        select(func.count()).select_from(User).where(User.role == Role.ADMIN, User.active)
    )
    if not admins:
        raise Conflict("last_admin")


def reset_password(
    ctx: AppContext,
    actor: CurrentUser,
    username: str,
    new_password: str,
    must_change: bool = True,
) -> None:
    """An admin sets a new password; the user is asked to change it at next sign-in."""
    require(actor, Permission.MANAGE_USERS)
    with ctx.write() as session:
        user = _find(session, username)
        check_password(new_password, "password", user.username, user.full_name)
        before = user_snapshot(user)
        user.password_hash = hash_password(new_password)
        user.must_change_password = must_change and user.id != actor.id
        lockout.clear(session, user.username)
        audit.record(session, actor, "reset_password", "user", user.id, before, user_snapshot(user))
        ctx.emit(UserChanged(user.username), actor)


def change_own_password(
    ctx: AppContext, actor: CurrentUser, old_password: str, new_password: str
) -> None:
    with ctx.write() as session:
        user = _find(session, actor.username)
        check_password(new_password, "new_password", user.username, user.full_name)
        if not verify_password(user.password_hash, old_password):
            raise ValidationError("old_password", "wrong_password")
        before = user_snapshot(user)
        user.password_hash = hash_password(new_password)
        user.must_change_password = False
        audit.record(
            session, actor, "change_password", "user", user.id, before, user_snapshot(user)
        )


def must_change_password(ctx: AppContext, actor: CurrentUser) -> bool:
    with ctx.read() as session:
        return bool(_find(session, actor.username).must_change_password)
