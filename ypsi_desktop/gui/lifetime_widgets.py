"""Small pieces the lifetime dialogs (retention, transfer, subject access) share: filling a
read-only table with an id behind each row, reading dates from date edits, and running an
action in the background with its failure shown as a plain message."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ypsi_desktop.gui.background import Background
from ypsi_desktop.gui.plain_text import plain_tip
from ypsi_desktop.gui.prompts import Prompts
from ypsi_desktop.services.session import CaseFileSession


def set_columns(table: QTableWidget, columns: tuple[str, ...]) -> None:
    table.setColumnCount(len(columns))
    table.setHorizontalHeaderLabels(list(columns))
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)


def fill(table: QTableWidget, rows: list[tuple[str, ...]], data: list[Any] | None = None) -> None:
    """Rows of text; `data[r]` (an id, or None) is kept behind every cell of row r."""
    table.clearSelection()
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, text in enumerate(values):
            item = QTableWidgetItem(text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            if data is not None:
                item.setData(Qt.ItemDataRole.UserRole, data[r])
            item.setToolTip(plain_tip(text) if len(text) > 40 else "")
            table.setItem(r, c, item)


def selected_row(table: QTableWidget) -> int | None:
    rows = table.selectionModel().selectedRows()
    return rows[0].row() if rows else None


def row_data(table: QTableWidget, row: int) -> Any:
    item = table.item(row, 0)
    return None if item is None else item.data(Qt.ItemDataRole.UserRole)


def cell_text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return "" if item is None else item.text()


def table_text(table: QTableWidget) -> list[tuple[str, ...]]:
    return [
        tuple(cell_text(table, r, c) for c in range(table.columnCount()))
        for r in range(table.rowCount())
    ]


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def day_of(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def words_for(error: BaseException) -> str:
    """The DSL's words for an expected failure: the system's own wording of a file that could
    not be written (with its path) is not shown."""
    if isinstance(error, OSError):
        return (
            f"The file could not be written there ({error.strerror or 'the system refused'}). "
            "Nothing was saved. Choose another folder, such as Documents, and try again."
        )
    return str(error)


class Attempt:
    """Runs a dialog's action (on the Background helper when there is one), then `done` on
    the UI thread; an expected failure becomes a warning in the DSL's words, anything else
    propagates to the crash handler. The dialog is disabled while the work runs."""

    def __init__(
        self,
        owner: QWidget,
        prompts: Prompts,
        title: str,
        background: Background | None,
        expected: tuple[type[BaseException], ...],
    ) -> None:
        self._owner = owner
        self._prompts = prompts
        self._title = title
        self._background = background
        self._expected = expected

    def __call__(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        def failed(error: BaseException) -> None:
            self._owner.setEnabled(True)
            if isinstance(error, self._expected):
                self._prompts.warn(self._owner, self._title, words_for(error))
            else:
                raise error

        def succeeded(value: Any) -> None:
            self._owner.setEnabled(True)
            done(value)

        if self._background is None:
            try:
                value = work()
            except self._expected as error:
                failed(error)
            else:
                succeeded(value)
            return
        self._owner.setEnabled(False)
        self._background.run(work, succeeded, failed)


class RecordsWindow(QDialog):
    """What the Records windows share: the session, the prompts, the background helper and
    "today" (tests give their own), and `_run`, which carries out an action (an Attempt with
    the window's TITLE and EXPECTED failures). `_attempt` also reads the window again after."""

    TITLE = ""
    EXPECTED: tuple[type[BaseException], ...] = ()

    def __init__(
        self,
        parent: QWidget | None,
        session: CaseFileSession,
        prompts: Prompts,
        *,
        background: Background | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._prompts = prompts
        self._background = background
        self._today = today or date.today()
        self._run = Attempt(self, prompts, self.TITLE, background, self.EXPECTED)

    def _explain_refusals(self) -> None:
        """Call after setupUi: a picture or file pasted or dropped into a text field is
        refused there, and said so here."""
        from ypsi_desktop.gui.plain_text import PlainLineEdit

        for field in self.findChildren(PlainLineEdit):
            field.notice.connect(lambda words: self._prompts.inform(self, self.TITLE, words))

    def refresh(self) -> None:
        """Read the window's records again (each window has its own)."""

    def _attempt(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        def finished(value: Any) -> None:
            done(value)
            self.refresh()

        self._run(work, finished)
