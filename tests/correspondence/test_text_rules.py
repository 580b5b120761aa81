"""The text rules reach every text field of letters, referrals and their JSON input; random
letters (hypothesis, fixed seed) are registered or refused, never half-stored."""

from __future__ import annotations

import sqlite3
import unicodedata
from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from secretariat.correspondence import api as letters
from secretariat.correspondence.api import LetterInput, PartyInput, letter_input_from_json
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import SecretariatError, ValidationError
from secretariat.kernel.jalali import today_tehran
from tests.correspondence.support import incoming, internal, outgoing, raw, register, table_counts

ESC = "\x1b[31mقرمز"
BELL = "زنگ\x07"
RLO = "درخواست \u202eتسهیلات"

# Every text field a letter has, with an input that carries it.
LETTER_FIELDS: list[tuple[str, LetterInput]] = [
    ("subject", incoming(subject=ESC)),
    ("summary", incoming(summary=ESC)),
    ("body", outgoing(body=ESC)),
    ("sender_number", incoming(sender_number=BELL)),
    ("postal_tracking_code", outgoing(postal_tracking_code=BELL)),
    ("from_unit", replace(internal(), from_unit=RLO)),
    ("to_unit", replace(internal(), to_unit=ESC)),
    ("keywords", incoming(keywords=("سالم", BELL))),
    ("dispatch_method", outgoing(dispatch_method=ESC)),
    ("sender", incoming(sender=RLO)),
    ("recipients", outgoing(to="گیرنده\x00")),
    ("cc", incoming(cc=(PartyInput(name=ESC),))),
    ("purpose", incoming(cc=(PartyInput(name="مالی", purpose=BELL),))),
]


@pytest.mark.parametrize(("field", "data"), LETTER_FIELDS, ids=[f for f, _ in LETTER_FIELDS])
def test_every_letter_field_refuses_control_characters(
    ctx: AppContext, admin: CurrentUser, field: str, data: LetterInput
) -> None:
    before = table_counts(ctx)
    with pytest.raises(ValidationError) as info:
        register(ctx, admin, data)
    assert info.value.field == field
    assert info.value.code in {"control_character", "direction_character"}
    assert table_counts(ctx) == before


@pytest.mark.parametrize("subject", [ESC, BELL, "سلام\x00", RLO, " \u200c \u200c ", "\ud800"])
def test_the_issues_subjects_are_refused(ctx: AppContext, admin: CurrentUser, subject: str) -> None:
    before = table_counts(ctx)
    with pytest.raises(ValidationError) as info:
        register(ctx, admin, incoming(subject=subject))
    assert info.value.field == "subject"
    assert table_counts(ctx) == before


def test_an_edit_cancel_status_and_referral_follow_the_rules(
    ctx: AppContext, admin: CurrentUser
) -> None:
    letter = register(ctx, admin, incoming())
    for call, field in (
        (lambda: letters.update_letter(ctx, admin, letter.id, incoming(subject=RLO)), "subject"),
        (lambda: letters.cancel_letter(ctx, admin, letter.id, "اشتباه\x1b"), "reason"),
        (lambda: letters.cancel_letter(ctx, admin, letter.id, " \u200c ..."), "reason"),
        (lambda: letters.refer_letter(ctx, admin, letter.id, ["admin"], "جهت\x07اقدام"),
         "instruction"),
        (lambda: letters.change_status(ctx, admin, letter.id, "closed"), None),
        (lambda: letters.change_status(ctx, admin, letter.id, "archived", "ب\u202e۱"),
         "archive_code"),
    ):
        if field is None:
            call()
            continue
        with pytest.raises(ValidationError) as info:
            call()
        assert info.value.field == field
    node = letters.refer_letter(ctx, admin, letter.id, ["admin"], "جهت اقدام")[0]
    with pytest.raises(ValidationError) as info:
        letters.write_note(ctx, admin, node.id, "هامش\x1b[2J")
    assert info.value.field == "note"
    shown = letters.get_letter(ctx, admin, letter.id)
    assert shown.subject == letter.subject and not shown.cancelled


def test_the_json_reader_refuses_ids_out_of_range(ctx: AppContext, admin: CurrentUser) -> None:
    for obj, field in (
        ({"kind": "incoming", "subject": "x", "sender": {"id": 10**30}}, "sender"),
        ({"kind": "incoming", "subject": "x", "sender": {"id": -1}}, "sender"),
        ({"kind": "incoming", "subject": "x", "sender": "y", "reply_to": 2**63}, "reply_to"),
    ):
        with pytest.raises(ValidationError) as info:
            letter_input_from_json(obj)
        assert (info.value.field, info.value.code) == (field, "invalid_id")
    # A number typed as a reference that is no row at all is «not found», not an overflow.
    with pytest.raises(ValidationError) as found:
        register(ctx, admin, incoming(reply_to="9" * 40))
    assert (found.value.field, found.value.code) == ("reply_to", "letter_not_found")
    with pytest.raises(SecretariatError):
        letters.get_letter(ctx, admin, 10**30)


# --- properties: random letters are registered clean or refused whole ------------------------

typed = st.text(st.sampled_from(list("ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیءآ ۰۱۲۳abcXYZ-/\u200c")),
                min_size=1, max_size=40)
