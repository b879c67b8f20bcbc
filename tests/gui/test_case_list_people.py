"""From the case list to a child's file, and the list narrowed to one DSL's incidents."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.gui.incident_helpers import choose, new_file, shown_main, when_dialog_shows
from ypsi_desktop.domain.case import Incident, IncidentPerson, Person, PersonKind, Role
from ypsi_desktop.gui.child_file_dialog import ChildFileDialog
from ypsi_desktop.gui.prompts import ScriptedPrompts
from ypsi_desktop.services.session import CaseFileSession
from ypsi_desktop.storage.incident_repository import IncidentRepository


@pytest.fixture
def session(tmp_path: Path) -> Iterator[CaseFileSession]:
    session = new_file(tmp_path)
    repo = IncidentRepository(session.conn)
    ava = Person(PersonKind.CHILD, "Ava", "Testperson", date_of_birth=date(2012, 5, 14))
    noah = Person(PersonKind.CHILD, "Noah", "Sampleton", year_group="Year 9")
    for n, (owner, child) in enumerate((("Sam Taylor", ava), ("Jo Deputy", noah))):
        repo.save(
            Incident(
                owner=owner,
                came_to_light_at=datetime(2026, 2, 3 + n, 9).astimezone(),
                people=[IncidentPerson(child, roles=frozenset({Role.PICTURED}))],
            ),
            user_id=session.user.id,
        )
    yield session
    session.close()


def test_led_by_narrows_the_list_to_one_lead(qtbot: QtBot, session: CaseFileSession) -> None:
    window = shown_main(qtbot, session, ScriptedPrompts())
    panel = window.case_list
    assert panel is not None
    assert panel.model.total == 2
    choose(panel.ui.owner_combo, "Jo Deputy")
    assert panel.model.total == 1
    assert "Noah Sampleton" in panel.model.row_at(0).children
    choose(panel.ui.owner_combo, "Anyone")
    assert panel.model.total == 2


def test_a_child_found_by_search_opens_their_file(qtbot: QtBot, session: CaseFileSession) -> None:
    window = shown_main(qtbot, session, ScriptedPrompts())
    panel = window.case_list
    assert panel is not None
    panel.ui.search_edit.setText("ava test")
    panel.run_search()
    assert panel.ui.children_list.isVisible()
    assert panel.ui.children_list.count() == 1
    item = panel.ui.children_list.item(0)
    assert "Ava Testperson" in item.text() and "born 14/05/2012" in item.text()
    seen: list[str] = []

    def look(dialog: ChildFileDialog) -> None:
        seen.append(dialog.windowTitle())
        dialog.reject()

    when_dialog_shows(qtbot, ChildFileDialog, look)  # type: ignore[arg-type]
    panel.ui.children_list.setCurrentItem(item)
    panel.ui.children_list.setFocus()
    qtbot.keyClick(panel.ui.children_list, Qt.Key.Key_Return)
    assert seen == ["Child's file C-0001"]
    panel.ui.search_edit.setText("")
    panel.run_search()
    assert not panel.ui.children_list.isVisible()


def test_two_records_of_one_child_are_merged_with_an_audit_entry(
    qtbot: QtBot, session: CaseFileSession
) -> None:
    repo = IncidentRepository(session.conn)
    again = Person(PersonKind.CHILD, "Ava", "Testperson", date_of_birth=date(2012, 5, 14))
    again.year_group = "Year 9"
    repo.save(
        Incident(
            came_to_light_at=datetime(2026, 3, 1, 9).astimezone(),
            people=[IncidentPerson(again, roles=frozenset({Role.RECEIVED}))],
        ),
        user_id=session.user.id,
    )
    first_id = session.conn.execute(
        "SELECT min(id) FROM people WHERE first_name = 'Ava'"
    ).fetchone()[0]
    prompts = ScriptedPrompts()
    dialog = ChildFileDialog(session, first_id, prompts=prompts)
    qtbot.addWidget(dialog)
    assert len(dialog.incident_rows()) == 1
    from ypsi_desktop.gui.person_dialog import match_words

    prompts.queue(match_words(again), True)
    dialog.merge_duplicate()
    assert "is also Ava Testperson" in prompts.shown[0][2]
    assert len(dialog.incident_rows()) == 2
    assert "Year 9" in dialog.details_text()  # a gap filled from the other record
    (merged_into,) = session.conn.execute(
        "SELECT merged_into_id FROM people WHERE id = ?", (again.id,)
    ).fetchone()
    assert merged_into == first_id
    details = [
        row[0]
        for row in session.conn.execute(
            "SELECT detail FROM audit_log WHERE record_type = 'person' AND action = 'change'"
        )
    ]
    assert any("merged in" in d for d in details) and any("merged into" in d for d in details)
    viewed = session.conn.execute(
        "SELECT count(*) FROM audit_log WHERE action = 'view' AND record_type = 'person'"
    ).fetchone()[0]
    assert viewed >= 1


def test_the_records_menu_opens_each_lifetime_window(
    qtbot: QtBot, session: CaseFileSession
) -> None:
    from PySide6.QtWidgets import QDialog

    window = shown_main(qtbot, session, ScriptedPrompts())
    ui = window.ui
    seen: list[str] = []

    def close(dialog: QDialog) -> None:
        seen.append(type(dialog).__name__)
        dialog.reject()

    for action in (
        ui.action_retention,
        ui.action_transfer,
        ui.action_subject_access,
        ui.action_governors_report,
    ):
        assert action.isEnabled(), action.text()  # the DSL may use every one
        when_dialog_shows(qtbot, QDialog, close)  # type: ignore[arg-type]
        action.trigger()
    assert seen == ["RetentionDialog", "TransferDialog", "SarDialog", "GovernorsReportDialog"]


def test_the_incident_on_screen_is_saved_or_set_aside_before_a_records_window(
    qtbot: QtBot, session: CaseFileSession
) -> None:
    from PySide6.QtWidgets import QDialog

    from tests.gui.incident_helpers import form_of, type_into

    prompts = ScriptedPrompts()
    window = shown_main(qtbot, session, prompts)
    window.open_incident(1)
    form = form_of(window)
    type_into(qtbot, form.ui.support_edit, "Typed, not saved (test)")
    prompts.queue("Discard changes")
    when_dialog_shows(qtbot, QDialog, lambda dialog: dialog.reject())  # type: ignore[arg-type]
    window.ui.action_retention.trigger()
    assert prompts.shown[-1][1] == "Unsaved changes"
    assert window.detail_stack.currentWidget() is form and not form.dirty
    assert form.ui.support_edit.toPlainText() == ""  # read again from the file
