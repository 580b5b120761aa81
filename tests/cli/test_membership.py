"""The membership commands exactly as documented: JSON out, Persian refusals, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import Workbook

from secretariat.printing.api import codes_in_file
from tests.cli.conftest import Cli, SignIn
from tests.helpers import today_text

ADMIN = SignIn(user="admin", password="admin-password-1")


@pytest.fixture
def members(initialized_cli: Cli) -> Cli:
    cli = initialized_cli
    added = cli("association", "add", "--json", "-", **ADMIN, stdin=json.dumps({
        "code": "ANJ", "name": "انجمن صنایع غذایی", "legal_id": "", "registration_no": "123",
        "chair": "رضا کریمی", "secretary": "", "phone": "02632123456", "address": "کرج"}))
    assert added.code == 0, added.err
    assert added.json() == {"id": 1, "code": "ANJ", "name": "انجمن صنایع غذایی"}
    kind = cli("membership-type", "add", "--json", "-", **ADMIN, stdin=json.dumps({
        "association": "ANJ", "name": "رسمی", "entry_fee": 5000000, "yearly_fee": 12000000,
        "renewal_fee": 10000000, "vote": True, "period": "jalali_year", "grace_days": 30}))
    assert kind.code == 0, kind.err
    unit = cli("unit", "add", "--json", "-", **ADMIN, stdin=json.dumps({
        "name": "شرکت فولاد البرز", "person": "legal", "national_id": "10380284790",
        "economic_code": "10380284790", "postal_code": "1234567890", "mobile": "09121234567",
        "phone": "32123456", "address": "کرج",
        "representative": {"name": "علی رضایی", "national_id": "0499370899",
                           "mobile": "09120000000", "post": "مدیرعامل"}}))
    assert unit.code == 0, unit.err
    assert unit.json() == {"id": 1, "name": "شرکت فولاد البرز", "national_id": "10380284790",
                           "warnings": ["postal_code_suspicious"]}
    return cli


def test_join_pay_reverse_renew_and_get(members: Cli, tmp_path: Path) -> None:
    cli = members
    joined = cli("member", "join", "--unit", "1", "--association", "ANJ", "--type", "رسمی",
                 "--on", today_text(), **ADMIN)
    assert joined.code == 0, joined.err
    out = joined.json()
    assert (out["number"], out["status"]) == ("ANJ-0001", "pending")
    assert out["periods"][0]["start"] == today_text() and out["periods"][0]["due"] == 17000000
    twice = cli("member", "join", "--unit", "1", "--association", "ANJ", "--type", "رسمی",
                "--on", today_text(), **ADMIN)
    assert twice.code == 1 and "ANJ-0001" in twice.err and twice.out == ""
    nothing = cli("member", "pay", "ANJ-0001", "--amount", "0", "--on", today_text(), **ADMIN)
    assert nothing.code == 1 and "مبلغ" in nothing.err
    paid = cli("member", "pay", "ANJ-0001", "--amount", "17000000", "--on", today_text(),
               "--method", "card", "--ref", "998877", **ADMIN)
    assert paid.code == 0, paid.err
    receipt = paid.json()["receipt"]
    assert paid.json()["arrears"] == 0 and paid.json()["applied"][0]["amount"] == 17000000
    card = cli("print", "card", "ANJ-0001", "--out", str(tmp_path / "card.pdf"), **ADMIN)
    assert card.code == 0, card.err and (tmp_path / "card.pdf").stat().st_size > 1000
    genuine = cli("verify", str(tmp_path / "card.pdf"), "--json")  # its signed QR code
    assert genuine.code == 0, genuine.err
    assert (genuine.json()["kind"], genuine.json()["number"], genuine.json()["valid"],
            genuine.json()["in_force"]) == ("M", "ANJ-0001", True, True)  # fmt: skip
    # Elsewhere, with the exported public key alone: the code's text, then one letter changed.
    pem = tmp_path / "office.pem"
    assert cli("keys", "public", "--out", str(pem)).code == 0
    (code,) = codes_in_file(tmp_path / "card.pdf")
    elsewhere = Cli(tmp_path / "no-database-here")
    offline = elsewhere("verify", code, "--public-key", str(pem), "--json")
    assert offline.code == 0 and offline.json()["in_force"] is None  # no register at hand
    forged = elsewhere("verify", code.replace(":ANJ-0001:", ":ANJ-0002:"), "--public-key",
                       str(pem))  # fmt: skip
    assert forged.code == 1 and "ساختگی" in forged.out
    assert cli("print", "member-receipt", receipt, "--out", str(tmp_path / "r.pdf"),
               **ADMIN).code == 0
    reversed_ = cli("member", "reverse-payment", receipt, "--reason", "چک برگشتی", **ADMIN)
    assert reversed_.code == 0 and reversed_.json()["status"] == "pending"
    refused = cli("print", "card", "ANJ-0001", "--out", str(tmp_path / "no.pdf"), **ADMIN)
    assert refused.code == 1 and "فعال" in refused.err
    assert not (tmp_path / "no.pdf").exists()
    lapsed = cli("verify", str(tmp_path / "card.pdf"))  # the card printed while it was paid
    assert lapsed.code == 1 and "اعتبار ندارد" in lapsed.out
    early = cli("member", "renew", "ANJ-0001", **ADMIN)
    assert early.code == 0 and early.json()["seq"] == 2  # the current period has begun
    got = cli("member", "get", "ANJ-0001", "--json", **ADMIN)
    detail = got.json()
    assert set(detail) >= {"id", "number", "unit", "association", "type", "status",
                           "joined_on", "periods", "arrears", "payments"}
    assert detail["payments"][0]["reversed"] is True
    assert [p["seq"] for p in detail["periods"]] == [1, 2]
    assert set(detail["periods"][0]) >= {"start", "end", "due", "paid"}
    listed = cli("member", "list", "--association", "ANJ", "--arrears", "--json", **ADMIN)
    assert [m["number"] for m in listed.json()] == ["ANJ-0001"]
    assert cli("member", "list", "--status", "active", "--json", **ADMIN).json() == []
    assert cli("member", "list", "--status", "nonsense", "--json", **ADMIN).code == 2
    unit = cli("unit", "get", "1", "--json", **ADMIN).json()
    assert [m["number"] for m in unit["memberships"]] == ["ANJ-0001"]
    suspended = cli("member", "suspend", "ANJ-0001", "--reason", "بدهی", **ADMIN)
    assert suspended.json()["status"] == "suspended"
    assert cli("member", "resume", "ANJ-0001", **ADMIN).json()["status"] == "pending"
    ended = cli("member", "terminate", "1", "--reason", "انحلال", **ADMIN)
    assert ended.json()["status"] == "terminated"
    closed = cli("member", "pay", "ANJ-0001", "--amount", "1000", "--on", today_text(), **ADMIN)
    assert closed.code == 1 and "خاتمه" in closed.err


def test_refusals_write_nothing(members: Cli) -> None:
    cli = members
    bad = cli("unit", "add", "--json", "-", **ADMIN, stdin=json.dumps({
        "name": "نادرست", "person": "legal", "national_id": "10380284792"}))
    assert bad.code == 1 and "شناسه ملی" in bad.err
    again = cli("unit", "add", "--json", "-", **ADMIN, stdin=json.dumps({
        "name": "دوباره", "national_id": "10380284790"}))
    assert again.code == 1 and "شرکت فولاد البرز" in again.err
    unknown = cli("member", "join", "--unit", "1", "--association", "XYZ", "--type", "رسمی",
                  "--on", today_text(), **ADMIN)
    assert unknown.code == 1 and "XYZ" in unknown.err
    no_type = cli("member", "join", "--unit", "1", "--association", "ANJ", "--type", "طلایی",
                  "--on", today_text(), **ADMIN)
    assert no_type.code == 1
    usage = cli("member", "join", "--unit", "1", **ADMIN)
    assert usage.code == 2
    assert [u["name"] for u in cli("unit", "list", "--json", **ADMIN).json()] == [
        "شرکت فولاد البرز"]
    first = cli("member", "join", "--unit", "1", "--association", "ANJ", "--type", "رسمی",
                "--on", today_text(), **ADMIN)
    assert first.json()["number"] == "ANJ-0001"  # the refused joins consumed no number
    checked = cli("check", "--json", **ADMIN)
    assert checked.code == 0, checked.out


def test_export_and_import(members: Cli, tmp_path: Path) -> None:
    cli = members
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["name", "national_id", "representative_name"])
    sheet.append(["شرکت کاشی کرج", "14101234563", "مریم"])
    sheet.append(["تکراری", "10380284790", ""])
    sheet.append(["", "10862001504", ""])
    book.save(tmp_path / "in.xlsx")
    dry = cli("import", "units", str(tmp_path / "in.xlsx"), "--dry-run", "--report",
              str(tmp_path / "report.xlsx"), **ADMIN)
    assert dry.code == 0, dry.err
    assert {k: dry.json()[k] for k in ("added", "refused", "duplicates")} == {
        "added": 1, "refused": 1, "duplicates": 1}
    assert (tmp_path / "report.xlsx").is_file()
    assert len(cli("unit", "list", "--json", **ADMIN).json()) == 1
    real = cli("import", "units", str(tmp_path / "in.xlsx"), **ADMIN)
    assert real.json()["added"] == 1
    assert cli("unit", "list", "--search", "کاشی", "--json", **ADMIN).json()[0]["name"] == (
        "شرکت کاشی کرج")
    exported = cli("export", "members", "--association", "ANJ", "--out",
                   str(tmp_path / "dir.xlsx"), **ADMIN)
    assert exported.code == 0 and (tmp_path / "dir.xlsx").is_file()
    # The groups keep the letters' sub-commands beside membership's.
    assert "letter" in cli("print", "--help").out and "card" in cli("print", "--help").out
