"""Message boxes and file dialogs behind one small seam, so tests can answer them.

Widgets never call QMessageBox or QFileDialog directly; they ask a Prompts object given to
them by the composition root. Tests pass ScriptedPrompts with the answers queued in advance
(KeePassXC's "set next answer"), and can read back every message that was shown.
"""

from __future__ import annotations

from collections import deque
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

# The dialogs are imported where they are opened: their enums would otherwise be built before
# the first window, which needs none of them.


def _box(kind: str, parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """A message box that shows its text as typed: messages quote names and record text, and
    Qt would otherwise guess at rich text, so a name like "<img src=…>" could show a picture
    from the disk or hide words."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    icon = {
        "inform": QMessageBox.Icon.Information,
        "warn": QMessageBox.Icon.Warning,
        "ask": QMessageBox.Icon.Question,
    }[kind]
    box = QMessageBox(icon, title, text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


class Prompts:
    """The real dialogs."""

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        _box("inform", parent, title, text).exec()

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        _box("warn", parent, title, text).exec()

    def confirm(
        self, parent: QWidget | None, title: str, text: str, *, yes: str = "Continue"
    ) -> bool:
        from PySide6.QtWidgets import QMessageBox

        box = _box("ask", parent, title, text)
        accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is accept

    def choose(
        self, parent: QWidget | None, title: str, text: str, options: tuple[str, ...]
    ) -> int | None:
        """One of several named answers (its index), or None for Cancel."""
        from PySide6.QtWidgets import QMessageBox

        box = _box("ask", parent, title, text)
        buttons = [box.addButton(o, QMessageBox.ButtonRole.AcceptRole) for o in options]
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(buttons[0] if buttons else cancel)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        return buttons.index(clicked) if clicked in buttons else None

    def text(self, parent: QWidget | None, title: str, label: str) -> str | None:
        """A line of text; None if cancelled or left blank."""
        from PySide6.QtWidgets import QInputDialog

        typed, ok = QInputDialog.getText(parent, title, label)
        return typed.strip() if ok and typed.strip() else None

    def number(
        self, parent: QWidget | None, title: str, label: str, value: int, low: int, high: int
    ) -> int | None:
        """A whole number between `low` and `high`; None if cancelled."""
        from PySide6.QtWidgets import QInputDialog

        chosen, ok = QInputDialog.getInt(parent, title, label, value, low, high)
        return chosen if ok else None

    def secret(self, parent: QWidget | None, title: str, label: str) -> str | None:
        """A passphrase typed into a masked field; None if cancelled."""
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
        return text if ok and text else None

    def save_path(
        self, parent: QWidget | None, title: str, suggested: Path, filter_: str
    ) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        chosen, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), filter_)
        return Path(chosen) if chosen else None

    def open_path(
        self, parent: QWidget | None, title: str, start: Path, filter_: str
    ) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        chosen, _ = QFileDialog.getOpenFileName(parent, title, str(start), filter_)
        return Path(chosen) if chosen else None

    def folder(self, parent: QWidget | None, title: str, start: Path) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        chosen = QFileDialog.getExistingDirectory(parent, title, str(start))
        return Path(chosen) if chosen else None


class ScriptedPrompts(Prompts):
    """Answers queued by a test; every message shown is recorded in `shown`."""

    def __init__(self) -> None:
        self.answers: deque[object] = deque()
        self.shown: list[tuple[str, str, str]] = []

    def queue(self, *answers: object) -> None:
        self.answers.extend(answers)

    def _next(self, kind: str, title: str, text: str) -> object:
        self.shown.append((kind, title, text))
        if not self.answers:
            raise AssertionError(f"no answer queued for {kind} prompt {title!r}: {text}")
        return self.answers.popleft()

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        self.shown.append(("inform", title, text))

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        self.shown.append(("warn", title, text))

    def confirm(
        self, parent: QWidget | None, title: str, text: str, *, yes: str = "Continue"
    ) -> bool:
        return bool(self._next("confirm", title, text))

    def choose(
        self, parent: QWidget | None, title: str, text: str, options: tuple[str, ...]
    ) -> int | None:
        answer = self._next("choose", title, text)
        return None if answer is None else options.index(str(answer))

    def text(self, parent: QWidget | None, title: str, label: str) -> str | None:
        answer = self._next("text", title, label)
        return None if answer is None else str(answer)

    def number(
        self, parent: QWidget | None, title: str, label: str, value: int, low: int, high: int
    ) -> int | None:
        answer = self._next("number", title, label)
        return None if answer is None else int(str(answer))

    def secret(self, parent: QWidget | None, title: str, label: str) -> str | None:
        answer = self._next("secret", title, label)
        return None if answer is None else str(answer)

    def save_path(
        self, parent: QWidget | None, title: str, suggested: Path, filter_: str
    ) -> Path | None:
        answer = self._next("save_path", title, str(suggested))
        return None if answer is None else Path(str(answer))

    def open_path(
        self, parent: QWidget | None, title: str, start: Path, filter_: str
    ) -> Path | None:
        answer = self._next("open_path", title, str(start))
        return None if answer is None else Path(str(answer))

    def folder(self, parent: QWidget | None, title: str, start: Path) -> Path | None:
        answer = self._next("folder", title, str(start))
        return None if answer is None else Path(str(answer))
