"""The log: one line per command with user, command and outcome; never a password, never
a letter's text (``--verbose`` prints the same lines on stderr)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from secretariat.kernel.db.engine import make_engine, sqlite_url
from tests.cli.conftest import Cli, SignIn

ADMIN: SignIn = {"user": "admin", "password": "admin-password-1"}
SUBJECT = "دعوت‌نامهٔ نشست هیئت‌مدیره"
BODY = "متن نامه که نباید در گزارش بیاید"
NEW_PASSWORD = "Secret-Horse-Battery-77"


def test_the_log_names_commands_and_outcomes_without_secrets(initialized_cli: Cli) -> None:
    cli = initialized_cli
    letter = {"kind": "incoming", "subject": SUBJECT, "sender": "اتاق بازرگانی", "body": BODY}
    assert cli("letter", "add", "--json", "-", stdin=json.dumps(letter), **ADMIN).code == 0
    assert cli("user", "add", "clerk1", "--role", "clerk", "--password-stdin",
               stdin=NEW_PASSWORD + "\n", **ADMIN).code == 0
    assert cli("letter", "list", user="clerk1", password="a-wrong-password-1").code == 1
    verbose = cli("--verbose", "letter", "list", **ADMIN)
    assert verbose.code == 0
    logged = (cli.data_dir / "logs" / "secretariat.log").read_text(encoding="utf-8")
    lines = logged.splitlines()
    assert any("user=admin command=letter add outcome=ok" in line for line in lines), logged
    assert any("user=clerk1 command=letter list outcome=refused code=auth_failed" in line
               for line in lines), logged
    assert "command=letter list outcome=ok" in verbose.err  # --verbose shows the log too
    for secret in (SUBJECT, BODY, NEW_PASSWORD, "a-wrong-password-1", ADMIN["password"]):
        assert secret not in logged
        assert secret not in verbose.err


def test_a_database_error_carries_no_values_into_the_log(tmp_path: Path) -> None:
    """A failing statement's text is logged with the error; its values (a letter's text, a
    password hash) are not."""
    engine = make_engine(sqlite_url(tmp_path / "x.sqlite"))
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE t (body TEXT CHECK (length(body) < 5))"))
        with pytest.raises(IntegrityError) as info, engine.begin() as conn:
            conn.execute(text("INSERT INTO t VALUES (:body)"), {"body": BODY})
    finally:
        engine.dispose()
    assert "INSERT INTO t" in str(info.value) and BODY not in str(info.value)
