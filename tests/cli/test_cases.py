"""The duty / calendar / case / report command lines, exactly as the issue lists them: JSON
shapes, exit codes (2 wrong usage, 1 refused), refusals that write nothing and consume no
number, Persian errors on stderr."""

from __future__ import annotations

import json
import sqlite3
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from secretariat.kernel.jalali import format_jalali, jalali_year, today_tehran
from tests.cli.conftest import Cli, SignIn

ADMIN = SignIn(user="admin", password="admin-password-1")
MANAGER = SignIn(user="manager1", password="manager-password-1")
Y = jalali_year(today_tehran())


def ago(days: int) -> str:
    return format_jalali(today_tehran() - timedelta(days=days), persian=False)


def run_json(cli: Cli, *args: str, stdin: str | None = None, **who: str) -> Any:
    result = cli(*args, stdin=stdin, **(who or ADMIN))
    assert result.code == 0, result.err
    return result.json()


def case_count(cli: Cli) -> int:
    con = sqlite3.connect(cli.data_dir / "secretariat.sqlite")
    try:
        return int(con.execute("SELECT count(*) FROM cases").fetchone()[0])
    finally:
        con.close()


@pytest.fixture
def office(initialized_cli: Cli) -> Cli:
    for name, role, password in (("manager1", "manager", "manager-password-1"),
                                 ("expert1", "expert", "expert-password-1"),
                                 ("clerk1", "clerk", "clerk-password-1")):
        result = initialized_cli("user", "add", name, "--role", role, "--clearance", "normal",
                                 "--password-stdin", stdin=password + "\n", **ADMIN)
        assert result.code == 0, result.err
    duty = {"code": "JT", "title": "صدور جواز تأسیس", "service_days": 10, "mou": None,
            "clause": "بند ۱", "site_visit": False}
    added = run_json(initialized_cli, "duty", "add", "--json", "-",
                     stdin=json.dumps(duty, ensure_ascii=False))
    assert set(added) == {"id", "code", "title", "service_days", "warn_percent"}
    assert (added["code"], added["service_days"], added["warn_percent"]) == ("JT", 10, 75)
    return initialized_cli


def add_case(cli: Cli, **fields: Any) -> Any:
    obj = {"duty": "JT", "channel": "walk_in", "subject": "درخواست جواز تأسیس",
           "received_on": ago(40), **fields}
    return run_json(cli, "case", "add", "--json", "-", stdin=json.dumps(obj, ensure_ascii=False))


def test_duty_list_and_a_bad_duty(office: Cli) -> None:
    listed = run_json(office, "duty", "list", "--json")
    assert [(d["code"], d["active"], d["pauses"]) for d in listed] == [("JT", True, True)]
    for bad in ({"code": "X", "title": "t", "service_days": 0},
                {"code": "X", "title": "t", "service_days": 5, "warn_percent": 100},
                {"code": "JT", "title": "t", "service_days": 5},
                {"code": "X", "title": "t", "service_days": 5, "colour": 1}):
        result = office("duty", "add", "--json", "-", stdin=json.dumps(bad), **ADMIN)
        assert result.code == 1 and result.err.startswith("خطا:"), (bad, result.err)


def test_calendar_commands(office: Cli) -> None:
    days = run_json(office, "calendar", "holidays", "--year", "1405", "--json")
    assert days == sorted(days, key=lambda d: d["date"])
    assert days[0]["date"] == "1405/01/01" and days[0]["source"] == "official"
    assert {"date", "title", "source"} == set(days[0])
    added = office("calendar", "add-holiday", "۱۴۰۵/۰۳/۰۴", "--title", "آلودگی هوا", **ADMIN)
    assert added.code == 0, added.err
    refused = office("calendar", "add-holiday", "1405/03/05", "--title", "x", **MANAGER)
    assert refused.code == 1 and "اجازه" in refused.err
    removed = office("calendar", "remove-holiday", "1405/03/06", **ADMIN)
    assert removed.code == 0, removed.err
    days = run_json(office, "calendar", "holidays", "--year", "1405", "--json")
    sources = {d["date"]: d["source"] for d in days}
    assert sources["1405/03/04"] == "added" and "1405/03/06" not in sources
    # 03/03 + 3: 03/04 closed, 03/05, 03/06 (now a working day), 03/07.
    result = office("calendar", "add-workdays", "1405/03/03", "3", **MANAGER)
    assert (result.code, result.out.strip()) == (0, "1405/03/07")
    assert office("calendar", "add-workdays", "1405/13/01", "3", **ADMIN).code == 1
    assert office("calendar", "remove-holiday", "1405/03/10", **ADMIN).code == 1


