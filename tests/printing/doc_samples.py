"""Sample document data shared by the document tests (no database)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from secretariat.kernel.paths import resource_path
from secretariat.kernel.signed_codes import (
    CodeFields,
    DocumentKind,
    content_digest,
    unsigned_sample,
)
from secretariat.kernel.text.digits import to_persian_digits
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
from secretariat.printing.rtl import ltr_isolate

ORG = "خانه صنعت، معدن و تجارت استان البرز"
NUMBER = "1403/ص/125"
DAY = date(2024, 5, 4)  # 1403/02/15
DAY_FA = "۱۴۰۳/۰۲/۱۵"
FIRST_WORDS = ("نخستین", "واژه‌های")
LAST_WORDS = ("واپسین", "واژه‌ها")
PARAGRAPH = (
    "در پاسخ به نامهٔ شماره 4521/12 مورخ 1403/02/10 آن سازمان به آگاهی می‌رساند که پیوست "
    "نامه (دو برگ) دریافت شد و موضوع «تمدید کارت عضویت واحدهای تولیدی» در جلسهٔ هیئت‌مدیره "
    "مطرح گردید و نسخهٔ PDF صورت‌جلسه تا پایان هفته ارسال می‌شود."
)


def body(paragraphs: int = 1) -> str:
    middle = "\n".join([PARAGRAPH] * paragraphs)
    return to_persian_digits(f"{' '.join(FIRST_WORDS)} نامه. {middle} {' '.join(LAST_WORDS)}")


def letterhead(logo: bool = True) -> Letterhead:
    return Letterhead(
        name_lines=(ORG, "دبیرخانه"),
        logo=resource_path("icons", "secretariat.png") if logo else None,
        bismillah=True,
        footer_lines=("کرج، بلوار جمهوری — کد پستی ۳۱۵۵۶۷۸۹۱۲",
                      "تلفن: " + ltr_isolate("۰۲۶-۳۲۱۲۳۴۵۶")),
    )


def verification(number: str = NUMBER, kind: DocumentKind = DocumentKind.LETTER) -> str:
    """Shaped like a real code, never signed (renderers draw whatever text they get)."""
    return unsigned_sample(CodeFields.of(kind, number, DAY, content_digest("موضوع", ["گیرنده"],
                                                                            body())))


def letter(paragraphs: int = 1, **changes: object) -> LetterPrint:
    values: dict[str, object] = {
        "kind": "outgoing",
        "number": NUMBER,
        "registered_on": DAY,
        "subject": "تمدید کارت عضویت (نوبت دوم)",
        "body": body(paragraphs),
        "recipients": (Addressee("جناب آقای دکتر محمد رضایی", "مدیرکل محترم صنعت، معدن و تجارت"),),
        "signatory_name": "مریم احمدی",
        "signatory_title": "رئیس دبیرخانه",
        "cc": (CcLine("انجمن صنایع غذایی", "جهت اطلاع"),),
        "attachments": "۲ مورد",
        "references": ("عطف به نامهٔ شماره ۴۵۲۱/۱۲ مورخ ۱۴۰۳/۰۲/۱۰",),
        "verification": verification(),
    }
    values.update(changes)
    return LetterPrint(**values)  # type: ignore[arg-type]


def register(rows: int, cancelled_every: int = 7, kind: str = "") -> RegisterPrint:
    subjects = ("درخواست صدور کارت عضویت (نوبت دوم)", "دعوت به جلسهٔ هیئت‌مدیره",
                "گزارش عملکرد سه‌ماههٔ نخست سال 1403 و پیشنهادهای انجمن دربارهٔ تسهیلات "
                "بانکی واحدهای تولیدی استان و رفع موانع تولید")
    items = tuple(
        RegisterRow(
            number=f"1403/و/{i}",
            registered_on=date(2024, 3, 20) + timedelta(days=i // 30),
            kind="وارده",
            party="شرکت صنایع غذایی البرز" if i % 2 else "سازمان صنعت، معدن و تجارت",
            subject=f"{subjects[i % 3]} {i}",
            attachments="دارد" if i % 4 == 0 else "",
            status="ثبت‌شده",
            cancelled=i % cancelled_every == 0,
        )
        for i in range(1, rows + 1)
    )
    return RegisterPrint(ORG, date(2024, 3, 20), date(2025, 3, 20), kind,
                         datetime(2024, 5, 4, 6, 30, tzinfo=UTC), items)


def receipt(**changes: object) -> ReceiptPrint:
    values: dict[str, object] = {
        "org_name": ORG, "number": "1403/و/87", "registered_on": DAY,
        "registered_at": datetime(2024, 5, 4, 7, 5, tzinfo=UTC),
        "sender": "شرکت صنایع غذایی البرز", "subject": "درخواست صدور کارت عضویت",
        "sender_number": "4521/12", "sender_date": date(2024, 4, 29), "attachments": "ندارد",
        "clerk": "علی رضایی", "verification": verification("1403/و/87", DocumentKind.RECEIPT),
    }
    values.update(changes)
    return ReceiptPrint(**values)  # type: ignore[arg-type]


def envelope(postal_code: str = "3153713891") -> EnvelopePrint:
    return EnvelopePrint(
        sender_lines=(ORG, "کرج، بلوار جمهوری"),
        sender_postal_code="3155678912",
        recipient_name="جناب آقای دکتر محمد رضایی",
        recipient_lines=("مدیرکل محترم صنعت، معدن و تجارت", "کرج، میدان استاندارد، پلاک ۱۲"),
        recipient_postal_code=postal_code,
        number=NUMBER,
    )


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


# Long real-world values (issue 11): a 250-character address, a 200-character subject,
# two recipients with post titles and organisations.
LONG_ADDRESS = (
    "کرج، بلوار جمهوری اسلامی، نبش خیابان شهید بهشتی، ساختمان خانهٔ صنعت، معدن و تجارت "
    "استان البرز، طبقهٔ چهارم، واحد ۴۱۲، روبه‌روی پارک ایرانیان، کوچهٔ گلستان یکم، پلاک ۲۷، "
    "صندوق پستی ۳۱۵۸۵-۱۸۸۸، ساختمان اداری شمارهٔ دو، ورودی غربی، — کد پستی: ۳۱۵۵۶۷۸۹۱۲"
)
LONG_SUBJECT = (
    "درخواست بررسی و اعلام نظر کارشناسی دربارهٔ تمدید مجوز بهره‌برداری واحدهای تولیدی عضو "
    "انجمن صنایع غذایی استان البرز و رفع موانع تأمین مواد اولیهٔ وارداتی از طریق سامانهٔ "
    "جامع تجارت (نوبت دوم) پیرو مکاتبات پیشین"
)
TWO_RECIPIENTS = (
    Addressee("جناب آقای دکتر محمد رضایی", "مدیرکل محترم صنعت، معدن و تجارت استان البرز",
              "سازمان صنعت، معدن و تجارت استان البرز"),
    Addressee("سرکار خانم مهندس فاطمه کریمی", "معاون محترم توسعهٔ مدیریت و منابع",
              "اتاق بازرگانی، صنایع، معادن و کشاورزی کرج"),
)
CC_TWO = (CcLine("سازمان صنعت، معدن و تجارت استان البرز", "جهت اطلاع"),
          CcLine("انجمن صنایع غذایی استان البرز", "جهت اقدام"))
