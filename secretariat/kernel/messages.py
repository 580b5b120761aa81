"""Persian sentences for error codes, shared by the CLI and the GUI.

Services raise codes; this is the one place that turns them into words. The kernel's own
codes are here; each feature keeps its codes in its own catalogue module (``MESSAGES`` and
``FIELD_NAMES`` dicts) named in the registry, loaded the first time a sentence is needed.
"""

from __future__ import annotations

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
    "keys_file": "پروندهٔ کلید",
}

MESSAGES: dict[str, str] = {
    "error": "خطایی رخ داد.",
    "not_found": "پیدا نشد.",
    "conflict": "این کار با داده‌های موجود ناسازگار است.",
    "permission_denied": "شما اجازهٔ این کار («{action}») را ندارید.",
    "auth_failed": "نام کاربری یا گذرواژه درست نیست.",
    "login_throttled": "ورودهای نادرست پیاپی: لطفاً {seconds} ثانیه دیگر دوباره تلاش کنید.",
    "database_error": "خطای پایگاه داده: {detail}",
    "database_busy": "پایگاه داده در دست کار دیگری است؛ کمی بعد دوباره تلاش کنید.",
    "database_corrupt": "پرونده پایگاه داده آسیب دیده است. از آخرین پشتیبان بازیابی کنید. ({detail})",
    "database_unreachable": "به پایگاه داده دسترسی نیست: {detail}",
    "disk_full": "دیسک پر است؛ چیزی ذخیره نشد. جا باز کنید و دوباره تلاش کنید.",
    "disk_io_error": (
        "نوشتن روی دیسک ناموفق بود (دیسک پر است یا ایراد دارد)؛ چیزی ذخیره نشد."
        " جا باز کنید یا دیسک را بررسی کنید و دوباره تلاش کنید."
    ),
    "data_dir_unwritable": "پوشه داده‌ها ({path}) ساخته یا نوشته نمی‌شود: {detail}",
    "backup_failed": "پیش از به‌روزرسانی پایگاه داده، نسخه پشتیبان گرفته نشد: {detail}",
    "migration_failed": (
        "به‌روزرسانی ساختار پایگاه داده ناموفق بود؛ داده‌های شما دست‌نخورده است"
        " و نسخه پشتیبان در «{backup}» است. ({detail})"
    ),
    "database_newer": (
        "این پایگاه داده را نسخهٔ تازه‌تری از برنامه ساخته است (بازبینی «{revision}»)؛ این نسخه"
        " آن را نمی‌شناسد و دست به آن نمی‌زند. نسخهٔ تازه‌تر برنامه را نصب کنید یا از یک پشتیبان بازیابی کنید."
    ),
    "database_read_only": (
        "پایگاه داده فقط‌خواندنی است و چیزی در آن نوشته نشد؛ اجازهٔ نوشتن پوشهٔ داده‌ها را بررسی کنید. ({detail})"
    ),
    "data_dir_read_only": (
        "پوشهٔ داده‌ها ({path}) فقط‌خواندنی است. برنامه را با پوشه‌ای که اجازهٔ نوشتن دارد باز کنید"
        " (یا اجازهٔ نوشتن این پوشه را برگردانید)."
    ),
    "server_connection_lost": (
        "ارتباط با سرور پایگاه داده برقرار نیست؛ کار ثبت نشد. شبکه و روشن بودن سرور را بررسی"
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
    "password_too_short": "گذرواژه باید دست‌کم {min} نویسه باشد.",
    "wrong_password": "گذرواژهٔ کنونی درست نیست.",
    "password_required": "گذرواژه داده نشده است.",
    "passwords_differ": "دو گذرواژه یکسان نیستند.",
    "invalid_role": "نقش «{value}» شناخته نیست.",
    "invalid_clearance": "سطح دسترسی «{value}» شناخته نیست.",
    "cannot_demote_self": "نمی‌توانید نقش مدیر سامانه را از خودتان بگیرید یا خود را غیرفعال کنید.",
    "last_admin": "دست‌کم یک مدیر سامانه فعال باید بماند.",
    "unknown_setting": "این تنظیم شناخته نیست.",
    "invalid_value": "مقدار نادرست است.",
    "invalid_id": "شناسه باید عددی درست میان ۱ و {max} باشد.",
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
    "file_unreadable": "پرونده خوانده نمی‌شود: {detail}",
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
    "mapping_field_required": "ستونِ «{label}» باید مشخص شود.",
    "login_required": "نام کاربری داده نشده است (--user یا SECRETARIAT_USER).",
    "sheet_unreadable": "پروندهٔ اکسل خوانده نمی‌شود: {detail}",
    "sheet_empty": "در پروندهٔ اکسل ردیفی نیست.",
    "import_columns_missing": "این ستون‌ها در پرونده پیدا نشد: {columns}",
    "import_column_twice": "دو ستون به «{name}» داده شده است.",
    "import_unknown_field": "خانهٔ «{name}» شناخته نیست.",
    "key_missing": (
        "کلید امنیتی این پایگاه داده روی این رایانه نیست (در پوشهٔ «{folder}»)، پس گزارش ممیزی"
        " اینجا نوشته یا وارسی نمی‌شود. مدیر سامانه در رایانه‌ای که کلید را دارد"
        " «secretariat keys export --out FILE» را اجرا کند و اینجا «secretariat keys import FILE» را."
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
    "audit_entry_missing": "رویدادهای {from} تا {to} از گزارش ممیزی پاک شده‌اند",
    "audit_chain_broken": "زنجیرهٔ گزارش ممیزی در رویداد {id} شکسته است",
    "audit_entry_edited": "رویداد {id} گزارش ممیزی بیرون از برنامه ویرایش شده است",
    "record_not_audited": "{entity} {id} بیرون از برنامه افزوده شده است",
    "record_changed_outside": "{entity} {id} بیرون از برنامه تغییر کرده است",
    "record_removed_outside": "{entity} {id} بیرون از برنامه پاک شده است",
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
        k: registry.entity_label(str(v)) if k == "entity" else to_persian_digits(str(v))
        for k, v in params.items()
    }
    try:
        return template.format(**shown)
    except (KeyError, IndexError):
        return template + f" {shown}"
