"""Files private to their owner (POSIX): everything Secretariat writes in the data folder —
database and its WAL/SHM, attachments, backups, logs, settings, logo — is 0600 (folders
0700) even under a permissive umask; ``check`` warns about anything others could read."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from secretariat.kernel.context import open_context
from secretariat.kernel.db import migrate
from tests.cli.conftest import Cli, SignIn

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX's")
ADMIN: SignIn = {"user": "admin", "password": "admin-password-1"}


@pytest.fixture
def open_umask() -> Iterator[None]:
    """A umask that would leave new files readable by everyone (0644), as on many systems;
    the CLI's subprocesses inherit it."""
    before = os.umask(0o022)
    yield
    os.umask(before)


def _modes(data_dir: Path) -> dict[str, int]:
    found = {".": stat.S_IMODE(data_dir.stat().st_mode)}
    for path in data_dir.rglob("*"):
        found[str(path.relative_to(data_dir))] = stat.S_IMODE(path.lstat().st_mode)
    return found


@pytest.mark.usefixtures("open_umask")
def test_everything_written_is_owner_only(cli: Cli, tmp_path: Path) -> None:
    assert cli("init", "--admin", "admin", password=ADMIN["password"]).code == 0
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4\n% a scanned page\n")
    ctx = open_context(cli.data_dir)
    try:
        stored = ctx.blobs.store(scan)
        assert ctx.blobs.path(stored.sha256).is_file()
        backup = migrate.backup_sqlite(ctx.engine, ctx.backups_dir, "before-test")
        assert backup is not None and backup.is_file()
    finally:
        ctx.close()
    assert cli("letter", "list", **ADMIN).code == 0  # a log line, WAL and SHM files
    modes = _modes(cli.data_dir)
    assert {"secretariat.sqlite", "logs/secretariat.log", "backups"} <= modes.keys()
    assert any(name.startswith("attachments/") for name in modes)
    loose = {name: oct(mode) for name, mode in modes.items()
             if mode not in ((0o700,) if (cli.data_dir / name).is_dir() else (0o600,))}
    assert loose == {}
    report = cli("check", "--json", **ADMIN).json()
    assert report["warnings"] == [] and "private_files" in report["checks"]


def test_check_warns_about_a_file_others_can_read(initialized_cli: Cli) -> None:
    (initialized_cli.data_dir / "secretariat.sqlite").chmod(0o644)
    result = initialized_cli("check", "--json", **ADMIN)
    assert result.code == 0  # a warning, not a failure
    warnings = result.json()["warnings"]
    # SQLite gives the WAL and SHM files the database file's mode: all three are named.
    assert {(w["code"], w["params"]["path"], w["params"]["mode"]) for w in warnings} == {
        ("not_private", name, "0644") for name in
        ("secretariat.sqlite", "secretariat.sqlite-wal", "secretariat.sqlite-shm")}
    assert any("«secretariat.sqlite»" in w["message"] for w in warnings)
    text = initialized_cli("check", **ADMIN)
    assert "هشدار:" in text.err + text.out and "chmod go-rwx" in text.err + text.out