def test_case_add_get_list_and_refusals(office: Cli) -> None:
    first = add_case(office, applicant="شرکت فولاد البرز", applicant_id="۱۰۳۸۰۲۸۴۷۹۰",
                     assignee="expert1", ref_124="124-77")
    assert set(first) == {"id", "number", "status", "due_on", "sla_state", "working_days_left"}
    assert (first["number"], first["status"]) == (f"{jalali_year(today_tehran() - timedelta(40))}/پ/1",
                                                  "registered")
    assert first["sla_state"] == "breached" and first["working_days_left"] < 0
    bad = [{"duty": "XX"}, {"received_on": "1405/13/01"},
           {"received_on": format_jalali(today_tehran() + timedelta(days=2), persian=False)},
           {"applicant": "واحد", "applicant_id": "0012345678"}, {"assignee": "clerk1"},
           {"channel": "fax"}, {"letter": "1405/و/99"}, {"colour": "red"}]
    before = case_count(office)
    for fields in bad:
        obj = {"duty": "JT", "channel": "walk_in", "subject": "x", "received_on": ago(40),
               **fields}
        result = office("case", "add", "--json", "-", stdin=json.dumps(obj, ensure_ascii=False),
                        **ADMIN)
        assert result.code == 1 and result.err.startswith("خطا:"), (fields, result.err)
    assert case_count(office) == before
    second = add_case(office, received_on=ago(2))
    assert second["number"].endswith("/2") or second["number"].endswith("/1")
    got = run_json(office, "case", "get", first["number"].replace("1", "۱"), "--json")
    assert (got["duty"], got["channel"], got["assignee"], got["paused_days"], got["closed_on"],
            got["outcome"], got["letters"]) == ("JT", "walk_in", "expert1", 0, None, None, [])
    assert [(e["action"], e["by"]) for e in got["events"]] == [("opened", "admin")]
    assert got["events"][0]["at"] == ago(40)
    listed = run_json(office, "case", "list", "--json")
    assert [c["id"] for c in listed] == [second["id"], first["id"]]  # newest first
    overdue = run_json(office, "case", "list", "--overdue", "--assignee", "expert1", "--json")
    assert [c["id"] for c in overdue] == [first["id"]]
    assert run_json(office, "case", "list", "--sla", "on_track", "--duty", "JT", "--json")[0][
        "id"] == second["id"]
    assert office("case", "get", "1405/پ/999", **ADMIN).code == 1
    assert office("case", "list", "--sla", "late", **ADMIN).code == 1


def test_case_workflow_commands(office: Cli) -> None:
    case = add_case(office)
    ref = str(case["id"])
    step = office("case", "step", ref, "--to", "in_review", "--on", ago(35), "--note", "بررسی",
                  **ADMIN)
    assert step.code == 0, step.err
    early = office("case", "step", ref, "--to", "site_visit", "--on", ago(36), **ADMIN)
    assert early.code == 1 and "گام پیشین" in early.err
    future = office("case", "step", ref, "--to", "site_visit", "--on", ago(-3), **ADMIN)
    assert future.code == 1
    back = office("case", "step", ref, "--to", "registered", **ADMIN)
    assert back.code == 1
    assert office("case", "resume", ref, **ADMIN).code == 1  # not paused
    pause = office("case", "pause", ref, "--reason", "مدارک ناقص", "--waiting", "applicant",
                   "--on", ago(30), "--json", **ADMIN)
    assert pause.code == 0, pause.err
    assert pause.json()["status"] == "waiting_applicant"
    resumed = run_json(office, "case", "resume", ref, "--on", ago(20), "--json")
    assert resumed["paused_days"] > 0 and resumed["status"] == "in_review"
    assign = office("case", "assign", ref, "--to", "clerk1", **ADMIN)
    assert assign.code == 1
    assert office("case", "assign", ref, "--to", "expert1", "--reason", "تقسیم کار",
                  **MANAGER).code == 0
    assert office("case", "note", ref, "--text", "تماس با متقاضی", **ADMIN).code == 0
    closed = run_json(office, "case", "close", ref, "--outcome", "approved", "--on", ago(1),
                      "--json")
    assert closed["status"] == "closed" and closed["sla_state"] in ("met", "missed")
    assert closed["working_days_left"] is None
    assert office("case", "close", ref, "--outcome", "approved", **ADMIN).code == 1
    assert office("case", "pause", ref, "--reason", "x", **ADMIN).code == 1
    actions = [e["action"] for e in run_json(office, "case", "get", ref, "--json")["events"]]
    assert actions == ["opened", "step", "pause", "resume", "assign", "note", "close"]
    usage = office("case", "step", ref, **ADMIN)
    assert usage.code == 2


def test_report_command(office: Cli, tmp_path: Path) -> None:
    case = add_case(office, received_on=ago(10))
    office("case", "close", str(case["id"]), "--outcome", "approved", **ADMIN)
    start, end = ago(30), ago(0)
    report = run_json(office, "report", "cases", "--from", start, "--to", end, "--json",
                      **MANAGER)
    assert set(report) == {"from", "to", "duties", "total"}
    assert report["duties"][0]["code"] == "JT"
    assert set(report["total"]) == {"received", "closed", "on_time", "late", "open", "overdue",
                                    "median_working_days"}
    assert (report["total"]["received"], report["total"]["closed"]) == (1, 1)
    for name in ("r.pdf", "r.xlsx"):
        out = office("report", "cases", "--from", start, "--to", end, "--out",
                     str(tmp_path / name), **MANAGER)
        assert out.code == 0, out.err
        assert (tmp_path / name).stat().st_size > 1000
    assert office("report", "cases", "--from", end, "--to", start, "--json", **MANAGER).code == 1
    assert office("report", "cases", "--from", start, "--to", end, "--out",
                  str(tmp_path / "r.doc"), **MANAGER).code == 1
    assert office("report", "cases", "--from", start, **MANAGER).code == 2
