"""Pre-printed paper with real-world field lengths (issue 11): every field flows below the
ones it would overlap, so no text is printed over text; later pages start at the top
margin and say which letter and page they are."""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from secretariat.printing.documents.common import fa, page_of
from secretariat.printing.documents.data import Addressee
from secretariat.printing.documents.preprinted import render_preprinted_letter
from secretariat.printing.layout_settings import PrintLayout
from secretariat.printing.rtl import visual_line
from tests.printing import doc_samples as s
from tests.printing.pdf_inspect import WordBox, pdftotext_pages, pdftotext_words, plain, words

LAYOUT = PrintLayout()
LONG_RECIPIENT = Addressee(
    "جناب آقای دکتر سید محمدحسین رضایی‌نژاد اصفهانی، مدیرکل محترم دفتر توسعهٔ صادرات و "
    "سرمایه‌گذاری سازمان صنعت، معدن و تجارت استان البرز و رئیس کارگروه تسهیل تجارت استان",
    "معاون محترم امور بازرگانی", "سازمان صنعت، معدن و تجارت استان البرز",
)  # fmt: skip


def _overlapping(found: list[WordBox]) -> list[tuple[str, str]]:
    return [(a.text, b.text) for a, b in combinations(found, 2)
            if a.page == b.page and a.overlaps(b)]  # fmt: skip


@pytest.mark.parametrize("recipients", [s.TWO_RECIPIENTS, (LONG_RECIPIENT, *s.TWO_RECIPIENTS)],
                         ids=["two", "long-and-two"])  # fmt: skip
@pytest.mark.parametrize("classification", ["", "محرمانه"])
def test_long_fields_never_print_over_each_other(
    tmp_path: Path, recipients: tuple[Addressee, ...], classification: str
) -> None:
    letter = s.letter(paragraphs=6, subject=s.LONG_SUBJECT, recipients=recipients,
                      cc=s.CC_TWO, urgency="آنی", classification=classification)  # fmt: skip
    assert len(s.LONG_SUBJECT) >= 200
    pdf = s.write(tmp_path / "pre.pdf", render_preprinted_letter(letter, LAYOUT))
    found = pdftotext_words(pdf)
    assert len(PdfReader(pdf).pages) >= 2
    assert _overlapping(found) == []
    text = " ".join(pdftotext_pages(pdf))
    for word in ("آنی", "رونوشت", "رضایی", "کریمی", "پیشین"):
        assert word in words(text), word


def test_urgency_goes_under_the_attachments_and_a_long_recipient_under_both(
    tmp_path: Path,
) -> None:
    letter = s.letter(recipients=(LONG_RECIPIENT,), urgency="آنی")
    pdf = s.write(tmp_path / "pre.pdf", render_preprinted_letter(letter, LAYOUT))
    found = [w for w in pdftotext_words(pdf) if w.page == 0]
    urgency = next(w for w in found if plain(w.text) == plain(visual_line("آنی")))
    attachments = next(w for w in found if plain(w.text) == plain(visual_line("مورد")))
    name = next(w for w in found if plain(w.text) == plain(visual_line("جناب")))
    subject = next(w for w in found if plain(w.text) == plain(visual_line("موضوع:")))
    assert urgency.y0 >= attachments.y1
    assert name.y0 >= urgency.y1  # the recipient's lines reach the left column: below it
    assert subject.y0 > name.y1


def test_later_pages_start_at_the_top_with_number_date_and_page(tmp_path: Path) -> None:
    letter = s.letter(paragraphs=14, subject=s.LONG_SUBJECT, recipients=s.TWO_RECIPIENTS)
    pdf = s.write(tmp_path / "pre.pdf", render_preprinted_letter(letter, LAYOUT))
    pages = pdftotext_pages(pdf)
    assert len(pages) >= 3
    found = pdftotext_words(pdf)
    for number, page in enumerate(pages[1:], start=2):
        assert "۱۴۰۳/۰۲/۱۵" in page  # the date
        assert {"ادامهٔ", "نامهٔ", "شماره"} <= set(words(page))
        on_page = {plain(w.text) for w in found if w.page == number - 1}
        assert plain(visual_line(fa("1403/ص/125"))) in on_page  # the number
        page_number = page_of(number, len(pages))
        assert {plain(visual_line(word)) for word in page_number.split()} <= on_page
    top_margin = LAYOUT.margin_top_mm * mm
    second = [w for w in pdftotext_words(pdf) if w.page == 1]
    body_top = min(w.y0 for w in second if plain(w.text) in {
        plain(visual_line(word)) for word in s.PARAGRAPH.split()})  # fmt: skip
    heading = min(w.y0 for w in second)
    assert top_margin <= heading < top_margin + 10 * mm
    assert body_top < top_margin + 25 * mm  # not 92 mm down as on the first page


def test_draft_on_preprinted_paper_has_no_number_or_date(tmp_path: Path) -> None:
    draft = s.letter(number=None, draft=True, verification=None, paragraphs=12)
    pdf = s.write(tmp_path / "draft.pdf", render_preprinted_letter(draft, LAYOUT))
    pages = pdftotext_pages(pdf)
    assert len(pages) >= 2
    for page in pages:
        assert s.DAY_FA not in page
        assert "پیش‌نویس" in words(page)


def test_fields_stay_at_their_calibrated_places_when_nothing_pushes_them(
    tmp_path: Path,
) -> None:
    pdf = s.write(tmp_path / "pre.pdf", render_preprinted_letter(s.letter(), LAYOUT))
    found = [w for w in pdftotext_words(pdf) if w.page == 0]
    fields = LAYOUT.preprinted_fields
    name = next(w for w in found if plain(w.text) == plain(visual_line("جناب")))
    date = next(w for w in found if plain(w.text) == s.DAY_FA)
    for word, box in ((name, fields.recipient), (date, fields.date)):
        assert box.y_mm * mm <= word.y0 < box.y_mm * mm + 4 * mm
