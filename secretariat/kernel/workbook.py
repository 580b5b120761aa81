"""Excel sheets people open in Persian: right-to-left, Persian headers, frozen header row.

    write_sheet(path, "نامه‌ها", [Column("شماره", 14), Column("تاریخ", 12, DATE_TEXT)], rows)

Dates are Jalali text by default («1405/09/01», sortable as text) or real date cells
(``DATE``, shown by Excel in the reader's calendar) where a sheet needs arithmetic.
openpyxl is imported only when a workbook is written (it is not needed to start). Reading a
sheet people made (an import) is ``kernel.sheet_import``.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Any

from secretariat.kernel.jalali import format_jalali


class Kind(StrEnum):
    TEXT = "text"
    NUMBER = "number"
    DATE_TEXT = "date_text"  # Jalali «YYYY/MM/DD» with ASCII digits, as text
    DATE = "date"  # a real date cell


TEXT, NUMBER, DATE_TEXT, DATE = Kind.TEXT, Kind.NUMBER, Kind.DATE_TEXT, Kind.DATE


@dataclass(frozen=True)
class Column:
    header: str
    width: float = 15  # characters
    kind: Kind = TEXT


@lru_cache(maxsize=8192)
def _jalali_text(day: date) -> str:
    # A directory repeats the same few thousand days; jdatetime costs ~50 µs a conversion.
    return format_jalali(day, persian=False)


def _cell(value: Any, kind: Kind) -> Any:
    if value is None:
        return None
    if kind == DATE_TEXT and isinstance(value, date):
        return _jalali_text(value.date() if isinstance(value, datetime) else value)
    if kind == DATE and isinstance(value, datetime):
        return value.replace(tzinfo=None)
    return value


# Persian text whose first strong letter is Latin («ISO 9001 گواهی»): a cell reads it left to
# right by its default (context) order unless told otherwise. Regular expressions: this runs
# on every text cell of an export.
_OPENS_LATIN = re.compile(r"[^A-Za-z\u0600-\u06ff\ufb50-\ufeff]*[A-Za-z]")
_PERSIAN = re.compile(r"[\u0600-\u06ff\ufb50-\ufeff]")


def _opens_latin_in_persian(text: str) -> bool:
    return _OPENS_LATIN.match(text) is not None and _PERSIAN.search(text) is not None


def _discard(sheet: Any) -> None:
    """Finish and delete a write-only sheet's temporary file. openpyxl streams the rows to a
    file in the temp folder and removes it only at exit; an export stopped half-way (Cancel, a
    bad value) would leave members' names and IDs there until then."""
    with contextlib.suppress(Exception):
        sheet.close()
    writer = getattr(sheet, "_writer", None)
    with contextlib.suppress(Exception):
        if writer is not None:
            writer.cleanup()


@dataclass(frozen=True)
class Sheet:
    """One sheet of a workbook written by ``write_sheets``: its tab's title, its columns and
    its rows."""

    title: str
    columns: Sequence[Column]
    rows: Iterable[Sequence[Any]]


def write_sheet(path: Path, title: str, columns: Sequence[Column],
                rows: Iterable[Sequence[Any]]) -> Path:
    """Write one sheet (rows streamed, so a long register stays small in memory); the file
    is written next to ``path`` and renamed into place."""
    return write_sheets(path, [Sheet(title, columns, rows)])


def write_sheets(path: Path, sheets: Sequence[Sheet]) -> Path:
    """Write several sheets, each right-to-left with a bold frozen header row, column widths
    and a filter on the header; written next to ``path`` and renamed into place. Rows are
    streamed (openpyxl's write-only mode), so a register of a million letters does not have
    to fit in memory. Text reads right to left inside each cell too, so «1405/و/12» shows
    the way it is written by hand (see the loop below for how, cheaply)."""
    # Deferred: openpyxl costs a tenth of a second to import, only exports need it.
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    header_font = Font(bold=True)
    header_alignment = Alignment(horizontal="center", vertical="center", wrap_text=True,
                                 readingOrder=2)
    text_alignment = Alignment(horizontal="right", readingOrder=2)
    book = Workbook(write_only=True)
    for spec in sheets:
        sheet = book.create_sheet(spec.title[:31])  # 31: Excel's limit
        columns = spec.columns
        sheet.sheet_view.rightToLeft = True
        sheet.freeze_panes = "A2"
        # Printed: landscape, as wide as the page, the header row on every page.
        sheet.page_setup.orientation = "landscape"
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
        sheet.print_title_rows = "1:1"
        for index, column in enumerate(columns, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = column.width
        header = []
        for column in columns:
            cell = WriteOnlyCell(sheet, column.header)
            cell.font, cell.alignment = header_font, header_alignment
            header.append(cell)
        sheet.append(header)
        rows = 1
        # Plain values, not styled cells, where a style changes nothing: a styled cell costs
        # openpyxl three times a plain one (a directory is over a million cells). In a
        # right-to-left sheet text already starts at the right and reads in the direction of
        # its first strong letter, so «1405/و/12» shows as written by hand; only Persian text
        # that opens with a Latin word needs the right-to-left reading order spelled out.
        texts = [i for i, column in enumerate(columns) if column.kind in (TEXT, DATE_TEXT)]
        dates = [i for i, column in enumerate(columns) if column.kind == DATE]
        try:
            for row in spec.rows:
                values: list[Any] = [_cell(value, column.kind)
                                     for value, column in zip(row, columns, strict=True)]
                for index in texts:
                    value = values[index]
                    if isinstance(value, str) and _opens_latin_in_persian(value):
                        cell = WriteOnlyCell(sheet, value)
                        cell.alignment = text_alignment
                        values[index] = cell
                for index in dates:
                    if values[index] is not None:
                        cell = WriteOnlyCell(sheet, values[index])
                        cell.number_format = "yyyy-mm-dd"
                        values[index] = cell
                sheet.append(values)
                rows += 1
        except BaseException:
            for written in book.worksheets:  # cancelled or failed: no sheet left in temp
                _discard(written)
            raise
        if columns:
            sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{rows}"
    tmp = path.with_name(path.name + ".tmp")
    try:
        book.save(tmp)
        tmp.replace(path)
    except OSError:
        tmp.unlink(missing_ok=True)  # a full disk leaves no half-written workbook behind
        raise
    return path
