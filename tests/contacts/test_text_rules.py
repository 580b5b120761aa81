"""The text rules reach every field of a contact; random contacts (hypothesis, fixed seed) are
saved clean or refused whole."""

from __future__ import annotations

import sqlite3
import unicodedata
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from secretariat.contacts import api as contacts
from secretariat.contacts.api import ContactInput
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import SecretariatError, ValidationError

ESC = "\x1b[31mقرمز"
RLO = "شرکت \u202eفولاد"
FIELDS = ["name", "post_title", "address", "note", "email", "phone", "mobile", "postal_code",
          "national_id", "legal_id"]


def _count(ctx: AppContext) -> int:
    with sqlite3.connect(ctx.data_dir / "secretariat.sqlite") as con:
        return int(con.execute("SELECT count(*) FROM contacts").fetchone()[0])


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("bad", [ESC, "الف\x00", RLO])
def test_every_contact_field_refuses_control_characters(
    ctx: AppContext, admin: CurrentUser, field: str, bad: str
) -> None:
    values: dict[str, Any] = {field: bad}
    data = replace(ContactInput(name="شرکت فولاد البرز", kind="person"), **values)
    with pytest.raises(ValidationError) as info:
        contacts.add_contact(ctx, admin, data)
    assert info.value.field == field
    assert _count(ctx) == 0


def test_a_contact_keeps_lines_in_its_address(ctx: AppContext, admin: CurrentUser) -> None:
    saved = contacts.add_contact(ctx, admin, ContactInput(
        name="  شرکت\tفولاد  ", address="کرج،\r\nبلوار\u200cجمهوری", email=" a@b.ir ")).contact
    assert (saved.name, saved.address, saved.email) == (
        "شرکت فولاد", "کرج،\nبلوار\u200cجمهوری", "a@b.ir")
    with pytest.raises(ValidationError) as info:
        contacts.update_contact(ctx, admin, saved.id, ContactInput(name=" \u200c "))
    assert (info.value.field, info.value.code) == ("name", "required")


typed = st.text(st.sampled_from(list("ابپتسشکگلمنوهی آ۰۱۲abc@.-\u200c")), min_size=1,
                max_size=30)
wild = st.text(st.characters(codec="utf-8"), max_size=30) | st.sampled_from(
    [ESC, RLO, "", " \u200c ", "\ud800", "۰۹۱۲۳۴۵۶۷۸۹", "0499370899"])
text = st.integers(0, 3).flatmap(lambda n: wild if n == 0 else typed)
contact_inputs = st.builds(
    ContactInput, name=text, kind=st.sampled_from(["organisation", "person"]) | text,
    post_title=text, address=text, note=text, email=st.just("") | text,
    phone=st.just("") | text, mobile=st.just("") | text, postal_code=st.just("") | text,
    national_id=st.just("") | text, legal_id=st.just("") | text)


@settings(max_examples=600, derandomize=True, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=contact_inputs)
def test_random_contacts_are_saved_clean_or_refused(
    ctx: AppContext, admin: CurrentUser, data: ContactInput
) -> None:
    try:
        saved = contacts.add_contact(ctx, admin, data, allow_duplicate=True).contact
    except SecretariatError as error:
        assert str(error)
        return
    for name in ("name", "post_title", "email", "phone", "mobile", "postal_code"):
        value = getattr(saved, name)
        assert not any(unicodedata.category(c) in ("Cc", "Cf") and c not in "\u200c\u200d"
                       "\u200e\u200f" for c in value), (name, value)
    for name in ("address", "note"):
        value = getattr(saved, name)
        assert not any(unicodedata.category(c) == "Cc" and c not in "\n\t" for c in value)
