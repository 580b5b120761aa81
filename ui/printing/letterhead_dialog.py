"""Letterhead and print layout settings, with a live preview of a sample letter.

Every edit restarts a short timer; when it fires, a sample letter is rendered
off the UI thread with the layout as it stands (not yet saved). Answers to older
edits are dropped, so the preview always shows the latest values.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import ValidationError
from secretariat.kernel.permissions import Permission, role_allows
from secretariat.printing import api as printing
from secretariat.printing.api import (
    PrintLayout,
    get_print_layout,
    update_print_layout,
    validate_layout,
)
from ui.printing.actions import preview_calibration
from ui.printing.layout_form import LayoutForm
from ui.printing.pdf_output import LoadedPdf
from ui.tasks import run_task
from ui.widgets.form_scroll import form_scroll
from ui.window_fit import remember_window

PREVIEW_DELAY_MS = 300


class LetterheadDialog(QDialog):
    def __init__(self, ctx: AppContext, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user = user
        self.can_save = role_allows(user.role, Permission.MANAGE_SETTINGS)
        self.setWindowTitle(self.tr("Letterhead and print layout"))
        # Fitted to the screen (a 1366×768 laptop too); its place remembered per screen.
        remember_window(self, "letterhead", QSize(1150, 760))
        self.form = LayoutForm()
        self.form.setEnabled(False)  # until the stored layout is loaded
        self.preview = QPdfView()
        self.preview.setPageMode(QPdfView.PageMode.SinglePage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.preview_pdf: LoadedPdf | None = None
        self.on_preprinted = QCheckBox(self.tr("Preview on pre-printed paper"))
        self.calibration = QPushButton(self.tr("Calibration page…"))
        self.status = QLabel()
        self.status.setProperty("role", "hint")
        self._generation = 0
        self._closed = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.refresh_preview)
        self.form.changed.connect(self.timer.start)
        self.on_preprinted.toggled.connect(self.timer.start)
        self.calibration.clicked.connect(
            lambda: preview_calibration(self, self.ctx, self.form.layout_value()))

        buttons = QDialogButtonBox.StandardButton.Cancel
        if self.can_save:
            buttons |= QDialogButtonBox.StandardButton.Save
        self.buttons = QDialogButtonBox(buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self.finished.connect(self._release)
        self.load()

    def _lay_out(self) -> None:
        scroll = form_scroll(self.form, frame=True)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.on_preprinted)
        row.addStretch(1)
        row.addWidget(self.calibration)
        side_layout.addLayout(row)
        side_layout.addWidget(self.preview, 1)
        side_layout.addWidget(self.status)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)  # first: on the right in a right-to-left window
        splitter.addWidget(side)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 590])
        hint = QLabel(self.tr("The organisation's name, logo, address and phone come from the "
                              "organisation settings; here you choose how they are printed."))
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

    # --- loading and the preview ------------------------------------------------------

    def load(self) -> None:
        run_task(lambda: get_print_layout(self.ctx), self._loaded,
                 lambda exc: self.form.errors.show_failure(exc, self), context=self)  # fmt: skip

    def _loaded(self, layout: PrintLayout) -> None:
        self.form.set_layout(layout)
        self.form.setEnabled(self.can_save)
        self.refresh_preview()

    def refresh_preview(self) -> None:
        self.timer.stop()
        self.form.errors.clear()
        layout = self.form.layout_value()
        try:
            validate_layout(layout)
        except ValidationError as exc:
            self.form.errors.show_error(exc)
            return
        self._generation += 1
        generation = self._generation
        preprinted = self.on_preprinted.isChecked()
        self.status.setText(self.tr("Updating the preview…"))
        run_task(lambda: printing.sample_letter_pdf(self.ctx, layout, preprinted),
                 lambda data: self._show(generation, data),
                 lambda exc: self.form.errors.show_failure(exc, self), context=self)  # fmt: skip

    def _show(self, generation: int, data: bytes) -> None:
        if generation != self._generation or self._closed:
            return  # an older edit's answer, or the dialog has gone
        previous = self.preview_pdf
        self.preview_pdf = LoadedPdf(data, self)
        self.preview.setDocument(self.preview_pdf.document)
        if previous is not None:
            previous.dispose()  # the view has let go of it
        self.status.setText("")

    # --- saving -----------------------------------------------------------------------

    def save(self) -> None:
        layout = self.form.layout_value()
        self.form.errors.clear()
        self.buttons.setEnabled(False)

        def failed(exc: BaseException) -> None:
            self.buttons.setEnabled(True)
            self.form.errors.show_failure(exc, self)

        run_task(lambda: update_print_layout(self.ctx, self.user, layout),
                 lambda _saved: self.accept(), failed, context=self)  # fmt: skip

    def _release(self) -> None:
        self._closed = True
        self.timer.stop()
        if self.preview_pdf is not None:
            self.preview_pdf.close()  # deleted with the dialog, after the view


def open_letterhead_settings(parent: QWidget, ctx: AppContext, user: CurrentUser) -> QWidget:
    """Letterhead and print layout settings with a live preview."""
    dialog = LetterheadDialog(ctx, user, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
