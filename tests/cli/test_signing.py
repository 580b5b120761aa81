"""``letter sign``: the chosen signatory stays; someone who may not sign for them is refused."""

from __future__ import annotations

import json
from typing import Any

from tests.cli.conftest import Cli, SignIn

ADMIN = SignIn(user="admin", password="admin-password-1")
MANAGER = SignIn(user="manager1", password="manager-password-1")
EXPERT = SignIn(user="expert1", password="expert-password-1")


def test_sign_keeps_the_chosen_signatory(initialized_cli: Cli) -> None:
    cli = initialized_cli
    for name, role in (("manager1", "manager"), ("expert1", "expert")):
        made = cli("user", "add", name, "--role", role, "--full-name", f"کاربر {name}",
                   "--password-stdin", stdin=f"{name.rstrip('1')}-password-1\n", **ADMIN)
        assert made.code == 0, made.err
    draft = json.dumps({"kind": "outgoing", "subject": "پیش‌نویس", "recipient": "سازمان صمت",
                        "draft": True, "signatory": "manager1"}, ensure_ascii=False)
    added = cli("letter", "add", "--json", "-", stdin=draft, **ADMIN)
    assert added.code == 0, added.err
    letter_id = str(added.json()["id"])

    refused = cli("letter", "sign", letter_id, **EXPERT)
    assert refused.code == 1
    assert "کاربر manager1" in refused.err and "امضا" in refused.err
    still: Any = cli("letter", "get", letter_id, "--json", **ADMIN).json()
    assert (still["number"], still["signatory"]) == (None, "manager1")

    signed = cli("letter", "sign", letter_id, "--json", **ADMIN)
    assert signed.code == 0, signed.err
    assert signed.json()["signatory"] == "manager1" and signed.json()["number"]
    entries = cli("audit", "--entity", "letter", "--json", **ADMIN).json()["entries"]
    last = entries[0]
    assert (last["action"], last["actor"], last["entity_id"]) == ("sign_for", "admin", letter_id)
