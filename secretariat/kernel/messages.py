"""Persian sentences for error codes, shared by the CLI and the GUI.

Services raise codes; this is the one place that turns them into words. The kernel's own
codes are here; each feature keeps its codes in its own catalogue module (``MESSAGES`` and
``FIELD_NAMES`` dicts) named in the registry, loaded the first time a sentence is needed.
"""

from __future__ import annotations

import os
from functools import cache
from typing import Any, Protocol

from secretariat import features
from secretariat.kernel.text.chars import printable
from secretariat.kernel.text.digits import to_persian_digits


class Describable(Protocol):
    """What ``describe`` needs of an error (``SecretariatError`` has it; not imported here,
    because the errors module imports this one)."""

    code: str
    params: dict[str, Any]

FIELD_NAMES: dict[str, str] = {
    "username": "نام کاربری",
    "password": "گذرواژه",
    "new_password": "گذرواژهٔ تازه",
    "old_password": "گذرواژهٔ کنونی",
    "repeat_password": "تکرار گذرواژه",
    "full_name": "نام و نام خانوادگی",
    "post_title": "سمت",
    "database_url": "نشانی پایگاه داده",
    "role": "نقش",
    "clearance": "سطح دسترسی",
    "org_name": "نام سازمان",
    "secretariat_code": "کد دبیرخانه",
    "number_format": "قالب شماره",
    "logo": "نشان (لوگو)",
    "logo_file": "نشان (لوگو)",
    "date": "تاریخ",
    "year": "سال",
    "national_id": "کد ملی",
    "legal_id": "شناسه ملی",
    "economic_code": "کد اقتصادی",
    "postal_code": "کد پستی",
    "mobile": "شماره همراه",
    "phone": "شماره تلفن",
    "file": "پرونده",
    "mapping": "نگاشت ستون‌ها",
    "email": "رایانامه",
    "website": "وبگاه",
    "address": "نشانی",
    "keys_file": "پروندهٔ کلید",
    "public_key": "کلید عمومی",
}

