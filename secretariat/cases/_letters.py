"""Cases seen from a letter: the cases a letter opened or answered (the letter's page shows
them), and a case form filled from an incoming letter («open a case from this letter»)."""

from __future__ import annotations

from sqlalchemy import or_, select

from secretariat.cases._common import current_day
from secretariat.cases._dto import CaseInput, CaseSummary
from secretariat.cases._models import Case, CaseLetter
from secretariat.cases._queries import summaries
from secretariat.cases._visibility import visible_to
from secretariat.cases._vocab import CasePermission, Channel
from secretariat.correspondence import api as letters
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.permissions import require


def cases_of_letter(ctx: AppContext, actor: CurrentUser, letter_id: int) -> list[CaseSummary]:
    """The cases (visible to the user) this letter is linked to, newest first."""
    require(actor, CasePermission.READ)
    today = current_day()
    with ctx.read() as session:
        linked = select(CaseLetter.case_id).where(CaseLetter.letter_id == letter_id)
        ids = list(session.scalars(
            select(Case.id).where(or_(Case.id.in_(linked), Case.org_letter_id == letter_id),
                                  visible_to(actor)).order_by(Case.id.desc())))
        return summaries(session, ids, today)


def case_input_from_letter(ctx: AppContext, actor: CurrentUser, letter_id: int,
                           duty: str = "") -> CaseInput:
    """What the case form starts with when a case is opened from a letter: the letter
    linked, its subject, its date of registration as the day received, its classification;
    a 124 or behinyab number written as the sender's number when it came by those systems."""
    require(actor, CasePermission.OPEN)
    letter = letters.get_letter(ctx, actor, letter_id)
    return CaseInput(
        duty=duty, channel=Channel.ORG_LETTER.value, subject=letter.subject,
        received_on=letter.registered_on, letter=letter.number or letter.id,
        description=letter.summary, classification=letter.classification)
