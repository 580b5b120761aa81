"""JSON from outside: limits checked before and while parsing; any bytes at all end in a
value or a ValidationError, never another exception."""

from __future__ import annotations

import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from secretariat.kernel.errors import ValidationError
from secretariat.kernel.json_input import MAX_BYTES, MAX_DEPTH, parse_json, read_limited


def refused(raw: bytes) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        parse_json(raw)
    return info.value


def test_bad_utf8_is_named_by_its_byte_offset() -> None:
    error = refused(b'{"subject": "\xd8\xaf\xff"}')
    assert (error.field, error.code, error.params) == ("json", "invalid_utf8", {"offset": 15})
    assert "۱۵" in str(error)


def test_a_bom_is_allowed_and_persian_is_text() -> None:
    assert parse_json('\ufeff{"subject": "سلام"}'.encode()) == {"subject": "سلام"}


@pytest.mark.parametrize(
    ("raw", "field", "code"),
    [
        (b'{"subject": "\\ud800"}', "subject", "invalid_character"),
        (b'["\\udfff"]', "json", "invalid_character"),
        (b'{"sender": {"id": 1000000000000000000000000000000}}', "sender", "number_out_of_range"),
        (b'{"n": 1e400}', "n", "number_out_of_range"),
        (b'{"n": NaN}', "json", "number_out_of_range"),
        (b'{"n": ' + b"9" * 5000 + b"}", "json", "number_out_of_range"),
        (b"[" * (MAX_DEPTH + 1) + b"]" * (MAX_DEPTH + 1), "json", "json_too_deep"),
        (b"[" * 100_000, "json", "json_too_deep"),
        (b"{kind: 1}", "json", "invalid_json_at"),
        (b"", "json", "invalid_json_at"),
    ],
)
def test_limits(raw: bytes, field: str, code: str) -> None:
    error = refused(raw)
    assert (error.field, error.code) == (field, code)
    assert str(error)


def test_brackets_inside_strings_do_not_count_as_depth() -> None:
    deep_text = json.dumps({"body": "[" * 1000 + '"\\' + "{" * 1000})
    assert parse_json(deep_text.encode())["body"].startswith("[[[")


def test_size_is_capped_before_reading_everything() -> None:
    stream = io.BytesIO(b" " * (MAX_BYTES + 10))
    with pytest.raises(ValidationError) as info:
        read_limited(stream)
    assert info.value.code == "input_too_large"
    assert stream.tell() == MAX_BYTES + 1


@settings(max_examples=1000, derandomize=True, deadline=None)
@given(st.binary(max_size=200) | st.text(max_size=100).map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_any_bytes_give_a_value_or_a_refusal(raw: bytes) -> None:
    try:
        parse_json(raw)
    except ValidationError as error:
        assert str(error)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20)


@settings(max_examples=600, derandomize=True, deadline=None)
@given(json_values)
def test_any_json_value_round_trips_or_is_refused(value: object) -> None:
    raw = json.dumps(value).encode()
    try:
        parsed = parse_json(raw)
    except ValidationError as error:
        assert error.code in {"invalid_character", "number_out_of_range", "invalid_json_at",
                              "json_too_deep"}
        return
    assert json.dumps(parsed) == raw.decode()
