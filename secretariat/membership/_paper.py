"""What a card, a certificate and a receipt print, read from the register, and the signed
text a card's or a certificate's QR code carries.

The code is the kernel's signed code (``kernel.signed_codes``, Ed25519, checkable offline
with the public key alone): kind M (card) or C (certificate), the membership number, the
date the membership is valid until, and a digest of the unit and the association the paper
names (``card_digest``). ``card_register`` compares a validly signed code with the register
(``secretariat verify`` and the Verify dialog reach it through the registry's
``CodeRegister``); ``verify_card`` is the signed-in ``member verify``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from secretariat.kernel import signing
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import NotFound, ValidationError
from secretariat.kernel.jalali import format_jalali, today_tehran
from secretariat.kernel.org_settings import get_org_settings
from secretariat.kernel.permissions import require
from secretariat.kernel.signed_codes import (
    OLD_CARD_PREFIX,
    CodeFields,
    DocumentKind,
    RegisterMatch,
    check_code,
    facts_digest,
    signed_code,
)
from secretariat.membership._dto import CardCheck, MembershipDetail
from secretariat.membership._lookup import membership_row, status_label
from secretariat.membership._memberships import detail
from secretariat.membership._models import Association
from secretariat.membership._vocab import MembershipPermission, Status

CARD_KINDS = (DocumentKind.MEMBERSHIP_CARD.value, DocumentKind.CERTIFICATE.value)


@dataclass(frozen=True)
class CardFacts:
    number: str
    unit_name: str
    national_id: str
    association_code: str
    association_name: str
    type_name: str
    vote: bool
    joined_on: date
    valid_until: date
    org_name: str
    logo: Path | None
    code: str  # the signed text of its QR code


def card_digest(unit_name: str, national_id: str, association_code: str, type_name: str) -> str:
    """The digest a card's code signs: the unit, the association and the membership type the
    paper names (the number and the date are in the code itself)."""
    return facts_digest([unit_name, national_id, association_code, type_name])


def _logo(ctx: AppContext, session: Session, association_id: int) -> Path | None:
    row = session.get(Association, association_id)
    sha = row.logo_sha256 if row is not None else ""
    return ctx.blobs.path(sha) if sha and ctx.blobs.path(sha).is_file() else None


def active_facts(ctx: AppContext, actor: CurrentUser, ref: str | int,
                 kind: DocumentKind = DocumentKind.MEMBERSHIP_CARD) -> CardFacts:
    """The facts a card (or a certificate: ``kind``) prints, its code signed with this
    database's key; only an active membership has them (else a refusal that says the
    status)."""
    require(actor, MembershipPermission.READ)
    org = get_org_settings(ctx)
    with ctx.read() as session:
        found = detail(session, membership_row(session, ref), today_tehran())
        if found.status != Status.ACTIVE or found.valid_until is None:
            raise ValidationError("membership", "card_not_active",
                                  status=status_label(found.status))
        code = signed_code(session, _fields(found, found.valid_until, kind))
        return CardFacts(
            number=found.number, unit_name=found.unit.name, national_id=found.unit.national_id,
            association_code=found.association.code, association_name=found.association.name,
            type_name=found.type.name, vote=found.type.vote, joined_on=found.joined_on,
            valid_until=found.valid_until, org_name=org.org_name,
            logo=_logo(ctx, session, found.association.id), code=code)


def _fields(found: MembershipDetail, valid_until: date, kind: DocumentKind) -> CodeFields:
    return CodeFields.of(kind, found.number, valid_until,
                         card_digest(found.unit.name, found.unit.national_id,
                                     found.association.code, found.type.name))


def _compare(found: MembershipDetail, fields: CodeFields) -> RegisterMatch:
    """Does the register still say what the paper says, and is the paper in force today?"""
    printed_until = format_jalali(found.valid_until, persian=False) if found.valid_until else ""
    same_facts = card_digest(found.unit.name, found.unit.national_id, found.association.code,
                             found.type.name) == fields.digest
    # A card printed before a renewal says an earlier date: still the register's own words.
    covered = bool(printed_until) and fields.date_text <= printed_until
    today = format_jalali(today_tehran(), persian=False)
    return RegisterMatch(
        registered=True, digest_matches=same_facts and covered,
        status=status_label(found.status),
        in_force=found.status == Status.ACTIVE and fields.date_text >= today)


def card_register(ctx: AppContext, fields: CodeFields) -> RegisterMatch:
    """A validly signed card or certificate code against the register (the registry's
    CodeRegister: no sign-in, only yes or no about what the paper shows)."""
    with ctx.read() as session:
        try:
            found = detail(session, membership_row(session, fields.number), today_tehran())
        except NotFound:
            return RegisterMatch(registered=False, digest_matches=False)
        return _compare(found, fields)


def verify_card(ctx: AppContext, actor: CurrentUser, code: str) -> CardCheck:
    """A scanned card or certificate: is its code signed with this database's key, is there
    such a membership, does it say what the card says, and what is its status today?"""
    require(actor, MembershipPermission.READ)
    if code.strip().startswith(OLD_CARD_PREFIX):
        raise ValidationError("code", "unsigned_card_code")
    with ctx.read() as session:
        public = signing.stored_public_key(session)
    check = check_code(code, public) if public is not None else None
    if check is None or check.fields is None or check.fields.kind not in CARD_KINDS:
        raise ValidationError("code", "not_a_card_code")
    if not check.valid:  # a forgery is never looked up
        raise ValidationError("code", "card_code_not_genuine", reason=check.reason.label)
    with ctx.read() as session:
        found = detail(session, membership_row(session, check.fields.number), today_tehran())
        match = _compare(found, check.fields)
    return CardCheck(number=found.number, matches=match.digest_matches,
                     status=found.status, valid_until=found.valid_until,
                     unit_name=found.unit.name, association_name=found.association.name)
