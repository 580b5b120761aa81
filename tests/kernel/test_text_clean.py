"""The text rules (kernel.text.clean): one rule set for every field of every feature."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from secretariat.kernel.errors import ValidationError
from secretariat.kernel.messages import describe
from secretariat.kernel.text.clean import clean_block, clean_line, text_problem

PROPERTY = settings(max_examples=600, derandomize=True, deadline=None)


def refusal(call: object, *args: object, **kwargs: object) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        call(*args, **kwargs)  # type: ignore[operator]
    return info.value


@pytest.mark.parametrize(
    ("typed", "code", "char", "position"),
    [
        ("\x1b[31mقرمز", "control_character", "U+001B", 1),
        ("زنگ\x07", "control_character", "U+0007", 4),
        ("پوچ\x00", "control_character", "U+0000", 4),
        ("ab\x85c", "control_character", "U+0085", 3),
        ("\x7fحذف", "control_character", "U+007F", 1),
        ("درخواست \u202eتسهیلات", "direction_character", "U+202E", 9),
        ("الف\u202bب\u202c", "direction_character", "U+202B", 4),
        ("\u2067نام\u2069", "direction_character", "U+2067", 1),
        ("نیم\ud800", "invalid_character", "U+D800", 4),
        ("x\uffff", "invalid_character", "U+FFFF", 2),
        ("x\u206e", "invalid_character", "U+206E", 2),
    ],
)
def test_single_line_refuses_controls_and_direction_marks(
    typed: str, code: str, char: str, position: int
) -> None:
    error = refusal(clean_line, typed, "subject", 500, required=True)
    assert (error.field, error.code) == ("subject", code)
    assert error.params == {"char": char, "position": position}
    sentence = describe(error)
    assert sentence.startswith("موضوع: ")
    assert char in sentence and "\x1b" not in sentence


def test_single_line_keeps_persian_marks_and_folds_whitespace() -> None:
    typed = "\ufeff  بهره\u200cبرداری\t\u200dالف \u200eABC\u200f\n\r\n  ۱۲  \u200c"
    assert clean_line(typed, "subject", 500) == "بهره\u200cبرداری \u200dالف \u200eABC\u200f ۱۲"


@pytest.mark.parametrize("typed", ["", "   ", " \u200c \u200c\t", "\u200c"])
def test_required_empty(typed: str) -> None:
    assert refusal(clean_line, typed, "subject", 500, required=True).code == "required"


@pytest.mark.parametrize("typed", ["...", "«»", " - ", "\u200d", "\u200e\u200f", "ـــ"])
def test_required_needs_a_letter_or_digit(typed: str) -> None:
    assert refusal(clean_line, typed, "subject", 500, required=True).code == "needs_letter"
    assert refusal(clean_block, typed, "reason", 500, required=True).code == "needs_letter"


@pytest.mark.parametrize("typed", ["۱", "7", "a", "ب", "ـبـ", "²"])
def test_one_letter_or_digit_is_enough(typed: str) -> None:
    assert clean_line(typed, "subject", 500, required=True) == typed


def test_length_counts_characters_after_cleaning() -> None:
    assert clean_line("  " + "ب" * 10 + "  ", "subject", 10) == "ب" * 10
    error = refusal(clean_line, "ب" * 11, "subject", 10)
    assert (error.code, error.params) == ("too_long", {"max": 10})
    assert describe(error) == "موضوع: نباید بیش از ۱۰ نویسه باشد."


def test_not_text_at_all() -> None:
    assert refusal(clean_line, 12, "subject", 10).code == "invalid_value"
    assert refusal(clean_block, ["x"], "body").code == "invalid_value"


def test_multi_line_keeps_lines_tabs_embeddings_and_isolates() -> None:
    typed = "\r\nسطر یک\r\nسطر\tدو\rسطر سه\u2028\u202bABC\u202c \u2066x\u2069\n\n"
    assert clean_block(typed, "body") == "سطر یک\nسطر\tدو\nسطر سه\n\u202bABC\u202c \u2066x\u2069"


@pytest.mark.parametrize(
    ("typed", "code", "char"),
    [
        ("متن\x1b[0m", "control_character", "U+001B"),
        ("a\x0bb", "control_character", "U+000B"),
        ("a\x0cb", "control_character", "U+000C"),
        ("متن \u202eوارونه", "direction_character", "U+202E"),
        ("a\u202db", "direction_character", "U+202D"),
        ("a\udfffb", "invalid_character", "U+DFFF"),
    ],
)
def test_multi_line_refuses_controls_and_overrides(typed: str, code: str, char: str) -> None:
    error = refusal(clean_block, typed, "body")
    assert (error.field, error.code, error.params["char"]) == ("body", code, char)


def test_stored_text_problems() -> None:
    assert text_problem("درست\u200cاست", multiline=False) is None
    assert text_problem("سطر\nسطر", multiline=True) is None
    assert text_problem("سطر\nسطر", multiline=False) == ("control_character", "U+000A")
    assert text_problem("a\u202eb", multiline=True) == ("direction_character", "U+202E")
    assert text_problem("a\u202bb\u202c", multiline=True) is None
    assert text_problem("a\u202bb\u202c", multiline=False) == ("direction_character", "U+202B")
    assert text_problem("\x00", multiline=True) == ("control_character", "U+0000")


# --- properties: whatever is typed, a clean value or a refusal, never a control character ---

def _no_control(text: str, allowed: str = "") -> bool:
    return all(unicodedata.category(c) not in ("Cc", "Cs") or c in allowed for c in text)


@PROPERTY
@given(st.text(), st.booleans())
def test_any_line_is_clean_or_refused(typed: str, required: bool) -> None:
    try:
        cleaned = clean_line(typed, "subject", 500, required)
    except ValidationError as error:
        assert error.code in {"control_character", "direction_character", "invalid_character",
                              "required", "needs_letter", "too_long"}
        describe(error)
        return
    assert _no_control(cleaned)
    assert text_problem(cleaned, multiline=False) is None
    assert cleaned == cleaned.strip(" \u200c") and "  " not in cleaned
    assert len(cleaned) <= 500
    if required:
        assert any(c.isalnum() for c in cleaned)
    assert clean_line(cleaned, "subject", 500, required) == cleaned  # cleaning is stable


@PROPERTY
@given(st.text(alphabet=st.characters(codec="utf-8")), st.booleans())
def test_any_block_is_clean_or_refused(typed: str, required: bool) -> None:
    try:
        cleaned = clean_block(typed, "body", 2000, required)
    except ValidationError as error:
        assert error.code in {"control_character", "direction_character", "invalid_character",
                              "required", "needs_letter", "too_long"}
        return
    assert _no_control(cleaned, allowed="\n\t")
    assert text_problem(cleaned, multiline=True) is None
    assert "\r" not in cleaned
    assert clean_block(cleaned, "body", 2000, required) == cleaned
