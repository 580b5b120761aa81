"""Member units: the ID vectors of docs/identifiers.md, one unit per ID, units are contacts."""

from __future__ import annotations

import pytest

from secretariat.contacts import api as contacts
from secretariat.contacts.api import ContactInput
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import ValidationError
from secretariat.membership import api as membership
from secretariat.membership.api import DuplicateUnit, RepresentativeInput, UnitInput
from tests.membership.support import LEGAL_IDS, NATIONAL_IDS

INVALID_LEGAL = ("10380284792", "10380285692", "09748208301")
INVALID_NATIONAL = ("0684159415", "0012345678", "3235632189", "1111111111")


@pytest.mark.parametrize("value", LEGAL_IDS)
def test_valid_legal_ids_are_accepted(ctx: AppContext, admin: CurrentUser, value: str) -> None:
    saved = membership.add_unit(ctx, admin, UnitInput(name="شرکت نمونه", national_id=value,
                                                      economic_code=value))
    assert saved.unit.national_id == value and saved.unit.economic_code == value


@pytest.mark.parametrize("value", NATIONAL_IDS)
def test_valid_national_ids_are_accepted(ctx: AppContext, admin: CurrentUser,
                                         value: str) -> None:
    saved = membership.add_unit(ctx, admin, UnitInput(
        name="کارگاه آقای احمدی", person="natural", national_id=value,
        economic_code=value + "0001"))
    assert saved.unit.person == "natural" and saved.unit.national_id == value


@pytest.mark.parametrize(("person", "value"), [("legal", v) for v in INVALID_LEGAL]
                         + [("natural", v) for v in INVALID_NATIONAL])
def test_invalid_ids_are_refused_on_the_field(ctx: AppContext, admin: CurrentUser, person: str,
                                              value: str) -> None:
    with pytest.raises(ValidationError) as refused:
        membership.add_unit(ctx, admin, UnitInput(name="نمونه", person=person,
                                                  national_id=value))
    assert refused.value.field == "identifier"  # «شناسه ملی / کد ملی»
    assert membership.list_units(ctx, admin) == []


def test_economic_code_follows_the_new_rule(ctx: AppContext, admin: CurrentUser) -> None:
    with pytest.raises(ValidationError) as refused:
        membership.add_unit(ctx, admin, UnitInput(name="نمونه", national_id=LEGAL_IDS[0],
                                                  economic_code=LEGAL_IDS[1]))
    assert refused.value.code == "economic_code_mismatch"


def test_a_second_unit_with_the_same_id_is_refused_and_names_the_first(
        ctx: AppContext, admin: CurrentUser) -> None:
    first = membership.add_unit(ctx, admin, UnitInput(name="صنایع فولاد البرز",
                                                      national_id=LEGAL_IDS[0])).unit
    with pytest.raises(DuplicateUnit) as refused:
        membership.add_unit(ctx, admin, UnitInput(name="فولاد البرز (تکراری)",
                                                  national_id="۱۰۳۸۰۲۸۴۷۹۰"))
    assert refused.value.existing_id == first.id
    assert "صنایع فولاد البرز" in str(refused.value)


def test_postal_code_format_is_a_warning_and_phones_are_normalised(
        ctx: AppContext, admin: CurrentUser) -> None:
    saved = membership.add_unit(ctx, admin, UnitInput(
        name="شرکت نمونه", national_id=LEGAL_IDS[0], postal_code="1234567890",
        mobile="+98 912 123 4567", phone="۳۲۱۲۳۴۵۶",
        representative=RepresentativeInput("علی رضایی", "0499370899", "9121112233", "مدیرعامل")))
    assert saved.warnings == ("postal_code_suspicious",)
    assert (saved.unit.mobile, saved.unit.phone) == ("09121234567", "02632123456")
    assert saved.unit.representative.mobile == "09121112233"
    with pytest.raises(ValidationError) as refused:
        membership.add_unit(ctx, admin, UnitInput(
            name="دیگر", national_id=LEGAL_IDS[1],
            representative=RepresentativeInput("نماینده", "0684159415")))
    assert refused.value.field == "representative_national_id"