MESSAGES: dict[str, str] = {
    "error": "خطایی رخ داد.",
    "not_found": "پیدا نشد.",
    "operation_cancelled": "کار نیمه‌کاره ماند و چیزی از آن نوشته نشد.",
    "conflict": "این کار با داده‌های موجود ناسازگار است.",
    "permission_denied": "شما اجازهٔ این کار («{action}») را ندارید.",
    "auth_failed": "نام کاربری یا گذرواژه درست نیست.",
    "login_throttled": "ورودهای نادرست پیاپی: لطفاً {seconds} ثانیه دیگر دوباره تلاش کنید.",
    "account_locked": (
        "پس از {tries} ورود نادرست پیاپی، ورود با این نام تا {minutes} دقیقهٔ دیگر بسته است؛"
        " مدیر سامانه می‌تواند زودتر آن را باز کند."
    ),
    "database_error": (
        "پایگاه داده ({path}) کار را نپذیرفت و چیزی ذخیره نشد؛ جزئیات در پروندهٔ گزارش است."
        " دوباره تلاش کنید و اگر باز پیش آمد، با مدیر سامانه تماس بگیرید."
    ),
    "database_busy": (
        "پایگاه داده ({path}) در دست برنامهٔ دیگری است و قفل است؛ کمی بعد دوباره تلاش کنید."
    ),
    "database_corrupt": (
        "پروندهٔ پایگاه داده ({path}) آسیب دیده یا پایگاه دادهٔ این برنامه نیست؛ چیزی در آن"
        " نوشته نشد. آن را از آخرین پشتیبان بازیابی کنید یا با مدیر سامانه تماس بگیرید."
    ),
    "database_read_only": (
        "پایگاه داده ({path}) فقط‌خواندنی است یا اجازهٔ نوشتن در پوشهٔ آن را ندارید؛ چیزی"
        " ذخیره نشد. اجازهٔ نوشتن بدهید یا پوشهٔ دیگری برگزینید."
    ),
    "database_unreachable": (
        "به سرور پایگاه داده ({path}) دسترسی نیست؛ روشن بودن سرور، نشانی آن و شبکه را بررسی"
        " کنید."
    ),
    "database_missing": (
        "پروندهٔ پایگاه داده ({path}) پیدا نشد؛ نشانی پایگاه داده را در تنظیمات این رایانه"
        " (settings.json یا SECRETARIAT_DATABASE_URL) بررسی کنید."
    ),
    "no_database": (
        "پایگاه داده در این پوشه نیست: {path} — برای ساختن آن `secretariat init` را اجرا کنید."
    ),
    "disk_full": "دیسک پر است؛ چیزی ذخیره نشد. جا باز کنید و دوباره تلاش کنید.",
    "disk_io_error": (
        "نوشتن روی دیسک ناموفق بود (دیسک پر است یا ایراد دارد)؛ چیزی ذخیره نشد."
        " جا باز کنید یا دیسک را بررسی کنید و دوباره تلاش کنید."
    ),
    "data_dir_unwritable": (
        "پوشهٔ داده‌ها ({path}) ساخته یا نوشته نمی‌شود؛ اجازهٔ نوشتن در آن را بررسی کنید یا"
        " پوشهٔ دیگری برگزینید."
    ),
    "backup_failed": (
        "پیش از به‌روزرسانی پایگاه داده نسخهٔ پشتیبان گرفته نشد، پس به‌روزرسانی انجام نشد؛"
        " جای خالی دیسک و اجازهٔ نوشتن در پوشهٔ backups را بررسی کنید."
    ),
    "migration_failed": (
        "به‌روزرسانی ساختار پایگاه داده ناموفق بود؛ داده‌های شما دست‌نخورده است"
        " و نسخه پشتیبان در «{backup}» است. جزئیات در پروندهٔ گزارش است."
    ),
    "database_newer": (
        "این پایگاه داده را نسخهٔ تازه‌تری از برنامه ساخته است (بازبینی «{revision}»)؛ این نسخه"
        " آن را نمی‌شناسد و دست به آن نمی‌زند. نسخهٔ تازه‌تر برنامه را نصب کنید یا از یک پشتیبان بازیابی کنید."
    ),
    "server_connection_lost": (
        "ارتباط با سرور پایگاه داده ({path}) برقرار نیست؛ کار ثبت نشد. شبکه و روشن بودن سرور را بررسی"
        " و دوباره تلاش کنید."
    ),
    "migration_branches": "نسخه‌های مهاجرت پایگاه داده چندشاخه است: {heads}",
    "already_initialized": "پایگاه داده پیش‌تر راه‌اندازی شده و کاربر دارد.",
    "not_initialized": "پایگاه داده هنوز راه‌اندازی نشده است؛ نخست «init» را اجرا کنید.",
    "invalid_username": (
        "نام کاربری باید با حرف لاتین آغاز شود و ۲ تا ۳۲ نویسه از حروف کوچک لاتین، رقم، «.»، «-» یا «_» باشد."
    ),
    "username_taken": "نام کاربری «{username}» پیش‌تر گرفته شده است.",
    "user_not_found": "کاربر «{username}» پیدا نشد.",
    # The one sentence every password field and the CLI show (accounts.password_rule).
    "password_rule": (
        "گذرواژه دست‌کم {min} نویسه باشد و به‌آسانی حدس زده نشود: چند واژهٔ نامربوط کنار هم، "
        "نه نام خودتان، تاریخ یا الگوی صفحه‌کلید."
    ),
    "password_ok": "این گذرواژه پذیرفتنی است.",
    "password_too_short": "گذرواژه باید دست‌کم {min} نویسه باشد.",
    "password_weak_common_word": (
        "این گذرواژه یک واژه یا گذرواژهٔ رایج است و به‌آسانی حدس زده می‌شود؛ گذرواژهٔ بلندتری از چند واژهٔ نامربوط برگزینید."
    ),
    "password_weak_keyboard_pattern": (
        "این گذرواژه الگویی ساده روی صفحه‌کلید است (مانند qwerty)؛ گذرواژهٔ بلندتری از چند واژهٔ نامربوط برگزینید."
    ),
    "password_weak_repeated": "این گذرواژه از تکرار یک نویسه یا یک الگو ساخته شده است؛ گذرواژهٔ بلندتری از چند واژهٔ نامربوط برگزینید.",
    "password_weak_sequence": "این گذرواژه دنباله‌ای ساده است (مانند abcd یا 1234)؛ گذرواژهٔ بلندتری از چند واژهٔ نامربوط برگزینید.",
    "password_weak_date": "این گذرواژه تاریخ یا سالی است که به‌آسانی حدس زده می‌شود؛ گذرواژهٔ بلندتری از چند واژهٔ نامربوط برگزینید.",
    "password_weak_personal": (
        "این گذرواژه از نام کاربری یا نام خود شما ساخته شده و حدس زدنش آسان است؛ گذرواژهٔ بلندتری از چند واژهٔ نامربوط برگزینید."
    ),
    "password_weak_guessable": "این گذرواژه به‌آسانی حدس زده می‌شود؛ گذرواژهٔ بلندتری از چند واژهٔ نامربوط برگزینید.",
    "wrong_password": "گذرواژهٔ کنونی درست نیست.",
    "password_required": "گذرواژه داده نشده است.",
    "passwords_differ": "دو گذرواژه یکسان نیستند.",
    "invalid_role": "نقش «{value}» شناخته نیست.",
    "invalid_clearance": "سطح دسترسی «{value}» شناخته نیست.",
    "cannot_demote_self": "نمی‌توانید نقش مدیر سامانه را از خودتان بگیرید یا خود را غیرفعال کنید.",
    "last_admin": "دست‌کم یک مدیر سامانه فعال باید بماند.",
    "unknown_setting": "این تنظیم شناخته نیست.",
    "unknown_setting_key": "این تنظیم شناخته نیست؛ یکی از این‌ها را بنویسید: {known}",
    "invalid_email": "نشانی رایانامه درست نیست.",
    "invalid_website": "نشانی وبگاه درست نیست؛ آن را به شکل www.example.ir بنویسید.",
    "invalid_value": "مقدار نادرست است.",
    "invalid_id": "شناسه باید عددی درست میان ۱ و {max} باشد.",
    "input_too_large": "بزرگ‌تر از {max_mb} مگابایت است؛ آن را در چند بخش بدهید.",
    "invalid_utf8": (
        "با UTF-8 خوانده نمی‌شود: بایت نادرست در جای {offset} (از آغاز، از صفر شمرده)."
        " پرونده را با کدگذاری UTF-8 ذخیره کنید."
    ),
    "json_too_deep": "بیش از {max} لایهٔ تودرتو دارد.",
    "invalid_json_at": "JSON درستی نیست (سطر {line}، ستون {column}).",
    "json_not_object": "باید یک شیء JSON باشد، مانند {{\"kind\": \"incoming\", ...}}.",
    "number_out_of_range": "عددی بسیار بزرگ یا نادرست دارد.",
    "required": "این خانه نباید خالی باشد.",
    "needs_letter": "باید دست‌کم یک حرف یا رقم داشته باشد.",
    "too_long": "نباید بیش از {max} نویسه باشد.",
    "invalid_choice": "مقدار «{value}» پذیرفته نیست؛ یکی از این‌ها را بنویسید: {allowed}",
    "control_character": (
        "نویسهٔ کنترلی نامرئی ({char}) در جای {position} متن است و پذیرفته نیست؛"
        " متن را دوباره بنویسید یا بی‌قالب بچسبانید."
    ),
    "direction_character": (
        "نویسهٔ نامرئی تغییر جهت متن ({char}) در جای {position} است و در این خانه پذیرفته نیست؛"
        " متن را دوباره بنویسید یا بی‌قالب بچسبانید."
    ),
    "invalid_character": "نویسهٔ نادرست ({char}) در جای {position} متن است؛ آن را پاک کنید.",
    "number_format_needs_seq": "قالب شماره باید «{seq}» را داشته باشد.",
    "invalid_logo": "نشان باید پرونده PNG یا JPG باشد.",
    "file_unreadable": "پروندهٔ «{name}» خوانده یا نوشته نمی‌شود؛ بودن آن و اجازهٔ دسترسی به آن را بررسی کنید.",
    "file_not_allowed": "اجازهٔ دسترسی به «{name}» نیست؛ این پرونده یا پوشه از آنِ کاربر دیگری است یا بسته است.",
    "file_read_only": "«{name}» روی دیسکی فقط‌خواندنی است و چیزی در آن نوشته نمی‌شود.",
    "file_not_found": "«{name}» پیدا نشد.",
    "attachment_type_not_allowed": (
        "پروندهٔ «{name}» پذیرفته نیست؛ پیوست باید PDF، تصویر یا پروندهٔ Office باشد."
    ),
    "attachment_too_large": "پروندهٔ «{name}» بزرگ‌تر از {max_mb} مگابایت است.",
    "attachment_empty": "پروندهٔ «{name}» خالی است.",
    "invalid_date": "تاریخ معتبر نیست؛ آن را به شکل ۱۴۰۳/۰۱/۱۵ وارد کنید.",
    "invalid_year": "سال واردشده در تقویم شمسی معتبر نیست.",
    "gregorian_date": "این تاریخ میلادی به نظر می‌رسد؛ {suggestion} را در نظر داشتید؟",
    "year_out_of_range": "سال تاریخ باید میان {min} و {max} (هجری شمسی) باشد.",
    "invalid_national_id": "کد ملی معتبر نیست؛ رقم‌های آن را دوباره بررسی کنید.",
    "invalid_legal_id": "شناسه ملی معتبر نیست؛ ۱۱ رقم آن را دوباره بررسی کنید.",
    "invalid_economic_code": "کد اقتصادی معتبر نیست؛ برای اشخاص حقوقی همان شناسه ملی ۱۱ رقمی و برای اشخاص حقیقی ۱۴ رقم (کد ملی و ۴ رقم) است.",
    "invalid_postal_code": "کد پستی باید ۱۰ رقم باشد.",
    "postal_code_suspicious": "این کد پستی با قالب کدهای پست ایران جور درنمی‌آید؛ آن را دوباره بررسی کنید.",
    "invalid_mobile": "شماره همراه معتبر نیست؛ آن را به شکل ۰۹۱۲۳۴۵۶۷۸۹ وارد کنید.",
    "invalid_phone": "شماره تلفن ثابت معتبر نیست؛ آن را با پیش‌شماره (مثل ۰۲۶۳۲۱۲۳۴۵۶) یا ۸ رقم محلی وارد کنید.",
    "workbook_unreadable": "پروندهٔ اکسل «{name}» خوانده نمی‌شود؛ باید پروندهٔ xlsx باشد. ({detail})",
    "workbook_sheet_missing": "برگه‌ای به نام «{sheet}» در پرونده نیست.",
    "workbook_empty": "پروندهٔ «{name}» سطری ندارد.",
    "workbook_too_long": "پرونده بیش از {max} سطر دارد؛ آن را در چند پرونده وارد کنید.",
    "mapping_unknown_field": "«{name}» در نگاشت ستون‌ها شناخته نیست.",
    "mapping_unknown_header": "ستونی با سرستون «{header}» در پرونده نیست.",
    "mapping_field_required": "ستون لازم در پرونده پیدا نشد یا مشخص نشده است: {label}",
    "login_required": "نام کاربری داده نشده است (--user یا SECRETARIAT_USER).",
    "key_missing": (
        "کلید امنیتی این پایگاه داده روی این رایانه نیست (در پوشهٔ «{folder}»)، پس گزارش ممیزی"
        " اینجا نوشته یا وارسی نمی‌شود. مدیر سامانه در رایانه‌ای که کلید را دارد"
        " «secretariat keys export --out FILE» را اجرا کند و اینجا «secretariat keys import FILE» را."
    ),
    "signing_key_missing": (
        "کلید امضای رمزینه‌های این پایگاه داده روی این رایانه نیست (در پوشهٔ «{folder}»)، پس"
        " نامه با رمزینهٔ درست چاپ نمی‌شود. مدیر سامانه در رایانه‌ای که کلید را دارد"
        " «secretariat keys export --out FILE» را اجرا کند و اینجا «secretariat keys import FILE» را."
    ),
    "signing_key_mismatch": (
        "کلید امضای این رایانه از پایگاه دادهٔ دیگری است و با کلید عمومی این پایگاه داده نمی‌خواند؛"
        " پروندهٔ کلید درست را با «secretariat keys import FILE --replace» وارد کنید."
    ),
    "public_key_invalid": "«{path}» کلید عمومی این نرم‌افزار (PEM) نیست.",
    "public_key_needed": (
        "کلید عمومی برای سنجش رمزینه در دست نیست: پروندهٔ آن را با --public-key بدهید"
        " یا پوشهٔ داده‌ها را."
    ),
    "keys_file_invalid": "«{path}» پروندهٔ کلید این نرم‌افزار نیست یا آسیب دیده است.",
    "keys_other_database": (
        "این پروندهٔ کلید از پایگاه دادهٔ دیگری است (شناسهٔ {file_id})؛"
        " شناسهٔ این پایگاه داده {database_id} است. چیزی تغییر نکرد."
    ),
    "key_differs": (
        "کلید «{name}» این پایگاه داده در این رایانه مقدار دیگری دارد؛ چیزی تغییر نکرد."
        " اگر مطمئنید پروندهٔ درست همین است، با --replace جایگزینش کنید."
    ),
    "file_exists": "پروندهٔ «{path}» پیش‌تر هست؛ نام دیگری بدهید.",
}


