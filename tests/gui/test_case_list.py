"""The case list on a file of about 3,000 incidents: it reads a window, not the whole file."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from bench.casefile_data import build
from ypsi_desktop.domain import guidance_ids as ids
from ypsi_desktop.domain.guidance_text import label
from ypsi_desktop.gui.case_list_model import PAGE_SIZE, CaseListModel
from ypsi_desktop.gui.case_list_panel import CaseListPanel
from ypsi_desktop.storage.connection import Connection
from ypsi_desktop.storage.database import CaseFile, open_case_file

INCIDENTS = 3_000
TODAY = date(2026, 11, 2)


@pytest.fixture(scope="session")
def bulk_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    """Built once per test run (a few seconds), opened afresh by each test."""
    path = tmp_path_factory.mktemp("bulk") / "bulk.ypsi"
    key = os.urandom(32)
    build(path, key, INCIDENTS, seed=7)
    return path, key


@pytest.fixture
def case(bulk_file: tuple[Path, bytes]) -> Iterator[CaseFile]:
    path, key = bulk_file
    case = open_case_file(path, key)
    yield case
    case.close()


def open_panel(qtbot: QtBot, conn: Connection) -> CaseListPanel:
    panel = CaseListPanel(conn, today=TODAY)
    qtbot.addWidget(panel)
    panel.resize(1100, 600)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def scalar(conn: Connection, sql: str, *params: object) -> object:
    return conn.execute(sql, params).fetchone()[0]


def test_shows_open_incidents_but_reads_only_a_window(qtbot: QtBot, case: CaseFile) -> None:
    panel = open_panel(qtbot, case.conn)
    model = panel.model
    open_count = scalar(case.conn, "SELECT count(*) FROM incidents WHERE status = 'open'")
    assert 0 < model.total == open_count < INCIDENTS  # open incidents unless asked otherwise
    assert panel.ui.count_label.text() == f"{open_count:,} incidents"
    status = panel.ui.status_combo
    status.setCurrentIndex(status.findText("All incidents"))
    assert model.total == INCIDENTS
    assert panel.ui.count_label.text() == f"{INCIDENTS:,} incidents"
    assert 0 < model.rowCount() <= model.fetched_rows <= 2 * PAGE_SIZE
    # Newest first by default, dates as dd/mm/yyyy.
    newest = scalar(
        case.conn,
        "SELECT reference FROM incidents ORDER BY came_to_light_at DESC, id DESC LIMIT 1",
    )
    assert model.index(0, 0).data() == newest
    assert len(model.index(0, 1).data().split("/")) == 3


def test_scrolling_to_the_bottom_fetches_the_next_page(qtbot: QtBot, case: CaseFile) -> None:
    panel = open_panel(qtbot, case.conn)
    model = panel.model
    panel.ui.status_combo.setCurrentIndex(panel.ui.status_combo.findText("All incidents"))
    before = model.rowCount()
    panel.ui.table_view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > before)
    assert model.fetched_rows == model.rowCount() < model.total


@pytest.mark.parametrize(
    ("column", "order", "sql_order"),
    [
        (0, Qt.SortOrder.AscendingOrder, "ref_year, ref_number, id"),
        (6, Qt.SortOrder.DescendingOrder, "owner DESC, id DESC"),
        (7, Qt.SortOrder.AscendingOrder, "ifnull(next_due, '~'), id"),
    ],
)
def test_sorting_asks_the_database_again(
    qtbot: QtBot, case: CaseFile, column: int, order: Qt.SortOrder, sql_order: str
) -> None:
    panel = open_panel(qtbot, case.conn)
    model = panel.model
    panel.ui.table_view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > PAGE_SIZE)
    panel.ui.table_view.sortByColumn(column, order)
    assert model.rowCount() == model.fetched_rows <= 2 * PAGE_SIZE  # started again
    expected = scalar(
        case.conn,
        f"SELECT id FROM incidents WHERE status = 'open' ORDER BY {sql_order} LIMIT 1",
    )
    assert model.incident_id(0) == expected


def test_children_column_cannot_be_sorted(qtbot: QtBot, case: CaseFile) -> None:
    panel = open_panel(qtbot, case.conn)
    first = panel.model.incident_id(0)
    panel.ui.table_view.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert panel.model.incident_id(0) == first
    assert panel.ui.table_view.horizontalHeader().sortIndicatorSection() == 1


def test_filters_narrow_the_count(qtbot: QtBot, case: CaseFile) -> None:
    panel = open_panel(qtbot, case.conn)
    ui = panel.ui
    ui.category_combo.setCurrentIndex(ui.category_combo.findData(ids.CATEGORIES[0]))
    expected = scalar(
        case.conn,
        "SELECT count(*) FROM incidents WHERE status = 'open' AND latest_category = ?",
        ids.CATEGORIES[0],
    )
    assert 0 < panel.model.total == expected
    assert ui.count_label.text() == f"{expected:,} incidents"
    assert {panel.model.index(r, 3).data() for r in range(panel.model.rowCount())} == {
        label(ids.CATEGORIES[0])
    }

    ui.status_combo.setCurrentIndex(ui.status_combo.findText("All incidents"))
    ui.from_edit.setText("01/01/2020")
    ui.to_edit.setText("31/12/2020")
    ui.to_edit.editingFinished.emit()
    expected = scalar(
        case.conn,
        "SELECT count(*) FROM incidents WHERE latest_category = ?"
        " AND came_to_light_at >= '2020-01-01' AND came_to_light_at < '2021-01-01'",
        ids.CATEGORIES[0],
    )
    assert panel.model.total == expected


def test_a_date_that_cannot_be_read_is_named(qtbot: QtBot, case: CaseFile) -> None:
    panel = open_panel(qtbot, case.conn)
    total = panel.model.total
    panel.ui.from_edit.setText("31/02/2020")
    panel.ui.from_edit.editingFinished.emit()
    assert "February 2020 has no day 31" in panel.ui.message_label.text()
    assert panel.model.total == total


def test_overdue_only_says_overdue_in_words(qtbot: QtBot, case: CaseFile) -> None:
    panel = open_panel(qtbot, case.conn)
    panel.ui.overdue_check.setChecked(True)
    expected = scalar(
        case.conn,
        "SELECT count(*) FROM incidents WHERE status = 'open' AND next_due < ?",
        TODAY.isoformat(),
    )
    assert 0 < panel.model.total == expected
    assert " days overdue)" in panel.model.index(0, 7).data()


def test_typing_a_name_shows_matching_incidents(qtbot: QtBot, case: CaseFile) -> None:
    conn = case.conn
    first, last = conn.execute(
        "SELECT first_name, last_name FROM people WHERE kind = 'child'"
        " AND first_name IN ('Maya', 'Noah', 'Erin') AND last_name IN ('Mockford', 'Sampleby')"
        " ORDER BY id LIMIT 1"
    ).fetchone()
    wanted = {
        int(r[0])
        for r in conn.execute(
            "SELECT DISTINCT ip.incident_id FROM incident_people ip JOIN people p"
            " ON p.id = ip.person_id WHERE p.first_name = ? AND p.last_name = ?",
            (first, last),
        )
    }
    panel = open_panel(qtbot, conn)
    panel.ui.search_edit.setFocus()
    qtbot.keyClicks(panel.ui.search_edit, f"{first} {last}")
    model = panel.model
    qtbot.waitUntil(lambda: model.searching, timeout=2000)
    found = {model.incident_id(r) for r in range(model.rowCount())}
    assert wanted <= found
    assert panel.ui.count_label.text().endswith("matches")
    assert not panel.ui.filter_box.isEnabled()
    assert f"[{last}]" in model.index(0, 1).data()  # the Matches column marks the words

    with qtbot.waitSignal(panel.incident_activated) as activated:
        qtbot.keyClick(panel.ui.search_edit, Qt.Key.Key_Down)
        qtbot.keyClick(panel.ui.table_view, Qt.Key.Key_Return)
    assert activated.args == [model.incident_id(0)]

    panel.ui.search_edit.clear()
    qtbot.waitUntil(lambda: not model.searching, timeout=2000)
    assert panel.ui.count_label.text().endswith("incidents")
    assert panel.ui.filter_box.isEnabled()


def test_model_alone_reads_pages_in_order(case: CaseFile) -> None:
    model = CaseListModel(case.conn, page_size=50, today=TODAY)
    assert model.rowCount() == model.fetched_rows == 50
    first_page = [model.incident_id(r) for r in range(50)]
    model.fetchMore()
    assert model.rowCount() == 100
    assert [model.incident_id(r) for r in range(50)] == first_page
    assert len({model.incident_id(r) for r in range(100)}) == 100


def test_search_results_are_read_a_screenful_at_a_time(case: CaseFile) -> None:
    from ypsi_desktop.gui.case_list_model import SEARCH_PAGE_SIZE
    from ypsi_desktop.storage.search import search

    hits = search(case.conn, "pupil", limit=200)
    assert len(hits) > SEARCH_PAGE_SIZE  # a common word: more hits than one screenful
    model = CaseListModel(case.conn, today=TODAY)
    model.show_search(hits)
    assert model.total == len(hits)
    assert model.rowCount() == model.fetched_rows == SEARCH_PAGE_SIZE
    while model.canFetchMore():
        model.fetchMore()
    assert [model.incident_id(r) for r in range(model.rowCount())] == [
        h.incident_id for h in hits
    ]  # every hit, still in rank order
