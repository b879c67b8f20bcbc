"""What has been typed into an editor window, read out and put back.

A lock closes every window showing records, including an editor (a person, a referral, a
follow-up, a chronology entry) that the DSL is halfway through. So that nothing typed is lost,
the editor's inputs are read into a plain dictionary, kept inside the encrypted draft, and
written into a new editor of the same kind when the DSL signs back in.

Inputs are found by their object names (every input in a Designer form has one); Qt's own
inner widgets (named `qt_…`) are skipped. Values are JSON-friendly: text as typed, a list
entry by its position, ticks as booleans, and the ticks of a checkable list in order.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

FieldValue = str | int | bool | list[bool]

_INPUTS = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractButton, QSpinBox, QListWidget)


def _inputs(editor: QWidget) -> dict[str, QWidget]:
    found: dict[str, QWidget] = {}
    for widget in editor.findChildren(QWidget):
        name = widget.objectName()
        if not name or name.startswith("qt_") or not isinstance(widget, _INPUTS):
            continue
        if isinstance(widget, QAbstractButton) and not widget.isCheckable():
            continue  # a push button holds nothing typed
        found[name] = widget
    return found


def _ticks(widget: QListWidget) -> list[bool] | None:
    items = [widget.item(row) for row in range(widget.count())]
    if not items or not all(i.flags() & Qt.ItemFlag.ItemIsUserCheckable for i in items):
        return None  # a list to choose from, not one to tick: nothing of the user's in it
    return [i.checkState() is Qt.CheckState.Checked for i in items]


def capture(editor: QWidget) -> dict[str, FieldValue]:
    """Every input's value, by object name."""
    values: dict[str, FieldValue] = {}
    for name, widget in _inputs(editor).items():
        if isinstance(widget, QLineEdit):
            values[name] = widget.text()
        elif isinstance(widget, QPlainTextEdit):
            values[name] = widget.toPlainText()
        elif isinstance(widget, QComboBox):
            values[name] = widget.currentIndex()
        elif isinstance(widget, QAbstractButton):
            values[name] = widget.isChecked()
        elif isinstance(widget, QSpinBox):
            values[name] = widget.value()
        elif isinstance(widget, QListWidget):
            ticks = _ticks(widget)
            if ticks is not None:
                values[name] = ticks
    return values


def restore(editor: QWidget, values: dict[str, FieldValue]) -> int:
    """Put captured values back into a fresh editor of the same kind; returns how many
    inputs took a value. A value that no longer fits (a list now shorter, say) is left out."""
    restored = 0
    inputs = _inputs(editor)
    for name, value in values.items():
        widget = inputs.get(name)
        if widget is None:
            continue
        if isinstance(widget, QLineEdit) and isinstance(value, str):
            widget.setText(value)
        elif isinstance(widget, QPlainTextEdit) and isinstance(value, str):
            widget.setPlainText(value)
        elif isinstance(widget, QComboBox) and isinstance(value, int):
            if isinstance(value, bool) or not 0 <= value < widget.count():
                continue
            widget.setCurrentIndex(value)
        elif isinstance(widget, QAbstractButton) and isinstance(value, bool):
            widget.setChecked(value)
        elif isinstance(widget, QSpinBox) and isinstance(value, int):
            if isinstance(value, bool):
                continue
            widget.setValue(value)
        elif isinstance(widget, QListWidget) and isinstance(value, list):
            if len(value) != widget.count():
                continue
            for row, ticked in enumerate(value):
                state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
                widget.item(row).setCheckState(state)
        else:
            continue
        restored += 1
    return restored
