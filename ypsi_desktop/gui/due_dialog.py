"""Due and overdue: everything that needs chasing today, across every open incident.

Two kinds of item, from storage/due.py: follow-up actions past their due date, and referrals an
agency has not acknowledged after one working day (the DSL should telephone). Each row says in
words how late it is, most overdue first. Read-only: activating a row (Enter, double-click, or
Open incident) emits `incident_activated(incident_id)` for the main window to open it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from ypsi_desktop.domain.case import Agency
from ypsi_desktop.domain.case_views import DueItem, DueKind
from ypsi_desktop.domain.dates import long_date, short_date
from ypsi_desktop.gui.case_list_model import days_words
from ypsi_desktop.gui.forms.ui_due_dialog import Ui_DueDialog
from ypsi_desktop.gui.plain_text import plain_tip
from ypsi_desktop.services.session import CaseFileSession
from ypsi_desktop.storage.due import due_items

AGENCY_WORDS = {
    Agency.MASH: "children's social care (MASH)",
    Agency.POLICE: "the police",
    Agency.LADO: "the LADO",
    Agency.CEOP: "CEOP",
    Agency.OTHER: "another agency",
}
NOTHING_DUE = "Nothing is overdue. Follow-ups and referrals that need chasing will be listed here."


def what_words(item: DueItem) -> str:
    if item.kind == DueKind.ACKNOWLEDGEMENT:
        try:
            agency = AGENCY_WORDS[Agency(item.description)]
        except ValueError:
            agency = item.description
        return f"Referral to {agency} not acknowledged: telephone to check it was received"
    if item.kind == DueKind.TRANSFER_RECEIPT:
        return (
            f"Child's file sent to {item.description}: receipt not yet confirmed "
            "(Records → School transfer)"
        )
    if item.kind == DueKind.SUBJECT_ACCESS:
        return (
            f"Subject access request from {item.description} to answer "
            "(Records → Subject access requests)"
        )
    return f"Follow-up: {item.description}"


def late_words(item: DueItem) -> str:
    if item.days_overdue < 0:
        return f"Due in {days_words(-item.days_overdue)}"
    if item.days_overdue == 0:
        return "Due today"
    return f"{days_words(item.days_overdue)} overdue"


def summary_words(items: list[DueItem], today: date) -> str:
    if not items:
        return NOTHING_DUE
    counts = {kind: sum(1 for i in items if i.kind == kind) for kind in DueKind}
    parts = []
    for kind, one, many in (
        (DueKind.FOLLOW_UP, "follow-up", "follow-ups"),
        (DueKind.ACKNOWLEDGEMENT, "unacknowledged referral", "unacknowledged referrals"),
        (DueKind.TRANSFER_RECEIPT, "transfer awaiting receipt", "transfers awaiting receipt"),
        (DueKind.SUBJECT_ACCESS, "subject access request", "subject access requests"),
    ):
        if counts[kind]:
            parts.append(f"1 {one}" if counts[kind] == 1 else f"{counts[kind]} {many}")
    listed = ", ".join(parts[:-1]) + (" and " if len(parts) > 1 else "") + parts[-1]
    return f"{listed} to chase on {long_date(today)}, most overdue first."


class DueDialog(QDialog):
    incident_activated = Signal(int)
    person_activated = Signal(int)  # a transfer or subject access item: whose file

    def __init__(
        self,
        session: CaseFileSession,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_DueDialog()
        self.ui.setupUi(self)
        self._session = session
        self._today = today or date.today()
        self.items: list[DueItem] = []
        ui = self.ui
        header = ui.items_table.horizontalHeader()
        for column in range(ui.items_table.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        ui.items_table.activated.connect(self._activated)
        ui.items_table.itemSelectionChanged.connect(self._update_controls)
        ui.open_incident_button.clicked.connect(self.open_selected)
        ui.button_box.rejected.connect(self.reject)
        self.refresh()

    # --- public ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read what is due again from the case file."""
        self.items = due_items(self._session.conn, self._today)
        self.ui.summary_label.setText(summary_words(self.items, self._today))
        table = self.ui.items_table
        table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            cells = (
                item.incident_reference,
                what_words(item),
                item.owner,
                short_date(item.due_on),
                late_words(item),
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, item.incident_id)
                if column == 1:
                    cell.setToolTip(plain_tip(text))  # the column may be too narrow for all of it
                table.setItem(row, column, cell)
        table.setVisible(bool(self.items))
        if self.items:
            table.selectRow(0)
        self._update_controls()

    def open_selected(self) -> None:
        rows = self.ui.items_table.selectionModel().selectedRows()
        if rows:
            self._open(self.items[rows[0].row()])

    # --- inside -----------------------------------------------------------------------------

    def _open(self, item: DueItem) -> None:
        if item.incident_id:
            self.incident_activated.emit(item.incident_id)
        elif item.person_id is not None:
            self.person_activated.emit(item.person_id)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self._open(self.items[index.row()])

    def _update_controls(self) -> None:
        rows = self.ui.items_table.selectionModel().selectedRows()
        self.ui.open_incident_button.setEnabled(bool(rows))
