"""The kernel services features share: counters, the blob store, the Excel helper."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from secretariat.kernel import counters
from secretariat.kernel.blobs import BlobStore, check_source
from secretariat.kernel.context import AppContext
from secretariat.kernel.errors import ValidationError
from secretariat.kernel.progress import Cancelled
from secretariat.kernel.workbook import (
    DATE,
    DATE_TEXT,
    NUMBER,
    Column,
    Sheet,
    write_sheet,
    write_sheets,
)


def test_counters_are_gapless_per_scope_and_period(ctx: AppContext) -> None:
    with ctx.write() as session:
        assert counters.allocate(session, "case:licence", 1405) == 1
        assert counters.allocate(session, "case:licence", 1405, count=3) == 2
        assert counters.allocate(session, "case:licence", 1406) == 1  # a new year restarts
        assert counters.allocate(session, "member:ANJ") == 1  # period 0: never restarts
    with pytest.raises(RuntimeError), ctx.write() as session:
        counters.allocate(session, "case:licence", 1405)
        raise RuntimeError("the insert failed")  # rolls the number back with it
    with ctx.read() as session:
        assert counters.last_allocated(session, "case:") == {
            ("case:licence", 1405): 4, ("case:licence", 1406): 1}


def test_number_formats(ctx: AppContext) -> None:
    assert counters.format_number("{year}/پ/{seq}", year=1405, seq=12) == "1405/پ/12"
    assert counters.format_number("ANJ-{seq:04d}", seq=34) == "ANJ-0034"
    assert counters.check_format("{year}-{seq:03d}", {"year": 1405, "seq": 7}) == "1405-007"
    with pytest.raises(ValidationError) as no_seq:
        counters.check_format("{year}", {"year": 1405, "seq": 1})
    assert no_seq.value.code == "number_format_needs_seq"
    with pytest.raises(ValidationError) as unknown:
        counters.format_number("{nope}/{seq}", seq=1)
    assert unknown.value.code == "invalid_number_format"


def test_the_blob_store_keeps_content_once_and_verifies_it(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "blobs")
    one = tmp_path / "گزارش بازدید.pdf"
    one.write_bytes(b"%PDF-1.4 visit")
    two = tmp_path / "copy.pdf"
    two.write_bytes(b"%PDF-1.4 visit")
    first, second = store.store(one), store.store(two)
    assert first.sha256 == second.sha256 and first.filename == "گزارش بازدید.pdf"
    assert first.media_type == "application/pdf" and first.size == 14
    assert [p.name for p in (tmp_path / "blobs").rglob("*") if p.is_file()] == [first.sha256]
    assert store.verify(first.sha256)
    store.path(first.sha256).write_bytes(b"changed behind our back")
    assert not store.verify(first.sha256)
    program = tmp_path / "setup.exe"
    program.write_bytes(b"MZ")
    with pytest.raises(ValidationError) as refused:
        check_source(program)
    assert refused.value.code == "attachment_type_not_allowed"


def test_an_rtl_sheet_with_persian_headers_and_jalali_dates(tmp_path: Path) -> None:
    path = write_sheet(tmp_path / "out.xlsx", "فهرست اعضا", [
        Column("نام واحد", 30), Column("تعداد", 8, NUMBER), Column("تاریخ عضویت", 12, DATE_TEXT),
        Column("سررسید", 12, DATE)], [
        ("شرکت فولاد البرز", 3, date(2026, 3, 21), date(2027, 3, 20)),
        ("کارخانهٔ کاشی", None, None, None)])
    sheet = load_workbook(path).active
    assert sheet is not None
    assert sheet.sheet_view.rightToLeft and sheet.freeze_panes == "A2"
    assert [c.value for c in sheet[1]] == ["نام واحد", "تعداد", "تاریخ عضویت", "سررسید"]
    assert sheet["C2"].value == "1405/01/01"  # Jalali text
    assert sheet["D2"].value.date() == date(2027, 3, 20)  # a real date cell
    assert sheet["A3"].value == "کارخانهٔ کاشی" and sheet["B3"].value is None
    assert sheet.column_dimensions["A"].width == 30


def test_only_persian_text_opening_with_a_latin_word_is_told_to_read_right_to_left(
        tmp_path: Path) -> None:
    # The rest read right to left already in a right-to-left sheet: no style, no cost.
    path = write_sheet(tmp_path / "out.xlsx", "نامه‌ها", [Column("موضوع", 30)], [
        ("ISO 9001 گواهی",), ("گواهی ISO 9001",), ("1405/و/12",), ("ISO 9001",)])
    sheet = load_workbook(path).active
    assert sheet is not None
    orders = [sheet[f"A{row}"].alignment.readingOrder for row in range(2, 6)]
    assert orders == [2, 0, 0, 0]


def test_a_sheet_stopped_half_way_leaves_nothing_behind(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # openpyxl streams rows to a file in the temp folder; a stopped export must not leave
    # people's names there, nor a half workbook where it was asked for.
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))

    def rows() -> Iterator[tuple[object, ...]]:
        yield ("شرکت فولاد البرز", 3)
        raise Cancelled()

    out = tmp_path / "out.xlsx"
    with pytest.raises(Cancelled):
        write_sheets(out, [Sheet("یک", [Column("نام"), Column("تعداد", 8, NUMBER)],
                                 [("واحد نخست", 1)]),
                           Sheet("دو", [Column("نام"), Column("تعداد", 8, NUMBER)], rows())])
    assert list(temp.iterdir()) == [] and list(tmp_path.iterdir()) == [temp]
