"""«Back up now» and «Verify»: run with progress, then say what happened in Persian."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.jalali import format_jalali_datetime
from secretariat.kernel.text.digits import to_persian_digits
from secretariat.operations import api as operations
from secretariat.operations.api import BackupInfo, OperationRefused, Verification
from ui.crash import show_message
from ui.i18n import ltr_in_rtl
from ui.messages import error_text
from ui.progress import run_with_progress


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return QCoreApplication.translate("BackupActions", "{n} KB").format(n=to_persian_digits(str(max(1, size // 1024))))
    return QCoreApplication.translate("BackupActions", "{n} MB").format(n=to_persian_digits(f"{size / 1024 / 1024:.1f}"))


def made_text(made: BackupInfo) -> str:
    return QCoreApplication.translate("BackupActions", "The backup was written and verified.\n\n{when} — {letters} letters, {size}\n"
               "{path}").format(
        when=format_jalali_datetime(made.created),
        letters=to_persian_digits(str(made.letters)), size=size_text(made.size),
        path=ltr_in_rtl(str(made.path)))


def back_up_now(parent: QWidget, ctx: AppContext, user: CurrentUser,
                on_done: Callable[[BackupInfo], None] | None = None) -> QWidget:
    def done(made: BackupInfo) -> None:
        show_message(parent, QMessageBox.Icon.Information, made_text(made))
        if on_done is not None:
            on_done(made)

    run_with_progress(parent, QCoreApplication.translate("BackupActions", "Backing up…"),
                      lambda progress, stop: operations.create_backup(ctx, user, None, progress,
                                                                      stop), done)
    return parent


def verdict_text(verdict: Verification) -> str:
    if verdict.ok:
        return QCoreApplication.translate("BackupActions", "The archive is good: every file matches and its database passes the "
                   "integrity check.")
    return QCoreApplication.translate("BackupActions", "The archive is NOT good: {reason}").format(
        reason=error_text(OperationRefused(verdict.code, **verdict.params)))


def verify(parent: QWidget, info: BackupInfo,
           on_done: Callable[[Verification], None] | None = None) -> None:
    def done(verdict: Verification) -> None:
        icon = QMessageBox.Icon.Information if verdict.ok else QMessageBox.Icon.Critical
        show_message(parent, icon, verdict_text(verdict))
        if on_done is not None:
            on_done(verdict)

    run_with_progress(parent, QCoreApplication.translate("BackupActions", "Verifying the archive…"),
                      lambda progress, _stop: operations.verify_backup(info.path, progress), done)
