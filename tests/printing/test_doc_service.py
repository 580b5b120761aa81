"""The printing services on a real database: confidentiality, registers, envelopes, verification."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from secretariat.contacts import api as contacts
from secretariat.contacts.api import ContactInput
from secretariat.correspondence import api as letters
from secretariat.correspondence.api import LetterInput, PartyInput
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import NotFound, PermissionDenied, ValidationError
from secretariat.kernel.jalali import format_jalali, today_tehran
from secretariat.kernel.org_settings import update_org_settings
from secretariat.kernel.text.digits import to_persian_digits
from secretariat.printing import api as printing
from secretariat.printing.api import PrintLayout, get_print_layout, update_print_layout
from secretariat.printing.rtl import visual_line
from tests.conftest import MakeUser
from tests.printing.pdf_inspect import drawn_lines, pdftotext_layout, plain, words


def _pdf(tmp_path: Path, data: bytes, name: str = "out.pdf") -> Path:
    return printing.save_pdf(data, tmp_path / name)


def _drawn(pdf: Path, page: int = 0) -> str:
    return plain(" ".join(drawn_lines(pdf, page)))


@pytest.fixture
def outgoing(ctx: AppContext, admin: CurrentUser) -> int:
    saved = contacts.add_contact(ctx, admin, ContactInput(
        name="سازمان صنعت، معدن و تجارت استان البرز", address="کرج، میدان استاندارد",
        postal_code="3153713891"))  # fmt: skip
    detail = letters.register_letter(ctx, admin, LetterInput(
        kind="outgoing", subject="دعوت به جلسه", body="نخستین واژه‌ها\nواپسین واژه‌ها",
        recipients=(PartyInput(contact_id=saved.contact.id),),
        cc=(PartyInput(name="انجمن صنایع غذایی", purpose="action"),),
        signatory="admin"))  # fmt: skip
    return detail.id


@pytest.fixture
def secret_letter(ctx: AppContext, admin: CurrentUser) -> str:
    detail = letters.register_letter(ctx, admin, LetterInput(
        kind="incoming", subject="موضوع خیلی محرمانه", sender=PartyInput(name="فرستنده"),
        classification="secret"))  # fmt: skip
    assert detail.number is not None
    return detail.number


def test_letter_pdf_carries_number_date_and_verification(
    ctx: AppContext, admin: CurrentUser, outgoing: int, tmp_path: Path
) -> None:
    detail = letters.get_letter(ctx, admin, outgoing)
    pdf = _pdf(tmp_path, printing.letter_pdf(ctx, admin, outgoing))
    drawn = _drawn(pdf)
    assert detail.number is not None
    assert plain(visual_line(to_persian_digits(detail.number))) in drawn
    assert format_jalali(detail.registered_on) in drawn
    assert plain(visual_line("«جهت اقدام»")) in drawn
    assert plain(visual_line("مدیر سامانه")) in drawn  # the signatory's full name
    (code,) = printing.codes_in_file(pdf)
    result = printing.verify_code(code, ctx=ctx)
    assert result.valid and result.registered and result.digest_matches
    assert (result.number, result.kind, result.cancelled) == (detail.number, "L", False)


def test_the_same_letter_by_number_and_on_preprinted_paper(
    ctx: AppContext, admin: CurrentUser, outgoing: int, tmp_path: Path
) -> None:
    number = letters.get_letter(ctx, admin, outgoing).number
    assert number is not None
    pdf = _pdf(tmp_path, printing.letter_pdf(ctx, admin, to_persian_digits(number), True))
    drawn = _drawn(pdf)
    assert plain(visual_line("بسمه تعالی")) not in drawn  # fields only
    assert plain(visual_line(to_persian_digits(number))) in drawn


def test_invisible_letter_is_not_found(
    ctx: AppContext, secret_letter: str, make_user: MakeUser
) -> None:
    clerk = make_user("clerk1", "clerk", "normal")
    renders: list[Callable[[], bytes]] = [
        lambda: printing.letter_pdf(ctx, clerk, secret_letter),
        lambda: printing.receipt_pdf(ctx, clerk, secret_letter),
        lambda: printing.envelope_pdf(ctx, clerk, secret_letter),
    ]
    for render in renders:
        with pytest.raises(NotFound):
            render()


def test_register_lists_only_what_the_user_may_see(
    ctx: AppContext, admin: CurrentUser, outgoing: int, secret_letter: str,
    make_user: MakeUser, tmp_path: Path,
) -> None:
    today = today_tehran()
    clerk = make_user("clerk2", "clerk", "normal")
    admin_rows = printing.register_rows(ctx, admin, date(2000, 1, 1), today)
    clerk_rows = printing.register_rows(ctx, clerk, date(2000, 1, 1), today)
    assert len(admin_rows) == 2 and len(clerk_rows) == 1
    seen: list[tuple[int, int]] = []
    data = printing.register_pdf(ctx, clerk, date(2000, 1, 1), today, None,
                                 lambda done, total: seen.append((done, total)))  # fmt: skip
    pdf = _pdf(tmp_path, data)
    assert plain(visual_line(to_persian_digits(secret_letter))) not in _drawn(pdf)
    assert seen and seen[-1][0] == seen[-1][1]
    incoming_only = printing.register_rows(ctx, admin, date(2000, 1, 1), today, "incoming")
    assert [r.number for r in incoming_only] == [secret_letter]


def test_register_refuses_a_reversed_range(ctx: AppContext, admin: CurrentUser) -> None:
    with pytest.raises(ValidationError) as err:
        printing.register_pdf(ctx, admin, date(2024, 5, 2), date(2024, 5, 1))
    assert err.value.code == "date_range_reversed"


def test_cancelled_letter_marked_in_register(
    ctx: AppContext, admin: CurrentUser, outgoing: int, tmp_path: Path
) -> None:
    letters.cancel_letter(ctx, admin, outgoing, "اشتباه در ثبت")
    pdf = _pdf(tmp_path, printing.register_pdf(ctx, admin, date(2000, 1, 1), today_tehran()))
    assert plain(visual_line("ابطال‌شده")) in _drawn(pdf)
    letter_pdf = _pdf(tmp_path, printing.letter_pdf(ctx, admin, outgoing), "letter.pdf")
    assert plain(visual_line("ابطال‌شده")) in _drawn(letter_pdf)


def test_envelope_uses_the_contact_address_and_postal_code(
    ctx: AppContext, admin: CurrentUser, outgoing: int, tmp_path: Path
) -> None:
    pdf = _pdf(tmp_path, printing.envelope_pdf(ctx, admin, outgoing, "C5"))
    drawn = _drawn(pdf)
    assert plain(visual_line("کرج، میدان استاندارد")) in drawn
    assert all(plain(d) in drawn for d in "۳۱۵۳۷۱۳۸۹۱")


def test_receipt_only_for_incoming(
    ctx: AppContext, admin: CurrentUser, outgoing: int, secret_letter: str, tmp_path: Path
) -> None:
    with pytest.raises(ValidationError) as err:
        printing.receipt_pdf(ctx, admin, outgoing)
    assert err.value.code == "receipt_incoming_only"
    pdf = _pdf(tmp_path, printing.receipt_pdf(ctx, admin, secret_letter, "roll80"))
    assert plain(visual_line("خیلی محرمانه")) in _drawn(pdf)
    assert "رسید" in words(pdftotext_layout(pdf))


def test_verification_detects_a_changed_letter(
    ctx: AppContext, admin: CurrentUser, outgoing: int, tmp_path: Path
) -> None:
    (code,) = printing.codes_in_file(_pdf(tmp_path, printing.letter_pdf(ctx, admin, outgoing)))
    detail = letters.get_letter(ctx, admin, outgoing)
    letters.update_letter(ctx, admin, outgoing, LetterInput(
        kind="outgoing", subject="موضوع دیگر", body=detail.body,
        registered_on=detail.registered_on,
        recipients=tuple(PartyInput(contact_id=p.contact_id) for p in detail.recipients),
        signatory="admin"))  # fmt: skip
    changed = printing.verify_code(code, ctx=ctx)
    assert changed.valid and changed.registered and changed.digest_matches is False
    assert not printing.verify_code("not ours", ctx=ctx).valid


def test_layout_is_stored_and_checked(ctx: AppContext, admin: CurrentUser, make_user: MakeUser) -> None:
    assert get_print_layout(ctx) == PrintLayout()
    saved = update_print_layout(ctx, admin, PrintLayout(
        bismillah=False, postal_code="۳۱۵۵۶۷۸۹۱۲", name_lines=("خانه صمت", " ", "البرز")))
    assert saved.postal_code == "3155678912" and saved.name_lines == ("خانه صمت", "البرز")
    assert get_print_layout(ctx) == saved
    with pytest.raises(ValidationError) as err:
        update_print_layout(ctx, admin, PrintLayout(margin_top_mm=90))
    assert err.value.field == "margin_top_mm" and err.value.code == "out_of_range"
    with pytest.raises(ValidationError):
        update_print_layout(ctx, admin, PrintLayout(postal_code="123"))
    with pytest.raises(ValidationError) as err:  # the text rules hold for the letterhead too
        update_print_layout(ctx, admin, PrintLayout(name_lines=("خانه \u202eصمت",)))
    assert (err.value.field, err.value.code) == ("name_lines", "direction_character")
    clerk = make_user("clerk3", "clerk")
    with pytest.raises(PermissionDenied):
        update_print_layout(ctx, clerk, PrintLayout())
    assert get_print_layout(ctx) == saved


def test_letterhead_follows_the_settings(
    ctx: AppContext, admin: CurrentUser, outgoing: int, tmp_path: Path
) -> None:
    update_org_settings(ctx, admin, address="کرج، بلوار جمهوری", phone="026-32123456")
    update_print_layout(ctx, admin, PrintLayout(name_lines=("سربرگ آزمایشی",), bismillah=False))
    pdf = _pdf(tmp_path, printing.letter_pdf(ctx, admin, outgoing))
    drawn = _drawn(pdf)
    assert plain(visual_line("سربرگ آزمایشی")) in drawn
    assert plain(visual_line("بسمه تعالی")) not in drawn
    assert "۰۲۶-۳۲۱۲۳۴۵۶" in drawn  # kept in one left-to-right piece
    sample = _pdf(tmp_path, printing.sample_letter_pdf(ctx, get_print_layout(ctx)), "s.pdf")
    assert len(PdfReader(sample).pages) == 1
    calibration = _pdf(tmp_path, printing.calibration_pdf(ctx), "c.pdf")
    assert len(PdfReader(calibration).pages) == 1
