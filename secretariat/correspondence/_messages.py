"""Persian sentences for the register's error codes, and its field names (declared in the
registry; loaded on first use)."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "unknown_field": "این خانه شناخته نیست.",
    "date_in_future": "تاریخ نمی‌تواند پس از امروز باشد.",
    "sender_date_after_registration": "تاریخ نامهٔ فرستنده نمی‌تواند پس از تاریخ ثبت باشد.",
    "date_before_registration": "این تاریخ نمی‌تواند پیش از تاریخ ثبت نامه باشد.",
    "field_not_for_kind": "این خانه برای نامهٔ {kind} به کار نمی‌رود.",
    "letter_not_found": "نامهٔ «{ref}» پیدا نشد.",
    "invalid_number_format": "قالب شماره «{format}» درست نیست ({detail}).",
    "number_taken": (
        "شماره «{number}» پیش‌تر به نامهٔ دیگری داده شده است؛"
        " قالب شماره یا کد دبیرخانه را در تنظیمات بررسی کنید."
    ),
    "duplicate_letter": (
        "نامه‌ای از همین فرستنده با همین شماره و تاریخ پیش‌تر با شمارهٔ ثبت «{number}» ثبت شده است."
    ),
    "number_repeated_in_import": "شماره «{number}» در همین پرونده پیش‌تر (ردیف {row}) آمده است.",
    "legacy_number_taken": "شماره «{number}» پیش‌تر در دفتر ثبت شده است؛ این نامه وارد نشد.",
    "legacy_not_draft": "نامهٔ دفتر پیشین شماره دارد و پیش‌نویس نیست.",
    "letter_cancelled": "نامهٔ «{number}» ابطال شده است و دیگر تغییر نمی‌کند.",
    "sign_for_other": (
        "امضاکنندهٔ این نامه «{name}» است: تنها خود او، یا مدیری به جای او، آن را امضا می‌کند."
    ),
    "signatory_chosen": "امضاکنندهٔ این نامه «{name}» است و در امضا عوض نمی‌شود.",
    "signatory_inactive": "امضاکنندهٔ این نامه، «{name}»، غیرفعال است؛ نخست امضاکننده را عوض کنید.",
    "not_a_draft": "این نامه پیش‌نویس نیست؛ پیش‌تر امضا و شماره شده است.",
    "draft_only_outgoing": "تنها نامهٔ صادره پیش از امضا پیش‌نویس می‌ماند.",
    "status_transition": "وضعیت نامه از «{current}» به «{target}» نمی‌رود.",
    "registered_on_locked": (
        "تاریخ ثبت نامهٔ شماره‌دار تغییر نمی‌کند، چون شماره به سال آن بسته است."
    ),
    "kind_locked": "نوع نامهٔ ثبت‌شده تغییر نمی‌کند.",
    "link_to_self": "نامه نمی‌تواند به خودش پیوند داشته باشد.",
    "link_to_draft": "نامهٔ «{ref}» هنوز پیش‌نویس است و شماره ندارد.",
    "recipient_lacks_clearance": "کاربر «{username}» اجازهٔ دیدن نامهٔ «{level}» را ندارد.",
    "referral_not_found": "ارجاع پیدا نشد.",
    "referral_closed": "این ارجاع بسته شده است.",
    "not_your_referral": "این ارجاع به شما نیست.",
    "user_inactive": "کاربر «{username}» غیرفعال است.",
    "due_in_past": "مهلت نمی‌تواند پیش از امروز باشد.",
    "attachment_exists": "پروندهٔ «{name}» پیش‌تر به این نامه پیوست شده است.",
    "attachment_not_found": "پیوست پیدا نشد.",
    "attachment_file_missing": "پروندهٔ پیوست «{name}» در پوشهٔ داده‌ها نیست یا آسیب دیده است.",
    "invalid_json": "ورودی JSON درست نیست: {detail}",
    "empty_query": "عبارت جستجو خالی است.",
    "invalid_limit": "شمار ردیف‌ها باید میان ۱ و {max} باشد.",
    "date_range_reversed": "«از تاریخ» پس از «تا تاریخ» است.",
    "too_many_phrases": "بیش از {max} عبارت آماده نگه داشته نمی‌شود.",
    "invalid_due_days": "شمار روزهای مهلت باید میان ۰ و {max} باشد.",
}

FIELD_NAMES: dict[str, str] = {
    "number": "شمارهٔ ثبت",
    "kind": "نوع نامه",
    "subject": "موضوع",
    "summary": "خلاصه",
    "body": "متن",
    "registered_on": "تاریخ ثبت",
    "sender": "فرستنده",
    "recipient": "گیرنده",
    "recipients": "گیرنده",
    "cc": "رونوشت",
    "sender_number": "شمارهٔ نامهٔ فرستنده",
    "sender_date": "تاریخ نامهٔ فرستنده",
    "urgency": "فوریت",
    "classification": "طبقه‌بندی",
    "keywords": "کلیدواژه‌ها",
    "signatory": "امضاکننده",
    "signed_on": "تاریخ امضا",
    "dispatch_method": "شیوهٔ ارسال",
    "dispatch_date": "تاریخ ارسال",
    "postal_tracking_code": "کد رهگیری پستی",
    "reply_expected_by": "مهلت پاسخ",
    "from_unit": "از واحد",
    "to_unit": "به واحد",
    "reply_to": "عطف / بازگشت",
    "follows": "پیرو",
    "status": "وضعیت",
    "archive_code": "کد بایگانی",
    "reason": "علت ابطال",
    "to": "گیرندهٔ ارجاع",
    "instruction": "هامش ارجاع",
    "due_on": "مهلت",
    "note": "پاسخ گیرنده",
    "file": "پرونده",
    "name": "نام",
    "post_title": "سمت",
    "organisation": "سازمان",
    "email": "رایانامه",
    "address": "نشانی",
    "purpose": "منظور",
    "json": "ورودی",
    "query": "عبارت جستجو",
    "limit": "شمار ردیف‌ها",
    "date_from": "از تاریخ",
    "date_to": "تا تاریخ",
    "contact": "مخاطب",
    "draft": "پیش‌نویس",
    "ref": "نامه",
    "referral_kind": "نوع ارجاع",
    "priority": "اولویت",
    "phrases": "عبارت‌های آمادهٔ هامش",
    "due_days": "روزهای مهلت ارجاع",
}

# What `secretariat check` reports about the register.
PROBLEMS: dict[str, str] = {
    "attachment_missing": "پروندهٔ پیوست {id} («{name}») نامهٔ {letter} در پوشهٔ داده‌ها نیست",
    "attachment_corrupt": "پروندهٔ پیوست {id} («{name}») نامهٔ {letter} تغییر کرده یا آسیب دیده است",
}
