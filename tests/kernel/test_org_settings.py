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
