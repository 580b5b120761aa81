"""Shared set-up for membership tests: an association, its types, units, dates near today."""

from __future__ import annotations

from datetime import date, timedelta

from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.jalali import jalali_year, jalali_year_bounds, today_tehran
from secretariat.membership import api as membership
from secretariat.membership.api import AssociationInput, TypeInput, UnitInput

LEGAL_IDS = ("10380284790", "14101234563", "10862001504")
NATIONAL_IDS = ("0499370899", "0790419904", "0084575948")
ENTRY, YEARLY, RENEWAL = 5_000_000, 12_000_000, 10_000_000


def association(ctx: AppContext, actor: CurrentUser, code: str = "ANJ",
                name: str = "انجمن صنایع غذایی استان البرز") -> membership.AssociationInfo:
    return membership.add_association(ctx, actor, AssociationInput(
        code=code, name=name, legal_id="", chair="رضا کریمی", secretary="مینا صالحی",
        phone="02632123456", address="کرج، بلوار جمهوری"))


def yearly_type(ctx: AppContext, actor: CurrentUser, code: str = "ANJ", name: str = "رسمی",
                grace: int = 30, renewal: int | None = RENEWAL) -> membership.TypeInfo:
    return membership.add_type(ctx, actor, TypeInput(
        association=code, name=name, entry_fee=ENTRY, yearly_fee=YEARLY, renewal_fee=renewal,
        vote=True, period="jalali_year", grace_days=grace))


def months_type(ctx: AppContext, actor: CurrentUser, months: int = 6, code: str = "ANJ",
                name: str = "وابسته", grace: int = 15) -> membership.TypeInfo:
    return membership.add_type(ctx, actor, TypeInput(
        association=code, name=name, entry_fee=1_000_000, yearly_fee=3_000_000,
        period=f"months:{months}", grace_days=grace))


def unit(ctx: AppContext, actor: CurrentUser, index: int = 0, name: str = "",
         person: str = "legal") -> membership.UnitInfo:
    national_id = (LEGAL_IDS if person == "legal" else NATIONAL_IDS)[index]
    return membership.add_unit(ctx, actor, UnitInput(
        name=name or f"شرکت صنایع نمونه {index + 1}", person=person, national_id=national_id,
        postal_code="3158765432", mobile="09121234567", phone="32123456",
        address="کرج، شهرک صنعتی سیمین‌دشت")).unit


def this_year_start() -> date:
    return jalali_year_bounds(jalali_year(today_tehran()))[0]


def last_year_start() -> date:
    return jalali_year_bounds(jalali_year(today_tehran()) - 1)[0]


def days(n: int) -> timedelta:
    return timedelta(days=n)