wild = st.text(st.characters(codec="utf-8"), max_size=40) | st.sampled_from(
    [ESC, BELL, RLO, "", " \u200c ", "شرکت فولاد", "۱۴۰۵/۰۸/۲۹", "2026/11/20", "\ud800"])
text = st.integers(0, 3).flatmap(lambda n: wild if n == 0 else typed)  # one value in 4 wild
json_scalar = st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats() | text
json_value = st.recursive(json_scalar, lambda inner: st.lists(inner, max_size=3)
                          | st.dictionaries(text, inner, max_size=3), max_leaves=8)
# Letters shaped right for their kind, with random text in every text field...
Strategies = dict[str, st.SearchStrategy[Any]]
_COMMON: Strategies = {"body": text, "summary": text, "keywords": st.lists(text, max_size=3),
           "cc": st.lists(text, max_size=2), "urgency": st.sampled_from(["normal", "urgent"])}
_BY_KIND: dict[str, Strategies] = {
    "incoming": {"sender": text, "sender_number": text},
    "outgoing": {"recipients": st.lists(text, min_size=1, max_size=2),
                 "postal_tracking_code": text, "dispatch_method": st.sampled_from(["post", ""])},
    "internal": {"from_unit": text, "to_unit": text},
}
shaped = st.one_of(*(
    st.fixed_dictionaries(
        {"kind": st.just(kind), "subject": text}, optional={**_COMMON, **fields})
    for kind, fields in _BY_KIND.items()))
# ...and anything at all that decodes from JSON.
letter_json = st.integers(0, 3).flatmap(lambda n: shaped if n else st.dictionaries(
    st.sampled_from(["kind", "subject", "sender", "recipients", "sender_date", "reply_to",
                     "keywords", "draft", "cc"]) | text, json_value, max_size=4))


def _stored_controls(ctx: AppContext) -> list[Any]:
    """Text cells of the register and the address book holding a control character (tab and
    line feed allowed in the multi-line ones)."""
    found = []
    columns = {"letters": ["subject", "summary", "sender_number", "postal_tracking_code",
                           "from_unit", "to_unit", "keywords", "dispatch_method"],
               "letter_texts": ["body"], "contacts": ["name", "address", "note", "email"]}
    with raw(ctx) as con:
        for table, names in columns.items():
            for name in names:
                for (value,) in con.execute(f"SELECT {name} FROM {table}"):
                    allowed = "\n\t" if name in {"summary", "body", "address", "note"} else ""
                    if any(unicodedata.category(c) == "Cc" and c not in allowed
                           for c in value or ""):
                        found.append((table, name, value))
    return found


@settings(max_examples=600, derandomize=True, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(obj=letter_json)
def test_random_letters_are_registered_clean_or_refused(
    ctx: AppContext, admin: CurrentUser, obj: dict[str, Any]
) -> None:
    try:
        data = letter_input_from_json(obj)
        if data.registered_on is not None and data.registered_on > today_tehran():
            data = replace(data, registered_on=today_tehran())
        letters.register_letter(ctx, admin, data, allow_duplicate=True)
    except SecretariatError as error:
        assert str(error)  # a sentence, never a traceback
    assert not _stored_controls(ctx)


def test_random_letters_property_reached_the_database(ctx: AppContext, admin: CurrentUser) -> None:
    """The strategy above is not all refusals: a letter with random text in every field is
    registered, and its text comes back as cleaned."""
    data = letter_input_from_json({
        "kind": "incoming", "subject": "  موضوع\tبا\nفاصله ", "sender": "فرستنده",
        "body": "سطر\r\nدوم", "sender_date": "1405/01/02"})
    detail = letters.register_letter(ctx, admin, data)
    assert (detail.subject, detail.body) == ("موضوع با فاصله", "سطر\nدوم")
    with sqlite3.connect(ctx.data_dir / "secretariat.sqlite") as con:
        assert con.execute("SELECT count(*) FROM letters").fetchone()[0] == 1
    assert today_tehran() - timedelta(days=400) < today_tehran()


def test_dates_no_one_would_mean_are_refused_in_the_core(
    ctx: AppContext, admin: CurrentUser
) -> None:
    """The date rules hold for date objects too (a form, an import), not only typed text."""
    from datetime import date

    before = table_counts(ctx)
    for data, field in (
        (incoming(sender_date=date(1821, 3, 21)), "sender_date"),  # Jalali 1200
        (incoming(registered_on=date(1900, 1, 1)), "registered_on"),
        (outgoing(reply_expected_by=today_tehran() + timedelta(days=3 * 365)), "reply_expected_by"),
    ):
        with pytest.raises(ValidationError) as info:
            register(ctx, admin, data)
        assert (info.value.field, info.value.code) == (field, "year_out_of_range")
    assert table_counts(ctx) == before
    with pytest.raises(ValidationError) as typed:
        letter_input_from_json({"kind": "incoming", "subject": "x", "sender": "y",
                                "sender_date": "2026/11/20"})
    assert (typed.value.field, typed.value.code) == ("sender_date", "gregorian_date")
    assert typed.value.params["suggestion"] == "۱۴۰۵/۰۸/۲۹"
