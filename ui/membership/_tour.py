"""The screen tour's part for membership (``python -m ui.tour``): realistic sample data made
through the api, then each page and dialog built on it (not shown)."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

from PySide6.QtWidgets import QWidget

from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.jalali import jalali_year, jalali_year_bounds, today_tehran
from secretariat.membership import api as membership
from secretariat.membership.api import (
    AssociationInput,
    MemberQuery,
    PaymentInput,
    RepresentativeInput,
    TypeInput,
    UnitInput,
)

UNITS = (
    ("شرکت صنایع غذایی کوثر دشت البرز (سهامی خاص)", "10380284790", "legal"),
    ("شرکت فولاد گستر کرج", "14101234563", "legal"),
    ("شرکت کاشی و سرامیک سیمین‌دشت", "10862001504", "legal"),
    ("کارگاه تولیدی مهدی احمدی", "0499370899", "natural"),
    ("کارگاه بسته‌بندی زهرا کریمی", "0790419904", "natural"),
    ("تولیدی پوشاک علی رضایی", "0084575948", "natural"),
)


def seed(ctx: AppContext, admin: CurrentUser) -> None:
    today = today_tehran()
    year_start = jalali_year_bounds(jalali_year(today))[0]
    for code, name in (("ANJ", "انجمن صنایع غذایی و آشامیدنی استان البرز"),
                       ("FLZ", "انجمن صنایع فلزی و ماشین‌سازی البرز")):
        membership.add_association(ctx, admin, AssociationInput(
            code=code, name=name, chair="رضا کریمی", secretary="مینا صالحی",
            phone="02632123456", address="کرج، بلوار جمهوری، ساختمان خانه صمت، طبقهٔ دوم"))
        membership.add_type(ctx, admin, TypeInput(
            association=code, name="رسمی", entry_fee=5_000_000, yearly_fee=12_000_000,
            renewal_fee=10_000_000, vote=True, grace_days=30))
        membership.add_type(ctx, admin, TypeInput(
            association=code, name="وابسته", entry_fee=2_000_000, yearly_fee=6_000_000,
            period="months:6", grace_days=15))
    units = [membership.add_unit(ctx, admin, UnitInput(
        name=name, person=person, national_id=national_id,
        economic_code=national_id if person == "legal" else national_id + "0001",
        registration_no=str(10000 + index * 37), registration_office="اداره ثبت شرکت‌های کرج",
        isic="1071", industrial_park="شهرک صنعتی سیمین‌دشت", postal_code="3158765432",
        mobile=f"0912123450{index}", phone="32123456",
        address="کرج، شهرک صنعتی سیمین‌دشت، خیابان سوم، پلاک " + str(index + 4),
        representative=RepresentativeInput("حسین محمدی", "0499370899", "09121112233",
                                           "مدیرعامل"))).unit for index, (name, national_id,
                                                                          person) in
             enumerate(UNITS)]
    joins = (("ANJ", "رسمی", year_start - timedelta(days=400), "all"),
             ("ANJ", "رسمی", year_start, "all"),
             ("ANJ", "وابسته", today - timedelta(days=170), "all"),
             ("FLZ", "رسمی", year_start - timedelta(days=30), "first"),
             ("FLZ", "وابسته", today - timedelta(days=20), "none"),
             ("ANJ", "رسمی", year_start - timedelta(days=300), "first"))
    for unit, (code, kind, on, paid) in zip(units, joins, strict=True):
        joined = membership.join(ctx, admin, unit.id, code, kind, on)
        periods = joined.periods if paid == "all" else joined.periods[:1] if paid == "first" \
            else ()
        for period in periods:
            membership.record_payment(ctx, admin, joined.number, PaymentInput(
                amount=period.due, paid_on=min(today, period.start + timedelta(days=3)),
                method="slip", reference=f"{period.id:06d}"))


def screens(ctx: AppContext, user: CurrentUser) -> Iterator[tuple[str, QWidget]]:
    from ui.membership.association_dialogs import AssociationDialog, TypeDialog
    from ui.membership.associations_page import AssociationsPage
    from ui.membership.import_dialog import ImportDialog
    from ui.membership.member_dialogs import PaymentDialog, ReasonDialog
    from ui.membership.members_page import MembersPage
    from ui.membership.reminders_page import RemindersPage
    from ui.membership.unit_dialog import UnitDialog
    from ui.membership.units_page import UnitsPage

    associations = membership.list_associations(ctx, user)
    yield "membership-associations", AssociationsPage(ctx, user)
    yield "membership-association-dialog", AssociationDialog(ctx, user, associations[0])
    kind = membership.list_types(ctx, user, associations[0].code)[0]
    yield "membership-type-dialog", TypeDialog(ctx, user, associations[0], kind)
    yield "membership-units", UnitsPage(ctx, user)
    unit = membership.list_units(ctx, user)[0]
    yield "membership-unit-dialog", UnitDialog(ctx, user, unit)
    yield "membership-members", MembersPage(ctx, user)
    row = membership.list_memberships(ctx, user, MemberQuery(arrears=True)).rows[0]
    yield "membership-payment-dialog", PaymentDialog(
        ctx, user, membership.get_membership(ctx, user, row.id))
    yield "membership-decision-dialog", ReasonDialog("تعلیق عضویت", lambda _r, _d: None)
    yield "membership-reminders", RemindersPage(ctx, user)
    # The import as it looks with a file chosen: the directory's own export, its columns
    # recognised, each with its first values.
    sample = Path(tempfile.mkdtemp(prefix="tour-units-")) / "units.xlsx"
    membership.export_directory(ctx, user, sample)
    importing = ImportDialog(ctx, user)
    importing.open_file(sample)
    yield "membership-import", importing
