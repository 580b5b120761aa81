"""Moving an office's database: every row, counts compared, check run on the target; SQLite
to SQLite here, PostgreSQL both ways (and backups of a server office) when a server is set."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from secretariat.correspondence import api as letters
from secretariat.correspondence.api import LetterQuery, ReferralInput
from secretariat.kernel import accounts, setup
from secretariat.kernel.config import sqlite_url
from secretariat.kernel.context import SYSTEM_USER, AppContext, CurrentUser, open_context
from secretariat.kernel.integrity import run_check
from secretariat.operations import api as operations
from secretariat.operations.api import OperationRefused
from tests.conftest import ADMIN_PASSWORD, USER_PASSWORD, MakeUser
from tests.correspondence.support import incoming, outgoing


def busy_office(ctx: AppContext, admin: CurrentUser, tmp_path: Path,
                make_user: MakeUser | None = None) -> None:
    """Letters that link forwards and backwards, a referral, a file, a merged contact."""
    if make_user is not None:
        make_user("expert1", "expert")
    else:
        accounts.add_user(ctx, admin, "expert1", USER_PASSWORD, "expert", "normal", "کارشناس")
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 scan " * 30)
    asked = letters.register_letter(ctx, admin, outgoing(subject="استعلام", reply_expected_by=None))
    first = letters.register_letter(
        ctx, admin, incoming(subject="بهره‌برداری كارخانه"), files=[scan],
        referral=ReferralInput(("expert1",), "جهت اقدام"))
    letters.register_letter(ctx, admin, incoming(subject="پاسخ استعلام", reply_to=asked.number))
    letters.register_letter(ctx, admin, incoming(subject="محرمانه", classification="secret",
                                                 follows=first.number))


def test_sqlite_to_sqlite_copy_keeps_everything_and_checks(
        ctx: AppContext, admin: CurrentUser, make_user: MakeUser, tmp_path: Path) -> None:
    busy_office(ctx, admin, tmp_path, make_user)
    target = tmp_path / "copy.sqlite"
    result = operations.copy_database(ctx, admin, sqlite_url(target))
    assert result.ok, result.problems
    assert result.counts["letters"] == 4 and result.counts["referrals"] == 1
    con = sqlite3.connect(target)
    try:
        # The full-text index was rebuilt from the copied texts.
        hits = con.execute("SELECT count(*) FROM letter_fts WHERE letter_fts MATCH 'کارخانه'")
        assert hits.fetchone()[0] == 1
    finally:
        con.close()
    with pytest.raises(OperationRefused) as again:
        operations.copy_database(ctx, admin, sqlite_url(target))
    assert again.value.code == "copy_target_not_empty"


def test_copy_needs_the_permission_and_a_real_target(
        ctx: AppContext, admin: CurrentUser, make_user: MakeUser, tmp_path: Path) -> None:
    clerk = make_user("clerk1")
    from secretariat.kernel.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        operations.copy_database(ctx, clerk, sqlite_url(tmp_path / "x.sqlite"))
    with pytest.raises(OperationRefused) as same:
        operations.copy_database(ctx, admin, ctx.database_url)
    assert same.value.code == "copy_same_database"
    with pytest.raises(OperationRefused) as odd:
        operations.copy_database(ctx, admin, "mysql://nobody@nowhere/x")
    assert odd.value.code == "invalid_database_url"


@pytest.mark.postgres
def test_sqlite_to_postgresql_and_back(ctx: AppContext, admin: CurrentUser,
                                       make_user: MakeUser, tmp_path: Path,
                                       pg_url: str) -> None:
    busy_office(ctx, admin, tmp_path, make_user)
    probe = operations.test_connection(pg_url)
    assert probe["engine"] == "postgresql" and probe["empty"]
    result = operations.copy_database(ctx, admin, pg_url)
    assert result.ok, result.problems
    server = open_context(ctx.data_dir, pg_url)
    try:
        report = run_check(server, SYSTEM_USER)
        assert report.ok and "search_index" in report.checks and "audit_chain" in report.checks
        clerk = accounts.authenticate(server, "expert1", USER_PASSWORD)
        assert [s.subject for s in letters.list_letters(server, clerk, LetterQuery(
            text="بهره برداری کارخانه"))] == ["بهره‌برداری كارخانه"]
        assert letters.count_letters(server, clerk, LetterQuery(text="محرمانه")) == 0
        assert letters.count_letters(server, admin, LetterQuery(text="محرمانه")) == 1
        # The next letter on the server follows the copied ones (sequences moved on).
        new = letters.register_letter(server, admin, incoming(subject="نخستین نامه در سرور"))
        assert new.id == 5 and new.number is not None and new.number.endswith("/4")
        back = tmp_path / "back" / "secretariat.sqlite"
        back.parent.mkdir()
        home = operations.copy_database(server, admin, sqlite_url(back))
        assert home.ok, home.problems
        assert home.counts["letters"] == 5
    finally:
        server.close()


@pytest.mark.postgres
def test_a_server_office_backs_up_to_the_same_portable_archive(
        tmp_path: Path, pg_url: str) -> None:
    data = tmp_path / "workstation"
    server = open_context(data, pg_url, create=True)  # a new office on the server
    try:
        admin = setup.initialize(server, "admin", ADMIN_PASSWORD, "مدیر")
        busy_office(server, admin, tmp_path)
        made = operations.create_backup(server, admin)
    finally:
        server.close()
    assert made.verified and made.counts["letters"] == 4
    laptop = tmp_path / "laptop"
    operations.restore_backup(made.path, laptop)
    restored = open_context(laptop)
    try:
        assert restored.engine.dialect.name == "sqlite"
        assert run_check(restored, SYSTEM_USER).ok
    finally:
        restored.close()


@pytest.mark.postgres
def test_restore_into_a_server(ctx: AppContext, admin: CurrentUser, make_user: MakeUser,
                               tmp_path: Path, pg_url: str) -> None:
    busy_office(ctx, admin, tmp_path, make_user)
    made = operations.create_backup(ctx, admin)
    workstation = tmp_path / "ws"
    workstation.mkdir()
    result = operations.restore_backup_to_server(made.path, pg_url, workstation)
    assert result.counts["letters"] == 4
    server = open_context(workstation, pg_url)
    try:
        assert run_check(server, SYSTEM_USER).ok  # the files came into the workstation's folder
        assert len(letters.list_letters(server, admin, LetterQuery())) == 4
    finally:
        server.close()
    with pytest.raises(OperationRefused) as occupied:
        operations.restore_backup_to_server(made.path, pg_url, workstation)
    assert occupied.value.code == "restore_target_not_empty"
    again = operations.restore_backup_to_server(made.path, pg_url, workstation, replace=True)
    assert again.previous is not None and again.previous.is_file()
