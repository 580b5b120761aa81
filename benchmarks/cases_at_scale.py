"""Transferred cases at scale: seed N cases with realistic histories, then time what experts
and managers wait for.

    python benchmarks/cases_at_scale.py [--cases N] [--data-dir DIR] [--keep]

Seeds through the bulk path (``cases.api.import_cases``: the same numbers, clocks, timelines
and audit entries as opening and working cases one by one), over the last two years, for 20
experts and 8 duty types; most old cases are closed (on time or late, some after waiting for
the applicant), recent ones open. Prints one JSON object:

- seed_seconds: the bulk load
- overdue_view_first_page_ms: a manager's «overdue now» list, first page of 50 (median of 7)
- my_cases_first_page_ms: an expert's open cases, overdue first, first page of 50 (median of 7)
- monthly_report_ms: the report's numbers for the last whole Jalali month (median of 3)
- add_workdays_us: one due-date computation on the warm calendar (mean of 100,000)
- case_add_p95_ms: opening one case through the service (number, clock, applicant, timeline,
  audit: one transaction), p95 of 60
- load_average: the machine's load while measuring (other work skews the figures)
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
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from secretariat.cases import api as cases  # noqa: E402
from secretariat.cases._calendar import calendar_for  # noqa: E402  # the benchmark times it bare
from secretariat.cases.api import (  # noqa: E402
    CaseImport,
    CaseInput,
    CaseQuery,
    CaseSort,
    DutyInput,
    MouInput,
)
from secretariat.contacts import api as contacts  # noqa: E402
from secretariat.kernel import accounts, setup  # noqa: E402
from secretariat.kernel.context import AppContext, CurrentUser, open_context  # noqa: E402
from secretariat.kernel.jalali import from_jalali, jalali_parts, today_tehran  # noqa: E402

PASSWORD = "bench-password-1"
BATCH = 10_000
DUTIES = (("JT", "صدور جواز تأسیس", 15, False), ("JT-EXT", "تمدید جواز تأسیس", 10, True),
          ("PB", "صدور پروانهٔ بهره‌برداری", 20, True), ("CAP", "تغییر ظرفیت", 15, True),
          ("DUP", "صدور المثنی", 5, False), ("BIZ", "به‌روزرسانی شناسهٔ کسب‌وکار", 7, False),
          ("C124", "شکایت سامانهٔ ۱۲۴", 7, False), ("WG", "ارجاع کارگروه تسهیل", 30, False))
UNITS = ["فولاد", "سیمان", "کاشی", "نساجی", "پتروشیمی", "صنایع غذایی", "قطعه‌سازی", "دارویی",
         "پلاستیک", "شیشه", "لبنیات", "رنگ", "الکترونیک", "ماشین‌سازی", "بسته‌بندی"]
PLACES = ["البرز", "کرج", "اشتهارد", "نظرآباد", "هشتگرد", "فردیس", "ساوجبلاغ", "طالقان"]
CHANNELS = ("org_letter", "124", "behinyab", "walk_in", "workgroup")


def median_ms(work: Callable[[], Any], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(times), 1)


def history(rng: random.Random, received: date, service_days: int, today: date
            ) -> tuple[tuple[date, str, str], ...]:
    """Steps of a case received on ``received``: reviewed after a day or two, sometimes a
    wait for the applicant, answered and closed around its deadline (a fifth late) — unless
    it is too recent to be finished."""
    steps: list[tuple[date, str, str]] = []
    day = received + timedelta(days=rng.randint(0, 3))
    if day > today:
        return ()
    steps.append((day, "step", "in_review"))
    if rng.random() < 0.25:
        day += timedelta(days=rng.randint(1, 5))
        if day > today:
            return tuple(steps)
        steps.append((day, "pause", "applicant"))
        day += timedelta(days=rng.randint(2, 20))
        if day > today:
            return tuple(steps)
        steps.append((day, "resume", ""))
    spent = int(service_days * 1.4 * (rng.uniform(0.3, 1.0) if rng.random() < 0.8
                                      else rng.uniform(1.1, 2.5)))
    day += timedelta(days=spent)
    if day > today:
        return tuple(steps)
    steps.append((day, "close", rng.choice(("approved", "approved", "rejected", "referred"))))
    return tuple(steps)


def seed(ctx: AppContext, admin: CurrentUser, count: int, rng: random.Random) -> float:
    mou = cases.add_mou(ctx, admin, MouInput(title="تفاهم‌نامهٔ واگذاری وظایف"))
    for code, title, days, visit in DUTIES:
        cases.add_duty(ctx, admin, DutyInput(code=code, title=title, service_days=days,
                                             mou=mou.id, site_visit=visit))
    for i in range(20):
        accounts.add_user(ctx, admin, f"expert{i}", PASSWORD, "expert", "normal",
                          f"کارشناس {i}")
    applicant_ids = [contacts.add_contact(ctx, admin, contacts.ContactInput(
        name=f"شرکت {u} {p} {i}")).contact.id
        for i in range(40) for u in UNITS[:5] for p in PLACES[:2]]
    today = today_tehran()
    start = time.perf_counter()
    made = 0
    while made < count:
        items = []
        for _ in range(min(BATCH, count - made)):
            code, title, days, _visit = rng.choice(DUTIES)
            # Older cases are fewer: two years back, most of them in the last year.
            received = today - timedelta(days=int(730 * rng.random() ** 1.6))
            items.append(CaseImport(
                CaseInput(duty=code, channel=rng.choice(CHANNELS),
                          subject=f"{title} — {rng.choice(UNITS)} {rng.choice(PLACES)}",
                          received_on=received, applicant_contact=rng.choice(applicant_ids),
                          assignee=f"expert{rng.randrange(20)}",
                          classification="confidential" if rng.random() < 0.03 else "normal"),
                history(rng, received, days, today)))
        # Bulk rows go in date order, as an old register would be typed in.
        items.sort(key=lambda item: item.input.received_on or today)
        made += cases.import_cases(ctx, admin, items)
    return time.perf_counter() - start


def last_month() -> tuple[date, date]:
    year, month, _day = jalali_parts(today_tehran())
    year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    first = from_jalali(year, month, 1)
    after = from_jalali(year + (month == 12), 1 if month == 12 else month + 1, 1)
    return first, after - timedelta(days=1)


def measure(ctx: AppContext, admin: CurrentUser, rng: random.Random) -> dict[str, Any]:
    manager = accounts.authenticate(ctx, "manager1", PASSWORD)
    expert = accounts.authenticate(ctx, "expert3", PASSWORD)
    overdue = CaseQuery(overdue=True)
    mine = CaseQuery(mine=True, open_only=True, sort=CaseSort.URGENCY)
    first, last = last_month()
    with ctx.read() as session:
        calendar = calendar_for(session)
    days = [date(2025, 1, 1) + timedelta(days=rng.randrange(900)) for _ in range(1000)]
    counts = [rng.randint(1, 40) for _ in range(1000)]
    start = time.perf_counter()
    for i in range(100_000):
        calendar.add_workdays(days[i % 1000], counts[i % 1000])
    workdays_us = (time.perf_counter() - start) / 100_000 * 1e6
    adds = []
    for i in range(60):
        data = CaseInput(duty="C124", channel="124", subject=f"شکایت شمارهٔ {i}",
                         applicant=f"شرکت آزمایشی {i % 7}", applicant_id="10380284790",
                         assignee="expert3", ref_124=f"124{i:05d}")
        t0 = time.perf_counter()
        cases.open_case(ctx, expert, data)
        adds.append((time.perf_counter() - t0) * 1000)
    return {
        "overdue_view_first_page_ms": median_ms(
            lambda: cases.list_cases(ctx, manager, overdue, limit=50), 7),
        "overdue_count": cases.count_cases(ctx, manager, overdue),
        "my_cases_first_page_ms": median_ms(
            lambda: cases.list_cases(ctx, expert, mine, limit=50), 7),
        "monthly_report_ms": median_ms(lambda: cases.case_report(ctx, manager, first, last), 3),
        "add_workdays_us": round(workdays_us, 2),
        "case_add_p95_ms": round(statistics.quantiles(adds, n=20)[-1], 1),
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=200_000)
    parser.add_argument("--data-dir", type=Path, default=None)
    parser.add_argument("--keep", action="store_true", help="keep the seeded data folder")
    args = parser.parse_args()
    folder = args.data_dir or Path(tempfile.mkdtemp(prefix="cases-bench-"))
    rng = random.Random(1405)
    ctx = open_context(folder, create=True)
    try:
        admin = setup.initialize(ctx, "admin", PASSWORD, "مدیر سامانه")
        accounts.add_user(ctx, admin, "manager1", PASSWORD, "manager", "normal", "مدیر خانه")
        seconds = seed(ctx, admin, args.cases, rng)
        result = {"cases": args.cases, "seed_seconds": round(seconds, 1),
                  **measure(ctx, admin, rng)}
    finally:
        ctx.close()
    print(json.dumps(result, ensure_ascii=False))
    if not args.keep and args.data_dir is None:
        import shutil

        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
