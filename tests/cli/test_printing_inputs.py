"""What the printing service hands the documents, seen through real ``print`` commands: a
person's organisation under their name, the register's incoming columns and its clearance
note."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from secretariat.kernel.text.digits import to_persian_digits
from tests.cli.conftest import Cli, SignIn
from tests.helpers import today_text
from tests.printing.pdf_inspect import pdftotext_layout, words

ADMIN = SignIn(user="admin", password="admin-password-1")
CLERK = SignIn(user="clerk1", password="clerk-password-1")
LIMITED = "این فهرست تنها نامه‌هایی را دارد که چاپ‌کننده اجازهٔ دیدن آن‌ها را دارد."


def _json(cli: Cli, *args: str, stdin: str | None = None) -> Any:
    result = cli(*args, stdin=stdin, **ADMIN)
    assert result.code == 0, result.err
    return result.json()


def _has_words(text: str, sentence: str) -> bool:
    wanted = words(sentence)
    found = words(text)
    return any(found[i:i + len(wanted)] == wanted for i in range(len(found)))


@pytest.fixture
def office(initialized_cli: Cli) -> Cli:
    result = initialized_cli("user", "add", "clerk1", "--role", "clerk", "--clearance", "normal",
                             "--password-stdin", stdin="clerk-password-1\n", **ADMIN)  # fmt: skip
    assert result.code == 0, result.err
    return initialized_cli


def test_a_person_recipient_carries_their_organisation(office: Cli, tmp_path: Path) -> None:
    org = _json(office, "contact", "add", "شرکت پتروشیمی کارون", "--json")
    person = _json(office, "contact", "add", "مهندس رضا احمدی", "--kind", "person",
                   "--post-title", "مدیرعامل", "--organisation", str(org["id"]), "--json")
    letter = json.dumps({"kind": "outgoing", "subject": "دعوت به نشست", "body": "متن نامه",
                         "recipients": [{"id": person["id"]}], "signatory": "admin"},
                        ensure_ascii=False)
    added = _json(office, "letter", "add", "--json", "-", stdin=letter)
    out = tmp_path / "letter.pdf"
    result = office("print", "letter", added["number"], "--out", str(out), **CLERK)
    assert result.code == 0, result.err
    text = pdftotext_layout(out)
    assert _has_words(text, "مهندس رضا احمدی") and _has_words(text, "مدیرعامل")
    assert _has_words(text, "شرکت پتروشیمی کارون")  # the line under the person's post


def test_register_says_it_is_limited_and_shows_the_sender_columns(
    office: Cli, tmp_path: Path
) -> None:
    received = json.dumps({"kind": "incoming", "subject": "درخواست تسهیلات",
                           "sender": "شرکت فولاد البرز", "sender_number": "4521/ص",
                           "sender_date": today_text()}, ensure_ascii=False)
    _json(office, "letter", "add", "--json", "-", stdin=received)
    outs = {}
    for who, sign_in in (("clerk", CLERK), ("admin", ADMIN)):
        outs[who] = tmp_path / f"register-{who}.pdf"
        result = office("print", "register", "--from", today_text(), "--to", today_text(),
                        "--out", str(outs[who]), **sign_in)  # fmt: skip
        assert result.code == 0, result.err
    clerk_text = pdftotext_layout(outs["clerk"])
    admin_text = pdftotext_layout(outs["admin"])
    assert _has_words(clerk_text, LIMITED)  # the clerk cannot see every classification
    assert not _has_words(admin_text, LIMITED)  # the admin sees them all
    for text in (clerk_text, admin_text):
        assert to_persian_digits("4521") in text  # the sender's own number, in its column
        assert to_persian_digits(today_text()) in text
