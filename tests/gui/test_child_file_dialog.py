"""A child's file on a real case file: their details, both incidents, one chronology."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.integration.case_builders import assessment_data, full_child
from ypsi_desktop.domain.case import Incident, IncidentPerson, Person, Role
from ypsi_desktop.domain.guidance_text import label
from ypsi_desktop.gui.child_file_dialog import NOT_ASSESSED, ChildFileDialog
from ypsi_desktop.services.session import CaseFileSession, create
from ypsi_desktop.storage.assessment_repository import AssessmentRepository
from ypsi_desktop.storage.incident_repository import IncidentRepository
from ypsi_desktop.storage.key_derivation import KdfParams


@pytest.fixture
def session(tmp_path: Path) -> Iterator[CaseFileSession]:
    session, _ = create(
        tmp_path / "case.ypsi",
        user_name="Sam Taylor",
        passphrase="otter kettle 7 lantern gravel",
        kdf=KdfParams.for_tests(),
    )
    yield session
    session.close()


def two_incidents(session: CaseFileSession) -> tuple[Person, list[Incident]]:
    repo, user_id = IncidentRepository(session.conn), session.user.id
    child = full_child("Zoë", "Testchild", 1)
    first = repo.save(
        Incident(
            came_to_light_at=datetime(2025, 11, 4, 9, 30),
            people=[IncidentPerson(child, frozenset({Role.PICTURED, Role.SENT}))],
        ),
        user_id=user_id,
    )
    second = repo.save(
        Incident(
            came_to_light_at=datetime(2026, 2, 3, 14, 0),
            people=[IncidentPerson(child, frozenset({Role.RECEIVED}))],
        ),
        user_id=user_id,
    )
    assert first.id is not None and second.id is not None
    repo.add_note(
        first.id,
        user_id=user_id,
        body="Spoke to Zoë with her form tutor present (test).",
        occurred_at=datetime(2025, 11, 5, 10, 0),
    )
    repo.add_note(
        second.id,
        user_id=user_id,
        body="Telephoned MASH; advised to monitor (test).",
        occurred_at=datetime(2026, 2, 4, 11, 0),
    )
    AssessmentRepository(session.conn).save(second.id, assessment_data(), user_id=user_id)
    return child, [first, second]


def test_a_child_in_two_incidents_shows_both_and_their_chronology(
    qtbot: QtBot, session: CaseFileSession
) -> None:
    child, (first, second) = two_incidents(session)
    assert child.id is not None
    dialog = ChildFileDialog(session, child.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    assert dialog.ui.heading_label.text() == f"Zoë Testchild ({child.reference})"
    details = dialog.details_text()
    assert child.upn in details and "1 Imaginary Road, Nowhereton" in details
    assert "SEN support" in details and "Child in need (CIN) plan" in details

    category = str(assessment_data()["decision"]["category"])  # type: ignore[index]
    assert dialog.incident_rows() == [
        (second.reference, "03/02/2026", "Received it", label(category), "Open"),
        (first.reference, "04/11/2025", "Pictured, sent it", NOT_ASSESSED, "Open"),
    ]
    chronology = dialog.chronology_rows()
    notes = [row for row in chronology if "(test)" in row[3]]
    assert notes == [
        (
            "05/11/2025",
            first.reference,
            "Sam Taylor",
            "Spoke to Zoë with her form tutor present (test).",
        ),
        (
            "04/02/2026",
            second.reference,
            "Sam Taylor",
            "Telephoned MASH; advised to monitor (test).",
        ),
    ]
    assert [row[0] for row in chronology] == sorted(
        (row[0] for row in chronology), key=lambda d: (d[6:], d[3:5], d[:2])
    )
    tabs = dialog.ui.section_tabs
    assert tabs.tabText(tabs.indexOf(dialog.ui.incidents_tab)) == "Incidents (2)"


def test_opening_an_incident_says_which(qtbot: QtBot, session: CaseFileSession) -> None:
    child, (first, _) = two_incidents(session)
    dialog = ChildFileDialog(session, child.id or 0)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    assert not ui.open_incident_button.isEnabled()
    ui.section_tabs.setCurrentWidget(ui.incidents_tab)
    ui.incidents_table.selectRow(1)
    with qtbot.waitSignal(dialog.incident_activated) as signal:
        qtbot.mouseClick(ui.open_incident_button, Qt.MouseButton.LeftButton)
    assert signal.args == [first.id]
