"""First run: data folder, organisation, first administrator; then the database is prepared."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QWidget, QWizard

from secretariat.kernel import setup
from secretariat.kernel.context import AppContext, CurrentUser, open_context
from secretariat.kernel.paths import remember_data_dir
from secretariat.kernel.text.digits import to_ascii_digits
from ui.dialogs.first_run_pages import AdminPage, DataFolderPage, OrganisationPage
from ui.tasks import run_task


@dataclass(frozen=True)
class SetupRequest:
    data_dir: Path
    org_name: str
    secretariat_code: str
    logo: Path | None
    username: str
    full_name: str
    password: str


@dataclass(frozen=True)
class SetupResult:
    ctx: AppContext
    admin: CurrentUser | None  # None: the chosen folder already held a prepared database


def prepare_database(ctx: AppContext | None, request: SetupRequest) -> SetupResult:
    """Runs on a worker thread: open (or create) the chosen folder's database and create the
    admin. The wizard is the GUI's ``secretariat init``: the one place a database is made."""
    if ctx is not None and request.data_dir == ctx.data_dir:
        target = ctx
    else:
        target = open_context(request.data_dir, create=True)
    try:
        if setup.is_initialized(target):
            return SetupResult(target, None)
        admin = setup.initialize(
            target, request.username, request.password, request.full_name,
            org_name=request.org_name, secretariat_code=request.secretariat_code,
            logo=request.logo,
        )
    except BaseException:
        if target is not ctx:
            target.close()
        raise
    return SetupResult(target, admin)


class FirstRunWizard(QWizard):
    """After ``accepted``: ``result_ctx`` is the database to use (maybe in a new folder).

    ``ctx`` is the folder's database when it exists (without an administrator yet); None when
    the folder holds none (``data_dir``): the first page then offers to create it there or to
    choose another folder."""

    def __init__(self, ctx: AppContext | None, data_dir_locked: bool = False,
                 parent: QWidget | None = None, data_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.outcome: SetupResult | None = None
        self.setWindowTitle(self.tr("Secretariat — first run"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(640, 460)
        folder = ctx.data_dir if ctx is not None else data_dir
        assert folder is not None, "a database or a data folder"
        self.folder_page = DataFolderPage(folder, data_dir_locked)
        self.organisation_page = OrganisationPage()
        self.admin_page = AdminPage()
        for page in (self.folder_page, self.organisation_page, self.admin_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Create database"))
        self.folder_page.restore_button.clicked.connect(self.restore_backup)

    @property
    def result_ctx(self) -> AppContext | None:
        return self.outcome.ctx if self.outcome else self.ctx

    def request(self) -> SetupRequest:
        org, admin = self.organisation_page, self.admin_page
        return SetupRequest(
            data_dir=self.folder_page.data_dir(),
            org_name=org.org_name.text().strip(),
            secretariat_code=to_ascii_digits(org.secretariat_code.text().strip()),
            logo=org.logo.chosen_file(),
            username=admin.username.text().strip(),
            full_name=admin.full_name.text().strip(),
            password=admin.password.text(),
        )

    def validateCurrentPage(self) -> bool:
        if self.currentPage() is not self.admin_page or self.outcome is not None:
            return super().validateCurrentPage()
        if self.admin_page.check_fields():
            self._start_setup()
        return False  # accepted once the background work has finished

    def _start_setup(self) -> None:
        request = self.request()
        self.setEnabled(False)
        run_task(lambda: prepare_database(self.ctx, request),
                 on_finished=self._prepared, on_failed=self._failed, context=self)

    def _prepared(self, outcome: SetupResult) -> None:
        self.setEnabled(True)
        self.outcome = outcome
        if outcome.ctx is not self.ctx:
            if self.ctx is not None:
                self.ctx.close()
            remember_data_dir(outcome.ctx.data_dir)
        self.accept()

    def release_database(self) -> None:
        """Let go of the folder's database (if one is open) before a restore replaces it."""
        if self.ctx is not None:
            self.ctx.close()

    def restore_backup(self) -> QWidget | None:
        """Set this computer up from a backup (the office exists elsewhere, or did)."""
        # Deferred: the backup screens are needed only by those who restore.
        from ui.operations.restore_dialog import choose_and_restore

        target = self.folder_page.data_dir()
        dialog = choose_and_restore(self, None, None, target, before_restore=self.release_database)
        if dialog is not None:
            dialog.accepted.connect(lambda: self._open_restored(target))
        return dialog

    def _open_restored(self, target: Path) -> None:
        self.setEnabled(False)
        run_task(lambda: SetupResult(open_context(target), None), on_finished=self._prepared,
                 on_failed=self._failed, context=self)

    def _failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        self.admin_page.errors.show_failure(exc, self)
