from __future__ import annotations

from pathlib import Path

import pytest

from secretariat.kernel import org_settings, setup
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import PermissionDenied, ValidationError
from tests.conftest import MakeUser


def test_defaults_after_first_run(ctx: AppContext, admin: CurrentUser) -> None:
    settings = org_settings.get_org_settings(ctx)
    assert settings.org_name == "خانه صنعت، معدن و تجارت استان البرز"
    assert settings.number_format == "{year}/{code}/{seq}"


def test_admin_updates_settings(ctx: AppContext, admin: CurrentUser) -> None:
    updated = org_settings.update_org_settings(
        ctx, admin, org_name="خانه صمت البرز", address="کرج، میدان آزادی"
    )
    assert updated.org_name == "خانه صمت البرز"
    assert org_settings.get_org_settings(ctx).address == "کرج، میدان آزادی"


def test_bad_settings_are_refused(ctx: AppContext, admin: CurrentUser, make_user: MakeUser) -> None:
    with pytest.raises(ValidationError):
        org_settings.update_org_settings(ctx, admin, org_name="  ")
    with pytest.raises(ValidationError):
        org_settings.update_org_settings(ctx, admin, number_format="{year}/{code}")
    with pytest.raises(PermissionDenied):
        org_settings.update_org_settings(ctx, make_user("clerk1"), org_name="x")
    assert org_settings.get_org_settings(ctx).org_name == "خانه صنعت، معدن و تجارت استان البرز"


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"org_name": "خانه\x1b[2J صمت"}, "org_name", "control_character"),
        ({"org_name": "خانه \u202eصمت"}, "org_name", "direction_character"),
        ({"org_name": " \u200c ."}, "org_name", "needs_letter"),
        ({"secretariat_code": "۱\x00"}, "secretariat_code", "control_character"),
        ({"phone": "۰۲۶\x0b۳۲"}, "phone", "control_character"),
        ({"address": "کرج\x07"}, "address", "control_character"),
        ({"number_format": "{year}/\u202e{code}/{seq}"}, "number_format", "direction_character"),
    ],
)
def test_settings_follow_the_text_rules(
    ctx: AppContext, admin: CurrentUser, changes: dict[str, str], field: str, code: str
) -> None:
    with pytest.raises(ValidationError) as info:
        org_settings.update_org_settings(ctx, admin, **changes)
    assert (info.value.field, info.value.code) == (field, code)
    assert org_settings.get_org_settings(ctx) == org_settings.OrgSettings()


def test_settings_are_stored_cleaned(ctx: AppContext, admin: CurrentUser) -> None:
    updated = org_settings.update_org_settings(
        ctx, admin, org_name="  خانه\tصمت  البرز ", address="کرج،\r\nمیدان آزادی\n")
    assert (updated.org_name, updated.address) == ("خانه صمت البرز", "کرج،\nمیدان آزادی")


def test_logo_is_copied_into_the_data_folder(ctx: AppContext, tmp_path: Path) -> None:
    logo = tmp_path / "emblem.PNG"
    logo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 32)
    setup.initialize(ctx, "admin", "admin-password-1", logo=logo)
    settings = org_settings.get_org_settings(ctx)
    stored = org_settings.logo_path(ctx, settings)
    assert stored is not None and stored.parent == ctx.data_dir
    assert stored.read_bytes() == logo.read_bytes()
    with pytest.raises(ValidationError):
        org_settings.import_logo(ctx, tmp_path / "missing.png")


def test_one_setting_by_name_with_email_and_website(
    ctx: AppContext, admin: CurrentUser, make_user: MakeUser, tmp_path: Path
) -> None:
    org_settings.set_org_setting(ctx, admin, "email", "dabirkhaneh@alborz-smt.ir")
    org_settings.set_org_setting(ctx, admin, "website", "https://www.alborz-smt.ir/")
    saved = org_settings.set_org_setting(ctx, admin, "phone", "۰۲۶-۳۴۴۱۲۳۴۵ داخلی ۲۱۴")
    assert (saved.email, saved.website) == ("dabirkhaneh@alborz-smt.ir", "https://www.alborz-smt.ir/")
    assert saved.phone == "026-34412345 داخلی 214"  # digits stored ASCII, as the form stores them
    logo = tmp_path / "emblem.png"
    logo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 32)
    assert org_settings.set_org_setting(ctx, admin, "logo", str(logo)).logo_file == "logo.png"
    assert org_settings.set_org_setting(ctx, admin, "logo", "").logo_file == ""
    before = org_settings.get_org_settings(ctx)
    refusals = [("email", "dabirkhaneh at alborz", "invalid_email"),
                ("website", "not a site", "invalid_website"),
                ("colour", "red", "unknown_setting_key"),
                ("logo_file", "../../etc/passwd", "unknown_setting_key"),
                ("number_format", "{year}", "number_format_needs_seq")]
    for key, value, code in refusals:
        with pytest.raises(ValidationError) as info:
            org_settings.set_org_setting(ctx, admin, key, value)
        assert info.value.code == code, key
    with pytest.raises(PermissionDenied):
        org_settings.set_org_setting(ctx, make_user("manager1", "manager"), "email", "a@b.ir")
    assert org_settings.get_org_settings(ctx) == before
