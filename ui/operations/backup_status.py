"""How old the last good backup is: a status-bar label every user sees, and the Backups
page's badge. Red after seven days without one, or when an automatic backup failed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.jalali import format_jalali_datetime
from secretariat.kernel.text.digits import to_persian_digits
from secretariat.operations import api as operations
from secretariat.operations.api import BackupMade, BackupStatus
from ui.events import bridge
from ui.features import TileData
from ui.i18n import ltr_in_rtl
from ui.messages import error_text
from ui.tasks import Requests

REFRESH_MS = 10 * 60 * 1000  # the age changes at midnight even when nothing happens
RED = "color: #b00020; font-weight: bold;"



def age_text(status: BackupStatus) -> str:
    """«آخرین پشتیبان: امروز» / «… ۳ روز پیش» / «هنوز پشتیبانی گرفته نشده»."""
    if status.last_good is None or status.age_days is None:
        return QCoreApplication.translate("BackupStatus", "No backup yet")
    if status.age_days == 0:
        return QCoreApplication.translate("BackupStatus", "Last backup: today")
    if status.age_days == 1:
        return QCoreApplication.translate("BackupStatus", "Last backup: yesterday")
    return QCoreApplication.translate("BackupStatus", "Last backup: {days} days ago").format(
        days=to_persian_digits(str(status.age_days)))


def failure_text(status: BackupStatus) -> str:
    failure = status.last_failure
    if failure is None:
        return ""
    reason = error_text(operations.OperationRefused(failure.code, **failure.params))
    return QCoreApplication.translate("BackupStatus", "The automatic backup of {when} failed: {reason}").format(
        when=format_jalali_datetime(failure.at), reason=reason)


def is_alarming(status: BackupStatus) -> bool:
    return status.overdue or status.last_failure is not None


class BackupStatusLabel(QLabel):
    """«آخرین پشتیبان: ۲ روز پیش» in the status bar; red and explained when something is wrong."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.status: BackupStatus | None = None
        self.requests = Requests(self)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        bridge(ctx).on(self, (BackupMade,), lambda _event: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        data_dir = self.ctx.data_dir
        self.requests.run("status", lambda: operations.backup_status(data_dir), self.show_status)

    def show_status(self, status: BackupStatus) -> None:
        self.status = status
        alarming = is_alarming(status)
        text = age_text(status)
        if status.last_failure is not None:
            text = QCoreApplication.translate("BackupStatus", "Automatic backup failed") + " — " + text
        self.setText(text)
        self.setStyleSheet(RED if alarming else "")
        tips = [failure_text(status)] if status.last_failure else []
        if status.last_good is not None:
            tips.append(QCoreApplication.translate("BackupStatus", "Last good backup: {when}\n{path}").format(
                when=format_jalali_datetime(status.last_good.created),
                path=ltr_in_rtl(str(status.last_good.path))))
        if status.overdue:
            tips.append(QCoreApplication.translate("BackupStatus", "No good backup for more than {days} days: back up now "
                            "(Tools ▸ Back up now).").format(
                                days=to_persian_digits(str(operations.OVERDUE_DAYS))))
        self.setToolTip("\n\n".join(tips))


def backup_tile(ctx: AppContext, _user: CurrentUser) -> TileData:
    """The Backups page's badge: the days without a good backup, once there are too many."""
    status = operations.backup_status(ctx.data_dir)
    days = status.age_days if status.age_days is not None else None
    return TileData(title="", count=days if is_alarming(status) and days else None,
                    state="warning" if is_alarming(status) else "normal", page="backups")
