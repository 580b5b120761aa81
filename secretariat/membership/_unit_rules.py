"""The rules a member unit's fields follow: one function for the form, the CLI and the import.

A legal person is identified by its شناسه ملی (11 digits), a natural person by its کد ملی
(10 digits); the economic code follows the new rule (a legal person's is its شناسه ملی, a
natural person's is the کد ملی and 4 digits). Postal code format is a warning; phones are
normalised (``kernel.ids``); the name, address and phones go to the shared address book.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from secretariat.contacts.api import ContactInput, ContactKind
from secretariat.kernel import ids
from secretariat.kernel.errors import ValidationError
from secretariat.kernel.text.clean import clean_block, clean_choice, clean_line
from secretariat.kernel.text.digits import to_ascii_digits
from secretariat.membership._dto import UnitInput
from secretariat.membership._vocab import PersonKind

# The field a unit's ID is refused on: «شناسه ملی / کد ملی» (a legal or a natural person's).
IDENTIFIER = "identifier"
_ISIC = re.compile(r"[0-9]{4,10}")
_WEBSITE = re.compile(r"(https?://)?[A-Za-z0-9.-]+\.[A-Za-z]{2,}(/\S*)?")


@dataclass(frozen=True)
class CleanUnit:
    """A unit's own columns (``membership_units``) and its address-book part."""

    columns: dict[str, Any]
    contact: ContactInput
    warnings: tuple[str, ...]


def person_of(national_id: str) -> str:
    """When nobody said: 10 digits (or fewer, a lost leading zero) is a natural person's
    کد ملی, 11 a legal person's شناسه ملی."""
    digits = to_ascii_digits(national_id).strip()
    return (PersonKind.NATURAL if len(digits) <= 10 else PersonKind.LEGAL).value


def clean_national_id(person: str, value: str) -> str:
    """The unit's identifier in canonical digits (ValidationError on ``national_id``)."""
    if not (value or "").strip():
        raise ValidationError(IDENTIFIER, "required")
    if person == PersonKind.LEGAL:
        return ids.validate_legal_id(value, IDENTIFIER)
    return ids.validate_national_id(value, IDENTIFIER)


def _economic_code(person: str, national_id: str, value: str) -> str:
    if not value.strip():
        return ""
    code = ids.validate_economic_code(value)
    fits = code == national_id if person == PersonKind.LEGAL else (
        len(code) == 14 and code.startswith(national_id))
    if not fits:
        raise ValidationError("economic_code", "economic_code_mismatch")
    return code


def clean_unit(data: UnitInput) -> CleanUnit:
    person = clean_choice(data.person or person_of(data.national_id), PersonKind, "person")
    name = clean_line(data.name, "name", 300, required=True)
    national_id = clean_national_id(person, data.national_id)
    isic = to_ascii_digits(data.isic).strip()
    if isic and not _ISIC.fullmatch(isic):
        raise ValidationError("isic", "invalid_isic")
    website = data.website.strip()
    if website and not _WEBSITE.fullmatch(website):
        raise ValidationError("website", "invalid_website")
    rep = data.representative
    warnings: list[str] = []
    if data.postal_code.strip():
        warnings += ids.check_postal_code(data.postal_code)[1]
    if data.registration_date is not None and data.registration_date > date.today():
        raise ValidationError("registration_date", "date_in_future")
    columns: dict[str, Any] = {
        "person": person,
        "national_id": national_id,
        "economic_code": _economic_code(person, national_id, data.economic_code),
        "registration_no": clean_line(to_ascii_digits(data.registration_no),
                                      "registration_no", 50),
        "registration_office": clean_line(data.registration_office, "registration_office", 200),
        "registration_date": data.registration_date,
        "isic": isic,
        "industrial_park": clean_line(data.industrial_park, "industrial_park", 200),
        "website": website,
        "rep_name": clean_line(rep.name, "representative_name", 200),
        "rep_national_id": ids.validate_national_id(rep.national_id,
                                                    "representative_national_id")
        if rep.national_id.strip() else "",
        "rep_mobile": ids.normalize_mobile(rep.mobile, "representative_mobile")
        if rep.mobile.strip() else "",
        "rep_post": clean_line(rep.post, "representative_post", 200),
    }
    legal = person == PersonKind.LEGAL
    contact = ContactInput(
        name=name,
        kind=ContactKind.ORGANISATION.value if legal else ContactKind.PERSON.value,
        phone=ids.normalize_landline(data.phone) if data.phone.strip() else "",
        mobile=ids.normalize_mobile(data.mobile) if data.mobile.strip() else "",
        postal_code=ids.check_postal_code(data.postal_code)[0] if data.postal_code.strip()
        else "",
        legal_id=national_id if legal else "",
        national_id="" if legal else national_id,
        address=clean_block(data.address, "address", 1000),
    )
    return CleanUnit(columns, contact, tuple(warnings))
