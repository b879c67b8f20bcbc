"""The lifetime dialogs with real services on real files: retention and disposal, school
transfer both ways, subject access with a release, and the governors' report's charts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.integration.lifetime_helpers import (
    MAIN_NAME,
    Scenario,
    build_scenario,
    new_session,
)
from ypsi_desktop.gui.governors_report_dialog import GovernorsReportDialog
from ypsi_desktop.gui.prompts import ScriptedPrompts
from ypsi_desktop.gui.retention_dialog import RetentionDialog
from ypsi_desktop.gui.sar_dialog import SarDialog
from ypsi_desktop.gui.transfer_dialog import TransferDialog
from ypsi_desktop.services.session import CaseFileSession
from ypsi_desktop.storage.key_derivation import KdfParams
from ypsi_desktop.storage.person_repository import PersonRepository

LATER = date(2040, 1, 1)


@pytest.fixture
def scenario(tmp_path: Path) -> Iterator[Scenario]:
    session = new_session(tmp_path)
    yield build_scenario(session)
    session.close()


@pytest.fixture
def receiver(tmp_path: Path) -> Iterator[CaseFileSession]:
    session = new_session(tmp_path, "receiver.ypsi", setting="Northfield College (fictional)")
    yield session
    session.close()


def _select(table: object, text: str) -> None:
    for row in range(table.rowCount()):  # type: ignore[attr-defined]
        if table.item(row, 0).text() == text:  # type: ignore[attr-defined]
            table.selectRow(row)  # type: ignore[attr-defined]
            return
    raise AssertionError(f"{text} is not listed")


def test_retention_dialog_holds_and_disposes(qtbot: QtBot, scenario: Scenario) -> None:
    prompts = ScriptedPrompts()
    dialog = RetentionDialog(None, scenario.session, prompts, today=LATER)
    qtbot.addWidget(dialog)
    references = [row[0] for row in dialog.item_rows()]
    # The children are due; the coach's allegation record runs to their pension age (2052).
    assert references == ["C-0001", "C-0002", "C-0003", "C-0004"]
    assert "due or overdue" in dialog.ui.summary_label.text()
    # A legal hold on another child: listed, and their record cannot be disposed of.
    _select(dialog.ui.items_table, "C-0002")
    dialog.ui.reason_edit.setPlainText("Police investigation (test)")
    dialog.ui.hold_button.click()
    assert prompts.shown[-1][2] == "A legal hold is now in force on C-0002."
    assert dialog.ui.holds_table.rowCount() == 1
    _select(dialog.ui.items_table, "C-0002")
    dialog.ui.confirm_edit.setText("C-0002")
    assert not dialog.ui.dispose_button.isEnabled()
    # Disposal of the main child: reason, reference typed back, one confirmation.
    _select(dialog.ui.items_table, "C-0001")
    assert "Date of birth 02/02/2011 + 25 years" in dialog.ui.explanation_label.text()
    dialog.ui.reason_edit.setPlainText("Retention period reached; reviewed (test)")
    dialog.ui.confirm_edit.setText("c-0001")
    assert dialog.ui.dispose_button.isEnabled()
    prompts.queue(True)
    dialog.ui.dispose_button.click()
    kind, _title, text = prompts.shown[-1]
    assert kind == "inform" and text.startswith("C-0001 has been disposed of.")
    assert "C-0001" not in [row[0] for row in dialog.item_rows()]
    assert dialog.ui.disposed_table.rowCount() == 1
    assert PersonRepository(scenario.session.conn).get(scenario.main_id) is None


def test_retention_dialog_asks_twice_before_disposing_early(
    qtbot: QtBot, scenario: Scenario
) -> None:
    prompts = ScriptedPrompts()
    dialog = RetentionDialog(None, scenario.session, prompts, today=date(2026, 11, 24))
    qtbot.addWidget(dialog)
    dialog.ui.show_combo.setCurrentIndex(2)  # every record
    _select(dialog.ui.items_table, "C-0001")
    dialog.ui.reason_edit.setPlainText("Record made in error (test)")
    dialog.ui.confirm_edit.setText("C-0001")
    prompts.queue(False)  # "not due until …": cancelled
    dialog.ui.dispose_button.click()
    assert "is not due for review until 02/02/2036" in prompts.shown[-1][2]
    assert PersonRepository(scenario.session.conn).get(scenario.main_id) is not None


def test_transfer_dialog_sends_and_the_other_school_receives(
    qtbot: QtBot, scenario: Scenario, receiver: CaseFileSession, tmp_path: Path
) -> None:
    prompts = ScriptedPrompts()
    dialog = TransferDialog(
        None,
        scenario.session,
        prompts,
        today=date(2026, 6, 1),
        person_reference="C-0001",
        kdf=KdfParams.for_tests(),
    )
    qtbot.addWidget(dialog)
    dialog.ui.recipient_edit.setText("Northfield College (fictional)")
    dialog.ui.method_edit.setText("Memory stick by hand; passphrase by telephone")
    package = tmp_path / "quill.ypsitransfer"
    prompts.queue(package)
    dialog.ui.package_button.click()
    passphrase = dialog.passphrase_shown()
    assert len(passphrase.split("-")) == 8 and package.exists()
    assert "separately" in dialog.ui.passphrase_note_label.text()
    assert dialog.ui.sent_table.rowCount() == 1
    assert dialog.ui.sent_table.item(0, 5).text() == "Due by 08/06/2026"
    dialog.close()
    assert dialog.passphrase_shown() == ""

    other = ScriptedPrompts()
    receiving = TransferDialog(None, receiver, other, today=date(2026, 6, 2))
    qtbot.addWidget(receiving)
    other.queue(package, "WRONG-PASSPHRASE")
    receiving.ui.open_package_button.click()
    assert other.shown[-1][0] == "warn" and not receiving.ui.import_button.isEnabled()
    other.queue(package, passphrase)
    receiving.ui.open_package_button.click()
    assert "From: Testwood Academy (fictional)" in receiving.ui.provenance_view.toPlainText()
    other.queue(True)
    receiving.ui.import_button.click()
    assert other.shown[-1][2].startswith("Imported as C-0001")
    assert receiving.ui.received_table.rowCount() == 1


def test_sar_dialog_records_reviews_releases_and_saves(
    qtbot: QtBot, scenario: Scenario, tmp_path: Path
) -> None:
    prompts = ScriptedPrompts()
    dialog = SarDialog(None, scenario.session, prompts, today=date(2026, 6, 2))
    qtbot.addWidget(dialog)
    dialog.ui.person_edit.setText("C-0001")
    # Typed (or pasted) with a hidden direction override: stored so it reads as typed.
    dialog.ui.requested_by_edit.setText("The young person\u202e (test)")
    dialog.ui.record_button.click()
    assert "The response is due by 02/07/2026" in prompts.shown[-1][2]
    (stored,) = scenario.session.conn.execute(
        "SELECT requested_by FROM subject_access_requests"
    ).fetchone()
    assert stored == "The young person[RLO] (test)"
    assert "30 day(s) left" in dialog.ui.deadline_label.text()
    rows = dialog.redaction_rows()
    marisol = next(n for n, row in enumerate(rows) if "Marisol Fakename" in row[1])
    dialog.ui.redactions_table.selectRow(marisol)
    dialog.ui.release_reason_edit.setText("Her parent agreed in writing (test)")
    dialog.ui.release_button.click()
    rows = dialog.redaction_rows()
    assert any(
        "Marisol" in row[1] and row[3] == "Released: Her parent agreed in writing (test)"
        for row in rows
    )
    out = tmp_path / "response.pdf"
    prompts.queue(out, True)  # where, then yes to the warning that comes before writing
    dialog.ui.save_pdf_button.click()
    asked = [text for kind, _, text in prompts.shown if kind == "confirm"]
    assert "NOT encrypted" in asked[-1]  # said before anything was written
    assert out.read_bytes().startswith(b"%PDF")
    prompts.queue("Records held in three places (test)")
    dialog.ui.extend_button.click()
    assert "now due by 02/09/2026" in prompts.shown[-1][2]
    assert dialog.ui.requests_table.item(0, 3).text() == "02/09/2026 (extended)"
    assert not dialog.ui.extend_button.isEnabled()  # only once
    dialog.ui.answered_button.click()
    assert dialog.ui.requests_table.item(0, 5).text() == "Answered 02/06/2026"


def test_governors_report_dialog_shows_charts_and_hides_small_counts(
    qtbot: QtBot, scenario: Scenario, tmp_path: Path
) -> None:
    prompts = ScriptedPrompts()
    dialog = GovernorsReportDialog(None, scenario.session, prompts, today=date(2026, 11, 24))
    qtbot.addWidget(dialog)
    dialog.resize(1000, 800)
    dialog.show()
    assert len(dialog.charts) == 4
    html = dialog.ui.tables_view.toPlainText()
    assert "<5" in html and MAIN_NAME not in html and "Quillon" not in html
    for chart in dialog.charts:
        image = chart.grab()
        assert not image.isNull() and image.width() > 300
        assert "<5" in chart.accessibleDescription() or "0" in chart.accessibleDescription()
    out = tmp_path / "governors.pdf"
    prompts.queue(out)
    dialog.ui.save_pdf_button.click()
    assert out.read_bytes().startswith(b"%PDF") and "holds no names" in prompts.shown[-1][2]
