"""Referrals (ارجاع): inbox, read/unread, overdue, هامش, close, onward referral tree."""

from __future__ import annotations

from datetime import timedelta

import pytest

from secretariat.correspondence import api as letters
from secretariat.correspondence import api as referrals
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import Conflict, NotFound, PermissionDenied, ValidationError
from secretariat.kernel.jalali import today_tehran
from tests.conftest import MakeUser
from tests.correspondence.support import incoming, raw, register


def test_refer_inbox_note_close_and_tree(
    ctx: AppContext, admin: CurrentUser, make_user: MakeUser
) -> None:
    manager = make_user("manager1", "manager")
    expert = make_user("expert1", "expert")
    letter = register(ctx, admin, incoming())
    made = referrals.refer_letter(ctx, admin, letter.id, ["manager1"], "جهت اقدام",
                                  due_on=today_tehran() + timedelta(days=3))
    assert [(r.to_user, r.instruction, r.status) for r in made] == [
        ("manager1", "جهت اقدام", "open")]
    assert letters.get_letter(ctx, admin, letter.id).status == "in_progress"

    box = referrals.inbox(ctx, manager)
    assert len(box) == 1 and box[0].unread and not box[0].overdue
    assert box[0].letter.id == letter.id
    assert referrals.inbox_counts(ctx, manager).unread == 1
    referral_id = box[0].referral.id
    referrals.mark_read(ctx, manager, referral_id)
    assert not referrals.inbox(ctx, manager)[0].unread
    assert referrals.inbox_counts(ctx, manager).unread == 0

    onward = referrals.refer_onward(ctx, manager, referral_id, ["expert1"], "بررسی و گزارش")
    assert onward[0].parent_id == referral_id
    noted = referrals.write_note(ctx, expert, onward[0].id, "بررسی شد؛ مشکلی ندارد.")
    assert noted.note == "بررسی شد؛ مشکلی ندارد."
    closed = referrals.close_referral(ctx, expert, onward[0].id)
    assert closed.status == "closed" and closed.closed_at is not None
    assert referrals.inbox(ctx, expert) == []
    assert len(referrals.inbox(ctx, expert, include_closed=True)) == 1
    with pytest.raises(ValidationError) as info:
        referrals.write_note(ctx, expert, onward[0].id, "دیر")
    assert info.value.code == "referral_closed"

    tree = letters.get_letter(ctx, admin, letter.id).referrals
    assert [(n.to_user, [c.to_user for c in n.children]) for n in tree] == [
        ("manager1", ["expert1"])]
    assert tree[0].children[0].note == "بررسی شد؛ مشکلی ندارد."
    history = [(h.entity, h.action) for h in letters.get_letter(ctx, admin, letter.id).history]
    assert history == [("letter", "create"), ("referral", "create"), ("letter", "status"),
                       ("referral", "create"), ("referral", "note"), ("referral", "close")]


def test_only_the_recipient_works_a_referral(
    ctx: AppContext, admin: CurrentUser, make_user: MakeUser
) -> None:
    make_user("manager1", "manager")
    clerk = make_user("clerk1", "clerk")
    letter = register(ctx, admin, incoming())
    referral = referrals.refer_letter(ctx, admin, letter.id, ["manager1"], "جهت اطلاع")[0]
    for call in (
        lambda: referrals.mark_read(ctx, clerk, referral.id),
        lambda: referrals.write_note(ctx, clerk, referral.id, "x"),
        lambda: referrals.close_referral(ctx, clerk, referral.id),
        lambda: referrals.refer_onward(ctx, clerk, referral.id, ["admin"], "x"),
    ):
        with pytest.raises(PermissionDenied):
            call()
    with pytest.raises(NotFound):
        referrals.mark_read(ctx, clerk, 999)


def test_referral_checks(ctx: AppContext, admin: CurrentUser, make_user: MakeUser) -> None:
    viewer = make_user("viewer1", "viewer")
    letter = register(ctx, admin, incoming())
    cases = [
        (dict(to_usernames=[], instruction="جهت اقدام"), "to", "required"),
        (dict(to_usernames=["ghost"], instruction="جهت اقدام"), "to", "user_not_found"),
        (dict(to_usernames=["viewer1"], instruction="  "), "instruction", "required"),
        (dict(to_usernames=["viewer1"], instruction="x", due_on=today_tehran() - timedelta(days=1)),
         "due_on", "due_in_past"),
    ]
    for kwargs, field, code in cases:
        with pytest.raises(ValidationError) as info:
            referrals.refer_letter(ctx, admin, letter.id, **kwargs)  # type: ignore[arg-type]
        assert (info.value.field, info.value.code) == (field, code)
    with pytest.raises(PermissionDenied):
        referrals.refer_letter(ctx, viewer, letter.id, ["admin"], "جهت اقدام")
    letters.cancel_letter(ctx, admin, letter.id, "اشتباه")
    with pytest.raises(Conflict):
        referrals.refer_letter(ctx, admin, letter.id, ["viewer1"], "جهت اقدام")


def test_overdue_referrals(ctx: AppContext, admin: CurrentUser, make_user: MakeUser) -> None:
    manager = make_user("manager1", "manager")
    late_letter = register(ctx, admin, incoming(subject="دیرکرد"))
    register(ctx, admin, incoming(subject="به‌موقع"))
    referral = referrals.refer_letter(ctx, admin, late_letter.id, ["manager1"], "جهت اقدام",
                                      due_on=today_tehran())[0]
    # The due date passes (set back in the file: time moves on).
    with raw(ctx) as con:
        con.execute("UPDATE referrals SET due_on = ? WHERE id = ?",
                    ((today_tehran() - timedelta(days=2)).isoformat(), referral.id))
    box = referrals.inbox(ctx, manager)
    assert box[0].overdue and box[0].letter.overdue
    assert [i.referral.id for i in referrals.inbox(ctx, manager, overdue_only=True)] == [
        referral.id]
    assert referrals.inbox_counts(ctx, manager).overdue == 1
    from secretariat.correspondence import api as queries

    late = queries.list_letters(ctx, admin, queries.LetterQuery(overdue=True))
    assert [s.id for s in late] == [late_letter.id]
