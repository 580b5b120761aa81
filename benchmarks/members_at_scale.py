"""Association membership at scale: 100 associations, 50,000 units, 10 years of periods and
payments; then time what the officer waits for.

    python benchmarks/members_at_scale.py [--units N] [--data-dir DIR] [--keep]

Units are seeded through the Excel import (the real path: validation, dedupe, contacts of the
address book, audit), 10,000 rows a file. Memberships with ten years of history are seeded
with bulk statements written here (numbers from the counters, one audit entry per row, the
derived paid columns from ``_money``), since ten years of joins and payments one action at a
time would take an hour. Prints one JSON object:

- seed_seconds: everything above
- member_list_first_page_ms: the first page (50) of every membership, status and arrears
  computed in the query (median of 20)
- member_list_filtered_ms: one association's expired members, first page (median)
- expiring_list_ms: active memberships expiring within 30 days, first page of 200 (median)
- arrears_count_ms: how many are in arrears (the home tile's count, median)
- status_of_one_us: ``membership_status`` of one membership through the api (mean of 2,000:
  permission, a unit of work, one query); status_expression_one_us: the same expression
  evaluated for one row inside an open unit of work
- import_10k_rows_s: a 10,000-row workbook (new units, some bad, some duplicates) imported in
  one transaction with its refused-rows report
- export_directory_s: the whole directory to Excel
- load_average: the machine's 1-minute load when the figures were taken
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from openpyxl import Workbook  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from secretariat.kernel import audit, counters, setup  # noqa: E402
from secretariat.kernel.context import AppContext, CurrentUser, open_context  # noqa: E402
from secretariat.kernel.db.base import table_of  # noqa: E402
from secretariat.kernel.jalali import jalali_year, now_utc, today_tehran  # noqa: E402
from secretariat.membership import _money, _periods, _snapshots  # noqa: E402
from secretariat.membership import api as membership  # noqa: E402
from secretariat.membership._models import (  # noqa: E402
    Membership,
    MembershipPayment,
    MembershipPeriod,
    MemberUnit,
    PaymentAllocation,
)
from secretariat.membership._status import status_of  # noqa: E402
from secretariat.membership.api import AssociationInput, MemberQuery, TypeInput  # noqa: E402

PASSWORD = "bench-password-1"
WEIGHTS = (29, 27, 23, 19, 17)
WORDS = ("فولاد", "سیمان", "کاشی", "نساجی", "صنایع غذایی", "قطعه‌سازی", "دارویی", "پلاستیک",
         "شیشه", "لبنیات", "بسته‌بندی", "ماشین‌سازی", "رنگ", "الکترونیک", "ریخته‌گری")
PLACES = ("البرز", "کرج", "اشتهارد", "نظرآباد", "هشتگرد", "فردیس", "سیمین‌دشت", "صفادشت")


def legal_id(n: int) -> str:
    digits = [int(c) for c in f"{n:010d}"]
    offset = digits[9] + 2
    r = sum((offset + digits[i]) * WEIGHTS[i % 5] for i in range(10)) % 11
    return "".join(map(str, digits)) + str(0 if r == 10 else r)


def national_id(n: int) -> str:
    digits = [int(c) for c in f"{n:09d}"]
    r = sum(d * (10 - i) for i, d in enumerate(digits)) % 11
    return "".join(map(str, digits)) + str(r if r < 2 else 11 - r)


def unit_rows(first: int, count: int, rng: random.Random) -> list[list[object]]:
    rows: list[list[object]] = []
    for n in range(first, first + count):
        natural = n % 5 == 0
        code = national_id(100_000_000 + n) if natural else legal_id(1_000_000_000 + n * 7)
        name = (f"کارگاه {rng.choice(WORDS)} {n}" if natural else
                f"شرکت {rng.choice(WORDS)} {rng.choice(PLACES)} {n}")
        rows.append([name, code, f"0912{n % 10_000_000:07d}", "32123456",
                     f"{rng.choice(PLACES)}، شهرک صنعتی، خیابان {n % 40 + 1}",
                     rng.choice(("", "مدیرعامل", "رئیس هیئت‌مدیره"))])
    return rows


def write_units(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("units")
    sheet.append(["name", "national_id", "mobile", "phone", "address", "representative_post"])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def seed_associations(ctx: AppContext, admin: CurrentUser, count: int) -> list[tuple[int, str]]:
    found = []
    for i in range(count):
        code = f"A{i:03d}"
        a = membership.add_association(ctx, admin, AssociationInput(
            code=code, name=f"انجمن صنایع {WORDS[i % len(WORDS)]} شمارهٔ {i + 1}"))
        membership.add_type(ctx, admin, TypeInput(
            association=code, name="رسمی", entry_fee=5_000_000, yearly_fee=12_000_000,
            renewal_fee=10_000_000, vote=True, grace_days=30))
        membership.add_type(ctx, admin, TypeInput(
            association=code, name="وابسته", entry_fee=2_000_000, yearly_fee=6_000_000,
            period="months:12", grace_days=15))
        found.append((a.id, code))
    return found


def seed_history(ctx: AppContext, admin: CurrentUser, associations: list[tuple[int, str]],
                 rng: random.Random) -> int:
    """Every unit joins one association (a tenth a second one) ten years ago or so; periods
    up to today; most paid, some late, some never."""
    today = today_tehran()
    types = {t.association_id * 10 + (0 if t.name == "رسمی" else 1): t
             for t in membership.list_types(ctx, admin)}
    with ctx.read() as session:
        units = [u for (u,) in session.execute(MemberUnit.__table__.select().with_only_columns(
            MemberUnit.id))]
    plan: dict[int, list[int]] = {a: [] for a, _code in associations}
    for index, unit_id in enumerate(units):
        plan[associations[index % len(associations)][0]].append(unit_id)
        if index % 10 == 0:
            plan[associations[(index * 7 + 3) % len(associations)][0]].append(unit_id)
    created_at = now_utc().replace(microsecond=0)
    receipts: dict[int, int] = {}
    total = 0
    codes = dict(associations)
    for association_id, members in plan.items():
        with ctx.write() as session:
            first_seq = counters.allocate(session, f"member:{association_id}", 0, len(members))
            m_rows, joins = [], []
            for offset, unit_id in enumerate(members):
                kind = types[association_id * 10 + (1 if rng.random() < 0.3 else 0)]
                joined = today - timedelta(days=rng.randint(3300, 3650))
                seq = first_seq + offset
                m_rows.append({"association_id": association_id, "unit_id": unit_id,
                               "type_id": kind.id, "seq": seq,
                               "number": f"{codes[association_id]}-{seq:04d}",
                               "joined_on": joined, "created_at": created_at})
                joins.append((kind, joined))
            table = table_of(Membership)
            ids = list(session.scalars(insert(table).returning(
                table.c.id, sort_by_parameter_order=True), m_rows))
            audit.record_many(session, admin, "create", "membership", [
                (i, None, {k: _snapshots._plain(r.get(k)) for k in _snapshots.MEMBERSHIP})
                for i, r in zip(ids, m_rows, strict=True)])
            p_rows, paid_plan = [], []
            for m_id, (kind, joined) in zip(ids, joins, strict=True):
                bounds = _periods.periods_until(kind.period_rule, kind.period_months, joined,
                                                joined, today)
                habit = rng.random()  # how this member pays
                for seq, (start, end) in enumerate(bounds, start=1):
                    due = kind.entry_fee + kind.yearly_fee if seq == 1 else (
                        kind.renewal_fee if kind.renewal_fee is not None else kind.yearly_fee)
                    current = seq == len(bounds)
                    pays = habit > (0.25 if current else 0.03)
                    p_rows.append({"membership_id": m_id, "seq": seq, "starts_on": start,
                                   "ends_on": end, "due": due, "paid": due if pays else 0,
                                   "created_at": created_at})
                    paid_plan.append(pays)
            table = table_of(MembershipPeriod)
            p_ids = list(session.scalars(insert(table).returning(
                table.c.id, sort_by_parameter_order=True), p_rows))
            audit.record_many(session, admin, "create", "membership_period", [
                (i, None, {k: _snapshots._plain(r.get(k)) for k in _snapshots.PERIOD})
                for i, r in zip(p_ids, p_rows, strict=True)])
            pay_rows, parts = [], []
            for p_id, row, pays in zip(p_ids, p_rows, paid_plan, strict=True):
                if not pays:
                    continue
                paid_on = min(today, row["starts_on"] + timedelta(days=rng.randint(0, 60)))
                year = jalali_year(paid_on)
                receipts[year] = receipts.get(year, 0) + 1
                pay_rows.append({"membership_id": row["membership_id"], "receipt_year": year,
                                 "receipt_seq": receipts[year],
                                 "receipt": f"{year}-{receipts[year]:05d}",
                                 "amount": row["due"], "paid_on": paid_on, "method": "slip",
                                 "reference": "", "created_at": created_at,
                                 "created_by": admin.username, "reversed_by": "",
                                 "reversal_reason": ""})
                parts.append(p_id)
            table = table_of(MembershipPayment)
            pay_ids = list(session.scalars(insert(table).returning(
                table.c.id, sort_by_parameter_order=True), pay_rows)) if pay_rows else []
            session.execute(insert(table_of(PaymentAllocation)), [
                {"payment_id": i, "period_id": p, "amount": r["amount"]}
                for i, p, r in zip(pay_ids, parts, pay_rows, strict=True)])
            audit.record_many(session, admin, "create", "membership_payment", [
                (i, None, {**{k: _snapshots._plain(r.get(k)) for k in _snapshots.PAYMENT},
                           "reversed": False, "allocations": [[p, r["amount"]]]})
                for i, p, r in zip(pay_ids, parts, pay_rows, strict=True)])
            by_membership: dict[int, list[_money.PeriodMoney]] = {}
            for row in p_rows:
                by_membership.setdefault(row["membership_id"], []).append(_money.PeriodMoney(
                    row["seq"], row["starts_on"], row["ends_on"], row["due"], row["paid"]))
            for m_id, money in by_membership.items():
                first_unpaid, paid_through = _money.paid_facts(money)
                session.execute(table_of(Membership).update().where(Membership.id == m_id)
                                .values(first_unpaid_start=first_unpaid,
                                        paid_through=paid_through))
            total += len(ids)
    with ctx.write() as session:
        for year, count in receipts.items():
            counters.allocate(session, "member_receipt", year, count)
    return total


def median_ms(action: Callable[[], Any], runs: int = 20) -> float:
    action()  # warm the caches once
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(times), 1)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--units", type=int, default=50_000)
    parser.add_argument("--associations", type=int, default=100)
    parser.add_argument("--data-dir", type=Path, default=None)
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="members-bench-"))
    data_dir = args.data_dir or work / "data"
    rng = random.Random(1405)
    ctx = open_context(data_dir, create=True)
    admin = setup.initialize(ctx, "admin", PASSWORD, "مدیر سامانه")
    started = time.perf_counter()
    associations = seed_associations(ctx, admin, args.associations)
    for first in range(0, args.units, 10_000):
        source = write_units(work / f"seed-{first}.xlsx",
                             unit_rows(first, min(10_000, args.units - first), rng))
        membership.import_units(ctx, admin, source)
    memberships = seed_history(ctx, admin, associations, rng)
    seed_seconds = round(time.perf_counter() - started, 1)

    figures: dict[str, Any] = {"units": args.units, "memberships": memberships,
                               "seed_seconds": seed_seconds}
    code = associations[0][1]
    figures["member_list_first_page_ms"] = median_ms(
        lambda: membership.list_memberships(ctx, admin, MemberQuery(limit=50)))
    figures["member_list_filtered_ms"] = median_ms(
        lambda: membership.list_memberships(ctx, admin, MemberQuery(
            association=code, status="expired", limit=50)))
    figures["expiring_list_ms"] = median_ms(
        lambda: membership.list_memberships(ctx, admin, MemberQuery(expiring_within=30)))
    figures["arrears_count_ms"] = median_ms(
        lambda: membership.count_memberships(ctx, admin, MemberQuery(arrears=True)))
    ids = [rng.randint(1, memberships) for _ in range(2000)]
    start = time.perf_counter()
    for membership_id in ids:
        membership.membership_status(ctx, admin, membership_id)
    figures["status_of_one_us"] = round((time.perf_counter() - start) / len(ids) * 1e6, 1)
    with ctx.read() as session:  # the expression alone, in an open unit of work
        start = time.perf_counter()
        for membership_id in ids:
            status_of(session, membership_id, today_tehran())
        figures["status_expression_one_us"] = round(
            (time.perf_counter() - start) / len(ids) * 1e6, 1)

    rows = unit_rows(args.units + 1000, 10_000, rng)
    for row in rows[::500]:
        row[1] = "10380284792"  # a bad ID every 500 rows
    rows[2][1] = rows[1][1]  # and a duplicate inside the file
    source = write_units(work / "import-10k.xlsx", rows)
    start = time.perf_counter()
    outcome = membership.import_units(ctx, admin, source, report=work / "report.xlsx")
    figures["import_10k_rows_s"] = round(time.perf_counter() - start, 2)
    figures["import_outcome"] = {"added": outcome.added, "refused": outcome.refused,
                                 "duplicates": outcome.duplicates}
    start = time.perf_counter()
    exported = membership.export_directory(ctx, admin, work / "directory.xlsx")
    figures["export_directory_s"] = round(time.perf_counter() - start, 2)
    figures["export_rows"] = exported
    figures["load_average"] = round(os.getloadavg()[0], 2)
    ctx.close()
    print(json.dumps(figures, ensure_ascii=False, indent=2))
    if not args.keep and args.data_dir is None:
        import shutil

        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
