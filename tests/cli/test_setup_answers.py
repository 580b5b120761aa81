"""Set-up answers: an ordinary command never creates a database; a missing folder, a broken
file, a read-only folder, a full disk and a locked database each get their own Persian
sentence without the driver's text, and the details go to the log."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from secretariat.kernel.context import database_problem
from tests.cli.conftest import Cli, SignIn

ADMIN: SignIn = {"user": "admin", "password": "admin-password-1"}
DRIVER_WORDS = ("sqlite3", "sqlalchemy", "OperationalError", "database is", "not a database",
                "Traceback", "unable to open")
ORDINARY = [("letter", "list"), ("user", "list"), ("contact", "list"), ("audit",), ("check",),
            ("letter", "get", "1")]


def _no_driver_text(err: str) -> None:
    assert not any(word.lower() in err.lower() for word in DRIVER_WORDS), err


@pytest.mark.parametrize("command", ORDINARY, ids=" ".join)
def test_a_missing_folder_is_named_and_never_created(cli: Cli, command: tuple[str, ...]) -> None:
    result = cli(*command, **ADMIN)
    assert result.code == 1
    assert result.err.strip() == (
        f"خطا: پایگاه داده در این پوشه نیست: {cli.data_dir} — برای ساختن آن "
        "`secretariat init` را اجرا کنید.")
    assert not cli.data_dir.exists()


def test_an_empty_folder_gets_no_database_either(cli: Cli) -> None:
    cli.data_dir.mkdir()
    result = cli("letter", "list", **ADMIN)
    assert result.code == 1 and "secretariat init" in result.err
    assert not (cli.data_dir / "secretariat.sqlite").exists()
    assert cli("init", "--admin", "admin", password=ADMIN["password"]).code == 0
    assert cli("letter", "list", "--json", **ADMIN).json() == []


def test_a_broken_database_file(cli: Cli) -> None:
    cli.data_dir.mkdir()
    garbage = os.urandom(8192)
    (cli.data_dir / "secretariat.sqlite").write_bytes(garbage)
    result = cli("letter", "list", **ADMIN)
    assert result.code == 1
    assert "آسیب دیده یا پایگاه دادهٔ این برنامه نیست" in result.err
    _no_driver_text(result.err)
    assert (cli.data_dir / "secretariat.sqlite").read_bytes() == garbage  # left as it was
    logged = (cli.data_dir / "logs" / "secretariat.log").read_text(encoding="utf-8")
    assert "outcome=refused code=database_corrupt" in logged
    assert "file is not a database" in logged  # the details, for whoever reads the log


def _mount(point: Path, *options: str) -> bool:
    point.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", ",".join(options), "tmpfs", str(point)],
                          capture_output=True, check=False)
    return done.returncode == 0


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A folder on a file system of its own (tmpfs): only root may mount one."""
    point = tmp_path / "disk"
    if os.geteuid() != 0 or not _mount(point, "size=4m"):
        pytest.skip("mounting a small file system needs root")
    yield point
    subprocess.run(["umount", "-l", str(point)], check=False)


def test_a_read_only_folder(initialized_cli: Cli, small_disk: Path) -> None:
    shutil.copytree(initialized_cli.data_dir, small_disk / "data")
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    result = Cli(small_disk / "data")("letter", "add", "--json", "-", stdin=json.dumps(
        {"kind": "incoming", "subject": "x", "sender": "y"}), **ADMIN)
    assert result.code == 1
    assert "فقط‌خواندنی است یا اجازهٔ نوشتن" in result.err
    _no_driver_text(result.err)


def test_a_full_disk(initialized_cli: Cli, small_disk: Path) -> None:
    data = small_disk / "data"
    shutil.copytree(initialized_cli.data_dir, data)
    used = sum(p.stat().st_size for p in small_disk.rglob("*") if p.is_file())
    filler = small_disk / "filler"
    filler.write_bytes(b"\0" * max(0, 4 * 1024 * 1024 - used - 96 * 1024))
    big = {"kind": "incoming", "subject": "نامهٔ بلند", "sender": "y", "body": "متن " * 45_000}
    cli = Cli(data)
    result = cli("letter", "add", "--json", "-", stdin=json.dumps(big), **ADMIN)
    assert result.code == 1, result.out
    assert "دیسک پر است؛ چیزی ذخیره نشد" in result.err
    _no_driver_text(result.err)
    logged = (data / "logs" / "secretariat.log").read_text(encoding="utf-8")
    assert "code=disk_full" in logged and "نامهٔ بلند" not in logged and "متن متن" not in logged
    filler.unlink()
    assert cli("letter", "list", "--json", **ADMIN).json() == []  # nothing half-stored


def test_a_locked_database(initialized_cli: Cli) -> None:
    """Another program holds the write lock past the busy timeout."""
    holder = sqlite3.connect(initialized_cli.data_dir / "secretariat.sqlite", timeout=1)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        result = initialized_cli("letter", "add", "--json", "-", stdin=json.dumps(
            {"kind": "incoming", "subject": "موضوع محرمانهٔ نامه", "sender": "y",
             "body": "متن محرمانه"}), **ADMIN, env={"SECRETARIAT_BUSY_TIMEOUT_MS": "300"})
    finally:
        holder.rollback()
        holder.close()
    assert result.code == 1
    assert "در دست برنامهٔ دیگری است و قفل است" in result.err
    _no_driver_text(result.err)
    # The log has the driver's words and the traceback, never the letter's text.
    logged = (initialized_cli.data_dir / "logs" / "secretariat.log").read_text(encoding="utf-8")
    assert "database is locked" in logged and "Traceback" in logged
    assert "محرمانه" not in logged


@pytest.mark.parametrize(
    ("driver_says", "code"),
    [
        ("database or disk is full", "disk_full"),
        ("database is locked", "database_busy"),
        ("attempt to write a readonly database", "database_read_only"),
        ("unable to open database file", "database_read_only"),
        ("file is not a database", "database_corrupt"),
        ("database disk image is malformed", "database_corrupt"),
        ("connection refused", "database_unreachable"),
    ],
)
def test_each_database_failure_has_its_own_sentence(driver_says: str, code: str) -> None:
    error = database_problem(OperationalError("SELECT 1", {}, Exception(driver_says)),
                             "db.example:5432/secretariat")
    assert error.code == code
    assert driver_says not in str(error)
