"""Faults that must lose nothing: a process killed mid-registration, a full disk while
registering and while backing up, a read-only data folder, a database replaced by garbage or
written by a newer version, a PostgreSQL server that goes away.

A full disk is a small tmpfs when this process may mount one (CI's container runs as root);
otherwise the same scenario runs in a child process whose files are size-limited
(``RLIMIT_FSIZE``). See tests/operations/faults.py."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from secretariat.correspondence import api as letters
from secretariat.correspondence.api import LetterInput, LetterQuery, PartyInput
from secretariat.kernel import setup
from secretariat.kernel.context import SYSTEM_USER, CurrentUser, open_context
from secretariat.kernel.errors import DatabaseError, SecretariatError
from secretariat.kernel.integrity import run_check
from secretariat.operations import api as operations
from secretariat.operations.api import OperationRefused
from tests.cli.conftest import Cli
from tests.conftest import ADMIN_PASSWORD, Templates, install_template_keys
from tests.operations import faults

ADMIN = CurrentUser(1, "admin", "", "admin", "secret")


def _numbers(data_dir: Path) -> list[str]:
    con = sqlite3.connect(data_dir / "secretariat.sqlite")
    try:
        return [r[0] for r in con.execute("SELECT number FROM letters ORDER BY id")]
    finally:
        con.close()


def test_killed_mid_registration_twenty_times_loses_nothing(
        templates: Templates, tmp_path: Path) -> None:
    import shutil

    data = tmp_path / "data"
    shutil.copytree(templates.with_admin, data)
    install_template_keys(templates)
    rng = random.Random(20)
    acknowledged: list[str] = []
    for _round in range(20):
        child = faults.start_register_loop(data)
        assert child.stdout is not None
        wanted = rng.randint(1, 4)
        for _ in range(wanted):
            line = child.stdout.readline().strip()
            assert line, child.stderr.read() if child.stderr else ""
            acknowledged.append(line)
        time.sleep(rng.uniform(0, 0.05))  # somewhere inside the next registration
        child.send_signal(signal.SIGKILL)
        rest, _err = child.communicate()
        acknowledged += [n for n in rest.split() if n]  # printed before the kill landed
    ctx = open_context(data)
    try:
        report = run_check(ctx, SYSTEM_USER)
        assert report.ok, report.problems  # no gap, no duplicate, no corruption
    finally:
        ctx.close()
    numbers = _numbers(data)
    assert len(numbers) == len(set(numbers))
    assert set(acknowledged) <= set(numbers)  # every acknowledged letter is there
    assert len(acknowledged) >= 20


# --- a full disk ----------------------------------------------------------------------------

def register_until_full(data_dir: Path, free_space: Callable[[], None]) -> dict[str, Any]:
    """Register big letters until the disk refuses one; free space; register again."""
    ctx = open_context(data_dir)
    committed: list[str] = []
    refused: tuple[str, str] | None = None
    body = "متن بلند نامه برای پر کردن دیسک " * 1500
    try:
        for i in range(500):
            try:
                done = letters.register_letter(ctx, ADMIN, LetterInput(
                    kind="incoming", subject=f"نامهٔ {i}", body=body,
                    sender=PartyInput(name="شرکت فولاد البرز")))
            except SecretariatError as exc:
                refused = (exc.code, str(exc))
                break
            assert done.number is not None
            committed.append(done.number)
        free_space()
        after = letters.register_letter(ctx, ADMIN, LetterInput(
            kind="incoming", subject="پس از باز شدن جا", sender=PartyInput(name="اداره کل")))
    finally:
        ctx.close()
    ctx = open_context(data_dir)
    try:
        ok = run_check(ctx, SYSTEM_USER).ok
        present = [s.number for s in letters.list_letters(ctx, ADMIN, LetterQuery(), limit=1000)]
    finally:
        ctx.close()
    return {"committed": committed, "refused": refused, "after": after.number,
            "check_ok": ok, "present": present}


def backup_until_full(data_dir: Path, free_space: Callable[[], None]) -> dict[str, Any]:
    ctx = open_context(data_dir)
    try:
        try:
            operations.create_backup(ctx, ADMIN)
            refused = None
        except OperationRefused as exc:
            refused = (exc.code, str(exc))
        left = sorted(p.name for p in ctx.backups_dir.iterdir()) if ctx.backups_dir.exists() \
            else []
        ok_meanwhile = run_check(ctx, SYSTEM_USER).ok
        free_space()
        made = operations.create_backup(ctx, ADMIN)
        return {"refused": refused, "left": left, "check_ok": ok_meanwhile,
                "made": bool(made.verified)}
    finally:
        ctx.close()


def _office(templates: Templates, data: Path, files: int = 0) -> None:
    import shutil

    shutil.copytree(templates.with_admin, data, dirs_exist_ok=True)
    install_template_keys(templates)  # the copy's audit key, as on the computer that made it
    if files:
        ctx = open_context(data)
        try:
            for i in range(files):
                scan = data.parent / f"scan{i}.pdf"
                scan.write_bytes(os.urandom(150_000))
                letters.register_letter(ctx, ADMIN, LetterInput(
                    kind="incoming", subject=f"با پیوست {i}",
                    sender=PartyInput(name="اداره کل")), files=[scan])
        finally:
            ctx.close()


def _limited(scenario: str, data: Path, limit: int) -> dict[str, Any]:
    """The scenario in a child whose files may not grow past ``limit`` until it frees space
    (raises the limit back)."""
    code = (
        "import json, sys\nfrom pathlib import Path\n"
        f"from tests.operations.test_faults import {scenario}\n"
        "def free():\n    resource.setrlimit(resource.RLIMIT_FSIZE, (_hard, _hard))\n"
        f"print(json.dumps({scenario}(Path(sys.argv[1]), free), ensure_ascii=False))\n"
    )
    done = faults.run_limited(code, limit, str(data))
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_a_full_disk_while_registering(templates: Templates, tmp_path: Path) -> None:
    with faults.small_disk(tmp_path / "disk", 1536) as disk:
        if disk is not None:
            data = disk / "data"
            _office(templates, data)
            filler = disk / "filler"
            filler.write_bytes(b"\0" * 400_000)
            result = register_until_full(data, filler.unlink)
        else:
            data = tmp_path / "data"
            _office(templates, data)
            size = (data / "secretariat.sqlite").stat().st_size
            result = _limited("register_until_full", data, size + 600_000)
    assert result["refused"] is not None, "the disk never filled up"
    code, message = result["refused"]
    assert code in ("disk_full", "disk_io_error")
    assert "دیسک" in message and "Traceback" not in message
    assert result["committed"], "nothing fitted before the disk was full"
    assert set(result["committed"]) | {result["after"]} == set(result["present"])
    assert result["check_ok"]


def test_a_full_disk_while_backing_up(templates: Templates, tmp_path: Path) -> None:
    data = tmp_path / "data"
    _office(templates, data, files=3)
    backups = data / "backups"
    with faults.small_disk(backups, 1024) as disk:
        if disk is not None:
            filler = disk / "filler"
            filler.write_bytes(b"\0" * 700_000)
            result = backup_until_full(data, filler.unlink)
        else:
            result = _limited("backup_until_full", data, 300_000)
    assert result["refused"] is not None
    code, message = result["refused"]
    assert code == "backup_disk_full" and "دیسک پر است" in message
    assert [n for n in result["left"] if n != "filler"] == []  # nothing half-written left
    assert result["check_ok"] and result["made"]


# --- a data folder that cannot be used ---------------------------------------------------------

@pytest.fixture
def backed_up(templates: Templates, tmp_path: Path) -> tuple[Cli, Path]:
    data = tmp_path / "data"
    _office(templates, data)
    ctx = open_context(data)
    try:
        letters.register_letter(ctx, ADMIN, LetterInput(
            kind="incoming", subject="پیش از خرابی", sender=PartyInput(name="اداره کل")))
        archive = operations.create_backup(ctx, ADMIN).path
    finally:
        ctx.close()
    return Cli(data), archive


def _says_what_to_do(err: str, archive: Path) -> None:
    assert "Traceback" not in err
    assert str(archive) in err and "backup restore" in err  # the latest good backup


def test_a_database_replaced_by_garbage(backed_up: tuple[Cli, Path]) -> None:
    cli, archive = backed_up
    for suffix in ("-wal", "-shm"):
        (cli.data_dir / f"secretariat.sqlite{suffix}").unlink(missing_ok=True)
    (cli.data_dir / "secretariat.sqlite").write_bytes(b"MZ garbage from a virus " * 4000)
    result = cli("letter", "list", user="admin", password=ADMIN_PASSWORD)
    assert result.code == 1
    assert "آسیب دیده" in result.err
    _says_what_to_do(result.err, archive)


def test_a_database_from_a_newer_version(backed_up: tuple[Cli, Path]) -> None:
    cli, archive = backed_up
    db = cli.data_dir / "secretariat.sqlite"
    con = sqlite3.connect(db)
    with con:
        con.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    con.close()
    before = db.read_bytes()
    result = cli("letter", "list", user="admin", password=ADMIN_PASSWORD)
    assert result.code == 1
    assert "نسخهٔ تازه‌تری" in result.err and "0099_from_the_future" in result.err
    _says_what_to_do(result.err, archive)
    assert db.read_bytes() == before  # not touched, not "upgraded"


def test_a_read_only_data_folder(backed_up: tuple[Cli, Path]) -> None:
    cli, archive = backed_up
    with faults.read_only(cli.data_dir) as made:
        if not made:
            pytest.skip("this process can make no folder read-only for itself")
        result = cli("letter", "list", user="admin", password=ADMIN_PASSWORD)
    assert result.code == 1
    assert "فقط‌خواندنی" in result.err
    _says_what_to_do(result.err, archive)


# --- a server that goes away ---------------------------------------------------------------

@pytest.mark.postgres
def test_the_postgresql_server_stops_mid_session(tmp_path: Path, pg_url: str) -> None:
    del pg_url  # only says a server can run here; this test needs one it may stop
    with faults.throwaway_postgres() as (url, folder, port):
        ctx = open_context(tmp_path / "data", url, create=True)
        try:
            admin = setup.initialize(ctx, "admin", ADMIN_PASSWORD)
            first = letters.register_letter(ctx, admin, LetterInput(
                kind="incoming", subject="پیش از قطع", sender=PartyInput(name="اداره کل")))
            faults.server(folder, port, "stop")
            with pytest.raises(DatabaseError) as lost:
                letters.register_letter(ctx, admin, LetterInput(
                    kind="incoming", subject="هنگام قطع", sender=PartyInput(name="اداره کل")))
            assert lost.value.code in ("server_connection_lost", "database_unreachable")
            assert "سرور" in str(lost.value) or "دسترسی" in str(lost.value)
            faults.server(folder, port, "start")
            again = letters.register_letter(ctx, admin, LetterInput(
                kind="incoming", subject="پس از برگشت", sender=PartyInput(name="اداره کل")))
            # The number follows without a gap (an id may jump: the server's sequences skip
            # ahead after a crash, which is PostgreSQL's way and harmless).
            assert again.number == first.number[:-1] + "2" if first.number else False
            assert [s.subject for s in letters.list_letters(ctx, admin, LetterQuery())] == [
                "پس از برگشت", "پیش از قطع"]
            assert run_check(ctx, SYSTEM_USER).ok
        finally:
            ctx.close()
