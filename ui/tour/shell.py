"""The shell's screens: first run, sign-in, the main window and each of its pages as an admin
and as a clerk, users, audit, settings, about, the error dialog, the date field."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from secretariat.kernel import accounts, org_settings
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.jalali import today_tehran
from secretariat.kernel.paths import resource_path
from ui.crash import show_unexpected_error
from ui.dialogs.about_dialog import AboutDialog
from ui.dialogs.change_password_dialog import ChangePasswordDialog
from ui.dialogs.first_run_wizard import FirstRunWizard
from ui.dialogs.login_dialog import LoginDialog
from ui.dialogs.reset_password_dialog import ResetPasswordDialog
from ui.dialogs.settings_dialog import SettingsDialog
from ui.dialogs.user_dialog import UserDialog
from ui.main_window import MainWindow
from ui.pages.audit_page import AuditPage
from ui.tour.support import PASSWORD, ensure_people, person, settle
from ui.widgets.jalali_date_edit import JalaliDateEdit
from ui.widgets.tables import select_row

Screens = Iterator[tuple[str, QWidget]]


def seed(ctx: AppContext, admin: CurrentUser) -> None:
    ensure_people(ctx, admin)
    accounts.reset_password(ctx, admin, "officer", PASSWORD + "x")  # must change it
    org_settings.update_org_settings(
        ctx, admin, address="کرج، بلوار جمهوری اسلامی، خیابان شهید بهشتی، ساختمان خانه صمت، "
        "طبقهٔ سوم", phone="026-32212345")


def screens(ctx: AppContext, user: CurrentUser) -> Screens:
    yield from _first_run(ctx)
    yield from _sign_in(ctx, user)
    org = org_settings.get_org_settings(ctx)
    window = MainWindow(ctx, user, org)
    window.show()
    for key in window.page_keys():
        window.show_page(key)
        yield f"main-{key}", window
    audit = window.show_page("audit")
    assert isinstance(audit, AuditPage)
    audit.date_from.setDate(today_tehran() - timedelta(days=30))
    audit.search()
    settle()
    select_row(audit.table, 0)
    yield "main-audit-selected", window
    yield "user-add", UserDialog(ctx, user, None, window)
    yield "user-edit", UserDialog(ctx, user, accounts.get_user(ctx, user, "expert1"), window)
    yield "user-reset-password", ResetPasswordDialog(ctx, user, "clerk", window)
    yield "settings-dialog", SettingsDialog(ctx, user, window)
    yield "about", AboutDialog(org, window)
    box = show_unexpected_error(window)  # the traceback goes to the log, not the dialog
    if box is not None:
        yield "error-dialog", box
        box.close()
    date_edit = JalaliDateEdit()
    date_edit.setDate(today_tehran())
    date_edit.resize(220, date_edit.sizeHint().height())
    date_edit.show()
    date_edit.show_popup()
    settle()
    assert date_edit.popup is not None
    yield "date-popup", date_edit.popup
    date_edit.close()
    window.close()
    clerk = person(ctx, user, "clerk")
    clerk_window = MainWindow(ctx, clerk, org)
    clerk_window.show()
    yield "main-home-clerk", clerk_window
    clerk_window.close()


def _first_run(ctx: AppContext) -> Screens:
    wizard = FirstRunWizard(ctx)
    wizard.show()
    yield "wizard-data-folder", wizard
    wizard.next()
    yield "wizard-organisation", wizard
    wizard.organisation_page.org_name.clear()
    wizard.organisation_page.validatePage()
    yield "wizard-organisation-error", wizard
    wizard.organisation_page.org_name.setText(org_settings.DEFAULT_ORG_NAME)
    wizard.organisation_page.logo.set_file(resource_path("icons", "secretariat.png"))
    wizard.next()
    page = wizard.admin_page
    page.username.setText("Admin Name")
    page.password.setText("short")
    page.check_fields()
    yield "wizard-admin-errors", wizard
    wizard.close()


def _sign_in(ctx: AppContext, user: CurrentUser) -> Screens:
    org = org_settings.get_org_settings(ctx)
    logo = org_settings.logo_path(ctx, org)
    login = LoginDialog(ctx, org.org_name, logo, "admin")
    yield "login", login
    login.password.setFocus()
    QTest.keyClicks(login.password, "SECRET")  # capitals without Shift: Caps Lock is on
    yield "login-caps-lock", login
    login.password.setText("wrong")
    login.try_sign_in()
    settle()
    yield "login-failed", login
    login.close()
    forced = ChangePasswordDialog(ctx, user, forced=True)
    yield "change-password-forced", forced
    forced.close()
