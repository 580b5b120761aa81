"""Amounts: stored as whole rials, shown with Persian digits and separators, in rials or
tomans as the officer chose (a setting, audited like every setting)."""

from __future__ import annotations

from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import ValidationError
from secretariat.kernel.events import SettingsChanged
from secretariat.kernel.org_settings import get_setting, put_setting
from secretariat.kernel.permissions import require
from secretariat.kernel.text.digits import to_persian_digits
from secretariat.membership._vocab import AmountUnit, MembershipPermission

AMOUNT_UNIT_KEY = "membership_amount_unit"
THOUSANDS = "٬"  # U+066C, the Persian thousands separator


def amount_unit(ctx: AppContext) -> str:
    with ctx.read() as session:
        value = get_setting(session, AMOUNT_UNIT_KEY, AmountUnit.RIAL.value)
    return value if value in AmountUnit.labels() else AmountUnit.RIAL.value


def set_amount_unit(ctx: AppContext, actor: CurrentUser, unit: str) -> str:
    require(actor, MembershipPermission.MANAGE)
    if unit not in AmountUnit.labels():
        raise ValidationError("amount_unit", "invalid_amount_unit")
    with ctx.write() as session:
        put_setting(session, actor, AMOUNT_UNIT_KEY, unit)
        ctx.emit(SettingsChanged((AMOUNT_UNIT_KEY,)), actor)
    return unit


def grouped(number: int) -> str:
    """«۱۲٬۵۰۰٬۰۰۰»."""
    return to_persian_digits(f"{number:,}".replace(",", THOUSANDS))


def format_amount(rials: int, unit: str = AmountUnit.RIAL.value, with_unit: bool = True
                  ) -> str:
    """«۱۲٬۵۰۰٬۰۰۰ ریال» or «۱٬۲۵۰٬۰۰۰ تومان» (a toman is ten rials; a fraction is shown)."""
    if unit == AmountUnit.TOMAN:
        whole, rest = divmod(abs(rials), 10)
        text = grouped(whole) + (to_persian_digits(f"٫{rest}") if rest else "")
        text = ("-" if rials < 0 else "") + text
    else:
        text = grouped(rials)
    return f"{text} {AmountUnit.label_of(unit)}" if with_unit else text