# What `secretariat check` reports (features add theirs in their catalogue's PROBLEMS).
PROBLEMS: dict[str, str] = {
    "sqlite_integrity": "پرونده پایگاه داده آسیب دیده است: {detail}",
    "foreign_key": "ارجاع شکسته در جدول {table}، ردیف {rowid} (به {parent})",
    "not_private": (
        "«{path}» در پوشهٔ داده‌ها را حساب‌های دیگر این رایانه هم می‌توانند بخوانند (دسترسی"
        " {mode})؛ آن را فقط برای خودتان کنید: chmod go-rwx"
    ),
    "audit_entry_missing": "رویدادهای {from} تا {to} از گزارش ممیزی پاک شده‌اند",
    "audit_key_missing": (
        "زنجیرهٔ گزارش ممیزی روی این رایانه وارسی نمی‌شود: کلید امنیتی این پایگاه داده اینجا نیست"
        " (پوشهٔ «{folder}»). این به معنای دست‌کاری نیست؛ کلید را از رایانه‌ای که آن را دارد با"
        " «secretariat keys export» بگیرید و اینجا با «secretariat keys import» وارد کنید"
    ),
    "keys_file_not_private": "پروندهٔ کلید «{path}» را حساب‌های دیگر این رایانه هم می‌توانند بخوانند",
    "audit_tail_removed": (
        "رویداد {id} گزارش ممیزی، که بررسی پیشین در این رایانه آن را دیده بود، دیگر نیست یا تغییر"
        " کرده است: رویدادهای پایانی گزارش پاک شده‌اند (یا نسخهٔ پشتیبان قدیمی‌تری جای این"
        " پایگاه داده نشسته است)"
    ),
    "audit_states_inconsistent": (
        "وضعیت‌های ثبت‌شدهٔ {entity} در گزارش ممیزی با هم جور نیستند: گزارش بیرون از برنامه ویرایش شده است"
    ),
    "audit_entry_edited": "رویداد {id} گزارش ممیزی بیرون از برنامه ویرایش شده است",
    "record_not_audited": "{entity} {id} بیرون از برنامه افزوده شده است",
    "record_changed_outside": "{entity} {id} بیرون از برنامه تغییر کرده است",
    "record_removed_outside": "{entity} {id} بیرون از برنامه پاک شده است",
    "counter_rewound": (
        "شمارندهٔ «{scope}» سال {year} روی {counter} است ولی شمارهٔ {highest} پیش‌تر داده شده:"
        " شمارنده بیرون از برنامه عقب برده شده و شماره‌ها تکراری خواهند شد"
    ),
    "counter_ahead": (
        "شمارندهٔ «{scope}» سال {year} روی {counter} است ولی بزرگ‌ترین شمارهٔ ثبت‌شده {highest} است:"
        " {missing} شماره داده شده که ردیفی ندارد"
    ),
    "number_gap": "در شماره‌های «{scope}» سال {year}، {missing} شماره جا افتاده است",
    "number_repeated": "در شماره‌های «{scope}» سال {year}، {extra} شماره تکراری است",
}


