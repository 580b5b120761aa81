"""The backup, db and letter export/import commands, as an admin's script runs them."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from openpyxl import load_workbook

from tests.cli.conftest import Cli, SignIn
from tests.cli.test_letters import add
from tests.operations.test_excel import legacy_book

ADMIN = SignIn(user="admin", password="admin-password-1")


def test_backup_create_verify_list_restore(initialized_cli: Cli, tmp_path: Path) -> None:
    cli = initialized_cli
    add(cli, {"kind": "incoming", "subject": "درخواست تسهیلات", "sender": "شرکت فولاد البرز"})
    made = cli("backup", "create", **ADMIN)
    assert made.code == 0, made.err
    archive = Path(made.out.strip())
    assert archive.is_file() and archive.parent == cli.data_dir / "backups"
    assert cli("backup", "create").code == 1  # an admin's action: signing in is required

    good = cli("backup", "verify", str(archive))
    assert good.code == 0, good.err
    listed = cli("backup", "list", "--json").json()
    assert [(b["path"], b["verified"], b["counts"]["letters"]) for b in listed] == [
        (str(archive), True, 1)]
    assert {"path", "created", "verified", "size", "counts"} <= set(listed[0])

    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(archive) as src, zipfile.ZipFile(tampered, "w") as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info.filename))
        dst.writestr("files/../../evil.txt", b"x")
    bad = cli("backup", "verify", str(tampered))
    assert bad.code == 1 and "ناامن" in bad.err

    target = tmp_path / "restored"
    restored = cli("backup", "restore", str(archive), "--to", str(target), "--json")
    assert restored.code == 0, restored.err
    assert restored.json()["counts"]["letters"] == 1
    checked = Cli(target)("check", "--json", **ADMIN)
    assert checked.code == 0 and checked.json()["ok"], checked.out
    again = cli("backup", "restore", str(archive), "--to", str(target))
    assert again.code == 1 and "خالی نیست" in again.err
    assert cli("backup", "restore", str(archive)).code == 2  # --to or --to-url is required


def test_db_copy_to_another_sqlite_file(initialized_cli: Cli, tmp_path: Path) -> None:
    cli = initialized_cli
    add(cli, {"kind": "incoming", "subject": "نامه", "sender": "اداره کل"})
    url = f"sqlite:///{tmp_path / 'copy.sqlite'}"
    copied = cli("db", "copy", "--to", url, "--json", **ADMIN)
    assert copied.code == 0, copied.err
    result = copied.json()
    assert result["check_ok"] and result["counts"]["letters"] == 1
    tested = cli("db", "test", url, "--json")
    assert tested.code == 0 and tested.json()["empty"] is False
    refused = cli("db", "copy", "--to", url, **ADMIN)
    assert refused.code == 1 and "خالی نیست" in refused.err


def test_letter_export_and_import(initialized_cli: Cli, tmp_path: Path) -> None:
    cli = initialized_cli
    add(cli, {"kind": "incoming", "subject": "وارده", "sender": "اداره کل"})
    add(cli, {"kind": "outgoing", "subject": "صادره", "recipients": ["اداره کل"]})
    out = tmp_path / "incoming.xlsx"
    exported = cli("letter", "export", "--kind", "incoming", "--out", str(out), "--json", **ADMIN)
    assert exported.code == 0, exported.err
    assert exported.json()["letters"] == 1
    sheet = load_workbook(out).active
    assert sheet is not None and sheet["E2"].value == "وارده" and sheet.max_row == 2

    mapping = tmp_path / "map.json"
    mapping.write_text(json.dumps({"columns": {
        "number": "شماره", "registered_on": "تاریخ", "kind": "نوع", "subject": "موضوع",
        "party": "از / به"}}, ensure_ascii=False), encoding="utf-8")
    source = legacy_book(tmp_path / "legacy.xlsx")
    report = tmp_path / "report.xlsx"
    dry = cli("letter", "import", str(source), "--mapping", str(mapping), "--dry-run",
              "--report", str(report), **ADMIN)
    assert dry.code == 0, dry.err
    assert dry.json()["added"] == 4 and dry.json()["refused"] == 4 and dry.json()["dry_run"]
    assert "ردیف ۴" in dry.err and report.is_file()
    done = cli("letter", "import", str(source), "--mapping", str(mapping), **ADMIN)
    assert (done.json()["added"], done.json()["refused"]) == (4, 4)
    listed = cli("letter", "list", "--limit", "20", "--json", **ADMIN).json()
    assert "1399/و/12" in {row["number"] for row in listed}
    bad_map = tmp_path / "bad.json"
    bad_map.write_text("{not json", encoding="utf-8")
    refused = cli("letter", "import", str(source), "--mapping", str(bad_map), **ADMIN)
    assert refused.code == 1 and "نگاشت" in refused.err
