"""Referral types and priorities, several recipients in one action, the house's referral
settings (standard هامش phrases, due days), names and posts on referrals, the home summary."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from secretariat.correspondence import api as letters
from secretariat.correspondence.api import ReferralSettings, default_due_on
from secretariat.kernel import accounts
from secretariat.kernel.audit_log import AuditQuery, read_audit
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import PermissionDenied, ValidationError
from secretariat.kernel.integrity import run_check
from secretariat.kernel.jalali import today_tehran
from tests.conftest import MakeUser
from tests.correspondence.support import incoming, outgoing, raw, register


def test_several_recipients_with_type_and_priority_in_one_action(
    ctx: AppContext, admin: CurrentUser, make_user: MakeUser
) -> None:
    make_user("manager1", "manager")
    make_user("expert1", "expert")
    accounts.update_user(ctx, admin, "expert1", post_title="کارشناس امور صنایع")
    letter = register(ctx, admin, incoming())
    made = letters.refer_letter(ctx, admin, letter.id, ["manager1", "expert1"],
                                "لطفاً بررسی و نتیجه را گزارش فرمایید.\nپیگیری شود.",
                                today_tehran() + timedelta(days=2), kind="comment", priority="urgent")
    assert [(n.to_user, n.kind, n.priority) for n in made] == [
        ("manager1", "comment", "urgent"), ("expert1", "comment", "urgent")]
    assert made[1].to_name == "کاربر expert1" and made[1].to_post == "کارشناس امور صنایع"
    assert made[0].from_name == admin.full_name
    assert "\n" in made[0].instruction  # a هامش of several lines stays so
    # One action: the referrals and the letter's status in one transaction, each audited.
    rows, _total = read_audit(ctx, admin, AuditQuery(entity="referral"))
    assert len(rows) == 2 and all(r.actor_name == admin.full_name for r in rows)
    assert rows[0].after is not None and rows[0].after["kind"] == "comment"
    tree = letters.get_letter(ctx, admin, letter.id).referrals
    assert {(n.kind, n.priority) for n in tree} == {("comment", "urgent")}
    assert run_check(ctx, admin).ok


def test_one_refused_recipient_refuses_the_whole_action(
    ctx: AppContext, admin: CurrentUser, make_user: MakeUser
) -> None:
    make_user("manager1", "manager")
    letter = register(ctx, admin, incoming())
    with pytest.raises(ValidationError) as info:
        letters.refer_letter(ctx, admin, letter.id, ["manager1", "nobody"], "جهت اقدام")
    assert info.value.field == "to"
    assert letters.get_letter(ctx, admin, letter.id).referrals == ()
    for field, kind, priority in (("referral_kind", "later", "normal"),
                                  ("priority", "action", "soon")):
        with pytest.raises(ValidationError) as info:
            letters.refer_letter(ctx, admin, letter.id, ["manager1"], "جهت اقدام",
                                 kind=kind, priority=priority)
        assert info.value.field == field


def test_referrals_made_before_types_existed_still_check(
    ctx: AppContext, admin: CurrentUser, make_user: MakeUser
) -> None:
    """A default type and priority leave the audited snapshot as it was before migration
    0014, so `check` finds the old referrals in order; a changed type is caught."""
    make_user("manager1", "manager")
    letter = register(ctx, admin, incoming())
    made = letters.refer_letter(ctx, admin, letter.id, ["manager1"], "جهت اقدام")
    rows, _total = read_audit(ctx, admin, AuditQuery(entity="referral"))
    assert rows[0].after is not None
    assert "kind" not in rows[0].after and "priority" not in rows[0].after
    assert run_check(ctx, admin).ok
    with raw(ctx) as con:
        con.execute("UPDATE referrals SET kind = 'information' WHERE id = ?", (made[0].id,))
    assert not run_check(ctx, admin).ok


def test_register_with_a_first_referral_of_a_type(
    ctx: AppContext, admin: CurrentUser, make_user: MakeUser
) -> None:
    make_user("manager1", "manager")
    letter = register(ctx, admin, incoming(), referral=letters.ReferralInput(
        ("manager1",), "جهت اطلاع", kind="information", priority="immediate"))
    assert [(n.kind, n.priority) for n in letter.referrals] == [("information", "immediate")]


def test_referral_settings_are_audited_and_give_default_due_dates(
    ctx: AppContext, admin: CurrentUser, make_user: MakeUser
) -> None:
    clerk = make_user("clerk1")
    defaults = letters.referral_settings(ctx)
    assert "جهت اقدام" in defaults.phrases
    assert defaults.days_for("information", "normal") is None
    with pytest.raises(PermissionDenied):
        letters.update_referral_settings(ctx, clerk, phrases=["x"])
    changed = letters.update_referral_settings(
        ctx, admin, phrases=["  جهت اقدام فوری ", "جهت اقدام فوری", "بایگانی شود"],
        due_days={"action": {"urgent": 2}, "information": {"normal": 10}})
    assert changed.phrases == ("جهت اقدام فوری", "بایگانی شود")
    assert changed.days_for("action", "urgent") == 2
    assert changed.days_for("action", "normal") == 7  # what was not given keeps its default
    assert letters.referral_settings(ctx) == changed
    rows, _total = read_audit(ctx, admin, AuditQuery(entity="setting"))
    assert {r.entity_id for r in rows} >= {"referral_phrases", "referral_due_days"}
    with pytest.raises(ValidationError) as info:
        letters.update_referral_settings(ctx, admin, due_days={"action": {"normal": 999}})
    assert info.value.code == "invalid_due_days"
    with pytest.raises(ValidationError):
        letters.update_referral_settings(ctx, admin, due_days={"later": {"normal": 1}})
    with pytest.raises(ValidationError) as info:
        letters.update_referral_settings(ctx, admin, phrases=[f"عبارت {i}" for i in range(60)])
    assert info.value.code == "too_many_phrases"


def test_default_due_date_by_type_and_priority_skips_friday() -> None:
    settings = ReferralSettings()
    saturday = date(2026, 12, 5)  # a Saturday
    assert saturday.weekday() == 5
    assert default_due_on(settings, "action", "normal", saturday) == date(2026, 12, 12)
    assert default_due_on(settings, "action", "urgent", saturday) == date(2026, 12, 8)
    assert default_due_on(settings, "information", "urgent", saturday) is None
    thursday = date(2026, 12, 10)
    # Thursday + 1 day is a Friday: the referral is due on Saturday.
    assert default_due_on(settings, "action", "immediate", thursday) == date(2026, 12, 12)


def test_home_summary(ctx: AppContext, admin: CurrentUser, make_user: MakeUser) -> None:
    clerk = make_user("clerk1")
    first = register(ctx, admin, incoming("نامهٔ امروز"))
    register(ctx, admin, outgoing("پاسخ امروز"))
    waiting = register(ctx, admin, outgoing("در انتظار پاسخ",
                                            registered_on=today_tehran() - timedelta(days=20),
                                            reply_expected_by=today_tehran() - timedelta(days=5)))
    later = letters.refer_letter(ctx, admin, first.id, ["clerk1"], "جهت اقدام",
                                 today_tehran() + timedelta(days=9))
    sooner = letters.refer_letter(ctx, admin, waiting.id, ["clerk1"], "جهت پیگیری",
                                  today_tehran() + timedelta(days=1))
    letters.refer_letter(ctx, admin, first.id, ["clerk1"], "جهت اطلاع", kind="information")
    home = letters.home_summary(ctx, clerk)
    assert [s.subject for s in home.today_incoming.rows] == ["نامهٔ امروز"]
    assert home.today_outgoing.total == 1  # the letter registered 20 days ago is not today's
    assert [i.referral.id for i in home.my_referrals][:2] == [sooner[0].id, later[0].id]
    assert home.my_referrals[-1].referral.due_on is None  # undated last
    assert home.my_referrals_open == 3
    assert [s.id for s in home.late_replies.rows] == [waiting.id]
