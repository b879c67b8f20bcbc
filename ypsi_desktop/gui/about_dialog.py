"""Help → About: version, licence and the app's privacy promises."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from ypsi_desktop import __version__
from ypsi_desktop.gui.forms.ui_about_dialog import Ui_AboutDialog

LICENCE_TEXT = (
    "Licensed under the GNU General Public License, version 3 or later. "
    "Bundled Noto Sans fonts: SIL Open Font License 1.1. "
    "Built with Qt for Python (LGPL-3.0), SQLCipher, ReportLab and argon2-cffi."
)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.ui.version_label.setText(f"Version {__version__}")
        self.ui.licence_label.setText(LICENCE_TEXT)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.button_box.accepted.connect(self.accept)
