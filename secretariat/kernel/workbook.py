"""Excel sheets people open in Persian: right-to-left, Persian headers, frozen header row.

    write_sheet(path, "نامه‌ها", [Column("شماره", 14), Column("تاریخ", 12, DATE_TEXT)], rows)

Dates are Jalali text by default («1405/09/01», sortable as text) or real date cells
(``DATE``, shown by Excel in the reader's calendar) where a sheet needs arithmetic.
openpyxl is imported only when a workbook is written (it is not needed to start).
"""

from __future__ import annotations

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


@dataclass(frozen=True)
class Sheet:
    """One sheet of a workbook written by ``write_sheets``."""

    title: str
    columns: Sequence[Column]
    rows: Iterable[Sequence[Any]]


def write_sheet(path: Path, title: str, columns: Sequence[Column],
                rows: Iterable[Sequence[Any]]) -> Path:
    """Write one sheet, streamed (openpyxl's write-only mode: rows go to the file as they
    come, so a directory of 50,000 members stays small in memory); the file is written next
    to ``path`` and renamed into place."""
    return write_sheets(path, [Sheet(title, columns, rows)])


def write_sheets(path: Path, sheets: Sequence[Sheet]) -> Path:
    """Several sheets in one workbook (a report's tables), each as ``write_sheet`` makes it."""
    # Deferred: openpyxl costs a tenth of a second to import, only exports need it.
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    for data in sheets:
        _fill(book.create_sheet(data.title[:31]), data)  # 31: Excel's limit
    tmp = path.with_name(path.name + ".tmp")
    book.save(tmp)
    tmp.replace(path)
    return path


def _fill(sheet: Any, data: Sheet) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    columns = data.columns
    sheet.sheet_view.rightToLeft = True
    sheet.freeze_panes = "A2"
    for index, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    bold, centred = Font(bold=True), Alignment(horizontal="center", vertical="center",
                                               wrap_text=True)
    header = []
    for column in columns:
        cell = WriteOnlyCell(sheet, value=column.header)
        cell.font, cell.alignment = bold, centred
        header.append(cell)
    sheet.append(header)
    dates = [i for i, c in enumerate(columns) if c.kind == DATE]
    for row in data.rows:
        values = [_cell(v, c.kind) for v, c in zip(row, columns, strict=True)]
        for i in dates:
            if values[i] is not None:
                cell = WriteOnlyCell(sheet, value=values[i])
                cell.number_format = "yyyy-mm-dd"
                values[i] = cell
        sheet.append(values)
