"""About: version (Persian digits), organisation, and the Vazirmatn font's licence notice."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

import secretariat
from secretariat.kernel.org_settings import OrgSettings
from secretariat.kernel.paths import resource_path
from secretariat.kernel.text.digits import to_persian_digits
from secretariat.printing.api import license_file


def _licence_text() -> str:
    try:
        return license_file().read_text(encoding="utf-8")
    except OSError:
        return ""


class AboutDialog(QDialog):
    def __init__(self, org: OrgSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Secretariat"))
        self.setMinimumSize(520, 440)
        icon = QLabel()
        icon.setPixmap(QPixmap(str(resource_path("icons", "secretariat.png"))).scaled(
            64, 64, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))
        title = QLabel(self.tr("Secretariat"))
        title.setObjectName("pageTitle")
        self.version_label = QLabel(self.tr("Version {version}").format(
            version=to_persian_digits(secretariat.__version__)))
        header_text = QVBoxLayout()
        header_text.addWidget(title)
        header_text.addWidget(self.version_label)
        if org is not None:
            header_text.addWidget(QLabel(org.org_name))
        header = QHBoxLayout()
        header.addWidget(icon)
        header.addLayout(header_text, 1)

        summary = QLabel(self.tr("Registers incoming, outgoing and internal letters, referrals, "
                                 "assigned tasks and association members — offline, on this "
                                 "computer or a shared database server."))
        summary.setWordWrap(True)
        font_notice = QLabel(self.tr("The Vazirmatn typeface © The Vazirmatn Project Authors, "
                                     "used under the SIL Open Font License 1.1:"))
        font_notice.setWordWrap(True)
        self.licence = QPlainTextEdit(_licence_text())
        self.licence.setReadOnly(True)
        self.licence.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # English legal text
        font_notice.setBuddy(self.licence)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(summary)
        layout.addWidget(font_notice)
        layout.addWidget(self.licence, 1)
        layout.addWidget(buttons)
