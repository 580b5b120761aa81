"""Joining, renewing, board decisions (suspend, resume, terminate) and reading a membership.

Numbers are per association and gapless (``kernel.counters``, scope ``member:<id>``,
formatted ``ANJ-0034``), allocated in the joining transaction: a refused join consumes none.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from secretariat.kernel import audit, counters
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import NotFound, ValidationError
from secretariat.kernel.jalali import now_utc, today_tehran
from secretariat.kernel.permissions import require
from secretariat.kernel.text.clean import clean_block
from secretariat.kernel.text.digits import to_ascii_digits
from secretariat.membership import _money
from secretariat.membership._associations import type_row
from secretariat.membership._dto import (
    DecisionInfo,
    MembershipChanged,
    MembershipDetail,
    PeriodInfo,
)
from secretariat.membership._lookup import (
    as_id,
    association_info,
    association_row,
    membership_row,
    payment_infos,
    period_info,
    type_info,
    unit_infos,
    unit_row,
)
from secretariat.membership._models import (
    Association,
    Membership,
    MembershipDecision,
    MembershipPayment,
    MembershipPeriod,
    MembershipType,
)
from secretariat.membership._periods import ONE_DAY, period_end, periods_until
from secretariat.membership._snapshots import (
    decision_snapshot,
    membership_snapshot,
    period_snapshot,
)
from secretariat.membership._status import status_by_id, status_of, status_where
from secretariat.membership._vocab import DecisionKind, MembershipPermission

READ, MANAGE = MembershipPermission.READ, MembershipPermission.MANAGE
NUMBER_FORMAT = "{code}-{seq:04d}"


def member_scope(association_id: int) -> str:
    return f"member:{association_id}"


def _not_future(on: date | None, field: str = "on") -> date:
    today = today_tehran()
    day = on or today
    if day > today:
        raise ValidationError(field, "date_in_future")
    return day


def add_period(session: Session, actor: CurrentUser, membership: Membership,
               kind: MembershipType, seq: int, start: date, end: date) -> MembershipPeriod:
    """A period row: the first is due the entry fee plus the yearly fee (not prorated), a
    renewal its renewal fee (the yearly fee when there is none)."""
    if seq == 1:
        due = kind.entry_fee + kind.yearly_fee
    else:
        due = kind.renewal_fee if kind.renewal_fee is not None else kind.yearly_fee
    period = MembershipPeriod(membership_id=membership.id, seq=seq, starts_on=start,
                              ends_on=end, due=due, paid=0,
                              created_at=now_utc().replace(microsecond=0))
    session.add(period)
    session.flush()
    audit.record(session, actor, "create", "membership_period", period.id, None,
                 period_snapshot(period))
    return period


def join(ctx: AppContext, actor: CurrentUser, unit: int | str, association: str | int,
         kind: str | int, on: date) -> MembershipDetail:
    """The unit joins the association with a type on ``on``; periods are made from ``on``
    up to the one today falls in (a join date in the past brings its history)."""
    require(actor, MANAGE)
    today = today_tehran()
    with ctx.write() as session:
        unit_row_ = unit_row(session, unit)
        assoc = association_row(session, association)
        if not assoc.active:
            raise ValidationError("association", "association_inactive", name=assoc.code)
        mtype = type_row(session, assoc.id, kind)
        if not mtype.active:
            raise ValidationError("type", "type_inactive", name=mtype.name)
        open_one = session.scalar(select(Membership.number).where(
            Membership.unit_id == unit_row_.id, Membership.association_id == assoc.id,
            Membership.terminated_on.is_(None)))
        if open_one is not None:
            raise ValidationError("association", "already_member", number=open_one)
        seq = counters.allocate(session, member_scope(assoc.id))
        membership = Membership(
            association_id=assoc.id, unit_id=unit_row_.id, type_id=mtype.id, seq=seq,
            number=counters.format_number(NUMBER_FORMAT, code=assoc.code, seq=seq),
            joined_on=on, created_at=now_utc().replace(microsecond=0))
        session.add(membership)
        session.flush()
        audit.record(session, actor, "create", "membership", membership.id, None,
                     membership_snapshot(membership))
        bounds = periods_until(mtype.period_rule, mtype.period_months, on, on, today)
        for index, (start, end) in enumerate(bounds, start=1):
            add_period(session, actor, membership, mtype, index, start, end)
        _money.refresh(session, membership)
        ctx.emit(MembershipChanged(membership.id, membership.unit_id), actor)
        return detail(session, membership, today)


def renew(ctx: AppContext, actor: CurrentUser, ref: str | int, on: date | None = None
          ) -> PeriodInfo:
    """The next period: it starts the day after the last one ends, however late the renewal
    (``on``, default today) is recorded; refused while the last period has not begun."""
    require(actor, MANAGE)
    day = _not_future(on)
    with ctx.write() as session:
        membership = membership_row(session, ref)
        if membership.terminated_on is not None:
            raise ValidationError("membership", "membership_terminated",
                                  number=membership.number)
        periods = _money.periods_of(session, membership.id)
        last = periods[-1]
        if day < last.starts_on:
            raise ValidationError("on", "renewal_too_early", start=last.starts_on.isoformat())
        mtype = session.get(MembershipType, membership.type_id)
        assert mtype is not None
        start = last.ends_on + ONE_DAY
        end = period_end(mtype.period_rule, mtype.period_months, membership.joined_on, start)
        period = add_period(session, actor, membership, mtype, last.seq + 1, start, end)
        unchanged = membership_snapshot(membership)  # the new period is the change
        audit.record(session, actor, "renew", "membership", membership.id, unchanged, unchanged)
        _money.refresh(session, membership)
        ctx.emit(MembershipChanged(membership.id, membership.unit_id), actor)
        return period_info(period)


def decide(ctx: AppContext, actor: CurrentUser, ref: str | int, kind: str, reason: str,
           on: date | None = None) -> MembershipDetail:
    """A board decision: suspend (with a reason), resume, or terminate (with a reason)."""
    require(actor, MANAGE)
    decision = DecisionKind(kind)
    day = _not_future(on)
    text = clean_block(reason, "reason", 2000)
    if decision != DecisionKind.RESUME and not text:
        raise ValidationError("reason", "required")
    with ctx.write() as session:
        membership = membership_row(session, ref)
        if membership.terminated_on is not None:
            raise ValidationError("membership", "membership_terminated",
                                  number=membership.number)
        if day < membership.joined_on:
            raise ValidationError("on", "before_joining")
        before = membership_snapshot(membership)
        if decision == DecisionKind.SUSPEND:
            if membership.suspended_from is not None:
                raise ValidationError("membership", "already_suspended")
            membership.suspended_from = day
        elif decision == DecisionKind.RESUME:
            if membership.suspended_from is None:
                raise ValidationError("membership", "not_suspended")
            if day < membership.suspended_from:
                raise ValidationError("on", "before_suspension")
            membership.suspended_from = None
        else:
            membership.terminated_on = day
        row = MembershipDecision(membership_id=membership.id, kind=decision.value,
                                 decided_on=day, reason=text, created_by=actor.username,
                                 created_at=now_utc().replace(microsecond=0))
        session.add(row)
        session.flush()
        audit.record(session, actor, "create", "membership_decision", row.id, None,
                     decision_snapshot(row))
        audit.record(session, actor, decision.value, "membership", membership.id, before,
                     membership_snapshot(membership))
        ctx.emit(MembershipChanged(membership.id, membership.unit_id), actor)
        return detail(session, membership, today_tehran())


def get_membership(ctx: AppContext, actor: CurrentUser, ref: str | int,
                   today: date | None = None) -> MembershipDetail:
    require(actor, READ)
    with ctx.read() as session:
        return detail(session, membership_row(session, ref), today or today_tehran())


def membership_status(ctx: AppContext, actor: CurrentUser, ref: str | int,
                      today: date | None = None) -> str:
    """One membership's status (the lists' SQL expression for its row)."""
    require(actor, READ)
    text = to_ascii_digits(str(ref)).strip()
    day = today or today_tehran()
    with ctx.read() as session:  # a number has letters (ANJ-0034); an id is digits only
        row_id = as_id(text)
        found = (status_by_id(session, row_id, day) if row_id is not None
                 else None if text.isdigit()
                 else status_where(session, Membership.number == text.upper(), day))
    if found is None:
        raise NotFound("membership_not_found", ref=str(ref))
    return found


def detail(session: Session, membership: Membership, today: date) -> MembershipDetail:
    periods = _money.periods_of(session, membership.id)
    mtype = session.get(MembershipType, membership.type_id)
    assoc = session.get(Association, membership.association_id)
    assert mtype is not None and assoc is not None
    payments = list(session.scalars(select(MembershipPayment).where(
        MembershipPayment.membership_id == membership.id).order_by(MembershipPayment.id)))
    decisions = session.scalars(select(MembershipDecision).where(
        MembershipDecision.membership_id == membership.id).order_by(MembershipDecision.id))
    return MembershipDetail(
        id=membership.id, number=membership.number,
        association=association_info(session, assoc.id),
        unit=unit_infos(session, [membership.unit_id])[membership.unit_id],
        type=type_info(mtype, assoc.code), joined_on=membership.joined_on,
        status=status_of(session, membership.id, today),
        valid_until=membership.paid_through,
        arrears=_money.arrears_of([_money.money_of(p) for p in periods], today),
        periods=tuple(period_info(p) for p in periods),
        payments=tuple(payment_infos(session, payments, membership.number)),
        decisions=tuple(DecisionInfo(d.id, d.kind, d.decided_on, d.reason, d.created_by)
                        for d in decisions),
        suspended_from=membership.suspended_from, terminated_on=membership.terminated_on,
        today=today)
