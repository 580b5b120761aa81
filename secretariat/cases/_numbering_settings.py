"""The case number format, a setting the admin changes (audited, like letters' format)."""

from __future__ import annotations

from secretariat.cases._numbering import check_format, number_format
from secretariat.cases._vocab import NUMBER_FORMAT_KEY, CasePermission
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.events import SettingsChanged
from secretariat.kernel.org_settings import put_setting
from secretariat.kernel.permissions import Permission, require
from secretariat.kernel.text.clean import clean_line


def get_number_format(ctx: AppContext, actor: CurrentUser) -> str:
    require(actor, CasePermission.READ)
    with ctx.read() as session:
        return number_format(session)


def set_number_format(ctx: AppContext, actor: CurrentUser, fmt: str) -> str:
    """Set the format ({year}, {yy}, {seq}: «{year}/پ/{seq}»); returns a sample number."""
    require(actor, Permission.MANAGE_SETTINGS)
    text = clean_line(fmt, "case_number_format", 64, required=True)
    sample = check_format(text)
    with ctx.write() as session:
        put_setting(session, actor, NUMBER_FORMAT_KEY, text)
        ctx.emit(SettingsChanged((NUMBER_FORMAT_KEY,)), actor)
    return sample
