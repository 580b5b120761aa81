"""Backups that restore: written, verified, listed, restored into an empty folder, refused
when tampered with (and then nothing is written), automatic ones kept by the retention rule."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from secretariat.correspondence import api as letters
from secretariat.kernel import keys
from secretariat.kernel.config import LocalSettings
from secretariat.kernel.context import SYSTEM_USER, AppContext, CurrentUser, open_context
from secretariat.kernel.db import migrate
from secretariat.kernel.errors import PermissionDenied
from secretariat.kernel.integrity import run_check
from secretariat.kernel.signing import SIGNING_KEY
from secretariat.operations import _backups, _retention
from secretariat.operations import api as operations
from secretariat.operations.api import OperationRefused
from tests.conftest import MakeUser
from tests.correspondence.support import incoming, outgoing
from tests.operations.support import age_backup


def office_with_letters(ctx: AppContext, admin: CurrentUser, tmp_path: Path) -> None:
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 a scanned letter " * 50)
    letters.register_letter(ctx, admin, incoming(), files=[scan])
    letters.register_letter(ctx, admin, outgoing(subject="پاسخ «درخواست» (فوری)"))
    (ctx.data_dir / "logo.png").write_bytes(b"\x89PNG logo")
    keys.KeyStore().put(database_id(ctx), "qr-signing", b"signing secret")  # one more


def database_id(ctx: AppContext) -> str:
    with ctx.read() as session:
        return keys.database_id(session)


def snapshot_of(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def archive(ctx: AppContext, admin: CurrentUser, tmp_path: Path) -> Path:
    office_with_letters(ctx, admin, tmp_path)
    return operations.create_backup(ctx, admin).path


def test_a_backup_restores_into_an_empty_folder_and_passes_check(
        ctx: AppContext, admin: CurrentUser, archive: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert archive.parent == ctx.backups_dir
    with zipfile.ZipFile(archive) as zf:
        names = set(zf.namelist())
        manifest = json.loads(zf.read("manifest.json"))
    key_entry = f"keys/{database_id(ctx)}.json"
    assert {"manifest.json", "database/secretariat.sqlite", "files/logo.png", key_entry} <= names
    with zipfile.ZipFile(archive) as zf:
        carried = keys.KeyFile.parse(zf.read(key_entry), key_entry)
    # The audit key travels; a stolen backup cannot sign in our name.
    assert set(carried.secrets) == {keys.AUDIT_KEY}
    assert manifest["keys"]["included"] == [keys.AUDIT_KEY]
    # The printed codes' signing keys stay on this computer (the real one and the planted one).
    assert manifest["keys"]["left_out"] == sorted([SIGNING_KEY, "qr-signing"])
    assert manifest["counts"]["letters"] == 2 and manifest["counts"]["attachments"] == 1
    assert manifest["schema_revision"] == migrate.head_revision()
    assert all(len(meta["sha256"]) == 64 for meta in manifest["files"].values())
    assert any(n.startswith("attachments/") for n in names)

    listed = operations.list_backups(ctx.data_dir)
    assert [(b.path, b.verified, b.letters) for b in listed] == [(archive, True, 2)]

    # Another machine: another user's key store, empty.
    monkeypatch.setenv(keys.KEYS_DIR_ENV, str(tmp_path / "other-machine-keys"))
    target = tmp_path / "elsewhere" / "office"
    result = operations.restore_backup(archive, target)
    assert result.counts["letters"] == 2
    assert (target / "logo.png").read_bytes() == b"\x89PNG logo"
    assert not (target / "keys").exists()
    taken = keys.KeyStore().load(manifest["database_id"])
    assert set(taken) == {keys.AUDIT_KEY} and taken[keys.AUDIT_KEY] == carried.secrets[
        keys.AUDIT_KEY]
    restored = open_context(target)
    try:
        assert run_check(restored, SYSTEM_USER).ok
        found = letters.list_letters(restored, admin, letters.LetterQuery())
        assert {s.subject for s in found} == {"درخواست پروانه بهره‌برداری",
                                              "پاسخ «درخواست» (فوری)"}
        history = letters.get_letter(restored, admin, found[-1].id)
        assert history.attachments[0].filename == "scan.pdf"
    finally:
        restored.close()


def test_a_non_empty_folder_is_refused_unless_replaced_and_then_backed_up_first(
        ctx: AppContext, admin: CurrentUser, archive: Path, tmp_path: Path) -> None:
    target = tmp_path / "occupied"
    target.mkdir()
    (target / "secretariat.sqlite").write_bytes(b"garbage, not a database" * 20)
    old_backup = target / "backups" / "older.zip"
    old_backup.parent.mkdir()
    old_backup.write_bytes(b"an older archive")
    before = snapshot_of(target)
    with pytest.raises(OperationRefused) as refused:
        operations.restore_backup(archive, target)
    assert refused.value.code == "restore_target_not_empty"
    assert snapshot_of(target) == before

    result = operations.restore_backup(archive, target, replace=True)
    assert result.previous is not None and result.previous.is_file()
    assert result.previous.parent == target / "backups"
    assert old_backup.read_bytes() == b"an older archive"  # the folder's backups stay
    with zipfile.ZipFile(result.previous) as zf:  # what was there, byte for byte
        assert zf.read("database/secretariat.sqlite") == b"garbage, not a database" * 20
    restored = open_context(target)
    try:
        assert run_check(restored, SYSTEM_USER).ok
    finally:
        restored.close()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith((".restoring", ".replaced"))]


def _tampered(archive: Path, out: Path, change: str) -> Path:
    """A copy of ``archive`` with one kind of attack in it."""
    with zipfile.ZipFile(archive) as src:
        manifest = json.loads(src.read("manifest.json"))
        entries = {i.filename: src.read(i.filename) for i in src.infolist()}
    with zipfile.ZipFile(out, "w") as dst:
        for name, data in entries.items():
            if name == "manifest.json":
                continue
            if change == "hash" and name == "files/logo.png":
                data = b"\x89PNG another logo"
            dst.writestr(name, data)
        if change == "absolute":
            dst.writestr("/etc/secretariat-owned", b"x")
            manifest["files"]["/etc/secretariat-owned"] = {"sha256": "0" * 64, "size": 1}
        elif change == "parent":
            dst.writestr("files/../../outside.txt", b"x")
            manifest["files"]["files/../../outside.txt"] = {"sha256": "0" * 64, "size": 1}
        elif change == "symlink":
            link = zipfile.ZipInfo("files/link")
            link.external_attr = (0o120777 << 16)
            dst.writestr(link, "/etc/passwd")
            manifest["files"]["files/link"] = {"sha256": "0" * 64, "size": 11}
        elif change == "unlisted":
            dst.writestr("files/extra.txt", b"not in the manifest")
        elif change == "newer":
            manifest["schema_revision"] = "9999_from_the_future"
        elif change == "database":
            manifest["files"]["files/over-db"] = {"sha256": "0" * 64, "size": 1}
            dst.writestr("files/secretariat.sqlite", b"x")
            manifest["files"]["files/secretariat.sqlite"] = manifest["files"].pop(
                "files/over-db")
        dst.writestr("manifest.json", json.dumps(manifest))
    return out


@pytest.mark.parametrize(("change", "code"), [
    ("absolute", "archive_unsafe_entry"),
    ("parent", "archive_unsafe_entry"),
    ("symlink", "archive_unsafe_entry"),
    ("unlisted", "archive_extra_entry"),
    ("hash", "archive_hash_mismatch"),
    ("newer", "archive_schema_newer"),
    ("database", "archive_unsafe_entry"),
])
def test_attacks_are_refused_and_nothing_is_written(
        archive: Path, tmp_path: Path, change: str, code: str) -> None:
    bad = _tampered(archive, tmp_path / f"{change}.zip", change)
    verdict = operations.verify_backup(bad)
    assert (verdict.ok, verdict.code) == (False, code)
    workspace = tmp_path / "ws"
    workspace.mkdir()
    target = workspace / "target"
    with pytest.raises(OperationRefused) as refused:
        operations.restore_backup(bad, target)
    assert refused.value.code == code
    assert list(workspace.iterdir()) == []  # no target, no staging folder
    assert not (tmp_path / "outside.txt").exists()


def test_restoring_and_the_backup_folder_are_an_admins(
        archive: Path, make_user: MakeUser, ctx: AppContext, tmp_path: Path) -> None:
    """The table's manage_backups beyond «back up now»: a manager signed in to the app can
    neither restore an archive nor move where automatic backups go."""
    manager = make_user("manager1", "manager")
    target = tmp_path / "restored"
    with pytest.raises(PermissionDenied):
        operations.restore_backup(archive, target, actor=manager)
    with pytest.raises(PermissionDenied):
        operations.restore_backup_to_server(archive, f"sqlite:///{tmp_path / 'r.sqlite3'}",
                                            target, actor=manager)
    with pytest.raises(PermissionDenied):
        operations.set_backup_folder(ctx, manager, tmp_path)
    assert not target.exists() and not (tmp_path / "r.sqlite3").exists()
    assert LocalSettings.load(ctx.data_dir).backup_folder is None


def test_a_truncated_archive_is_not_good(archive: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.zip"
    broken.write_bytes(archive.read_bytes()[: archive.stat().st_size // 2])
    verdict = operations.verify_backup(broken)
    assert not verdict.ok and verdict.code == "archive_unreadable"


def test_the_second_folder_and_the_failure_note(ctx: AppContext, admin: CurrentUser,
                                                tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    operations.set_backup_folder(ctx, admin, usb)
    assert LocalSettings.load(ctx.data_dir).backup_folder == str(usb)
    made = operations.automatic_backup(ctx, "daily")
    assert made is not None and (usb / made.path.name).is_file()
    assert operations.automatic_backup(ctx, "daily") is None  # one a day
    assert operations.automatic_backup(ctx, "close") is None  # nothing changed since
    letters.register_letter(ctx, admin, incoming(subject="پس از پشتیبان"))
    assert operations.automatic_backup(ctx, "close") is not None
    status = operations.backup_status(ctx.data_dir)
    assert status.age_days == 0 and not status.overdue and status.last_failure is None

    usb.rename(tmp_path / "unplugged")
    letters.register_letter(ctx, admin, incoming(subject="یکی دیگر"))
    with pytest.raises(OperationRefused) as failed:
        operations.automatic_backup(ctx, "close")
    assert failed.value.code == "second_folder_failed"
    status = operations.backup_status(ctx.data_dir)
    assert status.last_failure is not None and status.last_failure.code == "second_folder_failed"


def test_retention_keeps_7_days_4_weeks_12_months() -> None:
    start = datetime(2026, 12, 5, 8, tzinfo=UTC)
    # Two backups a day for a year and a half.
    times = [start - timedelta(hours=12 * i) for i in range(2 * 550)]
    kept = _retention.to_keep(times, lambda t: t)
    assert kept[0] == times[0]
    assert len({t.date() for t in kept if start - t < timedelta(days=7)}) == 7
    assert len(kept) <= 7 + 4 + 12
    assert len(kept) >= 12
    assert max(start - t for t in kept) > timedelta(days=300)  # a monthly one from last year


def test_thinning_removes_only_automatic_backups(ctx: AppContext, admin: CurrentUser) -> None:
    manual = operations.create_backup(ctx, admin)
    age_backup(manual.path, 400)
    for days in range(30):
        made = _backups.write_backup(ctx, "system", ctx.backups_dir / f"d{days}.zip", "daily")
        age_backup(made.path, days)
    _backups.thin_out(ctx.backups_dir)
    left = {b.path.name: b for b in operations.list_backups(ctx.data_dir)}
    assert manual.path.name in left  # made by hand: never removed
    dailies = sorted(int(name[1:-4]) for name, b in left.items() if b.kind == "daily")
    assert dailies[:7] == list(range(7))  # the last seven days
    assert len(dailies) < 30 and len(dailies) <= 7 + 4 + 12
