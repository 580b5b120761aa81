"""What a card, a certificate and a receipt print, read from the register, and the text a
card's QR code carries.

``card_payload`` is the ONE function that builds that text: when printed codes become
signed (Ed25519), only it and ``verify_card`` change. Today: ``SMT1M|<number>|<valid
until, Jalali ASCII>|<16 hex digits of SHA-256 over the printed facts>``; whoever scans it
asks the register (``verify_card``) whether the membership is what the card says.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import quote, unquote

from sqlalchemy.orm import Session

from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import ValidationError
from secretariat.kernel.jalali import format_jalali, parse_jalali, today_tehran
from secretariat.kernel.org_settings import get_org_settings
from secretariat.kernel.permissions import require
from secretariat.membership._dto import CardCheck, MembershipDetail
from secretariat.membership._lookup import membership_row, status_label
from secretariat.membership._memberships import detail
from secretariat.membership._models import Association
from secretariat.membership._vocab import MembershipPermission, Status

PREFIX = "SMT1M"
HASH_DIGITS = 16


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

    @property
    def payload(self) -> str:
        return card_payload(self)


def _digest(number: str, national_id: str, association: str, type_name: str,
            valid_until: date) -> str:
    canonical = json.dumps([number, national_id, association, type_name,
                            valid_until.isoformat()], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:HASH_DIGITS]


def card_payload(facts: CardFacts) -> str:
    digest = _digest(facts.number, facts.national_id, facts.association_code, facts.type_name,
                     facts.valid_until)
    return "|".join((PREFIX, quote(facts.number, safe="-"),
                     format_jalali(facts.valid_until, persian=False), digest))


def short_code(payload: str) -> str:
    """Printed under the code, for reading out over the phone."""
    return payload.rsplit("|", 1)[-1][:8].upper()


def _logo(ctx: AppContext, session: Session, association_id: int) -> Path | None:
    row = session.get(Association, association_id)
    sha = row.logo_sha256 if row is not None else ""
    return ctx.blobs.path(sha) if sha and ctx.blobs.path(sha).is_file() else None


def active_facts(ctx: AppContext, actor: CurrentUser, ref: str | int) -> CardFacts:
    """The facts a card prints; only an active membership has them (else a refusal that
    says the status)."""
    require(actor, MembershipPermission.READ)
    org = get_org_settings(ctx)
    with ctx.read() as session:
        found = detail(session, membership_row(session, ref), today_tehran())
        if found.status != Status.ACTIVE or found.valid_until is None:
            raise ValidationError("membership", "card_not_active",
                                  status=status_label(found.status))
        return _facts(found, found.valid_until, org.org_name,
                      _logo(ctx, session, found.association.id))


def _facts(found: MembershipDetail, valid_until: date, org_name: str, logo: Path | None
           ) -> CardFacts:
    return CardFacts(
        number=found.number, unit_name=found.unit.name, national_id=found.unit.national_id,
        association_code=found.association.code, association_name=found.association.name,
        type_name=found.type.name, vote=found.type.vote, joined_on=found.joined_on,
        valid_until=valid_until, org_name=org_name, logo=logo)


def verify_card(ctx: AppContext, actor: CurrentUser, code: str) -> CardCheck:
    """A scanned card or certificate against the register: is there such a membership, does
    it say what the card says, and what is its status today?"""
    require(actor, MembershipPermission.READ)
    parts = code.strip().split("|")
    if len(parts) != 4 or parts[0] != PREFIX or len(parts[3]) != HASH_DIGITS:
        raise ValidationError("code", "not_a_card_code")
    number, printed_until = unquote(parts[1]), parse_jalali(parts[2], "code")
    with ctx.read() as session:
        found = detail(session, membership_row(session, number), today_tehran())
    digest = _digest(found.number, found.unit.national_id, found.association.code,
                     found.type.name, printed_until)
    covered = found.valid_until is not None and printed_until <= found.valid_until
    return CardCheck(number=found.number, matches=digest == parts[3].lower() and covered,
                     status=found.status, valid_until=found.valid_until,
                     unit_name=found.unit.name, association_name=found.association.name)
