"""Joining, periods, renewal, status against payments, reversal, grace and expiry."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from secretariat.kernel import counters
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import NotFound, ValidationError
from secretariat.kernel.jalali import from_jalali, jalali_year_bounds, today_tehran
from secretariat.membership import api as membership
from secretariat.membership.api import MemberQuery, PaymentInput, Status
from tests.membership.support import (
    ENTRY,
    RENEWAL,
    YEARLY,
    association,
    days,
    last_year_start,
    months_type,
    this_year_start,
    unit,
    yearly_type,
)


@pytest.fixture
def setup(ctx: AppContext, admin: CurrentUser) -> CurrentUser:
    association(ctx, admin)
    yearly_type(ctx, admin)
    return admin


def pay(ctx: AppContext, actor: CurrentUser, ref: str, amount: int, on: date | None = None
        ) -> membership.PaymentResult:
    return membership.record_payment(ctx, actor, ref, PaymentInput(
        amount=amount, paid_on=on or today_tehran()))


def status(ctx: AppContext, actor: CurrentUser, ref: str, on: date) -> str:
    one = membership.membership_status(ctx, actor, ref, today=on)
    listed = membership.list_memberships(ctx, actor, MemberQuery(search=ref), today=on).rows
    assert [r.status for r in listed] == [one]  # the list's query and one row agree
    return one


def test_first_period_is_due_entry_plus_yearly_and_numbers_are_gapless(
        ctx: AppContext, setup: CurrentUser) -> None:
    u1, u2 = unit(ctx, setup, 0), unit(ctx, setup, 1)
    start = this_year_start()
    first = membership.join(ctx, setup, u1.id, "ANJ", "رسمی", start)
    assert first.number == "ANJ-0001"
    assert first.status == Status.PENDING
    assert [(p.start, p.end, p.due) for p in first.periods] == [
        (start, jalali_year_bounds(from_jalali_year(start))[1], ENTRY + YEARLY)]
    with pytest.raises(ValidationError) as refused:  # joining twice while open
        membership.join(ctx, setup, u1.id, "ANJ", "رسمی", start)
    assert refused.value.code == "already_member"
    with pytest.raises(ValidationError):
        membership.join(ctx, setup, u2.id, "ANJ", "ناشناخته", start)
    second = membership.join(ctx, setup, u2.id, "anj", "رسمی", start)
    assert second.number == "ANJ-0002"  # the refused joins consumed no number
    with ctx.read() as session:
        assert counters.last_allocated(session, "member:") == {("member:1", 0): 2}


def from_jalali_year(day: date) -> int:
    from secretariat.kernel.jalali import jalali_year

    return jalali_year(day)


def test_status_follows_the_money_never_active_with_an_unpaid_period(
        ctx: AppContext, setup: CurrentUser) -> None:
    u = unit(ctx, setup)
    start = last_year_start()
    joined = membership.join(ctx, setup, u.id, "ANJ", "رسمی", start)
    # Joined last year: last year's period and this year's (a renewal) both exist.
    assert [p.due for p in joined.periods] == [ENTRY + YEARLY, RENEWAL]
    today = today_tehran()
    assert status(ctx, setup, joined.number, today) == Status.PENDING
    partial = pay(ctx, setup, joined.number, ENTRY)
    assert partial.status == Status.PENDING and partial.arrears == YEARLY + RENEWAL
    first_paid = pay(ctx, setup, joined.number, YEARLY)
    # Last year is paid; this year's period has begun unpaid: never active.
    assert first_paid.status != Status.ACTIVE
    assert first_paid.arrears == RENEWAL
    listed = membership.list_memberships(ctx, setup, MemberQuery(arrears=True)).rows
    assert [r.number for r in listed] == [joined.number]
    done = pay(ctx, setup, joined.number, RENEWAL)
    assert done.status == Status.ACTIVE and done.arrears == 0
    detail = membership.get_membership(ctx, setup, joined.number)
    assert detail.valid_until == jalali_year_bounds(from_jalali_year(today))[1]
    assert [p.paid for p in detail.periods] == [ENTRY + YEARLY, RENEWAL]
    # Oldest unpaid first: the first two payments went to the first period.
    assert [[a.period_seq for a in p.allocations] for p in detail.payments] == [[1], [1], [2]]


def test_overpayment_non_positive_and_terminated_are_refused_and_take_no_receipt(
        ctx: AppContext, setup: CurrentUser) -> None:
    u = unit(ctx, setup)
    joined = membership.join(ctx, setup, u.id, "ANJ", "رسمی", this_year_start())
    for amount, code in ((0, "amount_not_positive"), (-5, "amount_not_positive"),
                         (ENTRY + YEARLY + 1, "amount_exceeds_due")):
        with pytest.raises(ValidationError) as refused:
            pay(ctx, setup, joined.number, amount)
        assert refused.value.code == code
    receipt = pay(ctx, setup, joined.number, 1000).payment.receipt
    assert receipt.endswith("-00001")  # nothing was consumed by the refusals
    membership.decide(ctx, setup, joined.number, "terminate", "انحلال شرکت")
    with pytest.raises(ValidationError) as refused:
        pay(ctx, setup, joined.number, 1000)
    assert refused.value.code == "membership_terminated"
    assert membership.membership_status(ctx, setup, joined.number) == Status.TERMINATED


def test_renewal_after_a_late_payment_starts_the_day_after_the_previous_end(
        ctx: AppContext, admin: CurrentUser) -> None:
    association(ctx, admin)
    months_type(ctx, admin, months=6, grace=15)
    u = unit(ctx, admin)
    today = today_tehran()
    start = today - days(400)  # a join date in the past: its periods come with it
    joined = membership.join(ctx, admin, u.id, "ANJ", "وابسته", start)
    periods = joined.periods
    assert periods[0].start == start and len(periods) >= 2
    for earlier, later in itertools.pairwise(periods):
        assert later.start == earlier.end + days(1)  # no gap, no overlap
    assert periods[-1].start <= today <= periods[-1].end
    total = sum(p.due for p in periods)
    paid = pay(ctx, admin, joined.number, total, today)  # paid late, all at once
    assert paid.status == Status.ACTIVE
    with pytest.raises(ValidationError) as early:
        membership.renew(ctx, admin, joined.number, periods[-1].start - days(1))
    assert early.value.code == "renewal_too_early"
    renewed = membership.renew(ctx, admin, joined.number)
    assert renewed.start == periods[-1].end + days(1)  # not the payment date
    assert renewed.due == 3_000_000  # no renewal fee: the yearly fee


@pytest.mark.parametrize("rule", ["jalali_year", "months"])
def test_grace_and_expiry(ctx: AppContext, admin: CurrentUser, rule: str) -> None:
    association(ctx, admin)
    kind = yearly_type(ctx, admin, grace=30) if rule == "jalali_year" else months_type(
        ctx, admin, months=3, grace=30)
    u = unit(ctx, admin)
    start = today_tehran() - days(10)
    joined = membership.join(ctx, admin, u.id, "ANJ", kind.name, start)
    first = joined.periods[0]
    pay(ctx, admin, joined.number, first.due, start)
    assert status(ctx, admin, joined.number, first.end) == Status.ACTIVE
    assert status(ctx, admin, joined.number, first.end + days(1)) == Status.GRACE
    assert status(ctx, admin, joined.number, first.end + days(30)) == Status.GRACE
    assert status(ctx, admin, joined.number, first.end + days(31)) == Status.EXPIRED
    expiring = membership.list_memberships(
        ctx, admin, MemberQuery(expiring_within=(first.end - today_tehran()).days)).rows
    assert [r.number for r in expiring] == [joined.number]
    grace = membership.list_memberships(ctx, admin, MemberQuery(status="grace"),
                                        today=first.end + days(5)).rows
    assert [r.number for r in grace] == [joined.number]


def test_reversal_keeps_the_payment_and_the_status_follows(
        ctx: AppContext, setup: CurrentUser) -> None:
    u = unit(ctx, setup)
    joined = membership.join(ctx, setup, u.id, "ANJ", "رسمی", today_tehran())
    paid = pay(ctx, setup, joined.number, ENTRY + YEARLY)
    assert paid.status == Status.ACTIVE
    with pytest.raises(ValidationError):
        membership.reverse_payment(ctx, setup, paid.payment.receipt, "  ")
    reversed_ = membership.reverse_payment(ctx, setup, paid.payment.receipt, "چک برگشت خورد")
    assert reversed_.status == Status.PENDING and reversed_.arrears == ENTRY + YEARLY
    detail = membership.get_membership(ctx, setup, joined.number)
    assert [(p.receipt, p.reversed, p.reversal_reason) for p in detail.payments] == [
        (paid.payment.receipt, True, "چک برگشت خورد")]
    with pytest.raises(Exception) as twice:
        membership.reverse_payment(ctx, setup, paid.payment.receipt, "دوباره")
    assert getattr(twice.value, "code", "") == "payment_already_reversed"
    with pytest.raises(NotFound):
        membership.reverse_payment(ctx, setup, "1399-99999", "نیست")


def test_esfand_30_of_a_leap_year(ctx: AppContext, admin: CurrentUser) -> None:
    association(ctx, admin)
    yearly_type(ctx, admin)
    months_type(ctx, admin, months=12, name="دوازده‌ماهه")
    joined_on = from_jalali(1403, 12, 30)  # 1403 is a leap year
    by_year = membership.join(ctx, admin, unit(ctx, admin, 0).id, "ANJ", "رسمی", joined_on)
    assert by_year.periods[0].end == joined_on
    assert by_year.periods[1].start == from_jalali(1404, 1, 1)
    assert by_year.periods[1].end == from_jalali(1404, 12, 29)
    by_months = membership.join(ctx, admin, unit(ctx, admin, 1).id, "ANJ", "دوازده‌ماهه",
                                joined_on)
    assert by_months.periods[0].end == from_jalali(1404, 12, 29)
    assert by_months.periods[1].start == from_jalali(1405, 1, 1)
    assert by_months.periods[1].end == from_jalali(1405, 12, 29)


def test_suspension_and_resumption(ctx: AppContext, setup: CurrentUser) -> None:
    u = unit(ctx, setup)
    joined = membership.join(ctx, setup, u.id, "ANJ", "رسمی", today_tehran())
    pay(ctx, setup, joined.number, ENTRY + YEARLY)
    with pytest.raises(ValidationError):
        membership.decide(ctx, setup, joined.number, "suspend", "")  # a reason is needed
    suspended = membership.decide(ctx, setup, joined.number, "suspend", "بدهی معوق")
    assert suspended.status == Status.SUSPENDED
    with pytest.raises(ValidationError):
        membership.card_pdf(ctx, setup, [joined.number])
    resumed = membership.decide(ctx, setup, joined.number, "resume", "")
    assert resumed.status == Status.ACTIVE
    assert [d.kind for d in resumed.decisions] == ["suspend", "resume"]


def test_officer_manages_a_viewer_only_reads(ctx: AppContext, admin: CurrentUser,
                                             make_user: object) -> None:
    from tests.conftest import MakeUser

    assert callable(make_user)
    maker: MakeUser = make_user
    officer, viewer = maker("officer1", "officer"), maker("viewer1", "viewer")
    association(ctx, officer)
    assert [a.code for a in membership.list_associations(ctx, viewer)] == ["ANJ"]
    with pytest.raises(Exception) as refused:
        association(ctx, viewer, code="BBB")
    assert getattr(refused.value, "code", "") == "permission_denied"
