"""The incident form's promises: corrections beside the original, closing only when it may,
no images, nothing typed lost (the guard, drafts after a lock or a crash), overdue work shown."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.gui.incident_helpers import (
    PASSPHRASE,
    accept,
    click,
    form_of,
    new_file,
    shown_main,
    type_into,
    when_dialog_shows,
)
from tests.integration.case_builders import assessment_data
from ypsi_desktop.domain.case import (
    FollowUp,
    Incident,
    IncidentPerson,
    IncidentStatus,
    Person,
    PersonKind,
    Role,
)
from ypsi_desktop.domain.wizard_decision import CompletedAssessment
from ypsi_desktop.gui.due_dialog import DueDialog
from ypsi_desktop.gui.main_window import MainWindow
from ypsi_desktop.gui.plain_text import IMAGE_REFUSED
from ypsi_desktop.gui.prompts import ScriptedPrompts
from ypsi_desktop.gui.record_dialogs import ChronologyEntryDialog
from ypsi_desktop.services import assessment_service
from ypsi_desktop.services.session import CaseFileSession, unlock
from ypsi_desktop.storage.assessment_repository import AssessmentRepository
from ypsi_desktop.storage.incident_repository import IncidentRepository

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def session(tmp_path: Path) -> Iterator[CaseFileSession]:
    session = new_file(tmp_path)
    yield session
    session.close()


def _stored_incident(session: CaseFileSession, **changes: object) -> Incident:
    child = Person(kind=PersonKind.CHILD, first_name="Ava", last_name="Testperson")
    incident = Incident(
        came_to_light_at=datetime(2026, 2, 3, 9, 0).astimezone(),
        reported_by="Form tutor (test)",
        people=[IncidentPerson(person=child, roles=frozenset({Role.PICTURED}))],
        **changes,  # type: ignore[arg-type]
    )
    return IncidentRepository(session.conn).save(incident, user_id=session.user.id)


def _decide(session: CaseFileSession, incident_id: int) -> None:
    AssessmentRepository(session.conn).save(incident_id, assessment_data(), user_id=session.user.id)


def test_a_correction_is_added_beside_the_entry_it_corrects(
    qtbot: QtBot, session: CaseFileSession
) -> None:
    incident = _stored_incident(session)
    window = shown_main(qtbot, session, ScriptedPrompts())
    assert window.open_incident(incident.id or 0)
    form = form_of(window)
    ui = form.ui
    ui.section_tabs.setCurrentWidget(ui.chronology_tab)
    before = ui.chronology_table.rowCount()

    def write(dialog: ChronologyEntryDialog) -> None:
        type_into(qtbot, dialog.ui.occurred_edit, "04/02/2026 14:30")
        type_into(qtbot, dialog.ui.body_edit, "Spoke to Ava's mother by phone (test).")
        accept(dialog)

    when_dialog_shows(qtbot, ChronologyEntryDialog, write)  # type: ignore[arg-type]
    click(qtbot, ui.add_entry_button)
    rows = window.workspace.chronology_rows()  # type: ignore[union-attr]
    assert len(rows) == before + 1
    row = next(i for i, r in enumerate(rows) if "mother by phone" in r[1])
    assert rows[row][0] == "04/02/2026 14:30" and rows[row][2] == "Sam Taylor"

    ui.chronology_table.selectRow(row)

    def correct(dialog: ChronologyEntryDialog) -> None:
        assert "mother by phone" in dialog.ui.corrects_label.text()
        type_into(qtbot, dialog.ui.body_edit, "Spoke to Ava's father by phone (test).")
        accept(dialog)

    when_dialog_shows(qtbot, ChronologyEntryDialog, correct)  # type: ignore[arg-type]
    click(qtbot, ui.correct_entry_button)
    rows = window.workspace.chronology_rows()  # type: ignore[union-attr]
    original = [r for r in rows if "mother by phone" in r[1]]
    correction = [r for r in rows if "father by phone" in r[1]]
    assert len(original) == 1 and "[corrected" in original[0][1]
    assert len(correction) == 1
    assert ui.chronology_count_label.text() == f"{len(rows)} entries, oldest first"
    assert correction[0][1].startswith("Correction of the entry of 04/02/2026 14:30")
    stored = IncidentRepository(session.conn).chronology(incident.id or 0)
    assert any(e.body == "Spoke to Ava's mother by phone (test)." for e in stored)


def test_closing_waits_for_a_decision_and_an_outcome(
    qtbot: QtBot, session: CaseFileSession
) -> None:
    incident = _stored_incident(session)
    prompts = ScriptedPrompts()
    window = shown_main(qtbot, session, prompts)
    window.open_incident(incident.id or 0)
    form = form_of(window)
    ui = form.ui
    ui.section_tabs.setCurrentWidget(ui.outcome_tab)
    assert "No decision has been recorded" in ui.closing_label.text()
    click(qtbot, ui.close_incident_button)
    kind, _, text = prompts.shown[-1]
    assert kind == "warn" and "No decision" in text and "outcome" in text
    assert IncidentRepository(session.conn).get(incident.id or 0).status is IncidentStatus.OPEN

    _decide(session, incident.id or 0)
    type_into(qtbot, ui.outcome_edit, "Managed in school; both children supported (test).")
    prompts.queue(True, True)  # save first, then close
    click(qtbot, ui.close_incident_button)
    stored = IncidentRepository(session.conn).get(incident.id or 0)
    assert stored.status is IncidentStatus.CLOSED and stored.outcome.startswith("Managed")
    assert ui.status_label.text().startswith("closed")
    assert "Reopen" in ui.close_incident_button.text()


def test_a_closed_incidents_dock_shows_its_decisions_and_offers_none_until_reopened(
    qtbot: QtBot, session: CaseFileSession
) -> None:
    incident = _stored_incident(session, outcome="Managed in school (test).")
    _decide(session, incident.id or 0)
    prompts = ScriptedPrompts()
    window = shown_main(qtbot, session, prompts)
    window.open_incident(incident.id or 0)
    dock = window.wizard_dock
    assert dock.ui.page_stack.currentWidget() is dock.ui.flow_page  # open: a run on offer
    ui = form_of(window).ui
    prompts.queue(True)  # yes, close it
    click(qtbot, ui.close_incident_button)
    assert IncidentRepository(session.conn).get(incident.id or 0).status is IncidentStatus.CLOSED

    assert dock.ui.page_stack.currentWidget() is dock.ui.empty_page
    shown = dock.ui.empty_label.text()
    assert shown.startswith(f"This incident was closed on {date.today():%d/%m/%Y}.")
    assert "Reopen it to record a new decision" in shown and "Sam Taylor" in shown
    with pytest.raises(assessment_service.IncidentClosed):  # and the service agrees
        assessment_service.save(
            session, incident.id or 0, CompletedAssessment.from_dict(assessment_data()), {}
        )

    prompts.queue("A second image came to light (test).")  # the reason for reopening
    click(qtbot, ui.close_incident_button)  # now "Reopen the incident…"
    assert IncidentRepository(session.conn).get(incident.id or 0).status is IncidentStatus.OPEN
    assert dock.ui.page_stack.currentWidget() is dock.ui.flow_page


def test_open_follow_ups_are_listed_before_closing(qtbot: QtBot, session: CaseFileSession) -> None:
    incident = _stored_incident(
        session,
        outcome="Managed in school (test)",
        follow_ups=[FollowUp("Meet Ava's parents (test)", "Deputy (test)", date(2026, 3, 1))],
    )
    _decide(session, incident.id or 0)
    prompts = ScriptedPrompts()
    window = shown_main(qtbot, session, prompts)
    window.open_incident(incident.id or 0)
    click(qtbot, form_of(window).ui.close_incident_button)
    assert "Meet Ava's parents (test)" in prompts.shown[-1][2]
    assert IncidentRepository(session.conn).get(incident.id or 0).status is IncidentStatus.OPEN


def test_an_image_paste_and_an_image_drop_are_refused(
    qtbot: QtBot, session: CaseFileSession
) -> None:
    window = shown_main(qtbot, session, ScriptedPrompts())
    window.new_incident()
    form = form_of(window)
    edit = form.ui.imagery_edit
    form.ui.section_tabs.setCurrentWidget(form.ui.imagery_tab)
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(0)
    QApplication.clipboard().setImage(image)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert edit.toPlainText() == ""
    assert window.ui.status_bar.currentMessage() == IMAGE_REFUSED
    QApplication.clipboard().clear()

    window.ui.status_bar.clearMessage()
    mime = QMimeData()
    mime.setImageData(image)
    enter = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(edit.viewport(), enter)
    drop = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(edit.viewport(), drop)
    assert edit.toPlainText() == ""
    assert window.ui.status_bar.currentMessage() == IMAGE_REFUSED


def test_an_overdue_follow_up_shows_in_the_due_view(qtbot: QtBot, session: CaseFileSession) -> None:
    incident = _stored_incident(session)
    window = shown_main(qtbot, session, ScriptedPrompts())
    window.open_incident(incident.id or 0)
    form = form_of(window)
    due = (date.today() - timedelta(days=3)).strftime("%d/%m/%Y")
    from ypsi_desktop.gui.record_dialogs import FollowUpDialog

    def fill(dialog: FollowUpDialog) -> None:
        type_into(qtbot, dialog.ui.description_edit, "Review Ava's support plan (test)")
        type_into(qtbot, dialog.ui.due_edit, due)
        accept(dialog)

    when_dialog_shows(qtbot, FollowUpDialog, fill)  # type: ignore[arg-type]
    click(qtbot, form.ui.add_follow_up_button)
    assert "(overdue)" in form.ui.follow_ups_table.item(0, 2).text()
    assert window.workspace.save()  # type: ignore[union-attr]
    dialog = DueDialog(session, window)
    qtbot.addWidget(dialog)
    texts = [
        dialog.ui.items_table.item(r, c).text()
        for r in range(dialog.ui.items_table.rowCount())
        for c in range(dialog.ui.items_table.columnCount())
        if dialog.ui.items_table.item(r, c) is not None
    ]
    assert any("Review Ava's support plan (test)" in t for t in texts)


def test_the_guard_keeps_unsaved_work_unless_the_dsl_says_otherwise(
    qtbot: QtBot, session: CaseFileSession
) -> None:
    prompts = ScriptedPrompts()
    window = shown_main(qtbot, session, prompts)
    window.new_incident()
    form = form_of(window)
    type_into(qtbot, form.ui.reported_by_edit, "Head of Year (test)")
    prompts.queue(None)  # Cancel
    window.show_overview()
    assert window.detail_stack.currentWidget() is form
    assert form.ui.reported_by_edit.text() == "Head of Year (test)"
    prompts.queue("Save")  # Save, but the date is missing: it stays, and says why
    window.show_overview()
    assert window.detail_stack.currentWidget() is form
    assert form.ui.came_date_error.isVisible()
    prompts.queue("Discard changes")
    window.show_overview()
    assert window.detail_stack.currentWidget() is window.ui.overview_page
    assert IncidentRepository(session.conn).get(1) is None


def test_a_lock_keeps_unsaved_work_and_signing_in_brings_it_back(
    qtbot: QtBot, session: CaseFileSession
) -> None:
    incident = _stored_incident(session)
    window = shown_main(qtbot, session, ScriptedPrompts())
    window.open_incident(incident.id or 0)
    type_into(qtbot, form_of(window).ui.support_edit, "Counselling twice a week (test)")
    place = window.place()
    window.save_drafts()
    window.detach()
    assert window.form is None
    window.attach(session)
    window.return_to(place or 0)
    form = form_of(window)
    assert form.ui.support_edit.toPlainText() == "Counselling twice a week (test)"
    assert form.dirty and "not saved yet" in form.ui.message_label.text()
    assert IncidentRepository(session.conn).get(incident.id or 0).support_given == ""


CRASHING_EDIT = textwrap.dedent(
    """
    import os, signal, sys
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from ypsi_desktop.gui.main_window import MainWindow
    from ypsi_desktop.gui.prompts import ScriptedPrompts
    from ypsi_desktop.services.session import unlock
    from ypsi_desktop.storage.drafts import list_drafts
    session = unlock(sys.argv[1], user_name="Sam Taylor", passphrase=sys.argv[2])
    window = MainWindow(prompts=ScriptedPrompts())
    window.attach(session)
    window.show()
    window.new_incident()
    form = window.form
    form.ui.came_date_edit.setText("31/02/2026")  # not a real date: kept as typed
    form.ui.reported_by_edit.setText("Crash test reporter (test)")
    form.ui.how_edit.setPlainText("Typed just before the power cut (test).")
    deadline = __import__("time").monotonic() + 10
    while not list_drafts(session.conn, user_id=session.user.id):
        app.processEvents()
        if __import__("time").monotonic() > deadline:
            sys.exit(3)
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is how a crash is simulated here")
def test_a_draft_survives_the_process_being_killed_mid_edit(qtbot: QtBot, tmp_path: Path) -> None:
    session = new_file(tmp_path)
    path = session.path
    session.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    done = subprocess.run(
        [sys.executable, "-c", CRASHING_EDIT, str(path), PASSPHRASE],
        env=env,
        capture_output=True,
        timeout=60,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr.decode()[-2000:]
    again = unlock(path, user_name="Sam Taylor", passphrase=PASSPHRASE)
    try:
        prompts = ScriptedPrompts()
        prompts.queue(True)  # "Bring them back"
        window: MainWindow = shown_main(qtbot, again, prompts)
        window.new_incident()
        assert prompts.shown[0][1] == "Unsaved changes found"
        ui = form_of(window).ui
        assert ui.came_date_edit.text() == "31/02/2026"
        assert ui.reported_by_edit.text() == "Crash test reporter (test)"
        assert ui.how_edit.toPlainText() == "Typed just before the power cut (test)."
        assert not window.workspace.save()  # type: ignore[union-attr]
        assert "February 2026 has no day 31" in ui.came_date_error.text()
        window.detach()
    finally:
        again.close()


def test_print_offers_the_incidents_forms_and_a_lock_closes_the_preview(
    qtbot: QtBot, session: CaseFileSession
) -> None:
    incident = _stored_incident(session)
    prompts = ScriptedPrompts()
    window = shown_main(qtbot, session, prompts)
    assert not window.ui.action_print.isEnabled()
    window.open_incident(incident.id or 0)
    assert window.ui.action_print.isEnabled()
    offered: list[str] = []

    def pick(choices, _parent):  # type: ignore[no-untyped-def]
        offered.extend(c.label for c in choices)
        return next(c for c in choices if c.allowed and "record" in c.label.lower())

    window.paperwork.choose = pick
    window.ui.action_print.trigger()
    qtbot.waitUntil(lambda: len(window.paperwork.previews) == 1, timeout=10_000)
    assert any("record" in label.lower() for label in offered)
    window.detach()
    assert window.paperwork.previews == []


def test_unsaved_work_from_earlier_is_mentioned_at_sign_in(
    qtbot: QtBot, session: CaseFileSession
) -> None:
    from ypsi_desktop.services.incident_service import IncidentService

    IncidentService(session).keep_draft(Incident(reported_by="Typed before a crash (test)"))
    window = shown_main(qtbot, session, ScriptedPrompts())
    text = window.ui.overview_summary.text()
    assert "Unsaved changes were kept from earlier for a new incident" in text


def test_a_classification_saved_beside_unsaved_edits_keeps_them(
    qtbot: QtBot, session: CaseFileSession
) -> None:
    from ypsi_desktop.domain.wizard_decision import CompletedAssessment
    from ypsi_desktop.services import assessment_service
    from ypsi_desktop.services.assessment_service import SHARED_PUBLICLY

    incident = _stored_incident(session)
    window = shown_main(qtbot, session, ScriptedPrompts())
    window.open_incident(incident.id or 0)
    form = form_of(window)
    type_into(qtbot, form.ui.attendees_edit, "DSL and Head of Year (typed, unsaved)")
    type_into(qtbot, form.ui.support_edit, "Counselling (typed, unsaved)")
    # The wizard in the dock saves a decision and writes "shared publicly: yes" back.
    assessment_service.save(
        session,
        incident.id or 0,
        CompletedAssessment.from_dict(assessment_data()),
        {SHARED_PUBLICLY: True},
    )
    window.workspace.classification_saved()  # type: ignore[union-attr]
    assert form.ui.public_combo.currentText() == "Yes"  # the wizard's answer shows
    assert form.ui.attendees_edit.toPlainText() == "DSL and Head of Year (typed, unsaved)"
    assert form.ui.support_edit.toPlainText() == "Counselling (typed, unsaved)"
    assert form.dirty
    assert window.workspace.save()  # type: ignore[union-attr]
    stored = IncidentRepository(session.conn).get(incident.id or 0)
    assert stored.shared_publicly is True
    assert stored.review.attendees == "DSL and Head of Year (typed, unsaved)"


def test_a_person_merged_meanwhile_is_explained_and_the_second_save_works(
    qtbot: QtBot, session: CaseFileSession
) -> None:
    from ypsi_desktop.services.people_service import merge_children

    incident = _stored_incident(session)
    other = _stored_incident(session)  # a second record of the same child
    prompts = ScriptedPrompts()
    window = shown_main(qtbot, session, prompts)
    window.open_incident(incident.id or 0)
    form = form_of(window)
    type_into(qtbot, form.ui.support_edit, "Counselling (test)")
    merge_children(
        session,
        keep_id=other.people[0].person.id or 0,
        absorb_id=incident.people[0].person.id or 0,
    )
    assert not window.workspace.save()  # type: ignore[union-attr]
    assert "merged into another record" in prompts.shown[-1][2]
    assert form.people[0].person.id == other.people[0].person.id
    assert form.ui.support_edit.toPlainText() == "Counselling (test)"
    assert window.workspace.save()  # type: ignore[union-attr]
    stored = IncidentRepository(session.conn).get(incident.id or 0)
    assert stored.support_given == "Counselling (test)"
    assert [p.person.id for p in stored.people] == [other.people[0].person.id]
