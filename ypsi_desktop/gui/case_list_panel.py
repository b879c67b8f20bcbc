"""The list of incidents a DSL works from: search as you type, filters, one sortable table.

Search answers as the DSL types (after a short pause, so a fast typist is not made to wait for
every letter) and shows its hits in the same table, with the matching words in a Matches
column. While a search is showing the filters are greyed out, because the search covers every
incident; clearing the box brings the filtered list back. Dates are typed as dd/mm/yyyy and a
date that cannot be read is named in words instead of being ignored.

Activating a row (Enter, double-click, or Open incident) emits `incident_activated(id)` for the
main window to open it. The panel writes nothing.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHeaderView, QListWidgetItem, QWidget

from ypsi_desktop.domain import guidance_ids as ids
from ypsi_desktop.domain.case import IncidentStatus
from ypsi_desktop.domain.case_views import NOT_ASSESSED, CaseListFilter
from ypsi_desktop.domain.dates import DateError, parse_date
from ypsi_desktop.domain.guidance_text import label
from ypsi_desktop.gui.case_list_model import (
    CATEGORY,
    CHILDREN,
    DEFAULT_FILTERS,
    MATCHES,
    NOT_ASSESSED_WORDS,
    OWNER,
    ROUTE,
    STATUS,
    CaseListModel,
)
from ypsi_desktop.gui.forms.ui_case_list_panel import Ui_CaseListPanel
from ypsi_desktop.storage.connection import Connection
from ypsi_desktop.storage.search import search

SEARCH_DELAY_MS = 200
SEARCH_LIMIT = 200
ANY = "any"
STATUS_CHOICES: tuple[tuple[str, IncidentStatus | None], ...] = (
    ("Open incidents", IncidentStatus.OPEN),
    ("Closed incidents", IncidentStatus.CLOSED),
    ("All incidents", None),
)
COLUMN_WIDTHS = {
    MATCHES.title: 300,
    CHILDREN.title: 190,
    CATEGORY.title: 180,
    ROUTE.title: 175,
    STATUS.title: 70,
    OWNER.title: 140,
}
# The distinct leads, one index seek each (a DISTINCT would read the whole owner index: about
# 12-18 ms on 50,000 incidents, at every sign-in).
_OWNERS = (
    "WITH RECURSIVE o(owner) AS ("
    " SELECT (SELECT min(owner) FROM incidents WHERE owner > '')"
    " UNION ALL SELECT (SELECT min(owner) FROM incidents WHERE owner > o.owner) FROM o"
    " WHERE o.owner IS NOT NULL)"
    " SELECT owner FROM o WHERE owner IS NOT NULL"
)
SEARCHING_NOTE = "Searching every incident: the filters apply to the list, not to a search."


def count_words(total: int, *, searching: bool, limit: int = SEARCH_LIMIT) -> str:
    if searching:
        if total == 0:
            return "No matches"
        if total >= limit:
            return f"The best {total:,} matches"
        return "1 match" if total == 1 else f"{total:,} matches"
    return "1 incident" if total == 1 else f"{total:,} incidents"


class CaseListPanel(QWidget):
    """The case list over an open case file's connection. `today` fixes "overdue" in tests."""

    incident_activated = Signal(int)
    child_activated = Signal(int)  # a person id: open the child's file

    def __init__(
        self,
        conn: Connection | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        """With no connection the panel is built empty (the main window builds it while the
        passphrase is typed); `set_connection` fills it, and empties it again at a lock."""
        super().__init__(parent)
        self.ui = Ui_CaseListPanel()
        self.ui.setupUi(self)
        self._conn = conn
        self._today = today or date.today()
        self.model = CaseListModel(conn, self, filters=DEFAULT_FILTERS, today=self._today)
        ui = self.ui
        for words, status in STATUS_CHOICES:
            ui.status_combo.addItem(words, None if status is None else status.value)
        self._fill_guidance_combo(ui.category_combo, "Any category", ids.CATEGORIES)
        self._fill_guidance_combo(ui.route_combo, "Any route", ids.ROUTES)
        ui.message_label.hide()
        self._fill_owners()
        ui.children_label.hide()
        ui.children_list.hide()
        ui.children_list.itemActivated.connect(self._child_chosen)

        view = ui.table_view
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicator(
            self.model.column_of(self.model.sort_key[0]), Qt.SortOrder.DescendingOrder
        )
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        self._size_columns()

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)
        ui.search_edit.textChanged.connect(lambda _: self._search_timer.start())
        ui.search_edit.returnPressed.connect(self._search_now)
        ui.search_edit.installEventFilter(self)

        ui.status_combo.currentIndexChanged.connect(lambda _: self.apply_filters())
        ui.category_combo.currentIndexChanged.connect(lambda _: self.apply_filters())
        ui.route_combo.currentIndexChanged.connect(lambda _: self.apply_filters())
        ui.overdue_check.toggled.connect(lambda _: self.apply_filters())
        ui.owner_combo.currentIndexChanged.connect(lambda _: self.apply_filters())
        ui.from_edit.editingFinished.connect(self.apply_filters)
        ui.to_edit.editingFinished.connect(self.apply_filters)

        view.activated.connect(self._activated)
        view.selectionModel().selectionChanged.connect(lambda *_: self._update_controls())
        self.model.modelReset.connect(self._update_controls)
        self.model.rowsInserted.connect(lambda *_: self._update_controls())
        ui.open_button.clicked.connect(self.open_selected)
        self._update_controls()

    # --- public ----------------------------------------------------------------------------

    def set_connection(self, conn: Connection | None, *, today: date | None = None) -> None:
        """Show this open case file's incidents; None forgets everything shown (a lock)."""
        ui = self.ui
        self._conn = conn
        if today is not None:
            self._today = today
        if conn is None:
            for edit in (ui.search_edit, ui.from_edit, ui.to_edit):
                edit.blockSignals(True)
                edit.clear()
                edit.blockSignals(False)
            ui.children_list.clear()
            ui.children_label.hide()
            ui.children_list.hide()
            ui.owner_combo.blockSignals(True)
            ui.owner_combo.clear()
            ui.owner_combo.blockSignals(False)
        self.model.set_connection(conn, today=today)
        if conn is not None:
            self._fill_owners()
            self._after_mode_change()
        self._update_controls()

    def run_search(self) -> None:
        """Show the hits for what is in the search box, or the list if it is empty."""
        self._search_timer.stop()
        if self._conn is None:
            return
        text = self.ui.search_edit.text().strip()
        if not text:
            self._show_children(text, [])
            if self.model.searching:
                self.model.show_list()
                self._after_mode_change()
            return
        hits = search(self._conn, text, limit=SEARCH_LIMIT)
        self.model.show_search(hits)
        self._show_children(text, [hit.incident_id for hit in hits])
        self._after_mode_change()

    def apply_filters(self) -> None:
        """Read the filter controls and list what they select (bad dates are named, not used)."""
        filters, problems = self._read_filters()
        self._show_message(" ".join(problems))
        if filters != self.model.filters:
            self.model.set_filters(filters)
        self._update_controls()

    def open_selected(self) -> None:
        rows = self.ui.table_view.selectionModel().selectedRows()
        if rows:
            self.incident_activated.emit(self.model.incident_id(rows[0].row()))

    def refresh(self) -> None:
        """Read the list (or the search) again, after an incident was saved elsewhere."""
        if self._conn is None:
            return
        if self.model.searching:
            self.run_search()
        else:
            self.model.refresh()

    # --- inside -----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down from the search box moves into the results, as in a browser's address bar.
        if (
            watched is self.ui.search_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            self._focus_results()
            return True
        return super().eventFilter(watched, event)

    def _search_now(self) -> None:
        self.run_search()
        self._focus_results()

    def _focus_results(self) -> None:
        view = self.ui.table_view
        if self.model.rowCount() == 0:
            return
        view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not view.selectionModel().hasSelection():
            view.selectRow(0)

    def incident_saved(self, incident_id: int) -> None:
        """An edited incident's row is read again where it is; anything else (a new
        incident, one not read yet) reads the list again."""
        if not self.model.update_row(incident_id):
            self.refresh()

    def remember_owner(self, owner: str) -> None:
        """A saved incident's lead joins the "Led by" choices (cheaper than asking again)."""
        combo = self.ui.owner_combo
        if owner and combo.findData(owner) < 0:
            combo.addItem(owner, owner)

    def _fill_owners(self) -> None:
        """Everyone who leads an incident, for the "Led by" filter (kept when refilled)."""
        combo = self.ui.owner_combo
        if self._conn is None:
            return
        chosen = combo.currentData()
        owners = [str(row[0]) for row in self._conn.execute(_OWNERS)]
        if [combo.itemData(i) for i in range(1, combo.count())] == owners:
            return
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("Anyone", ANY)
        for owner in owners:
            combo.addItem(owner, owner)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)

    def _show_children(self, text: str, incident_ids: list[int]) -> None:
        """Children on file whose names match, so their file is one step from the search.

        Looked for among the people of the incidents the search found (every child is in at
        least one), so no scan of every person is needed as the DSL types."""
        from ypsi_desktop.domain.dates import short_date
        from ypsi_desktop.storage.person_repository import PersonRepository

        ui = self.ui
        ui.children_list.clear()
        found = (
            PersonRepository(self._conn).children_in(incident_ids, text, limit=8)
            if text and incident_ids and self._conn is not None
            else []
        )
        for person in found:
            words = f"{person.display_name} ({person.reference})"
            if person.date_of_birth is not None:
                words += f", born {short_date(person.date_of_birth)}"
            if person.year_group:
                words += f", {person.year_group}"
            item = QListWidgetItem(words)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            ui.children_list.addItem(item)
        ui.children_label.setVisible(bool(found))
        ui.children_list.setVisible(bool(found))

    def _child_chosen(self, item: QListWidgetItem) -> None:
        self.child_activated.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    @staticmethod
    def _fill_guidance_combo(combo: object, any_words: str, choices: tuple[str, ...]) -> None:
        combo.addItem(any_words, ANY)  # type: ignore[attr-defined]
        combo.addItem(NOT_ASSESSED_WORDS, NOT_ASSESSED)  # type: ignore[attr-defined]
        for id_ in choices:
            combo.addItem(label(id_), id_)  # type: ignore[attr-defined]

    def _read_filters(self) -> tuple[CaseListFilter, list[str]]:
        ui = self.ui
        problems: list[str] = []
        status = ui.status_combo.currentData()
        category = ui.category_combo.currentData()
        route = ui.route_combo.currentData()
        owner = ui.owner_combo.currentData()
        filters = CaseListFilter(
            owner=None if owner in (ANY, None) else str(owner),
            status=None if status is None else IncidentStatus(status),
            category=None if category == ANY else category,
            route=None if route == ANY else route,
            overdue_on=self._today if ui.overdue_check.isChecked() else None,
        )
        dates: dict[str, date | None] = {}
        for name, edit, caption in (
            ("came_to_light_from", ui.from_edit, "From"),
            ("came_to_light_to", ui.to_edit, "To"),
        ):
            dates[name] = None
            if edit.text().strip():
                try:
                    dates[name] = parse_date(edit.text(), today=self._today, allow_future=True)
                except DateError as error:
                    problems.append(f"{caption} date: {error}")
        start, end = dates["came_to_light_from"], dates["came_to_light_to"]
        if start is not None and end is not None and start > end:
            problems.append("The from date is after the to date, so nothing could match.")
        return replace(filters, came_to_light_from=start, came_to_light_to=end), problems

    def _show_message(self, text: str) -> None:
        self.ui.message_label.setText(text)
        self.ui.message_label.setVisible(bool(text))

    def _sort_indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        """Put the header's arrow back on a column the database cannot sort by."""
        columns = self.model.columns()
        if 0 <= column < len(columns) and columns[column].sort is not None:
            return
        sort, descending = self.model.sort_key
        header = self.ui.table_view.horizontalHeader()
        previous = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        header.blockSignals(True)
        header.setSortIndicator(self.model.column_of(sort), previous)
        header.blockSignals(False)

    def _after_mode_change(self) -> None:
        searching = self.model.searching
        view = self.ui.table_view
        # Search hits keep their rank: no sort arrow while they show.
        view.horizontalHeader().setSortIndicatorShown(not searching)
        view.horizontalHeader().setSectionsClickable(not searching)
        self.ui.filter_box.setEnabled(not searching)
        if searching:
            self._show_message(SEARCHING_NOTE)
        else:
            self.apply_filters()
            sort, descending = self.model.sort_key
            order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
            view.horizontalHeader().blockSignals(True)
            view.horizontalHeader().setSortIndicator(self.model.column_of(sort), order)
            view.horizontalHeader().blockSignals(False)
        self._size_columns()
        self._update_controls()

    def _size_columns(self) -> None:
        view = self.ui.table_view
        for i, column in enumerate(self.model.columns()):
            view.setColumnWidth(i, COLUMN_WIDTHS.get(column.title, 110))

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.incident_activated.emit(self.model.incident_id(index.row()))

    def _update_controls(self) -> None:
        ui = self.ui
        ui.count_label.setText(count_words(self.model.total, searching=self.model.searching))
        ui.open_button.setEnabled(ui.table_view.selectionModel().hasSelection())
