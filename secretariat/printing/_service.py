"""Printing services: load through the correspondence layer (confidentiality applies), render.

Every function reads the letter the way the letter page does, so a letter above
the user's clearance is NotFound here too and nothing is rendered or written.
The functions return PDF bytes; ``save_pdf`` writes them atomically. The
renderers in ``secretariat.printing.documents`` take the plain data built here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from secretariat import features
from secretariat.contacts import api as contacts
from secretariat.correspondence import api as letters
from secretariat.correspondence.api import (
    CLASSIFICATION_LABELS,
    KIND_LABELS,
    LetterDetail,
    LetterKind,
    LetterPermission,
    LetterQuery,
    LetterRef,
    LetterSort,
    PartyRef,
    count_letters,
    page_key,
    page_letters,
)
from secretariat.kernel import signing
from secretariat.kernel.accounts import user_cards
from secretariat.kernel.context import SYSTEM_USER, AppContext, CurrentUser
from secretariat.kernel.errors import NotFound, SecretariatError, ValidationError
from secretariat.kernel.jalali import format_jalali, now_utc, today_tehran
from secretariat.kernel.org_settings import OrgSettings, get_org_settings, logo_path
from secretariat.kernel.permissions import Clearance, clearance_allows, require
from secretariat.kernel.signed_codes import (
    CodeFields,
    DocumentKind,
    Reason,
    RegisterMatch,
    check_code,
    content_digest,
    signed_code,
    unsigned_sample,
)
from secretariat.kernel.text.digits import to_persian_digits
from secretariat.printing.documents.calibration import render_calibration
from secretariat.printing.documents.common import write_pdf
from secretariat.printing.documents.data import (
    Addressee,
    CcLine,
    EnvelopePrint,
    Letterhead,
    LetterPrint,
    ReceiptPrint,
    RegisterPrint,
    RegisterRow,
)
from secretariat.printing.documents.envelope import render_envelopes
from secretariat.printing.documents.from_dto import (
    ATTACHMENTS_NONE,
    attachments_text,
    code_fields,
    label,
    letter_parties,
    letter_print,
    letterhead,
    register_row,
)
from secretariat.printing.documents.letter import render_letter
from secretariat.printing.documents.preprinted import render_preprinted_letter
from secretariat.printing.documents.receipt import render_receipt
from secretariat.printing.documents.register_book import ProgressCallback, render_register
from secretariat.printing.layout_settings import PrintLayout, load_layout

PAGE_ROWS = 1000  # the register is read in keyset pages of this many letters
PRINT_LETTERS = "print_letters"  # the registry's grant: letters, receipts, envelopes


# --- loading ---------------------------------------------------------------------------

@dataclass(frozen=True)
class _Loaded:
    letter: LetterDetail
    signatory_title: str
    clerk_name: str
    reply_to: LetterDetail | None
    follows: LetterDetail | None
    layout: PrintLayout


def _linked(ctx: AppContext, actor: CurrentUser, ref: LetterRef | None) -> LetterDetail | None:
    if ref is None:
        return None
    return letters.get_letter(ctx, actor, ref.id)


def _load(ctx: AppContext, actor: CurrentUser, ref: str | int) -> _Loaded:
    """One read: the letter (NotFound above the clearance), its people and links, the layout."""
    require(actor, LetterPermission.READ)
    with ctx.read() as session:  # the api calls below join this one read
        letter = letters.get_letter_by_ref(ctx, actor, ref)
        people = user_cards(ctx, [u for u in (letter.signatory, letter.created_by) if u])
        signer = people.get(letter.signatory or "")
        clerk = people.get(letter.created_by)
        return _Loaded(
            letter=letter,
            signatory_title=signer.post_title if signer is not None else "",
            clerk_name=(clerk.full_name or clerk.username) if clerk is not None else "",
            reply_to=_linked(ctx, actor, letter.reply_to),
            follows=_linked(ctx, actor, letter.follows),
            layout=load_layout(session),
        )


def _letterhead_for(ctx: AppContext, layout: PrintLayout) -> tuple[OrgSettings, Letterhead]:
    org = get_org_settings(ctx)
    return org, letterhead(org, layout, logo_path(ctx, org))


# --- documents -------------------------------------------------------------------------

def letter_pdf(
    ctx: AppContext, actor: CurrentUser, ref: str | int, preprinted: bool | None = None
) -> bytes:
    """The letter (by number or id); on pre-printed paper when ``preprinted`` (default: the
    layout setting). An incoming letter is refused: its paper is the receipt."""
    require(actor, PRINT_LETTERS)
    loaded = _load(ctx, actor, ref)
    if loaded.letter.kind == LetterKind.INCOMING:
        # Someone else's letter: on our letterhead it would carry our number and code.
        number = loaded.letter.number or str(loaded.letter.id)
        raise ValidationError("ref", "incoming_letter_on_letterhead", number=number,
                              shown=to_persian_digits(number))
    layout = loaded.layout
    code = _signed(ctx, code_fields(loaded.letter, DocumentKind.LETTER)) if layout.qr_code else None
    data = letter_print(loaded.letter, loaded.signatory_title, loaded.reply_to, loaded.follows,
                        _organisations(ctx, actor, loaded.letter), code)
    if layout.preprinted if preprinted is None else preprinted:
        return render_preprinted_letter(data, layout)
    return render_letter(data, _letterhead_for(ctx, layout)[1], layout)


def _signed(ctx: AppContext, fields: CodeFields | None) -> str | None:
    """The QR code's text signed with this database's key (KeyMissing on a workstation that
    has not imported the keys: a page is never printed with a code that proves nothing)."""
    if fields is None:
        return None
    with ctx.read() as session:
        return signed_code(session, fields)


def _organisations(ctx: AppContext, actor: CurrentUser, letter: LetterDetail) -> dict[int, str]:
    """The organisation of each recipient who is a person, printed under their name."""
    people = [p.contact_id for p in letter.recipients if p.kind == contacts.ContactKind.PERSON]
    if not people:
        return {}
    infos = contacts.get_contacts(ctx, actor, people)
    return {i: info.organisation_name for i, info in infos.items() if info.organisation_name}


def receipt_pdf(ctx: AppContext, actor: CurrentUser, ref: str | int,
                size: str | None = None) -> bytes:  # fmt: skip
    """The receipt slip of an incoming letter; ``size`` A6 | roll80 (default: the layout's)."""
    require(actor, PRINT_LETTERS)
    loaded = _load(ctx, actor, ref)
    letter = loaded.letter
    if letter.kind != LetterKind.INCOMING:
        raise ValidationError("ref", "receipt_incoming_only")
    if letter.number is None:
        raise ValidationError("ref", "draft_not_printable_here")
    org = get_org_settings(ctx)
    receipt = ReceiptPrint(
        org_name=(loaded.layout.name_lines or (org.org_name,))[0],
        number=letter.number,
        registered_on=letter.registered_on,
        registered_at=letter.created_at,
        sender=letter.sender.name if letter.sender is not None else "",
        subject=letter.subject,
        sender_number=letter.sender_number,
        sender_date=letter.sender_date,
        attachments=attachments_text(len(letter.attachments)),
        clerk=loaded.clerk_name,
        classification=label(CLASSIFICATION_LABELS, letter.classification),
        verification=_signed(ctx, code_fields(letter, DocumentKind.RECEIPT)),
    )
    return render_receipt(receipt, size or loaded.layout.receipt_size)


def _envelope_parties(letter: LetterDetail) -> Sequence[PartyRef]:
    if letter.kind == LetterKind.INCOMING:
        return [letter.sender] if letter.sender is not None else []
    return list(letter.recipients)


def envelope_pdf(ctx: AppContext, actor: CurrentUser, ref: str | int,
                 size: str | None = None) -> bytes:  # fmt: skip
    """One envelope per recipient (an incoming letter: its sender), DL or C5."""
    require(actor, PRINT_LETTERS)
    loaded = _load(ctx, actor, ref)
    letter = loaded.letter
    parties = _envelope_parties(letter)
    if not parties:
        raise ValidationError("ref", "no_envelope_address")
    infos = contacts.get_contacts(ctx, actor, [p.contact_id for p in parties])
    org = get_org_settings(ctx)
    layout = loaded.layout
    sender_lines = [*(layout.name_lines or (org.org_name,))]
    if org.address.strip():
        sender_lines.append(to_persian_digits(org.address.strip()))
    envelopes = []
    for party in parties:
        info = infos.get(party.contact_id)
        lines = [party.post_title]
        if info is not None:
            lines += [info.organisation_name, to_persian_digits(info.address)]
        envelopes.append(EnvelopePrint(
            sender_lines=tuple(sender_lines),
            sender_postal_code=layout.postal_code,
            recipient_name=party.name,
            recipient_lines=tuple(line for line in lines if line),
            recipient_postal_code=info.postal_code if info is not None else "",
            number=letter.number or "",
            classification=label(CLASSIFICATION_LABELS, letter.classification),
        ))  # fmt: skip
    return render_envelopes(envelopes, size or layout.envelope_size)


def register_rows(
    ctx: AppContext, actor: CurrentUser, date_from: date, date_to: date, kind: str | None = None,
    progress: Callable[[int], None] | None = None,
) -> list[RegisterRow]:
    """Numbered letters registered in the range (what this user may see), by date then entry."""
    require(actor, LetterPermission.EXPORT)
    if date_from > date_to:
        raise ValidationError("date_from", "date_range_reversed")
    query = LetterQuery(kind=kind or None, date_from=date_from, date_to=date_to,
                        sort=LetterSort.REGISTERED_ON, descending=False)  # fmt: skip
    rows: list[RegisterRow] = []
    after = None
    while True:
        page = page_letters(ctx, actor, query, after=after, limit=PAGE_ROWS)
        rows += [register_row(r) for r in page.rows if r.number is not None]
        if progress is not None:
            progress(len(rows))
        if not page.has_more or not page.rows:
            return rows
        after = page_key(page.rows[-1], LetterSort.REGISTERED_ON)


def register_pdf(
    ctx: AppContext, actor: CurrentUser, date_from: date, date_to: date, kind: str | None = None,
    progress: ProgressCallback | None = None,
) -> bytes:
    """The register book. ``progress(done, total)`` runs on the calling thread and may raise
    to stop; reading counts for one third, preparing and placing rows for the rest."""
    require(actor, LetterPermission.EXPORT)
    expected = count_letters(ctx, actor, LetterQuery(kind=kind or None, date_from=date_from,
                                                     date_to=date_to)) if progress else 0  # fmt: skip

    def read_progress(done: int) -> None:
        if progress is not None:
            progress(done, 3 * max(expected, done, 1))

    rows = register_rows(ctx, actor, date_from, date_to, kind, read_progress)
    org = get_org_settings(ctx)
    with ctx.read() as session:
        layout = load_layout(session)
    register = RegisterPrint(
        org_name=(layout.name_lines or (org.org_name,))[0],
        date_from=date_from,
        date_to=date_to,
        kind=KIND_LABELS.get(kind, kind) if kind else "",
        printed_at=now_utc(),
        rows=tuple(rows),
        # Every page says so when the user cannot see every classification; how many rows
        # that hides is never counted (the count itself would reveal them).
        limited_to_clearance=not clearance_allows(actor.clearance, Clearance.SECRET),
    )
    total = len(rows)

    def render_progress(done: int, of: int) -> None:
        if progress is not None:
            progress(total + done * total * 2 // max(of, 1), 3 * max(total, 1))

    return render_register(register, render_progress if progress else None)


def calibration_pdf(ctx: AppContext, layout: PrintLayout | None = None) -> bytes:
    """The calibration page for pre-printed paper (the stored positions unless given)."""
    if layout is None:
        with ctx.read() as session:
            layout = load_layout(session)
    return render_calibration(layout.preprinted_fields)


SAMPLE_BODY = (
    "با سلام و احترام، بدین‌وسیله به آگاهی می‌رساند که نشست هم‌اندیشی انجمن‌های تخصصی صنایع "
    "همگن استان در تاریخ ۱۴۰۳/۰۳/۱۰ در محل خانهٔ صنعت، معدن و تجارت برگزار می‌شود. خواهشمند است "
    "نمایندهٔ آن سازمان را برای شرکت در این نشست (ساعت ۱۰ صبح) معرفی فرمایید."
)


def sample_letter_pdf(ctx: AppContext, layout: PrintLayout, preprinted: bool = False) -> bytes:
    """A sample letter in ``layout`` (not yet saved): the settings dialog's live preview."""
    org = get_org_settings(ctx)
    data = LetterPrint(
        kind="outgoing", number="1403/ص/125", registered_on=today_tehran(),
        subject="دعوت به نشست هم‌اندیشی انجمن‌ها", body=SAMPLE_BODY,
        recipients=(Addressee("جناب آقای ...", "مدیرکل محترم ..."),),
        signatory_name="نام امضاکننده", signatory_title="سمت امضاکننده",
        cc=(CcLine("سازمان صنعت، معدن و تجارت استان البرز", "جهت اطلاع"),),
        attachments=ATTACHMENTS_NONE,
        # Shaped like a real code and never signed: a sample must not verify.
        verification=unsigned_sample(CodeFields.of(
            DocumentKind.LETTER, "1403/ص/125", today_tehran(),
            content_digest("دعوت به نشست هم‌اندیشی انجمن‌ها", ["جناب آقای ..."], SAMPLE_BODY))),
    )  # fmt: skip
    if preprinted:
        return render_preprinted_letter(data, layout)
    return render_letter(data, letterhead(org, layout, logo_path(ctx, org)), layout)


# --- checking a printed code ----------------------------------------------------------

@dataclass(frozen=True)
class CodeVerdict:
    """What ``verify_code`` found. ``digest_matches``, ``registered``, ``cancelled``,
    ``status`` and ``in_force`` are None when no register was compared (no database, a code
    that is not validly signed by this database's key, or a kind no feature keeps)."""

    valid: bool  # signed by the holder of the public key's private key
    reason: Reason
    kind: str | None
    number: str | None
    date: str | None  # Jalali, ASCII digits, as the code says (a card: valid until)
    digest_matches: bool | None  # the register still holds the same content
    registered: bool | None  # the register holds a document with that number
    cancelled: bool | None  # a letter cancelled since
    status: str | None = None  # a membership's status today, in words
    in_force: bool | None = None  # a card: membership active and the printed date not past


def verify_code(text: str, public_key: bytes | None = None,
                ctx: AppContext | None = None) -> CodeVerdict:  # fmt: skip
    """Check a printed code: its signature with ``public_key`` (default: the one ``ctx``'s
    database records) and, when ``ctx`` is given and the code is validly signed by that
    database's key, against the register of the feature that prints its kind (the
    registry's ``CodeRegister``: letters and receipts here, cards and certificates in
    membership).

    Needs no sign-in: whoever holds the paper may ask whether it is genuine. The answer is
    only yes or no for what the paper already shows; a forged code is never looked up, so
    nobody learns about records they do not hold."""
    stored = None
    if ctx is not None:
        with ctx.read() as session:
            stored = signing.stored_public_key(session)
    key = public_key or stored
    if key is None:
        raise SecretariatError("public_key_needed")
    check = check_code(text, key)
    fields = check.fields
    verdict = CodeVerdict(
        valid=check.valid, reason=check.reason, kind=fields.kind if fields else None,
        number=fields.number if fields else None, date=fields.date_text if fields else None,
        digest_matches=None, registered=None, cancelled=None)
    if ctx is None or not check.valid or fields is None or key != stored:
        return verdict
    register = features.REGISTRY.code_register(fields.kind)
    if register is None:
        return verdict
    found: RegisterMatch = features.REGISTRY.resolve(register.function)(ctx, fields)
    return replace(verdict, registered=found.registered, digest_matches=found.digest_matches,
                   cancelled=found.cancelled, status=found.status, in_force=found.in_force)


def letter_register(ctx: AppContext, fields: CodeFields) -> RegisterMatch:
    """A letter's or a receipt's code against the register (the registry's CodeRegister)."""
    try:
        letter = letters.get_letter_by_ref(ctx, SYSTEM_USER, fields.number)
    except NotFound:
        return RegisterMatch(registered=False, digest_matches=False)
    same = (content_digest(letter.subject, letter_parties(letter), letter.body) == fields.digest
            and format_jalali(letter.registered_on, persian=False) == fields.date_text)
    return RegisterMatch(registered=True, digest_matches=same, cancelled=letter.cancelled)


def save_pdf(data: bytes, path: Path) -> Path:
    """Write the PDF atomically (a temporary file, then a rename); returns the path."""
    write_pdf(path, data)
    return path