@cache
def _catalogue() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """The kernel's sentences and field names, then every feature's (registry order; a
    feature does not override a code the kernel or an earlier feature defines)."""
    messages: dict[str, str] = {}
    fields: dict[str, str] = {}
    problems: dict[str, str] = {}
    for path in features.REGISTRY.message_modules():
        module = features.REGISTRY.resolve(path)
        for code, text in getattr(module, "MESSAGES", {}).items():
            messages.setdefault(code, text)
        for name, label in getattr(module, "FIELD_NAMES", {}).items():
            fields.setdefault(name, label)
        for code, text in getattr(module, "PROBLEMS", {}).items():
            problems.setdefault(code, text)
    messages.update(MESSAGES)
    fields.update(FIELD_NAMES)
    problems.update(PROBLEMS)
    return messages, fields, problems


def reload_catalogue() -> None:
    """Forget the loaded catalogues (after the registry changed: tests)."""
    _catalogue.cache_clear()


def message_template(code: str) -> str | None:
    return _catalogue()[0].get(code)


def field_name(field: str) -> str:
    return _catalogue()[1].get(field, field)


def describe(error: Describable) -> str:
    """The Persian sentence for an error, with the field's name in front when there is one."""
    messages = _catalogue()[0]
    template = messages.get(error.code, MESSAGES["error"] + " ({code})")
    # A typed value quoted back loses what the text rules refuse: an escape sequence in a
    # refused subject must not reach a terminal or a dialog through its error message.
    shown = {
        k: to_persian_digits(str(v)) if isinstance(v, int) else
        printable(v, 300) if isinstance(v, str) else v
        for k, v in error.params.items()
    }
    params: dict[str, Any] = {"code": error.code, "seq": "{seq}", **shown}
    try:
        sentence = template.format(**params)
    except (KeyError, IndexError):
        sentence = template
    field = getattr(error, "field", None)
    if field and error.code not in {"auth_failed"}:
        return f"{field_name(field)}: {sentence}"
    return sentence


