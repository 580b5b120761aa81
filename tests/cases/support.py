"""Shared set-up of the cases tests: an MoU's duty types, an expert, fixed days."""

from __future__ import annotations

from datetime import date

import pytest

from secretariat.cases import api as cases
from secretariat.cases.api import CaseInput, DutyInput
from secretariat.kernel import jalali
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.jalali import from_jalali


def j(text: str) -> date:
    """A Jalali date «1405/01/15» as a Gregorian date."""
    year, month, day = (int(p) for p in text.split("/"))
    return from_jalali(year, month, day)


def set_today(monkeypatch: pytest.MonkeyPatch, day: date) -> None:
    """The cases services read today through the kernel's jalali module: set it."""
    monkeypatch.setattr(jalali, "today_tehran", lambda: day)


def add_duties(ctx: AppContext, admin: CurrentUser) -> None:
    """Two duty types like the MoU's: licences (10 working days) and complaints (5)."""
    mou = cases.add_mou(ctx, admin, cases.MouInput(title="تفاهم‌نامهٔ واگذاری وظایف ۱۴۰۴"))
    cases.add_duty(ctx, admin, DutyInput(code="JT", title="صدور جواز تأسیس", service_days=10,
                                         mou=mou.id, clause="بند ۱"))
    cases.add_duty(ctx, admin, DutyInput(code="C124", title="رسیدگی به شکایت ۱۲۴",
                                         service_days=5, warn_percent=60, mou=mou.id))


def opened(ctx: AppContext, actor: CurrentUser, received: str, duty: str = "JT",
           **extra: object) -> cases.CaseDetail:
    data = CaseInput(duty=duty, channel=str(extra.pop("channel", "walk_in")),
                     subject=str(extra.pop("subject", "درخواست جواز تأسیس واحد تولیدی")),
                     received_on=j(received), **extra)  # type: ignore[arg-type]
    return cases.open_case(ctx, actor, data)
