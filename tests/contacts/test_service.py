"""Contacts: validated identifiers, duplicate warning by normalised name, rename, merge."""

from __future__ import annotations

import pytest

from secretariat.contacts import api as contacts
from secretariat.contacts.api import ContactInput, DuplicateContact
from secretariat.correspondence import api as letters
from secretariat.correspondence import api as queries
from secretariat.kernel.context import SYSTEM_USER, AppContext, CurrentUser
from secretariat.kernel.errors import PermissionDenied, ValidationError
from secretariat.kernel.integrity import run_check
from tests.conftest import MakeUser
from tests.correspondence.support import incoming, outgoing, register


def test_add_person_of_organisation_with_identifiers(ctx: AppContext, admin: CurrentUser) -> None:
    org = contacts.add_contact(ctx, admin, ContactInput(
        name="شرکت پتروشیمی البرز", legal_id="۱۰۳۸۰۲۸۴۷۹۰", phone="۳۲۲۲۳۳۴۴",
        postal_code="3155833333")).contact
    saved = contacts.add_contact(ctx, admin, ContactInput(
        name="علی رضایی", kind="person", post_title="مدیرعامل", organisation_id=org.id,
        mobile="+98 912 345 6789", national_id="0499370899", email="ali@example.ir"))
    person = saved.contact
    assert (org.legal_id, org.phone) == ("10380284790", "02632223344")
    assert (person.mobile, person.national_id) == ("09123456789", "0499370899")
    assert person.organisation_name == "شرکت پتروشیمی البرز"
    assert person.display_name == "علی رضایی، مدیرعامل (شرکت پتروشیمی البرز)"
    assert saved.warnings == ()
    odd = contacts.add_contact(ctx, admin, ContactInput(name="کارگاه", postal_code="1111122222"))
    assert odd.warnings == ("postal_code_suspicious",)
    assert [c.name for c in contacts.list_contacts(ctx, admin, "پترو")] == ["شرکت پتروشیمی البرز"]
    assert [c.name for c in contacts.list_contacts(ctx, admin, "رضا")] == ["علی رضایی"]
    assert contacts.get_contact(ctx, admin, person.id) == person


@pytest.mark.parametrize(
    ("data", "field", "code"),
    [
        (ContactInput(name=" "), "name", "required"),
        (ContactInput(name="x", kind="robot"), "kind", "invalid_choice"),
        (ContactInput(name="x", national_id="0012345678"), "national_id", "invalid_national_id"),
        (ContactInput(name="x", legal_id="10380284792"), "legal_id", "invalid_legal_id"),
        (ContactInput(name="x", mobile="0812"), "mobile", "invalid_mobile"),
        (ContactInput(name="x", postal_code="123"), "postal_code", "invalid_postal_code"),
        (ContactInput(name="x", email="no-at-sign"), "email", "invalid_email"),
        (ContactInput(name="x", organisation_id=99), "organisation", "organisation_not_person"),
        (ContactInput(name="x", kind="person", organisation_id=99), "organisation",
         "contact_not_found"),
    ],
)
def test_bad_contact_input(
    ctx: AppContext, admin: CurrentUser, data: ContactInput, field: str, code: str
) -> None:
    with pytest.raises(ValidationError) as info:
        contacts.add_contact(ctx, admin, data)
    assert (info.value.field, info.value.code) == (field, code)


def test_duplicate_name_warning(ctx: AppContext, admin: CurrentUser) -> None:
    first = contacts.add_contact(ctx, admin, ContactInput(name="اتحادیه كشاورزان")).contact
    with pytest.raises(DuplicateContact) as info:
        contacts.add_contact(ctx, admin, ContactInput(name="اتحادیه  کشاورزان"))
    assert [c.id for c in info.value.similar] == [first.id]
    assert [c.id for c in contacts.find_similar_contacts(ctx, admin, "اتحاديه کشاورزان")] == [
        first.id]
    second = contacts.add_contact(ctx, admin, ContactInput(name="اتحادیه کشاورزان"),
                                  allow_duplicate=True).contact
    assert second.id != first.id


def test_merge_repoints_letters_and_keeps_the_merged(ctx: AppContext, admin: CurrentUser) -> None:
    keep = contacts.add_contact(ctx, admin, ContactInput(name="سازمان صنعت معدن و تجارت")).contact
    gone = contacts.add_contact(ctx, admin, ContactInput(name="سازمان صمت استان")).contact
    person = contacts.add_contact(ctx, admin, ContactInput(
        name="مدیر کل", kind="person", organisation_id=gone.id)).contact
    sent = register(ctx, admin, outgoing(to="سازمان صمت استان"))
    received = register(ctx, admin, incoming(sender="سازمان صمت استان"))
    merged = contacts.merge_contacts(ctx, admin, keep.id, gone.id)
    assert merged.id == keep.id
    assert letters.get_letter(ctx, admin, sent.id).recipients[0].contact_id == keep.id
    detail = letters.get_letter(ctx, admin, received.id)
    assert detail.sender is not None and detail.sender.contact_id == keep.id
    assert detail.history[-1].action == "merge_contact"
    assert contacts.get_contact(ctx, admin, gone.id).merged_into_id == keep.id
    assert contacts.get_contact(ctx, admin, person.id).organisation_id == keep.id
    assert gone.id not in [c.id for c in contacts.list_contacts(ctx, admin)]
    # Search follows the kept name; the merged one no longer finds the letters.
    assert queries.count_letters(ctx, admin, queries.LetterQuery(text="معدن")) == 2
    assert queries.count_letters(ctx, admin, queries.LetterQuery(text="صمت")) == 0
    with pytest.raises(ValidationError) as info:
        contacts.merge_contacts(ctx, admin, keep.id, keep.id)
    assert info.value.code == "merge_same_contact"
    with pytest.raises(ValidationError) as info:
        contacts.merge_contacts(ctx, admin, keep.id, gone.id)
    assert info.value.code == "contact_merged"
    assert run_check(ctx, SYSTEM_USER).ok


def test_rename_reindexes_letters(ctx: AppContext, admin: CurrentUser, make_user: MakeUser) -> None:
    letter = register(ctx, admin, incoming(sender="شرکت قدیم"))
    assert letter.sender is not None
    contacts.update_contact(ctx, admin, letter.sender.contact_id, ContactInput(name="شرکت نوین"))
    assert queries.count_letters(ctx, admin, queries.LetterQuery(text="نوین")) == 1
    assert queries.count_letters(ctx, admin, queries.LetterQuery(text="قدیم")) == 0
    viewer = make_user("viewer1", "viewer")
    with pytest.raises(PermissionDenied):
        contacts.add_contact(ctx, viewer, ContactInput(name="x"))
    assert run_check(ctx, SYSTEM_USER).ok


def test_many_added_at_once_are_audited_and_found_by_identifier(
        ctx: AppContext, admin: CurrentUser) -> None:
    saved = contacts.add_contacts(ctx, admin, [
        ContactInput(name="شرکت یک", legal_id="10380284790", postal_code="1234567890"),
        ContactInput(name="علی رضایی", kind="person", national_id="0499370899")])
    assert [s.contact.name for s in saved] == ["شرکت یک", "علی رضایی"]
    assert saved[0].warnings == ("postal_code_suspicious",)
    found = contacts.identified(ctx, admin, ["10380284790", "0499370899", "0790419904"])
    assert found == {"10380284790": saved[0].contact.id, "0499370899": saved[1].contact.id}
    assert [c.id for c in contacts.with_identifier(ctx, admin, legal_id="10380284790")] == [
        saved[0].contact.id]
    assert run_check(ctx, SYSTEM_USER).problems == []
