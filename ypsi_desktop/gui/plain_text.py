"""Text inputs that accept words only.

Every free-text field in the app is one of these. They refuse images and files, whether pasted
or dropped, with a one-line explanation (the `notice` signal; the main window shows it in the
status bar), and pass whatever text arrives through the domain's boundary cleaning, so NULs,
control characters, hidden direction overrides and enormous pastes never reach the case file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

if TYPE_CHECKING:  # event classes for annotations only: their enums wait for the first event
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeyEvent

from ypsi_desktop.domain.text import LINE_LIMIT, NARRATIVE_LIMIT, clean, clean_line


def plain_tip(text: str) -> str:
    """A tooltip that shows record text as typed. Qt guesses whether a tooltip is rich text,
    so a name like "<img src=…>" could otherwise show a picture from the disk; escaped and
    wrapped in a paragraph, it is always words."""
    from html import escape

    return f"<p style='white-space: pre-wrap'>{escape(text)}</p>" if text else ""


IMAGE_REFUSED = "Images and files cannot be added. Describe what is known in words instead."


def _carries_image_or_file(mime: QMimeData) -> bool:
    return mime.hasImage() or mime.hasUrls() or any(f.startswith("image/") for f in mime.formats())


class PlainTextEdit(QPlainTextEdit):
    """A multi-line narrative field: plain text only, capped, cleaned as it arrives."""

    notice = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, limit: int = NARRATIVE_LIMIT) -> None:
        super().__init__(parent)
        self._limit = limit
        self.setTabChangesFocus(True)  # Tab moves on, so the form stays keyboard-operable

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        # Say yes to images too, so a drop reaches insertFromMimeData and gets explained.
        return source.hasText() or _carries_image_or_file(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if _carries_image_or_file(source):
            self.notice.emit(IMAGE_REFUSED)
            return
        if not source.hasText():
            return
        room = self._limit - len(self.toPlainText()) + len(self.textCursor().selectedText())
        result = clean(source.text(), limit=max(room, 0))
        self.textCursor().insertText(result.text)
        if result.changes:
            self.notice.emit(" ".join(result.changes))

    def text(self) -> str:
        """The field's value, as it will be saved."""
        return clean(self.toPlainText(), limit=self._limit).text


class PlainLineEdit(QLineEdit):
    """A single-line field (names, references): text only, cleaned, no images."""

    notice = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, limit: int = LINE_LIMIT) -> None:
        super().__init__(parent)
        self.setMaxLength(limit)
        self.setDragEnabled(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtGui import QKeySequence

        if event.matches(QKeySequence.StandardKey.Paste):
            mime = QApplication.clipboard().mimeData()
            if mime is not None and _carries_image_or_file(mime) and not mime.hasText():
                self.notice.emit(IMAGE_REFUSED)
                event.accept()
                return
        super().keyPressEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _carries_image_or_file(event.mimeData()):
            event.acceptProposedAction()  # accepted here so the drop can be explained
            return
        super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if _carries_image_or_file(event.mimeData()):
            self.notice.emit(IMAGE_REFUSED)
            event.ignore()
            return
        super().dropEvent(event)

    def clean_text(self) -> str:
        """The field's value, as it will be saved."""
        return clean_line(self.text(), limit=self.maxLength()).text
