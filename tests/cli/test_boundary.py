"""The command line's error boundary: the issue's bad-input list through the real command,
and whatever goes wrong unexpectedly, a short sentence, exit 1, the traceback in the log."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from secretariat.cli import main as cli_main
from secretariat.kernel import logs
from tests.cli.conftest import Cli, SignIn

ADMIN: SignIn = {"user": "admin", "password": "admin-password-1"}
PERSIAN = set("ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی")


def _letter(**fields: object) -> str:
    return json.dumps({"kind": "incoming", "sender": "شرکت فولاد البرز", **fields})


# The issue's list (found on the first hardening pass), plus the text and date rules' cases.
BAD_INPUTS: dict[str, bytes] = {
    "invalid UTF-8": b'{"kind": "incoming", "subject": "\xd8\xaf\xff\xfe", "sender": "x"}',
    "lone surrogate": _letter(subject="\\ud800").encode().replace(b"\\\\ud800", b"\\ud800"),
    "contact id 10**30": _letter(subject="x", sender={"id": 10**30}).encode(),
    "100,000 nested brackets": b"[" * 100_000 + b"]" * 100_000,
    "ESC": _letter(subject="\x1b[31mقرمز").encode(),
    "BEL": _letter(subject="زنگ\x07").encode(),
    "NUL": _letter(subject="پوچ\x00").encode(),
    "right-to-left override": _letter(subject="درخواست \u202eتسهیلات").encode(),
    "only spaces and ZWNJ": _letter(subject=" \u200c \u200c ").encode(),
    "Gregorian sender date": _letter(subject="x", sender_date="2026/11/20").encode(),
    "year 1200": _letter(subject="x", sender_date="1200/01/01").encode(),
    "not an object": b"[1, 2, 3]",
    "not JSON": b"{kind: incoming}",
    "NaN": b'{"kind": "incoming", "subject": NaN}',
    "huge number": b'{"kind": "incoming", "subject": "x", "reply_to": ' + b"9" * 5000 + b"}",
}


def _letters(data_dir: Path) -> int:
    with sqlite3.connect(data_dir / "secretariat.sqlite") as con:
        return int(con.execute("SELECT count(*) FROM letters").fetchone()[0])


def test_every_bad_input_is_refused_in_persian_and_nothing_is_stored(
    initialized_cli: Cli, tmp_path: Path
) -> None:
    for name, raw in BAD_INPUTS.items():
        source = tmp_path / "letter.json"
        source.write_bytes(raw)
        result = initialized_cli("letter", "add", "--json", str(source), **ADMIN)
        assert result.code == 1, (name, result.out, result.err)
        assert result.err.startswith("خطا: ") and PERSIAN & set(result.err), (name, result.err)
        assert "Traceback" not in result.err and "Error" not in result.err, (name, result.err)
        assert result.out == "", name
    assert _letters(initialized_cli.data_dir) == 0
    logged = (initialized_cli.data_dir / "logs" / "secretariat.log").read_text(encoding="utf-8")
    assert logged.count("command=letter add outcome=refused") == len(BAD_INPUTS)
    assert "Traceback" not in logged  # each was refused on purpose, none was unexpected


def test_the_same_bytes_on_standard_input(initialized_cli: Cli) -> None:
    result = initialized_cli("letter", "add", "--json", "-", stdin=_letter(subject="\x1b[2J"),
                             **ADMIN)
    assert (result.code, result.out) == (1, "")
    assert "U+001B" in result.err


def test_an_input_too_large_is_refused_before_it_is_parsed(
    initialized_cli: Cli, tmp_path: Path
) -> None:
    source = tmp_path / "big.json"
    source.write_bytes(b'{"kind": "incoming", "subject": "' + b"a" * (11 * 1024 * 1024) + b'"}')
    result = initialized_cli("letter", "add", "--json", str(source), **ADMIN)
    assert result.code == 1 and "۱۰ مگابایت" in result.err


def test_wrong_usage_exits_2(cli: Cli) -> None:
    assert cli("letter", "add").code == 2
    assert cli("no-such-command").code == 2


def test_an_unexpected_error_is_a_short_sentence_and_a_traceback_in_the_log(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()

    def broken(_args: object) -> int:
        raise RuntimeError("a bug deep inside")

    monkeypatch.setattr("secretariat.cli.admin.cmd_self_test", broken)
    try:
        code = cli_main.main(["--data-dir", str(data_dir), "--user", "clerk1", "self-test"])
    finally:
        log_path = logs.log_file()
        _stop_logging()
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("خطا: خطای پیش‌بینی‌نشده‌ای رخ داد") and "RuntimeError" not in err
    assert log_path == data_dir / "logs" / "secretariat.log" and str(log_path) in err
    logged = log_path.read_text(encoding="utf-8")
    assert "user=clerk1 command=self-test outcome=error RuntimeError" in logged
    assert "Traceback" in logged and "a bug deep inside" in logged


def test_english_interface_gets_the_english_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SECRETARIAT_LANGUAGE", "en")

    def broken(_args: object) -> int:
        raise KeyError("x")

    monkeypatch.setattr("secretariat.cli.admin.cmd_self_test", broken)
    try:
        code = cli_main.main(["--data-dir", str(tmp_path / "missing"), "self-test"])
    finally:
        _stop_logging()
    assert code == 1
    assert "An unexpected error stopped this action" in capsys.readouterr().err


def _stop_logging() -> None:
    import logging

    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "secretariat", False)]:
        root.removeHandler(handler)
        handler.close()
