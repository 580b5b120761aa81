"""Importing a sheet people filled in: its columns mapped to fields, every refused row reported.

    sheet = read_sheet(path)                          # header row + data rows, cells as text
    mapping = match_headers(sheet.headers, FIELDS)    # column -> field key (by key or label)
    check_mapping(mapping, FIELDS)                    # required fields are there, none twice
    for row_number, values in sheet.records(mapping): ...
    write_refusals(report, sheet.headers, refused)    # a workbook: every refused row and why

Any feature's import (member units, a legacy letter register) uses these; the UI's
column-mapping dialog (``ui/widgets/column_mapping.py``) edits a ``Mapping``. openpyxl is
imported only when a file is read or written.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from zipfile import BadZipFile

from secretariat.kernel.errors import ValidationError
from secretariat.kernel.jalali import format_jalali
from secretariat.kernel.text.normalize import normalize_for_search
from secretariat.kernel.workbook import NUMBER, Column, write_sheet

ColumnMapping = dict[int, str]  # column index (from 0) -> field key


@dataclass(frozen=True)
class ImportField:
    """A field an import fills: its key (also accepted as a header), the Persian header an
    export writes, other headers people use for it, and whether a row needs it."""

    key: str
    label: str
    aliases: tuple[str, ...] = ()
    required: bool = False


@dataclass(frozen=True)
class Sheet:
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]  # (row number in the sheet, cells as text)

    def records(self, mapping: Mapping[int, str]) -> Iterator[tuple[int, dict[str, str]]]:
        """Each data row as {field key: text} through ``mapping`` (unmapped columns left out)."""
        for number, cells in self.rows:
            yield number, {key: cells[index] for index, key in mapping.items()
                           if index < len(cells)}


@dataclass(frozen=True)
class RefusedRow:
    row: int  # its number in the sheet (the header is row 1)
    values: tuple[str, ...]
    reasons: tuple[str, ...]  # sentences people read


def cell_text(value: object) -> str:
    """A cell as the text an import reads: dates as Jalali (ASCII digits), whole numbers
    without «.0» (an ID typed into a number cell), everything trimmed."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return format_jalali(value.date(), persian=False)
    if isinstance(value, date):
        return format_jalali(value, persian=False)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def read_sheet(path: Path, field: str = "file") -> Sheet:
    """The first sheet: its first non-empty row is the header; empty rows are skipped."""
    # Deferred: openpyxl costs a tenth of a second to import; only imports and exports need it.
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (OSError, InvalidFileException, BadZipFile, KeyError, ValueError) as exc:
        raise ValidationError(field, "sheet_unreadable", detail=str(exc)) from exc
    try:
        sheet = book.worksheets[0]
        headers: tuple[str, ...] | None = None
        rows: list[tuple[int, tuple[str, ...]]] = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = tuple(cell_text(v) for v in values)
            if not any(cells):
                continue
            if headers is None:
                headers = cells
                continue
            width = len(headers)
            rows.append((number, (cells + ("",) * width)[:max(width, len(cells))]))
    finally:
        book.close()
    if headers is None:
        raise ValidationError(field, "sheet_empty")
    return Sheet(headers, tuple(rows))


def _key(text: str) -> str:
    return normalize_for_search(text.replace("_", " "))


def match_headers(headers: Sequence[str], fields: Sequence[ImportField]) -> ColumnMapping:
    """Columns whose header is a field's key, label or alias (after Persian normalisation:
    «كد ملي» is «کد ملی»); each field takes the first such column."""
    names: dict[str, str] = {}
    for f in fields:
        for name in (f.key, f.label, *f.aliases):
            names.setdefault(_key(name), f.key)
    mapping: ColumnMapping = {}
    taken: set[str] = set()
    for index, header in enumerate(headers):
        key = names.get(_key(header))
        if key is not None and key not in taken:
            mapping[index] = key
            taken.add(key)
    return mapping


def check_mapping(mapping: Mapping[int, str], fields: Sequence[ImportField],
                  field: str = "mapping") -> None:
    """Every required field has a column and no field has two."""
    known = {f.key: f for f in fields}
    seen: set[str] = set()
    for key in mapping.values():
        if key not in known:
            raise ValidationError(field, "import_unknown_field", name=key)
        if key in seen:
            raise ValidationError(field, "import_column_twice", name=known[key].label)
        seen.add(key)
    missing = [f.label for f in fields if f.required and f.key not in seen]
    if missing:
        raise ValidationError(field, "import_columns_missing", columns="، ".join(missing))


REPORT_ROW, REPORT_REASON = "ردیف", "دلیل رد شدن"


def write_refusals(path: Path, headers: Sequence[str], refused: Sequence[RefusedRow],
                   title: str = "ردیف‌های ردشده") -> Path:
    """A workbook with every refused row: its row number, why, and the row as it was."""
    columns = [Column(REPORT_ROW, 8, NUMBER), Column(REPORT_REASON, 60),
               *(Column(h or "-", 18) for h in headers)]
    width = len(headers)
    return write_sheet(path, title, columns, (
        (r.row, "؛ ".join(r.reasons), *(r.values + ("",) * width)[:width]) for r in refused))
