"""Excel sheets people open in Persian: right-to-left, Persian headers, frozen header row.

    write_sheet(path, "نامه‌ها", [Column("شماره", 14), Column("تاریخ", 12, DATE_TEXT)], rows)

Dates are Jalali text by default («1405/09/01», sortable as text) or real date cells
(``DATE``, shown by Excel in the reader's calendar) where a sheet needs arithmetic.
openpyxl is imported only when a workbook is written or read (it is not needed to start).

Importing a sheet people made by hand (a legacy register, a list of member units) is the
same few steps for every feature, so they live here too: ``read_sheet`` (headers and rows),
``guess_mapping`` / ``resolve_mapping`` (which column fills which field: the column-mapping
step), ``mapped_rows`` (each row as field -> value), ``cell_text`` / ``cell_date`` (cells
typed as text, numbers, Jalali text or real dates), and ``write_refused_report`` (the
workbook that lists every refused row, its cells as they were, and why).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Any

from secretariat.kernel.errors import ValidationError
from secretariat.kernel.jalali import format_jalali, from_jalali, parse_jalali
from secretariat.kernel.text.digits import to_ascii_digits
from secretariat.kernel.text.normalize import normalize_for_search


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


def _opens_latin_in_persian(text: str) -> bool:
    """Persian text whose first strong letter is Latin («ISO 9001 گواهی»): read left to right
    by the cell's default (context) order unless told otherwise."""
    for char in text:
        if char.isascii():
            if char.isalpha():
                return any("\u0600" <= c <= "\u06ff" for c in text)
            continue
        if "\u0600" <= char <= "\u06ff" or "\ufb50" <= char <= "\ufeff":
            return False
    return False


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


# --- reading a sheet people made (imports) ---------------------------------------------


@dataclass(frozen=True)
class Field:
    """A field an import fills from one column: its name, the words people read for it, and
    header spellings that map to it without asking (compared after search normalisation)."""

    name: str
    label: str
    required: bool = False
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReadSheet:
    """A sheet as read: its title, the header row's texts and every other non-empty row with
    its row number in the workbook (what a person finds it by)."""

    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[Any, ...]], ...]


MAX_IMPORT_ROWS = 200_000


def read_sheet(path: Path, sheet: str | None = None, field: str = "file") -> ReadSheet:
    """The first (or the named) sheet of an .xlsx file; the first non-empty row is the header.
    ValidationError(field, ...) when it cannot be read, has no header or is too long."""
    from openpyxl import load_workbook  # deferred, see write_sheets
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (OSError, InvalidFileException, KeyError, ValueError) as exc:
        raise ValidationError(field, "workbook_unreadable", name=path.name,
                              detail=str(exc)) from exc
    try:
        if sheet is not None and sheet not in book.sheetnames:
            raise ValidationError(field, "workbook_sheet_missing", sheet=sheet)
        ws = book[sheet] if sheet is not None else book.worksheets[0]
        headers: tuple[str, ...] | None = None
        rows: list[tuple[int, tuple[Any, ...]]] = []
        for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
            if all(_blank(v) for v in values):
                continue
            if headers is None:
                headers = tuple(cell_text(v) for v in values)
                continue
            rows.append((number, tuple(values)))
            if len(rows) > MAX_IMPORT_ROWS:
                raise ValidationError(field, "workbook_too_long", max=MAX_IMPORT_ROWS)
        title = ws.title
    finally:
        book.close()
    if headers is None:
        raise ValidationError(field, "workbook_empty", name=path.name)
    width = len(headers)
    padded = tuple((n, tuple(v) + (None,) * (width - len(v))) for n, v in rows)
    return ReadSheet(title, headers, padded)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _header_key(text: str) -> str:
    return normalize_for_search(text).replace(" ", "")


def guess_mapping(headers: Sequence[str], fields: Sequence[Field]) -> dict[str, str]:
    """field name -> header, for the headers that spell a field's label or an alias."""
    by_key = {_header_key(h): h for h in headers if h.strip()}
    found: dict[str, str] = {}
    for f in fields:
        for spelling in (f.label, f.name, *f.aliases):
            header = by_key.get(_header_key(spelling))
            if header is not None and header not in found.values():
                found[f.name] = header
                break
    return found


def resolve_mapping(headers: Sequence[str], mapping: dict[str, str],
                    fields: Sequence[Field]) -> dict[str, int]:
    """field name -> column index for a mapping (field -> header text); ValidationError for a
    field or header that does not exist, or a required field left unmapped."""
    names = {f.name for f in fields}
    index = {h: i for i, h in reversed(list(enumerate(headers)))}
    by_key = {_header_key(h): i for h, i in index.items()}
    columns: dict[str, int] = {}
    for name, header in mapping.items():
        if name not in names:
            raise ValidationError("mapping", "mapping_unknown_field", name=name)
        if not header:
            continue
        found = index.get(header, by_key.get(_header_key(header)))
        if found is None:
            raise ValidationError("mapping", "mapping_unknown_header", header=header)
        columns[name] = found
    for f in fields:
        if f.required and f.name not in columns:
            raise ValidationError("mapping", "mapping_field_required", label=f.label)
    return columns


def mapped_rows(sheet: ReadSheet, columns: dict[str, int]
                ) -> Iterator[tuple[int, dict[str, Any]]]:
    """(row number, field -> cell value) of every row."""
    for number, values in sheet.rows:
        yield number, {name: values[i] for name, i in columns.items()}


def cell_text(value: Any) -> str:
    """What a cell says, as text: numbers without a trailing «.0», dates as Jalali text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, date):
        return format_jalali(value.date() if isinstance(value, datetime) else value,
                             persian=False)
    return str(value).strip()


def cell_date(value: Any, field: str) -> date | None:
    """A date cell: a real date (Gregorian), Jalali text («۱۳۹۹/۰۵/۱۲», «1399-5-12») or a
    number written as yyyymmdd (13990512). Empty: None; anything else: ValidationError."""
    if _blank(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = cell_text(value)
    digits = to_ascii_digits(text)
    if digits.isdigit() and len(digits) == 8:
        return from_jalali(int(digits[:4]), int(digits[4:6]), int(digits[6:]), field=field)
    return parse_jalali(text, field=field)


@dataclass(frozen=True)
class Refused:
    """A row an import refused: its row number and why (a sentence people read)."""

    row: int
    reason: str


REPORT_ROW, REPORT_REASON = "ردیف در پرونده", "دلیل نپذیرفتن"


def write_refused_report(path: Path, sheet: ReadSheet, refused: Sequence[Refused],
                         summary: Sequence[tuple[str, Any]] = ()) -> Path:
    """The validation report: a summary sheet (label, value pairs) and one row per refused
    row with its number in the source, why, and its cells as they were."""
    by_row = {n: values for n, values in sheet.rows}
    widths = [max(12.0, min(40.0, len(h) * 1.4)) for h in sheet.headers]
    columns = [Column(REPORT_ROW, 12, NUMBER), Column(REPORT_REASON, 60),
               *(Column(h or f"({i + 1})", w) for i, (h, w) in enumerate(
                   zip(sheet.headers, widths, strict=True)))]
    rows = ([r.row, r.reason, *(cell_text(v) for v in by_row.get(r.row, ()))]
            + [""] * (len(sheet.headers) - len(by_row.get(r.row, ())))
            for r in refused)
    sheets = ([Sheet("خلاصه", [Column("مورد", 28), Column("مقدار", 36)], summary)]
              if summary else [])
    sheets.append(Sheet("ردیف‌های نپذیرفته", columns, rows))
    return write_sheets(path, sheets)
