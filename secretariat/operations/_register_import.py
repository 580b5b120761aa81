"""Importing a legacy register from Excel: column mapping, dry run, and the refused-rows report.

The sheet is read and mapped with the kernel's import tools (``kernel.sheet_import``); each row
becomes a letter of the earlier register (``correspondence.api.LegacyLetter``) and the
register takes them over in one transaction (``import_legacy_letters``: numbers and dates
kept, marked as imported, a number already in the register refused). A row that cannot
even be read (a date that is not a date, an unknown kind) is refused here. The import is
audited as a whole (file, its sha256, rows, added, refused) beside each letter's own entry;
a dry run does all of it and rolls it back.

A mapping (``MAP.json``)::

    {"columns": {"number": "شماره", "registered_on": "تاریخ", "subject": "موضوع",
                 "party": "از / به", "kind": "نوع"},
     "values": {"kind": "incoming"},           # a column the sheet does not have
     "sheet": "1399"}                           # optional; the first sheet otherwise
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from secretariat.correspondence import api as letters
from secretariat.correspondence.api import LegacyLetter, LetterInput, LetterKind, PartyInput
from secretariat.kernel import audit
from secretariat.kernel.blobs import hash_file
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import SecretariatError, ValidationError
from secretariat.kernel.messages import describe
from secretariat.kernel.permissions import require
from secretariat.kernel.sheet_import import (
    Field,
    ReadSheet,
    Refused,
    cell_date,
    cell_text,
    guess_mapping,
    mapped_rows,
    read_sheet,
    resolve_mapping,
    write_refused_report,
)
from secretariat.kernel.text.normalize import normalize_for_search

IMPORT_PERMISSION = "import_register"

FIELDS: tuple[Field, ...] = (
    Field("number", "شمارهٔ ثبت", True, ("شماره", "شماره ثبت", "شمارهٔ نامه", "شماره نامه",
                                          "اندیکاتور", "شماره اندیکاتور", "number")),
    Field("registered_on", "تاریخ ثبت", True, ("تاریخ", "تاریخ نامه", "date")),
    Field("subject", "موضوع", True, ("عنوان", "subject")),
    Field("kind", "نوع نامه", False, ("نوع", "kind")),
    Field("party", "طرف نامه (فرستنده یا گیرنده)", False, ("از / به", "از/به", "طرف مکاتبه",
                                                            "مخاطب")),
    Field("sender", "فرستنده", False, ("از", "sender")),
    Field("recipients", "گیرنده", False, ("به", "گیرندگان", "recipient")),
    Field("sender_number", "شمارهٔ نامهٔ فرستنده", False, ("شماره فرستنده",
                                                          "شماره نامه وارده")),
    Field("sender_date", "تاریخ نامهٔ فرستنده", False, ("تاریخ فرستنده", "تاریخ نامه وارده")),
    Field("summary", "خلاصه", False, ("شرح", "توضیحات", "summary")),
    Field("from_unit", "از واحد", False),
    Field("to_unit", "به واحد", False),
    Field("urgency", "فوریت", False),
    Field("classification", "طبقه‌بندی", False, ("طبقه بندی",)),
    Field("keywords", "کلیدواژه‌ها", False, ("کلیدواژه",)),
    Field("body", "متن", False),
)

# How people write a kind in a register (compared after search normalisation).
KIND_WORDS: dict[str, str] = {
    **{normalize_for_search(k.label): k.value for k in LetterKind},
    **{k.value: k.value for k in LetterKind},
    "و": "incoming", "ص": "outgoing", "د": "internal", "وارد": "incoming",
    "صادر": "outgoing",
}


@dataclass(frozen=True)
class ImportMapping:
    columns: dict[str, str]  # field -> header
    values: dict[str, str] = field(default_factory=dict)  # field -> the same value every row
    sheet: str | None = None

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> ImportMapping:
        if "columns" not in raw:  # a plain {field: header}
            return cls({str(k): str(v) for k, v in raw.items()})
        return cls({str(k): str(v) for k, v in dict(raw["columns"]).items()},
                   {str(k): str(v) for k, v in dict(raw.get("values") or {}).items()},
                   str(raw["sheet"]) if raw.get("sheet") else None)

    @classmethod
    def load(cls, path: Path) -> ImportMapping:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(raw, dict):
                raise ValueError("a JSON object is expected")
            return cls.from_json(raw)
        except (OSError, ValueError, TypeError) as exc:
            raise ValidationError("mapping", "import_mapping_unreadable", detail=str(exc)) from exc


@dataclass(frozen=True)
class RegisterImport:
    """What an import did (or, in a dry run, would do)."""

    rows: int
    added: int
    refused: tuple[Refused, ...]
    dry_run: bool
    report: Path | None
    file: str = ""
    sheet: ReadSheet | None = field(default=None, repr=False, compare=False)


def save_report(result: RegisterImport, path: Path) -> Path:
    """The validation report: a summary, and every refused row with why and its cells."""
    assert result.sheet is not None
    return write_refused_report(path, result.sheet, result.refused, [
        ("پرونده", result.file), ("برگه", result.sheet.title),
        ("ردیف‌ها", result.rows), ("پذیرفته", result.added), ("نپذیرفته", len(result.refused)),
        ("آزمایشی (چیزی ثبت نشد)", "بله" if result.dry_run else "خیر"),
    ])


def preview(path: Path, sheet: str | None = None) -> tuple[ReadSheet, dict[str, str]]:
    """The sheet and the mapping its headers suggest (the column-mapping step starts there)."""
    found = read_sheet(path, sheet)
    return found, guess_mapping(found.headers, FIELDS)


class _Explained:
    """A refusal as ``describe`` reads it."""

    def __init__(self, code: str, params: dict[str, Any], field_name: str | None) -> None:
        self.code, self.params, self.field = code, params, field_name


def _kind(value: str) -> str:
    found = KIND_WORDS.get(normalize_for_search(value))
    if found is None:
        raise ValidationError("kind", "import_kind_unknown", value=value)
    return found


def _parties(text: str) -> tuple[PartyInput, ...]:
    names = [n.strip() for n in text.replace("؛", ";").split(";") if n.strip()]
    return tuple(PartyInput(name=n) for n in names)


def to_legacy(cells: dict[str, Any], values: dict[str, str], row: int = 0) -> LegacyLetter:
    """One mapped row as a letter of the earlier register (ValidationError when unreadable)."""
    def text(name: str) -> str:
        return cell_text(cells[name]) if name in cells else values.get(name, "")

    kind = _kind(text("kind") or "")
    party = text("party")
    sender, recipients = text("sender") or (party if kind == "incoming" else ""), text(
        "recipients") or (party if kind == "outgoing" else "")
    keywords = tuple(k.strip() for k in text("keywords").replace("،", ",").split(",")
                     if k.strip())
    data = LetterInput(
        kind=kind,
        subject=text("subject"),
        registered_on=cell_date(cells.get("registered_on", values.get("registered_on")),
                                "registered_on"),
        sender=PartyInput(name=sender) if kind == "incoming" and sender else None,
        recipients=_parties(recipients) if kind == "outgoing" else (),
        summary=text("summary"),
        body=text("body"),
        sender_number=text("sender_number") if kind == "incoming" else "",
        sender_date=(cell_date(cells.get("sender_date"), "sender_date")
                     if kind == "incoming" else None),
        urgency=_choice(text("urgency"), letters.URGENCY_LABELS, "urgency") or "normal",
        classification=_choice(text("classification"), letters.CLASSIFICATION_LABELS,
                               "classification") or "normal",
        keywords=keywords,
        from_unit=text("from_unit") if kind == "internal" else "",
        to_unit=text("to_unit") if kind == "internal" else "",
    )
    return LegacyLetter(data, text("number"), row)


def _choice(value: str, labels: Mapping[str, str], field_name: str) -> str:
    """A vocabulary value written as its code or its Persian label."""
    if not value:
        return ""
    key = normalize_for_search(value)
    for code, label in labels.items():
        if key in (normalize_for_search(code), normalize_for_search(label)):
            return code
    raise ValidationError(field_name, "invalid_choice", value=value,
                          allowed="، ".join(labels.values()))


class _Rollback(Exception):
    def __init__(self, result: letters.LegacyImportResult) -> None:
        super().__init__("dry run")
        self.result = result


def read_for_import(path: Path, mapping: ImportMapping) -> tuple[ReadSheet, dict[str, int]]:
    sheet = read_sheet(path, mapping.sheet)
    columns = resolve_mapping(sheet.headers, mapping.columns, FIELDS)
    if "kind" not in columns and "kind" not in mapping.values:
        raise ValidationError("mapping", "mapping_field_required", label="نوع نامه")
    return sheet, columns


def import_register(
    ctx: AppContext,
    actor: CurrentUser,
    path: Path,
    mapping: ImportMapping,
    dry_run: bool = False,
    report: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> RegisterImport:
    require(actor, IMPORT_PERMISSION)
    sheet, columns = read_for_import(path, mapping)
    refused: list[Refused] = []
    items: list[LegacyLetter] = []
    rows_of: list[int] = []  # the sheet row of each item
    for number, cells in mapped_rows(sheet, columns):
        try:
            items.append(to_legacy(cells, mapping.values, number))
            rows_of.append(number)
        except SecretariatError as exc:
            refused.append(Refused(number, describe(exc)))
    total = len(sheet.rows)
    step = (lambda done: progress(done, total)) if progress is not None else None
    sha = hash_file(path)
    try:
        with ctx.write() as session:
            result = letters.import_legacy_letters(ctx, actor, items, step)
            audit.record(session, actor, "import", "register_import", sha[:16], None, {
                "file": path.name, "sha256": sha, "rows": total,
                "added": result.added, "refused": len(refused) + len(result.refused),
            })
            if dry_run:
                raise _Rollback(result)
    except _Rollback as rollback:
        result = rollback.result
    for r in result.refused:
        refused.append(Refused(rows_of[r.position - 1],
                               describe(_Explained(r.code, r.params, r.field))))
    refused.sort(key=lambda r: r.row)
    done = RegisterImport(total, result.added, tuple(refused), dry_run, report, path.name, sheet)
    if report is not None:
        save_report(done, report)
    return done
