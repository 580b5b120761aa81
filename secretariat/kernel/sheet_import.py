"""Importing a sheet people made by hand (a legacy register, a list of member units): the same
few steps for every feature, so they live here once.

    sheet = read_sheet(path)                             # header row + rows, cells as read
    found = guess_mapping(sheet.headers, FIELDS)         # field -> header, by label or alias
    columns = resolve_mapping(sheet.headers, found, FIELDS)  # field -> column; required there
    for number, values in mapped_texts(sheet, columns): ...  # or mapped_rows: cells as read
    write_refused_report(report, sheet, refused)         # every refused row, as it was, and why

``cell_text`` / ``cell_date`` read cells typed as text, numbers, Jalali text or real dates.
The GUI's column-mapping step (``ui/widgets/column_mapping.py``) edits a field -> header
mapping. openpyxl is imported only when a file is read or written.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zipfile import BadZipFile

from secretariat.kernel.errors import ValidationError
from secretariat.kernel.jalali import format_jalali, from_jalali, parse_jalali
from secretariat.kernel.text.digits import to_ascii_digits
from secretariat.kernel.text.normalize import normalize_for_search
from secretariat.kernel.workbook import NUMBER, Column, Sheet, write_sheets


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
    # Deferred: openpyxl costs a tenth of a second to import; only imports need it.
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (OSError, InvalidFileException, BadZipFile, KeyError, ValueError) as exc:
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
    missing = [f.label for f in fields if f.required and f.name not in columns]
    if missing:  # all of them at once: the person fixes the sheet or the mapping in one go
        raise ValidationError("mapping", "mapping_field_required",
                              label="، ".join(f"«{label}»" for label in missing))
    return columns


def mapped_rows(sheet: ReadSheet, columns: dict[str, int]
                ) -> Iterator[tuple[int, dict[str, Any]]]:
    """(row number, field -> cell value) of every row."""
    for number, values in sheet.rows:
        yield number, {name: values[i] for name, i in columns.items()}


def mapped_texts(sheet: ReadSheet, columns: dict[str, int]
                 ) -> Iterator[tuple[int, dict[str, str]]]:
    """(row number, field -> the cell as text, ``cell_text``) of every row: for imports whose
    fields are all typed as text (a form's fields)."""
    for number, values in mapped_rows(sheet, columns):
        yield number, {name: cell_text(value) for name, value in values.items()}


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
