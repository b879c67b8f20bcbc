"""Keyboard and assistive technology: every input in the incident form and its editors is named
for a screen reader, and Tab walks a section in reading order."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.gui.wizard_helpers import press
from ypsi_desktop.domain.case import Agency, FollowUp, Referral
from ypsi_desktop.gui.incident_form import IncidentForm
from ypsi_desktop.gui.record_dialogs import ChronologyEntryDialog, FollowUpDialog, ReferralDialog

INPUTS = (QLineEdit, QPlainTextEdit, QComboBox, QTableWidget, QListWidget)


def _unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, INPUTS) and not widget.accessibleName().strip():
            if widget.objectName().startswith("qt_"):  # Qt's own parts (a spin box's editor)
                continue
            missing.append(widget.objectName())
        if isinstance(widget, QAbstractButton) and not (
            widget.text().strip() or widget.accessibleName().strip()
        ):
            if not widget.objectName().startswith("qt_") and widget.isVisibleTo(root):
                missing.append(widget.objectName())
    return missing


def test_every_input_has_an_accessible_name(qtbot: QtBot) -> None:
    form = IncidentForm()
    qtbot.addWidget(form)
    dialogs = (
        ReferralDialog(Referral(agency=Agency.POLICE), [], today=date(2026, 3, 1)),
        FollowUpDialog(FollowUp("x"), today=date(2026, 3, 1)),
        ChronologyEntryDialog(today=date(2026, 3, 1)),
    )
    assert len([w for w in form.findChildren(QWidget) if isinstance(w, INPUTS)]) > 30
    for widget in (form, *dialogs):
        qtbot.addWidget(widget)
        assert _unnamed(widget) == [], type(widget).__name__


def test_tab_walks_the_first_section_in_reading_order(qtbot: QtBot) -> None:
    form = IncidentForm()
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    ui = form.ui
    ui.came_date_edit.setFocus()
    expected = [
        ui.came_time_edit,
        ui.reported_by_edit,
        ui.how_edit,
        ui.owner_edit,
    ]
    for widget in expected:
        press(qtbot, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is widget, (
            f"expected {widget.objectName()}, got {QApplication.focusWidget().objectName()}"
        )


def test_every_label_leads_to_its_field(qtbot: QtBot) -> None:
    """Alt+letter on a label moves to its field: each form label has a buddy."""
    form = IncidentForm()
    qtbot.addWidget(form)
    loose = [
        label.objectName()
        for label in form.findChildren(QLabel)
        if label.objectName().endswith("_edit_label") or label.objectName().endswith("_combo_label")
        if label.buddy() is None
    ]
    assert loose == []
