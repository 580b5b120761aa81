"""The import machinery every feature uses (a legacy register, member units): reading a sheet,
mapping its headers, reporting refused rows."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from secretariat.kernel.errors import ValidationError
from secretariat.kernel.jalali import from_jalali
from secretariat.kernel.sheet_import import (
    Field,
    Refused,
    cell_text,
    guess_mapping,
    mapped_texts,
    read_sheet,
    resolve_mapping,
    write_refused_report,
)

FIELDS = (Field("name", "نام واحد", True, ("نام",)),
          Field("national_id", "کد ملی", True),
          Field("phone", "تلفن"))


def test_cells_read_as_an_import_expects() -> None:
    assert cell_text(None) == ""
    assert cell_text(84575948.0) == "84575948"  # an ID typed into a number cell
    assert cell_text(from_jalali(1403, 12, 30)) == "1403/12/30"
    assert cell_text("  متن  ") == "متن"


def test_headers_match_names_labels_and_aliases_after_normalisation() -> None:
    headers = ("تلفن", "كد ملي", "نام", "national_id", "یادداشت")  # Arabic ي/ك typed
    found = guess_mapping(headers, FIELDS)
    assert found == {"name": "نام", "national_id": "كد ملي", "phone": "تلفن"}
    assert resolve_mapping(headers, found, FIELDS) == {"name": 2, "national_id": 1, "phone": 0}
    with pytest.raises(ValidationError) as missing:
        resolve_mapping(headers, {"phone": "تلفن"}, FIELDS)
    assert missing.value.code == "mapping_field_required"
    assert "نام واحد" in str(missing.value) and "کد ملی" in str(missing.value)  # both at once
    with pytest.raises(ValidationError) as unknown:
        resolve_mapping(headers, {"name": "نام", "national_id": "شناسه"}, FIELDS)
    assert unknown.value.code == "mapping_unknown_header"


def test_read_sheet_skips_empty_rows_and_keeps_row_numbers(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append([])
    sheet.append(["نام", "کد ملی"])
    sheet.append(["الف", "0499370899"])
    sheet.append([None, None])
    sheet.append(["ب", date(2024, 3, 20)])
    book.save(tmp_path / "in.xlsx")
    read = read_sheet(tmp_path / "in.xlsx")
    assert read.headers == ("نام", "کد ملی")
    assert [number for number, _values in read.rows] == [3, 5]
    texts = list(mapped_texts(read, {"name": 0, "national_id": 1}))
    assert texts == [(3, {"name": "الف", "national_id": "0499370899"}),
                     (5, {"name": "ب", "national_id": "1403/01/01"})]
    (tmp_path / "bad.xlsx").write_bytes(b"not a workbook")
    with pytest.raises(ValidationError) as unreadable:
        read_sheet(tmp_path / "bad.xlsx")
    assert unreadable.value.code == "workbook_unreadable"


def test_refused_rows_report(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["نام", "کد ملی"])
    sheet.append(["الف", None])
    book.save(tmp_path / "in.xlsx")
    read = read_sheet(tmp_path / "in.xlsx")
    report = write_refused_report(tmp_path / "report.xlsx", read, [
        Refused(2, "کد ملی معتبر نیست؛ نام تکراری")])
    refused = load_workbook(report).active
    assert refused is not None and refused.sheet_view.rightToLeft
    assert list(refused.iter_rows(values_only=True)) == [
        ("ردیف در پرونده", "دلیل نپذیرفتن", "نام", "کد ملی"),
        (2, "کد ملی معتبر نیست؛ نام تکراری", "الف", None)]