def describe_problem(code: str, params: dict[str, object]) -> str:
    """A ``check`` problem in Persian: entities by their registry labels, numbers in Persian
    digits."""
    template = _catalogue()[2].get(code, code)
    registry = features.REGISTRY
    shown = {
        k: registry.entity_label(str(v)) if k == "entity"
        else str(v) if k == "path"  # a file name is shown as it is spelled
        else to_persian_digits(str(v))
        for k, v in params.items()
    }
    try:
        return template.format(**shown)
    except (KeyError, IndexError):
        return template + f" {shown}"


# The error boundary's own sentences (CLI and GUI), in Persian and in English for an English
# interface (``SECRETARIAT_LANGUAGE=en``).
BOUNDARY: dict[str, tuple[str, str]] = {
    "unexpected": (
        "خطای پیش‌بینی‌نشده‌ای رخ داد و این کار انجام نشد؛ داده‌های ذخیره‌شده آسیبی ندیده است."
        " دوباره تلاش کنید و اگر باز پیش آمد، {where} را برای مدیر سامانه بفرستید.",
        "An unexpected error stopped this action; nothing saved was harmed. Try again, and if"
        " it happens again send {where} to your administrator.",
    ),
    "interrupted": ("کار نیمه‌کاره رها شد؛ چیزی از آن ذخیره نشد.",
                    "Interrupted; nothing of it was saved."),
}
_WHERE = (("پروندهٔ گزارش «{path}»", "the log file {path}"),
          ("همین پیام و زمان آن", "this message and when it happened"))


def english() -> bool:
    return os.environ.get("SECRETARIAT_LANGUAGE", "fa").lower().startswith("en")


def boundary_sentence(kind: str, log_path: object) -> str:
    """What the boundary says: which sentence, and where the details went."""
    index = 1 if english() else 0
    where = (_WHERE[0][index].format(path=log_path) if log_path is not None
             else _WHERE[1][index])
    return BOUNDARY[kind][index].format(where=where)
