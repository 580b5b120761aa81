"""Organisation-wide settings (in the database, audited, shared by all workstations)."""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from secretariat.kernel import audit, counters
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import ValidationError
from secretariat.kernel.events import SettingsChanged
from secretariat.kernel.ids import is_email
from secretariat.kernel.models import Setting
from secretariat.kernel.permissions import Permission, require
from secretariat.kernel.private import make_private
from secretariat.kernel.text.clean import clean_block, clean_line
from secretariat.kernel.text.digits import to_ascii_digits

LETTER_NUMBER_SAMPLE = {"year": 1405, "yy": "05", "code": "و", "secretariat": "1", "seq": 12}
DEFAULT_ORG_NAME = "خانه صنعت، معدن و تجارت استان البرز"
LOGO_EXTENSIONS = {".png", ".jpg", ".jpeg"}


@dataclass(frozen=True)
class OrgSettings:
    org_name: str = DEFAULT_ORG_NAME
    secretariat_code: str = "1"
    logo_file: str = ""  # a file name inside the data folder, "" for none
    number_format: str = "{year}/{code}/{seq}"
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""


def _load(session: Session) -> OrgSettings:
    names = [f.name for f in fields(OrgSettings)]
    stored = {
        s.key: json.loads(s.value)
        for s in session.scalars(select(Setting).where(Setting.key.in_(names)))
    }
    known = {f.name: stored[f.name] for f in fields(OrgSettings) if f.name in stored}
    return OrgSettings(**known)


def load_setting_snapshots(session: Session) -> list[tuple[str, audit.Snapshot]]:
    return [(s.key, {"value": json.loads(s.value)}) for s in session.scalars(select(Setting))]


def read_setting_snapshot(session: Session, key: str) -> audit.Snapshot | None:
    row = session.get(Setting, key)
    return {"value": json.loads(row.value)} if row is not None else None




def get_org_settings(ctx: AppContext) -> OrgSettings:
    with ctx.read() as session:
        return _load(session)


# Each organisation setting under the text rules: (multi-line, longest, required).
_TEXT_RULES: dict[str, tuple[bool, int, bool]] = {
    "org_name": (False, 200, True),
    "secretariat_code": (False, 32, True),
    "logo_file": (False, 64, False),
    "number_format": (False, 64, True),
    "address": (True, 1000, False),
    "phone": (False, 100, False),
    "email": (False, 200, False),
    "website": (False, 200, False),
}
# Stored with ASCII digits whatever was typed (shown with Persian ones).
_ASCII_DIGITS = ("secretariat_code", "phone")
# What ``set_org_setting`` (the CLI's ``settings set``) changes: the settings, and the logo
# by a file to copy in (its stored name, ``logo_file``, is not typed by hand).
SETTABLE = ("org_name", "address", "phone", "email", "website", "secretariat_code",
            "number_format", "logo")
_WEBSITE = re.compile(r"(https?://)?[^\s/@:]+\.[^\s/@:]+(:[0-9]{1,5})?(/\S*)?", re.IGNORECASE)


def _validate(changes: dict[str, Any]) -> dict[str, str]:
    """The changes cleaned by the text rules, or ValidationError naming the setting."""
    names = {f.name for f in fields(OrgSettings)}
    cleaned: dict[str, str] = {}
    for key, value in changes.items():
        if key not in names:
            raise ValidationError(key, "unknown_setting_key", known="، ".join(SETTABLE))
        if not isinstance(value, str):
            raise ValidationError(key, "invalid_value")
        multiline, longest, required = _TEXT_RULES[key]
        clean = clean_block if multiline else clean_line
        cleaned[key] = clean(value, key, longest, required)
        if key in _ASCII_DIGITS:
            cleaned[key] = to_ascii_digits(cleaned[key])
    fmt = cleaned.get("number_format")
    if fmt is not None:
        # The letters' number format, tried on a sample number (the 12th incoming of 1405).
        counters.check_format(fmt, LETTER_NUMBER_SAMPLE)
    if cleaned.get("email") and not is_email(cleaned["email"]):
        raise ValidationError("email", "invalid_email")
    if cleaned.get("website") and not _WEBSITE.fullmatch(cleaned["website"]):
        raise ValidationError("website", "invalid_website")
    return cleaned


def put_setting(session: Session, actor: CurrentUser, key: str, value: Any) -> None:
    """Write one JSON-able setting inside an open unit of work, audited.

    Other features (print layout, ...) keep their own keys in the same table this way.
    """
    row = session.get(Setting, key)
    new_json = json.dumps(value, ensure_ascii=False, sort_keys=True)
    if row is None:
        session.add(Setting(key=key, value=new_json))
        audit.record(session, actor, "create", "setting", key, None, {"value": value})
    elif json.loads(row.value) != value:
        before = {"value": json.loads(row.value)}
        row.value = new_json
        audit.record(session, actor, "update", "setting", key, before, {"value": value})


def get_setting(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(Setting, key)
    return json.loads(row.value) if row is not None else default


def store_settings(session: Session, actor: CurrentUser, changes: dict[str, Any]) -> None:
    """Write changed organisation settings inside an open unit of work, one audit entry each."""
    for key, value in _validate(changes).items():
        put_setting(session, actor, key, value)
    session.flush()


def update_org_settings(ctx: AppContext, actor: CurrentUser, **changes: str) -> OrgSettings:
    require(actor, Permission.MANAGE_SETTINGS)
    with ctx.write() as session:
        store_settings(session, actor, changes)
        ctx.emit(SettingsChanged(tuple(sorted(changes))), actor)
        return _load(session)


def set_org_setting(ctx: AppContext, actor: CurrentUser, key: str, value: str) -> OrgSettings:
    """Change one setting by name (``SETTABLE``; admin only, audited), as ``settings set``
    does: ``logo`` takes an image file to copy in ("" removes the logo). An unknown key or a
    bad value is refused and nothing changes."""
    require(actor, Permission.MANAGE_SETTINGS)
    if key not in SETTABLE:
        raise ValidationError(key, "unknown_setting_key", known="، ".join(SETTABLE))
    if key == "logo":
        name = import_logo(ctx, Path(value)) if value.strip() else ""
        return update_org_settings(ctx, actor, logo_file=name)
    return update_org_settings(ctx, actor, **{key: value})


def import_logo(ctx: AppContext, source: Path) -> str:
    """Copy a logo into the data folder (so backups carry it); returns the stored file name."""
    suffix = source.suffix.lower()
    if suffix not in LOGO_EXTENSIONS or not source.is_file():
        raise ValidationError("logo", "invalid_logo")
    name = "logo" + suffix
    try:
        make_private(shutil.copyfile(source, ctx.data_dir / name))
    except OSError as exc:
        raise ValidationError("logo", "file_unreadable", name=source.name) from exc
    return name


def logo_path(ctx: AppContext, settings: OrgSettings) -> Path | None:
    if not settings.logo_file:
        return None
    path = ctx.data_dir / settings.logo_file
    return path if path.is_file() else None
