"""Membership on PostgreSQL: the status expression (its date arithmetic), numbers, import."""

from __future__ import annotations

from pathlib import Path

import pytest

from secretariat.kernel import setup
from secretariat.kernel.context import open_context
from secretariat.kernel.integrity import run_check
from secretariat.kernel.jalali import today_tehran
from secretariat.membership import api as membership
from secretariat.membership.api import MemberQuery, PaymentInput, Status
from tests.conftest import ADMIN_PASSWORD
from tests.membership.support import association, days, unit, yearly_type

pytestmark = pytest.mark.postgres


def test_status_in_the_query_on_postgresql(tmp_path: Path, pg_url: str) -> None:
    ctx = open_context(tmp_path / "data", pg_url, create=True)
    try:
        admin = setup.initialize(ctx, "admin", ADMIN_PASSWORD)
        association(ctx, admin)
        yearly_type(ctx, admin, grace=30)
        joined = membership.join(ctx, admin, unit(ctx, admin).id, "ANJ", "رسمی", today_tehran())
        first = joined.periods[0]
        membership.record_payment(ctx, admin, joined.number, PaymentInput(
            amount=first.due, paid_on=today_tehran()))
        for offset, expected in ((0, Status.ACTIVE), (1, Status.GRACE), (30, Status.GRACE),
                                 (31, Status.EXPIRED)):
            day = first.end + days(offset)
            assert membership.membership_status(ctx, admin, joined.number, today=day) == expected
            rows = membership.list_memberships(ctx, admin, MemberQuery(status=expected),
                                               today=day).rows
            assert [r.number for r in rows] == [joined.number]
        assert run_check(ctx, admin).problems == []
    finally:
        ctx.close()
