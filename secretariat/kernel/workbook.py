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


def _cell(value: Any, kind: Kind) -> Any:
    if value is None:
        return None
    if kind == DATE_TEXT and isinstance(value, date):
        day = value.date() if isinstance(value, datetime) else value
        return format_jalali(day, persian=False)
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
    """Write one sheet (rows streamed, so a long register stays small in memory); the file
    is written next to ``path`` and renamed into place."""
    return write_sheets(path, [Sheet(title, columns, rows)])


def write_sheets(path: Path, sheets: Sequence[Sheet]) -> Path:
    """Several sheets in one workbook (a report's tables), each as ``write_sheet`` makes it."""
    # Deferred: openpyxl costs a tenth of a second to import, only exports need it.
    from openpyxl import Workbook

    book = Workbook()
    first = book.active
    assert first is not None
    book.remove(first)
    for sheet in sheets:
        _fill(book.create_sheet(sheet.title[:31]), sheet)  # 31: Excel's limit
    tmp = path.with_name(path.name + ".tmp")
    book.save(tmp)
    tmp.replace(path)
    return path


def _fill(sheet: Any, data: Sheet) -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    columns = data.columns
    sheet.sheet_view.rightToLeft = True
    sheet.append([c.header for c in columns])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    sheet.freeze_panes = "A2"
    for index, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    for row in data.rows:
        sheet.append([_cell(v, c.kind) for v, c in zip(row, columns, strict=True)])
    for index, column in enumerate(columns, start=1):
        if column.kind == DATE:
            for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
                cell.number_format = "yyyy-mm-dd"
