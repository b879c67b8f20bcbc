"""The main window shell: menus, status bar and the right-hand dock for the wizard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from ypsi_desktop.gui.forms.ui_main_window import Ui_MainWindow
from ypsi_desktop.gui.wizard_dock import WizardDock


class MainWindow(QMainWindow):
    """Built from ui/main_window.ui; connections are made here, explicitly."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.wizard_dock = WizardDock(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.wizard_dock)
        self.wizard_dock.guidance_requested.connect(self.show_guidance)
        self.wizard_dock.notice.connect(self.show_notice)
        self._add_view_actions()
        self.ui.action_quit.triggered.connect(self.close)
        self.ui.action_about.triggered.connect(self.show_about)
        self.ui.action_guidance.triggered.connect(self.show_guidance)
        self.ui.action_about_qt.triggered.connect(QApplication.aboutQt)
        self.ui.status_bar.showMessage("No case file open")

    def _add_view_actions(self) -> None:
        dock_toggle = self.wizard_dock.toggleViewAction()
        dock_toggle.setText("&Classification panel")
        dock_toggle.setStatusTip("Show or hide the classification panel")
        self.ui.menu_view.addAction(dock_toggle)
        status_toggle = self.ui.menu_view.addAction("&Status bar")
        status_toggle.setCheckable(True)
        status_toggle.setChecked(True)
        status_toggle.toggled.connect(self.ui.status_bar.setVisible)

    def show_notice(self, message: str) -> None:
        """One-line explanations (an image refused, pasted text cleaned) in the status bar."""
        self.ui.status_bar.showMessage(message, 10_000)

    def show_guidance(self) -> None:
        from ypsi_desktop.gui.guidance_dialog import GuidanceDialog

        GuidanceDialog(self).exec()

    def show_about(self) -> None:
        from ypsi_desktop.gui.about_dialog import AboutDialog  # rarely opened: keep it off startup

        AboutDialog(self).exec()
