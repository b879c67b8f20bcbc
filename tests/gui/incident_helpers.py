"""Driving the main window's incident form as a DSL would: typing, choosing, and answering the
dialogs it opens (each is modal, so it is filled from a timer once it is showing)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from ypsi_desktop.gui.incident_form import IncidentForm
from ypsi_desktop.gui.main_window import MainWindow
from ypsi_desktop.gui.prompts import ScriptedPrompts
from ypsi_desktop.services.session import CaseFileSession, create
from ypsi_desktop.storage.key_derivation import KdfParams

PASSPHRASE = "otter kettle 7 lantern gravel"


def new_file(folder: Path, *, name: str = "Sam Taylor") -> CaseFileSession:
    session, _ = create(
        folder / "case.ypsi",
        user_name=name,
        passphrase=PASSPHRASE,
        setting_name="Example Academy (synthetic)",
        kdf=KdfParams.for_tests(),
    )
    return session


def shown_main(qtbot: QtBot, session: CaseFileSession, prompts: ScriptedPrompts) -> MainWindow:
    window = MainWindow(prompts=prompts)
    # The test is over: closing the window must not stop at the unsaved-changes question.
    qtbot.addWidget(window, before_close_func=_forget_changes)
    window.attach(session)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def _forget_changes(window: QWidget) -> None:
    form = getattr(window, "form", None)
    if form is not None:
        form.dirty = False


def form_of(window: MainWindow) -> IncidentForm:
    assert window.form is not None
    return window.form


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    widget.clear()  # type: ignore[attr-defined]
    if text.isascii() and "\n" not in text:
        qtbot.keyClicks(widget, text)
    elif hasattr(widget, "insertPlainText"):
        widget.insertPlainText(text)
    else:
        widget.insert(text)  # type: ignore[attr-defined]


def choose(combo: QComboBox, words: str) -> None:
    index = combo.findText(words)
    assert index >= 0, f"{words!r} is not offered in {combo.objectName()}"
    combo.setCurrentIndex(index)


def when_dialog_shows(
    qtbot: QtBot, kind: type[QDialog], fill: Callable[[QDialog], None], limit_ms: int = 5000
) -> None:
    """Run `fill` on the next modal dialog of `kind` once it is on screen."""
    waited = [0]
    timer = QTimer()

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            timer.stop()
            fill(dialog)
            return
        waited[0] += 20
        if waited[0] > limit_ms:
            timer.stop()
            if dialog is not None:
                dialog.close()
            raise AssertionError(f"no {kind.__name__} appeared")

    timer.timeout.connect(poll)
    timer.start(20)
    when_dialog_shows.timers.append(timer)  # type: ignore[attr-defined]


when_dialog_shows.timers = []  # type: ignore[attr-defined]


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isEnabled(), f"{button.objectName()} is not enabled"
    button.click()


def accept(dialog: QDialog) -> None:
    box = dialog.ui.button_box  # type: ignore[attr-defined]
    box.button(box.StandardButton.Ok).click()
