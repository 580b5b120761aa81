"""Render every screen offscreen into ./screenshots/*.png, on a seeded throwaway database.

    python scripts/screenshots.py [output-folder]

Open the PNGs and look: navigation on the right, labels to the right of their
fields, Persian digits, Jalali dates, joined Persian letters, nothing cut off.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
_TEMP = Path(tempfile.mkdtemp(prefix="secretariat-screens-"))
# A desktop-sized offscreen screen: the default 800x600 one pushes popups (a completer's
# list under a field) sideways to keep them on it, which no real screen would.
(_TEMP / "screen.json").write_text(
    '{"screens": [{"name": "screen", "x": 0, "y": 0, "width": 1920, "height": 1080, '
    '"logicalDpiX": 96, "logicalDpiY": 96, "dpr": 1}]}', encoding="utf-8")
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={_TEMP / 'screen.json'}")
os.environ["SECRETARIAT_DATA_DIR"] = str(_TEMP / "data")
os.environ.pop("SECRETARIAT_DATABASE_URL", None)

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from secretariat.kernel import accounts, org_settings, setup  # noqa: E402
from secretariat.kernel.context import AppContext, CurrentUser, open_context  # noqa: E402
from secretariat.kernel.jalali import today_tehran  # noqa: E402
from secretariat.kernel.paths import resource_path  # noqa: E402
from ui.bootstrap import configure_application  # noqa: E402
from ui.crash import show_unexpected_error  # noqa: E402
from ui.dialogs.about_dialog import AboutDialog  # noqa: E402
from ui.dialogs.change_password_dialog import ChangePasswordDialog  # noqa: E402
from ui.dialogs.first_run_wizard import FirstRunWizard  # noqa: E402
from ui.dialogs.login_dialog import LoginDialog  # noqa: E402
from ui.dialogs.reset_password_dialog import ResetPasswordDialog  # noqa: E402
from ui.dialogs.settings_dialog import SettingsDialog  # noqa: E402
from ui.dialogs.user_dialog import UserDialog  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.pages.audit_page import AuditPage  # noqa: E402
from ui.tasks import tasks_running  # noqa: E402
from ui.widgets.jalali_date_edit import JalaliDateEdit  # noqa: E402
from ui.widgets.tables import select_row  # noqa: E402

PASSWORD = "screens-pass-1"


class Shooter:
    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        out_dir.mkdir(parents=True, exist_ok=True)
        self.count = 0

    def __call__(self, name: str, widget: QWidget) -> None:
        settle()
        self.count += 1
        path = self.out_dir / f"{self.count:02d}-{name}.png"
        widget.grab().save(str(path))
        print(path)


def settle(seconds: float = 0.15) -> None:
    """Let background tasks finish and the widgets repaint."""
    deadline = time.monotonic() + 30
    while tasks_running() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def shoot_wizard(shoot: Shooter, ctx: AppContext) -> None:
    wizard = FirstRunWizard(ctx)
    wizard.show()
    shoot("wizard-data-folder", wizard)
    wizard.next()
    shoot("wizard-organisation", wizard)
    wizard.organisation_page.org_name.clear()
    wizard.organisation_page.validatePage()
    shoot("wizard-organisation-error", wizard)
    wizard.organisation_page.org_name.setText(org_settings.DEFAULT_ORG_NAME)
    wizard.organisation_page.logo.set_file(resource_path("icons", "secretariat.png"))
    wizard.next()
    page = wizard.admin_page
    page.username.setText("Admin Name")
    page.password.setText("short")
    page.check_fields()
    shoot("wizard-admin-errors", wizard)
    wizard.close()


def seed(ctx: AppContext) -> tuple[CurrentUser, CurrentUser]:
    admin = setup.initialize(ctx, "admin", PASSWORD, "مریم احمدی",
                             logo=resource_path("icons", "secretariat.png"))
    people = [("clerk", "clerk", "علی رضایی", "کارمند دبیرخانه"),
              ("manager", "manager", "زهرا کریمی", "مدیر دبیرخانه"),
              ("expert1", "expert", "حسین محمدی", "کارشناس امور صنایع"),
              ("officer", "officer", "نرگس موسوی", "مسئول انجمن‌ها")]
    for username, role, name, post in people:
        accounts.add_user(ctx, admin, username, PASSWORD, role, full_name=name, post_title=post)
    accounts.update_user(ctx, admin, "expert1", clearance="confidential")
    accounts.reset_password(ctx, admin, "officer", PASSWORD + "x")
    org_settings.update_org_settings(ctx, admin, address="کرج، بلوار جمهوری", phone="026-32212345")
    clerk_info = accounts.get_user(ctx, admin, "clerk")
    clerk = CurrentUser(clerk_info.id, clerk_info.username, clerk_info.full_name,
                        clerk_info.role, clerk_info.clearance)
    return admin, clerk


def with_dialog(shoot: Shooter, name: str, make: Callable[[], QWidget],
                prepare: Callable[[QWidget], None] | None = None) -> None:
    dialog = make()
    dialog.show()
    settle()
    if prepare:
        prepare(dialog)
    shoot(name, dialog)
    dialog.close()


def main() -> int:
    out_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("screenshots")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(_TEMP))
    app = QApplication([sys.argv[0]])
    configure_application(app)
    shoot = Shooter(out_dir)
    ctx = open_context(_TEMP / "data", create=True)

    shoot_wizard(shoot, ctx)
    admin, clerk = seed(ctx)
    org = org_settings.get_org_settings(ctx)
    logo = org_settings.logo_path(ctx, org)

    with_dialog(shoot, "login", lambda: LoginDialog(ctx, org.org_name, logo, "admin"))

    def wrong_password(dialog: QWidget) -> None:
        assert isinstance(dialog, LoginDialog)
        dialog.password.setText("wrong")
        dialog.try_sign_in()
        settle()

    with_dialog(shoot, "login-failed", lambda: LoginDialog(ctx, org.org_name, logo, "admin"),
                wrong_password)
    with_dialog(shoot, "change-password-forced",
                lambda: ChangePasswordDialog(ctx, admin, forced=True))

    window = MainWindow(ctx, admin, org)
    window.show()
    for key in window.page_keys():
        window.show_page(key)
        shoot(f"main-{key}", window)
    audit = window.show_page("audit")
    assert isinstance(audit, AuditPage)
    audit.date_from.setDate(today_tehran() - timedelta(days=30))
    audit.search()
    settle()
    select_row(audit.table, 1)
    shoot("main-audit-selected", window)
    users = window.show_page("users")
    settle()
    shoot("main-users", window)

    with_dialog(shoot, "user-add", lambda: UserDialog(ctx, admin, None, window))
    info = accounts.get_user(ctx, admin, "expert1")
    with_dialog(shoot, "user-edit", lambda: UserDialog(ctx, admin, info, window))
    with_dialog(shoot, "user-reset-password",
                lambda: ResetPasswordDialog(ctx, admin, "clerk", window))
    with_dialog(shoot, "settings", lambda: SettingsDialog(ctx, admin, window))
    with_dialog(shoot, "about", lambda: AboutDialog(org, window))
    box = show_unexpected_error(window, "Traceback (most recent call last):\n  ...\n"
                                        "ZeroDivisionError: division by zero")
    if box is not None:
        shoot("error-dialog", box)
        box.close()

    date_edit = JalaliDateEdit()
    date_edit.setDate(today_tehran())
    date_edit.resize(220, date_edit.sizeHint().height())
    date_edit.show()
    date_edit.show_popup()
    settle()
    shoot("date-edit", date_edit)
    assert date_edit.popup is not None
    shoot("date-popup", date_edit.popup)

    from screenshot_letters import shoot_letters  # the correspondence screens

    shoot_letters(shoot, settle, ctx, admin, clerk, window)

    clerk_window = MainWindow(ctx, clerk, org)
    clerk_window.show()
    shoot("main-clerk", clerk_window)
    del users
    settle()
    window.close()
    clerk_window.close()
    ctx.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
