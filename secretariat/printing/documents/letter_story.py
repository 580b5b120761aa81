"""The flowing part of a letter, on plain and pre-printed paper alike: recipients, subject,
references, body, signature, رونوشت.

The closing (the signature and the رونوشت list) is kept on one page together with the
last two lines of the body, so no page ever holds the signature or the رونوشت list alone:
when they do not fit under the body, those lines go over with them.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from secretariat.printing.documents.common import fa
from secretariat.printing.documents.data import LetterPrint
from secretariat.printing.fonts import FONT_BOLD, FONT_REGULAR
from secretariat.printing.rtl import RtlParagraph, layout_lines

DRAFT_WATERMARK = "پیش‌نویس"
CANCELLED_WATERMARK = "ابطال‌شده"
DRAFT_LABEL = "پیش‌نویس"  # in place of the number; a draft has no number or date
NO_ATTACHMENT = "ندارد"
BODY_LINES_KEPT = 2  # body lines that go with the signature to its page


def letter_story(letter: LetterPrint, body_size: float, k: float,
                 text_width: float) -> list[Flowable]:  # fmt: skip
    """Recipients, subject, references, body, signature, رونوشت, in reading order."""
    size = body_size * max(k, 0.85)
    lead: list[Flowable] = []
    for recipient in letter.recipients:
        lead.extend(recipient_paragraphs(recipient.name, recipient.post_title,
                                         recipient.organisation, size))  # fmt: skip
    lead.append(Spacer(1, 3 * mm * k))
    lead.append(RtlParagraph(subject_line(letter), FONT_BOLD, size, align="right",
                             space_after=1 * mm * k))  # fmt: skip
    return body_story(letter, size, k, text_width, lead)


def recipient_paragraphs(name: str, post_title: str, organisation: str,
                         size: float) -> list[Flowable]:  # fmt: skip
    """A recipient: the name in bold, then post title and organisation under it."""
    lines: list[Flowable] = [RtlParagraph(name, FONT_BOLD, size, align="right")]
    for extra in (post_title, organisation):
        if extra:
            lines.append(RtlParagraph(extra, FONT_REGULAR, size - 0.5, align="right"))
    return lines


def subject_line(letter: LetterPrint) -> str:
    return f"موضوع: {letter.subject}"


def body_story(letter: LetterPrint, size: float, k: float, text_width: float,
               lead: list[Flowable] | None = None) -> list[Flowable]:  # fmt: skip
    """``lead``, references, body, signature and رونوشت: what flows on plain and pre-printed
    paper. With no body, the closing keeps the subject (the end of ``lead``) with it."""
    story: list[Flowable] = list(lead or [])
    for reference in letter.references:
        story.append(RtlParagraph(fa(reference), FONT_REGULAR, size - 1.5, align="right"))
    story.append(Spacer(1, 4 * mm * k))
    closing = signature_block(letter, size, k, text_width) + cc_block(letter, size, k)
    body = letter.body.strip()
    if body:
        lines = layout_lines(body, FONT_REGULAR, size, text_width)
        cut = max(0, len(lines) - BODY_LINES_KEPT)
        if cut:
            story.append(RtlParagraph.from_lines(lines[:cut], text_width, FONT_REGULAR, size))
        closing.insert(0, RtlParagraph.from_lines(lines[cut:], text_width, FONT_REGULAR, size))
    elif closing:
        closing = [*_last_lines_of(story), *closing]
    if closing:
        story.append(KeepTogether(closing))
    return story


def _last_lines_of(story: list[Flowable]) -> list[Flowable]:
    """Take the text that ends ``story`` (up to the subject) out, to keep it with the closing."""
    taken: list[Flowable] = []
    while story and len([f for f in taken if isinstance(f, RtlParagraph)]) < BODY_LINES_KEPT:
        taken.insert(0, story.pop())
    return taken


def signature_block(letter: LetterPrint, size: float, k: float,
                    text_width: float) -> list[Flowable]:  # fmt: skip
    """Name above post title, centred in a column at the left."""
    if not letter.signatory_name:
        return []
    column = min(75 * mm * k, text_width / 2)
    cells = [[RtlParagraph(letter.signatory_name, FONT_BOLD, size, align="centre")]]
    if letter.signatory_title:
        cells.append([RtlParagraph(letter.signatory_title, FONT_REGULAR, size - 1,
                                   align="centre")])  # fmt: skip
    table = Table(cells, colWidths=[column], hAlign="LEFT")
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT_REGULAR, size),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))  # fmt: skip
    return [Spacer(1, 12 * mm * k), table]


def cc_block(letter: LetterPrint, size: float, k: float) -> list[Flowable]:
    if not letter.cc:
        return []
    cc_size = size - 2
    lines: list[Flowable] = [Spacer(1, 8 * mm * k),
                             RtlParagraph("رونوشت:", FONT_BOLD, cc_size, align="right")]
    for line in letter.cc:
        text = f"- {line.name}" + (f" «{line.purpose}»" if line.purpose else "")
        lines.append(RtlParagraph(text, FONT_REGULAR, cc_size, align="right"))
    return lines


def letter_title(letter: LetterPrint) -> str:
    if letter.number and not letter.draft:
        return f"نامهٔ شماره {fa(letter.number)}"
    return f"پیش‌نویس نامه: {letter.subject}"
