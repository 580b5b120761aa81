"""Persian sentences for printing's error codes and its settings' field names (declared in
the registry; loaded on first use)."""

from __future__ import annotations

from secretariat.printing.layout_settings import PREPRINTED_FIELD_LABELS

MESSAGES: dict[str, str] = {
    "out_of_range": "باید میان {min} و {max} باشد.",
    "too_many_lines": "بیش از {max} سطر نمی‌شود.",
    "margins_too_wide": "حاشیه‌های چپ و راست روی هم از نیمی از پهنای کاغذ بیشترند.",
    "invalid_choice": "مقدار «{value}» پذیرفته نیست؛ یکی از این‌ها را بنویسید: {allowed}",
    "too_long": "نباید بیش از {max} نویسه باشد.",
    "incoming_letter_on_letterhead": (
        "{shown} نامهٔ وارده است و نامهٔ فرستنده روی سربرگ این دبیرخانه چاپ نمی‌شود."
        " برای آن رسید چاپ کنید (در برنامه «چاپ ← رسید»؛ در خط فرمان"
        " «secretariat print receipt {number}»)."
    ),
    "receipt_incoming_only": "رسید تنها برای نامهٔ وارده چاپ می‌شود.",
    "draft_not_printable_here": "پیش‌نویس هنوز شماره ندارد؛ این برگه برای آن چاپ نمی‌شود.",
    "no_envelope_address": "این نامه گیرنده‌ای برای پاکت ندارد.",
    "no_code_found": "در «{name}» رمزینه‌ای (QR) پیدا نشد؛ تصویر روشن‌تر یا با وضوح بیشتری بدهید.",
    "not_pdf_or_image": "«{name}» نه PDF است نه تصویر (PNG یا JPG).",
}

FIELD_NAMES: dict[str, str] = {
    "file": "پرونده",
    "name_lines": "سطرهای نام سربرگ",
    "margin_top_mm": "حاشیهٔ بالا",
    "margin_bottom_mm": "حاشیهٔ پایین",
    "margin_right_mm": "حاشیهٔ راست",
    "margin_left_mm": "حاشیهٔ چپ",
    "body_font_size": "اندازهٔ قلم متن",
    "receipt_size": "اندازهٔ رسید",
    "envelope_size": "اندازهٔ پاکت",
    **{
        f"preprinted_fields.{name}.{part}": f"{label} ({part_label})"
        for name, label in PREPRINTED_FIELD_LABELS.items()
        for part, part_label in (("x_mm", "فاصله از چپ"), ("y_mm", "فاصله از بالا"),
                                 ("width_mm", "پهنا"), ("height_mm", "بلندی"))
    },
}
