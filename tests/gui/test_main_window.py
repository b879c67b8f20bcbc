"""The main window shell, driven as a user would with pytest-qt (offscreen)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel
from pytestqt.qtbot import QtBot

from ypsi_desktop import __version__
from ypsi_desktop.gui.about_dialog import AboutDialog
from ypsi_desktop.gui.main_window import MainWindow


def _window(qtbot: QtBot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_menus_a_dsl_expects(qtbot: QtBot) -> None:
    window = _window(qtbot)
    titles = [a.text().replace("&", "") for a in window.ui.menu_bar.actions()]
    assert titles == ["File", "Incident", "Records", "View", "Help"]


def test_commands_needing_a_case_file_are_unavailable_without_one(qtbot: QtBot) -> None:
    window = _window(qtbot)
    ui = window.ui
    for action in (
        ui.action_new_incident,
        ui.action_save_incident,
        ui.action_print,
        ui.action_find,
        ui.action_due,
        ui.action_overview,
    ):
        assert not action.isEnabled(), action.text()
    assert window.ui.status_bar.currentMessage() == "No case file open"


def test_classification_dock_sits_on_the_right_and_can_be_hidden(qtbot: QtBot) -> None:
    window = _window(qtbot)
    dock = window.findChild(QDockWidget, "wizard_dock")
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea
    toggle = next(a for a in window.ui.menu_view.actions() if "Classification" in a.text())
    toggle.trigger()
    assert not dock.isVisible()
    toggle.trigger()
    assert dock.isVisible()


def test_about_shows_version_and_licence(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert dialog.ui.version_label.text() == f"Version {__version__}"
    assert "General Public License" in dialog.ui.licence_label.text()


def test_about_opens_from_the_help_menu_and_closes(qtbot: QtBot) -> None:
    window = _window(qtbot)
    seen: list[str] = []

    def close_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AboutDialog)
        seen.append(dialog.findChild(QLabel, "version_label").text())
        dialog.reject()

    QTimer.singleShot(0, close_dialog)
    window.ui.action_about.trigger()
    assert seen == [f"Version {__version__}"]


def test_quit_shortcut_closes_the_window(qtbot: QtBot) -> None:
    window = _window(qtbot)
    assert window.ui.action_quit.shortcut().toString() == "Ctrl+Q"
    window.ui.action_quit.trigger()
    assert not window.isVisible()
