"""No images, ever: pasting or dropping one is refused with a message, and text is cleaned."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ypsi_desktop.gui.plain_text import IMAGE_REFUSED, PlainLineEdit, PlainTextEdit


@pytest.fixture(autouse=True)
def _empty_clipboard_afterwards() -> Iterator[None]:
    """Clipboard contents set by a test must not outlive it: destroying an image left on the
    offscreen clipboard at interpreter exit crashes Qt."""
    yield
    QApplication.clipboard().clear()
    QApplication.processEvents()


def _image_mime() -> QMimeData:
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    mime = QMimeData()
    mime.setImageData(image)
    return mime


def _drop(widget: PlainTextEdit | PlainLineEdit, mime: QMimeData) -> None:
    """Deliver a drag-enter then a drop, as a window system does when a user drags a file."""
    widget.show()
    target = widget.viewport() if isinstance(widget, PlainTextEdit) else widget
    enter = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, enter)
    event = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, event)


def test_pasting_an_image_into_a_narrative_is_refused(qtbot: QtBot) -> None:
    edit = PlainTextEdit()
    qtbot.addWidget(edit)
    edit.setPlainText("Existing words.")
    QApplication.clipboard().setMimeData(_image_mime())
    with qtbot.waitSignal(edit.notice) as blocker:
        edit.paste()
    assert blocker.args == [IMAGE_REFUSED]
    assert edit.toPlainText() == "Existing words."


def test_dropping_a_file_on_a_narrative_is_refused(qtbot: QtBot) -> None:
    edit = PlainTextEdit()
    qtbot.addWidget(edit)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile("/tmp/photo.jpg")])
    with qtbot.waitSignal(edit.notice) as blocker:
        _drop(edit, mime)
    assert blocker.args == [IMAGE_REFUSED]
    assert edit.toPlainText() == ""


def test_dropping_an_image_on_a_name_field_is_refused(qtbot: QtBot) -> None:
    edit = PlainLineEdit()
    qtbot.addWidget(edit)
    with qtbot.waitSignal(edit.notice) as blocker:
        _drop(edit, _image_mime())
    assert blocker.args == [IMAGE_REFUSED]
    assert edit.text() == ""


def test_pasting_an_image_into_a_name_field_is_refused(qtbot: QtBot) -> None:
    edit = PlainLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.setFocus()
    QApplication.clipboard().setMimeData(_image_mime())
    with qtbot.waitSignal(edit.notice) as blocker:
        qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args == [IMAGE_REFUSED]
    assert edit.text() == ""


def test_rich_text_paste_arrives_as_plain_words(qtbot: QtBot) -> None:
    edit = PlainTextEdit()
    qtbot.addWidget(edit)
    mime = QMimeData()
    mime.setHtml("<b>bold</b> <img src='x.png'> words")
    mime.setText("bold words")
    edit.insertFromMimeData(mime)
    assert edit.toPlainText() == "bold words"


def test_pasted_control_characters_are_cleaned_and_explained(qtbot: QtBot) -> None:
    edit = PlainTextEdit()
    qtbot.addWidget(edit)
    mime = QMimeData()
    mime.setText("a\x00b\u202ec")
    with qtbot.waitSignal(edit.notice) as blocker:
        edit.insertFromMimeData(mime)
    assert edit.toPlainText() == "ab[RLO]c"
    assert "control character" in blocker.args[0]


def test_a_huge_paste_is_capped_with_a_message(qtbot: QtBot) -> None:
    edit = PlainTextEdit(limit=1_000)
    qtbot.addWidget(edit)
    mime = QMimeData()
    mime.setText("x" * 50_000)
    with qtbot.waitSignal(edit.notice) as blocker:
        edit.insertFromMimeData(mime)
    assert len(edit.toPlainText()) == 1_000
    assert "longer than 1,000 characters" in blocker.args[0]


def test_a_name_written_as_markup_shows_as_words_in_messages_and_tooltips(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """A name like <img src=...> must never make Qt load a picture or hide words."""
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QLabel, QMessageBox

    from ypsi_desktop.gui.plain_text import plain_tip
    from ypsi_desktop.gui.prompts import Prompts

    name = f"<img src='{tmp_path / 'x.png'}'> <b>Hidden</b>"
    shown: list[tuple[Qt.TextFormat, str]] = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        label = box.findChild(QLabel, "qt_msgbox_label")
        shown.append((box.textFormat(), label.text() if label else ""))
        box.accept()

    QTimer.singleShot(50, look)
    Prompts().inform(None, "Test", f"Take {name} off this incident?")
    assert shown == [(Qt.TextFormat.PlainText, f"Take {name} off this incident?")]

    tip = QTextDocument()
    tip.setHtml(plain_tip(name))
    assert tip.toPlainText() == name  # the tooltip reads exactly as typed
    assert "<img" not in tip.toHtml().split("<body")[1].replace("&lt;img", "")
