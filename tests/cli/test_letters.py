"""The letter CLI contract, exactly as scripts and the acceptance checks use it."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from secretariat.kernel.jalali import jalali_year, today_tehran
from tests.cli.conftest import Cli, SignIn
from tests.helpers import today_text

ADMIN = SignIn(user="admin", password="admin-password-1")
CLERK = SignIn(user="clerk1", password="clerk-password-1")
Y = jalali_year(today_tehran())


def add(cli: Cli, obj: dict[str, Any], **who: str) -> Any:
    result = cli("letter", "add", "--json", "-", stdin=json.dumps(obj, ensure_ascii=False),
                 **(who or ADMIN))
    assert result.code == 0, result.err
    return result.json()


def letter_count(cli: Cli) -> int:
    con = sqlite3.connect(cli.data_dir / "secretariat.sqlite")
    try:
        return int(con.execute("SELECT count(*) FROM letters").fetchone()[0])
    finally:
        con.close()


@pytest.fixture
def office(initialized_cli: Cli) -> Cli:
    result = initialized_cli("user", "add", "clerk1", "--role", "clerk", "--clearance", "normal",
                             "--password-stdin", stdin="clerk-password-1\n", **ADMIN)
    assert result.code == 0, result.err
    return initialized_cli


def test_add_prints_the_created_letter(office: Cli, tmp_path: Path) -> None:
    first = add(office, {"kind": "incoming", "subject": "درخواست تمدید پروانه",
                         "sender": "شرکت فولاد البرز", "sender_number": "۴۵۶/ص",
                         "sender_date": "۱۴۰۵/۰۱/۱۰" if Y >= 1405 else f"{Y}/01/10",
                         "urgency": "urgent", "keywords": ["پروانه"], "cc": ["امور اعضا"]})
    assert (first["number"], first["status"], first["registered_on"]) == (
        f"{Y}/و/1", "registered", today_text())
    assert isinstance(first["id"], int)
    assert (first["sender"], first["sender_number"], first["urgency"]) == (
        "شرکت فولاد البرز", "456/ص", "urgent")
    assert first["cc"] == ["امور اعضا"] and first["keywords"] == ["پروانه"]
    source = tmp_path / "letter.json"
    source.write_text(json.dumps({"kind": "outgoing", "subject": "پاسخ", "recipient": "شرکت فولاد البرز",
                                  "reply_to": first["number"], "registered_on": f"{Y - 1}/12/20"},
                                 ensure_ascii=False), encoding="utf-8")
    result = office("letter", "add", "--json", str(source), **ADMIN)
    assert result.code == 0, result.err
    second = result.json()
    assert (second["number"], second["registered_on"]) == (f"{Y - 1}/ص/1", f"{Y - 1}/12/20")
    assert second["recipient"] == "شرکت فولاد البرز"
    assert second["reply_to"]["number"] == first["number"]


BAD_INPUTS: list[tuple[dict[str, Any], str]] = [
    ({"kind": "memo", "subject": "x"}, "memo"),
    ({"kind": "incoming", "subject": "x", "sender": "y", "urgency": "asap"}, "فوریت"),
    ({"kind": "incoming", "subject": "x", "sender": "y", "classification": "top"}, "طبقه‌بندی"),
    ({"kind": "incoming", "subject": "x", "sender": "y", "registered_on": "1404/12/30"},
     "تاریخ ثبت"),
    ({"kind": "incoming", "subject": "x", "sender": "y", "sender_date": "1405/13/01"},
     "تاریخ نامهٔ فرستنده"),
    ({"kind": "incoming", "subject": "   ", "sender": "y"}, "موضوع"),
    ({"kind": "incoming", "subject": "x"}, "فرستنده"),
    ({"kind": "outgoing", "subject": "x"}, "گیرنده"),
    ({"kind": "incoming", "subject": "x", "sender": "y", "colour": "red"}, "colour"),
    ({"kind": "incoming", "subject": "x", "sender": "y", "reply_to": "1405/ص/99"}, "عطف"),
]


def test_bad_input_is_an_error_and_writes_nothing(office: Cli) -> None:
    for obj, words in BAD_INPUTS:
        result = office("letter", "add", "--json", "-",
                        stdin=json.dumps(obj, ensure_ascii=False), **ADMIN)
        assert result.code == 1, obj
        assert result.out == ""
        assert result.err.startswith("خطا:") and words in result.err, (obj, result.err)
    assert letter_count(office) == 0


def test_malformed_json_is_an_error(office: Cli) -> None:
    result = office("letter", "add", "--json", "-", stdin="{not json", **ADMIN)
    assert result.code == 1 and "JSON" in result.err
    result = office("letter", "add", "--json", "/no/such/file.json", **ADMIN)
    assert result.code == 1


def test_get_list_search_refer_attach_cancel(office: Cli, tmp_path: Path) -> None:
    a = add(office, {"kind": "incoming", "subject": "گزارش بازديد كارخانه", "sender": "شرکت الف"})
    b = add(office, {"kind": "outgoing", "subject": "پاسخ بازدید", "recipient": "شرکت الف",
                     "reply_to": a["id"]})
    c = add(office, {"kind": "internal", "subject": "یادداشت داخلی", "from_unit": "دبیرخانه",
                     "to_unit": "مالی", "registered_on": f"{Y - 1}/06/01"})

    persian = a["number"].translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    got = office("letter", "get", persian, "--json", **ADMIN).json()
    assert got["id"] == a["id"] and [r["id"] for r in got["replies"]] == [b["id"]]
    assert office("letter", "get", str(b["id"]), "--json", **ADMIN).json()["reply_to"]["id"] == (
        a["id"])

    listed = office("letter", "list", "--json", **ADMIN).json()
    assert [x["id"] for x in listed] == [c["id"], b["id"], a["id"]]
    assert all(x["number"] and x["registered_on"] for x in listed)
    only = office("letter", "list", "--kind", "incoming", "--json", **ADMIN).json()
    assert [x["id"] for x in only] == [a["id"]]
    last_year = office("letter", "list", "--year", str(Y - 1), "--json", **ADMIN).json()
    assert [x["id"] for x in last_year] == [c["id"]]
    ranged = office("letter", "list", "--from", f"{Y - 1}/05/01", "--to", f"{Y - 1}/07/01",
                    "--json", **ADMIN).json()
    assert [x["id"] for x in ranged] == [c["id"]]
    assert len(office("letter", "list", "--limit", "1", "--json", **ADMIN).json()) == 1
    assert office("letter", "list", "--status", "registered", "--json", **ADMIN).json()
    assert office("letter", "list", "--status", "nonsense", "--json", **ADMIN).code == 1

    found = office("letter", "search", "کارخانه", "--json", **ADMIN).json()
    assert [x["id"] for x in found] == [a["id"]]
    both = office("letter", "search", "بازدید", "--json", **ADMIN).json()
    assert [x["id"] for x in both] == [b["id"], a["id"]]
    assert office("letter", "search", "بازدید", "--kind", "outgoing", "--json",
                  **ADMIN).json()[0]["id"] == b["id"]

    refer = office("letter", "refer", a["number"], "--to", "clerk1", "--instruction", "جهت اقدام",
                   "--due", f"{Y + 1}/01/15", **ADMIN)
    assert refer.code == 0, refer.err
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 scanned letter")
    attach = office("letter", "attach", a["number"], str(scan), "--json", **ADMIN)
    assert attach.code == 0, attach.err
    assert attach.json()[0]["filename"] == "scan.pdf"
    cancel = office("letter", "cancel", b["number"], "--reason", "ارسال نشد", **ADMIN)
    assert cancel.code == 0, cancel.err

    full = office("letter", "get", a["number"], "--json", **ADMIN).json()
    assert full["status"] == "in_progress"
    assert [(r["to"], r["instruction"], r["due_on"]) for r in full["referrals"]] == [
        ("clerk1", "جهت اقدام", f"{Y + 1}/01/15")]
    assert [x["filename"] for x in full["attachments"]] == ["scan.pdf"]
    assert full["replies"][0]["cancelled"] is True
    cancelled = office("letter", "get", b["number"], "--json", **ADMIN).json()
    assert cancelled["cancelled"] is True and cancelled["number"] == b["number"]
    assert cancelled["cancellation"]["reason"] == "ارسال نشد"
    assert cancelled["cancellation"]["by"] == "admin"
    inbox = office("letter", "inbox", "--json", **CLERK).json()
    assert [i["letter"]["id"] for i in inbox] == [a["id"]] and inbox[0]["unread"]

    check = office("check", "--json", **ADMIN)
    assert check.json()["ok"] and "attachments" in check.json()["checks"]
    sha = full["attachments"][0]["sha256"]
    stored = office.data_dir / "attachments" / sha[:2] / sha
    original = stored.read_bytes()
    stored.write_bytes(original[:-1] + bytes([original[-1] ^ 1]))  # same size, one bit off
    tampered = office("check", "--json", **ADMIN)
    assert tampered.code == 1
    assert [p["code"] for p in tampered.json()["problems"]] == ["attachment_corrupt"]
    # The corrupt file has the size it was stored with: --quick does not read files.
    assert office("check", "--quick", "--json", **ADMIN).code == 0
    stored.write_bytes(original[:10])
    quick = office("check", "--quick", "--json", **ADMIN)
    assert quick.code == 1 and quick.json()["summary"]["attachments"] == {"ok": False, "problems": 1}


def test_sign_and_status(office: Cli) -> None:
    draft = add(office, {"kind": "outgoing", "subject": "پیش‌نویس", "recipient": "سازمان صمت",
                         "draft": True})
    assert (draft["number"], draft["status"]) == (None, "draft")
    signed = office("letter", "sign", str(draft["id"]), "--json", **ADMIN)
    assert signed.code == 0, signed.err
    assert (signed.json()["number"], signed.json()["status"]) == (f"{Y}/ص/1", "registered")
    moved = office("letter", "status", f"{Y}/ص/1", "--to", "closed", "--json", **ADMIN).json()
    assert moved["status"] == "closed"
    archived = office("letter", "status", f"{Y}/ص/1", "--to", "archived", "--archive-code",
                      "الف-۱۲", "--json", **ADMIN).json()
    assert (archived["status"], archived["archive_code"]) == ("archived", "الف-۱۲")
    refused = office("letter", "status", f"{Y}/ص/1", "--to", "registered", **ADMIN)
    assert refused.code == 1 and refused.err


def test_duplicate_incoming_is_registered_with_a_warning(office: Cli) -> None:
    obj = {"kind": "incoming", "subject": "دعوت", "sender": "اتاق بازرگانی",
           "sender_number": "88/د", "sender_date": today_text()}
    first = add(office, obj)
    result = office("letter", "add", "--json", "-", stdin=json.dumps(obj, ensure_ascii=False),
                    **ADMIN)
    assert result.code == 0
    assert "هشدار" in result.err and first["number"] in result.err
    second = result.json()
    assert second["number"] != first["number"]
    assert second["warnings"][0]["earlier"][0]["id"] == first["id"]


def test_confidential_letters_do_not_exist_for_the_clerk(office: Cli) -> None:
    secret = add(office, {"kind": "incoming", "subject": "محرمانه تعرفه", "sender": "وزارت",
                          "classification": "secret"})
    plain = add(office, {"kind": "incoming", "subject": "عادی تعرفه", "sender": "وزارت"})
    listed = office("letter", "list", "--json", **CLERK).json()
    assert [x["id"] for x in listed] == [plain["id"]]
    searched = office("letter", "search", "تعرفه", "--json", **CLERK).json()
    assert [x["id"] for x in searched] == [plain["id"]]
    for ref in (secret["number"], str(secret["id"])):
        hidden = office("letter", "get", ref, "--json", **CLERK)
        assert hidden.code == 1 and hidden.out == "" and "پیدا نشد" in hidden.err
    cancel = office("letter", "cancel", secret["number"], "--reason", "x", **CLERK)
    assert cancel.code == 1 and "پیدا نشد" in cancel.err
    refer = office("letter", "refer", secret["number"], "--to", "clerk1", "--instruction", "x",
                   **ADMIN)
    assert refer.code == 1  # the clerk may not see it, so it cannot be referred to them


def test_contacts(office: Cli) -> None:
    org = office("contact", "add", "شرکت پتروشیمی", "--legal-id", "10380284790", "--json",
                 **ADMIN)
    assert org.code == 0, org.err
    person = office("contact", "add", "مریم احمدی", "--kind", "person", "--post-title",
                    "مدیرعامل", "--organisation", "شرکت پتروشیمی", "--mobile", "۰۹۱۲۱۲۳۴۵۶۷",
                    "--json", **ADMIN)
    assert person.code == 0, person.err
    assert person.json()["organisation_id"] == org.json()["id"]
    assert person.json()["mobile"] == "09121234567"
    duplicate = office("contact", "add", "شركت پتروشيمي", **ADMIN)
    assert duplicate.code == 1 and "پیش‌تر" in duplicate.err
    bad = office("contact", "add", "x", "--national-id", "0012345678", **ADMIN)
    assert bad.code == 1 and "کد ملی" in bad.err
    names = [c["name"] for c in office("contact", "list", "--json", **ADMIN).json()]
    assert names == ["شرکت پتروشیمی", "مریم احمدی"]


def test_a_secret_letters_sender_is_not_listed_to_a_normal_clerk(office: Cli) -> None:
    add(office, {"kind": "incoming", "subject": "گزارش محرمانه", "sender": "شرکت پنهان",
                 "classification": "secret"})
    add(office, {"kind": "incoming", "subject": "درخواست", "sender": "شرکت آشکار"})

    def listed(who: SignIn) -> list[str]:
        result = office("contact", "list", "--json", **who)
        assert result.code == 0, result.err
        return [c["name"] for c in result.json()]

    assert listed(ADMIN) == ["شرکت آشکار", "شرکت پنهان"]
    assert listed(CLERK) == ["شرکت آشکار"]


def test_refer_with_a_type_a_priority_and_the_house_due_date(office: Cli) -> None:
    a = add(office, {"kind": "incoming", "subject": "درخواست بازدید", "sender": "شرکت نمونه"})
    made = office("letter", "refer", a["number"], "--to", "clerk1", "--instruction",
                  "جهت اظهار نظر", "--type", "comment", "--priority", "urgent",
                  "--default-due", "--json", **ADMIN)
    assert made.code == 0, made.err
    [referral] = made.json()
    assert (referral["to"], referral["kind"], referral["priority"]) == (
        "clerk1", "comment", "urgent")
    assert referral["due_on"] is not None  # the default: two days for an urgent comment
    wrong = office("letter", "refer", a["number"], "--to", "clerk1", "--instruction", "x",
                   "--type", "later", **ADMIN)
    assert wrong.code == 2  # a usage error: not one of the types


def test_reindex_rebuilds_the_search_index_for_an_admin_only(office: Cli) -> None:
    a = add(office, {"kind": "incoming", "subject": "گزارش بازدید کارخانه", "sender": "شرکت نمونه"})
    con = sqlite3.connect(office.data_dir / "secretariat.sqlite")
    with con:  # what a copy of the tables leaves behind: the letters, no index
        con.execute("INSERT INTO letter_fts(letter_fts) VALUES ('delete-all')")
    con.close()
    assert office("letter", "search", "کارخانه", "--json", **ADMIN).json() == []
    denied = office("letter", "reindex", **CLERK)
    assert denied.code == 1 and denied.err.startswith("خطا:")
    done = office("letter", "reindex", **ADMIN)
    assert done.code == 0 and "۱ نامه" in done.out, done.err
    assert office("letter", "reindex", "--json", **ADMIN).json() == {"letters": 1}
    assert [x["id"] for x in office("letter", "search", "کارخانه", "--json", **ADMIN).json()
            ] == [a["id"]]
    entries = office("audit", "--json", **ADMIN).json()["entries"]
    assert [e["action"] for e in entries].count("rebuild_search_index") == 2
    assert office("check", **ADMIN).code == 0
