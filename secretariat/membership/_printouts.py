"""The membership documents as PDF bytes, read from the register (an inactive membership
gets no card and no certificate: the refusal says its status)."""

from __future__ import annotations

from collections.abc import Sequence

from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.jalali import now_utc, today_tehran
from secretariat.kernel.org_settings import get_org_settings
from secretariat.kernel.permissions import require
from secretariat.kernel.signed_codes import DocumentKind
from secretariat.kernel.text.clean import clean_choice
from secretariat.membership._amounts import amount_unit
from secretariat.membership._documents import render_cards, render_certificate, render_receipt
from secretariat.membership._lookup import payment_row
from secretariat.membership._memberships import get_membership
from secretariat.membership._paper import active_facts
from secretariat.membership._payments import get_payment
from secretariat.membership._vocab import CardLayout, CertificateSize, MembershipPermission


def card_pdf(ctx: AppContext, actor: CurrentUser, refs: Sequence[str | int],
             layout: str = CardLayout.A4.value) -> bytes:
    """Cards of these memberships (all must be active, or nothing is printed)."""
    layout = clean_choice(layout, CardLayout, "layout")
    return render_cards([active_facts(ctx, actor, ref) for ref in refs], layout)


def certificate_pdf(ctx: AppContext, actor: CurrentUser, ref: str | int,
                    size: str = CertificateSize.A4.value) -> bytes:
    size = clean_choice(size, CertificateSize, "size")
    return render_certificate(active_facts(ctx, actor, ref, DocumentKind.CERTIFICATE),
                              today_tehran(), size)


def receipt_pdf(ctx: AppContext, actor: CurrentUser, ref: str | int) -> bytes:
    require(actor, MembershipPermission.READ)
    payment = get_payment(ctx, actor, ref)
    with ctx.read() as session:
        membership_id = payment_row(session, payment.id).membership_id
    membership = get_membership(ctx, actor, membership_id)
    return render_receipt(payment, get_org_settings(ctx).org_name, membership.association.name,
                          membership.unit.name, membership.unit.national_id,
                          membership.arrears, amount_unit(ctx), now_utc())
