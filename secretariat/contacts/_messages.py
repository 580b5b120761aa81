"""Persian sentences for the address book's error codes (declared in the registry)."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "contact_not_found": "مخاطب «{ref}» پیدا نشد.",
    "duplicate_contact": "مخاطبی با نام «{name}» پیش‌تر ثبت شده است.",
    "contact_merged": "مخاطب «{name}» در مخاطب دیگری ادغام شده است.",
    "merge_same_contact": "یک مخاطب را نمی‌توان با خودش ادغام کرد.",
    "organisation_not_person": "سازمانِ یک شخص باید خودش از گونهٔ «سازمان» باشد.",
    "invalid_email": "نشانی رایانامه درست نیست.",
}

FIELD_NAMES: dict[str, str] = {
    "name": "نام",
    "post_title": "سمت",
    "organisation": "سازمان",
    "email": "رایانامه",
    "address": "نشانی",
    "contact": "مخاطب",
}
