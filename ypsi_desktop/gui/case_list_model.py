"""The case list as a Qt table model that reads only what the view shows.

Why it is built this way: a school's file can hold tens of thousands of incidents, so the model
never loads them all. It reads one page at a time from storage/case_list.py as the view scrolls
(canFetchMore/fetchMore), asks storage for the total, and leaves sorting and filtering to the
database: `sort()` and `set_filters()` start again from the first page, never reorder in Python.

The same model shows search results (`show_search`), in rank order, with the matching words in
a Matches column, so the DSL keeps one table, one set of keys and one way to open an incident.
Overdue dates are named in words ("3 days overdue"), never by colour alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from ypsi_desktop.domain.case import IncidentStatus
from ypsi_desktop.domain.case_views import CaseListFilter, CaseListRow, SearchHit, SortColumn
from ypsi_desktop.domain.dates import short_date
from ypsi_desktop.domain.guidance_text import label
from ypsi_desktop.gui.plain_text import plain_tip
from ypsi_desktop.storage.case_list import CaseList, rows_for_ids
from ypsi_desktop.storage.connection import Connection

PAGE_SIZE = 100
SEARCH_PAGE_SIZE = 50  # search hits are ranked: the first screenful first, the rest on scroll
NOT_ASSESSED_WORDS = "Not assessed yet"
STATUS_WORDS = {IncidentStatus.OPEN: "Open", IncidentStatus.CLOSED: "Closed"}
DEFAULT_FILTERS = CaseListFilter(status=IncidentStatus.OPEN)

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    title: str
    sort: SortColumn | None  # None: the database has no index to sort by it


REFERENCE = Column("Reference", SortColumn.REFERENCE)
CAME_TO_LIGHT = Column("Came to light", SortColumn.CAME_TO_LIGHT)
CHILDREN = Column("Children", None)
CATEGORY = Column("Category", SortColumn.CATEGORY)
ROUTE = Column("Route", SortColumn.ROUTE)
STATUS = Column("Status", SortColumn.STATUS)
OWNER = Column("Owner", SortColumn.OWNER)
NEXT_DUE = Column("Next action due", SortColumn.NEXT_DUE)
MATCHES = Column("Matches", None)

LIST_COLUMNS = (REFERENCE, CAME_TO_LIGHT, CHILDREN, CATEGORY, ROUTE, STATUS, OWNER, NEXT_DUE)
SEARCH_COLUMNS = (REFERENCE, MATCHES, *LIST_COLUMNS[1:])
_TIPPED = (MATCHES, CHILDREN, CATEGORY, ROUTE, OWNER, NEXT_DUE)


def days_words(days: int) -> str:
    return "1 day" if days == 1 else f"{days} days"


def overdue_words(due: date, today: date) -> str:
    """How late something is, in words: "due today", "3 days overdue" or ""."""
    days = (today - due).days
    if days > 0:
        return f"{days_words(days)} overdue"
    return "due today" if days == 0 else ""


def guidance_label(id_: str | None) -> str:
    if id_ is None:
        return NOT_ASSESSED_WORDS
    try:
        return label(id_)
    except KeyError:  # an id from a newer guidance version: show it rather than fail
        return id_


class CaseListModel(QAbstractTableModel):
    """Rows of the case list (or of a search), fetched a page at a time.

    `total` is how many incidents match the filters (or how many search hits there are);
    `rowCount()` is how many have been read so far; `fetched_rows` counts rows read from storage
    since the list was last started again, so a test can see that only a window was read.
    """

    def __init__(
        self,
        conn: Connection | None,
        parent: QObject | None = None,
        *,
        filters: CaseListFilter = DEFAULT_FILTERS,
        today: date | None = None,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(parent)
        self._conn = conn
        self._cases = None if conn is None else CaseList(conn)
        self._today = today or date.today()
        self._page_size = page_size
        self._filters = filters
        self._sort = SortColumn.CAME_TO_LIGHT
        self._descending = True
        self._rows: list[CaseListRow] = []
        self._snippets: dict[int, str] = {}
        self._hit_ids: list[int] = []
        self._hits_read = 0
        self._search_page = SEARCH_PAGE_SIZE
        self._searching = False
        self._total = 0
        self.fetched_rows = 0
        self._requery()

    # --- what the panel asks for ------------------------------------------------------------

    @property
    def total(self) -> int:
        return self._total

    @property
    def filters(self) -> CaseListFilter:
        return self._filters

    @property
    def searching(self) -> bool:
        return self._searching

    @property
    def sort_key(self) -> tuple[SortColumn, bool]:
        """The database sort in force: (column, descending)."""
        return self._sort, self._descending

    def columns(self) -> tuple[Column, ...]:
        return SEARCH_COLUMNS if self._searching else LIST_COLUMNS

    def column_of(self, sort: SortColumn) -> int:
        """The view column that sorts by `sort` (for the header's sort indicator)."""
        return next(i for i, c in enumerate(self.columns()) if c.sort == sort)

    def set_filters(self, filters: CaseListFilter) -> None:
        self._filters = filters
        if not self._searching:
            self._requery()

    def show_list(self) -> None:
        """Leave search results and show the filtered, sorted list from its first page."""
        self._searching = False
        self._requery()

    def show_search(self, hits: list[SearchHit]) -> None:
        """Show these hits, best first, with their marked snippets."""
        self.beginResetModel()
        self._searching = True
        self._snippets = {hit.incident_id: hit.marked("[", "]") for hit in hits}
        self._hit_ids = [hit.incident_id for hit in hits]
        # Like the list, only what can be seen is read: the rest as the view scrolls.
        self._hits_read = min(self._search_page, len(self._hit_ids))
        ids = self._hit_ids[: self._hits_read]
        self._rows = [] if self._conn is None else rows_for_ids(self._conn, ids)
        self._total = len(hits)
        self.fetched_rows = len(self._rows)
        self.endResetModel()

    def incident_id(self, row: int) -> int:
        return self._rows[row].id

    def row_at(self, row: int) -> CaseListRow:
        return self._rows[row]

    def update_row(self, incident_id: int) -> bool:
        """Read one shown incident's row again in place (after it was edited and saved);
        False when it is not among the rows read so far."""
        for index, row in enumerate(self._rows):
            if row.id == incident_id and self._conn is not None:
                fresh = rows_for_ids(self._conn, [incident_id])
                if not fresh:
                    return False
                self._rows[index] = fresh[0]
                self.dataChanged.emit(
                    self.index(index, 0), self.index(index, self.columnCount() - 1)
                )
                return True
        return False

    def refresh(self) -> None:
        """Read the list again (after an incident was saved elsewhere)."""
        if not self._searching:
            self._requery()

    # --- QAbstractTableModel ----------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns())

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid():
            return False
        if self._searching:
            return self._hits_read < len(self._hit_ids)
        return len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        if self._conn is None or self._cases is None:
            return
        if self._searching:
            start = self._hits_read
            self._hits_read = min(start + self._search_page, len(self._hit_ids))
            page = rows_for_ids(self._conn, self._hit_ids[start : self._hits_read])
            if not page:
                return
        else:
            page = self._cases.page(
                len(self._rows), self._page_size, self._filters, self._sort, self._descending
            )
        if not page:  # the file changed under us: stop asking
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.fetched_rows += len(page)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Ask the database for the list in a new order (search results keep their rank)."""
        columns = self.columns()
        if not 0 <= column < len(columns) or columns[column].sort is None:
            return
        sort = columns[column].sort
        assert sort is not None
        descending = order == Qt.SortOrder.DescendingOrder
        if (sort, descending) == (self._sort, self._descending):
            return  # already in that order (the view asks again when it is first shown)
        self._sort = sort
        self._descending = descending
        if not self._searching:
            self._requery()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns()):
            return None
        column = self.columns()[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.ToolTipRole and column.sort is None and not self._searching:
            return f"{column.title}: the list cannot be sorted by this column"
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.columns()[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text(row, column)
            if role == Qt.ItemDataRole.ToolTipRole:  # the whole text of a narrow column
                return plain_tip(text) if column in _TIPPED and text else None
            return text
        if role == Qt.ItemDataRole.FontRole and column is NEXT_DUE and self._is_overdue(row):
            font = QFont()
            font.setBold(True)
            return font
        return None

    # --- inside -----------------------------------------------------------------------------

    def set_connection(self, conn: Connection | None, *, today: date | None = None) -> None:
        """Show the list from this open case file, or (None: the app locked) nothing at all."""
        self._conn = conn
        self._cases = None if conn is None else CaseList(conn)
        if today is not None:
            self._today = today
        self._searching = False
        self._hit_ids, self._hits_read = [], 0
        self._requery()

    def _requery(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._snippets = {}
        self.fetched_rows = 0
        self._total = 0 if self._cases is None else self._cases.count(self._filters)
        self.endResetModel()
        self.fetchMore()

    def _is_overdue(self, row: CaseListRow) -> bool:
        return (
            row.status == IncidentStatus.OPEN
            and row.next_due is not None
            and row.next_due < self._today
        )

    def _text(self, row: CaseListRow, column: Column) -> str:
        if column is REFERENCE:
            return row.reference
        if column is MATCHES:
            return self._snippets.get(row.id, "")
        if column is CAME_TO_LIGHT:
            return short_date(row.came_to_light_at.date()) if row.came_to_light_at else ""
        if column is CHILDREN:
            return ", ".join(row.children) or "No child recorded"
        if column is CATEGORY:
            return guidance_label(row.category)
        if column is ROUTE:
            return guidance_label(row.route)
        if column is STATUS:
            return STATUS_WORDS.get(IncidentStatus(row.status), str(row.status))
        if column is OWNER:
            return row.owner
        if column is NEXT_DUE:
            if row.next_due is None:
                return ""
            words = overdue_words(row.next_due, self._today)
            if row.status != IncidentStatus.OPEN or not words:
                return short_date(row.next_due)
            return f"{short_date(row.next_due)} ({words})"
        return ""
