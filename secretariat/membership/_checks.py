"""Membership's checks for ``secretariat check`` (named in the registry).

- money: every period's ``paid`` equals its live payments, every payment's parts add up to
  its amount, periods run on without gap or overlap, and each membership's paid-through
  dates follow from them (an amount edited outside the application shows here, besides
  the audited-state check);
- counters: membership numbers per association and receipts per year run 1..N, and each
  counter equals the highest number given (a refused command consumed none);
- files: units' documents and associations' logos are there, unchanged.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import func, select

from secretariat.kernel import counters
from secretariat.kernel.context import AppContext
from secretariat.kernel.integrity import CheckReport, Problem
from secretariat.membership._memberships import member_scope
from secretariat.membership._models import (
    Association,
    Membership,
    MembershipPayment,
    MembershipPeriod,
    PaymentAllocation,
    UnitDocument,
)
from secretariat.membership._money import PeriodMoney, paid_facts
from secretariat.membership._payments import RECEIPT_SCOPE
from secretariat.membership._periods import ONE_DAY


def check_money(ctx: AppContext, report: CheckReport) -> None:
    problems = report.problems
    with ctx.read() as session:
        live: dict[int, int] = defaultdict(int)
        parts: dict[int, int] = defaultdict(int)
        for payment_id, period_id, amount, reversed_at in session.execute(
                select(PaymentAllocation.payment_id, PaymentAllocation.period_id,
                       PaymentAllocation.amount, MembershipPayment.reversed_at)
                .join(MembershipPayment, MembershipPayment.id == PaymentAllocation.payment_id)):
            parts[payment_id] += amount
            if reversed_at is None:
                live[period_id] += amount
        for payment_id, receipt, amount in session.execute(
                select(MembershipPayment.id, MembershipPayment.receipt, MembershipPayment.amount)):
            if parts.get(payment_id, 0) != amount:
                problems.append(Problem("allocation_mismatch", {"receipt": receipt}))
        periods: dict[int, list[PeriodMoney]] = defaultdict(list)
        for p in session.scalars(select(MembershipPeriod).order_by(
                MembershipPeriod.membership_id, MembershipPeriod.seq)).yield_per(5000):
            if p.paid != live.get(p.id, 0):
                problems.append(Problem("period_paid_mismatch", {
                    "id": p.id, "stored": p.paid, "computed": live.get(p.id, 0)}))
            found = periods[p.membership_id]
            if found and (p.starts_on != found[-1].ends_on + ONE_DAY or p.seq != found[-1].seq + 1):
                problems.append(Problem("periods_not_contiguous",
                                        {"id": p.membership_id, "seq": p.seq}))
            found.append(PeriodMoney(p.seq, p.starts_on, p.ends_on, p.due, live.get(p.id, 0)))
        for m_id, first_unpaid, paid_through in session.execute(
                select(Membership.id, Membership.first_unpaid_start, Membership.paid_through)):
            if paid_facts(periods.get(m_id, [])) != (first_unpaid, paid_through):
                problems.append(Problem("membership_dates_mismatch", {"id": m_id}))


def _reconcile(report: CheckReport, given: dict[tuple[str, int], int],
               numbered: dict[tuple[str, int], tuple[int, int]], mismatch: str, gap: str
               ) -> None:
    for key in sorted(set(given) | set(numbered)):
        highest, count = numbered.get(key, (0, 0))
        last = given.get(key, 0)
        shown = {"scope": key[0], "year": key[1]}
        if last != highest:
            report.problems.append(Problem(mismatch, {**shown, "counter": last,
                                                      "highest": highest}))
        elif count != highest:
            report.problems.append(Problem(gap, {**shown, "missing": highest - count}))


def check_counters(ctx: AppContext, report: CheckReport) -> None:
    with ctx.read() as session:
        members = {
            (member_scope(a), 0): (int(h or 0), int(n))
            for a, h, n in session.execute(
                select(Membership.association_id, func.max(Membership.seq), func.count())
                .group_by(Membership.association_id))}
        _reconcile(report, counters.last_allocated(session, "member:"), members,
                   "member_counter_mismatch", "member_number_gap")
        receipts = {
            (RECEIPT_SCOPE, int(y)): (int(h or 0), int(n))
            for y, h, n in session.execute(
                select(MembershipPayment.receipt_year, func.max(MembershipPayment.receipt_seq),
                       func.count()).group_by(MembershipPayment.receipt_year))}
        given = {k: v for k, v in counters.last_allocated(session, RECEIPT_SCOPE).items()
                 if k[0] == RECEIPT_SCOPE}
        _reconcile(report, given, receipts, "receipt_counter_mismatch", "receipt_number_gap")


def check_files(ctx: AppContext, report: CheckReport) -> None:
    with ctx.read() as session:
        documents = session.execute(select(UnitDocument.sha256, UnitDocument.filename,
                                           UnitDocument.unit_id)).all()
        logos = session.execute(select(Association.code, Association.logo_sha256)
                                .where(Association.logo_sha256 != "")).all()
    verified: dict[str, bool] = {}

    def ok(sha: str) -> bool:
        if sha not in verified:
            verified[sha] = ctx.blobs.verify(sha)
        return verified[sha]

    for sha, name, unit_id in documents:
        if not ok(sha):
            code = "unit_document_corrupt" if ctx.blobs.path(sha).is_file() else (
                "unit_document_missing")
            report.problems.append(Problem(code, {"name": name, "unit": unit_id}))
    for code, sha in logos:
        if not ok(sha):
            report.problems.append(Problem("association_logo_missing", {"association": code}))
