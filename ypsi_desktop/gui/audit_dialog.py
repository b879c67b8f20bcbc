"""File > Audit log (DSL): who viewed, changed, printed or exported what, and when."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from ypsi_desktop.gui.forms.ui_audit_dialog import Ui_AuditDialog
from ypsi_desktop.services.audit_view import audit_lines
from ypsi_desktop.services.session import CaseFileSession

COLUMNS = ("No.", "When", "Who", "What", "Record", "Detail")
SCOPES = (
    ("The whole file", None),
    ("Incidents", "incident"),
    ("People", "person"),
    ("Users", "user"),
    ("The case file itself", "case_file"),
)


class AuditDialog(QDialog):
    def __init__(self, session: CaseFileSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AuditDialog()
        self.ui.setupUi(self)
        self._session = session
        for text, scope in SCOPES:
            self.ui.scope_combo.addItem(text, scope)
        table = self.ui.audit_table
        table.setColumnCount(len(COLUMNS))
        table.setHorizontalHeaderLabels(list(COLUMNS))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().hide()
        self.ui.scope_combo.currentIndexChanged.connect(self.refresh)
        self.ui.record_spin.valueChanged.connect(self.refresh)
        self.ui.button_box.rejected.connect(self.reject)
        self.refresh()

    def show_record(self, record_type: str, record_id: int) -> None:
        index = next(i for i, (_, scope) in enumerate(SCOPES) if scope == record_type)
        self.ui.scope_combo.setCurrentIndex(index)
        self.ui.record_spin.setValue(record_id)

    def refresh(self) -> None:
        scope = self.ui.scope_combo.currentData()
        record_id = self.ui.record_spin.value() or None
        self.ui.record_spin.setEnabled(scope is not None)
        lines = audit_lines(
            self._session, record_type=scope, record_id=record_id if scope else None
        )
        table = self.ui.audit_table
        table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            when = line.when + (" (clock set back)" if line.clock_back else "")
            values = (str(line.seq), when, line.who, line.action, line.record, line.detail)
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))
