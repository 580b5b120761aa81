from __future__ import annotations

import sqlite3
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
    bad = initialized_cli("check", "--json", user="admin", password="admin-password-1")
    assert bad.code == 1
    report = bad.json()
    assert report["ok"] is False
    assert [p["code"] for p in report["problems"]] == ["record_changed_outside"]
    assert "کاربر" in report["problems"][0]["message"]
    text = initialized_cli("check", user="admin", password="admin-password-1")
    assert text.code == 1 and "بیرون از برنامه" in text.err


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
