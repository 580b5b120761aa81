from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from secretariat import __version__
from tests.cli.conftest import Cli, SignIn

ADMIN = SignIn(user="admin", password="admin-password-1")


def test_version(cli: Cli) -> None:
    result = cli("--version")
    assert result.code == 0
    assert result.out.strip() == f"secretariat {__version__}"


def test_usage_errors_exit_2(cli: Cli) -> None:
    assert cli().code == 2
    assert cli("no-such-command").code == 2
    assert cli("user", "add", "x", "--role", "king", "--password-stdin").code == 2


def test_init_creates_database_and_admin(cli: Cli) -> None:
    result = cli(
        "init", "--admin", "Admin", "--org-name", "خانه صمت البرز", password="admin-password-1"
    )
    assert result.code == 0, result.err
    assert (cli.data_dir / "secretariat.sqlite").is_file()
    users = cli("user", "list", "--json", **ADMIN).json()
    assert [(u["name"], u["role"], u["clearance"]) for u in users] == [("admin", "admin", "secret")]


def test_init_refuses_admin_on_database_with_users(initialized_cli: Cli) -> None:
    result = initialized_cli("init", "--admin", "second", password="another-password")
    assert result.code == 1
    assert "پیش‌تر" in result.err
    # Without --admin it only upgrades, and succeeds.
    assert initialized_cli("init").code == 0
    users = initialized_cli("user", "list", "--json", **ADMIN).json()
    assert [u["name"] for u in users] == ["admin"]


def test_init_needs_a_password(cli: Cli) -> None:
    result = cli("init", "--admin", "admin")
    assert result.code == 1
    assert "گذرواژه" in result.err
    assert cli("init", "--admin", "admin", password="short").code == 1


def test_user_add_and_list(initialized_cli: Cli) -> None:
    result = initialized_cli(
        "user", "add", "clerk1", "--role", "clerk", "--clearance", "confidential",
        "--full-name", "زهرا رضایی", "--password-stdin", "--json",
        stdin="clerk-password-1\n", **ADMIN,
    )  # fmt: skip
    assert result.code == 0, result.err
    assert result.json()["name"] == "clerk1"
    users = initialized_cli("user", "list", "--json", **ADMIN).json()
    clerk = next(u for u in users if u["name"] == "clerk1")
    assert (clerk["role"], clerk["clearance"], clerk["full_name"]) == (
        "clerk", "confidential", "زهرا رضایی",
    )  # fmt: skip
    # The new user can sign in with the password from stdin.
    own = initialized_cli("user", "list", "--json", user="clerk1", password="clerk-password-1")
    assert own.code == 1  # signed in, but a clerk may not list users
    assert "اجازه" in own.err


def test_wrong_credentials_change_nothing(initialized_cli: Cli) -> None:
    db = initialized_cli.data_dir / "secretariat.sqlite"
    result = initialized_cli(
        "user", "add", "intruder", "--role", "admin", "--password-stdin",
        stdin="intruder-password\n", user="admin", password="wrong-password",
    )  # fmt: skip
    assert result.code == 1
    assert "گذرواژه" in result.err
    with sqlite3.connect(db) as raw:
        assert raw.execute("SELECT count(*) FROM users WHERE username='intruder'").fetchone() == (
            0,
        )
    assert initialized_cli("user", "list", "--json", user="nobody", password="x").code == 1


def test_missing_user_is_an_error(initialized_cli: Cli) -> None:
    result = initialized_cli("user", "list", "--json", password="admin-password-1")
    assert result.code == 1
    assert "--user" in result.err


def test_check_passes_then_finds_tampering(initialized_cli: Cli) -> None:
    ok = initialized_cli("check", "--json", user="admin", password="admin-password-1")
    assert ok.code == 0, ok.out + ok.err
    assert ok.json()["ok"] is True
    with sqlite3.connect(initialized_cli.data_dir / "secretariat.sqlite") as raw:
        raw.execute("UPDATE users SET clearance = 'normal' WHERE username = 'admin'")
    bad = initialized_cli("check", "--json", **ADMIN)
    assert bad.code == 1
    report = bad.json()
    assert report["ok"] is False and report["details"] is True
    assert [p["code"] for p in report["problems"]] == ["record_changed_outside"]
    assert "کاربر" in report["problems"][0]["message"]
    text = initialized_cli("check", **ADMIN)
    assert text.code == 1 and "بیرون از برنامه" in text.err


def test_check_names_records_to_admins_only(initialized_cli: Cli) -> None:
    for name, role in (("clerk1", "clerk"), ("manager1", "manager")):
        added = initialized_cli("user", "add", name, "--role", role, "--password-stdin",
                                stdin=f"{role}-password-1\n", **ADMIN)
        assert added.code == 0, added.err
    with sqlite3.connect(initialized_cli.data_dir / "secretariat.sqlite") as raw:
        raw.execute("UPDATE users SET full_name = 'x' WHERE username = 'clerk1'")
    # A clerk may not run it; a manager sees each check's result and counts, not which records.
    refused = initialized_cli("check", "--json", user="clerk1", password="clerk-password-1")
    assert refused.code == 1 and "summary" not in refused.out
    for who in ({"user": "manager1", "password": "manager-password-1"},):
        summary = initialized_cli("check", "--json", **who)  # type: ignore[arg-type]
        assert summary.code == 1
        report = summary.json()
        assert report["details"] is False and "problems" not in report
        assert report["summary"]["audited_state"] == {"ok": False, "problems": 1}
        assert report["summary"]["audit_chain"] == {"ok": True, "problems": 0}
        assert report["problem_counts"] == {"record_changed_outside": 1}
        assert '"id"' not in summary.out and "params" not in summary.out
        text = initialized_cli("check", **who)  # type: ignore[arg-type]
        assert text.code == 1 and "مدیر سامانه" in text.out
        assert "بیرون از برنامه" not in text.out + text.err


