"""The import machinery any feature uses: reading a sheet, mapping its headers, reporting
refused rows."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from secretariat.kernel.errors import ValidationError
from secretariat.kernel.jalali import from_jalali
from secretariat.kernel.sheet_import import (
    ImportField,
    RefusedRow,
    cell_text,
    check_mapping,
    match_headers,
    read_sheet,
    write_refusals,
)

FIELDS = (ImportField("name", "نام واحد", ("نام",), required=True),
          ImportField("national_id", "کد ملی", required=True),
          ImportField("phone", "تلفن"))


def test_cells_read_as_an_import_expects() -> None:
    assert cell_text(None) == ""
    assert cell_text(84575948.0) == "84575948"  # an ID typed into a number cell
    assert cell_text(from_jalali(1403, 12, 30)) == "1403/12/30"
    assert cell_text("  متن  ") == "متن"


def test_headers_match_keys_labels_and_aliases_after_normalisation() -> None:
    headers = ("تلفن", "كد ملي", "نام", "national_id", "یادداشت")  # Arabic ي/ك typed
    assert match_headers(headers, FIELDS) == {0: "phone", 1: "national_id", 2: "name"}
    check_mapping({0: "phone", 1: "national_id", 2: "name"}, FIELDS)
    with pytest.raises(ValidationError) as missing:
        check_mapping({0: "phone"}, FIELDS)
    assert missing.value.code == "import_columns_missing"
    assert "نام واحد" in str(missing.value) and "کد ملی" in str(missing.value)
    with pytest.raises(ValidationError) as twice:
        check_mapping({0: "name", 1: "name", 2: "national_id"}, FIELDS)
    assert twice.value.code == "import_column_twice"


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
    assert read.rows == ((3, ("الف", "0499370899")), (5, ("ب", "1403/01/01")))
    records = list(read.records({0: "name"}))
    assert records == [(3, {"name": "الف"}), (5, {"name": "ب"})]
    (tmp_path / "bad.xlsx").write_bytes(b"not a workbook")
    with pytest.raises(ValidationError) as unreadable:
        read_sheet(tmp_path / "bad.xlsx")
    assert unreadable.value.code == "sheet_unreadable"


def test_refused_rows_report(tmp_path: Path) -> None:
    report = write_refusals(tmp_path / "report.xlsx", ("نام", "کد ملی"), [
        RefusedRow(3, ("الف",), ("کد ملی معتبر نیست", "نام تکراری"))])
    sheet = load_workbook(report).active
    assert sheet is not None and sheet.sheet_view.rightToLeft
    assert list(sheet.iter_rows(values_only=True)) == [
        ("ردیف", "دلیل رد شدن", "نام", "کد ملی"),
        (3, "کد ملی معتبر نیست؛ نام تکراری", "الف", None)]
