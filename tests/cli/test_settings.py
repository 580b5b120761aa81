"""``settings get/set``: the organisation's settings for admins who script installations."""

from __future__ import annotations

from tests.cli.conftest import Cli, SignIn

ADMIN = SignIn(user="admin", password="admin-password-1")
CLERK = SignIn(user="clerk1", password="clerk-password-1")
KEYS = {"org_name", "address", "phone", "email", "website", "secretariat_code", "number_format"}


def test_get_and_set(initialized_cli: Cli) -> None:
    cli = initialized_cli
    got = cli("settings", "get", "--json")
    assert got.code == 0, got.err
    assert KEYS <= set(got.json())
    assert got.json()["number_format"] == "{year}/{code}/{seq}"

    address = "کرج، بلوار جمهوری، ساختمان خانه صمت، طبقهٔ ۳، واحد ۱۲، کد پستی ۳۱۴۶۸۸۳۱۱۱"
    for key, value in (("address", address), ("email", "info@alborz-smt.ir"),
                       ("website", "www.alborz-smt.ir"), ("phone", "۰۲۶-۳۴۴۱۲۳۴۵")):
        result = cli("settings", "set", key, value, **ADMIN)
        assert result.code == 0, result.err
    now = cli("settings", "get", "--json").json()
    assert (now["address"], now["email"], now["website"], now["phone"]) == (
        address, "info@alborz-smt.ir", "www.alborz-smt.ir", "026-34412345")
    one = cli("settings", "get", "email", "--json")
    assert one.json() == {"email": "info@alborz-smt.ir"}

    audit = cli("audit", "--entity", "setting", "--json", **ADMIN).json()["entries"]
    assert {e["entity_id"] for e in audit} >= {"address", "email", "website", "phone"}


def test_refusals_change_nothing(initialized_cli: Cli) -> None:
    cli = initialized_cli
    made = cli("user", "add", "clerk1", "--role", "clerk", "--password-stdin",
               stdin="clerk-password-1\n", **ADMIN)
    assert made.code == 0, made.err
    before = cli("settings", "get", "--json").json()
    unknown = cli("settings", "set", "colour", "red", **ADMIN)
    assert unknown.code == 1 and "شناخته نیست" in unknown.err and "website" in unknown.err
    bad = cli("settings", "set", "number_format", "{year}/{code}", **ADMIN)
    assert bad.code == 1 and "قالب شماره" in bad.err
    email = cli("settings", "set", "email", "not-an-address", **ADMIN)
    assert email.code == 1 and "رایانامه" in email.err
    clerk = cli("settings", "set", "org_name", "نام دیگر", **CLERK)
    assert clerk.code == 1 and "اجازه" in clerk.err
    usage = cli("settings", "set", "org_name", **ADMIN)
    assert usage.code == 2
    assert cli("settings", "get", "--json").json() == before
