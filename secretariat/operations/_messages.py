"""Persian sentences for the operations' error codes and field names (named in the
registry; loaded on first use)."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "operation_refused": "کار انجام نشد.",
    # archives
    "archive_unreadable": "پروندهٔ پشتیبان «{name}» خوانده نمی‌شود یا پروندهٔ پشتیبان این برنامه نیست ({detail}).",
    "archive_no_manifest": "پروندهٔ «{name}» فهرست محتوا (manifest) ندارد؛ پشتیبان این برنامه نیست.",
    "archive_unsafe_entry": "پروندهٔ پشتیبان بخشی ناامن دارد («{entry}»: {why})؛ چیزی از آن بازیابی نشد.",
    "archive_extra_entry": "بخش «{entry}» در فهرست محتوای پشتیبان نیست؛ پرونده دست‌کاری شده است.",
    "archive_missing_entry": "بخش «{entry}» که در فهرست محتوا آمده در پشتیبان نیست.",
    "archive_hash_mismatch": "محتوای «{entry}» با چکیدهٔ ثبت‌شده در پشتیبان نمی‌خواند؛ پرونده آسیب دیده یا دست‌کاری شده است.",
    "archive_schema_newer": (
        "این پشتیبان را نسخهٔ تازه‌تری از برنامه ساخته است (بازبینی «{revision}»)؛"
        " برای بازیابی آن، نسخهٔ تازه‌تر برنامه را نصب کنید."
    ),
    "archive_database_damaged": "پایگاه دادهٔ درون پشتیبان سالم نیست: {detail}",
    "archive_counts_differ": "شمار ردیف‌های جدول «{table}» در پشتیبان ({found}) با فهرست محتوا ({expected}) یکی نیست.",
    "archive_format_unknown": "قالب پشتیبان «{format}» شناخته نیست.",
    # backup
    "backup_disk_full": "دیسک پر است؛ پشتیبان «{path}» نوشته نشد و نیمه‌کارهٔ آن پاک شد. جا باز کنید و دوباره پشتیبان بگیرید.",
    "backup_write_failed": "پشتیبان در «{path}» نوشته نشد: {detail}",
    "backup_verify_failed": "پشتیبان نوشته شد ولی وارسی آن ناموفق بود و کنار گذاشته شد: {reason}",
    "second_folder_failed": "رونوشت پشتیبان در پوشهٔ دوم «{folder}» نوشته نشد: {detail}",
    "backup_folder_invalid": "پوشهٔ دوم پشتیبان «{folder}» در دسترس نیست یا نوشتنی نیست.",
    # restore
    "restore_target_not_empty": (
        "پوشهٔ «{path}» خالی نیست؛ بازیابی تنها در پوشهٔ خالی انجام می‌شود"
        " (یا با «جایگزینی»، که نخست از آنچه هست پشتیبان می‌گیرد)."
    ),
    "restore_target_is_file": "«{path}» یک پرونده است، نه پوشه.",
    "restore_into_running": "پوشهٔ داده‌های برنامهٔ در حال کار را نمی‌توان از همین‌جا جایگزین کرد؛ برنامه را ببندید و از خط فرمان بازیابی کنید.",
    # copy
    "copy_target_not_empty": "پایگاه دادهٔ مقصد خالی نیست (جدول «{table}» {count} ردیف دارد)؛ تنها به پایگاه دادهٔ خالی رونوشت برداشته می‌شود.",
    "copy_same_database": "مبدأ و مقصد یک پایگاه داده‌اند.",
    "copy_source_not_current": "ساختار پایگاه دادهٔ مبدأ به‌روز نیست ({revision})؛ نخست برنامه را با آن باز کنید.",
    "copy_counts_differ": "پس از رونوشت، شمار ردیف‌های جدول «{table}» در مقصد ({found}) با مبدأ ({expected}) یکی نیست.",
    "invalid_database_url": "نشانی پایگاه داده درست نیست: {detail}",
    "database_driver_missing": "راه‌انداز این پایگاه داده نصب نیست ({detail}). برای PostgreSQL بستهٔ «.[postgres]» را نصب کنید.",
    # Excel
    "import_mapping_unreadable": "پروندهٔ نگاشت ستون‌ها خوانده نمی‌شود: {detail}",
    "import_kind_unknown": "نوع نامه «{value}» شناخته نیست؛ وارده، صادره یا داخلی بنویسید.",
    "import_party_required": "نام {role} خالی است.",
}

FIELD_NAMES: dict[str, str] = {
    "archive": "پروندهٔ پشتیبان",
    "target": "مقصد",
    "url": "نشانی پایگاه داده",
    "backup_folder": "پوشهٔ دوم پشتیبان",
    "out": "پروندهٔ خروجی",
}

# What `secretariat check` reports about operations.
PROBLEMS: dict[str, str] = {
    "search_index_missing": "نمایهٔ جستجوی نامه‌ها در PostgreSQL ساخته نشده است؛ جستجو کند می‌شود",
    "backup_file_missing": "پروندهٔ پشتیبان «{name}» که وارسی شده بود دیگر در پوشهٔ پشتیبان‌ها نیست یا اندازه‌اش تغییر کرده است",
}
