"""Keyboard-only helpers for driving the wizard dock as a DSL would."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from ypsi_desktop.domain.people_facts import PersonFacts
from ypsi_desktop.gui.main_window import MainWindow
from ypsi_desktop.gui.wizard_dock import WizardDock

# Two 14-year-olds, one pictured, both recorded as having no extra vulnerability.
TWO_TEENAGERS = (
    PersonFacts(frozenset({"pictured", "made", "sent"}), 14, False, False, None),
    PersonFacts(frozenset({"received"}), 15, False, False, None),
)


def shown_dock(qtbot: QtBot) -> tuple[MainWindow, WizardDock]:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window, window.wizard_dock


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    QApplication.processEvents()  # as between real keystrokes: layouts settle, widgets show
    target = QApplication.focusWidget()
    assert target is not None, "nothing has keyboard focus"
    qtbot.keyClick(target, key, modifier)


def tab_to(qtbot: QtBot, wanted: Callable[[QWidget], bool], limit: int = 200) -> QWidget:
    """Press Tab until the focused widget is the one wanted (fails if it is never reached)."""
    for _ in range(limit):
        focused = QApplication.focusWidget()
        if focused is not None and wanted(focused):
            return focused
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError("Tab never reached the wanted control")


def radio(name: str) -> Callable[[QWidget], bool]:
    """Matches the radio button whose accessible name is `name` (prompt: choice)."""
    return lambda w: isinstance(w, QRadioButton) and w.accessibleName() == name


def answer_radio(qtbot: QtBot, prompt: str, choice: str) -> None:
    """Tab into a question's group, move with the arrow keys to the choice, press Space."""
    first = tab_to(
        qtbot, lambda w: isinstance(w, QRadioButton) and w.accessibleName().startswith(prompt + ":")
    )
    group = [
        b
        for b in first.parentWidget().findChildren(QRadioButton)
        if b.accessibleName().startswith(prompt + ":")
    ]
    names = [b.accessibleName() for b in group]
    target = names.index(f"{prompt}: {choice}")
    for _ in range(len(group) * 2):
        focused = QApplication.focusWidget()
        assert isinstance(focused, QRadioButton)
        here = names.index(focused.accessibleName())
        if here == target:
            press(qtbot, Qt.Key.Key_Space)
            assert focused.isChecked()
            return
        press(qtbot, Qt.Key.Key_Down if here < target else Qt.Key.Key_Up)
    raise AssertionError(f"could not reach {choice!r} for {prompt!r} with the arrow keys")


def activate(qtbot: QtBot, button: QWidget) -> None:
    """Tab to a button and press Space. (Alt mnemonics are not delivered on the offscreen
    platform, so tests reach buttons the other keyboard way.)"""
    tab_to(qtbot, lambda w: w is button)
    press(qtbot, Qt.Key.Key_Space)