def test_a_unit_reuses_the_contact_it_already_is(ctx: AppContext, admin: CurrentUser) -> None:
    sender = contacts.add_contact(ctx, admin, ContactInput(
        name="شرکت فولاد البرز", email="info@example.ir")).contact
    saved = membership.add_unit(ctx, admin, UnitInput(
        name="شرکت فولاد البرز", national_id=LEGAL_IDS[0], phone="32123456")).unit
    assert saved.contact_id == sender.id  # same name, no ID yet: the same party
    merged = contacts.get_contact(ctx, admin, sender.id)
    assert (merged.legal_id, merged.email, merged.phone) == (
        LEGAL_IDS[0], "info@example.ir", "02632123456")
    by_id = contacts.add_contact(ctx, admin, ContactInput(
        name="کارخانه قند", legal_id=LEGAL_IDS[1])).contact
    second = membership.add_unit(ctx, admin, UnitInput(name="شرکت قند کرج",
                                                       national_id=LEGAL_IDS[1])).unit
    assert second.contact_id == by_id.id and second.name == "شرکت قند کرج"


def test_editing_the_contact_keeps_the_unit_in_step(ctx: AppContext, admin: CurrentUser) -> None:
    unit = membership.add_unit(ctx, admin, UnitInput(name="شرکت نمونه",
                                                     national_id=LEGAL_IDS[0])).unit
    other = membership.add_unit(ctx, admin, UnitInput(name="دیگری",
                                                      national_id=LEGAL_IDS[2])).unit
    info = contacts.get_contact(ctx, admin, unit.contact_id)
    edit = ContactInput(name=info.name, legal_id=LEGAL_IDS[1])
    contacts.update_contact(ctx, admin, unit.contact_id, edit)
    assert membership.get_unit_info(ctx, admin, unit.id).national_id == LEGAL_IDS[1]
    with pytest.raises(DuplicateUnit):
        contacts.update_contact(ctx, admin, unit.contact_id,
                                ContactInput(name=info.name, legal_id=LEGAL_IDS[2]))
    with pytest.raises(ValidationError) as emptied:
        contacts.update_contact(ctx, admin, unit.contact_id, ContactInput(name=info.name))
    assert emptied.value.code == "unit_needs_id"
    with pytest.raises(ValidationError) as merge:
        contacts.merge_contacts(ctx, admin, unit.contact_id, other.contact_id)
    assert merge.value.code == "units_cannot_merge"


def test_documents_are_stored_by_content(ctx: AppContext, admin: CurrentUser,
                                         tmp_path: object) -> None:
    from pathlib import Path

    assert isinstance(tmp_path, Path)
    unit = membership.add_unit(ctx, admin, UnitInput(name="شرکت نمونه",
                                                     national_id=LEGAL_IDS[0])).unit
    gazette = tmp_path / "روزنامه رسمی.pdf"
    gazette.write_bytes(b"%PDF-1.4 gazette")
    added = membership.attach_documents(ctx, admin, unit.id, "gazette", [gazette])
    assert [d.filename for d in added] == ["روزنامه رسمی.pdf"]
    assert membership.document_file(ctx, admin, added[0].id).read_bytes() == b"%PDF-1.4 gazette"
    detail = membership.get_unit(ctx, admin, unit.id)
    assert [d.kind for d in detail.documents] == ["gazette"]
    bad = tmp_path / "x.exe"
    bad.write_bytes(b"MZ")
    with pytest.raises(ValidationError):
        membership.attach_documents(ctx, admin, unit.id, "other", [bad])


def test_units_list_newest_first_and_search(ctx: AppContext, admin: CurrentUser) -> None:
    for index, name in enumerate(("صنایع غذایی کوثر", "فولاد البرز", "کاشی کرج")):
        membership.add_unit(ctx, admin, UnitInput(name=name, national_id=LEGAL_IDS[index]))
    assert [u.name for u in membership.list_units(ctx, admin)] == [
        "کاشی کرج", "فولاد البرز", "صنایع غذایی کوثر"]
    assert [u.name for u in membership.list_units(ctx, admin, "البرز")] == ["فولاد البرز"]
    assert [u.name for u in membership.list_units(ctx, admin, "1410")] == ["فولاد البرز"]
