"""Excel: the directory export and the unit import (mapping, dry run, dedupe, report);
reminder letters as outgoing drafts."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from secretariat.correspondence import api as letters
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import ValidationError
from secretariat.kernel.jalali import today_tehran
from secretariat.kernel.progress import Cancelled, Progress
from secretariat.membership import _sheets
from secretariat.membership import api as membership
from secretariat.membership.api import MemberQuery, UnitInput
from tests.membership.support import LEGAL_IDS, NATIONAL_IDS, association, unit, yearly_type


def _sheet(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_import_dry_run_dedupe_and_report(ctx: AppContext, admin: CurrentUser,
                                          tmp_path: Path) -> None:
    membership.add_unit(ctx, admin, UnitInput(name="واحد موجود", national_id=LEGAL_IDS[0]))
    source = _sheet(tmp_path / "units.xlsx", [
        ["نام واحد", "شناسه ملی / کد ملی", "تلفن", "یادداشت"],
        ["واحد تکراری در پایگاه", LEGAL_IDS[0], "", "x"],
        ["شرکت تازه", LEGAL_IDS[1], "32123456", ""],
        ["", LEGAL_IDS[2], "", ""],                        # missing name
        ["شناسه نادرست", "10380284792", "", ""],           # bad ID
        ["کارگاه حقیقی", int(NATIONAL_IDS[1]), "", ""],    # a number cell lost its zero
        ["تکرار در همین پرونده", LEGAL_IDS[1], "", ""],
    ])
    report = tmp_path / "report.xlsx"
    dry = membership.import_units(ctx, admin, source, dry_run=True, report=report)
    assert (dry.added, dry.refused, dry.duplicates) == (2, 2, 2)
    assert [u.name for u in membership.list_units(ctx, admin)] == ["واحد موجود"]  # nothing
    sheet = load_workbook(report).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("ردیف در پرونده", "دلیل نپذیرفتن", "نام واحد")  # as every import
    reasons = {row[0]: row[1] for row in rows[1:]}
    assert sorted(reasons) == [2, 4, 5, 7]
    assert "واحد موجود" in reasons[2] and "ردیف ۳" in reasons[7]
    assert "نام" in reasons[4] and "شناسه ملی" in reasons[5]
    real = membership.import_units(ctx, admin, source)
    assert (real.added, real.refused, real.duplicates) == (2, 2, 2)
    names = {u.name: u for u in membership.list_units(ctx, admin)}
    assert names["کارگاه حقیقی"].national_id == NATIONAL_IDS[1]
    assert names["کارگاه حقیقی"].person == "natural"
    assert names["شرکت تازه"].phone == "02632123456"
    again = membership.import_units(ctx, admin, source, dry_run=True)
    assert again.added == 0 and again.duplicates == 4


def test_import_with_a_mapping_and_missing_columns(ctx: AppContext, admin: CurrentUser,
                                                   tmp_path: Path) -> None:
    source = _sheet(tmp_path / "other.xlsx", [["عنوان شرکت", "ش.م"], ["صنایع کوثر",
                                                                     LEGAL_IDS[2]]])
    with pytest.raises(ValidationError) as missing:
        membership.import_units(ctx, admin, source)
    assert missing.value.code == "mapping_field_required"
    assert "نام واحد" in str(missing.value) and "شناسه ملی" in str(missing.value)  # both at once
    done = membership.import_units(ctx, admin, source,
                                   mapping={"name": "عنوان شرکت", "national_id": "ش.م"})
    assert done.added == 1


def test_export_is_the_import_round_trip(ctx: AppContext, admin: CurrentUser,
                                         tmp_path: Path) -> None:
    association(ctx, admin)
    yearly_type(ctx, admin)
    u = unit(ctx, admin, 0, name="شرکت صنایع غذایی «کوثر»")
    membership.join(ctx, admin, u.id, "ANJ", "رسمی", today_tehran())
    out = tmp_path / "directory.xlsx"
    assert membership.export_directory(ctx, admin, out, "ANJ") == 1
    sheet = load_workbook(out).active
    assert sheet is not None and sheet.sheet_view.rightToLeft
    header, row = list(sheet.iter_rows(values_only=True))
    assert row[0] == "شرکت صنایع غذایی «کوثر»" and "ANJ-0001" in row
    assert "در انتظار پرداخت" in row and "وضعیت" in header
    # The export's headers are the import's: the same file imports as duplicates only.
    again = membership.import_units(ctx, admin, out, dry_run=True)
    assert (again.added, again.duplicates) == (0, 1)


def test_the_export_reports_progress_and_stops_on_request(
        ctx: AppContext, admin: CurrentUser, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    association(ctx, admin)
    association(ctx, admin, code="FLZ", name="انجمن صنایع فلزی")
    yearly_type(ctx, admin)
    yearly_type(ctx, admin, code="FLZ")
    for index in range(3):
        joined = unit(ctx, admin, index)
        membership.join(ctx, admin, joined.id, "ANJ", "رسمی", today_tehran())
    membership.join(ctx, admin, joined.id, "FLZ", "رسمی", today_tehran())
    # A report (and a look at Cancel) every two rows instead of every 500: a small register
    # shows the same steps a large one does.
    monkeypatch.setattr(_sheets, "PROGRESS_EVERY", 2)
    heard: list[Progress] = []
    out = tmp_path / "all.xlsx"
    assert membership.export_directory(ctx, admin, out, None, heard.append) == 4
    assert [(p.stage, p.done, p.total) for p in heard] == [
        ("export", 0, 4), ("export", 2, 4), ("export", 4, 4)]
    heard.clear()
    assert membership.export_directory(ctx, admin, tmp_path / "flz.xlsx", "FLZ",
                                       heard.append) == 1
    assert heard[-1].fraction == 1.0 and heard[-1].total == 1  # one association's size
    asked: list[int] = []

    def stop_at_the_second_look() -> bool:
        asked.append(1)
        return len(asked) >= 2

    stopped = tmp_path / "stopped.xlsx"
    with pytest.raises(Cancelled):
        membership.export_directory(ctx, admin, stopped, None, None, stop_at_the_second_look)
    assert not stopped.exists() and not stopped.with_name("stopped.xlsx.tmp").exists()


def test_reminder_letters_are_drafts_one_per_unit(ctx: AppContext, admin: CurrentUser) -> None:
    association(ctx, admin)
    association(ctx, admin, code="FLZ", name="انجمن صنایع فلزی")
    yearly_type(ctx, admin)
    yearly_type(ctx, admin, code="FLZ")
    first, second = unit(ctx, admin, 0), unit(ctx, admin, 1)
    ids = [membership.join(ctx, admin, first.id, "ANJ", "رسمی", today_tehran()).id,
           membership.join(ctx, admin, first.id, "FLZ", "رسمی", today_tehran()).id,
           membership.join(ctx, admin, second.id, "ANJ", "رسمی", today_tehran()).id]
    arrears = membership.list_memberships(ctx, admin, MemberQuery(arrears=True)).rows
    assert sorted(r.id for r in arrears) == sorted(ids)
    drafts = membership.draft_reminders(ctx, admin, ids)
    assert sorted(len(d.memberships) for d in drafts) == [1, 2]
    letter = letters.get_letter(ctx, admin, drafts[0].letter_id)
    assert letter.number is None and letter.kind == "outgoing"  # a draft: no number yet
    assert "ANJ-0001" in letter.body and "بدهی" in letter.body
    assert [p.contact_id for p in letter.recipients] == [first.contact_id]