def test_global_options_and_env_are_equivalent(cli: Cli, tmp_path: Path) -> None:
    other = tmp_path / "elsewhere"
    result = cli("--data-dir", str(other), "init", "--admin", "admin", password="admin-password-1")
    assert result.code == 0, result.err
    assert (other / "secretariat.sqlite").is_file()
    assert not (cli.data_dir / "secretariat.sqlite").exists()
    url = "sqlite:///" + str(tmp_path / "by-url.sqlite")
    result = cli("--database-url", url, "init", "--admin", "admin", password="admin-password-1")
    assert result.code == 0, result.err
    assert (tmp_path / "by-url.sqlite").is_file()
    env_url = cli("user", "list", "--json", env={"SECRETARIAT_DATABASE_URL": url}, **ADMIN)
    assert env_url.code == 0 and env_url.json()[0]["name"] == "admin"


def test_audit_command(initialized_cli: Cli) -> None:
    result = initialized_cli("audit", "--json", **ADMIN)
    assert result.code == 0, result.err
    data = result.json()
    assert data["total"] >= 2
    assert {e["entity"] for e in data["entries"]} == {"user", "setting"}


def test_self_test_passes(cli: Cli) -> None:
    result = cli("self-test")
    assert result.code == 0, result.out + result.err
    for name in ("database", "fts5", "fonts", "translations", "pdf", "calendar"):
        assert f"[OK  ] {name}" in result.out


def test_a_locked_name_is_unlocked_by_an_admin(initialized_cli: Cli) -> None:
    from secretariat.kernel import lockout
    from secretariat.kernel.context import open_context
    from secretariat.kernel.jalali import now_utc

    ctx = open_context(initialized_cli.data_dir)
    try:
        with ctx.write() as session:  # ten wrong tries for a made-up name
            for _ in range(lockout.LOCK_AFTER):
                lockout.count_failure(session, "clerk9", now_utc())
    finally:
        ctx.close()
    locked = initialized_cli("letter", "list", user="clerk9", password="whatever-it-is")
    assert locked.code == 1 and "دقیقهٔ دیگر بسته است" in locked.err
    done = initialized_cli("user", "unlock", "clerk9", **ADMIN)
    assert done.code == 0 and "دوباره باز شد" in done.err + done.out
    again = initialized_cli("letter", "list", user="clerk9", password="whatever-it-is")
    assert again.code == 1 and "نام کاربری یا گذرواژه درست نیست" in again.err
    audit = initialized_cli("audit", "--entity", "sign_in", "--json", **ADMIN).json()["entries"]
    assert sorted((e["action"], e["entity_id"]) for e in audit) == [("lock", "clerk9"),
                                                                     ("unlock", "clerk9")]


def test_the_user_list_shows_a_locked_account_until_when(initialized_cli: Cli) -> None:
    from secretariat.kernel import lockout
    from secretariat.kernel.context import open_context
    from secretariat.kernel.jalali import now_utc

    added = initialized_cli("user", "add", "clerk1", "--role", "clerk", "--password-stdin",
                            stdin="Sabz-Kuh-Alborz-1405\n", **ADMIN)
    assert added.code == 0, added.err
    listed = initialized_cli("user", "list", "--json", **ADMIN).json()
    assert {u["name"]: u["locked_until"] for u in listed} == {"admin": None, "clerk1": None}
    ctx = open_context(initialized_cli.data_dir)
    try:
        with ctx.write() as session:
            for _ in range(lockout.LOCK_AFTER):
                lockout.count_failure(session, "clerk1", now_utc())
    finally:
        ctx.close()
    locked = {u["name"]: u["locked_until"] for u in
              initialized_cli("user", "list", "--json", **ADMIN).json()}
    assert locked["admin"] is None and locked["clerk1"] is not None
    assert datetime.fromisoformat(locked["clerk1"]) > now_utc()
    text = initialized_cli("user", "list", **ADMIN)
    clerk_line = next(line for line in (text.out + text.err).splitlines() if "clerk1" in line)
    assert "قفل تا ۱۴" in clerk_line
    initialized_cli("user", "unlock", "clerk1", **ADMIN)
    assert all(u["locked_until"] is None
               for u in initialized_cli("user", "list", "--json", **ADMIN).json())


def test_a_weak_password_is_refused_with_a_persian_reason(initialized_cli: Cli) -> None:
    result = initialized_cli("user", "add", "clerk1", "--role", "clerk", "--password-stdin",
                             stdin="password123\n", **ADMIN)
    assert result.code == 1
    assert "واژه یا گذرواژهٔ رایج است" in result.err
    assert "clerk1" not in initialized_cli("user", "list", **ADMIN).err
