"""Realistic sample data for every document: the gallery, the benchmark and the layout preview.

The text is chosen to exercise what Persian printing gets wrong: joined letters,
ZWNJ (می‌شود), hamza above (نامهٔ), «» and (), Latin words and numbers inside
Persian lines, long subjects that wrap, and a phone number kept left to right.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from secretariat.kernel.paths import resource_path
from secretariat.kernel.signed_codes import (
    CodeFields,
    DocumentKind,
    content_digest,
    unsigned_sample,
)
from secretariat.kernel.text.digits import to_persian_digits
from secretariat.printing.documents.common import party_text, phone_line
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

ORG_NAME = "خانه صنعت، معدن و تجارت استان البرز"
SAMPLE_DAY = date(2024, 5, 4)  # ۱۴۰۳/۰۲/۱۵
PARAGRAPH = to_persian_digits(
    "با سلام و احترام، در پاسخ به نامهٔ شماره 4521/12 مورخ 1403/02/10 آن سازمان به آگاهی "
    "می‌رساند که پیوست نامه (دو برگ) دریافت شد و موضوع «تمدید کارت عضویت واحدهای تولیدی» در "
    "جلسهٔ هیئت‌مدیره مطرح گردید. مقرر شد فهرست واحدهای عضو انجمن‌های تخصصی صنایع همگن همراه "
    "با نسخهٔ PDF صورت‌جلسه تا پایان هفتهٔ جاری برای آن اداره ارسال شود."
)
SUBJECTS = (
    "درخواست صدور کارت عضویت برای واحد تولیدی (نوبت دوم)",
    "دعوت به جلسهٔ هیئت‌مدیرهٔ انجمن صنایع غذایی",
    "ارسال گزارش عملکرد سه‌ماههٔ نخست سال 1403 و پیشنهادهای انجمن دربارهٔ تسهیلات بانکی "
    "واحدهای تولیدی استان البرز و رفع موانع تولید",
    "اعلام نظر دربارهٔ طرح ERP نسخهٔ 2.5",
)
PARTIES = (
    "شرکت صنایع غذایی البرز",
    "سازمان صنعت، معدن و تجارت استان البرز",
    "انجمن صنایع نساجی، پوشاک و چرم استان البرز؛ دفتر مرکزی کرج",
    "اتاق بازرگانی",
)


def sample_verification(number: str, body: str = PARAGRAPH,
                        kind: DocumentKind = DocumentKind.LETTER) -> str:
    """A code-shaped text that is never signed: sample pages must not carry a valid code."""
    digest = content_digest("موضوع", ["گیرنده"], body)
    return unsigned_sample(CodeFields.of(kind, number, SAMPLE_DAY, digest))


def sample_letterhead() -> Letterhead:
    return Letterhead(
        name_lines=(ORG_NAME, "دبیرخانه"),
        logo=resource_path("icons", "secretariat.png"),
        bismillah=True,
        footer_lines=("کرج، بلوار جمهوری، ساختمان خانه صمت — کد پستی ۳۱۵۵۶۷۸۹۱۲",
                      phone_line("026-32123456")),
    )  # fmt: skip


# Long real-world values: a 250-character address, a 200-character subject, two
# recipients with titles and organisations, a phone with an extension.
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


def long_letterhead() -> Letterhead:
    """The sample letterhead with a 250-character address and a phone extension."""
    return Letterhead(
        name_lines=(ORG_NAME, "دبیرخانه"),
        logo=resource_path("icons", "secretariat.png"),
        footer_lines=(LONG_ADDRESS, phone_line("026-32123456 داخلی 214")),
    )


def long_letter(paragraphs: int = 3, **changes: object) -> LetterPrint:
    """A letter with every field at a real-world worst: long subject, two recipients, cc,
    «آنی» urgency, a classification."""
    values: dict[str, object] = {
        "subject": LONG_SUBJECT, "recipients": TWO_RECIPIENTS, "urgency": "آنی",
        "classification": "محرمانه",
    }  # fmt: skip
    values.update(changes)
    return replace(sample_letter(paragraphs), **values)  # type: ignore[arg-type]


def sample_letter(paragraphs: int = 2, number: str | None = "1403/ص/125",
                  **changes: object) -> LetterPrint:  # fmt: skip
    values: dict[str, object] = {
        "kind": "outgoing",
        "number": number,
        "registered_on": SAMPLE_DAY,
        "subject": "تمدید کارت عضویت واحدهای تولیدی (نوبت دوم)",
        "body": "\n".join([PARAGRAPH] * paragraphs),
        "recipients": (Addressee("جناب آقای دکتر محمد رضایی",
                                 "مدیرکل محترم صنعت، معدن و تجارت استان البرز"),),
        "signatory_name": "مریم احمدی",
        "signatory_title": "رئیس خانه صنعت، معدن و تجارت استان البرز",
        "cc": (CcLine("سازمان صنعت، معدن و تجارت استان البرز", "جهت اطلاع"),
               CcLine("انجمن صنایع غذایی", "جهت اقدام")),
        "attachments": "۲ مورد",
        "references": ("عطف به نامهٔ شماره ۴۵۲۱/۱۲ مورخ ۱۴۰۳/۰۲/۱۰",),
        "verification": sample_verification(number) if number else None,
    }  # fmt: skip
    values.update(changes)
    return LetterPrint(**values)  # type: ignore[arg-type]


def sample_register(rows: int, kind: str = "", limited: bool = False) -> RegisterPrint:
    items = tuple(
        RegisterRow(
            number=f"1403/و/{i}",
            registered_on=date(2024, 3, 20) + timedelta(days=i // 40),
            kind="وارده",
            party=PARTIES[i % 4] + (f" {i % 97}" if i % 3 == 0 else ""),
            subject=f"{SUBJECTS[i % 4]} شماره {i}",
            attachments="دارد" if i % 5 == 0 else "",
            status="ثبت‌شده",
            cancelled=i % 50 == 7,
            classification="محرمانه" if i % 6 == 2 else "",
            sender_number=f"{4500 + i}/{i % 12 + 1}" if i % 4 != 3 else "",
            sender_date=date(2024, 3, 18) + timedelta(days=i // 40) if i % 4 != 3 else None,
        )
        for i in range(1, rows + 1)
    )
    return RegisterPrint(ORG_NAME, date(2024, 3, 20), date(2025, 3, 20), kind,
                         datetime(2024, 5, 4, 6, 30, tzinfo=UTC), items,
                         limited_to_clearance=limited)  # fmt: skip


def sample_mixed_register(rows: int) -> RegisterPrint:
    """Every kind of letter: incoming (with the sender's number), outgoing, internal."""
    register = sample_register(rows, limited=True)
    kinds = ("وارده", "صادره", "داخلی")
    items = []
    for index, row in enumerate(register.rows):
        kind = kinds[index % 3]
        if kind == "وارده":
            items.append(row)
        elif kind == "صادره":
            items.append(replace(row, kind=kind, number=row.number.replace("و", "ص"),
                                 sender_number="", sender_date=None))  # fmt: skip
        else:
            items.append(replace(row, kind=kind, number=row.number.replace("و", "د"),
                                 party=party_text("معاونت اداری و مالی", "دبیرخانه"),
                                 sender_number="", sender_date=None))  # fmt: skip
    return replace(register, rows=tuple(items))


def sample_receipt() -> ReceiptPrint:
    return ReceiptPrint(
        org_name=ORG_NAME, number="1403/و/87", registered_on=SAMPLE_DAY,
        registered_at=datetime(2024, 5, 4, 7, 5, tzinfo=UTC),
        sender="شرکت صنایع غذایی البرز (سهامی خاص)",
        subject=to_persian_digits("درخواست صدور کارت عضویت برای واحد تولیدی شماره 12 (نوبت دوم)"),
        sender_number="4521/12", sender_date=date(2024, 4, 29), attachments="۲ مورد",
        clerk="علی رضایی", verification=sample_verification("1403/و/87", kind=DocumentKind.RECEIPT),
    )  # fmt: skip


def sample_envelope() -> EnvelopePrint:
    return EnvelopePrint(
        sender_lines=(ORG_NAME, "کرج، بلوار جمهوری، ساختمان خانه صمت"),
        sender_postal_code="3155678912",
        recipient_name="جناب آقای دکتر محمد رضایی",
        recipient_lines=("مدیرکل محترم صنعت، معدن و تجارت استان البرز",
                         to_persian_digits("کرج، میدان استاندارد، بلوار شهید بهشتی، پلاک 12")),
        recipient_postal_code="3153713891",
        number="1403/ص/125",
        classification="محرمانه",
    )  # fmt: skip
