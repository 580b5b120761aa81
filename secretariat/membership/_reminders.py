"""Reminder letters: outgoing drafts in the register (``correspondence.api``), one per unit,
all in one action and one transaction. The officer prints and sends them like any letter."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from secretariat.correspondence import api as letters
from secretariat.correspondence.api import LetterInput, PartyInput
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import ValidationError
from secretariat.kernel.jalali import today_tehran
from secretariat.kernel.permissions import require
from secretariat.membership._amounts import amount_unit, format_amount
from secretariat.membership._dto import MembershipRow, ReminderDraft
from secretariat.membership._models import Membership, MemberUnit
from secretariat.membership._queries import rows_where
from secretariat.membership._vocab import MembershipPermission, Status
from secretariat.printing.api import jalali

SUBJECT = "یادآوری تمدید عضویت و پرداخت حق عضویت"


def _line(row: MembershipRow, unit: str) -> str:
    if row.status == Status.ACTIVE and row.valid_until is not None:
        state = f"تا {jalali(row.valid_until)} اعتبار دارد"
    elif row.valid_until is not None:
        state = f"از {jalali(row.valid_until)} به پایان رسیده است"
    else:
        state = "هنوز پرداخت نشده است"
    owed = f"؛ بدهی: {format_amount(row.arrears, unit)}" if row.arrears else ""
    return f"- عضویت شمارهٔ {row.number} در {row.association_name} ({row.type_name}) {state}{owed}."


def _body(unit_name: str, rows: list[MembershipRow], unit: str) -> str:
    lines = "\n".join(_line(r, unit) for r in rows)
    return (f"با سلام و احترام،\nبه آگاهی «{unit_name}» می‌رساند:\n{lines}\n"
            "خواهشمند است برای تمدید عضویت و پرداخت حق عضویت با دبیرخانهٔ انجمن تماس بگیرید. "
            "اگر پرداخت کرده‌اید، رسید آن را برای ما بفرستید.\nبا سپاس")


def draft_reminders(ctx: AppContext, actor: CurrentUser, membership_ids: Sequence[int]
                    ) -> list[ReminderDraft]:
    """One outgoing draft per unit naming each of its chosen memberships and what is owed."""
    require(actor, MembershipPermission.MANAGE)
    if not membership_ids:
        raise ValidationError("memberships", "nothing_chosen")
    today = today_tehran()
    unit = amount_unit(ctx)
    drafts: list[ReminderDraft] = []
    with ctx.write() as session:
        rows = rows_where(session, [Membership.id.in_(list(membership_ids))], today, 0, None)
        if len(rows) != len(set(membership_ids)):
            raise ValidationError("memberships", "membership_not_found",
                                  ref=str(sorted(set(membership_ids) - {r.id for r in rows})))
        by_unit: dict[int, list[MembershipRow]] = defaultdict(list)
        for row in rows:
            by_unit[row.unit_id].append(row)
        for unit_id, unit_rows in by_unit.items():
            contact_id = session.get(MemberUnit, unit_id).contact_id  # type: ignore[union-attr]
            name = unit_rows[0].unit_name
            letter = letters.register_letter(ctx, actor, LetterInput(
                kind=letters.LetterKind.OUTGOING.value, subject=SUBJECT,
                recipients=(PartyInput(contact_id=contact_id),),
                body=_body(name, unit_rows, unit), draft=True, keywords=("عضویت",)))
            drafts.append(ReminderDraft(unit_id, name, letter.id,
                                        tuple(r.number for r in unit_rows)))
    return drafts

