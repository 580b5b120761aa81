"""The member directory in Excel (Persian headers, right to left, ``kernel.workbook``) and
the import of units from Excel (``kernel.sheet_import``): columns mapped by the headers the
export writes (or a field's key or another usual spelling), every row validated like a form,
deduplicated on the national ID, every refused row reported with why. Nothing is written on a dry run; a real import is
one transaction."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session, aliased

from secretariat.contacts import api as contacts
from secretariat.kernel import audit
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.db.base import table_of
from secretariat.kernel.errors import SecretariatError, ValidationError
from secretariat.kernel.jalali import now_utc, parse_jalali, today_tehran
from secretariat.kernel.messages import describe
from secretariat.kernel.models import Contact
from secretariat.kernel.permissions import require
from secretariat.kernel.progress import Cancelled, Progress, ProgressFn, StopFn
from secretariat.kernel.sheet_import import (
    Field,
    ReadSheet,
    Refused,
    guess_mapping,
    mapped_texts,
    read_sheet,
    resolve_mapping,
    write_refused_report,
)
from secretariat.kernel.text.digits import to_persian_digits
from secretariat.kernel.text.normalize import normalize_for_search
from secretariat.kernel.workbook import DATE_TEXT, NUMBER, TEXT, Column, write_sheet
from secretariat.membership._dto import (
    ImportOutcome,
    RepresentativeInput,
    UnitInput,
    UnitsImported,
)
from secretariat.membership._lookup import association_row
from secretariat.membership._models import (
    Association,
    Membership,
    MembershipPeriod,
    MembershipType,
    MemberUnit,
)
from secretariat.membership._snapshots import UNIT
from secretariat.membership._status import status_expression
from secretariat.membership._unit_rules import CleanUnit, clean_unit
from secretariat.membership._vocab import MembershipPermission, PersonKind, Status

UNIT_FIELDS: tuple[Field, ...] = (
    Field("name", "نام واحد", True, ("نام", "نام شرکت")),
    Field("person", "نوع شخص"),
    Field("national_id", "شناسه ملی / کد ملی", True, ("شناسه ملی", "کد ملی", "شناسه")),
    Field("economic_code", "کد اقتصادی"),
    Field("registration_no", "شماره ثبت"),
    Field("registration_office", "محل ثبت"),
    Field("registration_date", "تاریخ ثبت"),
    Field("isic", "کد آیسیک", False, ("ISIC", "آیسیک")),
    Field("industrial_park", "شهرک صنعتی"),
    Field("postal_code", "کد پستی"),
    Field("mobile", "همراه", False, ("تلفن همراه", "موبایل")),
    Field("phone", "تلفن", False, ("تلفن ثابت",)),
    Field("address", "نشانی", False, ("آدرس",)),
    Field("website", "وب‌گاه", False, ("وبسایت", "سایت")),
    Field("representative_name", "نام نماینده", False, ("نماینده",)),
    Field("representative_national_id", "کد ملی نماینده"),
    Field("representative_mobile", "همراه نماینده"),
    Field("representative_post", "سمت نماینده"),
)
PROGRESS_EVERY = 500  # rows between two progress reports (and two looks at Cancel)
MEMBERSHIP_COLUMNS = ("شماره عضویت", "انجمن", "نوع عضویت", "تاریخ عضویت", "وضعیت",
                      "اعتبار تا", "بدهی (ریال)")
_PERSON_WORDS = {"legal": PersonKind.LEGAL, "حقوقی": PersonKind.LEGAL,
                 "natural": PersonKind.NATURAL, "حقیقی": PersonKind.NATURAL}


# --- export ------------------------------------------------------------------------------

def _directory_rows(session: Session, association_id: int | None, today: date
                    ) -> Iterator[tuple[Any, ...]]:
    p = MembershipPeriod
    arrears = (select(func.coalesce(func.sum(p.due - p.paid), 0))
               .where(p.membership_id == Membership.id, p.starts_on <= today, p.paid < p.due)
               .correlate(Membership).scalar_subquery())
    assoc = aliased(Contact)
    u, c = MemberUnit, Contact
    # Plain columns, not ORM objects: tens of thousands of rows stream straight to the sheet.
    query = (select(c.name, u.person, u.national_id, u.economic_code, u.registration_no,
                    u.registration_office, u.registration_date, u.isic, u.industrial_park,
                    c.postal_code, c.mobile, c.phone, c.address, u.website, u.rep_name,
                    u.rep_national_id, u.rep_mobile, u.rep_post, Membership.number,
                    assoc.name, MembershipType.name, Membership.joined_on,
                    status_expression(today), Membership.paid_through, arrears)
             .select_from(Membership)
             .join(MembershipType, MembershipType.id == Membership.type_id)
             .join(MemberUnit, MemberUnit.id == Membership.unit_id)
             .join(Contact, Contact.id == MemberUnit.contact_id)
             .join(Association, Association.id == Membership.association_id)
             .join(assoc, assoc.id == Association.contact_id)
             .order_by(Membership.association_id, Membership.seq))
    if association_id is not None:
        query = query.where(Membership.association_id == association_id)
    persons, statuses = PersonKind.labels(), Status.labels()
    for row in session.execute(query).yield_per(2000):
        values = list(row)
        values[1] = persons.get(values[1], values[1])
        values[22] = statuses.get(values[22], values[22])
        values[24] = int(values[24] or 0)
        yield tuple(values)


def export_directory(ctx: AppContext, actor: CurrentUser, out: Path,
                     association: str | int | None = None, progress: ProgressFn | None = None,
                     should_stop: StopFn | None = None) -> int:
    """The directory (one row per membership) of one association or all; returns rows.
    ``progress`` hears of every ``PROGRESS_EVERY`` rows written; ``should_stop`` answering
    True stops the export (``Cancelled``) and nothing is left at ``out``."""
    require(actor, MembershipPermission.READ)
    today = today_tehran()
    columns = [Column(f.label, 28 if f.name in ("name", "address") else 16,
                      DATE_TEXT if f.name == "registration_date" else TEXT)
               for f in UNIT_FIELDS]
    columns += [Column(MEMBERSHIP_COLUMNS[0], 14), Column(MEMBERSHIP_COLUMNS[1], 28),
                Column(MEMBERSHIP_COLUMNS[2], 14), Column(MEMBERSHIP_COLUMNS[3], 12, DATE_TEXT),
                Column(MEMBERSHIP_COLUMNS[4], 14), Column(MEMBERSHIP_COLUMNS[5], 12, DATE_TEXT),
                Column(MEMBERSHIP_COLUMNS[6], 16, NUMBER)]
    count = 0

    with ctx.read() as session:
        association_id = (association_row(session, association).id
                          if association not in (None, "") else None)
        total = _directory_size(session, association_id)

        def counted(rows: Iterator[tuple[Any, ...]]) -> Iterator[tuple[Any, ...]]:
            nonlocal count
            for row in rows:
                if count % PROGRESS_EVERY == 0:
                    if should_stop is not None and should_stop():
                        raise Cancelled()  # write_sheet leaves nothing behind
                    if progress is not None:
                        progress(Progress("export", count, total))
                count += 1
                yield row
            if progress is not None:
                progress(Progress("export", count, total))

        write_sheet(out, "فهرست اعضا", columns,
                    counted(_directory_rows(session, association_id, today)))
    return count


def _directory_size(session: Session, association_id: int | None) -> int:
    query = select(func.count()).select_from(Membership)
    if association_id is not None:
        query = query.where(Membership.association_id == association_id)
    return int(session.scalar(query) or 0)


# --- import ------------------------------------------------------------------------------

def unit_sheet(path: Path) -> tuple[ReadSheet, dict[str, str]]:
    """The sheet and the columns recognised in it, field -> header (the GUI's mapping step
    starts here)."""
    sheet = read_sheet(path)
    return sheet, guess_mapping(sheet.headers, UNIT_FIELDS)


def _unit_input(values: Mapping[str, str]) -> UnitInput:
    text = {f.name: values.get(f.name, "").strip() for f in UNIT_FIELDS}
    person = _PERSON_WORDS.get(normalize_for_search(text["person"]).split(" ")[-1]) if text[
        "person"] else None
    if person is None and text["person"]:
        raise ValidationError("person", "invalid_choice", value=text["person"],
                              allowed="حقوقی، حقیقی")
    registered = (parse_jalali(text["registration_date"], "registration_date")
                  if text["registration_date"] else None)
    return UnitInput(
        name=text["name"], person=person.value if person else "", national_id=text["national_id"],
        economic_code=text["economic_code"], registration_no=text["registration_no"],
        registration_office=text["registration_office"], registration_date=registered,
        isic=text["isic"], industrial_park=text["industrial_park"],
        postal_code=text["postal_code"], mobile=text["mobile"], phone=text["phone"],
        address=text["address"], website=text["website"],
        representative=RepresentativeInput(
            text["representative_name"], text["representative_national_id"],
            text["representative_mobile"], text["representative_post"]))


def _insert_units(ctx: AppContext, actor: CurrentUser, session: Session,
                  cleaned: list[CleanUnit]) -> list[int]:
    """Units and their contacts in a few statements, audited like one by one."""
    known = contacts.identified(ctx, actor, [c.columns["national_id"] for c in cleaned])
    contact_ids: list[int | None] = [known.get(c.columns["national_id"]) for c in cleaned]
    for index, contact_id in enumerate(contact_ids):
        if contact_id is not None:  # already in the address book: the same party, updated
            contacts.update_contact(ctx, actor, contact_id, cleaned[index].contact)
    new = [i for i, c in enumerate(contact_ids) if c is None]
    for i, saved in zip(new, contacts.add_contacts(ctx, actor, [cleaned[i].contact for i in new]),
                        strict=True):
        contact_ids[i] = saved.contact.id
    created_at = now_utc().replace(microsecond=0)
    rows = [{**c.columns, "contact_id": contact_id, "created_at": created_at}
            for c, contact_id in zip(cleaned, contact_ids, strict=True)]
    table = table_of(MemberUnit)
    ids = list(session.scalars(insert(table).returning(table.c.id, sort_by_parameter_order=True),
                               rows)) if rows else []
    audit.record_many(session, actor, "create", "member_unit", [
        (unit_id, None, {k: (row[k].isoformat() if isinstance(row[k], date) else row[k])
                         for k in UNIT})
        for unit_id, row in zip(ids, rows, strict=True)])
    return ids


def import_units(ctx: AppContext, actor: CurrentUser, path: Path,
                 mapping: Mapping[str, str] | None = None, dry_run: bool = False,
                 report: Path | None = None) -> ImportOutcome:
    """Add the sheet's valid, new units (one transaction); ``dry_run`` writes nothing and
    counts the same. ``mapping``: field -> header (default: the headers recognised).
    ``report``: a workbook of every row not added, and why."""
    require(actor, MembershipPermission.MANAGE)
    sheet, found = unit_sheet(path)
    columns = resolve_mapping(sheet.headers, dict(mapping) if mapping is not None else found,
                              UNIT_FIELDS)
    refused: list[Refused] = []
    duplicates = 0
    with ctx.read() if dry_run else ctx.write() as session:
        existing = {national_id: name for national_id, name in session.execute(
            select(MemberUnit.national_id, Contact.name)
            .join(Contact, Contact.id == MemberUnit.contact_id))}
        first_row: dict[str, int] = {}
        valid: list[CleanUnit] = []
        for number, values in mapped_texts(sheet, columns):
            try:
                clean = clean_unit(_unit_input(values))
            except SecretariatError as exc:
                refused.append(Refused(number, describe(exc)))
                continue
            national_id = clean.columns["national_id"]
            if national_id in existing:
                duplicates += 1
                refused.append(Refused(number, (
                    f"تکراری: این شناسه پیش‌تر برای واحد «{existing[national_id]}» ثبت شده است")))
            elif national_id in first_row:
                duplicates += 1
                refused.append(Refused(number, (
                    f"تکراری: همان شناسهٔ ردیف {to_persian_digits(str(first_row[national_id]))}")))
            else:
                first_row[national_id] = number
                valid.append(clean)
        if not dry_run and valid:
            ids = _insert_units(ctx, actor, session, valid)
            ctx.emit(UnitsImported(len(ids)), actor)
    if report is not None:
        write_refused_report(report, sheet, refused)
    return ImportOutcome(added=len(valid), refused=len(refused) - duplicates,
                         duplicates=duplicates, dry_run=dry_run,
                         report=str(report) if report is not None else None,
                         reasons=tuple((r.row, r.reason) for r in refused))
