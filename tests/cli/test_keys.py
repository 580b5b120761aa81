"""``secretariat keys``: where the key is, and moving it to another workstation."""

from __future__ import annotations

from pathlib import Path

from tests.cli.conftest import Cli, SignIn

ADMIN = SignIn(user="admin", password="admin-password-1")


def test_show_export_and_import_on_another_workstation(initialized_cli: Cli, tmp_path: Path
                                                       ) -> None:
    here = initialized_cli("keys", "show", "--json")
    assert here.code == 0, here.err
    status = here.json()
    assert status["keys"] == ["audit-hmac", "qr-ed25519"] and status["private"] is True
    assert Path(status["file"]).is_file()
    out = tmp_path / "office.keys"
    exported = initialized_cli("keys", "export", "--out", str(out), **ADMIN)
    assert exported.code == 0, exported.err
    assert out.is_file() and "keys import" in exported.out
    again = initialized_cli("keys", "export", "--out", str(out), **ADMIN)
    assert again.code == 1 and "پیش‌تر هست" in again.err

    # Another workstation: the same database, another user's config folder.
    elsewhere = {"XDG_CONFIG_HOME": str(tmp_path / "workstation-2")}
    before = initialized_cli("keys", "show", env=elsewhere)
    assert before.code == 0 and "keys import" in before.out
    imported = initialized_cli("keys", "import", str(out), env=elsewhere)
    assert imported.code == 0, imported.err
    after = initialized_cli("keys", "show", "--json", env=elsewhere).json()
    assert after["keys"] == ["audit-hmac", "qr-ed25519"]
    assert after["database_id"] == status["database_id"]
    assert Path(after["file"]).read_bytes() == Path(status["file"]).read_bytes()


def test_only_an_admin_exports(initialized_cli: Cli, tmp_path: Path) -> None:
    added = initialized_cli("user", "add", "clerk1", "--role", "clerk", "--password-stdin",
                            stdin="clerk-password-1\n", **ADMIN)
    assert added.code == 0, added.err
    refused = initialized_cli("keys", "export", "--out", str(tmp_path / "k.keys"),
                              user="clerk1", password="clerk-password-1")
    assert refused.code == 1 and "اجازه" in refused.err
    assert not (tmp_path / "k.keys").exists()


def test_a_foreign_or_broken_file_is_refused(initialized_cli: Cli, tmp_path: Path) -> None:
    broken = tmp_path / "broken.keys"
    broken.write_text("{}", encoding="utf-8")
    result = initialized_cli("keys", "import", str(broken))
    assert result.code == 1 and "پروندهٔ کلید" in result.err and "Traceback" not in result.err
    missing = initialized_cli("keys", "import", str(tmp_path / "nowhere.keys"))
    assert missing.code == 1 and "Traceback" not in missing.err
